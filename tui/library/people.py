"""Who said what across the corpus: one identity per speaker, their profiles, and quotes shared by articles.

Each article's analysis names its speakers by the fullest form it gives ("Bill Clinton", or "Clinton" with the
title "President" when it never gives more). Across articles those are joined into identities, conservatively:

- full names join when the given name agrees (a nickname counts: Bill is William) and no middle name or initial
  disagrees ("George W. Bush" and "George H.W. Bush" stay two; a bare "George Bush" beside both stays apart,
  "possibly the same as" each);
- a surname alone (or with a courtesy title or a role) joins a full name of that surname only when the evidence
  points at one person: the sex its honorific says (Mr, Mrs), the role its title names ("President" is the one
  of the Clintons seen as president), and the articles around its date (within about a year and a half, one
  person must hold 80% of them). Otherwise it stays a surname-only identity that says whom it may be;
- organisations and anonymous or group descriptors ("a senior official", "analysts") are joined by their
  wording only, never with people.

Quotes reported by several articles (the same words, or one version's words nearly all inside another's) are
linked into groups, found by blocking on each quote's rarest words rather than comparing every pair.

Plain Python over (Article, Analysis) pairs; `tui.library.peoplestore` keeps the result in the cache.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tui.analysis.lexicon import (
    FEMALE_NAMES,
    GENERATIONS,
    GIVEN_NAMES,
    HONORIFIC_GENDER,
    HONORIFICS,
    MALE_NAMES,
    ORG_WORDS,
    PLACES,
    ROLE_WORDS,
    SENTENCE_ADVERBS,
    STOP_CAPS,
)
from tui.articles.dates import as_utc, show_date
from tui.library.excerpt import excerpt, paragraph_at
from tui.library.search import WORD  # a quotation's words, as the search index reads them
from tui.library.state import article_key

if TYPE_CHECKING:
    from tui.analysis import Analysis, Initiative
    from tui.articles import Article

# Goes up when what is built changes, so a stored table of another make is built again.
PEOPLE_FORMAT = 1

# Familiar forms of English given names: "Bill Clinton" and "William Jefferson Clinton" are one given name.
_NICKNAMES = {
    "bill": "william", "billy": "william", "will": "william", "willy": "william", "bob": "robert",
    "bobby": "robert", "rob": "robert", "robbie": "robert", "tony": "anthony", "jim": "james", "jimmy": "james",
    "jamie": "james", "mike": "michael", "mick": "michael", "tom": "thomas", "tommy": "thomas", "dick": "richard",
    "rick": "richard", "rich": "richard", "ed": "edward", "eddie": "edward", "ned": "edward", "joe": "joseph",
    "joey": "joseph", "dan": "daniel", "danny": "daniel", "dave": "david", "steve": "steven", "chris": "christopher",
    "nick": "nicholas", "sam": "samuel", "ben": "benjamin", "alex": "alexander", "andy": "andrew", "drew": "andrew",
    "matt": "matthew", "pat": "patrick", "jeff": "jeffrey", "greg": "gregory", "tim": "timothy", "ron": "ronald",
    "don": "donald", "chuck": "charles", "charlie": "charles", "hank": "henry", "harry": "henry", "jack": "john",
    "johnny": "john", "jon": "jonathan", "larry": "lawrence", "jerry": "gerald", "fred": "frederick",
    "frank": "francis", "ken": "kenneth", "kenny": "kenneth", "len": "leonard", "phil": "philip", "ray": "raymond",
    "doug": "douglas", "walt": "walter", "al": "albert", "peggy": "margaret", "maggie": "margaret", "meg": "margaret",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "kate": "katherine", "kathy": "katherine",
    "katie": "katherine", "cathy": "catherine", "sue": "susan", "jenny": "jennifer", "jen": "jennifer",
    "debbie": "deborah", "becky": "rebecca", "vicky": "victoria", "nancy": "ann", "annie": "ann", "anne": "ann",
}  # fmt: skip
_PARTICLES = frozenset(
    "de da di del della der den van von bin ibn al el le la du dos das bint ben abu st st. y".split()
)
# Words that open a sentence before the name the analysis ran them into ("Earlier Tony Blair", "But Mr Smith")
_LEADERS = (
    frozenset(SENTENCE_ADVERBS)
    | STOP_CAPS
    | frozenset(
        "also now then former late new top another one did more neither either both some every each many most several "
        "no not only even just under with without against about like from into over than via per among should could "
        "would must might can may rival fellow".split()
    )
)
# Words that are never part of a person's name: bodies, places, peoples, and what news runs into names
_NOT_NAMES = (
    frozenset(w for w in ORG_WORDS if w.isalpha())
    | PLACES
    | frozenset(
        "american british english french german chinese japanese russian islamic european african asian arab "
        "israeli iranian iraqi indian pakistani canadian mexican spanish italian korean soviet palestinian "
        "syrian turkish egyptian afghan kurdish australian irish scottish welsh dutch swiss swedish polish "
        "state states policy budget vision hospital city county republic kingdom united union national "
        "international federal royal street road avenue square house hall press foreign prime vice deputy senior "
        "speaker los san exchange securities wire online daily weekly radio television channel newspaper website "
        "web site stock market markets".split()
    )
) - {"co", "sa", "ag"}
# A noun after a name makes the words a descriptor or a body, not the person ("Clinton aides", "Blair camp")
_HEADS = (
    ROLE_WORDS
    | ORG_WORDS
    | frozenset(
        "administration campaign camp aide aides allies ally supporters voters forecast spokesman spokeswoman "
        "government team family office staff people advisers".split()
    )
)
# Roles that say who a surname alone is ("President Clinton"): role words and non-courtesy honorifics
# (bodies aside: "company", "ministry" say no person)
_COURTESY = {"mr", "mrs", "ms", "miss", "dr", "sir"}
_ROLES = frozenset(w.rstrip(".") for w in HONORIFICS | ROLE_WORDS) - ORG_WORDS - _COURTESY
_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
WINDOW = 548 * 86400.0  # about a year and a half either side of an article's date
DOMINANT = 0.8
SHARED_BLOCK = 100
# Bounds that keep the join linear on crafted input: the people of one surname a bare surname is weighed
# against, and the speakers of one article counted as quoted alongside each other
MAX_CANDIDATES = 50
MAX_ALONGSIDE = 200
MIN_SHARED_WORDS = 6  # shorter quotations ("a sham") are too common to say two articles report one statement


_MARKS = re.compile(r"[\u0300-\u036f]")  # combining accents, as NFKD leaves them


def fold(text: str) -> str:
    """Case and accents folded: "Lacroix" and "LACROIX", "José" and "Jose" are one key."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text)).replace("’", "'")
    return text.casefold()


