"""The pieces the join across articles (tui.library.people) is made of: one speaker or initiative as one
article names it, what the join keeps of an article (not its text), an identity, and the two small structures
the join needs (disjoint sets; dates counted in a window)."""

from __future__ import annotations

import bisect
import hashlib
from array import array
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from tui.library.excerpt import excerpt

if TYPE_CHECKING:
    from tui.analysis import Initiative
    from tui.articles import Article

# People quoted alongside are counted from articles of a newsroom's size only (a crafted article naming
# thousands of speakers would make this speakers x speakers)
MAX_ALONGSIDE = 200


class Sets:
    """Disjoint sets (union-find with path halving): things joined by any chain of ties are one group."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[ra] = rb


class Dates:
    """When and where a group's mentions were published, to count those near a date or from one outlet by
    bisecting, not by a pass over the group for each mention weighed against it."""

    def __init__(self, arts: Iterable[Filed]) -> None:
        arts = list(arts)
        self.times = sorted(a.ts for a in arts if a.ts is not None)
        self.desks = Counter(a.desk for a in arts)

    def near(self, ts: float, window: float) -> int:
        return bisect.bisect_right(self.times, ts + window) - bisect.bisect_left(self.times, ts - window)


@dataclass(slots=True)
class Mention:
    """One speaker as one article names it."""

    art: int
    name: str
    title: str | None
    aliases: list[str]
    parts: tuple[str, ...] | None
    gen: str = ""  # Jr, Sr, III: another person than the one without
    gender: str | None = None
    roles: frozenset[str] = frozenset()
    pid: int = -1


@dataclass(slots=True)
class Named:
    """One initiative as one article names it, with the words around each mention (the text is not kept)."""

    name: str
    acronym: str | None
    kind: str
    description: str | None
    mentions: list[tuple[int, int, str, int]]  # start, end, the text around it, where the mention starts in it
    iid: int = -1

    @property
    def shown(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


def naming(i: Initiative, article: Article) -> Named:
    around = [(s, e, *excerpt(article.text, article.spans, s, e, 160)) for s, e in i.mentions]
    return Named(i.name, i.acronym, i.kind, i.description, around)


@dataclass(slots=True)
class Filed:
    """What the identities and profiles need of one article; its text is not kept."""

    akey: str
    source: str
    id: str
    title: str
    outlet: str
    ts: float | None
    day: str
    quotes: list[tuple[int, int, str, str | None, str]]  # start, end, kind, speaker as the article names it, text
    initiatives: list[Named]
    ends: array[int]  # where each paragraph ends: all the profiles ask is which paragraph an offset is in
    desk: str = ""  # the outlet, else the folder the file is in: where one name most likely means one person
    version: str = ""  # the article's version as the cache keeps its part (peoplestore._fkey); "" when unknown
    speakers: dict[str, int] = field(default_factory=dict)  # speaker name -> pid
    _by_speaker: dict[str | None, list[tuple[int, int, str, str | None, str]]] | None = None

    _para_speakers: dict[int, Counter[int]] | None = None

    def para_speakers(self) -> dict[int, Counter[int]]:
        """Paragraph -> the identities quoted in it and how often, made once (an initiative's "voices")."""
        if self._para_speakers is None:
            self._para_speakers = {}
            for q in self.quotes:
                pid = self.speakers.get(q[3] or "")
                if pid is not None:
                    self._para_speakers.setdefault(bisect.bisect_left(self.ends, q[0]), Counter())[pid] += 1
        return self._para_speakers

    def by_speaker(self) -> dict[str | None, list[tuple[int, int, str, str | None, str]]]:
        """The quotes by the name they are given to, made once: each speaker's profile reads only theirs."""
        if self._by_speaker is None:
            self._by_speaker = {}
            for q in self.quotes:
                self._by_speaker.setdefault(q[3], []).append(q)
        return self._by_speaker


@dataclass(slots=True)
class Programme:
    """One initiative across the corpus: every article's naming of it, by its acronym where any article gives one."""

    iid: int
    name: str
    acronym: str | None
    named: list[tuple[int, Named]] = field(default_factory=list)  # (article index, as that article names it)


@dataclass(slots=True)
class Identity:
    pid: int
    name: str
    # "person"; "surname": a surname no evidence tied to one person; "org": a named body ("Amnesty
    # International"); "descriptor": a group or anonymous source as worded ("analysts", "a senior official"),
    # joined by its words only, which say nothing of who it is
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    maybe: set[int] = field(default_factory=set)  # pids this one is possibly the same as


def plain_hash(what: object, size: int) -> bytes:
    """A hash of plain values (strings, numbers, None, lists and tuples of them), whose repr is the same in
    every process and build: what the stored people table's ids and digests are made of."""
    return hashlib.blake2b(repr(what).encode("utf-8", "surrogatepass"), digest_size=size).digest()


def stable_id(taken: Container[int], *what: object) -> int:
    """An id made from what names a thing (an identity's first mention, an initiative's acronym or name, a
    shared quote's first version), so that it is the same in every build where that holds and a rebuild
    rewrites only the rows that changed. 52 bits, exact in any JSON reader; salted on the rare collision."""
    salt = 0
    while True:
        n = int.from_bytes(plain_hash((salt, *what), 8), "big") >> 12
        if n not in taken:
            return n
        salt += 1


def month(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m")


def form(m: Mention) -> str:
    """The name as the identity shows it: a person's without the words run into it."""
    return " ".join((*m.parts, m.gen) if m.gen else m.parts) if m.parts else m.name


def cluster_name(ms: list[Mention]) -> str:
    forms = Counter(form(m) for m in ms)
    return max(forms, key=lambda f: (forms[f], len(f), f))
