"""The reader's scrollbars: an empty track when nothing scrolls, and lines drawn again only when they change."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import OptionList

from tui.widgets import scrollbar


class Box(App[None]):
    """A list whose scrollbar is always there, as the side panels' are."""

    CSS = "#box { height: 10; overflow-y: scroll; }"

    def compose(self) -> ComposeResult:
        yield OptionList("one row", id="box")


def _textual_lines(bar: ScrollBar, crop: Region) -> list[list[object]]:
    """What Textual itself draws for the bar now, from its current renderable."""
    bar._render_content()
    bar._styles_cache.clear()
    return [list(strip) for strip in Widget.render_lines(bar, crop)]


def _thumb(lines: list[Strip]) -> bool:
    return any(seg.style is not None and seg.style.meta.get("@mouse.down") == "grab" for s in lines for seg in s)


async def test_a_track_with_nothing_to_scroll_is_not_drawn_again_for_new_content() -> None:
    """A side panel gets new content with every article; an empty track looks the same for all of it."""
    scrollbar.install()
    app = Box()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        box = app.query_one("#box", OptionList)
        bar = box.vertical_scrollbar
        crop = Region(0, 0, *bar.size)  # as the compositor asks for it
        first = bar.render_lines(crop)
        assert not _thumb(first)
        box.set_options(["two", "rows"])  # still fits: the same empty track
        await pilot.pause()
        again = bar.render_lines(crop)
        assert all(a is b for a, b in zip(again, first, strict=True))
        assert [list(s) for s in again] == _textual_lines(bar, crop)

        box.set_options([f"row {i}" for i in range(40)])  # now it scrolls
        await pilot.pause()
        scrolled = bar.render_lines(crop)
        assert _thumb(scrolled)
        assert [list(s) for s in scrolled] == _textual_lines(bar, crop)

        box.scroll_end(animate=False, immediate=True)  # the thumb moves: drawn again
        await pilot.pause()
        moved = bar.render_lines(crop)
        assert [list(s) for s in moved] != [list(s) for s in scrolled]
        assert [list(s) for s in moved] == _textual_lines(bar, crop)
