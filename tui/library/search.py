"""Fuzzy search over quotes, speakers, initiatives and articles.

A word index narrows the corpus before rapidfuzz scores anything: each query
word is matched to index words exactly, as a prefix (the word being typed), or
within one or two edits (a typo), by first letters and lengths; documents that
hold all the words (all but one, for three or more) are then ranked by
rapidfuzz's partial ratio, whole-word and in-order matches first, ties by
recency. Scoring every quote with rapidfuzz alone costs hundreds of
milliseconds at 100,000 quotes; this costs a few.
"""

from __future__ import annotations

import bisect
import heapq
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby, islice
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from tui.articles.dates import as_utc, show_date
from tui.articles.pathmeta import folders
from tui.library.query import Query, Term, parse
from tui.library.state import QuoteRef

if TYPE_CHECKING:
    from tui.analysis import Analysis
    from tui.articles import Article

# Words keep inner apostrophes ("don't", "they'll"), so a misplaced one is one typo, not two words.
WORD = re.compile(r"\w+(?:['’]\w+)*")
SCOPES = ("quotes", "speakers", "initiatives", "articles")


def _fold(text: str) -> str:
    """Case and curly apostrophes folded, so "Don’t" and "don't" are one word."""
    return text.casefold().replace("’", "'")


@dataclass(frozen=True, slots=True)
class Doc:
    """One searchable thing; `text` is what is shown and highlighted."""

    scope: str
    text: str
    speaker: str | None = None
    title: str = ""
    source: str = ""
    article_id: str = ""
    outlet: str = ""
    published: float | None = None
    start: int = -1
    end: int = -1
    extra: str = ""  # searched but not shown: aliases, acronym, article body
    key: str = ""  # speakers and initiatives: the key of their corpus-wide view
    day: str = ""  # the article's date as the reader shows it (its own time), for the result line

    @property
    def ref(self) -> QuoteRef:
        """Where the doc sits in its article (a quote's span; -1, -1 for the article, a speaker, an initiative)."""
        return QuoteRef(self.source, self.article_id, self.start, self.end)


@dataclass(slots=True)
class Hit:
    doc: Doc
    score: float
    spans: list[tuple[int, int]] = field(default_factory=list)  # matched words in doc.text


T_co = TypeVar("T_co", covariant=True)


class Row(Protocol[T_co]):
    """What a query reads of the folded texts and the postings: a row by number. A built index has lists; one
    read from disk (diskindex) has lazy stand-ins that read a row from the file when asked."""

    def __getitem__(self, i: int, /) -> T_co: ...


class Rows(Row[T_co], Protocol[T_co]):
    """The docs: rows by number, counted, and in order."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[T_co]: ...


PREFILTER_MOST = 200_000  # docs a filter's lists may hold to narrow a query's candidates as a set
HEADS_FROM = 20_000  # docs a query's one word may be in past which its candidates are its lists' heads


@dataclass
class Prefilter:
    """The docs a query's `by:` and `in:` let through, as a stored index's lists give them: how many, the first
    in id order, and every one when at most PREFILTER_MOST (else None); `exact`: both filters answered (else
    the candidates are checked against the other one)."""

    total: int
    first: list[int]
    members: Callable[[], set[int] | None]
    exact: bool = True


def filter_lists(docs: Iterable[Doc]) -> dict[tuple[str, str], array[int]]:
    """The docs of each speaker (kind s) and of each place (kind p: the outlet and the folders a doc's file lies
    in, folded and joined by \x1f), in id order: every doc is in one list of each kind, so a query's count of
    `by:` or `in:` is the sum of its lists' lengths, and its first docs their heads merged."""
    by: dict[tuple[str, str], array[int]] = {}
    for i, d in enumerate(docs):
        if d.speaker:
            by.setdefault(("s", d.speaker), array("i")).append(i)
        place = "\x1f".join(sorted({x.casefold() for x in (d.outlet, *folders(d.source)) if x}))
        if place:
            by.setdefault(("p", place), array("i")).append(i)
    return by


