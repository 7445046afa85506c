"""Peak memory of a benchmark run, workers included."""

from __future__ import annotations

import os


class TreeMemory:
    """Peak resident memory of this process and all its descendants (pool workers run under
    a forkserver, so RUSAGE_CHILDREN does not see them), sampled from /proc."""

    def __init__(self, interval: float = 0.05):
        import threading

        self.interval = interval
        self.peak_total = 0.0
        self.peak_single = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _tree() -> dict[int, float]:
        parents: dict[int, int] = {}
        rss: dict[int, float] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{entry}/statm") as fh:
                    rss[int(entry)] = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
            except (OSError, ValueError, IndexError):
                continue
        mine = {os.getpid()}
        changed = True
        while changed:
            changed = False
            for pid, ppid in parents.items():
                if ppid in mine and pid not in mine:
                    mine.add(pid)
                    changed = True
        return {pid: rss.get(pid, 0.0) for pid in mine}

    def _run(self) -> None:
        while not self._stop.is_set():
            tree = self._tree()
            self.peak_total = max(self.peak_total, sum(tree.values()))
            self.peak_single = max(self.peak_single, max(tree.values(), default=0.0))
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
