"""Cheaper strips for every frame.

Textual builds a Strip (a line of segments) for each piece of each line it draws, about nine hundred for one
keystroke at 160x45, and each Strip made seven FIFOCache objects for its crops, divisions and filters at
birth: 14% of the reader's CPU a key (py-spy on `bench/keys.py`). Most are never used: on a keystroke only
the division and filter caches are read (about 290 and 610 hits a key), the crop, style and offset caches
not at all. Here a cache is made the first time its strip asks for it, and is a plain dict that forgets its
entries when it holds 16. The strips and what they draw are the same (the snapshot tests draw through them);
only Textual 8.2's Strip, whose slots are checked, is changed.
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


class _Lazy:
    """A cache slot of Strip that fills itself on first use: a strip whose crop is never asked for never
    makes a crop cache."""

    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot  # Textual's own member descriptor for the slot

    def __get__(self, strip: Strip | None, owner: type | None = None) -> Any:
        if strip is None:
            return self
        try:
            return self.slot.__get__(strip, owner)
        except AttributeError:
            cache = SmallCache()
            self.slot.__set__(strip, cache)
            return cache

    def __set__(self, strip: Strip, value: Any) -> None:
        self.slot.__set__(strip, value)


def _init(self: Strip, segments: Iterable[Segment], cell_length: int | None = None) -> None:
    self._segments = list(segments)
    self._cell_length = cell_length
    self._render_cache = None
    self._link_ids = None
    self._cell_count = None


def install() -> bool:
    """Strips made from now on make their caches when first used; False (and nothing changed) if Strip is not
    as expected."""
    slots = set(getattr(Strip, "__slots__", ()))
    if not slots >= {*_CACHES, "_segments", "_cell_length", "_render_cache", "_link_ids", "_cell_count"}:
        return False
    for name in _CACHES:
        if not isinstance(Strip.__dict__[name], _Lazy):
            setattr(Strip, name, _Lazy(Strip.__dict__[name]))
    Strip.__init__ = _init  # type: ignore[method-assign]
    return True
