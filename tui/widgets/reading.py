"""The reading pane: title, outlet · author · date, dateline and paragraphs.

Quotes, speaker mentions and initiative mentions are styled through component
classes, so a theme (or styles/newsdesk.tcss) can restyle them.

The pane draws its own lines (a ScrollView, as the article list): the article is wrapped once at the pane's
width and each visible line becomes a Strip when it is drawn. A new article changes the pane's virtual size,
not the size of a child widget, so opening one repaints the pane without laying out the screen again.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.articles import Article
from tui.articles.dates import show_date
from tui.articles.model import PARAGRAPH_SEP
from tui.widgets.wrap import breaks, line_count

if TYPE_CHECKING:  # not imported before the first frame: the analysis package digests its code at import
    from tui.analysis import Analysis

Line = tuple[int, int, list[Span]]  # a wrapped line: where it starts and ends in the text, and its spans


class ReadingPane(ScrollView, can_focus=True):
    DEFAULT_CSS = """
        ReadingPane > .reading--title {
            text-style: bold;
            color: $text;
        }

        ReadingPane > .reading--meta {
            color: $text-muted;
        }

        ReadingPane > .reading--dateline {
            text-style: italic;
            color: $text-muted;
        }

        ReadingPane > .reading--quote {
            color: $success;
        }

        ReadingPane > .reading--speaker {
            text-style: bold;
            color: $warning;
        }

        ReadingPane > .reading--initiative {
            text-style: underline;
            color: $primary;
        }

        ReadingPane > .reading--mark {
            text-style: reverse bold;
        }

        /* The find match the reader is on (n / N), apart from the other matches */
        ReadingPane > .reading--current {
            text-style: reverse bold underline;
            color: $warning;
        }
    """
    COMPONENT_CLASSES = {
        "reading--title",
        "reading--meta",
        "reading--dateline",
        "reading--quote",
        "reading--speaker",
        "reading--initiative",
        "reading--mark",
        "reading--current",
    }
    _COMPONENTS = sorted(COMPONENT_CLASSES)
    # Textual's virtual_size lays out the whole screen when it changes (45 ms a key on the bulk corpus); the
    # pane's size does not change with its text, only its scrollbar may, and _scroll_update handles that.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="pane.down"),
        Binding("k", "scroll_up", "Up", show=False, id="pane.up"),
        Binding("space", "page_down", "Page down", show=False, id="pane.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="pane.page_up"),
        Binding("g", "scroll_home", "Top", show=False, id="pane.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="pane.bottom"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.marks: list[tuple[int, int]] = []
        self.current_mark: tuple[int, int] | None = None
        self.head_lines = 0
        self._text = Text("Loading…", style="dim")
        self.note = "Loading…"  # what the pane says while no article is open
        self._lines: list[Line] | list[Text] = []
        self._strips: dict[int, Strip] = {}  # line -> Strip, for the lines drawn since the text last changed
        self._width = 0
        self._looks_drawn: tuple[Style, ...] = ()

    # Keys that arrive together (a terminal's or SSH channel's one write) each move the pane: every step starts
    # where the last one ended, at once, not where the screen stood at the last frame (five j were one line).
    def _step(self, lines: float) -> None:
        self.scroll_to(y=max(0.0, min(self.max_scroll_y, self.scroll_y + lines)), animate=False, immediate=True)
        self.post_message(self.Scrolled())

    class Scrolled(Message):
        """The reader scrolled the article (a key, not the pane restoring a position): it is being read."""

    def _page(self) -> float:
        return max(1, self.scrollable_content_region.height)

    def action_scroll_down(self) -> None:
        self._step(1)

    def action_scroll_up(self) -> None:
        self._step(-1)

    def action_page_down(self) -> None:
        self._step(self._page())

    def action_page_up(self) -> None:
        self._step(-self._page())

    def show(
        self,
        article: Article | None,
        analysis: Analysis | None,
        marks: list[tuple[int, int]] | None = None,
        scroll_y: float = 0.0,
        note: str = "Loading…",
    ) -> None:
        """Show an article at a remembered position; the position is applied once the new text is laid out.
        With no article, `note` says why (plain text, never markup)."""
        self.article, self.analysis, self.marks = article, analysis, marks or []
        self.note = note
        self.current_mark = None
        self._set_text(self.render_article())
        if scroll_y <= 0:
            self._restore: float | None = None
            if self.scroll_y:
                self.scroll_to(y=0, animate=False, immediate=True)  # the top needs no layout: no extra frame
            return
        self._restore = scroll_y
        self.call_after_refresh(self._apply_restore, 8)

    def _set_text(self, text: Text) -> None:
        self._text = text
        self._looks_drawn = self._looks()  # the styles it is drawn in: a style update to the same ones redraws nothing
        self._wrap()
        self.refresh()

    def _wrap(self) -> None:
        """The text's lines at the pane's width, and the virtual size they make. A line is kept as where it
        starts and ends in the text (tui.widgets.wrap breaks it as Rich's Text.wrap does), and becomes styled
        text only when it is drawn: an article is rarely read to its end, and opening one is a keystroke."""
        width = self.scrollable_content_region.width
        self._width = width
        self._strips = {}
        self._lines = wrapped(self._text, width)
        size = Size(width, len(self._lines))
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)  # the scrollbar's thumb, shown or hidden (only that asks for a layout)

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._width:
            self._wrap()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if width != self._width:  # the pane was resized since the last wrap (before on_resize was told)
            self._wrap()
        index = int(self.scroll_y) + y
        strip = self._strips.get(index)
        if strip is None:
            # the pane's own style, worked out once a text (Textual's walks the ancestors each time)
            base = self._looks_drawn[0] if self._looks_drawn else self.rich_style
            if 0 <= index < len(self._lines):
                segments = Segment.apply_style(self.line_text(index).render(_console(), end=""), base)
                strip = Strip(list(segments)).extend_cell_length(width, base).crop(0, width)
            else:
                strip = Strip.blank(width, base)
            self._strips[index] = strip
        return strip

    def line_text(self, index: int) -> Text:
        """The styled text of one wrapped line, as Text.wrap would have made it."""
        line = self._lines[index]
        if isinstance(line, Text):
            return line
        start, end, spans = line
        text = self._text
        piece = Text(
            text.plain[start:end], style=text.style, justify=text.justify, overflow=text.overflow, spans=list(spans)
        )
        piece.rstrip_end(self._width)
        if piece.cell_len > self._width:
            piece.truncate(self._width, overflow="fold")
        return piece

    def notify_style_update(self) -> None:
        """A theme change restyles the text: draw it again when the component styles it uses have changed
        (not on every focus or hover, which only restyle the border)."""
        super().notify_style_update()
        if not self.is_mounted:
            return
        if self._looks() != self._looks_drawn:
            self._set_text(self.render_article())

    def _looks(self) -> tuple[Style, ...]:
        return (self.rich_style, *(self._style(name) for name in self._COMPONENTS))

    def _apply_restore(self, tries: int = 0) -> None:
        """Scroll to the remembered line once the layout can hold it (a few refreshes at most)."""
        target = getattr(self, "_restore", None)
        if target is None:
            return
        self.scroll_to(y=target, animate=False, immediate=True)
        if self.max_scroll_y >= target or tries <= 0:
            self._restore = None
        else:
            self.call_after_refresh(self._apply_restore, tries - 1)

    def set_marks(self, marks: list[tuple[int, int]], current: tuple[int, int] | None = None) -> None:
        """`current`: the one of the marks the reader is on (find's n/N), drawn apart from the rest."""
        self.marks, self.current_mark = marks, current
        self._set_text(self.render_article())

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def render_article(self) -> Text:
        out = Text()
        a = self.article
        if a is None:
            return Text(self.note, style="dim")
        out.append(a.title + "\n", style=self._style("reading--title"))
        date = show_date(a.published, time=True, offset=False)  # the pane is narrow: the wire's own time
        meta = " · ".join(x for x in (a.outlet, a.author, date) if x)
        if meta:
            out.append(meta + "\n", style=self._style("reading--meta"))
        if a.dateline:
            out.append(a.dateline + "\n", style=self._style("reading--dateline"))
        if a.url.startswith(("http://", "https://")):
            # An OSC 8 hyperlink: the user's terminal opens it (ctrl/cmd-click); the reader never does.
            shown = a.url.split("://", 1)[1]
            shown = shown if len(shown) <= 44 else shown[:43] + "…"
            out.append(shown + "\n", style=self._style("reading--meta") + Style(link=a.url))
        out.append("\n")
        base = len(out)
        self.head_lines = out.plain.count("\n")
        out.append(a.text)
        if self.analysis is not None:
            for q in self.analysis.quotes:
                if q.kind == "direct":
                    out.stylize(self._style("reading--quote"), base + q.start, base + q.end)
            for s in self.analysis.speakers:
                for start, end in s.mentions:
                    out.stylize(self._style("reading--speaker"), base + start, base + end)
            for i in self.analysis.initiatives:
                for start, end in i.mentions:
                    out.stylize(self._style("reading--initiative"), base + start, base + end)
        for start, end in self.marks:
            out.stylize(self._style("reading--mark"), base + start, base + end)
        if self.current_mark is not None:
            start, end = self.current_mark
            out.stylize(self._style("reading--current"), base + start, base + end)
        return out

    def line_of(self, offset: int) -> int:
        """The screen line where text offset sits, counting wrapped lines, so the pane can scroll to it."""
        if self.article is None:
            return 0
        width = max(1, self.scrollable_content_region.width)
        lines = self.head_lines
        text = self.article.text
        pos = 0
        for para in text.split(PARAGRAPH_SEP):
            end = pos + len(para)
            if offset <= end:
                return lines + _wrapped_lines(para[: offset - pos], width) - 1 + (1 if offset == pos else 0)
            lines += _wrapped_lines(para, width) + 1
            pos = end + len(PARAGRAPH_SEP)
        return lines

    def scroll_to_offset(self, offset: int) -> None:
        self.scroll_to(y=max(0, self.line_of(offset) - 2), animate=False)


def wrapped(text: Text, width: int) -> list[Line] | list[Text]:
    """Each line of `text` at `width`: where it starts and ends in the plain text and its spans, as Text.wrap
    divides them; or Rich's own Text lines where a tab is expanded (a tab's width depends on where it falls)."""
    if width <= 0:
        return []
    plain = text.plain
    if "\t" in plain:
        return list(text.wrap(_console(), width))
    lines: list[Line] = []
    pos = 0
    for line in plain.split("\n"):
        start = pos
        for cut in breaks(line, width):
            lines.append((start, pos + cut, []))
            start = pos + cut
        lines.append((start, pos + len(line), []))
        pos += len(line) + 1
    starts = [start for start, _, _ in lines]
    for span in text.spans:  # each span cut to the lines it covers, as Text.divide cuts it, in the same order
        first, end, style = span
        i = bisect_right(starts, first) - 1
        while i < len(lines) and lines[i][0] < end:
            start, stop, spans = lines[i]
            if min(end, stop) > max(first, start):
                spans.append(Span(max(first, start) - start, min(end, stop) - start, style))
            i += 1
    return lines


def _wrapped_lines(text: str, width: int) -> int:
    if not text:
        return 1
    if "\t" in text:
        return max(1, len(Text(text).wrap(_console(), width)))
    return line_count(text, width)


def _console():  # noqa: ANN202 - a shared Rich console for measuring wraps
    from rich.console import Console

    global _CONSOLE
    if _CONSOLE is None:
        _CONSOLE = Console(width=200, color_system=None)
    return _CONSOLE


_CONSOLE = None
