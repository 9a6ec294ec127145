"""The `newsdesk` command line: the reader by default, and plain commands for scripts.

Heavy modules (Textual, the analysis) are imported inside the command that
needs them, so `newsdesk list` and `--help` start fast.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui import __version__
from tui.paths import default_sources

if TYPE_CHECKING:
    from tui.config import Config

COMMANDS = ("list", "extract", "search", "export", "speakers", "speaker", "initiative", "quotes", "serve")
EPILOG = """commands:
  newsdesk [SOURCES...]            open the reader (no sources: the bundled seeds)
  newsdesk list [SOURCES...]       list articles: date, outlet, title, paragraphs
  newsdesk extract [SOURCES...]    speakers, quotes and initiatives per article
  newsdesk search QUERY [SOURCES...]  fuzzy search of quotes, speakers, initiatives, articles
  newsdesk export [SOURCES...] --article ID | --speaker NAME | --saved   write a digest or quotes
  newsdesk speakers [SOURCES...]   who speaks across the corpus, one line per person
  newsdesk speaker NAME [SOURCES...]  one speaker's profile: titles, timeline, every quote
  newsdesk initiative NAME [SOURCES...]  an initiative's profile: mentions over time, who speaks of it
  newsdesk quotes --shared [SOURCES...]  quotes reported by more than one article, with their versions
  newsdesk serve ssh [SOURCES...]   serve the reader over SSH (each session gets its own reader)
  newsdesk serve web [SOURCES...]   serve the reader in a browser (textual-serve)

SOURCES are files, folders (read recursively), RSS/Atom feed URLs, or - for
standard input. Run `newsdesk COMMAND --help` for a command's options."""


def _size(value: str) -> int:
    """Sizes in MB (float) or with a unit: 20, 0.5, 20MB, 500KB."""
    from tui.config import parse_size

    try:
        return parse_size(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a positive size: {value!r}") from None


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="*", metavar="SOURCES", help="files, folders, feed URLs, or - for stdin")
    p.add_argument(
        "--max-size",
        type=_size,
        default=None,
        metavar="MB",
        help="skip files larger than this (default 20 MB; units K, M, G accepted)",
    )


def _base_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsdesk",
        description="A terminal reader for news articles: who speaks, what they said, which initiatives.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    return ap


