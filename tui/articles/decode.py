"""Bytes to text, the way files arrive in the wild: BOMs, CRLF, legacy codepages."""

from __future__ import annotations

import codecs

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never appear in text (tab, newline, CR and form feed do).
_CONTROL = bytes([c for c in range(32) if c not in (9, 10, 12, 13)] + [127])


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says why."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean not text."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls / len(head) > 0.05


def decode(data: bytes) -> str:
    """Decode text bytes to str with normalised newlines, or raise DecodeError."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return normalise_newlines(data.decode(enc))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"broken {enc} text: {exc.reason}") from exc
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        # Western news in an unknown 8-bit code page reads best as cp1252.
        return normalise_newlines(data.decode("cp1252", errors="replace"))
    return normalise_newlines(str(best))


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
