"""Analysis over a whole corpus, in several processes when asked, for `newsdesk extract`."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tui.analysis import Analysis, analyze
from tui.articles import DEFAULT_MAX_BYTES, Article, LoadProblem, iter_load
from tui.articles.dates import show_date
from tui.articles.safe import clean_line
from tui.articles.sources import is_file_source, read_file, walk_paths

Result = tuple[Article, Analysis]


def _work(job: tuple[str, str, str, int]) -> list[Result | LoadProblem]:
    """One file in a worker: read, parse and analyse; never raises."""
    path, source, id, max_bytes = job
    out: list[Result | LoadProblem] = []
    for item in read_file(path, source, id, max_bytes=max_bytes):
        if isinstance(item, LoadProblem):
            out.append(item)
            continue
        try:
            out.append((item, analyze(item)))
        except Exception as exc:  # noqa: BLE001 - one article's analysis must not stop the corpus
            out.append(LoadProblem(item.source, f"analysis failed ({type(exc).__name__}: {exc})"))
    return out


def _render(fmt: str, article: Article, analysis: Analysis) -> str:
    if fmt == "md":
        return to_markdown(article, analysis)
    return json.dumps(record(article, analysis), ensure_ascii=False) + "\n"


def _work_rendered(fmt: str, job: tuple[str, str, str, int]) -> list[str | LoadProblem]:
    """As _work, but the worker also renders: text crosses the process boundary far cheaper than objects."""
    return [x if isinstance(x, LoadProblem) else _render(fmt, *x) for x in _work(job)]


def _jobs_for(sources: Iterable[str], max_bytes: int) -> Iterator[tuple[str, str, str, int] | str | LoadProblem]:
    """File jobs for workers; other sources (stdin, URLs) are passed through to run here."""
    for src in sources:
        p = Path(src)
        if is_file_source(src) and p.is_dir():
            for item in walk_paths(str(p)):
                if isinstance(item, LoadProblem):
                    yield item
                else:
                    yield (item[0], item[0], item[1], max_bytes)
        elif is_file_source(src) and p.is_file():
            yield (str(p), src, p.name, max_bytes)
        else:
            yield src


def extract_rendered(
    sources: Iterable[str], fmt: str, *, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[str | LoadProblem]:
    """Each article already rendered as a JSON line or a Markdown digest, in source order."""
    from functools import partial

    for item in _run(sources, partial(_work_rendered, fmt), jobs, max_bytes):
        yield _render(fmt, *item) if isinstance(item, tuple) else item


def extract(
    sources: Iterable[str], *, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Result | LoadProblem]:
    """Analysed articles in source order (files in name order), problems where they occur."""
    yield from _run(sources, _work, jobs, max_bytes)


def _run(sources: Iterable[str], work, jobs: int, max_bytes: int):  # noqa: ANN001, ANN202 - work is _work or a partial
    """Files go to `work` (in a pool when jobs > 1); stdin and URLs are read and analysed here."""
    items = list(_jobs_for(sources, max_bytes))
    if jobs == 0:
        jobs = os.cpu_count() or 1
    file_jobs = [x for x in items if isinstance(x, tuple)]
    results: Iterator[Any]
    if jobs > 1 and len(file_jobs) > 1:
        import multiprocessing as mp

        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        pool = ctx.Pool(jobs)
        results = pool.imap(work, file_jobs, chunksize=32)
    else:
        pool = None
        results = map(work, file_jobs)
    try:
        for x in items:
            if isinstance(x, LoadProblem):
                yield x
            elif isinstance(x, tuple):
                yield from next(results)
            else:
                for item in iter_load([x], max_bytes=max_bytes):
                    if isinstance(item, LoadProblem):
                        yield item
                    else:
                        yield (item, analyze(item))
    finally:
        if pool is not None:
            pool.terminate()


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
    titles = {s.name: s.title for s in analysis.speakers}
    date = article.published.isoformat() if article.published else ""
    for q in analysis.quotes:
        yield [clean_line(article.source), article.title, date, q.speaker or "", titles.get(q.speaker or "") or "",
               q.kind, q.text, q.start, q.end, q.cue]  # fmt: skip


def write(results: Iterable[Result | LoadProblem], fmt: str, out: io.TextIOBase) -> tuple[int, list[LoadProblem]]:
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
