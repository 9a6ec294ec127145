"""Strips with small caches draw what Textual's own strips draw."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import ANSIToTruecolor
from textual.strip import Strip
from textual.widgets import Static

from tui.widgets import strips


@contextmanager
def made_by(init: object) -> Iterator[None]:
    saved = Strip.__init__
    Strip.__init__ = init  # type: ignore[method-assign]
    try:
        yield
    finally:
        Strip.__init__ = saved  # type: ignore[method-assign]


def _work() -> list[list[Segment]]:
    """Every cached operation of a Strip, twice (the second from its cache), as segments."""
    from rich.terminal_theme import MONOKAI

    red, bold = Style(color="red", bgcolor="#101010"), Style(bold=True)
    strip = Strip([Segment("hello ", red), Segment("wide 中文 world", bold), Segment("  ")])
    out = []
    for _ in range(2):
        out += [list(s) for s in strip.divide([3, 9, 40])]
        out += [list(strip.crop(2, 11)), list(strip.crop_extend(1, 30, red)), list(strip.apply_style(bold))]
        out += [list(strip.adjust_cell_length(8)), list(strip.adjust_cell_length(30, red))]
        out += [list(strip.apply_filter(ANSIToTruecolor(MONOKAI), Color(0, 0, 0))), list(strip.apply_offsets(2, 3))]
    return out


def test_small_caches_give_the_same_strips() -> None:
    assert strips.install()  # the Strip of the pinned Textual is the one this was written for
    with made_by(strips.TEXTUAL_INIT):
        theirs = _work()
    with made_by(strips._init):
        ours = _work()
        assert isinstance(Strip([])._crop_cache, strips.SmallCache)
    assert ours == theirs


def test_a_cache_stays_small() -> None:
    cache = strips.SmallCache()
    for i in range(3 * strips.LIMIT):
        cache[i] = i
        assert len(cache) <= strips.LIMIT
    assert cache.get(3 * strips.LIMIT - 1) == 3 * strips.LIMIT - 1


async def test_a_screen_draws_the_same() -> None:
    from textual.app import App, ComposeResult

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("[b]bold[/] and [red on blue]colour[/], 中文 and a long line " * 4)

    screens = []
    for init in (strips.TEXTUAL_INIT, strips._init):
        with made_by(init):
            app = One()
            async with app.run_test(size=(40, 8)) as pilot:
                await pilot.pause()
                screens.append(app.export_screenshot())
    assert screens[0] == screens[1]


def test_a_cache_is_made_only_when_its_strip_asks_for_it() -> None:
    """A keystroke makes about nine hundred strips and reads only their division and filter caches."""
    assert strips.install()

    def made(strip: Strip, name: str) -> bool:
        try:
            Strip.__dict__[name].slot.__get__(strip, Strip)
        except AttributeError:
            return False
        return True

    strip = Strip([Segment("hello world")])
    assert not any(made(strip, name) for name in strips._CACHES)
    strip.crop(1, 4)
    assert made(strip, "_crop_cache") and isinstance(strip._crop_cache, strips.SmallCache)
    assert not made(strip, "_divide_cache")
    assert strip.crop(1, 4) is strip.crop(1, 4)  # cached once made
