"""The main screen: article list, reading pane, and the speakers, quotes and initiatives panels.

It is put together from parts, one per concern (tui.screens.reader names them); what it keeps is the layout,
loading, and opening an article where the list's cursor rests. What the reader is doing (the list, read and
starred, where they were in each article) is its Desk's (tui.library.desk), plain Python tested without it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Static

from tui.articles.model import Article, LoadProblem
from tui.keys import key_hints, live_keymap
from tui.library.desk import Desk
from tui.screens.corpus_work import CorpusWork
from tui.screens.list_actions import ListActions
from tui.screens.marks import MarkActions
from tui.screens.panes import PaneActions
from tui.screens.searching import SearchActions
from tui.widgets import findbar, panels  # imported on first use (tui.widgets)
from tui.widgets.article_list import ArticleList
from tui.widgets.reading import ReadingPane

if TYPE_CHECKING:  # the analysis rules, the search index and the find bar load after the first paint
    from tui.analysis import Analysis
    from tui.library.corpus import Library
    from tui.library.rows import Folder
    from tui.library.state import State


class MainScreen(PaneActions, ListActions, MarkActions, SearchActions, CorpusWork):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    FIRST_PART_WAIT = 0.15  # seconds the first frame waits for the loader's first articles (see on_mount)
    READ_AFTER = 1.5  # seconds an article the cursor moved to stays open before it counts as read

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
        self.desk = Desk(state)
        self._open_timer: Timer | None = None
        self._read_timer = None
        self.indexes = None
        self.related = {}
        self.people = None
        self.index_progress = None
        self._last_open = 0.0
        self._first_part: asyncio.Future[MainScreen.Loaded] | None = None
        self._parts = self._shown_part = 0

    def set_breakpoint_classes(self, width: int) -> None:
        """The class Textual sets on the first Resize, set before the first layout (the same rule)."""
        for least, name in sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True):
            if width >= least:
                self.add_class(name)
                return

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

    async def on_mount(self) -> None:
        """Start the loader, then wait a moment (FIRST_PART_WAIT at most) for its first articles, so that the
        first frame painted shows the first one: painting an empty frame first cost a whole layout and paint
        before the title (and the loader's thread waited for the UI's)."""
        self.query_one(ArticleList).border_subtitle = "loading…"
        self._panels_asked = False
        loop = asyncio.get_running_loop()
        self._first_part = loop.create_future()
        self.load()  # at once: waiting for the next refresh left the event loop idle for up to a frame
        self.call_after_refresh(self._initial_focus)
        try:
            first = await asyncio.wait_for(self._first_part, self.FIRST_PART_WAIT)
        except TimeoutError:
            return
        self._shown_part = first.part  # it and the parts posted before it are shown: their messages are not
        self._loaded(first.articles, first.problems, first.done)

    def _ask_for_panels(self) -> None:
        """The side panels are mounted once the first article is on screen: its title comes sooner."""
        if not self._panels_asked:
            self._panels_asked = True
            self.call_after_refresh(self._mount_panels)

    async def _mount_panels(self) -> None:
        side = [
            panels.SpeakersPanel(id="speakers"),
            panels.QuotesPanel(id="quotes"),
            panels.InitiativesPanel(id="initiatives"),
        ]
        await self.query_one("#side").mount_all(side)
        if not self.query(findbar.FindBar):
            await self.mount(findbar.FindBar())  # hidden until f: ready to take focus at once
        current = self.desk.current
        if current is not None and self.query(panels.SpeakersPanel):  # none when the reader quit meanwhile
            self._show_panels(current, self._ready_analysis(current))

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
        self.desk.state = self.state
        return self.library, self.state

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        """Read every source off the UI thread (unchanged files from the cache), showing the list as it grows."""
        library, state = self._open_library()
        read, starred = state.read_keys(), state.starred_keys()
        kept = {name: state.setting(name) for name in ("sort", "filter", "theme", "reverse")}
        self.app.call_from_thread(self._state_loaded, read, starred, [*library.notices, *state.notices], kept)
        folder = library.stored_folder(self.sources)
        if folder is not None:
            self._load_rows(library, folder)
            return
        from tui.library.listing import Listing

        listing = Listing()  # each story once, newest first, corrected as the walk finds files changed or gone
        for batch in library.load_listed_first(self.sources, max_bytes=self.max_bytes):
            listing.add(batch)
            self._post(self.Loaded(listing.articles(), list(listing.problems), False))  # the loader goes on
        self._post(self.Loaded(listing.articles(), listing.problems, True))  # in order after the parts
        duplicates = listing.duplicates
        if duplicates:
            self.app.call_from_thread(
                self.notify,
                f"{duplicates:,} article(s) whose title and text repeat another's are listed once",
                timeout=5,
            )

    def _post(self, loaded: MainScreen.Loaded) -> None:
        """Post a part of the corpus; the first with articles (or the last) also goes to on_mount, waiting."""
        self._parts += 1
        loaded.part = self._parts
        fut = self._first_part
        if fut is not None and not fut.done() and (loaded.articles or loaded.done):

            def hand(fut: asyncio.Future[MainScreen.Loaded] = fut) -> None:
                if not fut.done():  # not timed out (cancelled) meanwhile
                    fut.set_result(loaded)

            fut.get_loop().call_soon_threadsafe(hand)
        self.post_message(loaded)

    def _load_rows(self, library: Library, folder: Folder) -> None:
        """A folder of VIRTUAL_FROM stored articles or more, listed as row numbers: the store's list at once,
        then the walk checks every file against the store and, when any changed, the list is made again."""
        from tui.library.corpus import LISTED_FIRST
        from tui.library.rows import Rows

        self._post(self.Loaded(Rows(folder, folder.order(limit=LISTED_FIRST)), [], False))  # at once
        problems = folder.problems()
        rows = Rows(folder, folder.order())
        self._post(self.Loaded(rows, problems, False))
        changed, met = library.check_folder(self.sources[0], folder, self.max_bytes)
        if changed:
            problems, rows = folder.problems(), Rows(folder, folder.order())
        self._post(self.Loaded(rows, [*problems, *met], True))

    class Loaded(Message):
        """A part of the corpus, posted from the loader thread without waiting for the screen. (Messages here
        are plain classes: each dataclass made at import is a fraction of a millisecond of the reader's start.)"""

        def __init__(self, articles: Sequence[Article], problems: list[LoadProblem], done: bool, part: int = 0) -> None:
            super().__init__()
            self.articles, self.problems, self.done = articles, problems, done
            self.part = part  # in the order posted

    def on_main_screen_loaded(self, message: MainScreen.Loaded) -> None:
        if message.part <= self._shown_part:
            return  # shown before the first frame (on_mount), or older than what was
        self._loaded(message.articles, message.problems, message.done)

    def _state_loaded(
        self, read: set[str], starred: set[str], notices: list[str], kept: dict[str, str | None] | None = None
    ) -> None:
        kept = kept or {}
        self.desk.restore(read, starred, kept)  # the sort and filter of the last run, and its theme below
        theme = kept.get("theme")
        if theme and not getattr(self.app, "_start_theme", None) and theme in self.app.available_themes:
            self.app.theme = theme
        self.watch(self.app, "theme", self._keep_theme, init=False)
        for notice in notices:
            self.notify(notice, severity="warning", timeout=8, markup=False)

    def _loaded(self, articles: Sequence[Article], problems: list[LoadProblem], done: bool) -> None:
        self.desk.articles, self.desk.problems = articles, problems
        self.desk.loaded = done
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
            self.say_empty()
            self._ask_for_panels()

    # Opening articles --------------------------------------------------------------------------

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

    def _analysis_failed(self, article: Article, why: str) -> None:
        """The article reads on with empty panels; the problem is listed (p) with the source's problems."""
        self.desk.analysis_failed(article, why)
        self.notify("This article could not be analysed: p lists why", severity="warning", timeout=5)

    def _analysed(self, article: Article) -> None:
        desk = self.desk
        if desk.current is not None and desk.current.id == article.id:
            self.state_of(article).scroll_y = self.query_one(ReadingPane).scroll_y
            desk.current = None  # open again, this time with its analysis; read or not as the first open decided
            index = desk.view.index(article) if article in desk.view else 0
            self.open(index, article, auto=desk.auto_opened, again=True)

    @on(ReadingPane.Scrolled)
    def _scrolled(self) -> None:
        if self.desk.current is not None:
            self._read_now(self.desk.current)

    def open(
        self, index: int, article: Article | None = None, *, auto: bool = False, skim: bool = False, again: bool = False
    ) -> None:
        """Open an article; `auto`: the reader chose it (the first row while loading), not the user; `skim`: the
        list's cursor passed over it, so it counts as read only once it has been open READ_AFTER seconds or
        scrolled (newsboat's habit: moving past an article is not reading it)."""
        desk = self.desk
        if article is None:
            if not (0 <= index < len(desk.view)):
                return
            article = desk.view[index]
        if desk.is_open(article):
            return  # already open (moving the cursor opened it): keep where the reader is
        desk.auto_opened = auto
        pane = self.query_one(ReadingPane)
        if desk.current is not None:
            self.state_of(desk.current).scroll_y = pane.scroll_y
        desk.current = article
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
        self.query_one(panels.SpeakersPanel).show(analysis)
        quotes = self._show_quotes(article, analysis, state.speaker)
        if state.quote is not None and state.quote < quotes.option_count:
            quotes.highlighted = state.quote
        self.query_one(panels.InitiativesPanel).show(analysis)
        if analysis is None:
            for panel in self.query("#side OptionList"):
                panel.border_subtitle = "analysing…"

    @on(ArticleList.Highlighted)
    def _list_moved(self, event: ArticleList.Highlighted) -> None:
        self._highlighted(event.index)

    def _highlighted(self, index: int) -> None:
        """Open at once; when keys repeat faster than a frame, open only where the cursor comes to rest."""
        self.settle(open_it=False)  # a cursor move replaces the open still put off
        view = self.desk.view
        if not view or index >= len(view) or self.desk.is_open(view[index]):
            return
        now = time.monotonic()
        if now - self._last_open < 0.1:
            self._open_timer = self.set_timer(0.08, self.settle)
        else:
            self.open(index, skim=True)
        self._last_open = now

    def settle(self, open_it: bool = True) -> None:
        """The article under the list's cursor opened now, if it is not: the open put off while keys repeat, or
        not yet asked for (a terminal's keys of one write are handled before the list's messages). So a key that
        acts on the open article, sent with the moves ("j j s" over SSH), acts on the one the cursor came to."""
        timer, self._open_timer = self._open_timer, None
        if timer is not None:
            timer.stop()
        # while loading, only an open put off: a reload's first parts may not hold the open article yet
        if not open_it or (timer is None and not self.desk.loaded):
            return
        index, view = self.query_one(ArticleList).highlighted, self.desk.view
        if index is not None and 0 <= index < len(view):
            self.open(index, skim=True)  # nothing when it is the open one

    @on(ArticleList.Selected)
    def _article_selected(self, event: ArticleList.Selected) -> None:
        self.set_class(False, "-list-open")
        if self.desk.current is not None:
            self._read_now(self.desk.current)
        if self.maximized is not None:  # chosen in the zoomed list: read it in the usual layout
            self.minimize()
        self.query_one(ReadingPane).focus()

    def _keep_theme(self, theme: str) -> None:
        if self.state is not None:
            self.state.set_setting("theme", theme)
