"""RSS 2.0 and Atom feeds through feedparser; item HTML becomes plain paragraphs."""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from datetime import UTC, datetime

from tui.articles.htmltext import html_paragraphs, looks_like_html, text_paragraphs
from tui.articles.model import Article, LoadProblem
from tui.articles.text import first_sentence_title


def _when(entry: dict[str, object]) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        st = entry.get(key)
        if isinstance(st, time.struct_time):  # feedparser's parsed dates; anything else is no date
            try:
                return datetime.fromtimestamp(calendar.timegm(st), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _body(entry: dict[str, object]) -> list[str]:
    best = ""
    content = entry.get("content")
    for c in content if isinstance(content, list) else []:
        value = c.get("value", "") if isinstance(c, dict) else ""
        if len(value) > len(best):
            best = value
    if not best:
        best = str(entry.get("summary") or entry.get("description") or "")
    return html_paragraphs(best) if looks_like_html(best) else text_paragraphs(best)


def parse_feed(raw: str | bytes, source: str, id: str) -> Iterator[Article | LoadProblem]:
    """Items of a feed given as its text or bytes.

    feedparser is only ever handed a stream of bytes: given a string (or bytes) it opens it as a path, or fetches
    it as a URL, when it names one, so a feed whose body is "/etc/passwd" or "http://…" would read a local file
    or make a request.
    """
    import io

    import feedparser

    headers = {}
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
        headers = {"content-type": "application/xml; charset=utf-8"}  # already decoded: the XML's own claim is moot
    try:
        parsed = feedparser.parse(
            io.BytesIO(raw), response_headers=headers, resolve_relative_uris=False, sanitize_html=True
        )
    except Exception as exc:  # noqa: BLE001 - feedparser raises assorted errors on junk
        yield LoadProblem(source, f"broken feed: {exc}")
        return
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        yield LoadProblem(source, f"broken feed: {why}" if why else "feed has no items")
        return
    outlet = str(parsed.get("feed", {}).get("title") or "")
    for n, entry in enumerate(entries, 1):
        paragraphs = _body(entry)
        title = " ".join(str(entry.get("title") or "").split())
        if not paragraphs and not title:
            yield LoadProblem(source, f"item {n}: no title or text")
            continue
        if not title:
            title = first_sentence_title(paragraphs[0])
        link = str(entry.get("link") or "")
        guid = str(entry.get("id") or link or f"{id}#{n}")
        yield Article.build(
            id=guid,
            source=source,
            title=title,
            paragraphs=paragraphs,
            outlet=outlet,
            author=str(entry.get("author") or ""),
            published=_when(entry),
            url=link,
        )
