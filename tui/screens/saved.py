"""Saved quotes: every quote the user kept, newest last; enter opens it, d removes it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.library.state import SavedQuote, State
from tui.screens.dialog import Dialog


class SavedScreen(Dialog[SavedQuote | None]):
    BINDINGS = [
        Binding("escape,q,w", "dismiss(None)", "Close", id="saved.close"),
        Binding("d,delete", "remove", "Remove", id="saved.remove"),
        Binding("j", "step(1)", "Down", show=False, id="saved.down"),
        Binding("k", "step(-1)", "Up", show=False, id="saved.up"),
    ]

    def __init__(self, state: State) -> None:
        super().__init__()
        self.state = state
        self.quotes = state.saved()

    def compose(self) -> ComposeResult:
        with Vertical(id="saved-box"):
            yield Label("", id="saved-title")
            yield OptionList(id="saved-list")

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        self.query_one("#saved-title", Label).update(
            f"{len(self.quotes)} saved quote(s)  ·  enter opens  ·  d removes  ·  e in the reader exports  ·  escape"
        )
        options = self.query_one(OptionList)
        options.clear_options()
        for q in self.quotes:
            direct = q.kind == "direct"
            row = Text(f"“{q.text}”") if direct else Text(f"≈ {q.text}", style="italic")
            who = q.speaker or "unattributed"
            row.append(f"\n  — {who}" + (f", {q.speaker_title}" if q.speaker_title else ""), style="bold")
            if not direct:
                row.append(" · reported", style="dim")
            row.append(f"\n  {' · '.join(x for x in (q.outlet, q.title, (q.published or '')[:10]) if x)}", style="dim")
            options.add_option(Option(row))
        if not self.quotes:
            options.add_option(Option("No saved quotes yet: S on a quote in the Quotes panel saves it.", disabled=True))
        else:
            options.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.quotes):
            self.dismiss(self.quotes[event.option_index])

    def action_step(self, step: int) -> None:
        options = self.query_one(OptionList)
        if self.quotes:
            options.highlighted = max(0, min(len(self.quotes) - 1, (options.highlighted or 0) + step))

    def action_remove(self) -> None:
        options = self.query_one(OptionList)
        i = options.highlighted
        if i is None or not (0 <= i < len(self.quotes)):
            return
        q = self.quotes[i]
        if self.state.unsave_quote(q.key, q.start, q.end):
            del self.quotes[i]
            self._fill()
            if self.quotes:
                options.highlighted = min(i, len(self.quotes) - 1)