def person_name(name: str) -> tuple[str, ...] | None:
    """The name words of a person speaker, without the honorific, role or sentence word run into it
    ("Mr Blair on Sunday" -> Blair, "Earlier Tony Blair" -> Tony Blair); None when the words are not a person's
    name but a descriptor built on one ("a top Donald Trump adviser", "the Clinton administration")."""
    words = [w.strip(',;:()"') for w in name.replace("’", "'").split()]
    words = [w for w in words if w]
    if words and (words[-1].endswith("'s") or words[-1].endswith("s'")):
        words[-1] = words[-1][:-2] if words[-1].endswith("'s") else words[-1][:-1]
    if words and words[0].lower() in ("the", "a", "an"):
        return None  # "the Illinois Democrat", "The Hong Kong trader": a person is never named with an article
    out: list[str] = []
    rest: list[str] = []
    for i, w in enumerate(words):
        low = w.lower().rstrip(".")
        if not out:
            if w[0].isupper() and low in ROLE_WORDS and low.endswith("s") and low[:-1] in ROLE_WORDS:
                return None  # "Supporters of Islamic State", "Lawyers for Clinton": a group, not the person
            if low.endswith("-based"):
                return None  # "Ohio-based Gencorp", "California-based Baker": a company
            if w[0].isupper() and low.endswith("ly") and len(low) > 5:
                continue  # "Apparently Lenovo"
            if low in ("the", "a", "an") or (
                w[0].isupper() and (low in _LEADERS or low in _ROLES or low in HONORIFICS or low + "." in HONORIFICS)
            ):
                continue
            if low == "of" and i and words[i - 1][0].isupper():
                continue  # "Secretary of State Madeleine Albright"
        if w[0].isupper() and _WORD.fullmatch(w):
            out.append(w)
        elif out and (low in _PARTICLES or ("-" in low and low.split("-", 1)[0] in _PARTICLES)):
            out.append(w)  # "de la Dehesa", "al-Tayer"
        else:
            rest = words[i:]
            break  # "on Sunday", "said": the name ended
    if any(w.lower().rstrip(".,") in _HEADS for w in rest[:3]):
        return None  # "One Clinton spokesman", "Plaid Cymru health spokesman", "Clinton administration officials"
    while len(out) > 2 and (fold(out[0]).rstrip(".") in _NOT_NAMES or fold(out[0]).rstrip(".") in _ROLES):
        out.pop(0)  # "Secretary of State Madeleine Albright", "House Speaker Newt Gingrich"
    if len(out) == 2 and fold(out[0]) not in GIVEN_NAMES and (fold(out[0]) in _NOT_NAMES or fold(out[1]) in _NOT_NAMES):
        return None  # "An Islamic State fighter", "Brown Budget": a body, a place or a thing
    while out and out[-1].lower() in _PARTICLES:
        out.pop()
    if not out or all(len(w.rstrip(".")) == 1 for w in out):
        return None
    return tuple(out)


def _initials(word: str) -> str:
    """ "H.W." -> "hw", "W." -> "w", "Jefferson" -> "j"."""
    if "." in word:
        return "".join(p[0] for p in fold(word).split(".") if p)
    return fold(word)[:1]


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 or bool(re.fullmatch(r"(?:[A-Z]\.)+", word))


