"""The main screen: article list, reading pane, and the speakers, quotes and initiatives panels."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Region
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import OptionList, Static

from tui.articles.model import Article, LoadProblem
from tui.widgets.article_list import ArticleList
from tui.widgets.panels import InitiativesPanel, QuotesPanel, SpeakersPanel
from tui.widgets.reading import ReadingPane

if TYPE_CHECKING:  # the analysis rules, the search index and the find bar load after the first paint
    from textual.widgets import Input

    from tui.analysis import Analysis
    from tui.library.search import Doc, Hit, SearchIndex

KEY_HINTS = (
    "[b]/[/] search  [b]1-5[/] panes  [b]\\[ ][/] article  [b]y[/] copy  [b]?[/] keys  [b]^p[/] commands  [b]q[/] quit"
)
FOCUS_ORDER = ("articles", "pane", "speakers", "quotes", "initiatives")


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
    ]

    def __init__(self, sources: list[str], *, max_bytes: int) -> None:
        super().__init__()
        self.sources = sources
        self.max_bytes = max_bytes
        self.articles: list[Article] = []
        self.problems: list[LoadProblem] = []
        self.read: set[str] = set()
        self.states: dict[str, ReadState] = {}
        self.analyses: dict[str, Analysis] = {}
        self.current: Article | None = None
        self._open_timer: Timer | None = None
        self.indexes: dict[str, SearchIndex] | None = None
        self.related: dict[str, list[Doc]] = {}
        self.found: list[tuple[int, int]] = []  # in-article find matches
        self.found_at = -1
        self._last_open = 0.0

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield ArticleList(id="articles")
            yield ReadingPane(id="pane")
            yield Vertical(id="side")  # its panels are mounted right after the first frame
        # One line of hints: far cheaper to lay out than a Footer of key widgets, and fits 80 columns.
        yield Static(KEY_HINTS, id="keybar", markup=True)

    def on_mount(self) -> None:
        self.query_one(ArticleList).border_subtitle = "loading…"
        self.call_after_refresh(self._mount_panels)
        self.call_after_refresh(self._initial_focus)
        self.call_after_refresh(self.load)  # the first frame goes out before the loader competes for the GIL

    async def _mount_panels(self) -> None:
        """The side panels join once the list and the article are up: the first frame comes sooner."""
        panels = [SpeakersPanel(id="speakers"), QuotesPanel(id="quotes"), InitiativesPanel(id="initiatives")]
        await self.query_one("#side").mount_all(panels)
        if self.current is not None:
            self._show_panels(self.current, self.analyses.get(self.current.id))

    def _initial_focus(self) -> None:
        # Narrow terminals hide the list until asked for (1): read first there.
        self.query_one("#pane" if self.has_class("-narrow") else "#articles").focus()

    # Loading -----------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Read every source off the UI thread, showing the list as it grows."""
        from tui.articles import iter_load

        articles: list[Article] = []
        problems: list[LoadProblem] = []
        shown = 0
        for item in iter_load(self.sources, max_bytes=self.max_bytes):
            if isinstance(item, Article):
                articles.append(item)
            else:
                problems.append(item)
            if len(articles) - shown >= 2000:
                shown = len(articles)
                self.app.call_from_thread(self._loaded, sorted(articles, key=Article.sort_key), list(problems), False)
        self.app.call_from_thread(self._loaded, sorted(articles, key=Article.sort_key), problems, True)

    def _loaded(self, articles: list[Article], problems: list[LoadProblem], done: bool) -> None:
        current = self.current.id if self.current else None
        self.articles, self.problems = articles, problems
        lst = self.query_one(ArticleList)
        lst.show(articles, self.read)
        if current is not None:
            index = next((i for i, a in enumerate(articles) if a.id == current), 0)
            lst.set_reactive(ArticleList.highlighted, index)
            lst.scroll_to_region(Region(0, index * 2, 1, 2), animate=False)
            lst.refresh()
        elif articles:
            lst.highlighted = 0
        if done and self.indexes is not None and len(self.indexes["articles"]) != len(articles):
            self.indexes = None  # indexed while loading: the next search indexes the whole corpus
        if not done:
            lst.border_subtitle = f"loading… {len(articles):,}"
        elif problems:
            self.notify(f"{len(problems)} source(s) could not be read: press p to see them", severity="warning")
        if done and not articles:
            self.query_one(ReadingPane).show(None, None)

    # Opening articles --------------------------------------------------------------------------

    def analysis_of(self, article: Article) -> Analysis:
        a = self.analyses.get(article.id)
        if a is None:
            from tui.analysis import analyze

            a = self.analyses[article.id] = analyze(article)
        return a

    @work(thread=True, exclusive=True, group="analyse")
    def _analyse_first(self, article: Article) -> None:
        """The first article's analysis, off the UI thread: its rules take longer to load than to run."""
        self.analysis_of(article)
        self.app.call_from_thread(self._analysed, article)

    def _analysed(self, article: Article) -> None:
        if self.current is not None and self.current.id == article.id:
            pane = self.query_one(ReadingPane)
            self.state_of(article).scroll_y = pane.scroll_y
            self.current = None  # open again, this time with its analysis
            self.open(self.articles.index(article) if article in self.articles else 0, article)

    def state_of(self, article: Article) -> ReadState:
        return self.states.setdefault(article.id, ReadState())

    def open(self, index: int, article: Article | None = None) -> None:
        if article is None:
            if not (0 <= index < len(self.articles)):
                return
            article = self.articles[index]
        pane = self.query_one(ReadingPane)
        if self.current is not None:
            self.state_of(self.current).scroll_y = pane.scroll_y
        self.current = article
        self.found, self.found_at = [], -1
        analysis: Analysis | None
        if article.id in self.analyses or "tui.analysis.attribution" in sys.modules:
            analysis = self.analysis_of(article)
        else:
            analysis = None  # paint the text now, the analysis a moment later
            self._analyse_first(article)
        state = self.state_of(article)
        if article.id not in self.read:
            self.read.add(article.id)
            self.query_one(ArticleList).mark_read(index)
        pane.show(article, analysis, state.marks, state.scroll_y)
        if self.query("#speakers"):
            self._show_panels(article, analysis)
        self.sub_title = article.title

    def _show_panels(self, article: Article, analysis: Analysis | None) -> None:
        state = self.state_of(article)
        self.query_one(SpeakersPanel).show(analysis)
        quotes = self.query_one(QuotesPanel)
        quotes.show(analysis, state.speaker)
        if state.quote is not None and state.quote < quotes.option_count:
            quotes.highlighted = state.quote
        self.query_one(InitiativesPanel).show(analysis)
        if analysis is None:
            for panel in self.query("#side OptionList"):
                panel.border_subtitle = "analysing…"

    @on(ArticleList.Highlighted)
    def _article_highlighted(self, event: ArticleList.Highlighted) -> None:
        """Open at once; when keys repeat faster than a frame, open only where the cursor comes to rest."""
        if not self.articles or (self.current is not None and self.articles[event.index].id == self.current.id):
            return
        if self._open_timer is not None:
            self._open_timer.stop()
            self._open_timer = None
        now = time.monotonic()
        if now - self._last_open < 0.1:
            self._open_timer = self.set_timer(0.08, lambda: self.open(event.index))
        else:
            self.open(event.index)
        self._last_open = now

    @on(ArticleList.Selected)
    def _article_selected(self, event: ArticleList.Selected) -> None:
        self.set_class(False, "-list-open")
        self.query_one(ReadingPane).focus()

    # Panels drive the pane ---------------------------------------------------------------------

    @on(QuotesPanel.Chosen)
    def _quote_chosen(self, event: QuotesPanel.Chosen) -> None:
        self._mark([(event.quote.start, event.quote.end)], event.quote.start)
        if self.current is not None:
            self.state_of(self.current).quote = self.query_one(QuotesPanel).highlighted

    @on(OptionList.OptionHighlighted, "#quotes")
    def _quote_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.current is not None:
            self.state_of(self.current).quote = event.option_index

    @on(SpeakersPanel.Chosen)
    def _speaker_chosen(self, event: SpeakersPanel.Chosen) -> None:
        if self.current is None:
            return
        state = self.state_of(self.current)
        state.speaker = event.speaker.name
        state.quote = 0
        self.query_one(QuotesPanel).show(self.analysis_of(self.current), event.speaker.name)
        mentions = sorted(event.speaker.mentions)
        self._mark(mentions, mentions[0][0] if mentions else None)
        self.notify(f"Quotes of {event.speaker.name}: escape shows all", timeout=3, markup=False)

    @on(InitiativesPanel.Chosen)
    def _initiative_chosen(self, event: InitiativesPanel.Chosen) -> None:
        if self.current is None:
            return
        state = self.state_of(self.current)
        index = self.query_one(InitiativesPanel).highlighted
        if state.initiative != index:
            state.initiative, state.mention = index, -1
        self.action_step_mention(1)

    def _mark(self, spans: list[tuple[int, int]], scroll_to: int | None) -> None:
        if self.current is None:
            return
        self.state_of(self.current).marks = spans
        pane = self.query_one(ReadingPane)
        pane.set_marks(spans)
        if scroll_to is not None:
            self.call_after_refresh(pane.scroll_to_offset, scroll_to)

    # Actions -----------------------------------------------------------------------------------

    def action_focus_pane(self, name: str) -> None:
        self.set_class(name == "articles", "-list-open")
        for widget in self.query(f"#{name}"):
            widget.focus()

    def action_cycle(self, step: int) -> None:
        focused = self.focused.id if self.focused else "articles"
        order = [n for n in FOCUS_ORDER if n == "articles" or any(w.display for w in self.query(f"#{n}"))]
        i = order.index(focused) if focused in order else 0
        self.action_focus_pane(order[(i + step) % len(order)])

    def action_step_article(self, step: int) -> None:
        lst = self.query_one(ArticleList)
        if not self.articles:
            return
        index = max(0, min(len(self.articles) - 1, (lst.highlighted or 0) + step))
        lst.highlighted = index
        self.open(index)  # an explicit step opens at once, however fast the keys come

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
        self.app.copy_to_clipboard(f"“{quote.text}” — {who} ({source})")
        self.notify(f"Copied quote of {quote.speaker or 'unattributed'}", timeout=3, markup=False)

    # Find in article ----------------------------------------------------------------------------

    def action_find(self) -> None:
        """The find bar is mounted the first time it is asked for: one widget less to lay out at start."""
        from textual.widgets import Input

        if not self.query("#find"):
            self.mount(Input(placeholder="find in this article (enter keeps the matches; n/N step)", id="find"))
        self.add_class("-finding")
        self.call_after_refresh(lambda: self.query_one("#find", Input).focus())

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "find":
            return
        needle = event.value.casefold()
        self.found, self.found_at = [], -1
        if self.current is not None and needle.strip():
            hay = self.current.text.casefold()
            i = hay.find(needle)
            while i >= 0 and len(self.found) < 10000:
                self.found.append((i, i + len(needle)))
                i = hay.find(needle, i + len(needle))
        self.found_at = 0 if self.found else -1
        self._show_found()

    def _show_found(self) -> None:
        find = self.query_one("#find")
        if not self.found:
            find.border_title = "no match" if find.value.strip() else ""  # type: ignore[attr-defined]
            self._mark([], None)
            return
        find.border_title = f"{self.found_at + 1}/{len(self.found)}"
        start = self.found[self.found_at][0]
        self._mark(self.found, start)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "find":
            return
        self.remove_class("-finding")
        self.query_one(ReadingPane).focus()
        if self.found:
            self.notify(f"{len(self.found)} match(es): n / N to step", timeout=3)

    def action_step_mention(self, step: int) -> None:
        if self.current is None:
            return
        if self.found:
            self.found_at = (self.found_at + step) % len(self.found)
            self._show_found()
            return
        state = self.state_of(self.current)
        panel = self.query_one(InitiativesPanel)
        index = state.initiative if state.initiative is not None else panel.highlighted
        if index is None or not (0 <= index < len(panel.initiatives)):
            return
        mentions = sorted(panel.initiatives[index].mentions)
        if not mentions:
            return
        state.initiative = index
        state.mention = (state.mention + step) % len(mentions)
        start, end = mentions[state.mention]
        self._mark([(start, end)], start)
        panel.border_subtitle = f"{state.mention + 1}/{len(mentions)}"

    def action_clear_filter(self) -> None:
        if self.current is None:
            return
        state = self.state_of(self.current)
        state.speaker, state.marks = None, []
        self.found, self.found_at = [], -1
        self.remove_class("-finding")
        self.query_one(QuotesPanel).show(self.analysis_of(self.current))
        self.query_one(ReadingPane).set_marks([])
        self.set_class(False, "-list-open")

    # Search ------------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index")
    def build_indexes(self) -> None:
        """Analyse every article (cached) and index all four scopes, off the UI thread."""
        from tui.library.search import SearchIndex, corpus_views

        articles = list(self.articles)
        pairs = [(a, self.analysis_of(a)) for a in articles]
        docs, related = corpus_views(pairs)
        indexes = {scope: SearchIndex(d) for scope, d in docs.items()}
        self.related = related
        self.app.call_from_thread(setattr, self, "indexes", indexes)

    def action_search(self) -> None:
        from tui.screens.search import SearchScreen

        if self.indexes is None:
            self.build_indexes()
        self.app.push_screen(SearchScreen(lambda: self.indexes, lambda: self.related), self._search_done)

    def _search_done(self, hit: Hit | None) -> None:
        """Open the article of the chosen result and mark what was found; nothing changes on escape."""
        if hit is None:
            return
        index = next(
            (i for i, a in enumerate(self.articles) if a.id == hit.doc.article_id and a.source == hit.doc.source), None
        )
        if index is None:
            return
        lst = self.query_one(ArticleList)
        lst.highlighted = index
        self.open(index)
        if self.current is None:
            return
        analysis = self.analysis_of(self.current)
        if hit.doc.scope == "quotes" and hit.doc.start >= 0:
            self._mark([(hit.doc.start, hit.doc.end)], hit.doc.start)
            quotes = self.query_one(QuotesPanel)
            pos = next((i for i, q in enumerate(quotes.quotes) if q.start == hit.doc.start), None)
            if pos is not None:
                quotes.highlighted = pos
        elif hit.doc.scope == "speakers" and hit.doc.speaker:
            speaker = next((s for s in analysis.speakers if s.name == hit.doc.speaker), None)
            if speaker is not None:
                self._speaker_chosen(SpeakersPanel.Chosen(speaker))
        elif hit.doc.scope == "initiatives":
            panel = self.query_one(InitiativesPanel)
            pos = next((i for i, x in enumerate(panel.initiatives) if hit.doc.text.startswith(x.name)), None)
            if pos is not None:
                panel.highlighted = pos
                self._initiative_chosen(InitiativesPanel.Chosen(panel.initiatives[pos]))
        self.query_one(ReadingPane).focus()

    def action_problems(self) -> None:
        from tui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.problems))
