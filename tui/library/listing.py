"""The reader's list as a load builds it: each story once, newest first, corrected as the walk retracts files.

Plain Python beside the loader (tui.library.corpus), so that what the list holds after any sequence of
batches can be tested without a screen.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from tui.articles.model import Article, LoadProblem
from tui.library.cache import gc_paused
from tui.library.corpus import Retract


def sort_articles(items: list[Article]) -> None:
    """Sort in place by Article.sort_key without holding a key tuple and a folded title for every article
    (20 MB at 100,000): by date, then each run of equal dates by title. Stable, as sorting by the key is."""
    keys = list(map(Article.sort_time, items))
    order = sorted(range(len(items)), key=keys.__getitem__)
    items[:] = [items[i] for i in order]
    keys = [keys[i] for i in order]
    del order
    i, n = 0, len(items)
    while i < n:
        t, j = keys[i], i + 1
        while j < n and keys[j] == t:
            j += 1
        if j - i > 1:
            items[i:j] = sorted(items[i:j], key=lambda a: a.title.casefold())
        i = j


class Listing:
    """Articles and problems of one load. A story filed twice (same title and text) is listed once; when the
    listed copy is retracted, a copy left out takes its place."""

    def __init__(self) -> None:
        self._ranked: list[Article] = []  # in sort_key order; the keys are worked out when needed, not kept
        # title -> the copy listed of each story under that title (one, nearly always): keyed by the title the
        # article holds, not by a (title, text key) tuple for each of 100,000 articles
        self._shown: dict[str, Article | list[Article]] = {}
        self._others: dict[tuple[str, int], list[Article]] = {}  # story -> copies left out, in arrival order
        self.problems: list[LoadProblem] = []

    @property
    def duplicates(self) -> int:
        return sum(len(x) for x in self._others.values())

    def add(self, batch: Iterable[Article | LoadProblem | Retract]) -> None:
        """One batch: its retractions first (one pass over the list for all of them), then what it adds."""
        with gc_paused():  # a warm start adds 100,000 at once: no collection pass walks them meanwhile
            self._add(list(batch))

    def _add(self, items: list[Article | LoadProblem | Retract]) -> None:
        arts: list[Article] = []
        problems: list[LoadProblem] = []
        gone: set[str] = set()
        for x in items:  # one pass, the usual item first
            if isinstance(x, Article):
                arts.append(x)
            elif isinstance(x, LoadProblem):
                problems.append(x)
            else:
                gone.add(x.source)
        fresh: list[Article] = []
        if gone:
            self.problems = [p for p in self.problems if p.source not in gone]
            dropped = [a for a in self._ranked if a.source in gone]
            ids = {id(a) for a in dropped}
            self._ranked = [a for a in self._ranked if id(a) not in ids]
            for story in {a.story_key() for a in dropped}:
                self._unlist(story)
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
        self.problems.extend(problems)
        fresh += arts
        new: list[Article] = []
        put = self._shown.setdefault
        for a in fresh:
            there = put(a.title, a)  # one lookup for the usual case, a title not listed yet
            if there is a:
                new.append(a)
                continue
            copies = there if isinstance(there, list) else [there]
            if any(x.text_key == a.text_key for x in copies):
                self._others.setdefault(a.story_key(), []).append(a)  # the same story, filed again
            else:
                self._shown[a.title] = [*copies, a]  # another story under the same title
                new.append(a)
        self._merge(new)

    def _unlist(self, story: tuple[str, int]) -> None:
        """The listed copy of a story is no longer listed."""
        title, key = story
        there = self._shown[title]
        if not isinstance(there, list):
            del self._shown[title]
            return
        left = [x for x in there if x.text_key != key]
        if len(left) > 1:
            self._shown[title] = left
        elif left:
            self._shown[title] = left[0]
        else:
            del self._shown[title]

    def _merge(self, new: list[Article]) -> None:
        """New articles into the list, each after those that sort equal to it (ties keep their arrival order)."""
        old = self._ranked
        if len(new) * 16 < len(old):  # a few: each finds its place by bisection, keys worked out for ~17 rows
            new.sort(key=Article.sort_key)
            out: list[Article] = []
            at = 0
            for a in new:
                cut = bisect_right(old, a.sort_key(), lo=at, key=Article.sort_key)
                out += old[at:cut]
                out.append(a)
                at = cut
            out += old[at:]
            self._ranked = out
        else:  # many: one sort of both (Timsort merges the two sorted runs)
            merged = old + new
            sort_articles(merged)
            self._ranked = merged

    def articles(self) -> list[Article]:
        return list(self._ranked)