def _gender(name: str, aliases: Iterable[str], first: str | None) -> str | None:
    """What an honorific (Mr, Mrs) or a common given name says of the sex, when they agree."""
    said: set[str] = set()
    for form in (name, *aliases):
        head = form.split(maxsplit=1)[0].lower().rstrip(".") if form.strip() else ""
        if head in HONORIFIC_GENDER:
            said.add(HONORIFIC_GENDER[head])
    if first:
        f = fold(first)
        if f in FEMALE_NAMES and f not in MALE_NAMES:
            said.add("f")
        elif f in MALE_NAMES and f not in FEMALE_NAMES:
            said.add("m")
    return said.pop() if len(said) == 1 else None


def _roles(name: str, title: str | None, aliases: Iterable[str]) -> frozenset[str]:
    """The role words a speaker is given: its title's, and the honorifics before its name ("President Clinton")."""
    out = {w for w in fold(title or "").replace("-", " ").split() if w.rstrip(".") in _ROLES}
    for form in (name, *aliases):
        for w in form.split():
            low = w.lower().rstrip(".")
            if low in _ROLES:
                out.add(low)
            else:
                break
    return frozenset(w.rstrip(".") for w in out)


def _proper(name: str) -> bool:
    """A proper name ("Amnesty International", "the World Bank") rather than a description ("the company")."""
    words = re.sub(r"^(?:the|a|an|one|some|two|three|several|many|most)\s+", "", name.strip(), flags=re.I).split()
    return bool(words) and words[0][:1].isupper()


def org_key(name: str) -> str:
    """The wording an organisation or descriptor is joined by: case, a leading article and a possessive aside."""
    key = fold(name).strip()
    key = re.sub(r"^(?:the|a|an)\s+", "", key)
    key = re.sub(r"'s?$", "", key)
    return " ".join(key.split())


class _Sets:
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


class _Dates:
    """When and where a group's mentions were published, to count those near a date or from one outlet by
    bisecting, not by a pass over the group for each mention weighed against it."""

    def __init__(self, arts: Iterable[_Article]) -> None:
        arts = list(arts)
        self.times = sorted(a.ts for a in arts if a.ts is not None)
        self.desks = Counter(a.desk for a in arts)

    def near(self, ts: float, window: float) -> int:
        return bisect.bisect_right(self.times, ts + window) - bisect.bisect_left(self.times, ts - window)


@dataclass(slots=True)
class _Mention:
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
class _Named:
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


def _naming(i: Initiative, article: Article) -> _Named:
    around = [(s, e, *excerpt(article.text, article.spans, s, e, 160)) for s, e in i.mentions]
    return _Named(i.name, i.acronym, i.kind, i.description, around)


@dataclass(slots=True)
class _Article:
    """What the identities and profiles need of one article; its text is not kept."""

    akey: str
    source: str
    id: str
    title: str
    outlet: str
    ts: float | None
    day: str
    quotes: list[tuple[int, int, str, str | None, str]]  # start, end, kind, speaker as the article names it, text
    initiatives: list[_Named]
    spans: tuple[tuple[int, int], ...]
    desk: str = ""  # the outlet, else the folder the file is in: where one name most likely means one person
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
                    self._para_speakers.setdefault(paragraph_at(self.spans, q[0]), Counter())[pid] += 1
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
    named: list[tuple[int, _Named]] = field(default_factory=list)  # (article index, as that article names it)


@dataclass(slots=True)
class Identity:
    pid: int
    name: str
    # "person"; "surname": a surname no evidence tied to one person; "org": a named body ("Amnesty
    # International"); "descriptor": a group or anonymous source as worded ("analysts", "a senior official"),
    # joined by its words only, which say nothing of who it is
    kind: str
    mentions: list[_Mention] = field(default_factory=list)
    maybe: set[int] = field(default_factory=set)  # pids this one is possibly the same as


