"""The main screen's part for the article list: read and unread, stars, filters and sorts, outlets, the jump
list. Each key is a Desk call (tui.library.desk) and the list shown again."""

from __future__ import annotations

from textual.binding import Binding

from tui.library.rows import Rows
from tui.screens.reader import ReaderBase, settled
from tui.widgets.article_list import ArticleList


class ListActions(ReaderBase):
    BINDINGS = [
        Binding("right_square_bracket", "step_article(1)", "Next article", id="article.next"),
        Binding("left_square_bracket", "step_article(-1)", "Previous article", id="article.previous"),
        Binding("s", "star", "Star article", show=False, id="article.star"),
        Binding("v", "cycle_filter", "Filter: all/unread/starred", show=False, id="list.filter"),
        Binding("o", "cycle_sort", "Sort: date/outlet/title", show=False, id="list.sort"),
        Binding("u", "toggle_read", "Mark unread/read", show=False, id="article.unread"),
        Binding("A", "all_read", "Mark all read", show=False, id="list.all_read"),
        Binding("O", "reverse_sort", "Reverse sort", show=False, id="list.reverse"),
        Binding("F", "outlets", "Outlets", show=False, id="list.outlets"),
        Binding("ctrl+o", "jump(-1)", "Jump back", show=False, id="jump.back"),
        Binding("ctrl+y", "jump(1)", "Jump forward", show=False, id="jump.forward"),
    ]

    def action_step_article(self, step: int) -> None:
        view = self.desk.view
        if view:
            at = self.query_one(ArticleList).highlighted or 0
            self.go_to(max(0, min(len(view) - 1, at + step)))  # an explicit step opens at once, however fast

    @settled
    def action_toggle_read(self) -> None:
        """newsboat's N: mark the article unread (it keeps its place in the unread filter), or read again."""
        current = self.desk.current
        if current is not None:
            now_read = not self.desk.is_read(current)
            self._read_now(current, now_read)
            self.notify("Marked read" if now_read else "Marked unread", timeout=2)

    def action_all_read(self) -> None:
        """newsboat's A: every article in the list as it shows (its filter) marked read, in one write."""
        n = self.desk.all_read()
        if n is None:
            self.notify("Could not save: the reading state is not writable", severity="error")
        elif n == 0:
            self.notify("Every article listed is read", timeout=2)
        else:
            self.query_one(ArticleList).refresh()
            self.notify(f"{n:,} article{'' if n == 1 else 's'} marked read (u marks one unread)")

    def step_unread(self, step: int) -> None:
        """n and N when there is no match or mention to step to: the next (or previous) unread article."""
        index = self.desk.next_unread(self.query_one(ArticleList).highlighted, step)
        if index is None:
            self.notify("No unread article " + ("below" if step > 0 else "above"), timeout=2)
        else:
            self.go_to(index)

    @settled
    def action_star(self) -> None:
        if self.desk.current is None:
            return
        on = self.desk.toggle_star(self.desk.current)
        if on is None:
            self.notify("Could not save the star: the reading state is not writable", severity="error")
            return
        self.query_one(ArticleList).refresh()
        self.notify("Starred" if on else "Star removed", timeout=2)

    def action_cycle_filter(self) -> None:
        self.desk.cycle_filter(relist=False)
        self._show_view(then=lambda: self.notify(self.desk.showing(), timeout=2))

    def action_cycle_sort(self) -> None:
        said = self.desk.cycle_sort(relist=False)
        self._show_view(then=lambda: self.notify(said, timeout=2))

    def action_reverse_sort(self) -> None:
        said = self.desk.flip_sort(relist=False)
        self._show_view(then=lambda: self.notify(said, timeout=2))

    def action_outlets(self) -> None:
        from tui.screens.outlets import OutletsScreen

        desk = self.desk
        if isinstance(desk.articles, Rows):  # counted by the store, apart: the dialog opens at once
            dialog = OutletsScreen(desk.outlets_work(), desk.outlet, counting=len(desk.articles))
        else:
            dialog = OutletsScreen(desk.outlets(), desk.outlet)
        self.app.push_screen(dialog, self._outlet_chosen)

    def _outlet_chosen(self, outlet: str | None) -> None:
        desk = self.desk
        if outlet is None or outlet == desk.outlet:
            return
        desk.choose_outlet(outlet, relist=False)

        def then() -> None:
            if desk.view and (desk.current is None or desk.current not in desk.view):
                self.go_to(0)  # the article being read is not this outlet's: its newest opens
            self.notify(f"{outlet or 'All outlets'}: {len(desk.view):,} article(s)", timeout=2, markup=False)

        self._show_view(then=then)

    @settled
    def action_jump(self, step: int) -> None:
        """Back (-1) to where the reader was before the last jump, or forward (1) again."""
        index = self._listed(lambda: self.desk.jump(step))
        if index is None:
            self.notify("Nowhere to go back to" if step < 0 else "Nowhere to go forward to", timeout=2)
        else:
            self.go_to(index)
