"""The command line's words: every command's parser and options, the settings no flag gave (the environment,
config.toml), and what the reader needs of the process before it starts (a terminal, a served session's pty and
memory limit)."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from typing import TYPE_CHECKING

from tui import __version__

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


def size(value: str) -> int:
    """Sizes in MB (float) or with a unit: 20, 0.5, 20MB, 500KB."""
    from tui.config import parse_size

    try:
        return parse_size(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a positive size: {value!r}") from None


def common_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="*", metavar="SOURCES", help="files, folders, feed URLs, or - for stdin")
    p.add_argument(
        "--max-size",
        type=size,
        default=None,
        metavar="MB",
        help="skip files larger than this (default 20 MB; units K, M, G accepted)",
    )


def base_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsdesk",
        description="A terminal reader for news articles: who speaks, what they said, which initiatives.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    return ap


def build_parser() -> argparse.ArgumentParser:
    ap = base_parser()
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", help="list articles as a table or JSON lines")
    common_options(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    cache_option(p)

    p = sub.add_parser("extract", help="speakers, quotes and initiatives of each article")
    common_options(p)
    p.add_argument("--format", choices=("jsonl", "json", "md", "csv"), default="jsonl")
    jobs_option(p, "worker processes (0: one per core; default 1, or jobs in config.toml)")
    p.add_argument(
        "--explain", action="store_true", help="each quote with the sieve and resolver step that attributed it"
    )
    cache_option(p)

    p = sub.add_parser(
        "search",
        help="fuzzy search across the corpus",
        description="Query language: words (typos welcome), 'exact, ^prefix, suffix$, !exclude, a | b, "
        "by:speaker, in:outlet, since:2021-11, until:2022.",
    )
    p.add_argument("query", nargs="?", help="the query (quote it); omit with --queries")
    common_options(p)
    p.add_argument("--scope", choices=("quotes", "speakers", "initiatives", "articles"), default="quotes")
    p.add_argument("--limit", type=positive, default=20, metavar="N", help="results to show (1 or more)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--queries", metavar="FILE", help="run one query per line against one loaded corpus (JSONL out)")
    jobs_option(p, "worker processes for loading (default 1, or config.toml)")
    cache_option(p)

    p = sub.add_parser(
        "export",
        help="an article's digest, a speaker's quotes, or the saved quotes, to Markdown, CSV or JSON",
        description="Writes to standard output, or to --output; an existing file is never replaced without --force.",
    )
    common_options(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--article", metavar="ID", help="the article with this id (or whose path ends so)")
    what.add_argument("--speaker", metavar="NAME", help="every quote of this speaker across the sources")
    what.add_argument("--saved", action="store_true", help="the quotes saved in the reader (S)")
    p.add_argument("--format", choices=("md", "csv", "json"), default="md")
    p.add_argument("--output", "-o", metavar="PATH", default="-", help="file to create (default: standard output)")
    p.add_argument("--force", action="store_true", help="replace --output if it exists")
    cache_option(p)

    p = sub.add_parser(
        "speakers",
        help="who speaks across the corpus: one identity per person, most quoted first",
        description="The variants of one person's name across articles are one line (Bill Clinton, President "
        "Clinton, Mr Clinton); people sharing a surname stay apart.",
    )
    common_options(p)
    p.add_argument("--top", type=positive, metavar="N", help="only the N most quoted")
    p.add_argument("--all", action="store_true", help="descriptors too (analysts, a spokesman, the report)")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    jobs_option(p, "worker processes for a cold corpus (default 1, or config.toml)")
    cache_option(p)

    for command, help_, name in (
        ("speaker", "one speaker's profile across the corpus", "the name, as any article gives it (quote it)"),
        ("initiative", "one initiative's profile across the corpus (A4P, a summit, a treaty)",
         "its name or acronym (quote it)"),
    ):  # fmt: skip
        p = sub.add_parser(command, help=help_)
        p.add_argument("name", help=name)
        common_options(p)
        p.add_argument("--format", choices=("md", "jsonl"), default="md")
        jobs_option(p, "worker processes for a cold corpus (default 1, or config.toml)")
        cache_option(p)

    p = sub.add_parser("quotes", help="quotations reported by several articles (--shared)")
    common_options(p)
    p.add_argument("--shared", action="store_true", required=True, help="quotes reported by more than one article")
    p.add_argument("--format", choices=("md", "jsonl"), default="md")
    jobs_option(p, "worker processes for a cold corpus (default 1, or config.toml)")
    cache_option(p)

    p = sub.add_parser("serve", help="serve the reader over SSH or the web")
    how = p.add_subparsers(dest="how", metavar="ssh|web", required=True)
    s = how.add_parser("ssh", help="readers connect with plain ssh and get the reader, never a shell")
    common_options(s)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=2222)
    s.add_argument("--authorized-keys", metavar="FILE", help="public keys allowed in (default ~/.ssh/authorized_keys)")
    s.add_argument("--host-key", metavar="FILE", help="the server's key, made on first start (default: data folder)")
    s.add_argument("--allow-anonymous", action="store_true", help="no authentication: a public, read-only kiosk")
    s.add_argument("--max-sessions", type=int, default=32, metavar="N")
    s.add_argument("--idle-timeout", type=float, default=30, metavar="MINUTES", help="0: never (default 30)")
    s.add_argument("--memory-limit", type=int, default=2048, metavar="MB", help="per reader process; 0: none")
    jobs_option(s, "processes analysing the corpus at start (default 1, or config.toml)")
    s.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    w = how.add_parser("web", help="the reader in a browser, through textual-serve (pip install 'newsdesk[web]')")
    common_options(w)
    w.add_argument("--host", default="127.0.0.1", help="loopback by default: put a TLS proxy in front to publish it")
    w.add_argument("--port", type=int, default=8000)
    w.add_argument("--allow-export", action="store_true", help="let web readers export (to one export folder)")
    w.add_argument("--public-url", metavar="URL", help="the address browsers use, when behind a proxy")
    return ap


def jobs_option(p: argparse.ArgumentParser, help_: str) -> None:
    """--jobs, left None when not given: the environment or config.toml decides (resolve)."""
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help=help_)


def cache_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--cache",
        metavar="PATH",
        default=None,
        help="the article cache (default: $NEWSDESK_CACHE, else the user cache folder)",
    )
    p.add_argument("--no-cache", action="store_true", help="read every file afresh and keep nothing")


def build_reader_parser() -> argparse.ArgumentParser:
    ap = base_parser()
    common_options(ap)
    ap.add_argument("--theme", default=None, help="a Textual theme name (e.g. textual-dark, nord, gruvbox)")
    ap.add_argument("--watch", action="store_true", help="follow the source folders: new and changed files appear")
    ap.add_argument("--no-mouse", action="store_true", help="leave the mouse to the terminal (select, click links)")
    ap.add_argument(
        "--no-animation", action="store_true", help="no animations (also TERM=dumb or linux, TEXTUAL_ANIMATIONS=none)"
    )
    jobs_option(ap, "background analysis processes (0: none, on open only; default 1, or jobs in config.toml)")
    cache_option(ap)
    return ap


def subparser(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.ArgumentParser:
    """The parser of the (sub)command argv names: "serve ssh …" is serve's ssh parser."""
    current = parser
    for word in argv:
        subs = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs or word not in subs[0].choices:
            break
        current = subs[0].choices[word]
    return current


