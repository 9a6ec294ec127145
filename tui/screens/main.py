"""The main screen: the article list beside the reading pane."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

from tui.articles import Article, LoadProblem, iter_load
from tui.widgets.reading import ReadingPane


class MainScreen(Screen[None]):
    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
    ]

    def __init__(self, sources: list[str], *, max_bytes: int) -> None:
        super().__init__()
        self.sources = sources
        self.max_bytes = max_bytes
        self.articles: list[Article] = []
        self.problems: list[LoadProblem] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            yield OptionList(id="articles")
            yield ReadingPane(id="pane")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#articles", OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        items = list(iter_load(self.sources, max_bytes=self.max_bytes))
        articles = sorted((a for a in items if isinstance(a, Article)), key=Article.sort_key)
        problems = [p for p in items if isinstance(p, LoadProblem)]
        self.app.call_from_thread(self._loaded, articles, problems)

    def _loaded(self, articles: list[Article], problems: list[LoadProblem]) -> None:
        self.articles, self.problems = articles, problems
        ol = self.query_one("#articles", OptionList)
        ol.clear_options()
        ol.add_options(Option(self._row(a)) for a in articles)
        if articles:
            ol.highlighted = 0
        if problems:
            self.notify(f"{len(problems)} source(s) could not be read", severity="warning")

    @staticmethod
    def _row(a: Article) -> str:
        date = a.published.strftime("%b %d") if a.published else "      "
        return f"{a.title}\n[dim]{date}  {a.outlet}[/]"

    @on(OptionList.OptionHighlighted, "#articles")
    def _show(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self.articles):
            self.query_one(ReadingPane).article = self.articles[event.option_index]

    def action_cursor_down(self) -> None:
        self.query_one("#articles", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#articles", OptionList).action_cursor_up()
