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

import heapq
import itertools
import os
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tui.analysis.lexicon import (
    GENERATIONS,
    GIVEN_NAMES,
    HONORIFIC_GENDER,
)
from tui.articles.dates import as_utc, show_date
from tui.library.names import (
    NICKNAMES,
    PARTICLES,
    fold,
    gender,
    initials,
    is_initial,
    org_key,
    person_name,
    proper,
    roles,
)
from tui.library.peoplemodel import (
    Dates,
    Filed,
    Identity,
    Mention,
    Named,
    Programme,
    Sets,
    cluster_name,
    naming,
    stable_id,
)
from tui.library.peopleprofile import find_in, initiative_profile, speaker_profile
from tui.library.search import WORD  # a quotation's words, as the search index reads them
from tui.library.state import article_key

if TYPE_CHECKING:
    from tui.analysis import Analysis
    from tui.articles import Article

# Goes up when what is built changes, so a stored table of another make is built again.
PEOPLE_FORMAT = 1

WINDOW = 548 * 86400.0  # about a year and a half either side of an article's date
DOMINANT = 0.8
SHARED_BLOCK = 100
# Bounds that keep the join linear on crafted input: the people of one surname a bare surname is weighed
# against, and the speakers of one article counted as quoted alongside each other
MAX_CANDIDATES = 50
MIN_SHARED_WORDS = 6  # shorter quotations ("a sham") are too common to say two articles report one statement


