"""Peak memory of a benchmark run, workers included."""

from __future__ import annotations

import os


class TreeMemory:
    """Peak resident memory of this process and all its descendants (pool workers run under
    a forkserver, so RUSAGE_CHILDREN does not see them), sampled from /proc.

    The sampler is a thread of the measured process, and a pass over /proc costs a few
    milliseconds of its CPU, so it samples every quarter second. It reads each process's
    own high-water mark (VmHWM), so no short peak between samples is missed:
    ``peak_single`` is the largest of them, ``peak_total`` their sum over every process
    seen (an upper bound of the peak of all processes together: they need not peak at the
    same time).
    """

    def __init__(self, interval: float = 0.25):
        import threading

        self.interval = interval
        self.peak_total = 0.0
        self.peak_single = 0.0
        self._high: dict[int, float] = {}  # pid -> its high-water mark, kept after it ends
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

    @staticmethod
    def _high_water(pid: int) -> float:
        """A process's peak resident size so far (MB), 0 when it is gone."""
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError, IndexError):
            pass
        return 0.0

    def _sample(self) -> None:
        for pid, rss in self._tree().items():
            self._high[pid] = max(self._high.get(pid, 0.0), rss, self._high_water(pid))
        self.peak_total = sum(self._high.values())
        self.peak_single = max(self._high.values(), default=0.0)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeMemory":
        try:  # start this process's high-water mark afresh (Linux 4.0+); else it is since start-up
            with open("/proc/self/clear_refs", "w") as fh:
                fh.write("5")
        except OSError:
            pass
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()
