"""The corpus by outlet, with unread counts (newsboat's feed list): enter shows one outlet's articles."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.screens.dialog import Dialog
from tui.widgets.panels import Panel

ALL = ""  # the first row: every outlet


OutletRows = list[tuple[str, int, int]]  # (outlet, articles, unread)


class OutletsScreen(Dialog[str | None]):
    BINDINGS = [Binding("escape,q,F", "dismiss(None)", "Close", id="outlets.close")]

    def __init__(self, rows: OutletRows | Callable[[], OutletRows], current: str, counting: int = 0) -> None:
        """`rows`, or the work that counts them (a million articles take the store a second: the dialog opens at
        once and fills when they are counted, `counting` being how many articles); `current`: the outlet the
        list shows now ("" for all)."""
        super().__init__()
        self.rows: OutletRows = []
        self._work = rows if callable(rows) else None
        self._given = None if callable(rows) else rows
        self.counting = counting
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="outlets-box"):
            yield Label(f"Counting {self.counting:,} articles by outlet…", id="outlets-title")
            yield Panel(id="outlets-list")  # the side panels' list: j/k/g/G as there

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        if self._given is not None:
            self._fill(self._given)
        else:
            self._count()

    @work(thread=True, exit_on_error=False)
    def _count(self) -> None:
        assert self._work is not None
        rows = self._work()
        self.app.call_from_thread(self._fill, rows)

    def _fill(self, rows: OutletRows) -> None:
        self.rows = [(ALL, sum(r[1] for r in rows), sum(r[2] for r in rows)), *rows]
        self.query_one("#outlets-title", Label).update(f"{len(rows)} outlet(s)  ·  enter shows one  ·  escape")
        options = self.query_one(OptionList)
        for name, total, unread in self.rows:
            row = Text(name or "All outlets", style="bold" if unread else "")  # Text: a name is never markup
            counts = f"{unread:,} unread of {total:,}" if unread else f"{total:,} read"
            row.append(f"  {counts}", style="dim")
            options.add_option(Option(row))
        options.highlighted = next((i for i, r in enumerate(self.rows) if r[0] == self.current), 0)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.rows[event.option_index][0])