def build_parser() -> argparse.ArgumentParser:
    ap = _base_parser()
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", help="list articles as a table or JSON lines")
    _common(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    _cache_option(p)

    p = sub.add_parser("extract", help="speakers, quotes and initiatives of each article")
    _common(p)
    p.add_argument("--format", choices=("jsonl", "json", "md", "csv"), default="jsonl")
    _jobs_option(p, "worker processes (0: one per core; default 1, or jobs in config.toml)")
    p.add_argument(
        "--explain", action="store_true", help="each quote with the sieve and resolver step that attributed it"
    )
    _cache_option(p)

    p = sub.add_parser(
        "search",
        help="fuzzy search across the corpus",
        description="Query language: words (typos welcome), 'exact, ^prefix, suffix$, !exclude, a | b, "
        "by:speaker, in:outlet, since:2021-11, until:2022.",
    )
    p.add_argument("query", nargs="?", help="the query (quote it); omit with --queries")
    _common(p)
    p.add_argument("--scope", choices=("quotes", "speakers", "initiatives", "articles"), default="quotes")
    p.add_argument("--limit", type=_positive, default=20, metavar="N", help="results to show (1 or more)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--queries", metavar="FILE", help="run one query per line against one loaded corpus (JSONL out)")
    _jobs_option(p, "worker processes for loading (default 1, or config.toml)")
    _cache_option(p)

    p = sub.add_parser(
        "export",
        help="an article's digest, a speaker's quotes, or the saved quotes, to Markdown, CSV or JSON",
        description="Writes to standard output, or to --output; an existing file is never replaced without --force.",
    )
    _common(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--article", metavar="ID", help="the article with this id (or whose path ends so)")
    what.add_argument("--speaker", metavar="NAME", help="every quote of this speaker across the sources")
    what.add_argument("--saved", action="store_true", help="the quotes saved in the reader (S)")
    p.add_argument("--format", choices=("md", "csv", "json"), default="md")
    p.add_argument("--output", "-o", metavar="PATH", default="-", help="file to create (default: standard output)")
    p.add_argument("--force", action="store_true", help="replace --output if it exists")
    _cache_option(p)

    p = sub.add_parser(
        "speakers",
        help="who speaks across the corpus: one identity per person, most quoted first",
        description="The variants of one person's name across articles are one line (Bill Clinton, President "
        "Clinton, Mr Clinton); people sharing a surname stay apart.",
    )
    _common(p)
    p.add_argument("--top", type=_positive, metavar="N", help="only the N most quoted")
    p.add_argument("--all", action="store_true", help="descriptors too (analysts, a spokesman, the report)")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    _jobs_option(p, "worker processes for a cold corpus (default 1, or config.toml)")
    _cache_option(p)

    for command, help_, name in (
        ("speaker", "one speaker's profile across the corpus", "the name, as any article gives it (quote it)"),
        ("initiative", "one initiative's profile across the corpus (A4P, a summit, a treaty)",
         "its name or acronym (quote it)"),
    ):  # fmt: skip
        p = sub.add_parser(command, help=help_)
        p.add_argument("name", help=name)
        _common(p)
        p.add_argument("--format", choices=("md", "jsonl"), default="md")
        _jobs_option(p, "worker processes for a cold corpus (default 1, or config.toml)")
        _cache_option(p)

    p = sub.add_parser("quotes", help="quotations reported by several articles (--shared)")
    _common(p)
    p.add_argument("--shared", action="store_true", required=True, help="quotes reported by more than one article")
    p.add_argument("--format", choices=("md", "jsonl"), default="md")
    _jobs_option(p, "worker processes for a cold corpus (default 1, or config.toml)")
    _cache_option(p)

    p = sub.add_parser("serve", help="serve the reader over SSH or the web")
    how = p.add_subparsers(dest="how", metavar="ssh|web", required=True)
    s = how.add_parser("ssh", help="readers connect with plain ssh and get the reader, never a shell")
    _common(s)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=2222)
    s.add_argument("--authorized-keys", metavar="FILE", help="public keys allowed in (default ~/.ssh/authorized_keys)")
    s.add_argument("--host-key", metavar="FILE", help="the server's key, made on first start (default: data folder)")
    s.add_argument("--allow-anonymous", action="store_true", help="no authentication: a public, read-only kiosk")
    s.add_argument("--max-sessions", type=int, default=32, metavar="N")
    s.add_argument("--idle-timeout", type=float, default=30, metavar="MINUTES", help="0: never (default 30)")
    s.add_argument("--memory-limit", type=int, default=2048, metavar="MB", help="per reader process; 0: none")
    _jobs_option(s, "processes analysing the corpus at start (default 1, or config.toml)")
    s.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    w = how.add_parser("web", help="the reader in a browser, through textual-serve (pip install 'newsdesk[web]')")
    _common(w)
    w.add_argument("--host", default="127.0.0.1", help="loopback by default: put a TLS proxy in front to publish it")
    w.add_argument("--port", type=int, default=8000)
    w.add_argument("--allow-export", action="store_true", help="let web readers export (to one export folder)")
    w.add_argument("--public-url", metavar="URL", help="the address browsers use, when behind a proxy")
    return ap


def _jobs_option(p: argparse.ArgumentParser, help_: str) -> None:
    """--jobs, left None when not given: the environment or config.toml decides (_resolve)."""
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help=help_)


def _cache_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--cache",
        metavar="PATH",
        default=None,
        help="the article cache (default: $NEWSDESK_CACHE, else the user cache folder)",
    )
    p.add_argument("--no-cache", action="store_true", help="read every file afresh and keep nothing")


