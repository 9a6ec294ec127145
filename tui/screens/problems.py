"""Sources that failed to load, with path and reason."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.articles import LoadProblem
from tui.screens.dialog import Dialog


class ProblemsScreen(Dialog[None]):
    BINDINGS = [Binding("escape,q,p", "dismiss", "Close", id="problems.close")]

    def __init__(self, problems: list[LoadProblem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        with Vertical(id="problems-box"):
            yield Label(f"{len(self.problems)} source(s) could not be read  ·  escape closes", id="problems-title")
            options = OptionList(id="problems-list")
            for p in self.problems:
                row = Text(p.shown_source, style="bold")
                row.append("\n  " + p.reason, style="dim")
                options.add_option(Option(row))
            if not self.problems:
                options.add_option(Option("Every source loaded."))
            yield options
