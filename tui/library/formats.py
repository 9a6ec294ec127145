"""Every shape a quote or an article's analysis is written in, in one place: the JSON record scripts and the
scorer read, the Markdown digest, CSV rows (cells made inert for spreadsheets), the quote lists of an export,
and the citation the reader copies. tui.library.extract runs the pipeline that feeds them; tui.library.export
does the safe write."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import TextIO

from tui.analysis import Analysis, Quote
from tui.articles import Article, LoadProblem
from tui.articles.dates import show_date
from tui.articles.safe import clean_line
from tui.library.state import SavedQuote

Result = tuple[Article, Analysis]


def render(fmt: str, article: Article, analysis: Analysis) -> str:
    if fmt == "md":
        return to_markdown(article, analysis)
    return json.dumps(record(article, analysis), ensure_ascii=False) + "\n"


def record(article: Article, analysis: Analysis | dict[str, object]) -> dict[str, object]:
    """The JSON shape scripts and the scorer read (`analysis` may be its to_dict() already)."""
    return {
        "path": article.source,
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet,
        **(analysis if isinstance(analysis, dict) else analysis.to_dict()),
    }


def to_markdown(article: Article, analysis: Analysis) -> str:
    """A readable digest: who spoke, what they said, what the story names."""
    date = show_date(article.published, time=True)
    meta = " · ".join(x for x in (article.outlet, article.author, date, article.dateline) if x)
    speakers = [
        f"**{s.name}**{f', {s.title}' if s.title else ''}: {s.quotes} quote(s)"
        + (f" (also: {', '.join(s.aliases)})" if s.aliases else "")
        for s in analysis.speakers
    ]
    quotes = [
        (f"“{q.text}”" if q.kind == "direct" else f"(reported) {q.text}") + f" — {q.speaker or 'unattributed'}"
        for q in analysis.quotes
    ]
    initiatives = [
        f"**{i.name}**{f' ({i.acronym})' if i.acronym else ''}, {i.kind}, {len(i.mentions)} mention(s)"
        + (f": {i.description}" if i.description else "")
        for i in analysis.initiatives
    ]
    out = [f"# {article.title}\n\n", f"{meta}  \n" if meta else "", f"`{clean_line(article.source)}`\n"]
    for heading, items in (("Speakers", speakers), ("Quotes", quotes), ("Initiatives", initiatives)):
        out.append(f"\n## {heading}\n\n")
        out.extend(f"- {item}\n" for item in items or ["none found"])
    out.append("\n")
    return "".join(out)


CSV_FIELDS = ["path", "title", "published", "speaker", "speaker_title", "kind", "quote", "start", "end", "cue"]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cells(row: Iterable[object]) -> list[object]:
    """A CSV row a spreadsheet will not run: a text cell opening like a formula gets a leading ' (OWASP)."""
    return [f"'{c}" if isinstance(c, str) and c.startswith(_FORMULA_STARTS) else c for c in row]


def csv_rows(article: Article, analysis: Analysis) -> Iterator[list[object]]:
    date = article.published.isoformat() if article.published else ""
    for q in analysis.quotes:
        yield [clean_line(article.source), article.title, date, q.speaker or "", q.speaker_title or "",
               q.kind, q.text, q.start, q.end, q.cue]  # fmt: skip


def write(results: Iterable[Result | LoadProblem], fmt: str, out: TextIO) -> tuple[int, list[LoadProblem]]:
    """Stream results in one format; returns the article count and the problems met."""
    n = 0
    problems: list[LoadProblem] = []
    writer = csv.writer(out) if fmt == "csv" else None
    if writer:
        writer.writerow(CSV_FIELDS)
    if fmt == "json":
        out.write("[")
    for item in results:
        if isinstance(item, LoadProblem):
            problems.append(item)
            continue
        article, analysis = item
        if fmt == "jsonl":
            out.write(json.dumps(record(article, analysis), ensure_ascii=False) + "\n")
        elif fmt == "json":
            out.write(("," if n else "") + "\n" + json.dumps(record(article, analysis), ensure_ascii=False, indent=1))
        elif fmt == "md":
            out.write(to_markdown(article, analysis))
        elif writer:
            for row in csv_rows(article, analysis):
                writer.writerow(csv_cells(row))
        n += 1
    if fmt == "json":
        out.write("\n]\n")
    return n, problems


