"""The corpus by outlet, with unread counts (newsboat's feed list): enter shows one outlet's articles."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.widgets.panels import Panel

ALL = ""  # the first row: every outlet


class OutletsScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape,q,F", "dismiss(None)", "Close", id="outlets.close")]

    def __init__(self, rows: list[tuple[str, int, int]], current: str) -> None:
        """`current`: the outlet the list shows now ("" for all)."""
        super().__init__()
        self.rows = [(ALL, sum(r[1] for r in rows), sum(r[2] for r in rows)), *rows]
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="outlets-box"):
            yield Label(f"{len(self.rows) - 1} outlet(s)  ·  enter shows one  ·  escape", id="outlets-title")
            options = Panel(id="outlets-list")  # the side panels' list: j/k/g/G as there
            for name, total, unread in self.rows:
                row = Text(name or "All outlets", style="bold" if unread else "")  # Text: a name is never markup
                counts = f"{unread:,} unread of {total:,}" if unread else f"{total:,} read"
                row.append(f"  {counts}", style="dim")
                options.add_option(Option(row))
            yield options

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = next((i for i, r in enumerate(self.rows) if r[0] == self.current), 0)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.rows[event.option_index][0])
