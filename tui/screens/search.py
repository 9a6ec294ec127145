"""The search screen: type, and the results follow every keystroke.

Scopes by prefix: none for quotes, `@` speakers, `#` initiatives, `:` articles.
Queries run in an exclusive thread worker; a result for a query that is no
longer the one typed is dropped. ↑/↓ in the input recall earlier queries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from tui.library.diskindex import CorruptIndex
from tui.library.search import Doc, Hit, Hits, LayeredIndex, SearchIndex, related_key
from tui.library.state import article_key
from tui.paths import history_path, private_dir, replace_file
from tui.screens.dialog import Dialog

if TYPE_CHECKING:
    from tui.library.diskindex import Related
    from tui.library.peoplestore import PeopleView

PREFIXES = {"@": "speakers", "#": "initiatives", ":": "articles"}
HISTORY_MAX = 200


def load_history() -> list[str]:
    path = history_path()
    if path is None:
        return []
    try:
        return [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()][-HISTORY_MAX:]
    except (OSError, UnicodeDecodeError):
        return []


def save_history(history: list[str]) -> None:
    """Best effort: a read-only home must not break searching. 0600 in a 0700 folder."""
    path = history_path()
    if path is None:
        return
    try:
        private_dir(path.parent)
        replace_file(path, ("\n".join(history[-HISTORY_MAX:]) + "\n").encode("utf-8"), mode=0o600)
    except OSError:
        pass


def split_scope(value: str) -> tuple[str, str]:
    value = value.lstrip()
    if value[:1] in PREFIXES:
        return PREFIXES[value[0]], value[1:]
    return "quotes", value


@dataclass(frozen=True)
class ProfileWanted:
    """P on a result: the profile of its speaker (or initiative), as the result's article names them."""

    name: str
    source: str
    article_id: str
    initiative: bool = False


def one_per_person(hits: Hits | list[Hit], people: PeopleView) -> tuple[Hits, dict[int, dict[str, Any]]]:
    """Speaker results folded to one a person, at the place of their best-ranked name ("Mr Blair on Sunday"
    and "Earlier Tony Blair" are Tony Blair), with each person's summary by result index."""
    out: list[Hit] = []
    persons: dict[int, dict[str, Any]] = {}
    seen: set[int] = set()
    names: dict[str, dict[str, int]] = {}
    for h in hits:
        akey = article_key(h.doc.source, h.doc.article_id)
        if akey not in names:
            names[akey] = people.speakers_of(akey)
        pid = names[akey].get(h.doc.speaker or "")
        if pid is not None and pid in seen:
            continue
        summary = people.summary(pid) if pid is not None else None
        if pid is not None and summary is not None:
            seen.add(pid)
            persons[len(out)] = summary
        out.append(h)
    if isinstance(hits, Hits):
        gone = len(hits) - len(out)
        return Hits(out, hits.total - gone, hits.more, hits.undated, hits.unread), persons
    return Hits(out), persons


def person_row(person: dict[str, Any], doc: Doc) -> Text:
    """A person among the speaker results: their name and title, how much they said, the name it matched."""
    row = Text(person["name"], style="bold", overflow="fold")
    if person["titles"]:
        row.append(f" — {person['titles'][0]}")
    n = person["quotes"] + person["reported"]
    row.append(f"  {n:,} quote{'' if n == 1 else 's'}, {person['articles']:,} article{'s'[: person['articles'] != 1]}",
               style="bold dim")  # fmt: skip
    variants = [v for v in person["variants"] if v != person["name"]][:4]
    row.append("\n" + " · ".join(x for x in ("also " + ", ".join(variants) if variants else "", doc.title) if x),
               style="dim")  # fmt: skip
    return row


