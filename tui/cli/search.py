"""`newsdesk search`: the stored index when the corpus is as stored, laid over with the few files changed since,
else built from the analyses and stored for the next run."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.cli.args import build_parser, cache_arg, max_bytes_of
from tui.cli.reading import Analysed, report_problems
from tui.paths import default_sources

if TYPE_CHECKING:
    pass


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

    index, loaded = search_index(args, default_sources(sources))
    out = sys.stdout
    found = False
    for query in queries:
        try:
            hits = index.search(query, limit=args.limit)
        except CorruptIndex as exc:  # forgotten by now: built again from the corpus, stored, and asked again
            print(f"newsdesk search: {exc}; building it again from the corpus", file=sys.stderr)
            index, loaded = search_index(args, default_sources(sources))
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


def laid_over(args: argparse.Namespace, cache: Any, sources: list[str], index: Any, paths: set[str]) -> Any:
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
            items = lib.read_file(Path(path), source, fid, max_bytes_of(args))
            pairs += [(a, lib.analysis(a)) for a in items if isinstance(a, Article)]
    return LayeredIndex.over(index, {source for source, _ in changed.values()}, docs_from(pairs)[args.scope])


def search_index(args: argparse.Namespace, sources: list[str]) -> tuple[Any, int]:
    """The index of one scope and the article count: the one stored in the cache for the corpus as it stands
    (nothing read or analysed), else built from the corpus and stored for the next search."""
    from tui.library import diskindex
    from tui.library.search import SearchIndex, docs_from

    place: tuple[Any, str, str] | None = None  # (cache, family, key) where the index is kept
    stamps: diskindex.Stamps | None = None
    if cache_arg(args) != "":
        state = diskindex.corpus_state(diskindex.VIEW_SCOPES, sources, max_bytes_of(args))
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
            stale = diskindex.open_stale_index(cache, args.scope, state[0], state[1], max_bytes_of(args))
            if stale is not None:  # a few files changed since the stored index: theirs laid over it
                return laid_over(args, cache, sources, *stale), stale[0].articles
            place, stamps = (cache, *named), state[1] if isinstance(state[1], dict) else dict(state[1])
    pairs = Analysed(args, sources)
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
            diskindex.save_stamps(place[0], (place[1], place[2]), stamps, max_bytes_of(args))
    return index, len(results)
