"""The main screen: article list, reading pane, and the speakers, quotes and initiatives panels."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import OptionList, Static
from textual.worker import Worker, WorkerState

from tui.articles.model import Article, LoadProblem
from tui.keys import key_hints, live_keymap
from tui.library.state import article_key
from tui.widgets.article_list import ArticleList
from tui.widgets.findbar import FindBar
from tui.widgets.panels import InitiativesPanel, QuotesPanel, SpeakersPanel
from tui.widgets.reading import ReadingPane

if TYPE_CHECKING:  # the analysis rules, the search index and the find bar load after the first paint
    from collections.abc import Callable, Iterator, Mapping

    from rich.text import Text

    from tui.analysis import Analysis, Quote, Speaker
    from tui.library.corpus import Library
    from tui.library.diskindex import DiskIndex, Related
    from tui.library.peoplestore import PeopleView
    from tui.library.search import Doc, Hit, LayeredIndex, SearchIndex
    from tui.library.state import SavedQuote, State
    from tui.screens.export import ExportChoice
    from tui.screens.search import ProfileWanted

FOCUS_ORDER = ("articles", "pane", "speakers", "quotes", "initiatives")
FILTERS = ("all", "unread", "starred")
SORTS = ("date", "outlet", "title")


def key_of(article: Article) -> str:
    """The reading state's key of an article."""
    return article_key(article.source, article.id)


@dataclass
class ReadState:
    """Where the reader was in one article: kept while moving between articles and resizing."""

    scroll_y: float = 0.0
    quote: int | None = None
    speaker: str | None = None
    initiative: int | None = None
    mention: int = -1
    marks: list[tuple[int, int]] = field(default_factory=list)


class MainScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    READ_AFTER = 1.5  # seconds an article the cursor moved to stays open before it counts as read
    BINDINGS = [
        Binding("1", "focus_pane('articles')", "Articles", id="focus.articles"),
        Binding("2", "focus_pane('pane')", "Article", id="focus.pane"),
        Binding("3", "focus_pane('speakers')", "Speakers", id="focus.speakers"),
        Binding("4", "focus_pane('quotes')", "Quotes", id="focus.quotes"),
        Binding("5", "focus_pane('initiatives')", "Initiatives", id="focus.initiatives"),
        Binding("l", "cycle(1)", "Next pane", show=False, id="focus.next"),
        Binding("h", "cycle(-1)", "Previous pane", show=False, id="focus.previous"),
        Binding("right_square_bracket", "step_article(1)", "Next article", id="article.next"),
        Binding("left_square_bracket", "step_article(-1)", "Previous article", id="article.previous"),
        Binding("y", "copy_quote", "Copy quote", id="quote.copy"),
        Binding("n", "step_mention(1)", "Next mention", show=False, id="mention.next"),
        Binding("N", "step_mention(-1)", "Previous mention", show=False, id="mention.previous"),
        Binding("escape,c", "clear_filter", "Clear filter", show=False, id="speaker.clear"),
        Binding("p", "problems", "Problems", show=False, id="problems.show"),
        Binding("slash", "search", "Search", id="search.open"),
        Binding("f,ctrl+f", "find", "Find in article", show=False, id="find.open"),
        Binding("s", "star", "Star article", show=False, id="article.star"),
        Binding("S", "save_quote", "Save quote", show=False, id="quote.save"),
        Binding("w", "saved", "Saved quotes", show=False, id="saved.show"),
        Binding("v", "cycle_filter", "Filter: all/unread/starred", show=False, id="list.filter"),
        Binding("o", "cycle_sort", "Sort: date/outlet/title", show=False, id="list.sort"),
        Binding("e", "export", "Export", show=False, id="export.open"),
        Binding("r", "reload", "Reload sources", show=False, id="sources.reload"),
        Binding("z", "zoom", "Zoom pane", show=False, id="pane.zoom"),
        Binding("u", "toggle_read", "Mark unread/read", show=False, id="article.unread"),
        Binding("A", "all_read", "Mark all read", show=False, id="list.all_read"),
        Binding("O", "reverse_sort", "Reverse sort", show=False, id="list.reverse"),
        Binding("F", "outlets", "Outlets", show=False, id="list.outlets"),
        Binding("ctrl+o", "jump(-1)", "Jump back", show=False, id="jump.back"),
        Binding("ctrl+y", "jump(1)", "Jump forward", show=False, id="jump.forward"),
        Binding("P", "profile", "Speaker profile", show=False, id="speaker.profile"),
        Binding("V", "versions", "Quote versions", show=False, id="quote.versions"),
    ]

    def __init__(
        self,
        sources: list[str],
        *,
        max_bytes: int,
        library: Library | None = None,
        state: State | None = None,
        watch: bool = False,
        jobs: int = 0,
    ) -> None:
        super().__init__()
        self.sources = sources
        self.max_bytes = max_bytes
        self.library = library
        self.state = state
        self.watching = watch
        self.jobs = jobs
        self.articles: list[Article] = []  # every article, newest first
        self.view: list[Article] = []  # what the list shows: filtered and sorted
        self.filter, self.sort = "all", "date"
        self.reverse = False  # O: the sort the other way round (oldest first, outlets and titles from Z)
        self.outlet = ""  # F: the one outlet the list shows ("" for all; "(no outlet)" for those without)
        self.problems: list[LoadProblem] = []
        self.read: set[str] = set()
        self.starred: set[str] = set()
        self._stop_watch: threading.Event | None = None
        self.states: dict[str, ReadState] = {}
        self.current: Article | None = None
        self._open_timer: Timer | None = None
        self.indexes: dict[str, SearchIndex | LayeredIndex] | None = None
        self.related: Mapping[str, list[Doc]] | Related = {}
        self.people: PeopleView | None = None  # speakers joined across the corpus (P, V), once built
        self._after_people: Callable[[], None] | None = None  # what P or V asked for while they were built
        self.loaded = False  # every source read
        self.index_progress: tuple[int, int] | None = None  # articles read for the search index, of how many
        self._auto_opened = False  # the article open was opened by the reader (the first row), not chosen
        self._read_timer: Timer | None = None  # marks a skimmed article read once it has been open READ_AFTER
        self._by_key: tuple[list[Article], dict[tuple[str, str], Article]] | None = None  # quote_context's lookup
        # Where the reader was before following a result (ctrl+o goes back there, ctrl+y forward again), as vim's
        # jump list: articles by (source, id), so that a reload or a new sort does not lose them.
        self._back: list[tuple[str, str]] = []
        self._forward: list[tuple[str, str]] = []
        self._last_open = 0.0

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield ArticleList(id="articles")
            yield ReadingPane(id="pane")
            yield Vertical(id="side")  # its panels are mounted right after the first frame
        # One line of hints: far cheaper to lay out than a Footer of key widgets, and fits 80 columns.
        yield Static(key_hints(live_keymap(self.app)), id="keybar")

    def show_keys(self) -> None:
        """The key bar again, once the user's keymap is read (after the first frame)."""
        self.query_one("#keybar", Static).update(key_hints(live_keymap(self.app)))

    def on_mount(self) -> None:
        self.query_one(ArticleList).border_subtitle = "loading…"
        self.call_after_refresh(self.load)  # the first frame goes out before the loader competes for the GIL
        self.call_after_refresh(self._initial_focus)
        self._panels_asked = False

    def _ask_for_panels(self) -> None:
        """The side panels are mounted once the first article is on screen: its title comes sooner."""
        if not self._panels_asked:
            self._panels_asked = True
            self.call_after_refresh(self._mount_panels)

    async def _mount_panels(self) -> None:
        panels = [SpeakersPanel(id="speakers"), QuotesPanel(id="quotes"), InitiativesPanel(id="initiatives")]
        await self.query_one("#side").mount_all(panels)
        if self.current is not None and self.query(SpeakersPanel):  # none when the reader quit meanwhile
            self._show_panels(self.current, self._ready_analysis(self.current))

    def _initial_focus(self) -> None:
        # Narrow terminals hide the list until asked for (1): read first there.
        self.query_one("#pane" if self.has_class("-narrow") else "#articles").focus()

    # Loading -----------------------------------------------------------------------------------

    def _open_library(self) -> tuple[Library, State]:
        """The cache and reading state, opened off the UI thread the first time (sqlite costs a few ms)."""
        if self.library is None:
            from tui.library.corpus import open_library

            self.library = open_library(None)
        if self.state is None:
            from tui.library.state import State

            self.state = State()
        return self.library, self.state

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        """Read every source off the UI thread (unchanged files from the cache), showing the list as it grows."""
        library, state = self._open_library()
        read, starred = state.read_keys(), state.starred_keys()
        kept = {name: state.setting(name) for name in ("sort", "filter", "theme", "reverse")}
        self.app.call_from_thread(self._state_loaded, read, starred, [*library.notices, *state.notices], kept)
        from tui.library.listing import Listing

        listing = Listing()  # each story once, newest first, corrected as the walk finds files changed or gone
        for batch in library.load_listed_first(self.sources, max_bytes=self.max_bytes):
            listing.add(batch)
            self.post_message(self.Loaded(listing.articles(), list(listing.problems), False))  # the loader goes on
        self.post_message(self.Loaded(listing.articles(), listing.problems, True))  # in order after the parts
        duplicates = listing.duplicates
        if duplicates:
            self.app.call_from_thread(
                self.notify,
                f"{duplicates:,} article(s) whose title and text repeat another's are listed once",
                timeout=5,
            )

    @dataclass
    class Loaded(Message):
        """A part of the corpus, posted from the loader thread without waiting for the screen."""

        articles: list[Article]
        problems: list[LoadProblem]
        done: bool

    def on_main_screen_loaded(self, message: MainScreen.Loaded) -> None:
        self._loaded(message.articles, message.problems, message.done)

    def _state_loaded(
        self, read: set[str], starred: set[str], notices: list[str], kept: dict[str, str | None] | None = None
    ) -> None:
        self.read, self.starred = read, starred
        kept = kept or {}
        # The sort, filter and theme of the last run (a --theme given now wins over the kept one)
        if kept.get("sort") in SORTS:
            self.sort = kept["sort"]  # type: ignore[assignment]
        if kept.get("filter") in FILTERS:
            self.filter = kept["filter"]  # type: ignore[assignment]
        self.reverse = kept.get("reverse") == "1"
        theme = kept.get("theme")
        if theme and not getattr(self.app, "_start_theme", None) and theme in self.app.available_themes:
            self.app.theme = theme
        self.watch(self.app, "theme", self._keep_theme, init=False)
        for notice in notices:
            self.notify(notice, severity="warning", timeout=8, markup=False)

    def _loaded(self, articles: list[Article], problems: list[LoadProblem], done: bool) -> None:
        self.articles, self.problems = articles, problems
        self.loaded = done
        self._show_view()
        if done:
            import gc

            # The corpus stays for the whole session: out of the collector's sight, so that no keystroke
            # waits for a full collection walking a hundred thousand articles.
            gc.freeze()
        if done and self.jobs > 0 and self.library is not None and self.library.cache is not None:
            self.analyse_in_background()  # then joins the speakers (build_people)
        elif done and self.library is not None and self.library.cache is not None:
            self.build_people(build=False)  # a served session: the table the server (or anyone) stored, if any
        if done and self.watching:
            self.watch_sources()
        if done and self.indexes is not None and len(self.indexes["articles"]) != len(articles):
            self.indexes = None  # indexed while loading: the next search indexes the whole corpus
        lst = self.query_one(ArticleList)
        if not done:
            lst.border_subtitle = f"loading… {len(articles):,}"
        elif problems:
            self.notify(f"{len(problems)} source(s) could not be read: press p to see them", severity="warning")
        if done and not articles:
            self.query_one(ReadingPane).show(None, None)
            self._ask_for_panels()

    def _show_view(self, keep: Article | None = None) -> None:
        """Filter and sort into the list, keeping the cursor on the article being read."""
        view = self.articles
        if self.outlet:
            from tui.screens.outlets import NONE

            want = "" if self.outlet == NONE else self.outlet
            view = [a for a in view if a.outlet == want]
        if self.filter == "unread":
            view = [a for a in view if key_of(a) not in self.read or a is self.current]
        elif self.filter == "starred":
            view = [a for a in view if key_of(a) in self.starred]
        if self.sort == "outlet":
            view = sorted(view, key=lambda a: (a.outlet.casefold() or "\uffff", Article.sort_key(a)))
        elif self.sort == "title":
            view = sorted(view, key=lambda a: a.title.casefold())
        if self.reverse:  # undated articles stay last, whichever way the dates run
            view = [a for a in view[::-1] if a.published or self.sort != "date"] + [
                a for a in view if not a.published and self.sort == "date"
            ]
        self.view = view
        lst = self.query_one(ArticleList)
        lst.show(view, self.read, self.starred, key_of)
        label = [
            x
            for x in (
                self.outlet,
                self.filter if self.filter != "all" else "",
                f"by {self.sort}" if self.sort != "date" else "",
                "reversed" if self.reverse else "",
            )
            if x
        ]
        lst.border_title = "Articles" + (" · " + " · ".join(label) if label else "")
        keep = keep or self.current
        if keep is not None and self._auto_opened and view and not self._same(view[0], keep):
            keep = None  # opened by the reader, not chosen: the first row of the list as it grows
        if keep is not None:
            index = next((i for i, a in enumerate(view) if self._same(a, keep)), None)
            if index is not None:
                lst.set_reactive(ArticleList.highlighted, index)
                lst.position()
                lst.scroll_to_region(Region(0, index * 2, 1, 2), animate=False)
                lst.refresh()
                return
            if not self.loaded:
                return  # a reload's first parts may not hold the article being read yet: it stays open
        if view:
            lst.set_reactive(ArticleList.highlighted, 0)
            lst.position()
            lst.scroll_to(y=0, animate=False)
            lst.refresh()
            self.open(0, auto=True)  # the article read is gone (deleted, filtered out) or none was open: the first

    # Opening articles --------------------------------------------------------------------------

    def analysis_of(self, article: Article) -> Analysis:
        """From memory or the cache; computed (and cached) when neither has it. Articles only exist once
        the loader has opened the library, so it is always there."""
        assert self.library is not None
        return self.library.analysis(article)

    def _ready_analysis(self, article: Article) -> Analysis | None:
        """An analysis to show at once: remembered or cached. Computing one is never done on the UI thread
        (a crafted 192 KB article once froze the reader for 99 s); _analyse_first does it in a worker."""
        assert self.library is not None
        return self.library.cached_analysis(article)

    @work(thread=True, exclusive=True, group="analyse", exit_on_error=False)
    def _analyse_first(self, article: Article) -> None:
        """An article's analysis, off the UI thread; the panels fill when it is done."""
        try:
            self.analysis_of(article)
        except Exception as exc:  # noqa: BLE001 - one article's failed analysis must not end the session
            self.app.call_from_thread(
                self.notify, f"Could not analyse this article ({type(exc).__name__})", severity="error", markup=False
            )
            return
        assert self.library is not None
        why = self.library.failed.get((article.source, article.id))
        if why is not None:
            self.app.call_from_thread(self._analysis_failed, article, why)
        self.app.call_from_thread(self._analysed, article)

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

    def _analysis_failed(self, article: Article, why: str) -> None:
        """The article reads on with empty panels; the problem is listed (p) with the source's problems."""
        if not any(p.source == article.source and p.reason == why for p in self.problems):
            self.problems = [*self.problems, LoadProblem(article.source, why)]
        self.notify("This article could not be analysed: p lists why", severity="warning", timeout=5)

    def _analysed(self, article: Article) -> None:
        if self.current is not None and self.current.id == article.id:
            pane = self.query_one(ReadingPane)
            self.state_of(article).scroll_y = pane.scroll_y
            self.current = None  # open again, this time with its analysis; read or not as the first open decided
            self.open(
                self.view.index(article) if article in self.view else 0, article, auto=self._auto_opened, again=True
            )

    def state_of(self, article: Article) -> ReadState:
        return self.states.setdefault(key_of(article), ReadState())  # not the id: two folders may share one

    @staticmethod
    def _same(a: Article, b: Article) -> bool:
        """One article across loads (a reload makes new objects): by its source and id."""
        return a.id == b.id and a.source == b.source

    @on(ReadingPane.Scrolled)
    def _scrolled(self) -> None:
        if self.current is not None:
            self._read_now(self.current)

    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def _read_now(self, article: Article, read: bool = True) -> None:
        """Chosen or scrolled (or marked unread with u): so at once, whatever the moment's timer would say."""
        self._stop_read_timer()
        self.mark_read(article, read)

    def action_toggle_read(self) -> None:
        """newsboat's N: mark the article unread (it keeps its place in the unread filter), or read again."""
        if self.current is None:
            return
        now_read = key_of(self.current) not in self.read
        self._read_now(self.current, now_read)
        self.notify("Marked read" if now_read else "Marked unread", timeout=2)

    def action_all_read(self) -> None:
        """newsboat's A: every article in the list as it shows (its filter) marked read, in one write."""
        keys = [key_of(a) for a in self.view if key_of(a) not in self.read]
        if not keys:
            self.notify("Every article listed is read", timeout=2)
            return
        if self.state is not None and not self.state.mark_read_many(keys):
            self.notify("Could not save: the reading state is not writable", severity="error")
            return
        self.read.update(keys)
        self.query_one(ArticleList).refresh()
        self.notify(f"{len(keys):,} article{'' if len(keys) == 1 else 's'} marked read (u marks one unread)")

    def step_unread(self, step: int) -> None:
        """n and N when there is no match or mention to step to: the next (or previous) unread article."""
        lst = self.query_one(ArticleList)
        at = lst.highlighted if lst.highlighted is not None else -1
        order = range(at + 1, len(self.view)) if step > 0 else range(at - 1, -1, -1)
        index = next((i for i in order if key_of(self.view[i]) not in self.read), None)
        if index is None:
            self.notify("No unread article " + ("below" if step > 0 else "above"), timeout=2)
            return
        self.go_to(index)

    def go_to(self, index: int) -> None:
        """The list's cursor to an article the reader asked for by name (a step, a result, a jump): open at once
        and read, not skimmed."""
        self.query_one(ArticleList).highlighted = index
        self.open(index)
        if self.current is not None and 0 <= index < len(self.view) and self.view[index] is self.current:
            self._read_now(self.current)

    def mark_read(self, article: Article, read: bool = True) -> None:
        key = key_of(article)
        if (key in self.read) == read:
            return
        if self.state is not None:  # committed before the mark changes on screen
            (self.state.mark_read if read else self.state.mark_unread)(key)
        (self.read.add if read else self.read.discard)(key)
        lst = self.query_one(ArticleList)
        index = next((i for i in self._near(lst.highlighted) if self.view[i] is article), None)
        if index is not None:
            lst.refresh_row(index)

    def _near(self, index: int | None) -> Iterator[int]:
        """The list's rows from `index` outwards (the article asked for is nearly always the one at the cursor)."""
        n = len(self.view)
        at = index if index is not None and 0 <= index < n else 0
        yield from (i for i in (at, at - 1, at + 1) if 0 <= i < n)
        yield from range(n)

    def open(
        self, index: int, article: Article | None = None, *, auto: bool = False, skim: bool = False, again: bool = False
    ) -> None:
        """Open an article; `auto`: the reader chose it (the first row while loading), not the user; `skim`: the
        list's cursor passed over it, so it counts as read only once it has been open READ_AFTER seconds or
        scrolled (newsboat's habit: moving past an article is not reading it)."""
        if article is None:
            if not (0 <= index < len(self.view)):
                return
            article = self.view[index]
        if article is self.current:
            return  # already open (moving the cursor opened it): keep where the reader is
        self._auto_opened = auto
        pane = self.query_one(ReadingPane)
        if self.current is not None:
            self.state_of(self.current).scroll_y = pane.scroll_y
        self.current = article
        self._clear_find()
        analysis = self._ready_analysis(article)
        if analysis is None:
            self._analyse_first(article)  # paint the text now, the analysis a moment later
        state = self.state_of(article)
        if not again:
            self._stop_read_timer()
            if skim or auto:
                self._read_timer = self.set_timer(self.READ_AFTER, lambda: self.mark_read(article))
            else:
                self.mark_read(article)
        pane.show(article, analysis, state.marks, state.scroll_y)
        # The article's id on the pane's border: what `newsdesk export --article ID` takes (Content: never markup)
        pane.border_title = Content(article.id)
        if self.query("#speakers"):
            self._show_panels(article, analysis)
        else:
            self._ask_for_panels()

    def _show_panels(self, article: Article, analysis: Analysis | None) -> None:
        state = self.state_of(article)
        self.query_one(SpeakersPanel).show(analysis)
        quotes = self._show_quotes(article, analysis, state.speaker)
        if state.quote is not None and state.quote < quotes.option_count:
            quotes.highlighted = state.quote
        self.query_one(InitiativesPanel).show(analysis)
        if analysis is None:
            for panel in self.query("#side OptionList"):
                panel.border_subtitle = "analysing…"

    def _show_quotes(self, article: Article, analysis: Analysis | None, speaker: str | None) -> QuotesPanel:
        """The Quotes panel for an article: all its quotes or one speaker's, the saved ones and those other
        articles report too marked."""
        quotes = self.query_one(QuotesPanel)
        quotes.show(analysis, speaker, self._saved_spans(article), self._shared_of(article))
        return quotes

    def _shared_of(self, article: Article) -> dict[int, list[int]]:
        """The article's quotes that other articles report too, once the corpus's identities are built."""
        return self.people.shared_in(key_of(article)) if self.people is not None else {}

    def _saved_spans(self, article: Article) -> set[tuple[int, int]]:
        return self.state.saved_spans(key_of(article)) if self.state is not None else set()

    @on(ArticleList.Highlighted)
    def _list_moved(self, event: ArticleList.Highlighted) -> None:
        self._highlighted(event.index)

    def _highlighted(self, index: int) -> None:
        """Open at once; when keys repeat faster than a frame, open only where the cursor comes to rest."""
        if not self.view or index >= len(self.view):
            return
        if self.current is not None and self.view[index] is self.current:
            return
        if self._open_timer is not None:
            self._open_timer.stop()
            self._open_timer = None
        now = time.monotonic()
        if now - self._last_open < 0.1:
            self._open_timer = self.set_timer(0.08, lambda: self.open(index, skim=True))
        else:
            self.open(index, skim=True)
        self._last_open = now

    @on(ArticleList.Selected)
    def _article_selected(self, event: ArticleList.Selected) -> None:
        self.set_class(False, "-list-open")
        if self.current is not None:
            self._read_now(self.current)
        if self.maximized is not None:  # chosen in the zoomed list: read it in the usual layout
            self.minimize()
        self.query_one(ReadingPane).focus()

    # Panels drive the pane ---------------------------------------------------------------------

    @on(QuotesPanel.Chosen)
    def _quote_chosen(self, event: QuotesPanel.Chosen) -> None:
        self.show_quote(event.quote)

    def show_quote(self, quote: Quote) -> None:
        """The quote marked in the article and scrolled to; the Quotes cursor is remembered for the article."""
        self._mark([(quote.start, quote.end)], quote.start)
        if self.current is not None:
            self.state_of(self.current).quote = self.query_one(QuotesPanel).highlighted

    def _reach_quote(self, start: int, end: int) -> None:
        """A quote reached from elsewhere (a search result, a saved quote): marked in the article, and the Quotes
        cursor on it, remembered for the article."""
        self._mark([(start, end)], start)
        panel = self.query_one(QuotesPanel)
        at = next((i for i, q in enumerate(panel.quotes) if (q.start, q.end) == (start, end)), None)
        if at is not None:
            panel.highlighted = at
            if self.current is not None:
                self.state_of(self.current).quote = at

    @on(OptionList.OptionHighlighted, "#quotes")
    def _quote_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.current is None:
            return
        self.state_of(self.current).quote = event.option_index
        panel = self.query_one(QuotesPanel)
        quote = panel.selected
        if quote is not None and self.focused is panel:  # not when an article opens: it opens at its top
            self._mark([(quote.start, quote.end)], quote.start)

    @on(SpeakersPanel.Chosen)
    def _speaker_chosen(self, event: SpeakersPanel.Chosen) -> None:
        self.show_speaker(event.speaker)

    def show_speaker(self, speaker: Speaker) -> None:
        """The Quotes panel narrowed to one speaker of the article, their mentions marked (the panel's enter, a
        speaker result, the palette's go to speaker)."""
        if self.current is None:
            return
        state = self.state_of(self.current)
        state.speaker = speaker.name
        state.quote = 0
        self._show_quotes(self.current, self.analysis_of(self.current), speaker.name)
        mentions = sorted(speaker.mentions)
        self._mark(mentions, mentions[0][0] if mentions else None)
        self.notify(f"Quotes of {speaker.name}: escape shows all", timeout=3, markup=False)

    @on(InitiativesPanel.Chosen)
    def _initiative_chosen(self, event: InitiativesPanel.Chosen) -> None:
        self.show_initiative(self.query_one(InitiativesPanel).highlighted)

    def show_initiative(self, index: int | None) -> None:
        """Step through the mentions of the article's initiative at this index of the Initiatives panel."""
        if self.current is None:
            return
        state = self.state_of(self.current)
        if state.initiative != index:
            state.initiative, state.mention = index, -1
        self.action_step_mention(1)

    def _mark(
        self, spans: list[tuple[int, int]], scroll_to: int | None, current: tuple[int, int] | None = None
    ) -> None:
        if self.current is None:
            return
        self.state_of(self.current).marks = spans
        pane = self.query_one(ReadingPane)
        pane.set_marks(spans, current)
        if scroll_to is not None:
            self.call_after_refresh(pane.scroll_to_offset, scroll_to)

    # Actions -----------------------------------------------------------------------------------

    def action_focus_pane(self, name: str) -> None:
        """Focus moves at once, not after the keys already queued (Widget.focus waits a turn): in "4 j" sent
        in one write, the j is the Quotes panel's."""
        self.set_class(name == "articles", "-list-open")
        if self.maximized is not None:  # another pane: the zoom ends
            self.minimize()
        for widget in self.query(f"#{name}"):
            if widget.focusable:
                self.set_focus(widget)

    def action_cycle(self, step: int) -> None:
        focused = self.focused.id if self.focused else "articles"
        order = [n for n in FOCUS_ORDER if n == "articles" or any(w.display for w in self.query(f"#{n}"))]
        i = order.index(focused) if focused in order else 0
        self.action_focus_pane(order[(i + step) % len(order)])

    def action_step_article(self, step: int) -> None:
        lst = self.query_one(ArticleList)
        if not self.view:
            return
        index = max(0, min(len(self.view) - 1, (lst.highlighted or 0) + step))
        self.go_to(index)  # an explicit step opens at once, however fast the keys come

    def action_copy_quote(self) -> None:
        quote = self.query_one(QuotesPanel).selected
        if quote is None or self.current is None:
            self.notify("No quote selected: choose one in the Quotes panel (4)", severity="warning")
            return
        titles = {s.name: s.title for s in self.analysis_of(self.current).speakers}
        who = quote.speaker or "unattributed"
        if titles.get(who):
            who = f"{who}, {titles[who]}"
        source = " · ".join(x for x in (self.current.outlet, self.current.title) if x)
        words = f"“{quote.text}”" if quote.kind == "direct" else f"(reported) {quote.text}"
        self.app.copy_to_clipboard(f"{words} — {who} ({source})")
        self.notify(f"Copied quote of {quote.speaker or 'unattributed'}", timeout=3, markup=False)

    # Find in article ----------------------------------------------------------------------------

    @property
    def found(self) -> list[tuple[int, int]]:
        """The find bar's matches in the article being read (none before the bar is first opened)."""
        bars = self.query(FindBar)
        return bars.first().matches if bars else []

    @property
    def found_at(self) -> int:
        bars = self.query(FindBar)
        return bars.first().at if bars else -1

    def action_find(self) -> None:
        """The find bar is mounted the first time it is asked for: one widget less to lay out at start."""
        if not self.query(FindBar):
            self.mount(FindBar())
        bar = self.query_one(FindBar)
        bar.search_in(self.current.text if self.current is not None else "")
        self.add_class("-finding")
        self.call_after_refresh(bar.focus)

    @on(FindBar.Found)
    def _found(self, event: FindBar.Found) -> None:
        pane = self.query_one(ReadingPane)
        if event.current is None:
            pane.border_subtitle = ""
            self._mark([], None)
            return
        # the counter stays in sight under the article once the find bar is closed with enter
        pane.border_subtitle = f"find {self.query_one(FindBar).counter} · n/N"
        self._mark(event.matches, event.current[0], event.current)

    @on(FindBar.Done)
    def _find_done(self) -> None:
        self.remove_class("-finding")
        self.query_one(ReadingPane).focus()
        if self.found:
            self.notify(f"{len(self.found)} match(es): n / N to step", timeout=3)

    def _clear_find(self) -> None:
        for bar in self.query(FindBar):
            bar.reset(self.current.text if self.current is not None else "")

    def action_step_mention(self, step: int) -> None:
        if self.current is None:
            return
        if any(bar.step(step) for bar in self.query(FindBar)):
            return
        state = self.state_of(self.current)
        panel = self.query_one(InitiativesPanel)
        index = state.initiative  # one chosen with enter; c (or escape) lets it go
        if index is None or not (0 <= index < len(panel.initiatives)):
            self.step_unread(step)  # nothing found or chosen to step through: newsboat's next unread
            return
        mentions = sorted(panel.initiatives[index].mentions)
        if not mentions:
            return
        state.initiative = index
        state.mention = (state.mention + step) % len(mentions)
        start, end = mentions[state.mention]
        self._mark([(start, end)], start)
        panel.border_subtitle = f"{state.mention + 1}/{len(mentions)}"

    def remember_place(self) -> None:
        """Before following a result, a saved quote or the palette: the article being read, for ctrl+o."""
        if self.current is None:
            return
        here = (self.current.source, self.current.id)
        if not self._back or self._back[-1] != here:
            self._back.append(here)
            del self._back[:-100]
        self._forward.clear()

    def action_jump(self, step: int) -> None:
        """Back (-1) to where the reader was before the last jump, or forward (1) again."""
        take, give = (self._back, self._forward) if step < 0 else (self._forward, self._back)
        while take:
            source, article_id = take.pop()
            index = self._index_in_view(source, article_id)
            if index is None:
                continue  # no longer among the sources
            if self.current is not None:
                give.append((self.current.source, self.current.id))
            self.go_to(index)
            return
        self.notify("Nowhere to go back to" if step < 0 else "Nowhere to go forward to", timeout=2)

    def action_zoom(self) -> None:
        """The focused pane fills the screen (the list's whole titles, the article at full width), or back."""
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            self.maximize(self.focused, container=False)

    def action_clear_filter(self) -> None:
        if self.maximized is not None:  # escape first leaves the zoom
            self.minimize()
            return
        if self.current is None:
            return
        state = self.state_of(self.current)
        state.speaker, state.marks = None, []
        self.query_one(ReadingPane).border_subtitle = ""
        state.initiative, state.mention = None, -1  # n no longer steps through an initiative's mentions
        if self.query("#initiatives"):
            panel = self.query_one(InitiativesPanel)
            panel.border_subtitle = str(len(panel.initiatives))
        self._clear_find()
        self.remove_class("-finding")
        self._show_quotes(self.current, self.analysis_of(self.current), None)
        self.query_one(ReadingPane).set_marks([])
        self.set_class(False, "-list-open")

    # Search ------------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def build_indexes(self) -> None:
        """The four scopes' indexes, off the UI thread: the ones stored in the cache for the corpus as it stands
        (nothing analysed or indexed, docs read as queries need them), else built from every article's analysis
        and stored for the next reader, the next session and `newsdesk search`."""
        from tui.library import diskindex
        from tui.library.search import index_views
        from tui.library.store import sqlite_of

        assert self.library is not None
        cache = sqlite_of(self.library.cache)
        state = diskindex.corpus_state(diskindex.VIEW_SCOPES, self.sources, self.max_bytes) if cache else None
        keys, stamps = state if state is not None else (None, None)
        complete = self.loaded
        articles = list(self.articles)
        if cache is not None and keys is not None and stamps is not None:
            stored = diskindex.open_views(cache, keys)
            if stored is not None:
                self.related = stored[1]
                self.app.call_from_thread(setattr, self, "indexes", stored[0])
                return
            stale = diskindex.open_stale_views(cache, keys, stamps, self.max_bytes) if complete else None
            if stale is not None:  # a few files changed since the stored views: theirs laid over, not all again
                self._lay_over(stale[0], stale[1], stale[2], articles)
                return

        def counted() -> Iterator[tuple[Article, Analysis]]:
            for n, pair in enumerate(self.library.pairs(articles), 1):  # type: ignore[union-attr]
                if n % 500 == 0:
                    self.index_progress = (n, len(articles))  # read by the search screen as it waits
                yield pair

        self.index_progress = (0, len(articles))
        indexes, related = index_views(counted())
        self.index_progress = (len(articles), len(articles))
        self.related = related
        self.app.call_from_thread(setattr, self, "indexes", indexes)
        if cache is not None and keys is not None and complete and articles:
            with cache.writer() as writer:  # the reader's connection stays free for a watched file meanwhile
                diskindex.save_views(writer, keys, indexes, related, len(articles), stamps, self.max_bytes)

    def _lay_over(
        self, base: Mapping[str, DiskIndex], related: Related, paths: set[str], articles: list[Article]
    ) -> None:
        """Stored views a few files out of date, with those files' articles laid over them (in the index worker)."""
        from tui.library.corpus import changed_sources
        from tui.library.diskindex import LayeredRelated
        from tui.library.search import LayeredIndex, corpus_views

        assert self.library is not None
        library = self.library
        sources = {source for source, _ in changed_sources(paths, self.sources).values()}  # removed files too
        new = [a for a in articles if a.source in sources]
        docs, views = corpus_views((a, library.analysis(a)) for a in new)
        self.related = LayeredRelated(related, sources, views)
        layered = {scope: LayeredIndex.over(index, sources, docs[scope]) for scope, index in base.items()}
        self.app.call_from_thread(setattr, self, "indexes", layered)

    @work(thread=True, group="index-patch", exit_on_error=False)
    def patch_indexes(self, sources: set[str], new: list[Article]) -> None:
        """The search indexes with the changed files' articles laid over them (tui.library.search.LayeredIndex):
        only those articles are analysed and indexed."""
        from tui.library.search import LayeredIndex, corpus_views

        base, library = self.indexes, self.library
        if base is None or library is None:
            return
        docs, _ = corpus_views((a, library.analysis(a)) for a in new)
        patched: dict[str, SearchIndex | LayeredIndex] = {
            scope: LayeredIndex.over(index, sources, docs[scope]) for scope, index in base.items()
        }
        self.app.call_from_thread(self._indexes_patched, base, patched, sources, new)

    def _indexes_patched(
        self,
        base: dict[str, SearchIndex | LayeredIndex],
        patched: dict[str, SearchIndex | LayeredIndex],
        sources: set[str],
        new: list[Article],
    ) -> None:
        if self.indexes is base:
            self.indexes = patched
        elif self.indexes is not None:  # another change (or a rebuild) came first: this one laid over that
            self.patch_indexes(sources, new)

    def rebuild_index(self, why: str) -> None:
        """A stored index found damaged (and forgotten): built again from the articles in memory, and stored."""
        self.notify(f"{why}: building it again", severity="warning", markup=False)
        self.indexes = None
        self.related = {}
        self.build_indexes()

    def action_speaker_everywhere(self) -> None:
        """The highlighted speaker's quotes across the corpus: a search by them, which the search screen runs."""
        panel = self.query_one(SpeakersPanel)
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

        by_key = self._by_key
        if by_key is None or by_key[0] is not self.articles:
            by_key = self._by_key = (self.articles, {(a.source, a.id): a for a in self.articles})
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
            if hit.initiative:
                self.initiative_of(hit.name, akey)
            else:
                self.profile_of(hit.name, akey)
            return
        index = self._index_in_view(hit.doc.source, hit.doc.article_id)
        if index is None:
            return
        self.remember_place()
        self.go_to(index)
        if self.current is None:
            return
        analysis = self.analysis_of(self.current)
        if hit.doc.scope == "quotes" and hit.doc.start >= 0:
            self._reach_quote(hit.doc.start, hit.doc.end)
        elif hit.doc.scope == "speakers" and hit.doc.speaker:
            speaker = next((s for s in analysis.speakers if s.name == hit.doc.speaker), None)
            if speaker is not None:
                self.show_speaker(speaker)
        elif hit.doc.scope == "initiatives":
            panel = self.query_one(InitiativesPanel)
            pos = next((i for i, x in enumerate(panel.initiatives) if hit.doc.text.startswith(x.name)), None)
            if pos is not None:
                panel.highlighted = pos
                self.show_initiative(pos)
        self.query_one(ReadingPane).focus()

    def action_problems(self) -> None:
        from tui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.problems))

    # Reading state -----------------------------------------------------------------------------

    def _index_in_view(self, source: str, article_id: str) -> int | None:
        """Where an article sits in the list; a filter that hides it is lifted first."""
        for _ in range(2):
            index = next((i for i, a in enumerate(self.view) if a.id == article_id and a.source == source), None)
            if index is not None or self.filter == "all":
                return index
            self.filter = "all"
            self._show_view()
        return None

    def action_star(self) -> None:
        if self.current is None:
            return
        key = key_of(self.current)
        on = key not in self.starred
        if self.state is not None and not self.state.star(key, on):
            self.notify("Could not save the star: the reading state is not writable", severity="error")
            return
        (self.starred.add if on else self.starred.discard)(key)
        self.query_one(ArticleList).refresh()
        self.notify("Starred" if on else "Star removed", timeout=2)

    def action_save_quote(self) -> None:
        quote = self.query_one(QuotesPanel).selected
        if quote is None or self.current is None:
            self.notify("No quote selected: choose one in the Quotes panel (4)", severity="warning")
            return
        if self.state is None:
            return
        a = self.current
        key = key_of(a)
        if self.state.is_saved(key, quote.start, quote.end):
            if self.state.unsave_quote(key, quote.start, quote.end):
                self.query_one(QuotesPanel).mark_saved(quote, False)
                self.notify("Removed from saved quotes (S saves it again)", timeout=2)
            return
        titles = {s.name: s.title for s in self.analysis_of(a).speakers}
        ok = self.state.save_quote(
            key, title=a.title, source=a.source, outlet=a.outlet,
            published=a.published.isoformat() if a.published else None, speaker=quote.speaker,
            speaker_title=titles.get(quote.speaker or ""), text=quote.text, start=quote.start, end=quote.end,
            kind=quote.kind,
        )  # fmt: skip
        if ok:
            self.query_one(QuotesPanel).mark_saved(quote, True)
            self.notify(
                f"Saved quote of {quote.speaker or 'unattributed'} (w lists saved quotes)", timeout=3, markup=False
            )
        else:
            self.notify("Could not save: the reading state is not writable", severity="error")

    def action_saved(self) -> None:
        from tui.screens.saved import SavedScreen

        if self.state is not None:
            self.app.push_screen(SavedScreen(self.state), self._saved_done)

    def _saved_done(self, quote: SavedQuote | None) -> None:
        if quote is not None and not self._open_at(quote.source, quote.article_id, quote.start, quote.end):
            self.notify("That article is not among the loaded sources", severity="warning")

    def _open_at(self, source: str, article_id: str, start: int, end: int) -> bool:
        """An article opened at a quote reached from elsewhere (a saved quote, a profile, a version), the place
        left remembered for ctrl+o; False when the article is not in the corpus."""
        index = self._index_in_view(source, article_id)
        if index is None:
            return False
        self.remember_place()
        self.go_to(index)
        self._reach_quote(start, end)
        self.query_one(ReadingPane).focus()
        return True

    def _keep_theme(self, theme: str) -> None:
        if self.state is not None:
            self.state.set_setting("theme", theme)

    def action_cycle_filter(self) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]
        if self.state is not None:
            self.state.set_setting("filter", self.filter)
        self._show_view()
        self.notify(f"Showing {self.filter} articles ({len(self.view):,})", timeout=2)

    def action_outlets(self) -> None:
        from tui.screens.outlets import OutletsScreen, outlet_counts

        rows = outlet_counts(self.articles, lambda a: key_of(a) not in self.read)
        self.app.push_screen(OutletsScreen(rows, self.outlet), self._outlet_chosen)

    def _outlet_chosen(self, outlet: str | None) -> None:
        if outlet is None or outlet == self.outlet:
            return
        self.outlet = outlet
        self._show_view()
        if self.view and (self.current is None or self.current not in self.view):
            self.go_to(0)  # the article being read is not this outlet's: its newest opens
        self.notify(f"{outlet or 'All outlets'}: {len(self.view):,} article(s)", timeout=2, markup=False)

    def action_reverse_sort(self) -> None:
        self.reverse = not self.reverse
        if self.state is not None:
            self.state.set_setting("reverse", "1" if self.reverse else "0")
        self._show_view()
        self.notify(f"Sorted by {self.sort}" + (", reversed" if self.reverse else ""), timeout=2)

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        if self.state is not None:
            self.state.set_setting("sort", self.sort)
        self._show_view()
        self.notify(f"Sorted by {self.sort}", timeout=2)

    # Export ------------------------------------------------------------------------------------

    def action_export(self) -> None:
        from tui.screens.export import ExportScreen

        if getattr(self.app, "kiosk", False):
            self.notify("Export is off on this public server", severity="warning")
            return
        if self.state is None:
            return
        speaker = self.state_of(self.current).speaker if self.current is not None else None
        quote = self.query_one(QuotesPanel).selected if self.query("#quotes") else None
        speaker = speaker or (quote.speaker if quote is not None else None)
        root = getattr(self.app, "export_root", None)
        if getattr(self.app, "served", False) and root is None:
            self.notify("Export is off on this server", severity="warning")
            return
        self.app.push_screen(
            ExportScreen(self.current, speaker, len(self.state.saved()), root=root), self._export_chosen
        )

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        if choice is not None:
            self.export(choice)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, choice: ExportChoice) -> None:
        """Render and write off the UI thread: a speaker's quotes read every article's analysis."""
        from tui.library import export as ex

        fmt, path, overwrite = choice.fmt, choice.path, choice.overwrite

        root = getattr(self.app, "export_root", None)  # a remote user's own folder: never show them a server path
        shown = Path(path).name if root is not None else path

        try:
            if choice.what == "article" and self.current is not None:
                text = ex.article_digest(self.current, self.analysis_of(self.current), fmt)
                count = "the digest"
            elif choice.what == "speaker" and choice.speaker:
                name = choice.speaker
                assert self.library is not None
                pairs = self.library.pairs(list(self.articles))
                rows = ex.quote_rows(pairs, speaker=name)
                text, count = ex.quotes_document(rows, fmt, f"Quotes of {name}"), f"{len(rows)} quote(s)"
            else:
                assert self.state is not None
                rows = ex.saved_rows(self.state.saved())
                text, count = ex.quotes_document(rows, fmt, "Saved quotes"), f"{len(rows)} saved quote(s)"
            if root is not None:
                from tui.paths import private_dir

                private_dir(root)
            written = ex.write_new(Path(path), text, overwrite=overwrite)
        except FileExistsError:
            self.app.call_from_thread(self.notify, f"{shown} exists: nothing written", severity="error", markup=False)
            return
        except OSError as exc:
            self.app.call_from_thread(
                self.notify, f"Could not write {shown}: {exc.strerror or 'error'}", severity="error", markup=False
            )
            return
        where = f"your export folder as {written.name}" if root is not None else str(written)
        self.app.call_from_thread(self.notify, f"Exported {count} to {where}", timeout=5, markup=False)

    # Background work: analysis, watching, reloading ---------------------------------------------

    @work(thread=True, exclusive=True, group="analyse-all", exit_on_error=False)
    def analyse_in_background(self) -> None:
        """Analyse what the cache lacks in worker processes, so search and opening are instant later."""
        assert self.library is not None
        lst = self.query_one(ArticleList)

        def progress(done: int, total: int) -> None:
            if done < total:
                text = f"{len(self.view):,} · analysing {done:,}/{total:,}"
                self.app.call_from_thread(setattr, lst, "border_subtitle", text)
            else:
                self.app.call_from_thread(lst.position)  # back to "754 / 17,933"

        try:
            self.library.analyse_all(list(self.articles), jobs=self.jobs, progress=progress)
        except (OSError, RuntimeError) as exc:  # no processes to be had: articles are analysed when opened
            self.app.call_from_thread(self.notify, f"Background analysis stopped: {exc}", severity="warning")
            return
        self.app.call_from_thread(self.build_people)

    # Speakers across the corpus -----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def build_people(self, build: bool = True) -> None:
        """The corpus's identities and shared quotes: the stored ones for the corpus as it stands, else joined
        from every analysis and stored for the next reader (tui.library.peoplestore); with `build` false, only
        the stored ones (the join waits for P or V)."""
        from tui.library.peoplestore import people_of
        from tui.library.store import sqlite_of

        assert self.library is not None
        library, articles, complete = self.library, list(self.articles), self.loaded
        people = people_of(sqlite_of(library.cache), self.sources, self.max_bytes, lambda: library.pairs(articles),
                           complete=complete, build=build)  # fmt: skip
        if people is not None:
            self.app.call_from_thread(self._people_ready, people)

    def _people_ready(self, people: PeopleView) -> None:
        self.people = people
        if self.current is not None and self.query("#quotes") and people.shared_in(key_of(self.current)):
            at = self.query_one(QuotesPanel).highlighted
            quotes = self._show_quotes(
                self.current, self.analysis_of(self.current), self.state_of(self.current).speaker
            )
            if at is not None and at < quotes.option_count:
                quotes.highlighted = at
        then, self._after_people = self._after_people, None
        if then is not None:
            then()

    def _with_people(self, then: Callable[[], None]) -> bool:
        """True when the identities are ready; else they are built and `then` runs when they are."""
        if self.people is not None:
            return True
        self._after_people = then

        def still_waiting() -> None:  # said only when it takes long enough to be noticed (a stored table: not)
            if self.people is None and self._after_people is then:
                self.notify("Joining speakers across the corpus…", timeout=3)

        self.set_timer(0.5, still_waiting)
        self.build_people()
        return False

    def action_profile(self) -> None:
        """The profile of the speaker in hand: the Speakers panel's, else the speaker of the Quotes panel's quote."""
        if self.current is None:
            return
        initiatives = self.query_one(InitiativesPanel)
        if self.focused is initiatives:  # P on an initiative: the initiative across the corpus
            at = initiatives.highlighted
            if at is not None and 0 <= at < len(initiatives.initiatives):
                self.initiative_of(initiatives.initiatives[at].name)
            return
        name = None
        speakers, quotes = self.query_one(SpeakersPanel), self.query_one(QuotesPanel)
        i = speakers.highlighted
        if self.focused is not speakers and quotes.selected is not None:
            name = quotes.selected.speaker
        if name is None and i is not None and 0 <= i < len(speakers.speakers):
            name = speakers.speakers[i].name
        if name is None:
            self.notify("No speaker here: 3 moves to the Speakers panel", timeout=2)
            return
        self.profile_of(name)

    def profile_of(self, name: str, akey: str | None = None, pid: int | None = None) -> None:
        self._open_profile(False, name, akey, pid)

    def initiative_of(self, name: str, akey: str | None = None) -> None:
        self._open_profile(True, name, akey, None)

    def _open_profile(self, initiative: bool, name: str, akey: str | None, ident: int | None) -> None:
        """A speaker's or an initiative's profile: `ident`, else the one an article (`akey`, else the open one)
        means by the name, else the first the name finds."""
        if not self._with_people(lambda: self._open_profile(initiative, name, akey, ident)):
            return
        people = self.people
        assert people is not None
        if akey is None and self.current is not None:
            akey = key_of(self.current)
        if ident is None and akey is not None:
            ident = (people.initiatives_of if initiative else people.speakers_of)(akey).get(name)
        if ident is None:
            found = (people.find_initiative if initiative else people.find)(name)
            ident = found[0]["iid" if initiative else "pid"] if found else None
        profile = None if ident is None else (people.initiative if initiative else people.profile)(ident)
        if profile is None:
            self.notify(f"No profile for {name}", timeout=2, markup=False)
            return
        from tui.screens.profile import InitiativeScreen, ProfileScreen

        self.app.push_screen((InitiativeScreen if initiative else ProfileScreen)(profile), self._place_chosen)

    def action_versions(self) -> None:
        """Every article's version of the highlighted quote, side by side with what differs."""
        quote = self.query_one(QuotesPanel).selected
        if self.current is None or quote is None:
            self.notify("No quote highlighted: 4 moves to the Quotes panel", timeout=2)
            return
        if not self._with_people(self.action_versions):
            return
        assert self.people is not None
        shared = self.people.shared_in(key_of(self.current)).get(quote.start)
        if not shared:
            self.notify("No other article reports this quote", timeout=2)
            return
        from tui.screens.profile import VersionsScreen

        self.app.push_screen(VersionsScreen(self.people.group(shared[0])), self._place_chosen)

    def _place_chosen(self, place: tuple[str, str, int, int] | None) -> None:
        """A quote chosen in a profile or among versions: its article opened there."""
        if place is not None and not self._open_at(*place):
            self.notify("That article is no longer in the corpus", timeout=2)

    def action_reload(self) -> None:
        """Read every source again: feeds fetched anew, changed files re-read, the rest from the cache."""
        self.indexes = None
        self.people = None
        self.notify("Reloading sources…", timeout=2)
        self.load()

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def watch_sources(self) -> None:
        """New, changed and deleted files under the watched sources update the list within a second or two."""
        try:
            from watchfiles import Change, watch
        except ImportError:
            self.app.call_from_thread(self.notify, "--watch needs the watchfiles package", severity="error")
            return

        from tui.library.corpus import file_roots, source_of

        roots = [(p, a) for p, a in file_roots(self.sources) if os.path.exists(a)]
        if not roots:
            return
        if self._stop_watch is not None:
            self._stop_watch.set()  # a reload starts a fresh watch
        stop = threading.Event()
        self._stop_watch = stop
        for changes in watch(*[a for _, a in roots], stop_event=stop, debounce=400, step=100, rust_timeout=1000):
            removed: set[str] = set()
            items: list[Article | LoadProblem] = []
            later: list[Callable[[], None]] = []  # the cache's writes, after the list shows the change
            for change, changed in sorted(changes, key=lambda c: c[1]):
                where = source_of(changed, roots)
                if where is None:
                    continue
                source, fid = where
                removed.add(source)
                if change == Change.deleted or not os.path.isfile(changed):
                    if self.library is not None:
                        self.library.forget(Path(changed))
                    continue
                assert self.library is not None
                items.extend(self.library.read_file(Path(changed), source, fid, self.max_bytes, later=later))
            if removed:
                self.app.call_from_thread(self._files_changed, removed, items)
            for store in later:
                store()

    def _files_changed(self, sources: set[str], items: list[Article | LoadProblem]) -> None:
        kept = [a for a in self.articles if a.source not in sources]
        new = [x for x in items if isinstance(x, Article)]
        self.problems = [p for p in self.problems if p.source not in sources] + [
            x for x in items if isinstance(x, LoadProblem)
        ]
        self.articles = sorted(kept + new, key=Article.sort_key)
        if self.indexes is not None:  # the changed files laid over the index: searchable in a moment, not minutes
            self.patch_indexes(sources, new)
        self.people = None  # and the next P or V joins its speakers again
        reopen: Article | None = None
        if self.current is not None and self.current.source in sources:
            reopen = next((a for a in new if a.id == self.current.id), None)
            if reopen is None:
                self.notify(f"{self.current.title} was removed from its folder", timeout=4, markup=False)
            self.current = None  # a changed article opens anew; a removed one gives way to the list's first
        self._show_view(keep=reopen)
        if reopen is not None:
            index = self._index_in_view(reopen.source, reopen.id)
            if index is not None:
                self.open(index)
        if new:
            self.notify(f"{len(new)} new or changed article(s)", timeout=3)

    def on_unmount(self) -> None:
        if self._stop_watch is not None:
            self._stop_watch.set()
