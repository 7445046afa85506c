"""The local executor: results in input order, and when the input has been read."""

from __future__ import annotations

import pytest

from newsclaims.archive import _TAIL_BATCH, _next_batch
from newsclaims.executors.local import map_ordered


def square(x: int, offset: object) -> int:
    return x * x + int(offset)  # type: ignore[call-overload]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(workers):
    assert list(map_ordered(square, range(50), 1, workers, chunk_size=3)) == [x * x + 1 for x in range(50)]


def test_input_done_turns_true_once_every_item_is_taken():
    taken = []

    def items():
        for x in range(5):
            taken.append(x)
            yield x

    results = map_ordered(square, items(), 0, 1)
    seen = []
    for value in results:
        # in-process, an item is taken just before its result is given
        assert results.input_done is False
        seen.append(value)
    assert results.input_done is True and seen == [0, 1, 4, 9, 16] and taken == [0, 1, 2, 3, 4]


class _Results:
    """Stand-in for an OrderedMap whose input is read after ``read_after`` results."""

    def __init__(self, n: int, read_after: int) -> None:
        self.n, self.read_after, self.given = n, read_after, 0

    @property
    def input_done(self) -> bool:
        return self.given >= self.read_after

    def __iter__(self):
        return self

    def __next__(self) -> int:
        if self.given >= self.n:
            raise StopIteration
        self.given += 1
        return self.given


def test_batches_shrink_once_the_input_is_read():
    results = _Results(n=500, read_after=250)
    sizes = []
    while batch := _next_batch(results, 200):
        sizes.append(len(batch))
    # the second batch ends as soon as the input is read (50 results in); then tail batches
    assert sizes == [200, 50] + [_TAIL_BATCH] * (250 // _TAIL_BATCH)
