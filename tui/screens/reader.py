"""What the main screen's parts share: the Desk they show, the library and reading state below it, and the few
moves every part makes (open an article at a row, mark spans in the article, fill the Quotes panel).

The main screen is put together from parts, one per concern, each a Screen subclass so that its bindings,
handlers and workers are Textual's own: the panes (tui.screens.panes), the list (tui.screens.list_actions),
marks in the article (tui.screens.marks), search (tui.screens.searching) and the corpus-wide work
(tui.screens.corpus_work). Every rule about the list and the reading state is the Desk's (tui.library.desk);
the parts only turn keys into Desk calls and show the result.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from textual import on, work
from textual.geometry import Region
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import Worker, WorkerState, get_current_worker

from tui.articles.model import Article
from tui.library.desk import Desk, ReadState, key_of
from tui.widgets import panels  # imported on first use (tui.widgets)
from tui.widgets.article_list import ArticleList
from tui.widgets.reading import ReadingPane

if TYPE_CHECKING:
    from collections.abc import Mapping

    from tui.analysis import Analysis, Speaker
    from tui.library.corpus import Library
    from tui.library.diskindex import Related
    from tui.library.peoplestore import PeopleView
    from tui.library.search import Doc, LayeredIndex, SearchIndex
    from tui.library.state import QuoteRef, State


S = TypeVar("S", bound="ReaderBase")
P = ParamSpec("P")
R = TypeVar("R")


def settled(action: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """For a key that acts on the article open: the open the list put off while keys repeated is done first."""

    @functools.wraps(action)
    def run(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
        self.settle()
        return action(self, *args, **kwargs)

    return run


class ReaderBase(Screen[None]):
    desk: Desk
    library: Library | None
    state: State | None
    sources: list[str]
    max_bytes: int
    jobs: int
    watching: bool
    indexes: dict[str, SearchIndex | LayeredIndex] | None
    related: Mapping[str, list[Doc]] | Related
    people: PeopleView | None  # speakers joined across the corpus (P, V), once built
    index_progress: tuple[int, int] | None  # articles read for the search index, of how many
    _read_timer: Timer | None  # marks a skimmed article read once it has been open READ_AFTER
    title_index: tuple[Sequence[Article], SearchIndex] | None = None  # the palette's: the list it indexed, its index

    # Defined by the main screen or another part; declared here, not defined (so no part's stand-in can shadow
    # another's), so that each part can call them.
    open: Callable[..., None]  # (index, article=None, *, auto, skim, again): the main screen's
    settle: Callable[[], None]  # the main screen's: the open the list put off, done now
    load: Callable[[], object]  # the main screen's
    step_unread: Callable[[int], None]  # tui.screens.list_actions
    show_speaker: Callable[[Speaker], None]  # tui.screens.marks
    show_initiative: Callable[[int | None], None]  # tui.screens.marks
    patch_indexes: Callable[[set[str], list[Article]], object]  # tui.screens.searching
    profile_of: Callable[..., None]  # (name, akey=None, pid=None): tui.screens.corpus_work
    initiative_of: Callable[..., None]  # (name, akey=None): tui.screens.corpus_work

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """Any worker's error is a notice, not the end of the session (harlequin's habit): the workers run with
        exit_on_error=False, so a bug in loading, indexing, exporting or watching leaves the reader usable."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        what = {"load": "Loading", "index": "Building the search index", "export": "The export",
                "analyse-all": "Analysing in the background", "watch": "Watching the sources",
                "analyse": "Analysing this article"}.get(event.worker.group, "A background task")  # fmt: skip
        self.notify(f"{what} stopped ({type(error).__name__}); the reader goes on", severity="error", markup=False)

    TYPED_AFTER = frozenset({"search", "find"})  # priority bindings whose keys are often followed by typing

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """/ and f are priority bindings: taken before the focused widget sees them, so that the search screen
        or the find bar has the keys typed after them in the same write ("fprison" over SSH), which else went
        to the list and the screen's keys (p, r, s, o ...). A text field (the find bar) types them instead."""
        return not (action in self.TYPED_AFTER and isinstance(self.focused, Input))

    def analysis_of(self, article: Article) -> Analysis:
        """From memory or the cache; computed (and cached) when neither has it. Articles only exist once
        the loader has opened the library, so it is always there."""
        assert self.library is not None
        return self.library.analysis(article)

    def _ready_analysis(self, article: Article) -> Analysis | None:
        """An analysis to show at once: remembered or cached. Computing one is never done on the UI thread
        (a crafted 192 KB article once froze the reader for 99 s); the main screen's worker does it."""
        assert self.library is not None
        return self.library.cached_analysis(article)

    def state_of(self, article: Article) -> ReadState:
        return self.desk.state_of(article)

    def _show_view(self, keep: Article | None = None, then: Callable[[], None] | None = None) -> None:
        """Filter and sort into the list, keeping the cursor on the article being read, then `then`. An order the
        store has to work out (a sort of a million rows) is worked out apart: the list stays as it was until then."""
        desk = self.desk
        work = desk.order_work()
        if work is not None:
            self.notify(f"Sorting {len(desk.articles):,} articles…", timeout=2)
            self._order_apart(work, keep, then)
            return
        self._put_view(keep)
        if then is not None:
            then()

    @work(thread=True, exclusive=True, group="order")
    def _order_apart(self, work: Callable[[], None], keep: Article | None, then: Callable[[], None] | None) -> None:
        work()
        if not get_current_worker().is_cancelled:  # a newer order was asked for: it shows instead
            self.app.call_from_thread(self._show_view, keep, then)

    def _put_view(self, keep: Article | None) -> None:
        desk = self.desk
        view = desk.refilter()
        lst = self.query_one(ArticleList)
        lst.show(view, desk.read, desk.starred, key_of)
        lst.border_title = desk.label()
        kept, index = desk.row_to_keep(keep)
        if index is not None:
            lst.set_reactive(ArticleList.highlighted, index)
            lst.position()
            lst.scroll_to_region(Region(0, index * 2, 1, 2), animate=False)
            lst.refresh()
            return
        if kept is not None and not desk.loaded:
            return  # a reload's first parts may not hold the article being read yet: it stays open
        if view:
            lst.set_reactive(ArticleList.highlighted, 0)
            lst.position()
            lst.scroll_to(y=0, animate=False)
            lst.refresh()
            self.open(0, auto=True)  # the article read is gone (deleted, filtered out) or none was open: the first
        elif desk.loaded and desk.current is None:
            self.say_empty()

    def say_empty(self) -> None:
        """Nothing listed and nothing open: the pane says why, and which keys list something."""
        from tui.keys import live_keymap, palette_key

        keymap = live_keymap(self.app)
        self.query_one(ReadingPane).show(None, None, note=self.desk.empty_reason(lambda i: palette_key(i, keymap)))

    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def mark_read(self, article: Article, read: bool = True) -> None:
        if self.desk.mark_read(article, read):
            lst = self.query_one(ArticleList)
            index = self.desk.position(article, lst.highlighted)
            if index is not None:
                lst.refresh_row(index)

    def _read_now(self, article: Article, read: bool = True) -> None:
        """Chosen or scrolled (or marked unread with u): so at once, whatever the moment's timer would say."""
        self._stop_read_timer()
        self.mark_read(article, read)

    def go_to(self, index: int) -> None:
        """The list's cursor to an article the reader asked for by name (a step, a result, a jump): open at once
        and read, not skimmed."""
        self.query_one(ArticleList).highlighted = index
        self.open(index)
        current, view = self.desk.current, self.desk.view
        if current is not None and 0 <= index < len(view) and self.desk.is_open(view[index]):
            self._read_now(current)

    def _mark(
        self, spans: list[tuple[int, int]], scroll_to: int | None, current: tuple[int, int] | None = None
    ) -> None:
        if self.desk.current is None:
            return
        self.state_of(self.desk.current).marks = spans
        pane = self.query_one(ReadingPane)
        pane.set_marks(spans, current)
        if scroll_to is not None:
            self.call_after_refresh(pane.scroll_to_offset, scroll_to)

    def _show_quotes(self, article: Article, analysis: Analysis | None, speaker: str | None) -> panels.QuotesPanel:
        """The Quotes panel for an article: all its quotes or one speaker's, the saved ones and those other
        articles report too marked."""
        quotes = self.query_one(panels.QuotesPanel)
        shared = self.people.shared_in(key_of(article)) if self.people is not None else {}
        quotes.show(analysis, speaker, self.desk.saved_spans(article), shared)
        return quotes

    def _reach_quote(self, start: int, end: int) -> None:
        """A quote reached from elsewhere (a search result, a saved quote): marked in the article, and the Quotes
        cursor on it, remembered for the article."""
        self._mark([(start, end)], start)
        panel = self.query_one(panels.QuotesPanel)
        at = next((i for i, q in enumerate(panel.quotes) if (q.start, q.end) == (start, end)), None)
        if at is not None:
            panel.highlighted = at
            if self.desk.current is not None:
                self.state_of(self.desk.current).quote = at

    def _listed(self, find: Callable[[], int | None]) -> int | None:
        """The row a Desk lookup finds (Desk.index_of, Desk.jump: they lift a filter that hides the article), the
        list shown again when it did."""
        filtered = self.desk.filter
        index = find()
        if self.desk.filter != filtered:
            self._show_view()
        return index

    def _index_of(self, source: str, article_id: str) -> int | None:
        """Where an article sits in the list, a filter that hid it lifted."""
        return self._listed(lambda: self.desk.index_of(source, article_id))

    def _open_at(self, ref: QuoteRef) -> bool:
        """An article opened at a quote reached from elsewhere (a saved quote, a profile, a version), the place
        left remembered for ctrl+o; False when the article is not in the corpus."""
        index = self._index_of(ref.source, ref.article_id)
        if index is None:
            return False
        self.desk.remember_place()
        self.go_to(index)
        self._reach_quote(ref.start, ref.end)
        self.query_one(ReadingPane).focus()
        return True