def build_reader_parser() -> argparse.ArgumentParser:
    ap = _base_parser()
    _common(ap)
    ap.add_argument("--theme", default=None, help="a Textual theme name (e.g. textual-dark, nord, gruvbox)")
    ap.add_argument("--watch", action="store_true", help="follow the source folders: new and changed files appear")
    ap.add_argument("--no-mouse", action="store_true", help="leave the mouse to the terminal (select, click links)")
    ap.add_argument(
        "--no-animation", action="store_true", help="no animations (also TERM=dumb or linux, TEXTUAL_ANIMATIONS=none)"
    )
    _jobs_option(ap, "background analysis processes (0: none, on open only; default 1, or jobs in config.toml)")
    _cache_option(ap)
    return ap


def _subparser(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.ArgumentParser:
    """The parser of the (sub)command argv names: "serve ssh …" is serve's ssh parser."""
    current = parser
    for word in argv:
        subs = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs or word not in subs[0].choices:
            break
        current = subs[0].choices[word]
    return current


def _options_help(ap: argparse.ArgumentParser) -> str:
    """A parser's options as its --help lists them (without the usage line and the positionals)."""
    fmt = ap._get_formatter()  # argparse has no public way to format one section
    fmt.start_section(None)
    for group in ap._action_groups:
        if group.title in ("options", "optional arguments"):
            wanted = [
                a for a in group._group_actions if a.option_strings and not {"-h", "--version"} & set(a.option_strings)
            ]
            fmt.add_arguments(wanted)
    fmt.end_section()
    return fmt.format_help().rstrip()


def _positive(value: str) -> int:
    """--limit: a count of results, so 1 or more."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _mistyped_command(src: str) -> bool:
    """A bare word that names nothing on disk ("bogus", "lst"): a command mistyped, not a source."""
    import os

    return src.isidentifier() and not os.path.exists(src)


def _has_terminal() -> bool:
    """The reader draws on a terminal (or on the browser driver `serve web` gives the sessions it starts)."""
    import os

    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    try:
        return os.isatty(sys.stdin.fileno()) and os.isatty(sys.stdout.fileno())
    except (OSError, ValueError):
        return False


def _served_session_setup() -> None:
    """What `newsdesk serve ssh` asks of the reader it starts on a session's pty (through the environment)."""
    import os

    if os.environ.get("NEWSDESK_SET_CTTY") == "1":
        import fcntl
        import termios

        try:
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)  # the pty becomes ours: window resizes send us SIGWINCH
        except OSError:
            pass
    limit = os.environ.get("NEWSDESK_MEMORY_LIMIT_MB", "")
    if limit.isdigit() and int(limit) > 0:
        import resource

        cap = int(limit) * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
        except (ValueError, OSError):
            pass


def _cache_arg(args: argparse.Namespace) -> str | None:
    """None: the default cache; "": no cache; else a path."""
    return "" if args.no_cache else args.cache


def _max_bytes(args: argparse.Namespace) -> int:
    from tui.articles import DEFAULT_MAX_BYTES

    return args.max_size or DEFAULT_MAX_BYTES  # _resolve has put config.toml's in, when no flag gave one


@functools.cache
def _config() -> Config:
    """The user's config.toml under the environment, read once (commands say its notices on stderr, the reader
    in the reader)."""
    from tui.config import load_config

    return load_config()


def _resolve(args: argparse.Namespace) -> None:
    """The settings no flag gave, from the environment or config.toml, into args: every command (serve too)
    reads them there."""
    if getattr(args, "jobs", 0) is None:
        jobs = _config().jobs
        args.jobs = jobs if jobs is not None else 1
    if hasattr(args, "max_size") and args.max_size is None:
        args.max_size = _config().max_size


