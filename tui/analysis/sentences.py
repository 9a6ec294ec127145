"""Sentences of an article for the attribution rules: where each starts and ends, a dateline skipped,
abbreviations and initials not taken for ends, no boundary inside a quotation, and no sentence longer than
MAX_SENTENCE (the rules' cost grows with a sentence's length times its cues)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from tui.analysis.lexicon import ABBREVIATIONS, HONORIFICS
from tui.analysis.quotes import Span

# An end mark, then closers (`."`), or closers, then an end mark (`".`). The first character is matched
# before the branches, so that re can skip to such characters (2.5x faster than a look-ahead there).
_SENT_END = re.compile(
    r"[.!?…\"”’')\]](?:(?<=[.!?…])[.!?…]*[\"”’')\]]*|(?<=[\"”’')\]])[\"”’')\]]*[.!?…]+)(?=\s+[\"“‘'(\[]?[A-Z0-9])"
)
_WORD_BEFORE_END = re.compile(r"([\w.]+)[.!?…]+[\"”’')\]]*$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# A subject pronoun after an abbreviation opens a sentence ("after the polls close at 7 p.m. He says", "in the
# U.S. He added"); other capitalised words do not tell (Reuters writes "exports to the U.S. In 1987")
_OPENER = re.compile(r"\s+(?:He|She|It|They|We|I)\s")
# `UNITED NATIONS, Nov. 26 (Xinhua) --`, `BEIDAIHE (Hebei), March 5 (Xinhua) --`, `RIO DE JANEIRO, JUNE 18 -`
# (the month in capitals, as Reuters writes some): the wire's dateline opens the
# first paragraph, and ends no sentence (a double dash may touch the next word: `(Xinhua) --U.S. space agency`).
_DATELINE = re.compile(
    r"[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*(?: \([A-Z][A-Za-z .\-]{1,30}\))?"
    r"(?:, [A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+)*)*?"
    r"(?:,? [A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.? \d{1,2})?(?: \([A-Za-z .&-]{1,30}\))?\s*(?:(?:--|—|–)\s*|[_-]\s+)"
)
# `Washington _ Despite …`: the New York Times wire's place in plain capitals, then its underscore dash, at the
# start of the first paragraph only ("Evolution _ the theory that …" later is a dash inside a sentence)
# (and Reuters' `New York, April 3 - E.F. Hutton …`: a place in plain capitals, the date, a dash)
_PLAIN_DATELINE = re.compile(
    r"[A-Z][a-z'.\-]+(?: [A-Z][a-z'.\-]+){0,2}(?:, [A-Z][a-z'.\-]+(?: [A-Z][a-z'.\-]+){0,2})?"
    r"(?: _|, [A-Z][a-z]{2,8}\.? \d{1,2} (?:-|--|—|–)) (?=[A-Z])"
)


def sentence_spans(text: str, paragraphs: tuple[tuple[int, int], ...], quotes: list[Span]) -> list[tuple[int, int]]:
    """Sentences in order; no boundary falls inside a quotation."""
    inside_open = [q.open for q in quotes]
    inside_close = [q.close if q.close >= 0 else q.end for q in quotes]
    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs:
        start = ps
        # the first paragraph's, and a digest's at each item ("TOKYO - Central Bank Governor … said")
        m0 = _DATELINE.match(text, ps, pe) or (_PLAIN_DATELINE.match(text, ps, pe) if not out else None)
        if m0:
            start = m0.end()
        for m in _SENT_END.finditer(text, start, pe):
            b = m.end()
            word = _WORD_BEFORE_END.search(text[max(ps, b - 20) : b])
            if text[b - 1] in ".!?…" and text[b - 2 : b - 1] in "\"”’')]":
                word = None  # `… "a pile of pants". The MP …`
            if word:
                w = word.group(1).lower().rstrip(".")
                abbreviation = w in ABBREVIATIONS or _INITIALS.fullmatch(w) is not None
                # "after the polls close at 7 p.m. He says": an abbreviation can end a sentence (a title cannot)
                ends = abbreviation and w not in HONORIFICS and _OPENER.match(text, b, pe) is not None
                # an initial ("Robert C. Shinn"), not a possessive's s ("a protege of DeMarco's. Page said")
                initial = len(w) == 1 and w.isalpha() and not (w == "s" and text[b - 3 : b - 2] in ("'", "’"))
                if initial or (abbreviation and not ends):
                    continue
            k = bisect.bisect_left(inside_open, b - 1) - 1
            if k >= 0 and b - 1 < inside_close[k]:
                continue  # inside a quotation
            out.append((start, b))
            start = b
            while start < pe and text[start].isspace():
                start += 1
        if start < pe:
            out.append((start, pe))
    if any(e - s > MAX_SENTENCE for s, e in out):
        out = [piece for span in out for piece in _chopped(text, span)]
    return out


# The rules read a sentence several times for each cue in it, so a sentence of n characters costs about
# n * cues. No sentence of the corpus comes near this length (the longest of 44,908 sampled from bulk has
# 775 characters); a crafted one ("John Smith said " a million times) is cut at spaces into pieces of at
# most this size, which keeps the analysis linear in the text.
MAX_SENTENCE = 1500


def _chopped(text: str, span: tuple[int, int]) -> Iterator[tuple[int, int]]:
    lo, hi = span
    while hi - lo > MAX_SENTENCE:
        cut = text.rfind(" ", lo + MAX_SENTENCE // 2, lo + MAX_SENTENCE)
        cut = cut if cut > lo else lo + MAX_SENTENCE
        yield lo, cut
        lo = cut
        while lo < hi and text[lo].isspace():
            lo += 1
    if lo < hi:
        yield lo, hi


# A word of four or more letters starting in lower case: the paragraph is no headline (a fast pre-check).
_LONG_LOWER = re.compile(r"(?<!\S)[a-zß-öø-ÿ]\S{3}")


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs in title case (a headline kept in the body), where capitals mark no names."""
    out = []
    pos = 0
    for para in text.split("\n\n"):
        # Only short paragraphs with no long lower-case word are read word by word.
        if len(para) < 200 and not _LONG_LOWER.search(para):
            words = [w for w in para.split() if len(w) > 3 and w[0].isalpha()]
            if len(words) >= 4 and all(w[0].isupper() for w in words):
                out.append((pos, pos + len(para)))
        pos += len(para) + 2
    return out
