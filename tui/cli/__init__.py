"""The `newsdesk` command line: the reader by default, and plain commands for scripts.

Heavy modules (Textual, the analysis) are imported inside the command that
needs them, so `newsdesk list` and `--help` start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from tui.cli.args import (
    COMMANDS,
    build_parser,
    build_reader_parser,
    cache_arg,
    has_terminal,
    max_bytes_of,
    mistyped_command,
    options_help,
    resolve,
    served_session_setup,
    subparser,
    user_config,
)
from tui.paths import default_sources


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            parser = build_parser()
            args, extra = parser.parse_known_args(argv)
            if extra:
                # "newsdesk list --bogus": the command's own usage, not the top level's
                subparser(parser, argv).error(f"unrecognized arguments: {' '.join(extra)}")
            resolve(args)
            for notice in user_config().notices:
                print(f"newsdesk: {notice}", file=sys.stderr)
            if args.command == "search":
                from tui.cli.search import cmd_search

                return cmd_search(args)
            if args.command in ("speakers", "speaker", "initiative", "quotes"):
                from tui.cli.people import cmd_people

                return cmd_people(args)
            if args.command == "serve":
                from tui.serve.cli import cmd_serve

                return cmd_serve(args)
            from tui.cli.reading import cmd_export, cmd_extract, cmd_list

            if args.command == "list":
                return cmd_list(args)
            if args.command == "export":
                return cmd_export(args)
            return cmd_extract(args)
        if argv and argv[0] in ("-h", "--help"):
            build_parser().print_help()
            print("\nreader options (newsdesk [SOURCES...] [options]):")
            print(options_help(build_reader_parser()))
            return 0
        args = build_reader_parser().parse_args(argv)
        resolve(args)
        if args.jobs < 0:
            build_reader_parser().error("--jobs must be 0 or more")
        for src in args.sources:
            if mistyped_command(src):
                print(
                    f"newsdesk: {src!r} is neither a command nor a file or folder\n"
                    f"usage: newsdesk [SOURCE ...] | newsdesk {{{','.join(COMMANDS)}}} … (newsdesk --help)",
                    file=sys.stderr,
                )
                return 2
        if not has_terminal():
            print(
                "newsdesk: the reader needs a terminal; for scripts use newsdesk list, search, extract or export",
                file=sys.stderr,
            )
            return 2
        from tui.app import run_reader

        served_session_setup()
        config = user_config()
        return run_reader(
            default_sources(args.sources),
            max_bytes=max_bytes_of(args),
            theme=args.theme,
            default_theme=config.theme,
            keymap=config.keymap,
            notices=list(config.notices),
            cache=cache_arg(args),
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