class People:
    """Identities, their profiles and the shared-quote groups of one corpus, built in memory.

    `peoplestore` writes it to the cache, and reads it back behind the same methods."""

    def __init__(self) -> None:
        self.articles: list[Filed] = []
        # Keyed by ids that stay the same across builds where what names them does (peoplemodel.stable_id)
        self.identities: dict[int, Identity] = {}
        self._mentions: list[Mention] = []
        self.groups: dict[int, list[tuple[int, int]]] = {}  # each: (article index, quote index) of its versions
        self._profiles: dict[int, dict[str, Any]] = {}
        self._shared: dict[str, dict[int, list[int]]] = {}  # akey -> quote start -> [group id, articles, conflict]
        self._stories: set[tuple[str, int]] = set()
        self._by_key: dict[str, Filed] = {}
        self.programmes: dict[int, Programme] = {}  # initiatives across the corpus
        self._iprofiles: dict[int, dict[str, Any]] = {}
        self._roles: dict[tuple[str, ...], frozenset[str]] = {}  # one set for each combination of roles

    # Building -------------------------------------------------------------------------------------

    @classmethod
    def build(cls, pairs: Iterable[tuple[Article, Analysis]]) -> People:
        self = cls()
        for article, analysis in pairs:
            self.add(article, analysis)
        self.finish()
        return self

    def add(self, article: Article, analysis: Analysis) -> None:
        """One article: kept as the little the profiles need (quotes are slices of its text)."""
        if self.take_story(article.story_key()):
            self.add_contribution(contribution(article, analysis))

    def take_story(self, story: tuple[str, int]) -> bool:
        """False for a story already in: filed twice, it counts once, as the reader lists it once (its quotes
        are not "reported by two articles")."""
        if story in self._stories:
            return False
        self._stories.add(story)
        return True

    def add_contribution(self, c: list[Any], version: str = "") -> None:
        """One article as `contribution` gave it (or the cache kept it, under `version`), in corpus order."""
        akey, source, aid, title, outlet, ts, day, desk, quotes, namings, spans, speakers = c
        n = len(self.articles)
        # A million articles are joined at once: what repeats (kinds, speakers, outlets, roles) is one object,
        # and the paragraphs are their ends in an array (JSON gave a list of two ints for each)
        i = sys.intern
        self.articles.append(
            Filed(
                akey=akey, source=source, id=aid, title=title, outlet=i(outlet), ts=ts, day=i(day),
                quotes=[(s, e, i(kind), who and i(who), text) for s, e, kind, who, text in quotes],
                initiatives=[Named(nm, acr, kind, d, [(s, e, t, at) for s, e, t, at in ms])
                             for nm, acr, kind, d, ms in namings],
                ends=array("i", [e for _, e in spans]), desk=i(desk), version=version,
            )
        )  # fmt: skip
        for name, title_, aliases, parts, gen, sex, rs in speakers:
            parts = tuple(map(i, parts)) if parts is not None else None
            roles = self._roles.setdefault(tuple(rs), frozenset(rs))
            self._mentions.append(Mention(n, i(name), title_, list(aliases), parts, i(gen), sex, roles))

    def finish(self) -> None:
        """Once every article is in: the join, the identities' names in each article, the shared quotes."""
        self._join_initiatives()
        self._join()
        for m in self._mentions:
            self.articles[m.art].speakers[m.name] = m.pid
        self._link_shared()
        self._mentions = []

    def _new(self, kind: str, ms: list[Mention]) -> Identity:
        first = min(ms, key=lambda m: m.art)  # one mention is in one identity: its first names it alone
        ident = Identity(stable_id(self.identities, "p", self.articles[first.art].akey, first.name), "", kind, ms)
        ident.name = ms[0].name if kind in ("org", "descriptor") else cluster_name(ms)
        for m in ms:
            m.pid = ident.pid
        self.identities[ident.pid] = ident
        return ident

    def _join(self) -> None:
        orgs: dict[str, list[Mention]] = defaultdict(list)
        by_surname: dict[str, list[Mention]] = defaultdict(list)
        for m in self._mentions:
            if m.parts is None:
                orgs[org_key(m.name)].append(m)
            else:
                by_surname[fold(m.parts[-1])].append(m)
        for ms in orgs.values():
            forms = Counter(m.name for m in ms)
            ms.sort(key=lambda m: -forms[m.name])
            self._new("org" if all(proper(m.name) for m in ms) else "descriptor", ms)
        for surname in sorted(by_surname):
            self._join_surname(by_surname[surname])

    def _join_surname(self, ms: list[Mention]) -> None:
        """The people sharing one surname: full names first, then the initials, then the surname alone."""
        full: dict[str, list[Mention]] = defaultdict(list)
        initial: list[Mention] = []
        alone: list[Mention] = []
        for m in ms:
            parts = m.parts or ()
            if len(parts) == 1:
                alone.append(m)
            elif is_initial(parts[0]):
                initial.append(m)
            else:
                first = fold(parts[0])
                full[NICKNAMES.get(first, first) + (f" {m.gen}" if m.gen else "")].append(m)
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
        by_initials: dict[str, list[Mention]] = defaultdict(list)
        for m in initial:
            by_initials[" ".join(initials(w) if is_initial(w) else fold(w) for w in (m.parts or ())[:-1])].append(m)
        for _, group in sorted(by_initials.items()):
            letter = group[0].parts[0][:1].casefold() if group[0].parts else ""
            for linked in self._linked(group):
                self._new("person", linked).maybe = {
                    x.pid for x in clusters[:MAX_CANDIDATES] if fold(x.name)[:1] == letter
                }
        self._join_alone(alone, clusters)

    def _linked(self, ms: list[Mention]) -> list[list[Mention]]:
        """Mentions of one full name split where nothing ties them: they are joined when their articles are
        within eight years of each other, from one outlet, or give them a role word in common. "Thomas Jackson",
        a judge in the 1999 Times, and "Thomas Jackson", a police chief in an undated web story, stay two.
        Linear: each kind of tie joins neighbours in a sorted or bucketed list, not every pair."""
        sets = Sets(len(ms))

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
        groups: dict[int, list[Mention]] = defaultdict(list)
        for i, m in enumerate(ms):
            groups[sets.root(i)].append(m)
        return sorted(groups.values(), key=len, reverse=True)

    def _by_middle(self, ms: list[Mention]) -> list[Identity]:
        """One given name and surname, split where middle names or initials disagree."""
        by_middle: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            parts = m.parts or ()
            by_middle["".join(initials(w) for w in parts[1:-1] if w.lower() not in PARTICLES)].append(m)
        plain = by_middle.pop("", [])
        if not by_middle:
            return [self._new("person", plain)]
        if len(by_middle) == 1:  # one middle name: the bare name joins it where their years meet, their roles too
            (group,) = by_middle.values()
            roles = frozenset().union(*(g.roles for g in group))
            dates = Dates(self.articles[g.art] for g in group)

            def fits(m: Mention) -> bool:  # "Robert Anderson", once Treasury Secretary, is not Robert O. Anderson
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

    def _join_alone(self, alone: list[Mention], clusters: list[Identity]) -> None:
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
            facts.append((c, sex, roles, Dates(self.articles[m.art] for m in c.mentions)))
        left: list[Mention] = []  # one surname identity for the rest: it may be several people, and says so
        joined: dict[int, list[Mention]] = defaultdict(list)
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
        groups: dict[str, list[tuple[int, Named]]] = defaultdict(list)
        for ai, art in enumerate(self.articles):
            for n in art.initiatives:
                acr = fold(n.acronym) if n.acronym else acronym_of.get(fold(n.name))
                groups["a:" + acr if acr else "n:" + fold(n.name)].append((ai, n))
        for key, named in sorted(groups.items()):
            names = Counter(n.name for _, n in named)
            acronyms = Counter(n.acronym for _, n in named if n.acronym)
            prog = Programme(stable_id(self.programmes, "i", key), max(names, key=lambda x: (names[x], len(x), x)),
                             acronyms.most_common(1)[0][0] if acronyms else None, named)  # fmt: skip
            for _, n in named:
                n.iid = prog.iid
            self.programmes[prog.iid] = prog

    def initiative_summaries(self) -> list[dict[str, Any]]:
        return ranked_initiatives([self.initiative_summary(iid) for iid in self.programmes])

    def initiative_summary(self, iid: int) -> dict[str, Any]:
        p = self.initiative(iid)
        row = {k: p[k] for k in ("iid", "name", "acronym", "kind", "mentions", "articles", "first", "last")}
        row["variants"] = p["variants"]
        return row

    def initiative(self, iid: int) -> dict[str, Any]:
        """Everything the initiative profile shows: when it is mentioned, who speaks about it, what the articles
        say it is, and every mention with the words around it."""
        got = self._iprofiles.get(iid)
        if got is None:
            got = self._iprofiles[iid] = initiative_profile(self, self.programmes[iid])
        return got

    def article(self, akey: str) -> Filed | None:
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
        for ai, art in enumerate(self.articles):
            for qi, (_, _, kind, _, text) in enumerate(art.quotes):
                if kind != "direct":
                    continue
                ws = frozenset(WORD.findall(fold(text)))
                if len(ws) >= MIN_SHARED_WORDS:
                    words.append((ai, qi, ws))
        # counted in one pass (Counter.update's type check per quote cost more than the counting)
        df = Counter(itertools.chain.from_iterable(ws for _, _, ws in words))
        cap = SHARED_BLOCK  # a word in more quotes than this is not rare: it blocks nothing
        blocks: dict[str, list[int]] = defaultdict(list)
        for n, (_, _, ws) in enumerate(words):
            rare = [(df[w], w) for w in ws if df[w] <= cap]
            for _, w in heapq.nsmallest(2, rare) if len(rare) > 2 else sorted(rare):
                blocks[w].append(n)
        sets = Sets(len(words))
        same: dict[frozenset[str], int] = {}
        for n, (_, _, ws) in enumerate(words):  # copies with the same words join at once, however many there are
            sets.join(same.setdefault(ws, n), n)
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
            versions = sorted(((words[i][0], words[i][1]) for i in ids), key=self.newest)
            first = min((self.articles[a].akey, self.articles[a].quotes[q][0]) for a, q in versions)
            gid = stable_id(self.groups, "g", *first)
            self.groups[gid] = versions
            speakers = {self.articles[a].speakers.get(self.articles[a].quotes[q][3] or "") for a, q in versions}
            conflict = int(len(speakers - {None}) > 1)
            for a, q in versions:
                art = self.articles[a]
                self._shared.setdefault(art.akey, {})[art.quotes[q][0]] = [gid, len(arts), conflict]

    def newest(self, ref: tuple[int, int]) -> tuple[float, str]:
        art = self.articles[ref[0]]
        return (-(art.ts if art.ts is not None else float("-inf")), art.akey)

    # Reading --------------------------------------------------------------------------------------

    def summaries(self) -> list[dict[str, Any]]:
        """One line per identity, most quoted first: what `newsdesk speakers` lists and names are found in."""
        return ranked([self.summary(pid) for pid in self.identities])

    def summary(self, pid: int) -> dict[str, Any]:
        p = self.profile(pid)
        row = {k: p[k] for k in ("pid", "name", "kind", "quotes", "reported", "articles", "first", "last")}
        row["titles"] = [t["title"] for t in p["titles"][:3]]
        row["variants"] = [v for v, _ in p["variants"]]
        return row

    def profile(self, pid: int) -> dict[str, Any]:
        """Everything the profile screen and `newsdesk speaker` show of one identity, as plain JSON-able data."""
        got = self._profiles.get(pid)
        if got is None:
            got = self._profiles[pid] = speaker_profile(self, self.identities[pid])
        return got

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

    def group_ids(self) -> list[int]:
        """The groups by their newest version, newest first, then by where it is in its article."""

        def order(g: int) -> tuple[tuple[float, str], int, int]:
            a, q = self.groups[g][0]
            return self.newest((a, q)), self.articles[a].quotes[q][0], g

        return sorted(self.groups, key=order)


