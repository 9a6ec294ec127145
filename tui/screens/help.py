"""Every key, grouped where it works, written from the live bindings (tui.keys): a remapped key shows as set."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.events import Resize
from textual.widgets import Static

from tui.keys import SECTIONS, Row, help_table, live_keymap
from tui.screens.dialog import Dialog

WIDE = 150  # from here the groups sit in two columns, so that the whole help fits 160x45 without scrolling


def balanced(sections: list[tuple[str, list[Row]]]) -> int:
    """Where to cut the groups into two columns of about the same height (a group's rows, its title and a gap)."""
    heights = [len(rows) + 2 for _, rows in sections]
    total = sum(heights)
    return min(range(1, len(sections)), key=lambda k: max(sum(heights[:k]), total - sum(heights[:k])))


class HelpScreen(Dialog[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="help.page_down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="help.page_up"),
        Binding("g,home", "top", "Top", show=False, id="help.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="help.bottom"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static("Newsdesk keys  ·  j k g G scroll  ·  escape closes", id="help-title")
            yield Static(id="help-keys")

    def on_mount(self) -> None:
        self._fill(self.app.size.width)

    def on_resize(self, event: Resize) -> None:
        self._fill(event.size.width)

    def _fill(self, width: int) -> None:
        keymap = live_keymap(self.app)
        wide = width >= WIDE
        self.set_class(wide, "-wide")
        if not wide:
            self.query_one("#help-keys", Static).update(help_table(SECTIONS, keymap))
            return
        half = balanced(SECTIONS)
        grid = Table.grid(padding=(0, 3))
        grid.add_row(help_table(SECTIONS[:half], keymap), help_table(SECTIONS[half:], keymap))
        self.query_one("#help-keys", Static).update(grid)

    def _box(self) -> VerticalScroll:
        return self.query_one("#help-box", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self._box().scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        box = self._box()
        box.scroll_relative(y=pages * max(1, box.scrollable_content_region.height - 1), animate=False)

    def action_top(self) -> None:
        self._box().scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._box().scroll_end(animate=False)