FORMATS = ("md", "csv", "json")
QUOTE_FIELDS = ["speaker", "speaker_title", "quote", "kind", "title", "outlet", "published", "path", "start", "end"]


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One exported quote with where it comes from."""

    speaker: str | None
    speaker_title: str | None
    quote: str
    kind: str
    title: str
    outlet: str
    published: str | None
    path: str
    start: int
    end: int


def quote_rows(pairs: Iterable[tuple[Article, Analysis]], speaker: str | None = None) -> list[QuoteRow]:
    """Every quote of the articles (of one speaker when named; case and spacing do not matter)."""
    want = " ".join(speaker.split()).casefold() if speaker else None
    out: list[QuoteRow] = []
    for article, analysis in pairs:
        names = None
        if want is not None:
            # "Lacroix", "Jean-Pierre Lacroix": the name or any form the article calls the speaker by
            names = {
                s.name
                for s in analysis.speakers
                if s.name.casefold() == want or any(" ".join(a.split()).casefold() == want for a in s.aliases)
            }
        for q in analysis.quotes:
            if names is not None and q.speaker not in names:
                continue
            out.append(
                QuoteRow(
                    q.speaker, q.speaker_title, q.text, q.kind, article.title, article.outlet,
                    article.published.isoformat() if article.published else None, clean_line(article.source),
                    q.start, q.end,
                )
            )  # fmt: skip
    return out


def saved_rows(saved: Iterable[SavedQuote]) -> list[QuoteRow]:
    """The reader's saved quotes as export rows, direct or reported as they were saved."""
    return [
        QuoteRow(
            q.speaker,
            q.speaker_title,
            q.text,
            q.kind,
            q.title,
            q.outlet,
            q.published,
            clean_line(q.source),
            q.start,
            q.end,
        )
        for q in saved
    ]


def article_digest(article: Article, analysis: Analysis, fmt: str) -> str:
    if fmt == "md":
        return to_markdown(article, analysis)
    if fmt == "json":
        return json.dumps(record(article, analysis), ensure_ascii=False, indent=1) + "\n"
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_FIELDS)
    writer.writerows(csv_cells(r) for r in csv_rows(article, analysis))
    return buf.getvalue()


def quotes_document(rows: list[QuoteRow], fmt: str, heading: str) -> str:
    if fmt == "json":
        return json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(QUOTE_FIELDS)
        writer.writerows(csv_cells(getattr(r, f) for f in QUOTE_FIELDS) for r in rows)
        return buf.getvalue()
    out = [f"# {heading}\n\n"]
    for r in rows:
        who = r.speaker or "unattributed"
        if r.speaker_title:
            who += f", {r.speaker_title}"
        date = (r.published or "")[:10]
        where = " · ".join(x for x in (r.outlet, r.title, date) if x)
        text = f"“{r.quote}”" if r.kind == "direct" else f"(reported) {r.quote}"
        out.append(f"- {text} — {who} ({where})\n")
    if not rows:
        out.append("- none\n")
    return "".join(out)


def citation(quote: Quote, article: Article) -> str:
    """A quote as the reader copies it: its words, who said it with their title in the article, and where."""
    who = quote.speaker or "unattributed"
    if quote.speaker_title:
        who = f"{who}, {quote.speaker_title}"
    source = " · ".join(x for x in (article.outlet, article.title) if x)
    words = f"“{quote.text}”" if quote.kind == "direct" else f"(reported) {quote.text}"
    return f"{words} — {who} ({source})"