def report_problems(problems: Sequence[object], loaded: int) -> None:
    """A short summary on stderr: one line a problem, capped so a bad folder stays readable."""
    if not problems:
        return
    from rich.console import Console
    from rich.markup import escape

    err = Console(stderr=True, highlight=False)
    shown = 20
    err.print(f"[yellow]{len(problems)} source(s) skipped[/] ({loaded} article(s) loaded):")
    for p in problems[:shown]:
        err.print(f"  [bold]{escape(p.shown_source)}[/]: {escape(p.reason)}", soft_wrap=True)  # type: ignore[attr-defined]
    if len(problems) > shown:
        err.print(f"  … and {len(problems) - shown} more")


class _Analysed:
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

    def _stream(self, *, as_dicts: bool) -> Iterator[tuple[Any, Any]]:
        args, sources = self._args, self._sources
        jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
        if _cache_arg(args) == "":  # --no-cache: read and analyse every file afresh, in worker processes
            from tui.library.extract import extract

            for item in extract(sources, jobs=jobs, max_bytes=_max_bytes(args)):
                if isinstance(item, tuple):
                    self.count += 1
                    yield (item[0], item[1].to_dict()) if as_dicts else item
                else:
                    self.problems.append(item)
            return
        lib = _library(args)  # a second run reads what the first computed
        articles, self.problems = _read(lib, args, sources)
        todo = len(lib.missing(articles))
        if todo:
            with _progress(f"analysing {todo:,} articles") as step:
                lib.analyse_all(articles, jobs=jobs, progress=step)
        for pair in lib.records(articles) if as_dicts else lib.pairs(articles):
            self.count += 1
            yield pair


@contextmanager
def _progress(what: str) -> Iterator[Callable[[int, int], None]]:
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


def _library(args: argparse.Namespace) -> Any:
    """The Library over the cache the options name, its notices (a cache moved aside, …) said on stderr."""
    from tui.library.corpus import open_library

    lib = open_library(_cache_arg(args))
    for notice in lib.notices:
        print(f"newsdesk: {notice}", file=sys.stderr)
    return lib


def _read(lib: Any, args: argparse.Namespace, sources: list[str]) -> tuple[list[Any], list[Any]]:
    """Every article in source order and every problem, with a count on stderr while they are read."""
    with _progress("reading articles") as step:
        return lib.load_ordered(sources, max_bytes=_max_bytes(args), progress=lambda n: step(n, 0))


def cmd_list(args: argparse.Namespace) -> int:
    articles, problems = _read(_library(args), args, default_sources(args.sources))
    report_problems(problems, len(articles))
    out = sys.stdout
    if args.format == "jsonl":
        for a in articles:
            out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
    else:
        _list_table(articles)
    return 0 if articles else 1


def _width() -> int:
    """The columns a table is laid out in: the terminal's, or 100 when the output is a file or a pipe."""
    import shutil

    return shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100


def _list_table(articles: list[Any]) -> None:
    """The table as plain lines in fixed columns: its cost is the rows' (a Rich table of 17,933 rows spent 88% of
    `list` measuring them, and Rich still took 0.4 ms a row in chunks). Titles are cleaned text, written as is.
    The last column is the article's id, whole, as `export --article` takes it."""
    import textwrap

    from rich.cells import cell_len, set_cell_size

    from tui.articles.safe import clean_line

    if sys.stdout is None:
        return  # stdout closed (`>&-`): nothing to write to
    width = _width()
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
    from tui.library.extract import record, to_markdown, write

    if args.jobs < 0:
        build_parser().error("--jobs must be 0 (one per core) or more")
    pairs = _Analysed(args, default_sources(args.sources))
    out = sys.stdout
    if args.explain:
        for article, analysis in pairs:
            out.write(f"# {article.title}  ({article.source})\n")
            for q in analysis.quotes:
                text = q.text if len(q.text) <= 70 else q.text[:69] + "…"
                kind = "" if q.kind == "direct" else " (reported)"
                out.write(f"  [{q.rule or 'unattributed'}] {q.speaker or '-'}{kind}: {text}\n")
    elif args.format == "jsonl":
        encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
        for article, analysis in pairs.records():
            out.write(encode(record(article, analysis)) + "\n")
    elif args.format == "md":
        for article, analysis in pairs:
            out.write(to_markdown(article, analysis))
    else:
        write(pairs, args.format, out)  # type: ignore[arg-type]
    out.flush()
    report_problems(pairs.problems, pairs.count)
    return 0 if pairs.count else 1


