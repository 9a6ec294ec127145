"""A passage of an article around an offset: which paragraph holds it, and the words about it.

The search screen shows a result's quote in its paragraph and an initiative's profile each mention in its
own; both cut the paragraph the same way, here. Plain Python over Article.text and Article.spans.
"""

from __future__ import annotations

import bisect


def paragraph_at(spans: tuple[tuple[int, int], ...], pos: int) -> int:
    """The index of the paragraph an offset falls in (the first whose end is at or after it; spans are sorted)."""
    return bisect.bisect_left(spans, pos, key=lambda span: span[1])


def excerpt(text: str, spans: tuple[tuple[int, int], ...], start: int, end: int, width: int) -> tuple[str, int]:
    """text[start:end] in its paragraph, cut to `width` characters either side (an ellipsis where a cut falls
    inside the paragraph), and where text[start] sits in what is returned."""
    if spans:
        first = spans[min(paragraph_at(spans, start), len(spans) - 1)]
        last = spans[min(paragraph_at(spans, end), len(spans) - 1)]
    else:
        first = last = (0, len(text))
    lo, hi = max(first[0], start - width), min(last[1], end + width)
    head, tail = ("…" if lo > first[0] else ""), ("…" if hi < last[1] else "")
    return head + text[lo:hi] + tail, start - lo + len(head)
