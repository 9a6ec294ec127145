"""The main screen's part for search across the corpus: the index behind it (tui.library.views, off the UI
thread), the search screen, and a chosen result opened in its article."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.binding import Binding
from textual.worker import get_current_worker

from tui.library.rows import Rows
from tui.library.state import article_key
from tui.screens.reader import ReaderBase, settled
from tui.widgets import panels  # imported on first use (tui.widgets)
from tui.widgets.reading import ReadingPane

if TYPE_CHECKING:
    from rich.text import Text

    from tui.articles.model import Article
    from tui.library.search import Doc, Hit
    from tui.library.views import Views
    from tui.screens.search import ProfileWanted


class SearchActions(ReaderBase):
    # A priority binding (see ReaderBase.check_action): the search screen is up before the keys of the same
    # write ("/storm" over SSH) are handed out; forwarded to the list, they came back after it and went nowhere.
    BINDINGS = [Binding("slash", "search", "Search", id="search.open", priority=True)]

    _by_key: tuple[Sequence[Article], dict[tuple[str, str], Article]] | None = None  # quote_context's lookup

    def _views_ready(self, views: Views) -> None:
        """Called from the index worker: the corpus-wide views first, since the search screen reads them once it
        sees the indexes."""
        self.related = views.related
        self.app.call_from_thread(setattr, self, "indexes", views.indexes)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def build_indexes(self) -> None:
        """The four scopes' indexes, off the UI thread: the ones stored for the corpus as it stands (nothing
        analysed or indexed, docs read as queries need them), else built and stored (tui.library.views)."""
        from tui.library.views import views_for

        assert self.library is not None

        def progress(done: int, total: int) -> None:
            self.index_progress = (done, total)  # read by the search screen as it waits

        desk = self.desk
        if isinstance(desk.articles, Rows):
            # A folder listed from the store: its index is opened, laid over or built for the whole folder once
            # the walk has checked it (seconds), never built here from a list still being checked
            worker = get_current_worker()
            while not desk.loaded and not worker.is_cancelled:
                time.sleep(0.05)
            if worker.is_cancelled:
                return
        views = views_for(self.library, self.sources, self.max_bytes, desk.articles, complete=desk.loaded,
                          progress=progress, apart=True)  # fmt: skip
        self._views_ready(views)

    @work(thread=True, group="index-patch", exit_on_error=False)
    def patch_indexes(self, sources: set[str], new: list[Article]) -> None:
        """The search indexes with the changed files' articles laid over them: only those are analysed."""
        from tui.library.views import Views, laid_over

        base, library = self.indexes, self.library
        if base is None or library is None:
            return
        views = laid_over(library, Views(base, self.related), sources, new)
        self.app.call_from_thread(self._indexes_patched, base, views, sources, new)

    def _indexes_patched(self, base: object, views: Views, sources: set[str], new: list[Article]) -> None:
        if self.indexes is base:
            self.related, self.indexes = views.related, views.indexes
        elif self.indexes is not None:  # another change (or a rebuild) came first: this one laid over that
            self.patch_indexes(sources, new)

    def rebuild_index(self, why: str) -> None:
        """A stored index found damaged (and forgotten): built again from the articles in memory, and stored."""
        self.notify(f"{why}: building it again", severity="warning", markup=False)
        self.indexes = None
        self.related = {}
        self.build_indexes()

    @settled
    def action_speaker_everywhere(self) -> None:
        """The highlighted speaker's quotes across the corpus: a search by them, which the search screen runs."""
        panel = self.query_one(panels.SpeakersPanel)
        i = panel.highlighted
        if i is None or not (0 <= i < len(panel.speakers)):
            self.notify("No speaker highlighted: 3 moves to the Speakers panel", timeout=2)
            return
        name = panel.speakers[i].name.replace('"', "")
        self.action_search(f'by:"{name}"')

    def action_search(self, initial: str = "") -> None:
        from tui.screens.search import SearchScreen

        if self.indexes is None:
            self.build_indexes()
        self.app.push_screen(
            SearchScreen(
                lambda: self.indexes,
                lambda: self.related,
                initial=initial,
                progress=lambda: self.index_progress,
                context=self.quote_context,
                rebuild=self.rebuild_index,
                people=lambda: self.people,
            ),
            self._search_done,
        )

    def quote_context(self, doc: Doc, around: int = 320) -> Text | None:
        """A search hit's quote in its paragraph (cut to `around` characters either side), the quote in bold."""
        from rich.text import Text

        from tui.library.excerpt import excerpt

        articles, by_key = self.desk.articles, self._by_key
        if isinstance(articles, Rows):  # a folder of a million: its file's rows, from the store
            article = self.desk.find(doc.source, doc.article_id)
        else:
            if by_key is None or by_key[0] is not articles:
                by_key = self._by_key = (articles, {(a.source, a.id): a for a in articles})
            article = by_key[1].get((doc.source, doc.article_id))
        if article is None or not (0 <= doc.start < doc.end <= len(article.text)):
            return None
        passage, at = excerpt(article.text, article.spans, doc.start, doc.end, around)
        out = Text(passage)
        out.stylize("bold", at, at + doc.end - doc.start)
        return out

    def _search_done(self, hit: Hit | ProfileWanted | None) -> None:
        """Open the article of the chosen result and mark what was found; nothing changes on escape."""
        if hit is None:
            return
        from tui.screens.search import ProfileWanted

        if isinstance(hit, ProfileWanted):
            akey = article_key(hit.source, hit.article_id)
            (self.initiative_of if hit.initiative else self.profile_of)(hit.name, akey)
            return
        doc = hit.doc
        if doc.scope == "quotes" and doc.start >= 0:
            self._open_at(doc.ref)  # the article, the quote marked and the Quotes cursor on it
            return
        index = self._index_of(doc.source, doc.article_id)
        if index is None:
            return
        self.desk.remember_place()
        self.go_to(index)
        current = self.desk.current
        if current is None:
            return
        if doc.scope == "speakers" and doc.speaker:
            speaker = next((s for s in self.analysis_of(current).speakers if s.name == doc.speaker), None)
            if speaker is not None:
                self.show_speaker(speaker)
        elif doc.scope == "initiatives":
            panel = self.query_one(panels.InitiativesPanel)
            pos = next((i for i, x in enumerate(panel.initiatives) if doc.text.startswith(x.name)), None)
            if pos is not None:
                panel.highlighted = pos
                self.show_initiative(pos)
        self.query_one(ReadingPane).focus()
