"""A scrollbar that is always there and draws an empty track when there is nothing to scroll.

Textual shows a scrollbar when the content overflows and hides it otherwise; either change lays out the
whole screen and repaints all of it (55 ms and 30 KiB a keystroke at 160x45 when the next article's
quotes fit their panel and the last one's did not). The reading pane and the panels keep theirs
(overflow-y: scroll in the styles) and it looks as if it were hidden.
"""

from __future__ import annotations

from rich.color import Color
from rich.segment import Segments
from textual.scrollbar import ScrollBar, ScrollBarRender

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


def install() -> None:
    """Every scrollbar of the reader draws its track this way (Textual keeps the renderer on the class)."""
    ScrollBar.renderer = QuietScrollBarRender
