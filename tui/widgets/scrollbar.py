"""A scrollbar that is always there and draws an empty track when there is nothing to scroll.

Textual shows a scrollbar when the content overflows and hides it otherwise; either change lays out the
whole screen and repaints all of it (55 ms and 30 KiB a keystroke at 160x45 when the next article's
quotes fit their panel and the last one's did not). The reading pane and the panels keep theirs
(overflow-y: scroll in the styles) and it looks as if it were hidden.

A scrollbar is also asked to draw itself again whenever its content changes size, which for a side panel
is every article, though an empty track looks the same for any size of content: the lines it drew last are
handed back when what they are drawn from has not changed.
"""

from __future__ import annotations

from typing import Any, cast
from weakref import WeakKeyDictionary

from rich.color import Color
from rich.segment import Segments
from textual.geometry import Region
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.visual import RichVisual
from textual.widget import Widget

_BACK, _BAR = Color.parse("#555555"), Color.parse("bright_magenta")  # Textual's own defaults


class QuietScrollBarRender(ScrollBarRender):
    @classmethod
    def render_bar(
        cls,
        size: int = 25,
        virtual_size: float = 50,
        window_size: float = 20,
        position: float = 0,
        thickness: int = 1,
        vertical: bool = True,
        back_color: Color = _BACK,
        bar_color: Color = _BAR,
    ) -> Segments:
        if window_size and virtual_size <= window_size:
            bar_color = back_color  # nothing to scroll: no thumb
        return super().render_bar(size, virtual_size, window_size, position, thickness, vertical, back_color, bar_color)


def _look(bar: ScrollBar, crop: Region) -> tuple[Any, ...]:
    """Everything a scrollbar's lines are drawn from: the renderable Textual draws (kept until its next refresh,
    so not always the one `render` would make now), where a track with nothing to scroll (no window size, as
    Textual passes it then) shows neither the content's size nor the position."""
    visual = bar._render()
    drawn = visual._renderable if isinstance(visual, RichVisual) else visual
    if not isinstance(drawn, ScrollBarRender):
        return (visual,)  # not ours to judge: equal only to itself
    window = drawn.window_size
    return (
        bar.region.size,
        crop,
        drawn.vertical,
        drawn.thickness,
        drawn.style,
        window,
        drawn.virtual_size if window else None,
        drawn.position if window else None,
        bar.background_colors,
        tuple(bar.get_line_filters()),
    )


_drawn: WeakKeyDictionary[Widget, tuple[tuple[Any, ...], list[Strip]]] = WeakKeyDictionary()


def _render_lines(self: Widget, crop: Region) -> list[Strip]:
    look = _look(cast(ScrollBar, self), crop)
    last = _drawn.get(self)
    if last is not None and last[0] == look:
        return list(last[1])
    # Drawn afresh from the renderable `look` was read from, whatever lines Textual holds.
    self._render_content()
    self._styles_cache.clear()
    lines = Widget.render_lines(self, crop)
    _drawn[self] = (look, lines)
    return lines


def _notify_style_update(self: Widget) -> None:
    _drawn.pop(self, None)  # its own styles changed (a theme): drawn again
    Widget.notify_style_update(self)


def install() -> None:
    """Every scrollbar of the reader draws its track this way (Textual keeps the renderer on the class)."""
    ScrollBar.renderer = QuietScrollBarRender
    ScrollBar.render_lines = _render_lines  # type: ignore[method-assign]
    ScrollBar.notify_style_update = _notify_style_update  # type: ignore[method-assign]
