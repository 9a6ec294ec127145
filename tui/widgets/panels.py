"""The side panels: speakers, quotes and initiatives of the article being read.

Each is an OptionList (a handful to a few hundred rows per article) that posts
its own message when the user chooses a row; the screen wires them to the pane.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.visual import RulesMap
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.widgets.wrap import line_count

if TYPE_CHECKING:  # not imported before the first frame: the analysis package digests its code at import
    from tui.analysis import Analysis, Initiative, Quote, Speaker


class Panel(OptionList):
    """Vim keys and g/G on every panel. Rows are set in one call (one measure, one layout), and the side panels'
    scrollbar is always there (overflow-y: scroll in the styles): rows are measured at the width they are shown
    at whether or not they overflow, so a wrapped row never loses its last line (the first quote's "— speaker")."""

    _shown: list[Text] | None = None
    _lines_done: tuple[int, int, Size] | None = None  # (rows, lines, size) when the lines were last brought up to date

    def show_rows(self, rows: list[Text]) -> None:
        """The panel's rows; the same rows as shown already (no initiatives in this article either) are not
        measured and drawn again: the cursor goes back to the top and that is all."""
        if rows == self._shown:
            self.highlighted = 0 if rows else None
            self.scroll_to(y=0, animate=False, immediate=True)
            return
        self._shown = rows
        self.set_options([Option(row) for row in rows])

    # New rows change the virtual size, and Textual's virtual_size lays out the whole screen when it changes
    # (45 ms a key on the bulk corpus). The panel's own size is fixed; OptionList calls _scroll_update after
    # setting it, which asks for a layout only when a scrollbar that may come and go does.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def _update_lines(self) -> None:
        """OptionList's own, with each new row's height counted from its plain text: Textual makes a Content of
        every row and wraps it with its styles only to count its lines (a third of a keystroke's panel work on
        an article with many quotes); the count is the same (`row_height`, tested against Textual's).

        Textual asks for this before every line it draws; when no row, line or size has changed since the last
        time, there is nothing to do (working out the content region alone cost about 1 ms a keystroke)."""
        line_cache = self._line_cache
        lines = line_cache.lines
        done = (len(self.options), len(lines), self.size)
        if lines and done == self._lines_done:
            return
        region = self.scrollable_content_region
        if not region:
            return
        next_index = lines[-1][0] + 1 if lines else 0
        width = region.width - self._get_left_gutter_width()
        if next_index < len(self.options):
            padding = self.get_component_styles("option-list--option").padding
            rules = cast(RulesMap, self.styles)
            for index, option in enumerate(self.options[next_index:], next_index):
                line_cache.index_to_line[index] = len(lines)
                height = row_height(option.prompt, width - padding.width, rules)
                if height is None:
                    height = self._get_visual(option).get_height(rules, width - padding.width)
                line_count = height + option._divider
                line_cache.heights[index] = line_count
                lines.extend([(index, line_no) for line_no in range(line_count)])
        last_divider = self.options and self.options[-1]._divider
        virtual_size = Size(width, len(lines) - (1 if last_divider else 0))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)
        self._lines_done = (len(self.options), len(lines), self.size)

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="panel.down"),
        Binding("k", "cursor_up", "Up", show=False, id="panel.up"),
        Binding("g", "first", "Top", show=False, id="panel.top"),
        Binding("G", "last", "Bottom", show=False, id="panel.bottom"),
    ]


def row_height(prompt: object, width: int, rules: RulesMap) -> int | None:
    """The lines a Rich Text row takes at this width, as Textual's Content.get_height counts them (each line of
    the text divided where rich's divide_line divides it), or None for any other row (tabs, other visuals)."""
    if not isinstance(prompt, Text) or "\t" in prompt.plain:
        return None
    width -= rules.get("line_pad", 0) * 2
    fold = rules.get("text_overflow", "fold") == "fold"
    if rules.get("text_wrap", "wrap") == "nowrap":
        return None
    return line_count(prompt.plain, width, fold)


