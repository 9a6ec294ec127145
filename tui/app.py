"""The Textual reader: the App alone (arguments, settings, global bindings).

This first version lists the articles and reads one; the analysis panels,
search and the rest arrive with their issues.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from tui.articles import DEFAULT_MAX_BYTES
from tui.paths import styles_dir


class NewsdeskApp(App[None]):
    """Reads the sources in a worker so the screen paints before the corpus is in."""

    TITLE = "Newsdesk"
    CSS_PATH = [str(styles_dir() / "newsdesk.tcss")]
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(self, sources: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, theme: str | None = None) -> None:
        super().__init__()
        self.sources = sources
        self.max_bytes = max_bytes
        if theme:
            self.theme = theme

    def on_mount(self) -> None:
        from tui.screens.main import MainScreen

        self.push_screen(MainScreen(self.sources, max_bytes=self.max_bytes))


def run_reader(sources: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, theme: str | None = None) -> int:
    NewsdeskApp(sources, max_bytes=max_bytes, theme=theme).run()
    return 0
