"""Where Rich breaks a line of text, found with a handful of string searches a line instead of a Python step
and two width measures a word.

Opening an article wraps all of it at the pane's width (its line count sizes the scrollbar): with Rich's
`divide_line` that was the largest part of Newsdesk's own work on a keystroke. Text made only of characters
one cell wide whose only white space is the plain space (most news text, curly quotes and dashes included)
is broken here, at the offsets `divide_line` gives (tests/test_wrap.py holds the two to each other); any
other text goes to `divide_line` itself.
"""

from __future__ import annotations

import re

from rich._wrap import divide_line

# One cell each in every terminal, and no white space but " ": Latin, Greek, Cyrillic, general punctuation.
# Not NBSP (U+00A0, white space to Rich), the soft hyphen, combining marks, the spaces U+2000-U+200F.
_FLAT = re.compile("[\\x21-\\x7e\\xa1-\\xac\\xae-\\u02ff\\u0370-\\u04ff\\u2010-\\u2027\\u2030-\\u205e ]*")


def breaks(text: str, width: int, fold: bool = True) -> list[int]:
    """The offsets at which `text` (one line, no newline) is divided to fit `width` cells: rich's divide_line."""
    if width <= 0 or not _FLAT.fullmatch(text) or text[:1] == " ":
        return divide_line(text, width, fold=fold)
    out: list[int] = []
    start, n = 0, len(text)
    while n - start > width:
        end = start + width  # the first character past the line
        if text[end] == " ":  # every word up to here fits: the next line starts after the spaces
            nxt = end + 1
            while nxt < n and text[nxt] == " ":
                nxt += 1
            if nxt >= n:
                break  # only spaces are left: they stay on this line
        else:
            space = text.rfind(" ", start, end)
            if space < start:  # a word wider than a line, which starts this one: Rich's own way from here
                return out + [start + x for x in divide_line(text[start:], width, fold=fold)]
            nxt = space + 1
        out.append(nxt)
        start = nxt
    return out


def line_count(text: str, width: int, fold: bool = True) -> int:
    """The lines `text` takes at `width`: each of its lines divided as `breaks` divides it."""
    return sum(len(breaks(line, width, fold)) + 1 for line in text.split("\n"))
