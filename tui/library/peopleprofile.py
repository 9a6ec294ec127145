"""What a profile shows, as plain JSON-able data read off the joined identities (tui.library.people): a
speaker's or an initiative's articles, quotes, titles, months and company; and finding one by a typed name,
and the words that differ between versions of a shared quote."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from tui.library.names import fold
from tui.library.peoplemodel import MAX_ALONGSIDE, Identity, Named, Programme, form, month
from tui.library.search import WORD

if TYPE_CHECKING:
    from tui.library.people import People


def speaker_profile(people: People, ident: Identity) -> dict[str, Any]:
    """Everything the profile screen and `newsdesk speaker` show of one identity, as plain JSON-able data."""
    arts = sorted({m.art for m in ident.mentions}, key=lambda a: people.newest((a, 0)))
    names_in: dict[int, set[str]] = defaultdict(set)  # article -> the names it gives them, and as shown
    forms_in: dict[int, set[str]] = defaultdict(set)
    for m in ident.mentions:
        names_in[m.art].add(m.name)
        forms_in[m.art].add(form(m))
    titles: dict[str, list[Any]] = {}
    for m in ident.mentions:
        if m.title:
            ts = people.articles[m.art].ts
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
        art = people.articles[a]
        quotes = [q for name in names_in[a] for q in art.by_speaker().get(name, ())]
        quotes.sort()
        if art.outlet:
            outlets[art.outlet] += 1
        # People quoted alongside, from articles of a newsroom's size (a crafted article naming thousands of
        # speakers would make this speakers x speakers)
        for other in set(art.speakers.values()) - {ident.pid} if len(art.speakers) <= MAX_ALONGSIDE else ():
            if people.identities[other].kind in ("person", "surname"):  # people, not "the report" or "officials"
                alongside[other] += 1
        paras = {bisect_left(art.ends, q[0]) for q in quotes}
        for named in art.initiatives:
            if any(bisect_left(art.ends, m[0]) in paras for m in named.mentions):
                initiatives[people.programmes[named.iid].name if named.iid >= 0 else named.shown] += 1
        shared = people.shared_in(art.akey)
        said = sum(q[2] == "direct" for q in quotes)
        direct, reported = direct + said, reported + len(quotes) - said
        if art.ts is not None and quotes:
            months[month(art.ts)] += len(quotes)
        items.append({
            "source": art.source, "article_id": art.id, "title": art.title, "outlet": art.outlet,
            "published": art.ts, "day": art.day, "as": sorted(forms_in[a]),
            "quotes": [{"start": s, "end": e, "kind": k, "text": t, "shared": shared.get(s, [None, 0, 0])[1]}
                       for s, e, k, _, t in quotes],
        })  # fmt: skip
    dates = [t for t in (people.articles[a].ts for a in arts) if t is not None]
    variants = Counter(form(m) for m in ident.mentions)
    return {
        "pid": ident.pid, "name": ident.name, "kind": ident.kind,
        "variants": variants.most_common(),
        "titles": [{"title": t, "count": c, "first": f, "last": la}
                   for t, (c, f, la) in sorted(titles.items(), key=lambda kv: -kv[1][0])],
        "quotes": direct, "reported": reported, "articles": len(arts),
        "first": min(dates) if dates else None, "last": max(dates) if dates else None,
        "outlets": outlets.most_common(), "months": sorted(months.items()),
        "initiatives": initiatives.most_common(10),
        "alongside": [(p, people.identities[p].name, n) for p, n in alongside.most_common(10)],
        "maybe": [(p, people.identities[p].name) for p in sorted(ident.maybe)],
        "items": items,
    }  # fmt: skip


def initiative_profile(people: People, prog: Programme) -> dict[str, Any]:
    """Everything the initiative profile shows: when it is mentioned, who speaks about it, what the articles say
    it is, and every mention with the words around it."""
    by_art: dict[int, list[Named]] = defaultdict(list)
    for ai, n in prog.named:
        by_art[ai].append(n)
    arts = sorted(by_art, key=lambda a: people.newest((a, 0)))
    months: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    speakers: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    described: list[dict[str, Any]] = []
    items = []
    mentions = 0
    for a in arts:
        art = people.articles[a]
        outlets[art.outlet] += bool(art.outlet)
        paras = {bisect_left(art.ends, m[0]) for n in by_art[a] for m in n.mentions}
        for para in paras:
            for pid, count in art.para_speakers().get(para, {}).items():
                if people.identities[pid].kind == "person":
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
            months[month(art.ts)] += len(rows)
        items.append({
            "source": art.source, "article_id": art.id, "title": art.title, "outlet": art.outlet,
            "published": art.ts, "day": art.day, "mentions": sorted(rows, key=lambda r: r["start"]),
        })  # fmt: skip
    dates = [t for t in (people.articles[a].ts for a in arts) if t is not None]
    variants = Counter(n.shown for _, n in prog.named)
    return {
        "iid": prog.iid, "name": prog.name, "acronym": prog.acronym,
        "kind": kinds.most_common(1)[0][0] if kinds else "", "variants": [v for v, _ in variants.most_common()],
        "mentions": mentions, "articles": len(arts),
        "first": min(dates) if dates else None, "last": max(dates) if dates else None,
        "months": sorted(months.items()), "outlets": [o for o in outlets.most_common() if o[1]],
        "described": described,
        "speakers": [(p, people.identities[p].name, c) for p, c in speakers.most_common(10)],
        "items": items,
    }  # fmt: skip


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
