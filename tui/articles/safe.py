"""Article text is untrusted: no character of it may act on the reader's terminal.

Everything a parser returns passes through here once, where it enters the program, so every layer
above (analysis, search, the screens, every CLI format, the SSH and web servers) handles inert text:

- C0 controls but tab and newline, DEL and the C1 block (U+0080-U+009F, where U+009B is a one-byte
  CSI on some terminals) become visible: C0 and DEL as their Control Pictures (ESC shows as ␛), C1
  as U+FFFD; vertical tab and form feed are whitespace and become spaces;
- bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which can make
  text read other than it is (a "Trojan Source" title), are removed;
- one-line fields (title, author, outlet, …) lose their newlines and tabs too;
- a URL is kept only when it is http(s) and free of controls and spaces.
"""

from __future__ import annotations

import re

_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_PICTURES[0x0B] = " "
_PICTURES[0x0C] = " "
_PICTURES[0x7F] = "\u2421"  # ␡
_TABLE: dict[int, str | None] = {**_PICTURES, **dict.fromkeys(range(0x80, 0xA0), "\ufffd")}
for _c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
    _TABLE[_c] = None
_LINE_TABLE: dict[int, str | None] = {**_TABLE, 0x09: " ", 0x0A: " "}
# One pass of re.search tells whether anything needs translating; most text needs nothing.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+", re.IGNORECASE)


def clean_text(text: str) -> str:
    """Body text: paragraphs and newlines kept, every control made visible or removed."""
    return text.translate(_TABLE) if _UNSAFE.search(text) else text


def clean_line(text: str) -> str:
    """A one-line field: as clean_text, and newlines and tabs become spaces."""
    return text.translate(_LINE_TABLE) if _UNSAFE_LINE.search(text) else text


def clean_url(url: str) -> str:
    """An http(s) URL without controls or spaces, or "" (a javascript:, file: or data: link never passes)."""
    url = url.strip()
    return url if _URL.fullmatch(url) else ""


def is_safe(text: str) -> bool:
    """True when no character of text could act on a terminal (tests and guards use it)."""
    return _UNSAFE.search(text) is None
