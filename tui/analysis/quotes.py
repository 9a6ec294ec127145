"""Direct quotation spans: pairing marks per paragraph, as newspapers really print them.

Curly and straight double marks; single marks only in articles that use no
double ones (some outlets quote speech that way). A quotation carried into a
new paragraph (left open, reopened with an opening mark) is one span per
paragraph; the BBC's run-together paragraphs (`"A. "B."`) are split the same
way. Unbalanced marks are skipped and never stop the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
# a dash alone ("Episode I -- The Phantom Menace", the NYT wire's "Episode I _ The Phantom Menace") is no word
_WORD = re.compile(r"[^\W_][\w’'-]*")
SMALL_WORDS = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by", "or", "with", "from", "is", "my",
               "your"}  # fmt: skip
# A stray single mark that closes a double-quoted sentence: `"… a bit more.' Next`
_SINGLE_CLOSER = re.compile(r"[.!?,]['’](?=\s|$)")


_SINGLE_MARKS = re.compile("['‘’]")
_DOUBLE_MARKS = re.compile('["“”„«»]')


@dataclass(frozen=True, slots=True)
class Span:
    """Inner text [start, end) and the marks around it (close is -1 when left open)."""

    start: int
    end: int
    open: int
    close: int


_APOSTROPHE_TAIL = re.compile(r"(?:s|t|d|m|ll|re|ve)(?![\w'’\"])")


def _role(text: str, i: int, straight: str, opener: str, closer: str) -> str:
    """'open', 'close' or '?' for the mark at i, by what stands on either side."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    before_open = prev.isspace() or prev in "([{—–-/:;" or i == 0 or prev in opener
    after_close = nxt.isspace() or nxt in ".,;:!?)]}—–-…" or nxt in closer or i + 1 == len(text)
    if ch in opener and not (after_close and not before_open):
        return "open"
    if ch in closer and not (before_open and nxt.isalnum()):
        return "close"
    if ch in closer or ch in opener:
        return "open" if ch in closer else "close"
    if straight == "'" and prev.isalnum() and nxt.isalnum():
        return "apostrophe"
    if ch == '"' and prev.isalpha() and _APOSTROPHE_TAIL.match(text, i + 1):
        return "apostrophe"  # "President Suharto"s government", "don"t": wire copy that typed " for ’
    if before_open and not nxt.isspace():
        return "open"
    if after_close and not prev.isspace():
        return "close"
    return "?"


def _marks(text: str, start: int, end: int, single: bool) -> list[tuple[int, str]]:
    if single:
        straight, opener, closer = "'", SINGLE_OPEN, SINGLE_CLOSE
    else:
        straight, opener, closer = '"', DOUBLE_OPEN, DOUBLE_CLOSE
    out = []
    for m in (_SINGLE_MARKS if single else _DOUBLE_MARKS).finditer(text, start, end):
        i = m.start()
        role = _role(text, i, straight, opener, closer)
        if role != "apostrophe":
            out.append((i, role))
    return out


def _uses_single_for_speech(text: str) -> bool:
    return not any(c in text for c in '"“”„«»')


def _starts_with_opener(text: str, start: int, end: int, single: bool) -> bool:
    i = start
    while i < end and text[i].isspace():
        i += 1
    if i >= end:
        return False
    return text[i] in (("'‘") if single else ('"“„«'))


def find_spans(text: str, paragraphs: tuple[tuple[int, int], ...]) -> list[Span]:
    """Every quotation span, in order; never raises on unbalanced marks."""
    single = _uses_single_for_speech(text)
    spans: list[Span] = []

    def emit(o: int, c: int, end: int) -> None:
        s, e = o + 1, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e, o, c))

    for n, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        for pos, role in _marks(text, ps, pe, single):
            if role == "open" or (role == "?" and open_at is None):
                if open_at is not None:
                    # Run-together paragraphs: a new opener ends the quotation before it.
                    emit(open_at, -1, pos)
                open_at = pos
            elif open_at is not None:
                emit(open_at, pos, pos)
                open_at = None
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            m = _SINGLE_CLOSER.search(text, open_at, pe) if not single else None
            if m:
                emit(open_at, m.start() + 1, m.start() + 1)
            elif nxt and _starts_with_opener(text, nxt[0], nxt[1], single):
                emit(open_at, -1, pe)
    return spans


def is_speech(inner: str, whole: bool = False) -> bool:
    """Scare quotes, single words and titles of works are not quotations. `whole`: the quotation is a paragraph
    of its own, which no title of a work is ("Hi, I'm Napster.")."""
    ws = [m.group() for m in islice(_WORD.finditer(inner), 9)]  # past eight words, a quotation whatever it holds
    if len(ws) <= 2:
        return False
    if whole:
        return True
    stripped = inner.rstrip()
    # Titles of works in Title Case, a trailing comma allowed ("The Satanic Verses,"), and a short one the
    # sentence's stop in American style ("won best actress for "Dharma and Greg."")
    ends = (".", "?", "!", "…", ":", ";") if len(ws) > 6 else ("?", "!", "…", ":", ";")
    if len(ws) <= 8 and not stripped.endswith(ends):
        caps = [w for w in ws if w.lower() not in SMALL_WORDS]
        if caps and all(w[0].isupper() or w[0].isdigit() for w in caps):
            return False
    return True
