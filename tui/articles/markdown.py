"""Markdown articles with optional YAML front matter (title, date, source, author)."""

from __future__ import annotations

import re

from tui.articles.dates import parse_date
from tui.articles.model import Article
from tui.articles.text import first_sentence_title

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+")


def front_matter(raw: str) -> tuple[dict[str, object], str]:
    """Split YAML front matter from the body; malformed YAML is ignored, not fatal."""
    m = _FRONT.match(raw)
    if not m:
        return {}, raw
    try:
        import yaml

        data = yaml.safe_load(m.group(1))
    except Exception:  # noqa: BLE001 - any YAML error means "no usable front matter"
        data = None
    return (data if isinstance(data, dict) else {}), raw[m.end() :]


def inline(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())


def parse_markdown(raw: str, source: str, id: str) -> Article:
    meta, body = front_matter(raw)
    title = str(meta.get("title") or "").strip()
    paragraphs: list[str] = []
    cur: list[str] = []
    in_code = False

    def flush() -> None:
        if cur:
            paragraphs.append(inline(" ".join(cur)))
            cur.clear()

    for line in body.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            flush()
            in_code = not in_code
            continue
        if in_code:
            if line.strip():
                paragraphs.append(line.strip())
            continue
        h = _HEADING.match(line)
        if h:
            flush()
            if not title and not paragraphs:
                title = inline(h.group(1))
            else:
                paragraphs.append(inline(h.group(1)))
            continue
        if not line.strip() or _RULE.match(line) or _REF_DEF.match(line):
            flush()
            continue
        stripped = re.sub(r"^\s*(?:>\s?)+", "", line)
        if _LIST.match(stripped):
            flush()
            stripped = _LIST.sub("", stripped)
        cur.append(stripped.strip())
    flush()
    paragraphs = [p for p in paragraphs if p]
    if not title and paragraphs:
        title = first_sentence_title(paragraphs[0])
    date = meta.get("date") or meta.get("published")
    published = None
    if date is not None:
        from datetime import date as _date
        from datetime import datetime

        if isinstance(date, datetime):
            published = date
        elif isinstance(date, _date):
            published = datetime(date.year, date.month, date.day)
        else:
            published = parse_date(str(date))
    author = meta.get("author") or meta.get("byline") or ""
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    return Article.build(
        id=id,
        source=source,
        title=title,
        paragraphs=paragraphs,
        outlet=str(meta.get("source") or meta.get("outlet") or ""),
        author=str(author),
        editor=str(meta.get("editor") or ""),
        published=published,
        url=str(meta.get("url") or ""),
    )
