"""From what the user names (files, folders, feed URLs, `-`) to Articles and LoadProblems.

Nothing here raises on bad input: every failure becomes a LoadProblem with the
path and a reason, and loading carries on with the next source.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tui.articles.decode import DecodeError, decode
from tui.articles.model import Article, LoadProblem

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_EXT = {".txt", ".text", ".story", ".wire", ""}
MD_EXT = {".md", ".markdown", ".mdown", ".mkd"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
FEED_EXT = {".rss", ".atom", ".xml", ".rdf"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}

Item = Article | LoadProblem


@dataclass
class Loaded:
    """A finished load: articles newest first, problems in the order met."""

    articles: list[Article] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)


def is_file_source(src: str) -> bool:
    """A path (file or folder), not standard input (`-`) or a feed URL."""
    return src != "-" and not src.startswith(("http://", "https://"))


def sniff(text: str) -> str:
    """Guess a format from the first characters when the extension says nothing."""
    head = text.lstrip()[:1024].lower()
    if head.startswith("---\n"):
        return "md"
    if head.startswith(("{", "[")):
        first = text.lstrip().split("\n", 1)[0].strip()
        return "jsonl" if first.startswith("{") and first.endswith("}") and "\n{" in text.strip() else "json"
    if head.startswith("<?xml") or head.startswith(("<rss", "<feed", "<rdf:rdf")):
        return "feed" if any(t in head for t in ("<rss", "<feed", "<rdf:rdf", "<channel")) else "html"
    if head.startswith(("<!doctype html", "<html", "<head", "<body")):
        return "html"
    if head.startswith("#") and "\n" in head:
        return "md"
    return "text"


def kind_for(path: str, text: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext in MD_EXT:
        return "md"
    if ext in JSON_EXT:
        return "json"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in FEED_EXT:
        return "feed"
    if ext in HTML_EXT:
        return "html"
    if ext in {".txt", ".text"}:
        return "text"
    return sniff(text)


def parse_document(text: str, source: str, id: str, kind: str) -> list[Item]:
    """Dispatch decoded text to its parser; a parser error is a problem, not a crash."""
    try:
        if kind == "md":
            from tui.articles.markdown import parse_markdown

            out: list[Item] = [parse_markdown(text, source, id)]
        elif kind == "json":
            from tui.articles.jsondump import parse_json

            out = list(parse_json(text, source, id))
        elif kind == "jsonl":
            from tui.articles.jsondump import parse_jsonl

            out = list(parse_jsonl(text, source, id))
        elif kind == "feed":
            from tui.articles.feed import parse_feed

            out = list(parse_feed(text, source, id))
        elif kind == "html":
            from tui.articles.html import parse_html

            out = [parse_html(text, source, id)]
        else:
            from tui.articles.text import parse_text

            out = [parse_text(text, source, id)]
    except RecursionError:
        return [LoadProblem(source, "too deeply nested to parse")]
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a load
        return [LoadProblem(source, f"could not parse ({type(exc).__name__}: {exc})")]
    return [x for x in out if not (isinstance(x, Article) and not x.text and not x.title)] or [
        LoadProblem(source, "no article text found")
    ]


def parse_bytes(data: bytes, source: str, id: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Item]:
    text = _decoded(data, source, max_bytes)
    if isinstance(text, LoadProblem):
        return [text]
    items = parse_document(text, source, id, kind_for(source, text))
    if is_file_source(source) and any(isinstance(x, Article) and (not x.outlet or x.published is None) for x in items):
        from dataclasses import replace

        from tui.articles.pathmeta import outlet_and_date

        outlet, date = outlet_and_date(source)  # what the text does not say, its path may
        items = [
            replace(x, outlet=x.outlet or outlet, published=x.published or date) if isinstance(x, Article) else x
            for x in items
        ]
    return items


def _decoded(data: bytes, source: str, max_bytes: int) -> str | LoadProblem:
    """Text from bytes, or the problem with them: empty, too large, binary, undecodable."""
    if not data.strip():
        return LoadProblem(source, "empty file")
    if len(data) > max_bytes:
        return LoadProblem(source, f"too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    try:
        text = decode(data)
    except DecodeError as exc:
        return LoadProblem(source, str(exc))
    return text if text.strip() else LoadProblem(source, "empty file")


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NONBLOCK)


def read_bytes(
    path: Path | str, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, st: os.stat_result | None = None
) -> tuple[bytes, os.stat_result] | LoadProblem:
    """A file's bytes and stat, or the problem with it (not a file, too large, empty, unreadable)."""
    try:
        st = st or os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return LoadProblem(source, "not a regular file")
        if st.st_size > max_bytes:
            return LoadProblem(source, f"too large ({st.st_size:,} bytes; the limit is {max_bytes:,})")
        if st.st_size == 0:
            return LoadProblem(source, "empty file")
        # Opened without blocking and checked again once open: a FIFO or device swapped in after the stat
        # would otherwise hang the load (a FIFO's open waits for a writer).
        with open(path, "rb", opener=_open_nonblocking) as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return LoadProblem(source, "not a regular file")
            os.set_blocking(fh.fileno(), True)
            # A buffer of the file's size, not of the limit (a 20 MB buffer per file tripled the read time);
            # a file that grew since the stat is read on to the limit.
            want = st.st_size + 1
            data = fh.read(want)
            if len(data) == want:
                data += fh.read(max_bytes + 1 - want)
            return data, st
    except PermissionError:
        return LoadProblem(source, "permission denied")
    except FileNotFoundError:
        return LoadProblem(source, "no such file")
    except OSError as exc:
        return LoadProblem(source, f"cannot read: {exc.strerror or exc}")


