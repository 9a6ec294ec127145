"""Speaker profiles and shared quotes as text: the `speakers`, `speaker` and `quotes --shared` commands' output,
and the month series the profile screen draws. Plain strings; every name and quote is article text, so the
Markdown is escaped where it could be read as markup."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

from tui.articles.safe import clean_line

# The kinds `newsdesk speakers` lists by default: people, surnames no evidence tied to one person, named bodies
LISTED = ("person", "surname", "org")
_BARS = "▁▂▃▄▅▆▇█"
_KIND = {"person": "", "surname": "surname only", "org": "organisation", "descriptor": "descriptor"}


def day(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%d %b %Y") if ts is not None else ""


def span(p: dict[str, Any]) -> str:
    """When a profile's articles ran: "12 Jun 1996 – 07 Sep 2016", or "undated"."""
    return f"{day(p['first'])} – {day(p['last'])}" if p["first"] is not None else "undated"


def also_named(p: dict[str, Any]) -> list[str]:
    """The other names a profile goes by: a speaker's variants ([name, count] pairs), an initiative's (names,
    the "NAME (ACRONYM)" form of its own name aside)."""
    names = [v if isinstance(v, str) else v[0] for v in p["variants"]]
    own = {p["name"], f"{p['name']} ({p['acronym']})"} if p.get("acronym") else {p["name"]}
    return [n for n in names if n not in own]


def version_speakers(versions: list[dict[str, Any]]) -> set[str]:
    """Whom the versions of one quotation are given to (their identities, else the names as written)."""
    return {v["identity"] or v["speaker"] for v in versions} - {None}


def months_filled(months: list[list[Any]] | list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every month from the first to the last, with zeros, so a timeline's gaps show."""
    if not months:
        return []
    have = {m: int(n) for m, n in months}
    first, last = min(have), max(have)
    y, mo = int(first[:4]), int(first[5:7])
    out = []
    while True:
        key = f"{y:04d}-{mo:02d}"
        out.append((key, have.get(key, 0)))
        if key >= last or len(out) > 1200:
            return out
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)


