"""`newsdesk speakers`, `speaker`, `initiative` and `quotes --shared`: the identities joined across the corpus,
stored once and read by every command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from tui.cli.args import cache_arg, max_bytes_of
from tui.cli.reading import Analysed, library_of, report_problems, term_width
from tui.paths import default_sources

if TYPE_CHECKING:
    pass


def people_of_args(args: argparse.Namespace, sources: list[str]) -> Any:
    """The corpus's identities: stored in the cache for the corpus as it stands, else built and stored."""
    from tui.library.peoplestore import people_of
    from tui.library.store import sqlite_of

    lib = library_of(args) if cache_arg(args) != "" else None
    got = Analysed(args, sources)

    def pairs() -> Iterator[Any]:
        """Streamed, so that the corpus's analyses are never all in memory at once; problems said at the end."""
        yield from got
        report_problems(got.problems, got.count)

    def articles() -> list[Any]:
        """Read and analysed; the join then reads the analyses of the articles it has no part kept for."""
        assert lib is not None
        listed = got.ready(lib)
        report_problems(got.problems, len(listed))
        return listed

    if lib is None:
        return people_of(None, sources, max_bytes_of(args), pairs)
    return people_of(sqlite_of(lib.cache), sources, max_bytes_of(args), pairs, articles=articles, pairs_of=lib.pairs)


def cmd_people(args: argparse.Namespace) -> int:
    from tui.library import profiles

    people = people_of_args(args, default_sources(args.sources))
    out = sys.stdout
    if args.command == "speakers":
        kinds = () if args.all else profiles.LISTED
        rows = people.summaries(limit=args.top, kinds=kinds)
        out.write(profiles.speakers_text(rows, args.format, width=term_width()))
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
