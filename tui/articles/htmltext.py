"""HTML fragments (feed items, JSON bodies) to plain paragraphs, standard library only."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "header", "footer", "table", "tr", "pre", "figure", "figcaption", "hr",
}  # fmt: skip
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head"}
_HTML_HINT = re.compile(r"<\s*(p|div|br|a|span|em|strong|b|i|ul|li|h[1-6]|img|blockquote)\b[^>]*>", re.I)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paras: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.paras.append(text)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:4000]))


def html_paragraphs(html: str) -> list[str]:
    """Block elements become paragraphs; inline markup is dropped."""
    parser = _Collector()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser can fail on pathological input; keep what we have
        parser.buf.append(" ")
    parser._flush()
    return parser.paras


def text_paragraphs(body: str) -> list[str]:
    """Paragraphs of a plain or HTML body: blank lines split, or lines when there are none."""
    if looks_like_html(body):
        return html_paragraphs(body)
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if "\n\n" in body.strip():
        return [" ".join(b.split()) for b in re.split(r"\n\s*\n", body) if b.strip()]
    return [line.strip() for line in body.split("\n") if line.strip()]
