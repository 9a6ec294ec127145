"""What one reader is doing, in plain Python: the articles and their list as filtered and sorted, what is read,
starred and open, where the reader was in each article, and the jump list.

The main screen shows a Desk and sends it the user's wishes; every rule about the list lives here, so it is
tested without a terminal (tests/test_desk.py) and the screen only wires widgets to it.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.articles.model import Article, LoadProblem
from tui.library.rows import Rows
from tui.library.state import article_key
from tui.library.stored import StoredArticle

if TYPE_CHECKING:
    from tui.analysis import Quote
    from tui.library.state import State

FILTERS = ("all", "unread", "starred")
SORTS = ("date", "outlet", "title")
NO_OUTLET = "(no outlet)"  # the outlets list's name for articles without one


def key_of(article: Article) -> str:
    """The reading state's key of an article: its source and id (two folders may share an id)."""
    return article_key(article.source, article.id)


def same(a: Article, b: Article) -> bool:
    """One article across loads (a reload makes new objects): by its source and id."""
    return a.id == b.id and a.source == b.source


def outlet_counts(articles: Iterable[Article], read: set[str]) -> list[tuple[str, int, int]]:
    """(outlet, articles, unread) for each outlet, the most unread first, then by name (one pass)."""
    total: Counter[str] = Counter()
    new: Counter[str] = Counter()
    for a in articles:
        name = a.outlet or NO_OUTLET
        total[name] += 1
        new[name] += key_of(a) not in read
    return sorted(((n, total[n], new[n]) for n in total), key=lambda t: (-t[2], t[0].casefold()))


@dataclass
class ReadState:
    """Where the reader was in one article: kept while moving between articles and resizing."""

    scroll_y: float = 0.0
    quote: int | None = None
    speaker: str | None = None
    initiative: int | None = None
    mention: int = -1
    marks: list[tuple[int, int]] = field(default_factory=list)