def options_help(ap: argparse.ArgumentParser) -> str:
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


def positive(value: str) -> int:
    """--limit: a count of results, so 1 or more."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def mistyped_command(src: str) -> bool:
    """A bare word that names nothing on disk ("bogus", "lst"): a command mistyped, not a source."""

    return src.isidentifier() and not os.path.exists(src)


def has_terminal() -> bool:
    """The reader draws on a terminal (or on the browser driver `serve web` gives the sessions it starts)."""

    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    try:
        return os.isatty(sys.stdin.fileno()) and os.isatty(sys.stdout.fileno())
    except (OSError, ValueError):
        return False


def served_session_setup() -> None:
    """What `newsdesk serve ssh` asks of the reader it starts on a session's pty (through the environment)."""

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


def cache_arg(args: argparse.Namespace) -> str | None:
    """None: the default cache; "": no cache; else a path."""
    return "" if args.no_cache else args.cache


def max_bytes_of(args: argparse.Namespace) -> int:
    from tui.articles import DEFAULT_MAX_BYTES

    return args.max_size or DEFAULT_MAX_BYTES  # resolve has put config.toml's in, when no flag gave one


@functools.cache
def user_config() -> Config:
    """The user's config.toml under the environment, read once (commands say its notices on stderr, the reader
    in the reader)."""
    from tui.config import load_config

    return load_config()


def resolve(args: argparse.Namespace) -> None:
    """The settings no flag gave, from the environment or config.toml, into args: every command (serve too)
    reads them there."""
    if getattr(args, "jobs", 0) is None:
        jobs = user_config().jobs
        args.jobs = jobs if jobs is not None else 1
    if hasattr(args, "max_size") and args.max_size is None:
        args.max_size = user_config().max_size