class SpeakersPanel(Panel):
    BORDER_TITLE = "Speakers"
    BINDINGS = [
        Binding("a", "screen.speaker_everywhere", "All their quotes", show=False, id="speaker.everywhere"),
    ]

    @dataclass
    class Chosen(Message):
        speaker: Speaker

    def show(self, analysis: Analysis | None) -> None:
        self.speakers = list(analysis.speakers) if analysis else []
        direct: dict[str | None, int] = {}
        for q in analysis.quotes if analysis else []:
            if q.kind == "direct":
                direct[q.speaker] = direct.get(q.speaker, 0) + 1
        rows = []
        for s in self.speakers:
            row = Text(s.name, style="bold", overflow="ellipsis", no_wrap=True)
            n = direct.get(s.name, 0)
            counts = f"{n} quote{'' if n == 1 else 's'}"
            if s.quotes > direct.get(s.name, 0):
                counts += f", {s.quotes - direct.get(s.name, 0)} reported"
            row.append("\n" + counts, style="dim")
            if s.title:
                row.append("\n" + s.title, style="italic dim")
            rows.append(row)
        self.show_rows(rows)
        self.border_subtitle = str(len(self.speakers))
        self.highlighted = 0 if self.speakers else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.speakers):
            self.post_message(self.Chosen(self.speakers[event.option_index]))


class QuotesPanel(Panel):
    """The speakers' own words first, then reported speech, each in the article's order: a paraphrase is marked
    and comes after, so it is never read as a quotation. Quotes the user saved carry a mark."""

    BORDER_TITLE = "Quotes"

    @dataclass
    class Chosen(Message):
        quote: Quote

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shared: dict[int, list[int]] = {}

    def show(
        self,
        analysis: Analysis | None,
        speaker: str | None = None,
        saved: Collection[tuple[int, int]] = (),
        shared: Mapping[int, list[int]] | None = None,
    ) -> None:
        """All quotes, or one speaker's when narrowed; `saved` holds the (start, end) of the saved ones, `shared`
        the quotes other articles report too (start -> [group, articles, speakers differ])."""
        quotes = sorted(analysis.quotes, key=lambda q: (q.kind != "direct", q.start)) if analysis else []
        self.quotes = [q for q in quotes if speaker is None or q.speaker == speaker]
        self.shared = dict(shared or {})
        self.show_rows([self._row(q, (q.start, q.end) in saved, self.shared.get(q.start)) for q in self.quotes])
        reported = sum(q.kind != "direct" for q in self.quotes)
        counts = str(len(self.quotes) - reported) + (f" · {reported} reported" if reported else "")
        # Content, not str: a str border title is read as markup, and a speaker's name is article text.
        self.border_subtitle = Content(f"{speaker} · {counts}" if speaker else counts)
        self.highlighted = 0 if self.quotes else None
        self.set_class(speaker is not None, "-narrowed")

    @staticmethod
    def _row(q: Quote, saved: bool, shared: list[int] | None = None) -> Text:
        if q.kind == "direct":
            # The comma that hands a quotation to its "she said" is the sentence's, not the speaker's.
            row = Text("❝" + q.text.rstrip(", "), overflow="fold")
            row.append("\n— " + (q.speaker or "unattributed"), style="dim")
        else:
            row = Text("≈ " + q.text.rstrip(", "), style="italic", overflow="fold")
            row.append("\n— " + (q.speaker or "unattributed") + " · reported", style="dim")
        if shared:  # V shows the versions
            row.append(f"\n↔ also in {shared[1] - 1} other article{'s' if shared[1] > 2 else ''}", style="dim")
            if shared[2]:
                row.append(" · given to another speaker there", style="bold yellow")
        if saved:  # first, where the eye starts: the speaker line is often cut in a narrow panel
            row = Text.assemble(("✓ ", "bold"), row)
        return row

    def mark_saved(self, quote: Quote, saved: bool) -> None:
        """Redraw one row after S, not the list: the cursor and scroll stay where they are."""
        at = next((i for i, q in enumerate(self.quotes) if q is quote), None)
        if at is not None:
            row = self._row(quote, saved, self.shared.get(quote.start))
            self.replace_option_prompt_at_index(at, row)
            if self._shown is not None and at < len(self._shown):
                self._shown[at] = row

    @property
    def selected(self) -> Quote | None:
        i = self.highlighted
        return self.quotes[i] if i is not None and 0 <= i < len(self.quotes) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        q = self.selected
        if q is not None:
            self.post_message(self.Chosen(q))


class InitiativesPanel(Panel):
    BORDER_TITLE = "Initiatives"

    @dataclass
    class Chosen(Message):
        initiative: Initiative

    def show(self, analysis: Analysis | None) -> None:
        self.initiatives = list(analysis.initiatives) if analysis else []
        rows = []
        for i in self.initiatives:
            row = Text()
            if i.acronym:
                row.append(i.acronym + " ", style="bold")
            row.append(i.name)
            row.append(f"\n{i.kind} · {len(i.mentions)}×", style="dim")
            rows.append(row)
        self.show_rows(rows)
        self.border_subtitle = str(len(self.initiatives))
        self.highlighted = 0 if self.initiatives else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.initiatives):
            self.post_message(self.Chosen(self.initiatives[event.option_index]))