def _month(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m")


def _form(m: _Mention) -> str:
    """The name as the identity shows it: a person's without the words run into it."""
    return " ".join((*m.parts, m.gen) if m.gen else m.parts) if m.parts else m.name


def _cluster_name(ms: list[_Mention]) -> str:
    forms = Counter(_form(m) for m in ms)
    return max(forms, key=lambda f: (forms[f], len(f), f))


class People:
    """Identities, their profiles and the shared-quote groups of one corpus, built in memory.

    `peoplestore` writes it to the cache, and reads it back behind the same methods."""

    def __init__(self) -> None:
        self.articles: list[_Article] = []
        self.identities: list[Identity] = []
        self._mentions: list[_Mention] = []
        self.groups: list[list[tuple[int, int]]] = []  # each: (article index, quote index) of its versions
        self._profiles: dict[int, dict[str, Any]] = {}
        self._shared: dict[str, dict[int, list[int]]] = {}  # akey -> quote start -> [group id, articles, conflict]
        self._stories: set[tuple[str, int]] = set()
        self._by_key: dict[str, _Article] = {}
        self.programmes: list[Programme] = []  # initiatives across the corpus
        self._iprofiles: dict[int, dict[str, Any]] = {}

    # Building -------------------------------------------------------------------------------------

    @classmethod
    def build(cls, pairs: Iterable[tuple[Article, Analysis]]) -> People:
        self = cls()
        for article, analysis in pairs:
            self.add(article, analysis)
        self.finish()
        return self

    def add(self, article: Article, analysis: Analysis) -> None:
        """One article: kept as the little the profiles need (quotes are slices of its text). A story filed
        twice counts once, as the reader lists it once: its quotes are not "reported by two articles"."""
        story = article.story_key()
        if story in self._stories:
            return
        self._stories.add(story)
        ts = as_utc(article.published).timestamp() if article.published else None
        art = _Article(
            akey=article_key(article.source, article.id),
            source=article.source,
            id=article.id,
            title=article.title,
            outlet=article.outlet,
            ts=ts,
            day=show_date(article.published),
            quotes=[(q.start, q.end, q.kind, q.speaker, q.text) for q in analysis.quotes],
            initiatives=[_naming(i, article) for i in analysis.initiatives],
            spans=article.spans,
            desk=org_key(article.outlet) or os.path.basename(os.path.dirname(article.source)),
        )
        n = len(self.articles)
        self.articles.append(art)
        for s in analysis.speakers:
            # "Mr Blair on Sunday" is a person whatever the analysis made of the words after the name
            courtesy = s.name.split(maxsplit=1)[0].lower().rstrip(".") in HONORIFIC_GENDER if s.name.strip() else False
            parts = person_name(s.name) if s.person or courtesy else None
            m = _Mention(n, s.name, s.title, list(s.aliases), parts)
            if parts is not None and len(parts) > 1 and parts[-1].rstrip(".") in GENERATIONS:
                m.parts, m.gen = parts[:-1], parts[-1].rstrip(".")
                parts = m.parts
            if parts is not None:
                first = parts[0] if len(parts) > 1 and not _is_initial(parts[0]) else None
                m.gender = _gender(s.name, s.aliases, first)
                m.roles = _roles(s.name, s.title, s.aliases)
            self._mentions.append(m)

    def finish(self) -> None:
        self._join_initiatives()
        self._join()
        for m in self._mentions:
            self.articles[m.art].speakers[m.name] = m.pid
        self._link_shared()
        self._mentions = []

    def _new(self, kind: str, ms: list[_Mention]) -> Identity:
        ident = Identity(len(self.identities), "", kind, ms)
        ident.name = ms[0].name if kind in ("org", "descriptor") else _cluster_name(ms)
        for m in ms:
            m.pid = ident.pid
        self.identities.append(ident)
        return ident

    def _join(self) -> None:
        orgs: dict[str, list[_Mention]] = defaultdict(list)
        by_surname: dict[str, list[_Mention]] = defaultdict(list)
        for m in self._mentions:
            if m.parts is None:
                orgs[org_key(m.name)].append(m)
            else:
                by_surname[fold(m.parts[-1])].append(m)
        for ms in orgs.values():
            forms = Counter(m.name for m in ms)
            ms.sort(key=lambda m: -forms[m.name])
            self._new("org" if all(_proper(m.name) for m in ms) else "descriptor", ms)
        for surname in sorted(by_surname):
            self._join_surname(by_surname[surname])

    def _join_surname(self, ms: list[_Mention]) -> None:
        """The people sharing one surname: full names first, then the initials, then the surname alone."""
        full: dict[str, list[_Mention]] = defaultdict(list)
        initial: list[_Mention] = []
        alone: list[_Mention] = []
        for m in ms:
            parts = m.parts or ()
            if len(parts) == 1:
                alone.append(m)
            elif _is_initial(parts[0]):
                initial.append(m)
            else:
                first = fold(parts[0])
                full[_NICKNAMES.get(first, first) + (f" {m.gen}" if m.gen else "")].append(m)
        clusters: list[Identity] = []
        for first in sorted(full):
            parts_of = self._linked(full[first])
            made: list[Identity] = []
            for group_ms in parts_of:
                made.extend(self._by_middle(group_ms))
            if len(parts_of) > 1:  # one name, nothing tying its bearers together: possibly one person
                for c in made:
                    c.maybe |= {o.pid for o in made if o is not c}
            clusters.extend(made)
        # An initial for the given name ("F. Lee Bailey", "J. Smith") joins only the same initials: a first letter
        # says too little to join a full given name ("Frankie Bailey" is someone else)
        by_initials: dict[str, list[_Mention]] = defaultdict(list)
        for m in initial:
            by_initials[" ".join(_initials(w) if _is_initial(w) else fold(w) for w in (m.parts or ())[:-1])].append(m)
        for _, group in sorted(by_initials.items()):
            letter = group[0].parts[0][:1].casefold() if group[0].parts else ""
            for linked in self._linked(group):
                self._new("person", linked).maybe = {
                    x.pid for x in clusters[:MAX_CANDIDATES] if fold(x.name)[:1] == letter
                }
        self._join_alone(alone, clusters)

    def _linked(self, ms: list[_Mention]) -> list[list[_Mention]]:
        """Mentions of one full name split where nothing ties them: they are joined when their articles are
        within eight years of each other, from one outlet, or give them a role word in common. "Thomas Jackson",
        a judge in the 1999 Times, and "Thomas Jackson", a police chief in an undated web story, stay two.
        Linear: each kind of tie joins neighbours in a sorted or bucketed list, not every pair."""
        sets = _Sets(len(ms))

        def join(ids: list[int]) -> None:
            for a, b in itertools.pairwise(ids):
                sets.join(a, b)

        buckets: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(ms):
            buckets["@" + self.articles[m.art].desk].append(i)
            for r in m.roles:
                buckets[r].append(i)
        for ids in buckets.values():
            join(ids)
        dated = sorted((t, i) for i, m in enumerate(ms) if (t := self.articles[m.art].ts) is not None)
        for (t1, a), (t2, b) in itertools.pairwise(dated):
            if t2 - t1 <= 8 * 365 * 86400.0:
                join([a, b])
        groups: dict[int, list[_Mention]] = defaultdict(list)
        for i, m in enumerate(ms):
            groups[sets.root(i)].append(m)
        return sorted(groups.values(), key=len, reverse=True)

    def _by_middle(self, ms: list[_Mention]) -> list[Identity]:
        """One given name and surname, split where middle names or initials disagree."""
        by_middle: dict[str, list[_Mention]] = defaultdict(list)
        for m in ms:
            parts = m.parts or ()
            by_middle["".join(_initials(w) for w in parts[1:-1] if w.lower() not in _PARTICLES)].append(m)
        plain = by_middle.pop("", [])
        if not by_middle:
            return [self._new("person", plain)]
        if len(by_middle) == 1:  # one middle name: the bare name joins it where their years meet, their roles too
            (group,) = by_middle.values()
            roles = frozenset().union(*(g.roles for g in group))
            dates = _Dates(self.articles[g.art] for g in group)

            def fits(m: _Mention) -> bool:  # "Robert Anderson", once Treasury Secretary, is not Robert O. Anderson
                ts = self.articles[m.art].ts  # undated, either side: nothing says they are apart
                near = ts is None or not dates.times or dates.near(ts, 3 * WINDOW) > 0
                return near and not (m.roles and roles and not m.roles & roles)

            near = [m for m in plain if fits(m)]
            plain = [m for m in plain if not fits(m)]
            named = [self._new("person", group + near)]
        else:
            named = [self._new("person", g) for _, g in sorted(by_middle.items())]
        if plain:  # "George Bush" beside "George W. Bush" and "George H.W. Bush": either
            bare = self._new("person", plain)
            bare.maybe = {c.pid for c in named}
            for c in named:
                c.maybe.add(bare.pid)
            named.append(bare)
        return named

    def _join_alone(self, alone: list[_Mention], clusters: list[Identity]) -> None:
        """Surnames alone: to the one person the evidence points at, else one surname identity."""
        if not alone:
            return
        facts = []
        for c in clusters:
            genders = Counter(m.gender for m in c.mentions if m.gender)
            top = genders.most_common(1)
            sex = top[0][0] if top and top[0][1] >= 2 * (sum(genders.values()) - top[0][1]) + 1 else None
            first = fold(c.name.split()[0]) if c.name.split() else ""
            roles = frozenset().union(*(m.roles for m in c.mentions))
            if sex is None and first not in GIVEN_NAMES and not roles:
                continue  # "Radar Online", "Bache Securities": nothing says a person, so no surname joins it
            facts.append((c, sex, roles, _Dates(self.articles[m.art] for m in c.mentions)))
        left: list[_Mention] = []  # one surname identity for the rest: it may be several people, and says so
        joined: dict[int, list[_Mention]] = defaultdict(list)
        if len(facts) > MAX_CANDIDATES:  # no surname alone can be one of so many with 80% of the evidence
            facts = []
        for m in alone:
            cands = [f for f in facts if not (m.gender and f[1] and m.gender != f[1])]
            if fold(m.parts[0] if m.parts else "") in GIVEN_NAMES:
                left.append(m)  # "John" alone is more likely someone's given name than a surname
                continue
            if m.roles:  # "President Clinton" is the Clinton seen as president; "Lord Walker" not Ross Walker
                cands = [f for f in cands if f[2] & m.roles]
            ts, desk = self.articles[m.art].ts, self.articles[m.art].desk
            weights = []
            for c, _, _, dates in cands:
                # undated: the articles of the same outlet are the evidence
                weights.append((float(dates.desks[desk] if ts is None else dates.near(ts, WINDOW)), c))
            weights.sort(key=lambda x: -x[0])
            total = sum(w for w, _ in weights)
            if weights and weights[0][0] >= 1 and weights[0][0] >= DOMINANT * total:
                # With a role, every candidate left shares it (above); without, one article is too little
                if m.roles or weights[0][0] >= 2:
                    joined[weights[0][1].pid].append(m)
                    continue
            left.append(m)
        for c, _, _, _ in facts:
            ms = joined.get(c.pid, [])
            named = len({m.art for m in c.mentions})
            if named < 3 and len({m.art for m in ms}) > 3 * named:
                # A surname alone far more often than the one full name it could be: most likely someone else,
                # whom the articles never name in full (Vice President Gore beside one article's Tipper Gore)
                for m in ms:
                    left.append(m)
                continue
            c.mentions.extend(ms)
            for m in ms:
                m.pid = c.pid
        if left:
            ident = self._new("surname", left)
            ident.maybe = {c.pid for c in clusters[:MAX_CANDIDATES] if c.kind == "person"}

    # Initiatives ----------------------------------------------------------------------------------

    def _join_initiatives(self) -> None:
        """One initiative across articles: by its acronym ("A4P"), which articles that spell it out tie to the
        name, else by its name (case and accents aside)."""
        acronym_of: dict[str, str] = {}
        for art in self.articles:
            for n in art.initiatives:
                if n.acronym:
                    acronym_of.setdefault(fold(n.name), fold(n.acronym))
        groups: dict[str, list[tuple[int, _Named]]] = defaultdict(list)
        for ai, art in enumerate(self.articles):
            for n in art.initiatives:
                acr = fold(n.acronym) if n.acronym else acronym_of.get(fold(n.name))
                groups["a:" + acr if acr else "n:" + fold(n.name)].append((ai, n))
        for _, named in sorted(groups.items()):
            names = Counter(n.name for _, n in named)
            acronyms = Counter(n.acronym for _, n in named if n.acronym)
            prog = Programme(len(self.programmes), max(names, key=lambda x: (names[x], len(x), x)),
                             acronyms.most_common(1)[0][0] if acronyms else None, named)  # fmt: skip
            for _, n in named:
                n.iid = prog.iid
            self.programmes.append(prog)

    def initiative_summaries(self) -> list[dict[str, Any]]:
        out = []
        for prog in self.programmes:
            p = self.initiative(prog.iid)
            row = {k: p[k] for k in ("iid", "name", "acronym", "kind", "mentions", "articles", "first", "last")}
            row["variants"] = p["variants"]
            out.append(row)
        out.sort(key=lambda s: (-s["articles"], -s["mentions"], s["name"]))
        return out

    def initiative(self, iid: int) -> dict[str, Any]:
        """Everything the initiative profile shows: when it is mentioned, who speaks about it, what the articles
        say it is, and every mention with the words around it."""
        got = self._iprofiles.get(iid)
        if got is None:
            got = self._iprofiles[iid] = self._initiative(self.programmes[iid])
        return got

    def _initiative(self, prog: Programme) -> dict[str, Any]:
        by_art: dict[int, list[_Named]] = defaultdict(list)
        for ai, n in prog.named:
            by_art[ai].append(n)
        arts = sorted(by_art, key=lambda a: self._newest((a, 0)))
        months: Counter[str] = Counter()
        outlets: Counter[str] = Counter()
        speakers: Counter[int] = Counter()
        kinds: Counter[str] = Counter()
        described: list[dict[str, Any]] = []
        items = []
        mentions = 0
        for a in arts:
            art = self.articles[a]
            outlets[art.outlet] += bool(art.outlet)
            paras = {paragraph_at(art.spans, m[0]) for n in by_art[a] for m in n.mentions}
            for para in paras:
                for pid, count in art.para_speakers().get(para, {}).items():
                    if self.identities[pid].kind == "person":
                        speakers[pid] += count
            rows: list[dict[str, Any]] = []
            for n in by_art[a]:
                kinds[n.kind] += 1
                if n.description and len(described) < 20 and n.description not in {d["text"] for d in described}:
                    described.append({"text": n.description, "day": art.day, "outlet": art.outlet})
                rows.extend({"start": s, "end": e, "text": around, "at": at, "length": e - s}
                            for s, e, around, at in n.mentions)  # fmt: skip
            mentions += len(rows)
            if art.ts is not None and rows:
                months[_month(art.ts)] += len(rows)
            items.append({
                "source": art.source, "article_id": art.id, "title": art.title, "outlet": art.outlet,
                "published": art.ts, "day": art.day, "mentions": sorted(rows, key=lambda r: r["start"]),
            })  # fmt: skip
        dates = [t for t in (self.articles[a].ts for a in arts) if t is not None]
        variants = Counter(n.shown for _, n in prog.named)
        return {
            "iid": prog.iid, "name": prog.name, "acronym": prog.acronym,
            "kind": kinds.most_common(1)[0][0] if kinds else "", "variants": [v for v, _ in variants.most_common()],
            "mentions": mentions, "articles": len(arts),
            "first": min(dates) if dates else None, "last": max(dates) if dates else None,
            "months": sorted(months.items()), "outlets": [o for o in outlets.most_common() if o[1]],
            "described": described,
            "speakers": [(p, self.identities[p].name, c) for p, c in speakers.most_common(10)],
            "items": items,
        }  # fmt: skip

    def article(self, akey: str) -> _Article | None:
        if len(self._by_key) != len(self.articles):
            self._by_key = {a.akey: a for a in self.articles}
        return self._by_key.get(akey)

    def initiatives_of(self, akey: str) -> dict[str, int]:
        """An article's initiatives (as its analysis names them) -> their corpus-wide id."""
        art = self.article(akey)
        return {n.name: n.iid for n in art.initiatives} if art is not None else {}

    # Shared quotes --------------------------------------------------------------------------------

    def _link_shared(self) -> None:
        """Groups of quotes that several articles report: candidates share one of their two rarest words;
        a pair is the same quotation when nearly all the shorter one's words are in the longer."""
        words: list[tuple[int, int, frozenset[str]]] = []
        df: Counter[str] = Counter()
        for ai, art in enumerate(self.articles):
            for qi, (_, _, kind, _, text) in enumerate(art.quotes):
                if kind != "direct":
                    continue
                ws = frozenset(WORD.findall(fold(text)))
                if len(ws) >= MIN_SHARED_WORDS:
                    words.append((ai, qi, ws))
                    df.update(ws)
        cap = SHARED_BLOCK  # a word in more quotes than this is not rare: it blocks nothing
        blocks: dict[str, list[int]] = defaultdict(list)
        for n, (_, _, ws) in enumerate(words):
            for w in sorted((w for w in ws if df[w] <= cap), key=lambda w: (df[w], w))[:2]:
                blocks[w].append(n)
        sets = _Sets(len(words))
        for ids in blocks.values():
            if len(ids) < 2:
                continue
            for x, i in enumerate(ids):
                ai, _, wi = words[i]
                for j in ids[x + 1 :]:
                    aj, _, wj = words[j]
                    if ai == aj or sets.root(i) == sets.root(j):
                        continue
                    if len(wi & wj) >= 0.8 * min(len(wi), len(wj)):
                        sets.join(i, j)
        members: dict[int, list[int]] = defaultdict(list)
        for n in range(len(words)):
            members[sets.root(n)].append(n)
        for ids in members.values():
            arts = {words[i][0] for i in ids}
            if len(arts) < 2:
                continue
            gid = len(self.groups)
            versions = sorted(((words[i][0], words[i][1]) for i in ids), key=self._newest)
            self.groups.append(versions)
            speakers = {self.articles[a].speakers.get(self.articles[a].quotes[q][3] or "") for a, q in versions}
            conflict = int(len(speakers - {None}) > 1)
            for a, q in versions:
                art = self.articles[a]
                self._shared.setdefault(art.akey, {})[art.quotes[q][0]] = [gid, len(arts), conflict]

    def _newest(self, ref: tuple[int, int]) -> tuple[float, str]:
        art = self.articles[ref[0]]
        return (-(art.ts if art.ts is not None else float("-inf")), art.akey)

    # Reading --------------------------------------------------------------------------------------

    def summaries(self) -> list[dict[str, Any]]:
        """One line per identity, most quoted first: what `newsdesk speakers` lists and names are found in."""
        out = []
        for ident in self.identities:
            p = self.profile(ident.pid)
            row = {k: p[k] for k in ("pid", "name", "kind", "quotes", "reported", "articles", "first", "last")}
            row["titles"] = [t["title"] for t in p["titles"][:3]]
            row["variants"] = [v for v, _ in p["variants"]]
            out.append(row)
        out.sort(key=lambda s: (-(s["quotes"] + s["reported"]), -s["articles"], s["name"]))
        return out

    def profile(self, pid: int) -> dict[str, Any]:
        """Everything the profile screen and `newsdesk speaker` show of one identity, as plain JSON-able data."""
        got = self._profiles.get(pid)
        if got is None:
            got = self._profiles[pid] = self._profile(self.identities[pid])
        return got

    def _profile(self, ident: Identity) -> dict[str, Any]:
        arts = sorted({m.art for m in ident.mentions}, key=lambda a: self._newest((a, 0)))
        names_in: dict[int, set[str]] = defaultdict(set)  # article -> the names it gives them, and as shown
        forms_in: dict[int, set[str]] = defaultdict(set)
        for m in ident.mentions:
            names_in[m.art].add(m.name)
            forms_in[m.art].add(_form(m))
        titles: dict[str, list[Any]] = {}
        for m in ident.mentions:
            if m.title:
                ts = self.articles[m.art].ts
                t = titles.setdefault(m.title, [0, ts, ts])
                t[0] += 1
                if ts is not None:
                    t[1] = ts if t[1] is None else min(t[1], ts)
                    t[2] = ts if t[2] is None else max(t[2], ts)
        items = []
        months: Counter[str] = Counter()
        outlets: Counter[str] = Counter()
        initiatives: Counter[str] = Counter()
        alongside: Counter[int] = Counter()
        direct = reported = 0
        for a in arts:
            art = self.articles[a]
            quotes = [q for name in names_in[a] for q in art.by_speaker().get(name, ())]
            quotes.sort()
            if art.outlet:
                outlets[art.outlet] += 1
            # People quoted alongside, from articles of a newsroom's size (a crafted article naming thousands of
            # speakers would make this speakers x speakers)
            for other in set(art.speakers.values()) - {ident.pid} if len(art.speakers) <= MAX_ALONGSIDE else ():
                if self.identities[other].kind in ("person", "surname"):  # people, not "the report" or "officials"
                    alongside[other] += 1
            paras = {paragraph_at(art.spans, q[0]) for q in quotes}
            for named in art.initiatives:
                if any(paragraph_at(art.spans, m[0]) in paras for m in named.mentions):
                    initiatives[self.programmes[named.iid].name if named.iid >= 0 else named.shown] += 1
            shared = self._shared.get(art.akey, {})
            said = sum(q[2] == "direct" for q in quotes)
            direct, reported = direct + said, reported + len(quotes) - said
            if art.ts is not None and quotes:
                months[_month(art.ts)] += len(quotes)
            items.append({
                "source": art.source, "article_id": art.id, "title": art.title, "outlet": art.outlet,
                "published": art.ts, "day": art.day, "as": sorted(forms_in[a]),
                "quotes": [{"start": s, "end": e, "kind": k, "text": t, "shared": shared.get(s, [None, 0, 0])[1]}
                           for s, e, k, _, t in quotes],
            })  # fmt: skip
        dates = [t for t in (self.articles[a].ts for a in arts) if t is not None]
        variants = Counter(_form(m) for m in ident.mentions)
        return {
            "pid": ident.pid, "name": ident.name, "kind": ident.kind,
            "variants": variants.most_common(),
            "titles": [{"title": t, "count": c, "first": f, "last": la}
                       for t, (c, f, la) in sorted(titles.items(), key=lambda kv: -kv[1][0])],
            "quotes": direct, "reported": reported, "articles": len(arts),
            "first": min(dates) if dates else None, "last": max(dates) if dates else None,
            "outlets": outlets.most_common(), "months": sorted(months.items()),
            "initiatives": initiatives.most_common(10),
            "alongside": [(p, self.identities[p].name, n) for p, n in alongside.most_common(10)],
            "maybe": [(p, self.identities[p].name) for p in sorted(ident.maybe)],
            "items": items,
        }  # fmt: skip

    def find(self, name: str) -> list[dict[str, Any]]:
        """Identities a typed name means, best first: the display name, then any variant, then the surname."""
        return find_in(self.summaries(), name)

    def shared_in(self, akey: str) -> dict[int, list[int]]:
        """An article's quotes reported elsewhere too: quote start -> [group, articles, speakers differ]."""
        return self._shared.get(akey, {})

    def group(self, gid: int) -> list[dict[str, Any]]:
        """Every version of one shared quotation, newest first, with its article and speaker."""
        out = []
        for a, q in self.groups[gid]:
            art = self.articles[a]
            s, e, _, speaker, text = art.quotes[q]
            pid = art.speakers.get(speaker or "")
            out.append({
                "source": art.source, "article_id": art.id, "title": art.title, "outlet": art.outlet,
                "published": art.ts, "day": art.day, "start": s, "end": e, "text": text, "speaker": speaker,
                "pid": pid, "identity": self.identities[pid].name if pid is not None else None,
            })  # fmt: skip
        return out

    def group_ids(self) -> range:
        return range(len(self.groups))


def find_in(summaries: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """Summaries a typed name means, best first: the whole name, a variant, then every word of it."""
    want = fold(" ".join(name.split()))
    words = want.split()
    if not words:
        return []
    exact, variant, partial = [], [], []
    for s in summaries:
        if fold(s["name"]) == want:
            exact.append(s)
        elif any(fold(v) == want for v in s["variants"]):
            variant.append(s)
        elif all(any(w in fold(x).split() for x in (s["name"], *s["variants"])) for w in words):
            partial.append(s)
    return exact + variant + partial


def find_initiative_in(summaries: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """Initiatives a typed name means: its acronym or whole name first, then those holding every word."""
    want = fold(" ".join(name.split()))
    words = want.split()
    if not words:
        return []
    exact, partial = [], []
    for s in summaries:
        names = [fold(x) for x in (s["name"], s["acronym"] or "", *s["variants"]) if x]
        if want in names:
            exact.append(s)
        elif all(any(w in n.split() or n.startswith(w) for n in names) for w in words):
            partial.append(s)
    return exact + partial


def versions_marked(texts: list[str]) -> list[list[tuple[str, bool]]]:
    """Each version as (word, differs) pairs: a word is marked when some other version lacks it, that is when
    fewer versions than all hold it (one count over the versions, not each against each)."""
    holding: Counter[str] = Counter()
    for t in texts:
        holding.update({fold(w) for w in WORD.findall(t)})
    out = []
    for t in texts:
        parts: list[tuple[str, bool]] = []
        pos = 0
        for m in WORD.finditer(t):
            if m.start() > pos:
                parts.append((t[pos : m.start()], False))
            parts.append((m.group(), holding[fold(m.group())] < len(texts)))
            pos = m.end()
        if pos < len(t):
            parts.append((t[pos:], False))
        out.append(parts)
    return out
