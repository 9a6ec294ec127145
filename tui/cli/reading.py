"""`newsdesk list`, `extract` and `export`: the corpus read through the cache (a second run reads what the first
computed), problems reported on stderr, progress while a cold corpus is read and analysed."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.cli.args import build_parser, cache_arg, max_bytes_of
from tui.paths import default_sources

if TYPE_CHECKING:
    from tui.articles.model import LoadProblem


def report_problems(problems: Sequence[LoadProblem], loaded: int) -> None:
    """A short summary on stderr: one line a problem, capped so a bad folder stays readable."""
    if not problems:
        return
    from rich.console import Console
    from rich.markup import escape

    err = Console(stderr=True, highlight=False)
    shown = 20
    err.print(f"[yellow]{len(problems)} source(s) skipped[/] ({loaded} article(s) loaded):")
    for p in problems[:shown]:
        err.print(f"  [bold]{escape(p.shown_source)}[/]: {escape(p.reason)}", soft_wrap=True)
    if len(problems) > shown:
        err.print(f"  … and {len(problems) - shown} more")


class Analysed:
    """(article, analysis) pairs in source order, streamed; `problems` and `count` fill as they are read."""

    def __init__(self, args: argparse.Namespace, sources: list[str]) -> None:
        self.problems: list[Any] = []
        self.count = 0
        self._args, self._sources = args, sources

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        return self._stream(as_dicts=False)

    def records(self) -> Iterator[tuple[Any, dict[str, object]]]:
        """(article, analysis.to_dict()): from the cache without building analyses, the warm path of extract."""
        return self._stream(as_dicts=True)

    def jsonl(self) -> Iterator[str]:
        """The JSONL text of every record, in order. A warm corpus's records are made in `--jobs` worker
        processes a chunk each (reading stored analyses and encoding them is the whole of a warm extract)."""
        jobs = self._jobs()
        if jobs > 1 and cache_arg(self._args) != "":
            lib = library_of(self._args)
            articles = self.ready(lib)
            if len(articles) > 2 * RECORD_CHUNK:
                yield from self._forked(lib, articles, jobs)
                return
            records = self._counted(lib.records(articles))
        else:
            records = self.records()
        line = _jsonl_line()
        for article, d in records:
            yield line(article, d)

    def _forked(self, lib: Any, articles: list[Any], jobs: int) -> Iterator[str]:
        from tui.library.pool import ordered_map

        global _FORKED
        _FORKED = (cache_arg(self._args), articles)  # what the forked workers read (never pickled)
        line = _jsonl_line()
        spans = [(i, min(i + RECORD_CHUNK, len(articles))) for i in range(0, len(articles), RECORD_CHUNK)]
        try:
            for (lo, hi), text in zip(spans, ordered_map(_records_text, spans, jobs, threaded=False), strict=True):
                if text is None:  # a chunk not stored as listed: read here, as a single process would
                    text = "".join(line(a, d) for a, d in lib.records(articles[lo:hi]))
                self.count += hi - lo
                yield text
        finally:
            _FORKED = None

    def _counted(self, pairs: Iterator[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
        for pair in pairs:
            self.count += 1
            yield pair

    def _jobs(self) -> int:
        return self._args.jobs if self._args.jobs > 0 else (os.cpu_count() or 1)

    def ready(self, lib: Any) -> list[Any]:
        """Every article of the sources in order, each analysed in the cache (what it lacked, in worker
        processes); the problems kept. For a caller that reads the analyses it needs itself."""
        articles, self.problems = read_sources(lib, self._args, self._sources)
        todo = len(lib.missing(articles))
        if todo:
            with progress(f"analysing {todo:,} articles") as step:
                lib.analyse_all(articles, jobs=self._jobs(), progress=step)
        return articles

    def _stream(self, *, as_dicts: bool) -> Iterator[tuple[Any, Any]]:
        args, sources = self._args, self._sources
        if cache_arg(args) == "":  # --no-cache: read and analyse every file afresh, in worker processes
            from tui.library.extract import extract

            for item in extract(sources, jobs=self._jobs(), max_bytes=max_bytes_of(args)):
                if isinstance(item, tuple):
                    self.count += 1
                    yield (item[0], item[1].to_dict()) if as_dicts else item
                else:
                    self.problems.append(item)
            return
        lib = library_of(args)  # a second run reads what the first computed
        articles = self.ready(lib)
        yield from self._counted(lib.records(articles) if as_dicts else lib.pairs(articles))


RECORD_CHUNK = 400  # articles a worker reads and encodes at a time
_FORKED: tuple[str | None, list[Any]] | None = None


def _jsonl_line() -> Callable[[Any, dict[str, object]], str]:
    """The one way a record is written as a JSONL line, here and in the workers."""
    from tui.library.formats import record

    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    return lambda article, d: encode(record(article, d)) + "\n"


def _records_text(span: tuple[int, int]) -> str | None:
    """A forked worker's chunk: its records as JSONL, read through a cache connection of its own."""
    from tui.library.corpus import open_library

    assert _FORKED is not None, "set before the workers fork"
    cache, articles = _FORKED
    got = open_library(cache).stored_records(articles[span[0] : span[1]])
    if got is None:
        return None
    line = _jsonl_line()
    return "".join(line(a, d) for a, d in got)


@contextmanager
def progress(what: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr while a cold corpus is analysed, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=None)

        def step(done: int, total: int) -> None:
            if total:
                bar.update(task, completed=done, total=total)
            else:  # a count with no end known yet: shown beside the words
                bar.update(task, description=f"{what}: {done:,}")

        yield step


def library_of(args: argparse.Namespace) -> Any:
    """The Library over the cache the options name, its notices (a cache moved aside, …) said on stderr."""
    from tui.library.corpus import open_library

    lib = open_library(cache_arg(args))
    for notice in lib.notices:
        print(f"newsdesk: {notice}", file=sys.stderr)
    return lib


