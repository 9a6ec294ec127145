"""Saved HTML article pages: the main text through trafilatura (the `html` extra)."""

from __future__ import annotations

from tui.articles.dates import parse_date
from tui.articles.model import Article, LoadProblem
from tui.articles.text import first_sentence_title

MISSING = "HTML pages need the html extra: pip install 'newsdesk[html]'"


def parse_html(raw: str, source: str, id: str) -> Article | LoadProblem:
    try:
        import trafilatura
    except ImportError:
        return LoadProblem(source, MISSING)
    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - extraction failures are per page, never fatal
        return LoadProblem(source, f"HTML extraction failed: {exc}")
    if doc is None:
        return LoadProblem(source, "no article text found in the HTML page")
    get = doc.get if isinstance(doc, dict) else lambda k, d=None: getattr(doc, k, d)
    text = str(get("text") or "")
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if not paragraphs:
        return LoadProblem(source, "no article text found in the HTML page")
    title = " ".join(str(get("title") or "").split()) or first_sentence_title(paragraphs[0])
    return Article.build(
        id=id,
        source=source,
        title=title,
        paragraphs=paragraphs,
        outlet=str(get("sitename") or ""),
        author=str(get("author") or ""),
        published=parse_date(str(get("date") or "")),
        url=str(get("url") or ""),
    )
