"""The main screen's part for work across the corpus, off the UI thread: analysis in the background, the
speakers joined across articles (profiles, a quote's versions), export, and watching and reloading the sources."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work
from textual.binding import Binding

from tui.articles.model import Article, LoadProblem
from tui.library.desk import key_of
from tui.library.rows import Rows
from tui.screens.reader import ReaderBase, settled
from tui.widgets import panels  # imported on first use (tui.widgets)
from tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from array import array

    from tui.library.export import ExportChoice
    from tui.library.peoplestore import PeopleView
    from tui.library.state import QuoteRef


class CorpusWork(ReaderBase):
    BINDINGS = [
        Binding("p", "problems", "Problems", show=False, id="problems.show"),
        Binding("e", "export", "Export", show=False, id="export.open"),
        Binding("r", "reload", "Reload sources", show=False, id="sources.reload"),
        Binding("P", "profile", "Speaker profile", show=False, id="speaker.profile"),
        Binding("V", "versions", "Quote versions", show=False, id="quote.versions"),
    ]

    _after_people: Callable[[], None] | None = None  # what P or V asked for while the speakers were joined
    watch_started = False  # the watches are set: a file changed from now on is reported

    @work(thread=True, exclusive=True, group="analyse-all", exit_on_error=False)
    def analyse_in_background(self) -> None:
        """Analyse what the cache lacks in worker processes, so search and opening are instant later."""
        assert self.library is not None
        lst = self.query_one(ArticleList)

        def progress(done: int, total: int) -> None:
            if done < total:
                text = f"{len(self.desk.view):,} · analysing {done:,}/{total:,}"
                self.app.call_from_thread(setattr, lst, "border_subtitle", text)
            else:
                self.app.call_from_thread(lst.position)  # back to "754 / 17,933"

        try:
            self.library.analyse_all(self.desk.articles, jobs=self.jobs, progress=progress)
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
        library, articles, complete = self.library, self.desk.articles, self.desk.loaded
        people = people_of(
            sqlite_of(library.cache), self.sources, self.max_bytes,
            complete=complete, build=build, articles=lambda: articles, pairs_of=library.pairs, apart=True,
        )  # fmt: skip
        if people is not None:
            self.app.call_from_thread(self._people_ready, people)

    def _people_ready(self, people: PeopleView) -> None:
        self.people = people
        current = self.desk.current
        if current is not None and self.query("#quotes") and people.shared_in(key_of(current)):
            at = self.query_one(panels.QuotesPanel).highlighted
            quotes = self._show_quotes(current, self.analysis_of(current), self.state_of(current).speaker)
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

    @settled
    def action_profile(self) -> None:
        """The profile of the speaker in hand: the Speakers panel's, else the speaker of the Quotes panel's quote."""
        if self.desk.current is None:
            return
        initiatives = self.query_one(panels.InitiativesPanel)
        if self.focused is initiatives:  # P on an initiative: the initiative across the corpus
            at = initiatives.highlighted
            if at is not None and 0 <= at < len(initiatives.initiatives):
                self.initiative_of(initiatives.initiatives[at].name)
            return
        name = None
        speakers, quotes = self.query_one(panels.SpeakersPanel), self.query_one(panels.QuotesPanel)
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
        if akey is None and self.desk.current is not None:
            akey = key_of(self.desk.current)
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

    @settled
    def action_versions(self) -> None:
        """Every article's version of the highlighted quote, side by side with what differs."""
        quote = self.query_one(panels.QuotesPanel).selected
        if self.desk.current is None or quote is None:
            self.notify("No quote highlighted: 4 moves to the Quotes panel", timeout=2)
            return
        if not self._with_people(self.action_versions):
            return
        assert self.people is not None
        shared = self.people.shared_in(key_of(self.desk.current)).get(quote.start)
        if not shared:
            self.notify("No other article reports this quote", timeout=2)
            return
        from tui.screens.profile import VersionsScreen

        self.app.push_screen(VersionsScreen(self.people.group(shared[0])), self._place_chosen)

    def _place_chosen(self, place: QuoteRef | None) -> None:
        """A quote chosen in a profile or among versions: its article opened there."""
        if place is not None and not self._open_at(place):
            self.notify("That article is no longer in the corpus", timeout=2)

    # Export ------------------------------------------------------------------------------------

    @settled
    def action_export(self) -> None:
        from tui.screens.export import ExportScreen

        if getattr(self.app, "kiosk", False):
            self.notify("Export is off on this public server", severity="warning")
            return
        if self.state is None:
            return
        current = self.desk.current
        speaker = self.state_of(current).speaker if current is not None else None
        quote = self.query_one(panels.QuotesPanel).selected if self.query("#quotes") else None
        speaker = speaker or (quote.speaker if quote is not None else None)
        root = getattr(self.app, "export_root", None)
        if getattr(self.app, "served", False) and root is None:
            self.notify("Export is off on this server", severity="warning")
            return
        self.app.push_screen(ExportScreen(current, speaker, len(self.state.saved()), root=root), self._export_chosen)

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        if choice is not None:
            self.export(choice)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, choice: ExportChoice) -> None:
        """Render and write off the UI thread: a speaker's quotes read every article's analysis."""
        from tui.library.export import export

        assert self.library is not None
        root = getattr(self.app, "export_root", None)  # a remote user's own folder: never show them a server path
        ok, said = export(choice, self.library, self.desk.articles, self.desk.current, self.state, root)
        if ok:
            self.app.call_from_thread(self.notify, said, timeout=5, markup=False)
        else:
            self.app.call_from_thread(self.notify, said, severity="error", markup=False)

    # Sources: problems, reloading, watching ------------------------------------------------------

    def action_problems(self) -> None:
        from tui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.desk.problems))

    def action_reload(self) -> None:
        """Read every source again: feeds fetched anew, changed files re-read, the rest from the cache."""
        self.indexes = None
        self.people = None
        self.notify("Reloading sources…", timeout=2)
        self.load()

    @work(exclusive=True, group="watch", exit_on_error=False)
    async def watch_sources(self) -> None:
        """New, changed and deleted files under the watched sources update the list within a second or two.
        Exclusive: a reload's watch cancels the one before, and cancelling stops watchfiles' thread."""
        from tui.library.watching import changes

        assert self.library is not None
        self.watch_started = False
        try:
            async for changed in changes(self.library, self.sources, self.max_bytes, self._watch_started):
                # the cache's writes after the list shows the change; before it when the store makes the list
                rows = self.desk.articles
                order = None
                if isinstance(rows, Rows):
                    await asyncio.to_thread(changed.store)
                    order = await asyncio.to_thread(rows.folder.order)  # at a million rows, not on the UI thread
                self._files_changed(changed.sources, changed.items, order)
                if not isinstance(rows, Rows):
                    await asyncio.to_thread(changed.store)
        except ImportError:
            self.notify("--watch needs the watchfiles package", severity="error")

    def _watch_started(self) -> None:
        self.watch_started = True

    def _files_changed(
        self, sources: set[str], items: list[Article | LoadProblem], order: array[int] | None = None
    ) -> None:
        new, reopen, gone = self.desk.files_changed(sources, items, order)
        if self.indexes is not None:  # the changed files laid over the index: searchable in a moment, not minutes
            self.patch_indexes(sources, new)
        self.people = None  # and the next P or V joins its speakers again
        if gone is not None:
            self.notify(f"{gone.title} was removed from its folder", timeout=4, markup=False)
        self._show_view(keep=reopen)
        if reopen is not None:
            index = self._index_of(reopen.source, reopen.id)
            if index is not None:
                self.open(index)
        if new:
            self.notify(f"{len(new)} new or changed article(s)", timeout=3)
