"""Markdown articles with optional YAML front matter (title, date, source, author)."""

from __future__ import annotations

import re

from tui.articles.dates import parse_date
from tui.articles.model import Article
from tui.articles.text import first_sentence_title

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Every inline pattern is linear on any input: the bracket and parenthesis classes exclude the characters that
# end or restart them, so no attempt scans past the next bracket (the earlier `\[([^\]]+)\]` and a lazy
# emphasis pattern took 15 s for 150 KB of "["). markdown-it-py was measured too: 20 s for 1 MB of "[".
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
# Emphasis marks hugging a word (`*a*`, `__b__`, `~~c~~`, backticks) go; a lone `*` between spaces stays,
# and so does `_` inside a word (snake_case).
_EMPHASIS = re.compile(r"(?<![\w*_~`])(?:[*_]{1,3}|~~|`+)(?=[^\s*_~`])|(?<=[^\s*_~`])(?:[*_]{1,3}|~~|`+)(?![\w*_~`])")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*)$|^#{1,6}$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_REF_DEF = re.compile(r"^\s*\[[^\[\]\n]+\]:\s*\S+")
_QUOTE_MARKS = re.compile(r"^\s*(?:>\s?)+")


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
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def _heading_text(line: str) -> str | None:
    h = _HEADING.match(line)
    if h is None:
        return None
    return (h.group(1) or "").rstrip(" \t#")


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
        heading = _heading_text(line)
        if heading is not None:
            flush()
            if not title and not paragraphs:
                title = inline(heading)
            else:
                paragraphs.append(inline(heading))
            continue
        if not line.strip() or _RULE.match(line) or _REF_DEF.match(line):
            flush()
            continue
        stripped = _QUOTE_MARKS.sub("", line)
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