class Desk:
    """One reader's articles, list and reading state. `state` is the reading state on disk (None: nothing kept);
    every change to read, starred and the list's settings is written there before it shows."""

    def __init__(self, state: State | None = None) -> None:
        self.state = state
        # every article, newest first: a list, or the row numbers of a folder of a million (tui.library.rows)
        self.articles: Sequence[Article] = []
        self.problems: list[LoadProblem] = []
        self.view: Sequence[Article] = []  # what the list shows: filtered and sorted
        self.filter, self.sort = "all", "date"
        self.reverse = False  # the sort the other way round (oldest first, outlets and titles from Z)
        self.outlet = ""  # the one outlet the list shows ("" for all; NO_OUTLET for those without)
        self.read: set[str] = set()
        self.starred: set[str] = set()
        self.current: Article | None = None
        self.auto_opened = False  # the article open was opened by the reader (the first row), not chosen
        self.loaded = False  # every source read
        self.states: dict[str, ReadState] = {}
        # Where the reader was before following a result (vim's jump list): articles by (source, id), so that a
        # reload or a new sort does not lose them.
        self.back: list[tuple[str, str]] = []
        self.forward: list[tuple[str, str]] = []
        # A folder listed as row numbers: the last order the store worked out (the list it was made from, the
        # sort, way and outlet, the order), so that a worker can make it and the screen show it
        self._order: tuple[Rows, tuple[str, bool, str | None], Rows] | None = None

    # The list ----------------------------------------------------------------------------------------

    def restore(self, read: set[str], starred: set[str], kept: dict[str, str | None]) -> None:
        """The reading state and the list's sort and filter of the last run."""
        self.read, self.starred = read, starred
        self.sort = next((s for s in SORTS if s == kept.get("sort")), self.sort)
        self.filter = next((f for f in FILTERS if f == kept.get("filter")), self.filter)
        self.reverse = kept.get("reverse") == "1"

    def refilter(self) -> Sequence[Article]:
        """The list as it shows: the outlet, the filter (the article being read stays in the unread one), the sort."""
        if isinstance(self.articles, Rows):
            self.view = self._refilter_rows(self.articles)
            return self.view
        view = self.articles
        if self.outlet:
            want = "" if self.outlet == NO_OUTLET else self.outlet
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
            by_date = self.sort == "date"
            undated = [a for a in view if not a.published] if by_date else []
            view = [a for a in view[::-1] if a.published or not by_date] + undated
        self.view = view
        return view

    def _refilter_rows(self, rows: Rows) -> Rows:
        """refilter for a folder listed as row numbers: the outlet and the sort by the store, unread and starred
        by the rows of the read and starred articles' files."""
        folder = rows.folder
        view = self._ordered(rows, self._how())
        if self.filter == "unread":  # the read ones found by their files, not by making every article
            read = set(folder.rows_keyed(self.read, key_of))
            current = self.current
            if isinstance(current, StoredArticle):
                read.discard(current.row)
            view = Rows(folder, array("q", [n for n in view.keys if n not in read]))
        elif self.filter == "starred":
            starred = set(folder.rows_keyed(self.starred, key_of))
            view = Rows(folder, array("q", [n for n in view.keys if n in starred]))
        return view

    def _how(self) -> tuple[str, bool, str | None]:
        """The sort, the way it runs and the outlet (None: all; "": those without), as the store orders them."""
        return self.sort, self.reverse, None if not self.outlet else "" if self.outlet == NO_OUTLET else self.outlet

    def _remembered(self, rows: Rows, how: tuple[str, bool, str | None]) -> Rows | None:
        """The order last worked out, when it is this list's in this sort, way and outlet."""
        got = self._order
        return got[2] if got is not None and got[0] is rows and got[1] == how else None

    def _ordered(self, rows: Rows, how: tuple[str, bool, str | None]) -> Rows:
        if how == ("date", False, None):
            return rows
        got = self._remembered(rows, how)
        if got is not None:
            return got
        view = Rows(rows.folder, rows.folder.order(*how))
        self._order = (rows, how, view)
        return view

    def order_work(self) -> Callable[[], None] | None:
        """For a folder listed as row numbers whose sort or outlet the store has to work out (a second or two at
        a million articles; one it kept is read in milliseconds): that work, for a worker to do, after which
        refilter finds it done. None when refilter is quick."""
        rows, how = self.articles, self._how()
        if not isinstance(rows, Rows) or how == ("date", False, None):
            return None
        if self._remembered(rows, how) is not None or rows.folder.kept(*how):
            return None

        def work() -> None:
            self._ordered(rows, how)

        return work

    def find(self, source: str, article_id: str) -> Article | None:
        """An article of the corpus by its source and id (a search result's), or None."""
        if isinstance(self.articles, Rows):
            return next((a for a in self.articles.folder.rows_of(source) if a.id == article_id), None)
        return next((a for a in self.articles if a.id == article_id and a.source == source), None)

    def label(self) -> str:
        """The list's title: what narrows or orders it."""
        parts = (self.outlet, self.filter if self.filter != "all" else "",
                 f"by {self.sort}" if self.sort != "date" else "", "reversed" if self.reverse else "")  # fmt: skip
        shown = [x for x in parts if x]
        return "Articles" + (" · " + " · ".join(shown) if shown else "")

    def row_to_keep(self, keep: Article | None) -> tuple[Article | None, int | None]:
        """The article to stay on after the list changed and its row (None: not listed): `keep`, else the one
        being read, unless the reader opened that on its own (then the first row of a list still growing)."""
        keep = keep or self.current
        view = self.view
        if keep is None or (self.auto_opened and view and not same(view[0], keep)):
            return None, None
        if isinstance(view, Rows):
            return keep, view.find(keep)
        return keep, next((i for i, a in enumerate(view) if same(a, keep)), None)

    def index_of(self, source: str, article_id: str) -> int | None:
        """Where an article sits in the list; a filter that hides it is lifted first."""
        for _ in range(2):
            if isinstance(self.view, Rows):
                found = self.find(source, article_id)
                index = self.view.find(found) if found is not None else None
            else:
                index = next((i for i, a in enumerate(self.view) if a.id == article_id and a.source == source), None)
            if index is not None or self.filter == "all":
                return index
            self.filter = "all"
            self.refilter()
        return None

    def is_open(self, article: Article) -> bool:
        """Whether `article` is the one being read: the same object, or in a list of row numbers (which makes
        equal articles anew as they scroll by) the same row."""
        c = self.current
        return c is not None and (
            article is c
            or (isinstance(article, StoredArticle) and isinstance(c, StoredArticle) and 0 <= article.row == c.row)
        )

    def position(self, article: Article, near: int | None = None) -> int | None:
        """The row of the list an article is on (looked for from `near` outwards), or None."""
        view = self.view
        if isinstance(view, Rows):
            return view.find(article)
        return next((i for i in self.near(near) if view[i] is article), None)

    def near(self, index: int | None) -> Iterator[int]:
        """The list's rows from `index` outwards (the article asked for is nearly always the one at the cursor)."""
        n = len(self.view)
        at = index if index is not None and 0 <= index < n else 0
        yield from (i for i in (at, at - 1, at + 1) if 0 <= i < n)
        yield from range(n)

    def _setting(self, name: str, value: str) -> None:
        if self.state is not None:
            self.state.set_setting(name, value)

    # The list's settings: each refilters unless told not to (the screen then refilters once the store has
    # worked out the order, apart: order_work)

    def cycle_filter(self, relist: bool = True) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]
        self._setting("filter", self.filter)
        if relist:
            self.refilter()

    def empty_reason(self, keys: Callable[[str], str]) -> str:
        """Why the list shows nothing once every source is read, with the keys that change it (`keys` gives a
        binding's keys as the user has them)."""
        if not self.articles:
            problems = f": {len(self.problems):,} could not be read ({keys('problems.show')})" if self.problems else ""
            return f"No articles in these sources{problems}."
        narrowed = f"{self.filter} " if self.filter != "all" else ""
        within = f" from {self.outlet}" if self.outlet else ""
        return (
            f"No {narrowed}articles{within}, of {len(self.articles):,} in all. "
            f"{keys('list.filter')}: all, unread or starred; {keys('list.outlets')}: outlets."
        )

    def showing(self) -> str:
        return f"Showing {self.filter} articles ({len(self.view):,})"

    def cycle_sort(self, relist: bool = True) -> str:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._setting("sort", self.sort)
        if relist:
            self.refilter()
        return f"Sorted by {self.sort}"

    def flip_sort(self, relist: bool = True) -> str:
        self.reverse = not self.reverse
        self._setting("reverse", "1" if self.reverse else "0")
        if relist:
            self.refilter()
        return f"Sorted by {self.sort}" + (", reversed" if self.reverse else "")

    def outlets(self) -> list[tuple[str, int, int]]:
        if isinstance(self.articles, Rows):
            return self.outlets_work()()
        return outlet_counts(self.articles, self.read)

    def outlets_work(self) -> Callable[[], list[tuple[str, int, int]]]:
        """The outlets and their counts for a folder listed as row numbers, as work a worker may do (a second at a
        million articles): counted by the store, the read ones found by their files, as they are now."""
        assert isinstance(self.articles, Rows)
        folder, keys = self.articles.folder, set(self.read)

        def work() -> list[tuple[str, int, int]]:
            total = {o or NO_OUTLET: c for o, c in folder.outlet_counts().items()}
            read = Counter(a.outlet or NO_OUTLET for a in folder.rows_keyed(keys, key_of).values())
            return sorted(((n, total[n], total[n] - read[n]) for n in total), key=lambda t: (-t[2], t[0].casefold()))

        return work

    def choose_outlet(self, outlet: str, relist: bool = True) -> None:
        self.outlet = outlet
        if relist:
            self.refilter()

    # Read and starred --------------------------------------------------------------------------------

    def is_read(self, article: Article) -> bool:
        return key_of(article) in self.read

    def mark_read(self, article: Article, read: bool = True) -> bool:
        """True when the mark changed (then written to the reading state before it shows)."""
        key = key_of(article)
        if (key in self.read) == read:
            return False
        if self.state is not None:
            (self.state.mark_read if read else self.state.mark_unread)(key)
        (self.read.add if read else self.read.discard)(key)
        return True

    def all_read(self) -> int | None:
        """Every article in the list as it shows marked read, in one write: how many; None when not writable."""
        keys = [key_of(a) for a in self.view if key_of(a) not in self.read]
        if keys and self.state is not None and not self.state.mark_read_many(keys):
            return None
        self.read.update(keys)
        return len(keys)

    def next_unread(self, at: int | None, step: int) -> int | None:
        """The next unread article below (step 1) or above (-1) the row `at`."""
        at = at if at is not None else -1
        order = range(at + 1, len(self.view)) if step > 0 else range(at - 1, -1, -1)
        return next((i for i in order if key_of(self.view[i]) not in self.read), None)

    def toggle_star(self, article: Article) -> bool | None:
        """The article starred (True) or not (False) now; None when the reading state is not writable."""
        key = key_of(article)
        on = key not in self.starred
        if self.state is not None and not self.state.star(key, on):
            return None
        (self.starred.add if on else self.starred.discard)(key)
        return on

    # Reading -----------------------------------------------------------------------------------------

    def state_of(self, article: Article) -> ReadState:
        return self.states.setdefault(key_of(article), ReadState())

    def remember_place(self) -> None:
        """Before following a result, a saved quote or the palette: the article being read, for ctrl+o."""
        if self.current is None:
            return
        here = (self.current.source, self.current.id)
        if not self.back or self.back[-1] != here:
            self.back.append(here)
            del self.back[:-100]
        self.forward.clear()

    def jump(self, step: int) -> int | None:
        """The row to go back (-1) to where the reader was before the last jump, or forward (1) again."""
        take, give = (self.back, self.forward) if step < 0 else (self.forward, self.back)
        while take:
            index = self.index_of(*take.pop())
            if index is None:
                continue  # no longer among the sources
            if self.current is not None:
                give.append((self.current.source, self.current.id))
            return index
        return None

    def save_quote(self, quote: Quote) -> bool | None:
        """The quote saved (True) or, when it was, unsaved (False); None when the reading state is not writable.
        The speaker's title in the article (the quote carries it) is kept with it."""
        a = self.current
        if self.state is None or a is None:
            return None
        key = key_of(a)
        if self.state.is_saved(key, quote.start, quote.end):
            return False if self.state.unsave_quote(key, quote.start, quote.end) else None
        ok = self.state.save_quote(
            key, title=a.title, source=a.source, outlet=a.outlet,
            published=a.published.isoformat() if a.published else None, speaker=quote.speaker,
            speaker_title=quote.speaker_title, text=quote.text, start=quote.start, end=quote.end, kind=quote.kind,
        )  # fmt: skip
        return True if ok else None

    def saved_spans(self, article: Article) -> set[tuple[int, int]]:
        return self.state.saved_spans(key_of(article)) if self.state is not None else set()

    # Files that changed ------------------------------------------------------------------------------

    def files_changed(
        self, sources: set[str], items: list[Article | LoadProblem], order: array[int] | None = None
    ) -> tuple[list[Article], Article | None, Article | None]:
        """Files under `sources` changed, were added or went: their new articles and problems replace the old.
        Returns the new articles, and when the article being read changed, its new version or (when it went)
        the article itself; either way it is no longer current: it opens anew, or the list's first does.
        `order`: a folder of row numbers' order as the store gives it now, worked out by the caller apart."""
        new = [x for x in items if isinstance(x, Article)]
        self.problems = [p for p in self.problems if p.source not in sources] + [
            x for x in items if isinstance(x, LoadProblem)
        ]
        if isinstance(self.articles, Rows):  # the files are stored by now: the store lists them anew
            folder = self.articles.folder
            folder.forget()
            self.articles = Rows(folder, order if order is not None else folder.order())
            new = [a for x in new if (a := self.find(x.source, x.id)) is not None]  # as the store lists them
        else:
            kept = [a for a in self.articles if a.source not in sources]
            self.articles = sorted(kept + new, key=Article.sort_key)
        reopen = gone = None
        current = self.current
        if current is not None and current.source in sources:
            reopen = next((a for a in new if a.id == current.id), None)
            gone = current if reopen is None else None
            self.current = None
        return new, reopen, gone

    def analysis_failed(self, article: Article, why: str) -> None:
        """An article whose analysis raised is listed with the sources' problems (p), once."""
        if not any(p.source == article.source and p.reason == why for p in self.problems):
            self.problems = [*self.problems, LoadProblem(article.source, why)]
