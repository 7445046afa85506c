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


class OrderedMap(Iterator[R]):
    """The results of ``map_ordered``, in input order, and how far the input has been read.

    ``input_done`` turns True once every input item has been taken (handed to the workers);
    the results still to come are then only those in flight. A consumer that works in
    batches can take smaller ones from there on, so that little of its own work is left
    for after the last worker has finished.
    """

    def __init__(self, fn: Callable[[T, object], R], items: Iterable[T], arg: object, workers: int,
                 chunk_size: int, ahead: int) -> None:
        self.input_done = False
        self._results = self._run(fn, items, arg, workers, chunk_size, ahead)

    def __iter__(self) -> "OrderedMap[R]":
        return self

    def __next__(self) -> R:
        return next(self._results)

    def _taken(self, items: Iterable[T]) -> Iterator[T]:
        yield from items
        self.input_done = True

    def _run(self, fn: Callable[[T, object], R], items: Iterable[T], arg: object, workers: int,
             chunk_size: int, ahead: int) -> Iterator[R]:
        items = self._taken(items)
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


def map_ordered(
    fn: Callable[[T, object], R],
    items: Iterable[T],
    arg: object,
    workers: int | None = None,
    chunk_size: int = 8,
    ahead: int = 0,
) -> OrderedMap[R]:
    """``fn(item, arg)`` for each item, in order. ``fn`` must be a picklable top-level function.

    ``ahead``: how many more items to keep in flight than the workers need to stay busy,
    for a consumer that works in bursts (an ingest storing and linking a batch at a time):
    the workers go on with those while the consumer is busy."""
    return OrderedMap(fn, items, arg, workers or default_workers(), chunk_size, ahead)
