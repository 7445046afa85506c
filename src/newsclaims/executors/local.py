"""Run a per-document function over a stream, in-process or in a process pool.

Results come back in input order. At most ``window`` items are in flight, so a large
input (a multi-GB WARC) never sits in memory whole, unlike ``Pool.imap`` which drains
its input eagerly.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _run_chunk(fn: Callable[[T, object], R], chunk: list[T], arg: object) -> list[R]:
    return [fn(item, arg) for item in chunk]


def map_ordered(
    fn: Callable[[T, object], R],
    items: Iterable[T],
    arg: object,
    workers: int | None = None,
    chunk_size: int = 8,
    ahead: int = 0,
) -> Iterator[R]:
    """``fn(item, arg)`` for each item, in order. ``fn`` must be a picklable top-level function.

    ``ahead``: how many more items to keep in flight than the workers need to stay busy,
    for a consumer that works in bursts (an ingest storing and linking a batch at a time):
    the workers go on with those while the consumer is busy."""
    workers = workers or default_workers()
    if workers <= 1:
        for item in items:
            yield fn(item, arg)
        return

    # forkserver: safe with threads (progress bars) in the parent, cheap start-up per worker
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    window = workers * 4 + -(-ahead // chunk_size)
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        chunk: list[T] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= chunk_size:
                pending.append(pool.submit(_run_chunk, fn, chunk, arg))
                chunk = []
                while len(pending) >= window:
                    yield from pending.popleft().result()
        if chunk:
            pending.append(pool.submit(_run_chunk, fn, chunk, arg))
        while pending:
            yield from pending.popleft().result()