def sparkline(values: list[int], width: int) -> str:
    """Values as block characters, squeezed into `width` columns by summing neighbours."""
    if not values or width <= 0:
        return ""
    if len(values) > width:
        step = len(values) / width
        values = [sum(values[int(i * step) : int((i + 1) * step)]) for i in range(width)]
    top = max(values) or 1
    return "".join(" " if v == 0 else _BARS[min(7, (v * 8 - 1) // top)] for v in values)


def _span(t: dict[str, Any]) -> str:
    """ ", 04 Mar 2019" or ", 04 Mar 2019 – 12 Mar 2019": when a title was seen."""
    if t["first"] is None:
        return ""
    return f", {day(t['first'])}" if day(t["first"]) == day(t["last"]) else f", {day(t['first'])} – {day(t['last'])}"


def _md(text: str) -> str:
    """Article text inside Markdown: the characters Markdown reads as markup, escaped."""
    out = clean_line(text)
    for ch in "\\`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def speakers_text(rows: list[dict[str, Any]], fmt: str, width: int = 100) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(_summary_record(r), ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["speaker", "kind", "quotes", "reported", "articles", "first", "last", "titles"])
        for r in rows:
            rec = _summary_record(r)
            w.writerow([_cell(rec["speaker"]), rec["kind"], rec["quotes"], rec["reported"], rec["articles"],
                        rec["first"], rec["last"], _cell("; ".join(rec["titles"]))])  # fmt: skip
        return buf.getvalue()
    name_w = max(12, min(32, width // 3))
    head = f"{'Speaker':<{name_w}}  {'Quotes':>6}  {'Rep.':>5}  {'Art.':>5}  {'First':<11}  {'Last':<11}  Titles\n"
    lines = [head]
    rest = max(10, width - name_w - 50)
    for r in rows:
        name = clean_line(r["name"]) + ("?" if r["kind"] == "surname" else "")
        name = name if len(name) <= name_w else name[: name_w - 1] + "…"
        titles = clean_line("; ".join(r["titles"]))
        titles = titles if len(titles) <= rest else titles[: rest - 1] + "…"
        lines.append(f"{name:<{name_w}}  {r['quotes']:>6}  {r['reported']:>5}  {r['articles']:>5}  "
                     f"{day(r['first']):<11}  {day(r['last']):<11}  {titles}\n")  # fmt: skip
    return "".join(lines)


def _cell(text: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = clean_line(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _summary_record(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "speaker": r["name"], "kind": r["kind"], "quotes": r["quotes"], "reported": r["reported"],
        "articles": r["articles"], "first": day(r["first"]), "last": day(r["last"]), "titles": r["titles"],
        "variants": r["variants"],
    }  # fmt: skip


def profile_text(p: dict[str, Any], fmt: str) -> str:
    if fmt == "jsonl":
        return json.dumps(p, ensure_ascii=False) + "\n"
    kind = _KIND.get(p["kind"], p["kind"])
    lines = [f"# {_md(p['name'])}", ""]
    lines.append(" · ".join(x for x in (kind, f"{p['quotes']} quotes", f"{p['reported']} reported",
                                        f"{p['articles']} articles", span(p)) if x))  # fmt: skip
    lines.append("")
    others = also_named(p)
    if others:
        lines.append("Also named: " + ", ".join(_md(v) for v in others[:12]))
    if p["titles"]:
        lines.append("Titles: " + "; ".join(f"{_md(t['title'])} ({t['count']}{_span(t)})" for t in p["titles"][:8]))
    if p["outlets"]:
        lines.append("Outlets: " + ", ".join(f"{_md(o)} {n}" for o, n in p["outlets"][:10]))
    if p["maybe"]:
        lines.append("Possibly the same as: " + ", ".join(_md(n) for _, n in p["maybe"][:10]))
    series = months_filled(p["months"])
    if series:
        lines.append(f"Quotes by month ({series[0][0]} to {series[-1][0]}): `{sparkline([n for _, n in series], 60)}`")
    if p["initiatives"]:
        lines.append("Speaks about: " + ", ".join(f"{_md(n)} ({c})" for n, c in p["initiatives"]))
    if p["alongside"]:
        lines.append("Quoted alongside: " + ", ".join(f"{_md(n)} ({c})" for _, n, c in p["alongside"]))
    for item in p["items"]:
        lines += ["", f"## {_md(item['title'] or item['article_id'])}", ""]
        lines.append(" · ".join(x for x in (item["day"], _md(item["outlet"]), _md(item["article_id"])) if x))
        lines.append("")
        for q in item["quotes"]:
            also = f" (also in {q['shared'] - 1} other article(s))" if q.get("shared", 0) > 1 else ""
            mark = "- “" + _md(q["text"]) + "”" if q["kind"] == "direct" else "- ≈ " + _md(q["text"]) + " (reported)"
            lines.append(mark + also)
    return "\n".join(lines) + "\n"


def group_text(versions: list[dict[str, Any]], fmt: str) -> str:
    """One quotation as several articles report it: each version with its outlet, date and speaker."""
    speakers = version_speakers(versions)
    if fmt == "jsonl":
        return json.dumps({"versions": versions, "speakers_differ": len(speakers) > 1}, ensure_ascii=False) + "\n"
    from tui.library.peopleprofile import versions_marked

    head = f"## {len(versions)} versions" + (" · speakers differ: " + ", ".join(sorted(_md(s) for s in speakers))
                                               if len(speakers) > 1 else "")  # fmt: skip
    lines = [head, ""]
    for v, parts in zip(versions, versions_marked([v["text"] for v in versions]), strict=True):
        text = "".join(f"**{_md(w)}**" if differs else _md(w) for w, differs in parts)
        who = v["identity"] or v["speaker"] or "unattributed"
        lines.append(f"- {v['day'] or 'undated'} · {_md(v['outlet'] or '-')} · {_md(who)}: “{text}” "
                     f"({_md(v['article_id'])})")  # fmt: skip
    return "\n".join(lines) + "\n\n"


def initiative_text(p: dict[str, Any], fmt: str) -> str:
    """An initiative across the corpus: when it is mentioned, by whom, what articles say it is, every mention."""
    if fmt == "jsonl":
        return json.dumps(p, ensure_ascii=False) + "\n"
    name = _md(p["name"]) + (f" ({_md(p['acronym'])})" if p["acronym"] else "")
    lines = [f"# {name}", "", " · ".join(x for x in (p["kind"], f"{p['mentions']} mentions",
                                                       f"{p['articles']} articles", span(p)) if x), ""]  # fmt: skip
    others = also_named(p)
    if others:
        lines.append("Also named: " + ", ".join(_md(v) for v in others[:10]))
    if p["outlets"]:
        lines.append("Outlets: " + ", ".join(f"{_md(o)} {n}" for o, n in p["outlets"][:10]))
    series = months_filled(p["months"])
    if series:
        line = sparkline([n for _, n in series], 60)
        lines.append(f"Mentions by month ({series[0][0]} to {series[-1][0]}): `{line}`")
    if p["speakers"]:
        lines.append("Spoken of by: " + ", ".join(f"{_md(n)} ({c})" for _, n, c in p["speakers"]))
    if p["described"]:
        lines.append("What the articles say it is:")
    for d in p["described"][:8]:
        lines.append(f"- {_md(d['text'])} ({' · '.join(x for x in (d['day'], _md(d['outlet'])) if x)})")
    for item in p["items"]:
        lines += ["", f"## {_md(item['title'] or item['article_id'])}", ""]
        lines.append(" · ".join(x for x in (item["day"], _md(item["outlet"]), _md(item["article_id"])) if x))
        lines.append("")
        for m in item["mentions"]:
            t, at, n = m["text"], m["at"], m["length"]
            lines.append(f"- {_md(t[:at])}**{_md(t[at : at + n])}**{_md(t[at + n :])}")
    return "\n".join(lines) + "\n"
