"""JSON and JSON Lines dumps: one article per object, under the keys scrapers use."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

from tui.articles.dates import parse_date
from tui.articles.htmltext import text_paragraphs
from tui.articles.model import Article, LoadProblem
from tui.articles.text import first_sentence_title

TITLE_KEYS = ("title", "headline", "name", "subject")
BODY_KEYS = ("text", "body", "content", "article", "articleBody", "full_text", "story", "description", "summary")
DATE_KEYS = ("published", "date", "published_at", "publishedAt", "pubDate", "datePublished", "time", "created_at")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "site", "newspaper", "feed")
AUTHOR_KEYS = ("author", "authors", "byline", "creator", "writer")
URL_KEYS = ("url", "link", "href", "permalink")
ID_KEYS = ("id", "guid", "uuid", "_id")
LIST_KEYS = ("articles", "items", "data", "results", "entries", "stories", "docs")


def _first(obj: dict[str, object], keys: tuple[str, ...]) -> object:
    for k in keys:
        v = obj.get(k)
        if v not in (None, "", [], {}):
            return v
    return None


def _as_text(value: object) -> str:
    """Flatten the shapes scrapers produce: strings, lists, {"name": ...} objects."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _as_text(_first(value, ("name", "title", "text", "value", "url")))
    if isinstance(value, list):
        return ", ".join(t for t in (_as_text(v) for v in value) if t)
    return str(value)


def _date(value: object) -> datetime | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        ts = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(ts, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return parse_date(_as_text(value))


def article_from_object(obj: dict[str, object], source: str, id: str) -> Article | None:
    """Map one object to an Article; None when it carries no text at all."""
    body = _first(obj, BODY_KEYS)
    if isinstance(body, list):
        paragraphs = [p for item in body for p in text_paragraphs(_as_text(item))]
    else:
        paragraphs = text_paragraphs(_as_text(body))
    title = " ".join(_as_text(_first(obj, TITLE_KEYS)).split())
    if not paragraphs and not title:
        return None
    if not title:
        title = first_sentence_title(paragraphs[0])
    obj_id = _as_text(_first(obj, ID_KEYS))
    url = _as_text(_first(obj, URL_KEYS))
    return Article.build(
        id=obj_id or id,
        source=source,
        title=title,
        paragraphs=paragraphs,
        outlet=_as_text(_first(obj, OUTLET_KEYS)),
        author=_as_text(_first(obj, AUTHOR_KEYS)),
        editor=_as_text(obj.get("editor")),
        published=_date(_first(obj, DATE_KEYS)),
        url=url,
    )


def _objects(data: object) -> list[object]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for k in LIST_KEYS:
            if isinstance(data.get(k), list):
                return data[k]
        return [data]
    return []


def _emit(objs: list[object], source: str, id: str, where: str) -> Iterator[Article | LoadProblem]:
    for n, obj in enumerate(objs, 1):
        label = f"{where} {n}" if len(objs) > 1 else where
        if not isinstance(obj, dict):
            yield LoadProblem(source, f"{label}: not an object")
            continue
        art = article_from_object(obj, source, f"{id}#{n}" if len(objs) > 1 else id)
        if art is None:
            yield LoadProblem(source, f"{label}: no title or text")
        else:
            yield art


def parse_json(raw: str, source: str, id: str) -> Iterator[Article | LoadProblem]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        if raw.lstrip().startswith("{") and "\n" in raw.strip():
            yield from parse_jsonl(raw, source, id)
            return
        yield LoadProblem(source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {_reason(exc)}")
        return
    objs = _objects(data)
    if not objs:
        yield LoadProblem(source, "JSON holds no article objects")
        return
    yield from _emit(objs, source, id, "item")


def _reason(exc: json.JSONDecodeError) -> str:
    """json's messages end mid-phrase ('Unterminated string starting at') because the position is appended later."""
    return exc.msg.removesuffix(" starting at").lower()


def parse_jsonl(raw: str, source: str, id: str) -> Iterator[Article | LoadProblem]:
    """One object a line; a bad line is reported with its number and skipped."""
    for lineno, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadProblem(source, f"line {lineno}: malformed JSON ({_reason(exc)})")
            continue
        except RecursionError:  # one over-deep line is that line's problem, not the file's
            yield LoadProblem(source, f"line {lineno}: too deeply nested to parse")
            continue
        yield from _emit(_objects(obj), source, f"{id}#{lineno}", f"line {lineno}")
