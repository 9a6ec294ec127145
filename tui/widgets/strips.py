"""Cheaper strips for every frame.

Textual builds a Strip (a line of segments) for each piece of each line it draws, about a thousand for one
keystroke at 160x45, and each Strip makes seven FIFOCache objects for its crops, divisions and filters at
birth: 14% of the reader's CPU a key (py-spy on `bench/keys.py`), most of them never used. Here each cache is
a plain dict that forgets its entries when it holds 16, made by the interpreter, not by Python code. The
strips and what they draw are the same (the snapshot tests draw through them); only Textual 8.2's Strip,
whose slots are checked, is changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.segment import Segment
from textual.strip import Strip

_CACHES = (
    "_divide_cache",
    "_crop_cache",
    "_style_cache",
    "_filter_cache",
    "_line_length_cache",
    "_crop_extend_cache",
    "_offsets_cache",
)
LIMIT = 16  # Textual's own caches hold 4 or 16 entries
TEXTUAL_INIT = Strip.__init__  # as Textual made it, for the tests that compare the two


class SmallCache(dict[Any, Any]):
    """What Strip asks of its caches (get, and setting an item), bounded."""

    __slots__ = ()

    def __setitem__(self, key: Any, value: Any) -> None:
        if len(self) >= LIMIT:
            self.clear()
        dict.__setitem__(self, key, value)


def _init(self: Strip, segments: Iterable[Segment], cell_length: int | None = None) -> None:
    self._segments = list(segments)
    self._cell_length = cell_length
    self._divide_cache = SmallCache()  # type: ignore[assignment]
    self._crop_cache = SmallCache()  # type: ignore[assignment]
    self._style_cache = SmallCache()  # type: ignore[assignment]
    self._filter_cache = SmallCache()  # type: ignore[assignment]
    self._line_length_cache = SmallCache()  # type: ignore[assignment]
    self._crop_extend_cache = SmallCache()  # type: ignore[assignment]
    self._offsets_cache = SmallCache()  # type: ignore[assignment]
    self._render_cache = None
    self._link_ids = None
    self._cell_count = None


def install() -> bool:
    """Strips made from now on use the small caches; False (and nothing changed) if Strip is not as expected."""
    slots = set(getattr(Strip, "__slots__", ()))
    if not slots >= {*_CACHES, "_segments", "_cell_length", "_render_cache", "_link_ids", "_cell_count"}:
        return False
    Strip.__init__ = _init  # type: ignore[method-assign]
    return True
