"""Find in the article being read: the bar, its matches and its counter, apart from the screen.

The screen tells it the text to search (`search_in`) and steps it (`step`); it tells the screen, by message,
which spans to mark and which one the reader is on (`Found`), and when the reader is done typing (`Done`).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

MAX_MATCHES = 10_000  # a one-letter search in a long article stays a list the pane can mark


class FindBar(Input):
    # Enter is taken before the bar's own keys: the bar lets go of the focus at once, so that a key sent in the
    # same write ("enter n" over SSH) is the article's (n: the next match), not typed into the bar.
    BINDINGS = [Binding("enter", "done", "Keep the matches", show=False, priority=True)]

    @dataclass
    class Found(Message):
        """The matches to mark, and the one the reader is on (None: no match, so no marks)."""

        matches: list[tuple[int, int]]
        current: tuple[int, int] | None

    class Done(Message):
        """Enter: the matches are kept and the reader goes back to the article."""

    def __init__(self) -> None:
        super().__init__(placeholder="find in this article (enter keeps the matches; n/N step)", id="find")
        self.matches: list[tuple[int, int]] = []
        self.at = -1
        self._text = ""

    def search_in(self, text: str) -> None:
        """The article to search (another one opened): what is typed is looked for there."""
        self._text = text
        self._find(self.value)

    def reset(self, text: str) -> None:
        """Matches gone (escape, another article opened), without a message: the screen clears its own marks;
        what is typed next is looked for in `text`."""
        self._text = text
        self.matches, self.at = [], -1
        self.border_title = ""

    def step(self, step: int) -> bool:
        """The next (1) or previous (-1) match; False when there is none to step through."""
        if not self.matches:
            return False
        self.at = (self.at + step) % len(self.matches)
        self._announce()
        return True

    @property
    def counter(self) -> str:
        return f"{self.at + 1}/{len(self.matches)}" if self.matches else ""

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self._find(event.value)

    def action_done(self) -> None:
        self.screen.set_focus(None)  # the screen's keys from the next key on; Done gives the pane the focus
        self.post_message(self.Done())

    def _find(self, value: str) -> None:
        needle = value.casefold()
        self.matches, self.at = [], -1
        if self._text and needle.strip():
            hay = self._text.casefold()
            i = hay.find(needle)
            while i >= 0 and len(self.matches) < MAX_MATCHES:
                self.matches.append((i, i + len(needle)))
                i = hay.find(needle, i + len(needle))
        self.at = 0 if self.matches else -1
        self._announce()

    def _announce(self) -> None:
        self.border_title = self.counter or ("no match" if self.value.strip() else "")
        current = self.matches[self.at] if self.matches else None
        self.post_message(self.Found(list(self.matches), current))
