"""The article list: date, outlet, title and a read mark, one row an article."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.articles import Article


def row(article: Article, read: bool) -> Text:
    date = article.published.strftime("%b %d") if article.published else "      "
    text = Text("  " if read else "● ", style="bold $accent" if not read else "")
    text.append(article.title, style="" if read else "bold")
    text.append(f"\n  {date}  {article.outlet}", style="dim")
    return text


class ArticleList(OptionList):
    """OptionList is quick to first paint under ~10k rows; a virtual list replaces it for larger corpora."""

    BORDER_TITLE = "Articles"
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "Top", show=False, id="list.top"),
        Binding("G", "last", "Bottom", show=False, id="list.bottom"),
    ]

    def show(self, articles: list[Article], read: set[str]) -> None:
        keep = self.highlighted
        self.articles = articles
        self.clear_options()
        self.add_options(Option(row(a, a.id in read)) for a in articles)
        if articles:
            self.highlighted = min(keep or 0, len(articles) - 1)
        self.border_subtitle = f"{len(articles):,}"

    def mark_read(self, index: int) -> None:
        if 0 <= index < len(self.articles):
            self.replace_option_prompt_at_index(index, row(self.articles[index], True))