def cmd_search(args: argparse.Namespace) -> int:

    sources = list(args.sources)
    if args.queries:
        if args.query:
            sources.insert(0, args.query)
        try:
            with open(args.queries, encoding="utf-8") as fh:
                queries = [line.strip() for line in fh if line.strip()]
        except OSError as exc:
            build_parser().error(f"cannot read --queries file: {exc.strerror or exc}")
    elif args.query:
        queries = [args.query]
    else:
        build_parser().error("search needs a QUERY or --queries FILE")
    from tui.library.diskindex import CorruptIndex

    index, loaded = _search_index(args, default_sources(sources))
    out = sys.stdout
    found = False
    for query in queries:
        try:
            hits = index.search(query, limit=args.limit)
        except CorruptIndex as exc:  # forgotten by now: built again from the corpus, stored, and asked again
            print(f"newsdesk search: {exc}; building it again from the corpus", file=sys.stderr)
            index, loaded = _search_index(args, default_sources(sources))
            hits = index.search(query, limit=args.limit)
        found = found or bool(hits)
        if hits.unread and (args.format == "jsonl" or args.queries):
            print(f"newsdesk search: not understood, not applied: {' '.join(hits.unread)}", file=sys.stderr)
        if not hits and not args.queries:
            print(f"newsdesk search: no matches for {query!r}", file=sys.stderr)
            continue
        if args.format == "jsonl" or args.queries:
            rows = [
                {"text": h.doc.text, "speaker": h.doc.speaker, "title": h.doc.title, "path": h.doc.source,
                 "start": h.doc.start, "end": h.doc.end, "score": h.score}
                for h in hits
            ]  # fmt: skip
            out.write(json.dumps({"query": query, "results": rows}, ensure_ascii=False) + "\n")
        else:
            from rich.console import Console
            from rich.table import Table
            from rich.text import Text

            table = Table(box=None, header_style="bold", pad_edge=False, expand=True)
            table.add_column("Score", justify="right", no_wrap=True)
            table.add_column(args.scope.capitalize(), overflow="fold", ratio=3)
            table.add_column("Speaker", ratio=1)
            table.add_column("Article", ratio=1, overflow="ellipsis", no_wrap=True)
            for h in hits:
                text = Text(h.doc.text)
                for s, e in h.spans:
                    text.stylize("bold reverse", s, e)
                table.add_row(f"{h.score:.0f}", text, Text(h.doc.speaker or ""), Text(h.doc.title))
            Console(highlight=False).print(table)
            print(hits.counted(), file=sys.stderr)
    return 0 if loaded and (found or args.queries) else 1  # as grep: no match is exit 1


def _laid_over(args: argparse.Namespace, cache: Any, sources: list[str], index: Any, paths: set[str]) -> Any:
    """The stored index with the changed files read (through the cache), analysed and laid over it, under the
    sources and ids a whole load gives them, so that results name them as a full build would."""
    from tui.articles import Article
    from tui.library.corpus import Library, changed_sources
    from tui.library.search import LayeredIndex, docs_from

    lib = Library(cache)
    changed = changed_sources(sorted(paths), sources)
    pairs = []
    for path, (source, fid) in changed.items():
        if os.path.isfile(path):
            items = lib.read_file(Path(path), source, fid, _max_bytes(args))
            pairs += [(a, lib.analysis(a)) for a in items if isinstance(a, Article)]
    return LayeredIndex.over(index, {source for source, _ in changed.values()}, docs_from(pairs)[args.scope])