def read_sources(lib: Any, args: argparse.Namespace, sources: list[str]) -> tuple[list[Any], list[Any]]:
    """Every article in source order and every problem, with a count on stderr while they are read."""
    with progress("reading articles") as step:
        return lib.load_ordered(sources, max_bytes=max_bytes_of(args), progress=lambda n: step(n, 0))


def cmd_list(args: argparse.Namespace) -> int:
    articles, problems = read_sources(library_of(args), args, default_sources(args.sources))
    report_problems(problems, len(articles))
    out = sys.stdout
    if args.format == "jsonl":
        for a in articles:
            out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
    else:
        list_table(articles)
    return 0 if articles else 1


def term_width() -> int:
    """The columns a table is laid out in: the terminal's, or 100 when the output is a file or a pipe."""
    import shutil

    return shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100


def list_table(articles: list[Any]) -> None:
    """The table as plain lines in fixed columns: its cost is the rows' (a Rich table of 17,933 rows spent 88% of
    `list` measuring them, and Rich still took 0.4 ms a row in chunks). Titles are cleaned text, written as is.
    The last column is the article's id, whole, as `export --article` takes it."""
    import textwrap

    from rich.cells import cell_len, set_cell_size

    from tui.articles.safe import clean_line

    if sys.stdout is None:
        return  # stdout closed (`>&-`): nothing to write to
    width = term_width()
    outlet_w = max(6, min(24, max((cell_len(a.outlet) for a in articles), default=6), width // 5))
    para_w = max(1, len(str(max((a.paragraph_count for a in articles), default=0))))
    id_w = max(2, min(max((cell_len(a.id) for a in articles), default=2), width // 4))
    title_w = max(10, width - 16 - outlet_w - para_w - id_w - 8)
    blank = " " * (16 + 2 + outlet_w + 2)
    out = sys.stdout
    out.write(
        f"{'Date':<16}  {set_cell_size('Outlet', outlet_w)}  {set_cell_size('Title', title_w)}  {'¶':>{para_w}}  Id\n"
    )
    for a in articles:
        date = a.published.strftime("%Y-%m-%d %H:%M") if a.published else ""
        outlet = a.outlet if cell_len(a.outlet) <= outlet_w else set_cell_size(a.outlet, outlet_w - 1) + "…"
        lines = textwrap.wrap(a.title, title_w, break_long_words=True) or [""]
        head = f"{date:<16}  {set_cell_size(outlet, outlet_w)}  {set_cell_size(lines[0], title_w)}  "
        out.write(head + f"{a.paragraph_count:>{para_w}}  {clean_line(a.id)}\n")
        for more in lines[1:]:
            out.write(blank + more + "\n")


def cmd_extract(args: argparse.Namespace) -> int:
    from tui.library.formats import to_markdown, write

    if args.jobs < 0:
        build_parser().error("--jobs must be 0 (one per core) or more")
    pairs = Analysed(args, default_sources(args.sources))
    out = sys.stdout
    if args.explain:
        for article, analysis in pairs:
            out.write(f"# {article.title}  ({article.source})\n")
            for q in analysis.quotes:
                text = q.text if len(q.text) <= 70 else q.text[:69] + "…"
                kind = "" if q.kind == "direct" else " (reported)"
                out.write(f"  [{q.rule or 'unattributed'}] {q.speaker or '-'}{kind}: {text}\n")
    elif args.format == "jsonl":
        for text in pairs.jsonl():
            out.write(text)
    elif args.format == "md":
        for article, analysis in pairs:
            out.write(to_markdown(article, analysis))
    else:
        write(pairs, args.format, out)
    out.flush()
    report_problems(pairs.problems, pairs.count)
    return 0 if pairs.count else 1


def cmd_export(args: argparse.Namespace) -> int:

    from tui.library import export as ex
    from tui.library import formats as fm

    if args.saved:
        from tui.library.state import State

        state = State()
        if state.notices:  # an unreadable state is an error, not an empty list of saved quotes
            for notice in state.notices:
                print(f"newsdesk export: {notice}", file=sys.stderr)
            return 1
        text = fm.quotes_document(fm.saved_rows(state.saved()), args.format, "Saved quotes")
    else:
        lib = library_of(args)
        articles: list[Any] = []
        problems: list[Any] = []
        for batch in lib.load(default_sources(args.sources), max_bytes=max_bytes_of(args)):
            for item in batch:
                (problems if hasattr(item, "reason") else articles).append(item)
        report_problems(problems, len(articles))
        if args.article:
            found = [a for a in articles if a.id == args.article or a.source.endswith(args.article)]
            if len(found) != 1:
                names = ", ".join(a.id for a in found[:5])
                print(
                    f"newsdesk export: {len(found)} articles match {args.article!r}" + (f": {names}" if names else ""),
                    file=sys.stderr,
                )
                return 1
            text = fm.article_digest(found[0], lib.analysis(found[0]), args.format)
        else:
            rows = fm.quote_rows(lib.pairs(articles), speaker=args.speaker)
            if not rows:
                print(f"newsdesk export: no quotes of {args.speaker!r}", file=sys.stderr)
            text = fm.quotes_document(rows, args.format, f"Quotes of {args.speaker}")
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    try:
        written = ex.write_new(Path(args.output), text, overwrite=args.force)
    except FileExistsError:
        print(f"newsdesk export: {args.output} exists; use --force to replace it", file=sys.stderr)
        return 1
    except FileNotFoundError:
        print(f"newsdesk export: no folder {Path(args.output).parent}: make it first", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"newsdesk export: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {written}", file=sys.stderr)
    return 0