class SearchIndex:
    """An inverted word index with typo-tolerant lookup; built once, queried per keystroke."""

    docs: Rows[Doc]
    norm: Row[str]
    postings: Row[Sequence[int]]

    def __init__(self, docs: Sequence[Doc]) -> None:
        self.docs = docs = list(docs)
        self.vocab: dict[str, int] = {}
        self.words: list[str] = []
        postings: list[list[int]] = []
        for i, d in enumerate(docs):
            seen: set[int] = set()
            for w in WORD.findall(_fold(d.text + " " + d.extra)):
                tid = self.vocab.get(w)
                if tid is None:
                    tid = self.vocab[w] = len(self.words)
                    self.words.append(w)
                    postings.append([])
                if tid not in seen:
                    seen.add(tid)
                    postings[tid].append(i)
        self.postings = postings
        self._word_lookups()
        self.norm = [_fold(d.text) for d in docs]
        self._names: dict[str, list[str]] = {}  # the speakers and places of the docs (by: and in:), once asked
        self._folded: dict[str, list[str]] = {}
        self._lists: dict[tuple[str, str], array[int]] | None = None

    def _word_lookups(self) -> None:
        """What query words are looked up in beside self.vocab, made from self.words (an index read from disk
        makes them too): the sorted words for prefixes, and typo buckets by (first letter, length) and (second
        letter, length)."""
        self.sorted_words = sorted(self.words)
        self.buckets: dict[tuple[str, int], list[str]] = {}
        for w in self.words:
            if len(w) >= 4:
                self.buckets.setdefault((w[0], len(w)), []).append(w)
                self.buckets.setdefault(("#" + w[1], len(w)), []).append(w)

    def __len__(self) -> int:
        return len(self.docs)

    # Word matching ------------------------------------------------------------------------------

    def _matching_words(self, term: str, prefix_ok: bool) -> dict[int, float]:
        """Index words for one query word, with how well each matches (1 exact, less for prefix or typo)."""
        t = _fold(term)
        out: dict[int, float] = {}
        tid = self.vocab.get(t)
        if tid is not None:
            out[tid] = 1.0
        if prefix_ok and len(t) >= 2:
            i = bisect.bisect_left(self.sorted_words, t)
            n = 0
            while i < len(self.sorted_words) and self.sorted_words[i].startswith(t) and n < 300:
                w = self.sorted_words[i]
                if w != t:
                    out.setdefault(self.vocab[w], 0.9)
                i += 1
                n += 1
        if len(t) >= 3:
            k = 1 if len(t) < 8 else 2
            # Three letters: only a letter left out ("pln" for "plan"); anything looser matches half the language.
            lengths = range(len(t) - k, len(t) + k + 1) if len(t) >= 4 else range(4, 5)
            for length in lengths:
                for key in ((t[0], length), ("#" + t[1], length)):
                    bucket = self.buckets.get(key)
                    if not bucket:
                        continue
                    for w, dist, _ in process.extract(
                        t, bucket, scorer=DamerauLevenshtein.distance, score_cutoff=k, limit=50
                    ):
                        if dist:
                            out.setdefault(self.vocab[w], 0.85 if dist == 1 else 0.7)
        return out

    # Searching ----------------------------------------------------------------------------------

    def search(self, query: str | Query, limit: int = 20) -> Hits:
        """The best `limit` hits, and how many matched in all (`Hits.total`)."""
        q = parse(query) if isinstance(query, str) else query
        if q.empty:
            return Hits(unread=q.unread)
        positive = q.positive
        fuzzy_terms: list[Term] = []
        for t in positive:
            if t.kind not in ("fuzzy", "exact") and not t.alternatives:
                continue
            if t.alternatives:
                fuzzy_terms.append(t)
                continue
            # "they'll", "non-Asian": the index holds words, so a term is matched word by word.
            pieces = [w for w in WORD.findall(t.text) if len(w) > 1 or w.isdigit()] or WORD.findall(t.text)
            fuzzy_terms.extend(Term(w, t.kind) for w in pieces)
        n_docs = len(self.docs)
        term_words: list[dict[int, float]] = []
        for i, t in enumerate(fuzzy_terms):
            alts = t.alternatives or (t,)
            merged: dict[int, float] = {}
            for a in alts:
                if a.kind == "exact":
                    tid = self.vocab.get(_fold(a.text))
                    if tid is not None:
                        merged[tid] = 1.0
                else:
                    common = self.vocab.get(_fold(a.text))
                    if common is not None and len(self.postings[common]) > n_docs // 50 and n_docs > 1000:
                        # A very common word ("the", "said") is taken as typed: its variants add cost, not recall.
                        merged[common] = 1.0
                        continue
                    last = i == len(fuzzy_terms) - 1
                    for tid, s in self._matching_words(a.text, prefix_ok=last or len(a.text) >= 3).items():
                        merged[tid] = max(merged.get(tid, 0), s)
            term_words.append(merged)
        # Candidates from the selective terms; very common words only weigh in the ranking.
        sizes = [sum(len(self.postings[tid]) for tid in tw) for tw in term_words]
        selective = [i for i, size in enumerate(sizes) if size <= max(2000, n_docs // 5)] or (
            [min(range(len(sizes)), key=sizes.__getitem__)] if sizes else []
        )
        checks = self._checks(q)
        alone = q.since is None and q.until is None and not checks  # no test but by: and in:
        # by: and in: from a stored index's own lists, when it has them: with no other test, the hits are the
        # lists' first docs and the count their lengths
        pre = self._prefiltered(q, limit + 100 if alone and not selective else 3000)
        keep: set[int] | None = None  # the docs the filters' lists let through, when they were read whole
        if selective and len(selective) == 1 and pre is None and sizes[selective[0]] > HEADS_FROM:
            # one word held by very many docs ("th" as it is typed): the first 3,000 of its words' lists, merged
            # (each in doc order), not a set of a million docs made to keep 3,000
            in_order = heapq.merge(*(self.postings[tid] for tid in term_words[selective[0]]))
            cands = list(islice((d for d, _ in groupby(in_order)), 3000))
            full = sizes[selective[0]]
        elif selective:
            sets = []
            for i in selective:
                docs: set[int] = set()
                for tid in term_words[i]:
                    docs.update(self.postings[tid])
                sets.append(docs)
            # A word may be missing (or mistyped past recognition) once a query has three or more.
            need = max(1, len(selective) - 1 if len(fuzzy_terms) >= 3 else len(selective))
            if need == len(sets):
                cands = list(set.intersection(*sets))  # every word: a plain intersection, in C
                full = len(cands)
            else:
                counts: Counter[int] = Counter()
                for docs in sets:
                    counts.update(docs)
                cands = [d for d, c in counts.items() if c >= need]
                cands.sort(key=lambda d: -counts[d])
                full = sum(1 for d in cands if counts[d] == len(sets))
            keep = pre.members() if pre is not None else None
            if keep is not None:  # else each candidate is checked below
                cands = [d for d in cands if d in keep]
            cands = cands[:3000]
        elif pre is not None:  # filters alone: the docs they let through, not a look at every doc
            cands, full = pre.first, 0
        else:
            cands = list(range(n_docs))
            full = 0
        capped = len(cands) == 3000
        if pre is not None and pre.exact and (not selective or keep is not None):
            q = replace(q, speaker=None, outlet=None)  # the lists let only those docs through: not checked again
        tested = q.speaker or q.outlet or q.since is not None or q.until is not None or checks
        if len(cands) < n_docs:
            self._will_read(cands, docs=bool(tested))
        undated = 0
        if q.since is not None or q.until is not None:
            undated = sum(1 for d in cands if self.docs[d].published is None)
        if tested:
            cands = [d for d in cands if self._passes(self.docs[d], self.norm[d], q, checks)]
        if not cands:
            return Hits(undated=undated, unread=q.unread)
        hits = self._rank(q, cands, term_words, limit, full)
        if pre is not None and pre.exact and alone and not selective:
            return Hits(hits, total=pre.total, more=False, undated=undated, unread=q.unread)
        return Hits(hits, total=len(cands), more=capped, undated=undated, unread=q.unread)

    def _will_read(self, ids: list[int], docs: bool = False) -> None:
        """The docs a query is about to look at, their folded texts alone unless `docs` (a stored index reads
        them in a few queries, those alone)."""

    def _prefiltered(self, q: Query, want: int) -> Prefilter | None:
        """What the lists of docs of each speaker and place (filter_lists) say of `by:` and `in:`: their docs'
        count and the first `want` (the lists' heads, not the lists), and every one when few; None when the
        query has neither, or a stored index was stored without them (then every doc is looked at)."""
        sides: list[tuple[str, list[str]]] = []
        for kind, wanted in (("s", q.speaker), ("p", q.outlet)):
            if wanted:
                every = self._filter_names(kind)
                if every is None:
                    return None
                sides.append((kind, self._matching(kind, every, wanted.casefold())))
        if not sides:
            return None
        if len(sides) == 1:
            kind, names = sides[0]
            total, first = self._heads(kind, names, want)
            return Prefilter(total, first, lambda: self._members(kind, names) if total <= PREFILTER_MOST else None)
        totals = [self._heads(kind, names, 0)[0] for kind, names in sides]  # the lengths alone
        if max(totals) <= PREFILTER_MOST:  # both: their intersection, exactly
            both = self._members(*sides[0]) & self._members(*sides[1])
            ordered = sorted(both)
            return Prefilter(len(ordered), ordered[:want], lambda: both)
        total, first = self._heads(*sides[min(range(2), key=totals.__getitem__)], 3000)
        return Prefilter(total, first, lambda: None, exact=False)  # the other filter is checked doc by doc

    def _matching(self, kind: str, names: list[str], want: str) -> list[str]:
        if kind == "s":  # as _passes: a speaker whose name holds it, nearly (partial ratio 80)
            folded = self._folded.get(kind)
            if folded is None:  # once: every key of "by:…" matches against them
                folded = self._folded[kind] = [n.casefold() for n in names]
            got = process.extract(want, folded, scorer=fuzz.partial_ratio, score_cutoff=80, limit=None)
            return [names[i] for _, _, i in got]
        return [n for n in names if any(want in part for part in n.split("\x1f"))]  # as _passes

    def _filter_lists(self) -> dict[tuple[str, str], array[int]]:
        if self._lists is None:  # once, at the first by: or in: (a second at a million docs)
            self._lists = filter_lists(self.docs)
        return self._lists

    def _filter_names(self, kind: str) -> list[str] | None:
        """The speakers (kind s) or places (p) the docs have; a stored index reads them from its file."""
        cached = self._names.get(kind)
        if cached is None:
            cached = self._names[kind] = [name for k, name in self._filter_lists() if k == kind]
        return cached

    def _heads(self, kind: str, names: list[str], want: int) -> tuple[int, list[int]]:
        """How many docs the lists of `names` hold, and their first `want` in id order (each list is in id order,
        and no doc is in two lists of a kind)."""
        lists = [self._filter_lists()[(kind, n)] for n in names]
        return sum(map(len, lists)), list(islice(heapq.merge(*lists), want))

    def _members(self, kind: str, names: list[str]) -> set[int]:
        out: set[int] = set()
        for n in names:
            out.update(self._filter_lists()[(kind, n)])
        return out

    @staticmethod
    def _checks(q: Query) -> list[tuple[Term, str, bool]]:
        """The terms that test text directly (negations, exact, prefix, suffix), prepared once per query."""
        out = []
        for t in q.terms:
            if t.negate or (t.kind in ("exact", "prefix", "suffix") and not t.alternatives):
                cs = t.case_sensitive  # smart case, as fzf: a capital makes any term match case
                out.append((t, t.text if cs else t.text.casefold(), cs))
        return out

    def _passes(self, doc: Doc, norm: str, q: Query, checks: list[tuple[Term, str, bool]]) -> bool:
        if q.speaker:
            if not doc.speaker or fuzz.partial_ratio(q.speaker.casefold(), doc.speaker.casefold()) < 80:
                return False
        if q.outlet and q.outlet.casefold() not in doc.outlet.casefold():
            # "in:bbc", "in:politics": the folder a file lies in names its outlet or its section
            if not any(q.outlet.casefold() in f.casefold() for f in folders(doc.source)):
                return False
        if q.since is not None and (doc.published is None or doc.published < q.since):
            return False
        if q.until is not None and (doc.published is None or doc.published > q.until):
            return False
        for t, needle, cs in checks:
            hay = doc.text if cs else norm
            if t.negate:
                if needle in hay:
                    return False
            elif t.kind == "prefix" and not hay.lstrip("\"“'‘ ").startswith(needle):
                return False
            elif t.kind == "suffix" and not hay.rstrip(".,;:!?\"”'’ ").endswith(needle):
                return False
            elif t.kind == "exact" and not re.search(rf"\b{re.escape(needle)}\b", hay):
                return False

        return True

    def _rank(
        self, q: Query, cands: list[int], term_words: list[dict[int, float]], limit: int, full: int = 0
    ) -> list[Hit]:
        """Partial ratio over all candidates (in C), then word coverage for the best hundred.

        Candidates holding every word (the first `full`) are kept in that hundred when they are
        few, so a quote typed out of order is not lost to better-ordered partial matches.
        """
        text = " ".join(_fold(t.text) for t in q.positive)
        if text:
            top = process.extract(text, [self.norm[d] for d in cands], scorer=fuzz.partial_ratio, limit=100)
            ratios = {i: s for _, s, i in top}
            if 0 < full <= 60 and len(cands) > full:
                complete = [self.norm[d] for d in cands[:full]]
                for _, score, i in process.extract(text, complete, scorer=fuzz.partial_ratio, limit=None):
                    ratios.setdefault(i, score)
        else:
            ratios = {i: 0.0 for i in range(min(len(cands), 100))}
        self._will_read([cands[j] for j in ratios], docs=True)  # the hundred best: their dates break ties
        scored: list[tuple[float, float, int]] = []
        by_word = [{self.words[tid]: s for tid, s in tw.items()} for tw in term_words]
        for j in ratios:
            d = cands[j]
            words = set(WORD.findall(self.norm[d]))
            cover = 0.0
            for bw in by_word:
                common = words.intersection(bw)  # set & dict keys, in C
                if common:
                    cover += max(bw[w] for w in common)
            cover = cover / len(term_words) if term_words else 1.0
            score = 0.55 * ratios.get(j, 0.0) + 45.0 * cover
            scored.append((score, self.docs[d].published or 0.0, d))
        scored.sort(key=lambda x: (-round(x[0], 1), -x[1]))
        matched = {tid for tw in term_words for tid in tw}
        hits = []
        for score, _, d in scored[:limit]:
            doc = self.docs[d]
            spans = [
                (m.start(), m.end()) for m in WORD.finditer(doc.text) if self.vocab.get(_fold(m.group())) in matched
            ]
            hits.append(Hit(doc, round(score, 2), spans))
        return hits


class Hits(list[Hit]):
    """The hits shown, with the number that matched: "50 of 1,234" (`more`: the count stopped at its cap)."""

    def __init__(
        self,
        hits: Iterable[Hit] = (),
        total: int = 0,
        more: bool = False,
        undated: int = 0,
        unread: list[str] | None = None,
    ) -> None:
        super().__init__(hits)
        self.total = max(total, len(self))
        self.more = more
        self.undated = undated  # matches a since:/until: filter left out for having no date
        self.unread = unread or []  # filters not understood, so not applied

    def counted(self) -> str:
        """ "12 result(s)", "50 of 1,234", "50 of 3,000+", and the undated a date filter left out."""
        if self.total <= len(self):
            out = f"{len(self):,} result(s)"
        else:
            out = f"{len(self):,} of {self.total:,}{'+' if self.more else ''}"
        out += f" · {self.undated:,} undated left out" if self.undated else ""
        if self.unread:
            out += " · not understood (use 2021, 2021-11 or 2021-11-26): " + " ".join(self.unread)
        return out


def docs_from(results: Iterable[tuple[Article, Analysis]]) -> dict[str, list[Doc]]:
    """Searchable docs of every scope from analysed articles: (Article, Analysis) pairs."""
    return corpus_views(results)[0]


def index_views(pairs: Iterable[tuple[Article, Analysis]]) -> tuple[dict[str, SearchIndex], dict[str, list[Doc]]]:
    """The four scopes' indexes and the corpus-wide views, as a reader and the server's warming build them."""
    docs, related = corpus_views(pairs)
    return {scope: SearchIndex(d) for scope, d in docs.items()}, related


def corpus_views(
    results: Iterable[tuple[Article, Analysis]],
) -> tuple[dict[str, list[Doc]], dict[str, list[Doc]]]:
    """The four scopes, plus the corpus-wide views behind speakers and initiatives.

    The views map a speaker or initiative doc's key (`related_key`) to every quote
    of that speaker, or every article that names that initiative, across the corpus.
    """
    out: dict[str, list[Doc]] = {s: [] for s in SCOPES}
    related: dict[str, list[Doc]] = {}
    speakers: dict[str, Doc] = {}
    initiatives: dict[str, Doc] = {}
    for article, analysis in results:
        a, an = article, analysis
        ts = as_utc(a.published).timestamp() if a.published else None  # naive: UTC, as the list
        meta: dict[str, Any] = {"title": a.title, "source": a.source, "article_id": a.id, "outlet": a.outlet,
                                 "published": ts, "day": show_date(a.published)}  # fmt: skip
        article_doc = Doc("articles", a.title, extra=a.text[:4000], **meta)
        out["articles"].append(article_doc)
        for q in an.quotes:
            if q.kind == "direct":
                doc = Doc("quotes", q.text, speaker=q.speaker, start=q.start, end=q.end, **meta)
                out["quotes"].append(doc)
                if q.speaker:
                    related.setdefault("speakers:" + q.speaker.casefold(), []).append(doc)
        for s in an.speakers:
            key = s.name.casefold()
            if key not in speakers:
                text = f"{s.name} — {s.title}" if s.title else s.name
                speakers[key] = Doc("speakers", text, speaker=s.name, extra=" ".join(s.aliases), key=key, **meta)
        for i in an.initiatives:
            key = (i.acronym or i.name).casefold()
            if key not in initiatives:
                text = f"{i.name} ({i.acronym})" if i.acronym else i.name
                initiatives[key] = Doc("initiatives", text, extra=i.kind, key=key, **meta)
            related.setdefault("initiatives:" + key, []).append(article_doc)
    out["speakers"] = list(speakers.values())
    out["initiatives"] = list(initiatives.values())
    for docs in related.values():
        docs.sort(key=lambda d: -(d.published or 0.0))
    return out, related


def related_key(doc: Doc) -> str | None:
    """The key of a speaker's or initiative's corpus-wide view (their quotes; the articles naming it)."""
    return f"{doc.scope}:{doc.key}" if doc.scope in ("speakers", "initiatives") and doc.key else None


class LayeredIndex:
    """An index built for the corpus as it was, with the articles changed since laid over it: the base's hits
    from changed or removed files are hidden, the changed articles' own docs are searched in a small index
    beside it, and the two lists merged as one ranking. So a watched corpus stays searchable as files come and
    go, without indexing it all again (the next reader builds and stores the whole index for the new corpus)."""

    def __init__(self, base: SearchIndex, hidden: frozenset[str] = frozenset(), docs: Sequence[Doc] = ()) -> None:
        self.base = base
        self.hidden = hidden  # sources (files) whose base docs no longer stand
        self.docs = list(docs)
        self.delta = SearchIndex(self.docs) if self.docs else None

    @classmethod
    def over(cls, index: SearchIndex | LayeredIndex, changed: Iterable[str], docs: Sequence[Doc]) -> LayeredIndex:
        """`index` with the files `changed` (added, edited or deleted) now holding `docs` (their new docs)."""
        changed = frozenset(changed)
        if isinstance(index, LayeredIndex):  # a second change: one layer still, the older changes kept
            kept = [d for d in index.docs if d.source not in changed]
            return cls(index.base, index.hidden | changed, [*kept, *docs])
        return cls(index, changed, docs)

    def __len__(self) -> int:
        return len(self.base) + len(self.docs)  # the hidden base docs are few and not counted apart

    def search(self, query: str | Query, limit: int = 20) -> Hits:
        got = self.base.search(query, limit=limit + 50)  # room for the hidden ones
        kept = [h for h in got if h.doc.source not in self.hidden]
        new = self.delta.search(query, limit=limit) if self.delta is not None else Hits()
        merged = sorted([*kept, *new], key=lambda h: (-round(h.score, 1), -(h.doc.published or 0.0)))[:limit]
        total = got.total - (len(got) - len(kept)) + new.total
        return Hits(merged, total, got.more or new.more, got.undated + new.undated, got.unread)