def _search_index(args: argparse.Namespace, sources: list[str]) -> tuple[Any, int]:
    """The index of one scope and the article count: the one stored in the cache for the corpus as it stands
    (nothing read or analysed), else built from the corpus and stored for the next search."""
    from tui.library import diskindex
    from tui.library.search import SearchIndex, docs_from

    place: tuple[Any, str, str] | None = None  # (cache, family, key) where the index is kept
    stamps: diskindex.Stamps | None = None
    if _cache_arg(args) != "":
        state = diskindex.corpus_state(diskindex.VIEW_SCOPES, sources, _max_bytes(args))
        if state is not None:
            from tui.library.cache import Cache
            from tui.paths import cache_path

            cache = Cache(Path(args.cache).expanduser() if args.cache else cache_path())
            for notice in cache.notices:
                print(f"newsdesk: {notice}", file=sys.stderr)
            named = state[0][args.scope]
            stored = diskindex.DiskIndex.open(cache, named[1])
            if stored is not None:
                return stored, stored.articles
            stale = diskindex.open_stale_index(cache, args.scope, state[0], state[1], _max_bytes(args))
            if stale is not None:  # a few files changed since the stored index: theirs laid over it
                return _laid_over(args, cache, sources, *stale), stale[0].articles
            place, stamps = (cache, *named), state[1]
    pairs = _Analysed(args, sources)
    results = list(pairs)
    report_problems(pairs.problems, len(results))
    # One story filed twice is one result, as the reader lists it once (the two may share a stored index)
    seen: set[tuple[str, int]] = set()
    unique = []
    for article, analysis in results:
        if article.story_key() not in seen:
            seen.add(article.story_key())
            unique.append((article, analysis))
    results = unique
    index = SearchIndex(docs_from(results)[args.scope])
    if place is not None and results:
        diskindex.save(place[0], place[1], place[2], index, len(results))
        if stamps is not None:  # so that the next search, a few files later, starts from this index
            diskindex.save_stamps(place[0], (place[1], place[2]), stamps, _max_bytes(args))
    return index, len(results)


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tui.library import export as ex

    if args.saved:
        from tui.library.state import State

        state = State()
        if state.notices:  # an unreadable state is an error, not an empty list of saved quotes
            for notice in state.notices:
                print(f"newsdesk export: {notice}", file=sys.stderr)
            return 1
        text = ex.quotes_document(ex.saved_rows(state.saved()), args.format, "Saved quotes")
    else:
        lib = _library(args)
        articles: list[Any] = []
        problems: list[Any] = []
        for batch in lib.load(default_sources(args.sources), max_bytes=_max_bytes(args)):
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
            text = ex.article_digest(found[0], lib.analysis(found[0]), args.format)
        else:
            rows = ex.quote_rows(lib.pairs(articles), speaker=args.speaker)
            if not rows:
                print(f"newsdesk export: no quotes of {args.speaker!r}", file=sys.stderr)
            text = ex.quotes_document(rows, args.format, f"Quotes of {args.speaker}")
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


def _people(args: argparse.Namespace, sources: list[str]) -> Any:
    """The corpus's identities: stored in the cache for the corpus as it stands, else built and stored."""
    from tui.library.peoplestore import people_of
    from tui.library.store import sqlite_of

    lib = _library(args) if _cache_arg(args) != "" else None

    def pairs() -> Iterator[Any]:
        """Streamed, so that the corpus's analyses are never all in memory at once; problems said at the end."""
        got = _Analysed(args, sources)
        yield from got
        report_problems(got.problems, got.count)

    return people_of(sqlite_of(lib.cache) if lib is not None else None, sources, _max_bytes(args), pairs)