def ranked(summaries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Speakers most quoted first (in place): the order of `newsdesk speakers` and of a stored table's ranks."""
    summaries.sort(key=lambda s: (-(s["quotes"] + s["reported"]), -s["articles"], s["name"]))
    return summaries


def ranked_initiatives(summaries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    summaries.sort(key=lambda s: (-s["articles"], -s["mentions"], s["name"]))
    return summaries


def contribution(article: Article, analysis: Analysis) -> list[Any]:
    """What one article adds to the join, as JSON-able lists: the cache keeps it per article, so that a changed
    corpus reads the analyses of its changed articles only (tui.library.peoplestore.build)."""
    speakers = []
    for s in analysis.speakers:
        # "Mr Blair on Sunday" is a person whatever the analysis made of the words after the name
        courtesy = s.name.split(maxsplit=1)[0].lower().rstrip(".") in HONORIFIC_GENDER if s.name.strip() else False
        parts = person_name(s.name) if s.person or courtesy else None
        gen, sex, rs = "", None, frozenset[str]()
        if parts is not None and len(parts) > 1 and parts[-1].rstrip(".") in GENERATIONS:
            parts, gen = parts[:-1], parts[-1].rstrip(".")
        if parts is not None:
            first = parts[0] if len(parts) > 1 and not is_initial(parts[0]) else None
            sex = gender(s.name, s.aliases, first)
            rs = roles(s.name, s.title, s.aliases)
        listed = None if parts is None else list(parts)
        speakers.append([s.name, s.title, list(s.aliases), listed, gen, sex, sorted(rs)])
    namings = [naming(i, article) for i in analysis.initiatives]
    return [
        article_key(article.source, article.id), article.source, article.id, article.title, article.outlet,
        as_utc(article.published).timestamp() if article.published else None, show_date(article.published),
        org_key(article.outlet) or os.path.basename(os.path.dirname(article.source)),
        [[q.start, q.end, q.kind, q.speaker, q.text] for q in analysis.quotes],
        [[n.name, n.acronym, n.kind, n.description, [list(m) for m in n.mentions]] for n in namings],
        [list(span) for span in article.spans], speakers,
    ]  # fmt: skip
