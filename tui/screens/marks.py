"""The main screen's part for what is marked in the article: a quote, a speaker's mentions, an initiative's
mentions stepped with n/N, find-in-article; and what is done with a quote (copy, save, the saved list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.binding import Binding
from textual.widgets import OptionList

from tui.screens.reader import ReaderBase, settled
from tui.widgets import findbar, panels  # imported on first use (tui.widgets)
from tui.widgets.reading import ReadingPane

if TYPE_CHECKING:
    from tui.analysis import Quote, Speaker
    from tui.library.state import SavedQuote


class MarkActions(ReaderBase):
    BINDINGS = [
        Binding("y", "copy_quote", "Copy quote", id="quote.copy"),
        Binding("n", "step_mention(1)", "Next mention", show=False, id="mention.next"),
        Binding("N", "step_mention(-1)", "Previous mention", show=False, id="mention.previous"),
        Binding("escape,c", "clear_filter", "Clear filter", show=False, id="speaker.clear"),
        Binding("f,ctrl+f", "find", "Find in article", show=False, id="find.open", priority=True),
        Binding("S", "save_quote", "Save quote", show=False, id="quote.save"),
        Binding("w", "saved", "Saved quotes", show=False, id="saved.show"),
    ]

    def on_quotes_panel_chosen(self, event: panels.QuotesPanel.Chosen) -> None:
        self.show_quote(event.quote)

    def show_quote(self, quote: Quote) -> None:
        """The quote marked in the article and scrolled to; the Quotes cursor is remembered for the article."""
        self._mark([(quote.start, quote.end)], quote.start)
        if self.desk.current is not None:
            self.state_of(self.desk.current).quote = self.query_one(panels.QuotesPanel).highlighted

    @on(OptionList.OptionHighlighted, "#quotes")
    def _quote_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.desk.current is None:
            return
        self.state_of(self.desk.current).quote = event.option_index
        panel = self.query_one(panels.QuotesPanel)
        quote = panel.selected
        if quote is not None and self.focused is panel:  # not when an article opens: it opens at its top
            self._mark([(quote.start, quote.end)], quote.start)

    def on_speakers_panel_chosen(self, event: panels.SpeakersPanel.Chosen) -> None:
        self.show_speaker(event.speaker)

    def show_speaker(self, speaker: Speaker) -> None:
        """The Quotes panel narrowed to one speaker of the article, their mentions marked (the panel's enter, a
        speaker result, the palette's go to speaker)."""
        current = self.desk.current
        if current is None:
            return
        state = self.state_of(current)
        state.speaker, state.quote = speaker.name, 0
        self._show_quotes(current, self.analysis_of(current), speaker.name)
        mentions = sorted(speaker.mentions)
        self._mark(mentions, mentions[0][0] if mentions else None)
        self.notify(f"Quotes of {speaker.name}: escape shows all", timeout=3, markup=False)

    def on_initiatives_panel_chosen(self, event: panels.InitiativesPanel.Chosen) -> None:
        self.show_initiative(self.query_one(panels.InitiativesPanel).highlighted)

    def show_initiative(self, index: int | None) -> None:
        """Step through the mentions of the article's initiative at this index of the Initiatives panel."""
        if self.desk.current is None:
            return
        state = self.state_of(self.desk.current)
        if state.initiative != index:
            state.initiative, state.mention = index, -1
        self.action_step_mention(1)

    @settled
    def action_step_mention(self, step: int) -> None:
        if self.desk.current is None or any(bar.step(step) for bar in self.query(findbar.FindBar)):
            return
        state = self.state_of(self.desk.current)
        panel = self.query_one(panels.InitiativesPanel)
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

    @settled
    def action_clear_filter(self) -> None:
        if self.maximized is not None:  # escape first leaves the zoom
            self.minimize()
            return
        current = self.desk.current
        if current is None:
            return
        state = self.state_of(current)
        state.speaker, state.marks = None, []
        self.query_one(ReadingPane).border_subtitle = ""
        state.initiative, state.mention = None, -1  # n no longer steps through an initiative's mentions
        if self.query("#initiatives"):
            panel = self.query_one(panels.InitiativesPanel)
            panel.border_subtitle = str(len(panel.initiatives))
        self._clear_find()
        self.remove_class("-finding")
        self._show_quotes(current, self.analysis_of(current), None)
        self.query_one(ReadingPane).set_marks([])
        self.set_class(False, "-list-open")

    # Find in article ----------------------------------------------------------------------------

    @property
    def found(self) -> list[tuple[int, int]]:
        """The find bar's matches in the article being read (none before the bar is first opened)."""
        bars = self.query(findbar.FindBar)
        return bars.first().matches if bars else []

    @property
    def found_at(self) -> int:
        bars = self.query(findbar.FindBar)
        return bars.first().at if bars else -1

    @settled
    def action_find(self) -> None:
        """The bar (mounted with the side panels, after the first frame) takes focus at once: the letters typed
        after f in the same write are its."""
        if not self.query(findbar.FindBar):
            self.mount(findbar.FindBar())  # f before the panels were mounted
            self.call_after_refresh(self.action_find)
            return
        bar = self.query_one(findbar.FindBar)
        bar.search_in(self.desk.current.text if self.desk.current is not None else "")
        self.add_class("-finding")
        self.set_focus(bar)

    def on_find_bar_found(self, event: findbar.FindBar.Found) -> None:
        pane = self.query_one(ReadingPane)
        if event.current is None:
            pane.border_subtitle = ""
            self._mark([], None)
            return
        # the counter stays in sight under the article once the find bar is closed with enter
        pane.border_subtitle = f"find {self.query_one(findbar.FindBar).counter} · n/N"
        self._mark(event.matches, event.current[0], event.current)

    def on_find_bar_done(self) -> None:
        self.remove_class("-finding")
        self.query_one(ReadingPane).focus()
        if self.found:
            self.notify(f"{len(self.found)} match(es): n / N to step", timeout=3)

    def _clear_find(self) -> None:
        if not self.query("#find"):
            return  # not mounted yet (it comes with the panels): nor is its module to be loaded for this
        for bar in self.query(findbar.FindBar):
            bar.reset(self.desk.current.text if self.desk.current is not None else "")

    # A quote's uses --------------------------------------------------------------------------------

    def _quote_in_hand(self) -> Quote | None:
        quote = self.query_one(panels.QuotesPanel).selected
        if quote is None or self.desk.current is None:
            self.notify("No quote selected: choose one in the Quotes panel (4)", severity="warning")
            return None
        return quote

    @settled
    def action_copy_quote(self) -> None:
        from tui.library.formats import citation

        quote, current = self._quote_in_hand(), self.desk.current
        if quote is None or current is None:
            return
        self.app.copy_to_clipboard(citation(quote, current))
        self.notify(f"Copied quote of {quote.speaker or 'unattributed'}", timeout=3, markup=False)

    @settled
    def action_save_quote(self) -> None:
        quote, current = self._quote_in_hand(), self.desk.current
        if quote is None or current is None or self.state is None:
            return
        saved = self.desk.save_quote(quote)
        if saved is None:
            self.notify("Could not save: the reading state is not writable", severity="error")
            return
        self.query_one(panels.QuotesPanel).mark_saved(quote, saved)
        if saved:
            who = quote.speaker or "unattributed"
            self.notify(f"Saved quote of {who} (w lists saved quotes)", timeout=3, markup=False)
        else:
            self.notify("Removed from saved quotes (S saves it again)", timeout=2)

    def action_saved(self) -> None:
        from tui.screens.saved import SavedScreen

        if self.state is not None:
            self.app.push_screen(SavedScreen(self.state), self._saved_done)

    def _saved_done(self, quote: SavedQuote | None) -> None:
        if quote is not None and not self._open_at(quote.ref):
            self.notify("That article is not among the loaded sources", severity="warning")