def cmd_people(args: argparse.Namespace) -> int:
    from tui.library import profiles

    people = _people(args, default_sources(args.sources))
    out = sys.stdout
    if args.command == "speakers":
        kinds = () if args.all else profiles.LISTED
        rows = people.summaries(limit=args.top, kinds=kinds)
        out.write(profiles.speakers_text(rows, args.format, width=_width()))
        return 0 if rows else 1
    if args.command == "quotes":
        n = 0
        for versions in people.groups():
            out.write(profiles.group_text(versions, args.format))
            n += 1
        print(f"{n:,} quotation(s) reported by more than one article", file=sys.stderr)
        return 0 if n else 1
    if args.command == "initiative":
        found = people.find_initiative(args.name)
        if not found:
            print(f"newsdesk initiative: no initiative named {args.name!r}", file=sys.stderr)
            return 1
        if len(found) > 1:
            others = "; ".join(s["name"] for s in found[1:6])
            print(f"newsdesk initiative: {len(found) - 1} other(s) match: {others}", file=sys.stderr)
        out.write(profiles.initiative_text(people.initiative(found[0]["iid"]), args.format))
        return 0
    found = people.find(args.name)
    if not found:
        print(f"newsdesk speaker: no speaker named {args.name!r}", file=sys.stderr)
        return 1
    if len(found) > 1:
        others = "; ".join(f"{s['name']} ({s['quotes'] + s['reported']})" for s in found[1:6])
        print(f"newsdesk speaker: {len(found) - 1} other(s) match: {others}", file=sys.stderr)
    profile = people.profile(found[0]["pid"])
    out.write(profiles.profile_text(profile, args.format))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            parser = build_parser()
            args, extra = parser.parse_known_args(argv)
            if extra:
                # "newsdesk list --bogus": the command's own usage, not the top level's
                _subparser(parser, argv).error(f"unrecognized arguments: {' '.join(extra)}")
            _resolve(args)
            for notice in _config().notices:
                print(f"newsdesk: {notice}", file=sys.stderr)
            if args.command == "list":
                return cmd_list(args)
            if args.command == "search":
                return cmd_search(args)
            if args.command == "export":
                return cmd_export(args)
            if args.command in ("speakers", "speaker", "initiative", "quotes"):
                return cmd_people(args)
            if args.command == "serve":
                from tui.serve.cli import cmd_serve

                return cmd_serve(args)
            return cmd_extract(args)
        if argv and argv[0] in ("-h", "--help"):
            build_parser().print_help()
            print("\nreader options (newsdesk [SOURCES...] [options]):")
            print(_options_help(build_reader_parser()))
            return 0
        args = build_reader_parser().parse_args(argv)
        _resolve(args)
        if args.jobs < 0:
            build_reader_parser().error("--jobs must be 0 or more")
        for src in args.sources:
            if _mistyped_command(src):
                print(
                    f"newsdesk: {src!r} is neither a command nor a file or folder\n"
                    f"usage: newsdesk [SOURCE ...] | newsdesk {{{','.join(COMMANDS)}}} … (newsdesk --help)",
                    file=sys.stderr,
                )
                return 2
        if not _has_terminal():
            print(
                "newsdesk: the reader needs a terminal; for scripts use newsdesk list, search, extract or export",
                file=sys.stderr,
            )
            return 2
        from tui.app import run_reader

        _served_session_setup()
        config = _config()
        return run_reader(
            default_sources(args.sources),
            max_bytes=_max_bytes(args),
            theme=args.theme,
            default_theme=config.theme,
            keymap=config.keymap,
            notices=list(config.notices),
            cache=_cache_arg(args),
            watch=args.watch,
            jobs=args.jobs,
            mouse=not args.no_mouse,
            animation=not args.no_animation,
        )
    except BrokenPipeError:
        # `newsdesk list | head`: the reader went away; that is not an error. Point stdout at /dev/null so
        # the interpreter's own flush at exit does not fail again (a closed stdout gave a traceback).
        import os

        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        # Most often `serve ssh --memory-limit`: one line, no traceback with the server's paths.
        sys.stderr.write("newsdesk: out of memory (the corpus needs more than this process may use)\n")
        return 3