def read_file(path: Path | str, source: str, id: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Item]:
    got = read_bytes(path, source, max_bytes=max_bytes)
    if isinstance(got, LoadProblem):
        return [got]
    return parse_bytes(got[0], source, id, max_bytes=max_bytes)


def walk_paths(root: str) -> Iterator[tuple[str, str] | LoadProblem]:
    """Files under root in name order, skipping hidden ones; symlink loops are reported once. Each as (path as
    joined from root, path relative to root with "/").

    Strings, not Path objects: a warm start walks a hundred thousand files and Path costs
    several microseconds a file.
    """
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[str, str]] = [(root, "")]
    while stack:
        folder, rel = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            yield LoadProblem(folder, f"cannot open folder: {exc.strerror or exc}")
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield LoadProblem(folder, "symlink loop: this folder was already read")
            continue
        seen.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except PermissionError:
            yield LoadProblem(folder, "permission denied")
            continue
        except OSError as exc:
            yield LoadProblem(folder, f"cannot list folder: {exc.strerror or exc}")
            continue
        subdirs: list[tuple[str, str]] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            child_rel = f"{rel}/{name}" if rel else name
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append((entry.path, child_rel))
            elif entry.is_symlink() and not os.path.exists(entry.path):
                yield LoadProblem(entry.path, "broken symlink")
            else:
                yield entry.path, child_rel
        stack.extend(reversed(subdirs))


FETCH_DEADLINE = 30.0  # seconds for a whole fetch: a drip-fed body cannot hold a load for longer
MAX_REDIRECTS = 5


def _opener():  # noqa: ANN202 - a urllib opener
    """urllib with redirects only to http(s) (it follows ftp: too by default), at most MAX_REDIRECTS."""
    import urllib.error
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN202
            if not newurl.lower().startswith(("http://", "https://")):
                raise urllib.error.HTTPError(newurl, code, "redirect to a non-http(s) address refused", headers, fp)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(Redirects)


def fetch_bytes(url: str, *, max_bytes: int, deadline: float = FETCH_DEADLINE) -> tuple[bytes, str] | str:
    """The body and content type of an http(s) URL, or why not: at most max_bytes + 1, within deadline seconds."""
    import time
    import urllib.error
    import urllib.request

    if not url.lower().startswith(("http://", "https://")):
        return "only http and https addresses are fetched"
    end = time.monotonic() + deadline
    req = urllib.request.Request(url, headers={"User-Agent": "newsdesk (+terminal news reader)"})  # noqa: S310
    try:
        with _opener().open(req, timeout=min(10.0, deadline)) as resp:
            ctype = resp.headers.get("Content-Type", "")
            chunks: list[bytes] = []
            got = 0
            while got <= max_bytes:
                if time.monotonic() > end:
                    return f"took longer than {deadline:.0f} s"
                chunk = resp.read1(min(65536, max_bytes + 1 - got))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
            return b"".join(chunks), ctype
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return f"{getattr(exc, 'reason', exc)}"


def fetch_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = FETCH_DEADLINE) -> list[Item]:
    got = fetch_bytes(url, max_bytes=max_bytes, deadline=timeout)
    if isinstance(got, str):
        return [LoadProblem(url, f"cannot fetch: {got}")]
    data, ctype = got
    text = _decoded(data, url, max_bytes)
    if isinstance(text, LoadProblem):
        return [text]
    kind = sniff(text)
    if "html" in ctype and kind != "feed":
        kind = "html"
    elif any(t in ctype for t in ("rss", "atom", "xml")):
        kind = "feed"
    return parse_document(text, url, url, kind)


def iter_load(
    sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Stream articles and problems source by source, so a reader can show the first early."""
    for src in sources:
        if src == "-":
            stream = stdin or sys.stdin.buffer
            try:
                data = stream.read(max_bytes + 1)
            except OSError as exc:
                yield LoadProblem("-", f"cannot read standard input: {exc}")
                continue
            yield from parse_bytes(data, "-", "stdin", max_bytes=max_bytes)
            continue
        if src.startswith(("http://", "https://")):
            yield from fetch_url(src, max_bytes=max_bytes)
            continue
        for entry in file_entries(src):
            if isinstance(entry, LoadProblem):
                yield entry
            else:
                yield from read_file(*entry, max_bytes=max_bytes)


def file_entries(src: str) -> Iterator[tuple[str, str, str] | LoadProblem]:
    """(path, source as shown, article id) for every file of one file source: a file, or a folder walked in name
    order (walk_paths). The one walk from a source to its files: loading, the library and extract share it."""
    path = Path(src)
    try:
        is_dir, exists = path.is_dir(), path.exists()
    except OSError as exc:
        yield LoadProblem(src, f"cannot open: {exc.strerror or exc}")
        return
    if is_dir:
        for item in walk_paths(str(path)):  # strings, not Path objects: a Path costs microseconds a file
            yield item if isinstance(item, LoadProblem) else (item[0], item[0], item[1])
    elif exists:
        yield src, src, path.name
    elif path.is_symlink():
        yield LoadProblem(src, "broken symlink")
    else:
        yield LoadProblem(src, "no such file or folder")


def load(sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> Loaded:
    out = Loaded()
    for item in iter_load(sources, max_bytes=max_bytes, stdin=stdin):
        if isinstance(item, Article):
            out.articles.append(item)
        else:
            out.problems.append(item)
    out.articles.sort(key=Article.sort_key)
    return out