class SearchScreen(Dialog[Hit | ProfileWanted | None]):
    BINDINGS = [
        Binding("escape", "dismiss_none", "Back", id="search.close"),
        Binding("P", "profile", "Speaker profile", show=False, id="search.profile"),
        Binding("tab", "focus_results", "Results", show=False, id="search.results"),
        Binding("ctrl+n", "move(1)", "Next result", show=False, id="search.next"),
        Binding("ctrl+p", "move(-1)", "Previous result", show=False, id="search.previous"),
    ]

    def __init__(
        self,
        indexes: Callable[[], dict[str, SearchIndex | LayeredIndex] | None],
        related: Callable[[], Mapping[str, list[Doc]] | Related] | None = None,
        initial: str = "",
        people: Callable[[], PeopleView | None] | None = None,
        progress: Callable[[], tuple[int, int] | None] | None = None,
        context: Callable[[Doc], Text | None] | None = None,
        rebuild: Callable[[str], None] | None = None,
    ) -> None:
        """`context`: a quote's paragraph, the quote marked, shown under the results as the cursor moves."""
        super().__init__()
        self.context = context or (lambda _doc: None)
        self.rebuild = rebuild or (lambda _why: None)  # a stored index found damaged: build it again, say why
        self.indexes = indexes
        self.progress = progress or (lambda: None)
        self.related = related or dict
        self.people = people or (lambda: None)  # once speakers are joined: one result a person (@)
        self.persons: dict[int, dict[str, Any]] = {}  # result index -> the person's summary
        self.initial = initial
        self.hits: list[Hit] = []
        self.in_view = False  # showing a speaker's or initiative's corpus-wide view, not the query's results
        self.history = load_history()
        self.history_pos = len(self.history)

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(
                value=self.initial,
                placeholder="search quotes · @speakers · #initiatives · :articles",
                id="search-input",
            )
            yield Static("", id="search-status")
            yield OptionList(id="search-results")
            yield Static("", id="search-context")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.run_query(self.initial)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.run_query(event.value)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_query(self, value: str) -> None:
        indexes = self.indexes()
        if indexes is None:
            got = self.progress()
            if got and got[1] and got[0] >= got[1]:
                done = f" {got[1]:,} articles read, building the index"
            else:
                done = f" {got[0]:,} of {got[1]:,} articles read" if got and got[1] else ""
            self.app.call_from_thread(
                self._status, f"indexing the corpus…{done} · results will appear when it is ready"
            )
            self.app.call_from_thread(self._again_soon, value)
            return
        scope, text = split_scope(value)
        try:
            hits = indexes[scope].search(text, limit=50) if text.strip() else []
        except CorruptIndex as exc:  # the reader builds it again; the query runs by itself once it is ready
            self.app.call_from_thread(self.rebuild, str(exc))
            self.app.call_from_thread(self._again_soon, value)
            return
        persons: dict[int, dict[str, Any]] = {}
        people = self.people() if scope == "speakers" else None
        if people is not None and hits:
            hits, persons = one_per_person(hits, people)
        self.app.call_from_thread(self._show, value, scope, hits, len(indexes[scope]), persons)

    def _again_soon(self, value: str) -> None:
        """Ask again while the index is being built, so the results come up once it is ready, untyped."""
        if self.is_attached:
            self.set_timer(0.2, lambda: self.run_query(value) if value == self.query_one(Input).value else None)

    def _status(self, text: str) -> None:
        """Plain text: statuses carry speaker names and queries, which are never markup."""
        self.query_one("#search-status", Static).update(Text(text))

    def _show(
        self, value: str, scope: str, hits: list[Hit], size: int, persons: dict[int, dict[str, Any]] | None = None
    ) -> None:
        if value != self.query_one(Input).value:
            return  # a newer query is on its way: drop this stale one
        self.hits = hits
        self.persons = persons or {}
        self.in_view = False
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        for i, h in enumerate(hits):
            person = self.persons.get(i)
            if person is not None:  # the person, not the name one article gave them
                results.add_option(Option(person_row(person, h.doc)))
                continue
            row = Text(h.doc.text, overflow="fold")
            for s, e in h.spans:
                row.stylize("bold reverse", s, e)
            if scope == "speakers":
                # how much they said across the corpus: their quotes, and the articles those come from
                related = self.related()
                rkey = related_key(h.doc) or ""
                n = related.count(rkey) if hasattr(related, "count") else len(related.get(rkey) or [])
                if n:
                    row.append(f"  {n:,} quote{'' if n == 1 else 's'}", style="bold dim")
            if scope == "articles":
                # the title is the row itself: under it the outlet and the body's opening, not the title again
                who = " · ".join(x for x in (h.doc.outlet, " ".join(h.doc.extra[:140].split())) if x)
            else:
                who = " · ".join(x for x in (h.doc.speaker if scope == "quotes" else "", h.doc.title) if x)
            date = h.doc.day  # the article's own date, as the list and the pane show it
            row.append("\n" + " · ".join(x for x in (who, date) if x), style="dim")
            results.add_option(Option(row))
        if hits:
            results.highlighted = 0
        shown = (
            (hits.counted() if isinstance(hits, Hits) else f"{len(hits)} result(s)")
            if value.strip()
            else "type to search"
        )
        more = " · tab, P: profile" if hits and scope in ("speakers", "quotes", "initiatives") else ""
        if self.persons:
            more = " · enter: profile"
        self._status(f"{scope} · {size:,} searchable · {shown}{more}")

    def action_profile(self) -> None:
        """The highlighted result's speaker across the corpus (their profile), from the results list."""
        index = self.query_one("#search-results", OptionList).highlighted
        if index is None or not (0 <= index < len(self.hits)):
            return
        doc = self.hits[index].doc
        if doc.speaker and doc.scope in ("speakers", "quotes"):
            self.dismiss(ProfileWanted(doc.speaker, doc.source, doc.article_id))
        elif doc.scope == "initiatives":  # its name as the article gives it: the text without "(ACRONYM)"
            name = doc.text.rsplit(" (", 1)[0] if doc.text.endswith(")") else doc.text
            self.dismiss(ProfileWanted(name, doc.source, doc.article_id, initiative=True))

    def action_dismiss_none(self) -> None:
        """Escape: out of a speaker's or initiative's corpus view back to the results, else out of search."""
        if self.in_view:
            self.in_view = False
            self.run_query(self.query_one(Input).value)
            self.query_one(Input).focus()
            return
        self.dismiss(None)

    def action_focus_results(self) -> None:
        self.query_one("#search-results").focus()

    def action_move(self, step: int) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            results.highlighted = max(0, min(results.option_count - 1, (results.highlighted or 0) + step))

    def on_key(self, event) -> None:  # noqa: ANN001 - Textual's Key event
        """↑/↓ in the input walk the query history."""
        inp = self.query_one(Input)
        if self.focused is not inp or event.key not in ("up", "down") or not self.history:
            return
        event.stop()
        event.prevent_default()
        step = -1 if event.key == "up" else 1
        self.history_pos = max(0, min(len(self.history), self.history_pos + step))
        inp.value = self.history[self.history_pos] if self.history_pos < len(self.history) else ""
        inp.cursor_position = len(inp.value)

    @on(Worker.StateChanged)
    def _search_failed(self, event: Worker.StateChanged) -> None:
        """A query that raised is said in the status line; the search screen stays (exit_on_error=False)."""
        if event.state == WorkerState.ERROR:
            self._status(f"this search stopped ({type(event.worker.error).__name__}); change the query to try again")

    @on(OptionList.OptionHighlighted, "#search-results")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        """The highlighted quote in its paragraph: what was said around it, before opening the article."""
        i = event.option_index
        doc = self.hits[i].doc if 0 <= i < len(self.hits) else None
        text = self.context(doc) if doc is not None and doc.scope == "quotes" and doc.start >= 0 else None
        box = self.query_one("#search-context", Static)
        box.update(text or "")
        box.display = text is not None

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        self._choose(self.query_one("#search-results", OptionList).highlighted)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        value = self.query_one(Input).value.strip()
        if value and (not self.history or self.history[-1] != value):
            self.history.append(value)
            save_history(self.history)
        if index is None or not (0 <= index < len(self.hits)):
            return
        hit = self.hits[index]
        if index in self.persons and not self.in_view:  # a person: their profile, every quote of theirs
            self.dismiss(ProfileWanted(hit.doc.speaker or "", hit.doc.source, hit.doc.article_id))
            return
        key = related_key(hit.doc)
        view = self.related().get(key or "")
        if view:
            self._corpus_view(hit.doc, view)
        else:
            self.dismiss(hit)

    def _corpus_view(self, doc: Doc, view: list[Doc]) -> None:
        """A speaker's quotes across the corpus, or every article naming an initiative."""
        self.in_view = True
        what = "quotes of" if doc.scope == "speakers" else "articles naming"
        hits = [Hit(d, 100.0) for d in view]
        self.hits = hits
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        for h in hits:
            row = Text(h.doc.text, overflow="fold")
            row.append("\n" + " · ".join(x for x in (h.doc.outlet, h.doc.title) if x), style="dim")
            results.add_option(Option(row))
        results.highlighted = 0
        results.focus()
        name = doc.speaker if doc.scope == "speakers" else doc.text
        more = " · P: profile" if doc.scope in ("speakers", "initiatives") else ""
        self._status(f"all {what} {name} · {len(hits)} · enter opens{more} · escape returns")
