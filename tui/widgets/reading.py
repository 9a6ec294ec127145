"""The reading pane: title, outlet · author · date, dateline and paragraphs."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from tui.articles import Article


class ReadingPane(VerticalScroll, can_focus=True):
    article: reactive[Article | None] = reactive(None)

    def compose(self):  # noqa: ANN201 - Textual's ComposeResult
        yield Static(id="article-text")

    def watch_article(self, article: Article | None) -> None:
        if article is None:
            return
        out = Text()
        out.append(article.title + "\n", style="bold")
        meta = " · ".join(
            x
            for x in (
                article.outlet,
                article.author,
                article.published.strftime("%d %b %Y %H:%M") if article.published else "",
            )
            if x
        )
        if meta:
            out.append(meta + "\n", style="dim")
        if article.dateline:
            out.append(article.dateline + "\n", style="italic")
        out.append("\n")
        out.append("\n\n".join(article.paragraphs))
        self.query_one("#article-text", Static).update(out)
        self.scroll_home(animate=False)
