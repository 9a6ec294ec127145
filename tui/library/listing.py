"""The reader's list as a load builds it: each story once, newest first, corrected as the walk retracts files.

Plain Python beside the loader (tui.library.corpus), so that what the list holds after any sequence of
batches can be tested without a screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from tui.articles.model import Article, LoadProblem
from tui.library.corpus import Retract

Ranked = tuple[tuple[float, str], Article]  # (sort key, article): sorted by the key alone, articles never compared
FIRST = itemgetter(0)


class Listing:
    """Articles and problems of one load. A story filed twice (same title and text) is listed once; when the
    listed copy is retracted, a copy left out takes its place."""

    def __init__(self) -> None:
        self._ranked: list[Ranked] = []
        self._shown: dict[tuple[str, int], Article] = {}  # story -> the copy listed
        self._others: dict[tuple[str, int], list[Article]] = {}  # story -> copies left out, in arrival order
        self.problems: list[LoadProblem] = []

    @property
    def duplicates(self) -> int:
        return sum(len(x) for x in self._others.values())

    def add(self, batch: Iterable[Article | LoadProblem | Retract]) -> None:
        """One batch: its retractions first (one pass over the list for all of them), then what it adds."""
        items = list(batch)
        gone = {x.source for x in items if isinstance(x, Retract)}
        fresh: list[Article] = []
        if gone:
            self.problems = [p for p in self.problems if p.source not in gone]
            dropped = {id(r[1]) for r in self._ranked if r[1].source in gone}
            self._ranked = [r for r in self._ranked if id(r[1]) not in dropped]
            for story in {a.story_key() for a in (x for x in self._shown.values() if id(x) in dropped)}:
                del self._shown[story]
                waiting = [a for a in self._others.pop(story, []) if a.source not in gone]
                if waiting:
                    fresh.append(waiting.pop(0))  # listed again below, in its place by date
                if waiting:
                    self._others[story] = waiting
            for story, copies in list(self._others.items()):
                kept = [a for a in copies if a.source not in gone]
                if kept:
                    self._others[story] = kept
                else:
                    del self._others[story]
        for x in items:
            if isinstance(x, LoadProblem):
                self.problems.append(x)
            elif isinstance(x, Article):
                fresh.append(x)
        new: list[Article] = []
        for a in fresh:
            story = a.story_key()
            if story in self._shown:
                self._others.setdefault(story, []).append(a)
            else:
                self._shown[story] = a
                new.append(a)
        ranked = sorted(((a.sort_key(), a) for a in new), key=FIRST)  # stable: ties keep their arrival order
        # Timsort merges the two sorted runs in one linear pass (the old run first: ties stay in arrival order),
        # and no article's key is computed twice
        self._ranked = sorted(self._ranked + ranked, key=FIRST) if self._ranked else ranked

    def articles(self) -> list[Article]:
        return [r[1] for r in self._ranked]
