"""Export: an article's digest, a speaker's quotes, or the saved quotes, as Markdown, CSV or JSON.

Files are created exclusively (`open(..., "x")`): an existing file is never
overwritten unless the caller was told it exists and asked to replace it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tui.analysis import Analysis, Quote, Speaker
from tui.articles import Article
from tui.articles.safe import clean_line
from tui.library.extract import CSV_FIELDS, csv_cells, csv_rows, record, to_markdown
from tui.library.state import SavedQuote
from tui.paths import create_file, replace_file

if TYPE_CHECKING:
    from tui.library.corpus import Library
    from tui.library.state import State

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
        titles = {s.name: s.title for s in analysis.speakers}
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
                    q.speaker, titles.get(q.speaker or ""), q.text, q.kind, article.title, article.outlet,
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


def citation(quote: Quote, speakers: Iterable[Speaker], article: Article) -> str:
    """A quote as the reader copies it: its words, who said it with their title in the article, and where."""
    who = quote.speaker or "unattributed"
    title = next((s.title for s in speakers if s.name == who), None)
    if title:
        who = f"{who}, {title}"
    source = " · ".join(x for x in (article.outlet, article.title) if x)
    words = f"“{quote.text}”" if quote.kind == "direct" else f"(reported) {quote.text}"
    return f"{words} — {who} ({source})"


def write_new(path: Path, text: str, *, overwrite: bool = False, make_folder: bool = False) -> Path:
    """Write text to path; FileExistsError when it exists and overwriting was not asked for.

    A new file is created exclusively and never through a symlink; a replaced one is replaced whole (see
    tui.paths.replace_file: safe temp file, mode kept, only a regular file replaced). A missing folder is an
    error unless make_folder says to make it."""
    path = path.expanduser()
    if not path.parent.is_dir():
        if not make_folder:
            raise FileNotFoundError(2, "no such folder", str(path.parent))
        path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    return replace_file(path, data) if overwrite else create_file(path, data)


def confined(root: Path, name: str) -> Path | None:
    """The file `name` inside root, for remote users: a plain file name (no folder, no dot file, no control
    character), else None. Nothing a remote user types names another place on the server."""
    name = name.strip()
    if (
        not name
        or len(name) > 120
        or name.startswith(".")
        or any(c in name for c in "/\\")
        or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name)
    ):
        return None
    return root / name


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe form of a title or name."""
    keep = "".join(c.lower() if c.isalnum() else "-" for c in text)
    whole = "-".join(p for p in keep.split("-") if p)
    if len(whole) > limit:
        cut = whole.rfind("-", 0, limit + 1)  # at a word's end, not in its middle
        whole = whole[: cut if cut > 0 else limit]
    return whole.strip("-") or "export"


@dataclass(frozen=True)
class ExportChoice:
    """What the export dialog was asked to write: the article's digest, a speaker's quotes, or the saved quotes."""

    what: Literal["article", "speaker", "saved"]
    fmt: str
    path: str
    overwrite: bool = False
    speaker: str | None = None  # for what == "speaker"


def export(
    choice: ExportChoice, library: Library, articles: list[Article], article: Article | None, state: State | None,
    root: Path | None,
) -> tuple[bool, str]:  # fmt: skip
    """Write what the reader chose: (written, what to tell the reader). A speaker's quotes read every article's
    analysis. `root`: a remote user's own export folder; their messages never show a server path."""
    shown = Path(choice.path).name if root is not None else choice.path
    try:
        if choice.what == "article" and article is not None:
            text, count = article_digest(article, library.analysis(article), choice.fmt), "the digest"
        elif choice.what == "speaker" and choice.speaker:
            rows = quote_rows(library.pairs(list(articles)), speaker=choice.speaker)
            text, count = quotes_document(rows, choice.fmt, f"Quotes of {choice.speaker}"), f"{len(rows)} quote(s)"
        else:
            rows = saved_rows(state.saved() if state is not None else [])
            text, count = quotes_document(rows, choice.fmt, "Saved quotes"), f"{len(rows)} saved quote(s)"
        if root is not None:
            from tui.paths import private_dir

            private_dir(root)
        written = write_new(Path(choice.path), text, overwrite=choice.overwrite)
    except FileExistsError:
        return False, f"{shown} exists: nothing written"
    except OSError as exc:
        return False, f"Could not write {shown}: {exc.strerror or 'error'}"
    where = f"your export folder as {written.name}" if root is not None else str(written)
    return True, f"Exported {count} to {where}"
