"""The worker processes' one helper (tui.library.pool): results in order, forked or spawned, and a worker that
dies ends the map with an error instead of leaving it waiting forever."""

from __future__ import annotations

import os
from concurrent.futures.process import BrokenProcessPool

import pytest

from tui.library.pool import ordered_map


def square(x: int) -> int:
    return x * x


def dies_at_three(x: int) -> int:
    if x == 3:
        os._exit(1)  # as the out-of-memory killer ends a worker: no exception, the process gone
    return x


@pytest.mark.parametrize("threaded", [False, True])
def test_results_come_in_the_items_order(threaded: bool) -> None:
    assert list(ordered_map(square, range(40), 2, threaded=threaded, chunk=3)) == [x * x for x in range(40)]


def test_a_worker_that_dies_ends_the_map_with_an_error() -> None:
    with pytest.raises(BrokenProcessPool):
        list(ordered_map(dies_at_three, range(8), 2, threaded=True))
