"""The main screen's part for its panes: focus one by number or in turn, and zoom the focused one."""

from __future__ import annotations

from textual.binding import Binding

from tui.screens.reader import ReaderBase, settled

FOCUS_ORDER = ("articles", "pane", "speakers", "quotes", "initiatives")


class PaneActions(ReaderBase):
    BINDINGS = [
        Binding("1", "focus_pane('articles')", "Articles", id="focus.articles"),
        Binding("2", "focus_pane('pane')", "Article", id="focus.pane"),
        Binding("3", "focus_pane('speakers')", "Speakers", id="focus.speakers"),
        Binding("4", "focus_pane('quotes')", "Quotes", id="focus.quotes"),
        Binding("5", "focus_pane('initiatives')", "Initiatives", id="focus.initiatives"),
        Binding("l", "cycle(1)", "Next pane", show=False, id="focus.next"),
        Binding("h", "cycle(-1)", "Previous pane", show=False, id="focus.previous"),
        Binding("z", "zoom", "Zoom pane", show=False, id="pane.zoom"),
    ]

    @settled
    def action_focus_pane(self, name: str) -> None:
        """Focus moves at once, not after the keys already queued (Widget.focus waits a turn): in "4 j" sent
        in one write, the j is the Quotes panel's."""
        self.set_class(name == "articles", "-list-open")
        if self.maximized is not None:  # another pane: the zoom ends
            self.minimize()
        for widget in self.query(f"#{name}"):
            if widget.focusable:
                self.set_focus(widget)

    def action_cycle(self, step: int) -> None:
        focused = self.focused.id if self.focused else "articles"
        order = [n for n in FOCUS_ORDER if n == "articles" or any(w.display for w in self.query(f"#{n}"))]
        i = order.index(focused) if focused in order else 0
        self.action_focus_pane(order[(i + step) % len(order)])

    def action_zoom(self) -> None:
        """The focused pane fills the screen (the list's whole titles, the article at full width), or back."""
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            self.maximize(self.focused, container=False)
