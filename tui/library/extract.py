"""Analysis over a whole corpus, in several processes when asked, for `newsdesk extract`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from tui.analysis import analyze
from tui.articles import DEFAULT_MAX_BYTES, LoadProblem, iter_load
from tui.articles.sources import file_entries, is_file_source, read_file
from tui.library.formats import Result, render


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


def _work_rendered(fmt: str, job: tuple[str, str, str, int]) -> list[str | LoadProblem]:
    """As _work, but the worker also renders: text crosses the process boundary far cheaper than objects."""
    return [x if isinstance(x, LoadProblem) else render(fmt, *x) for x in _work(job)]


def _jobs_for(sources: Iterable[str], max_bytes: int) -> Iterator[tuple[str, str, str, int] | str | LoadProblem]:
    """File jobs for workers; other sources (stdin, URLs) are passed through to run here."""
    for src in sources:
        if is_file_source(src):
            for entry in file_entries(src):
                yield entry if isinstance(entry, LoadProblem) else (*entry, max_bytes)
        else:
            yield src


def extract_rendered(
    sources: Iterable[str], fmt: str, *, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[str | LoadProblem]:
    """Each article already rendered as a JSON line or a Markdown digest, in source order."""
    from functools import partial

    for item in _run(sources, partial(_work_rendered, fmt), jobs, max_bytes):
        yield render(fmt, *item) if isinstance(item, tuple) else item


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
        from tui.library.pool import ordered_map

        results = ordered_map(work, file_jobs, jobs, threaded=False, chunk=32)
    else:
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
        close = getattr(results, "close", None)
        if close is not None:
            close()  # the pool's work not started yet is dropped (`newsdesk extract | head`)
