"""The article list: a virtual list that renders only the rows on screen.

Two lines an article (read mark and title; date and outlet). Setup and every
keystroke cost the same for ten articles or a million: nothing is built per
row, and a row is turned into a Strip only when it is visible.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.articles import Article
from tui.articles.dates import show_date

ROW = 2


class ArticleList(ScrollView, can_focus=True):
    DEFAULT_CSS = """
        ArticleList > .article-list--cursor {
            background: $accent 30%;
        }

        ArticleList:focus > .article-list--cursor {
            background: $accent;
            color: $text;
        }

        ArticleList > .article-list--unread {
            text-style: bold;
        }

        ArticleList > .article-list--meta {
            color: $text-muted;
        }
    """
    BORDER_TITLE = "Articles"
    COMPONENT_CLASSES = {"article-list--cursor", "article-list--unread", "article-list--meta"}
    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False, id="list.down"),
        Binding("up,k", "move(-1)", "Up", show=False, id="list.up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("home,g", "first", "Top", show=False, id="list.top"),
        Binding("end,G", "last", "Bottom", show=False, id="list.bottom"),
        Binding("enter", "select", "Open", show=False, id="list.open"),
    ]

    highlighted: reactive[int | None] = reactive(None, init=False, repaint=False)  # watch_highlighted repaints two rows

    class Highlighted(Message):
        """The cursor moved. A newer move replaces one not yet handled (as toolong's cursor moves do): keys that
        arrive together open the article where the cursor comes to rest, not each one passed."""

        def __init__(self, list: ArticleList, index: int) -> None:  # not a dataclass: quicker to import
            super().__init__()
            self.list, self.index = list, index

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleList.Highlighted) and message.list is self.list

    class Selected(Message):
        def __init__(self, list: ArticleList, index: int) -> None:
            super().__init__()
            self.list, self.index = list, index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles: Sequence[Article] = []
        self.read: set[str] = set()
        self.starred: set[str] = set()
        self.key: Callable[[Article], str] = lambda a: a.id

    @property
    def option_count(self) -> int:
        return len(self.articles)

    def show(
        self,
        articles: Sequence[Article],
        read: set[str],
        starred: set[str] | None = None,
        key: Callable[[Article], str] | None = None,
    ) -> None:
        """`read` and `starred` hold article keys, as `key` makes them (the reading state's keys)."""
        self.articles, self.read = articles, read
        if starred is not None:
            self.starred = starred
        if key is not None:
            self.key = key
        self.virtual_size = Size(self.scrollable_content_region.width, len(articles) * ROW)
        if self.highlighted is not None and self.highlighted >= len(articles):
            self.highlighted = len(articles) - 1 if articles else None
        self.position()
        self.refresh()

    def position(self) -> None:
        """ "754 / 17,933" under the list: where the cursor is in it."""
        n = len(self.articles)
        at = self.highlighted
        text = f"{at + 1:,} / {n:,}" if at is not None and 0 <= at < n else f"{n:,}"
        outer = self.outer_size
        if not self.is_mounted or outer.height < 2 or self.styles.border_bottom[0] in ("", "none"):
            self.border_subtitle = text
            return
        # Textual's border_subtitle setter repaints the whole list (44 rows at 160x45, on every j); the text is
        # set as that setter sets it, and only the bottom border line is repainted.
        self._border_subtitle = self.render_str(text)
        off = self.content_offset
        self.refresh(Region(-off.x, outer.height - 1 - off.y, outer.width, 1))

    def refresh_row(self, index: int) -> None:
        """One article's two lines (its read or star mark changed, or the cursor came or went)."""
        y = index * ROW - int(self.scroll_y)
        self.refresh(Region(0, y, self.size.width, ROW))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self.position()
        if old is not None:
            self.refresh_row(old)
        if new is None:
            return
        self.refresh_row(new)
        top, height = int(self.scroll_y), self.scrollable_content_region.height
        if not (top <= new * ROW and new * ROW + ROW <= top + height):
            # Only when the row is off screen: a scroll repaints the whole list, a move repaints two rows. The
            # row comes to the middle (as mutt pages and Emacs recentres), so that moving on one row at a time
            # repaints the list once in half a screen, not at every key: over a slow link that is 4 KiB a key.
            middle = max(0, new * ROW - (height // ROW // 2) * ROW)
            self.scroll_to(y=middle, animate=False, immediate=True)  # scroll_y stops at the list's end itself
        self.post_message(self.Highlighted(self, new))

    def render_lines(self, crop: Region) -> list[Strip]:
        # The styles every row needs, worked out once a frame rather than once a line.
        base = self.rich_style
        cursor = base + self.get_component_rich_style("article-list--cursor")
        unread = self.get_component_rich_style("article-list--unread")
        meta = self.get_component_rich_style("article-list--meta", partial=True)
        self._styles = (base, cursor, base + unread, cursor + unread, base + meta, cursor + meta)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = int(self.scroll_y) + y
        index, sub = divmod(line, ROW)
        styles = getattr(self, "_styles", None) or (self.rich_style,) * 6
        if index >= len(self.articles):
            return Strip.blank(width, styles[0])
        a = self.articles[index]
        on = index == self.highlighted
        if sub == 0:
            key = self.key(a)
            is_unread = key not in self.read
            mark = ("★" if key in self.starred else "●" if is_unread else " ") + " "
            style = styles[(2 if is_unread else 0) + on]
            text = mark + a.title
        else:
            date = show_date(a.published)
            text = f"  {date}  {a.outlet}".rstrip()
            style = styles[4 + on]
        # Cells, not characters: a CJK character takes two, and counting characters broke the borders.
        if cell_len(text) > width:
            text = set_cell_size(text, max(0, width - 1)) + "…"
        return Strip([Segment(set_cell_size(text, width), style)], width)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.articles) * ROW)
        at = self.highlighted
        if at is not None and 0 <= at < len(self.articles):
            # the row being read stays in sight when the terminal (or the list) changes size
            self.call_after_refresh(self.scroll_to_region, Region(0, at * ROW, 1, ROW), animate=False)

    def action_move(self, step: int) -> None:
        if not self.articles:
            return
        current = self.highlighted if self.highlighted is not None else -step if step > 0 else 0
        self.highlighted = max(0, min(len(self.articles) - 1, current + step))

    def action_page(self, step: int) -> None:
        rows = max(1, self.scrollable_content_region.height // ROW)
        self.action_move(step * rows)

    def action_first(self) -> None:
        if self.articles:
            self.highlighted = 0

    def action_last(self) -> None:
        if self.articles:
            self.highlighted = len(self.articles) - 1

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    def on_click(self, event: events.Click) -> None:
        index = (int(self.scroll_y) + event.y) // ROW
        if 0 <= index < len(self.articles):
            self.highlighted = index
            if event.chain >= 2:
                self.post_message(self.Selected(self, index))
