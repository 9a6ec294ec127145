"""The plain data every layer above shares: an article and a load problem."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tui.articles.safe import clean_line, clean_text, clean_url

PARAGRAPH_SEP = "\n\n"


def text_key_of(text: str) -> int:
    """A text's fingerprint, the same in every process (a stored article carries it without its text)."""
    raw = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(raw, "big", signed=True)  # signed: SQLite's INTEGER holds it


UNDATED = float("inf")  # where an article without a date sorts: after every dated one


@dataclass(frozen=True, slots=True)
class Article:
    """One story as plain text; every offset in the program points into `text`.

    `text` is the body paragraphs joined by a blank line, so a paragraph is
    always `text[start:end]` for its entry in `spans`.
    """

    id: str
    source: str
    title: str
    text: str
    spans: tuple[tuple[int, int], ...]
    outlet: str = ""
    editor: str = ""
    author: str = ""
    published: datetime | None = None
    dateline: str = ""
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def build(cls, *, id: str, source: str, title: str, paragraphs: list[str], **meta: Any) -> Article:
        """Join paragraphs into one text and remember where each one sits.

        Every parser builds through here, so this is where untrusted text is made inert (tui.articles.safe).
        """
        paragraphs = [clean_text(x) for x in paragraphs]
        paras = [p for p in (" ".join(x.split()) if "\n" in x else x.strip() for x in paragraphs) if p]
        for key in ("outlet", "editor", "author", "dateline"):
            if isinstance(meta.get(key), str):
                meta[key] = clean_line(meta[key]).strip()
        if isinstance(meta.get("url"), str):
            meta["url"] = clean_url(meta["url"])
        if isinstance(meta.get("extra"), dict):
            meta["extra"] = {clean_line(str(k)): clean_line(str(v)) for k, v in meta["extra"].items()}
        spans: list[tuple[int, int]] = []
        pos = 0
        for p in paras:
            spans.append((pos, pos + len(p)))
            pos += len(p) + len(PARAGRAPH_SEP)
        return cls(
            id=clean_line(id),
            source=source,
            title=" ".join(clean_line(title).split()),
            text=PARAGRAPH_SEP.join(paras),
            spans=tuple(spans),
            **meta,
        )

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(self.text[s:e] for s, e in self.spans)

    # A stored article (tui.library.stored) answers these three without reading its text.
    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def paragraph_count(self) -> int:
        return len(self.spans)

    @property
    def text_key(self) -> int:
        return text_key_of(self.text)

    def __hash__(self) -> int:  # by the text's key: a stored article, equal to this one, hashes alike
        return hash((self.id, self.source, self.title, self.text_key))

    def story_key(self) -> tuple[str, int]:
        """One story filed twice (same title and text) has one key: the reader lists it once, search has it once."""
        return (self.title, self.text_key)

    def sort_key(self) -> tuple[float, str]:
        """Newest first, undated last, then by title (naive times count as UTC)."""
        return (self.sort_time(), self.title.casefold())

    def sort_time(self) -> float:
        """sort_key's first part alone (the reader's list sorts by it first, then ties by title)."""
        p = self.published
        if p is None:
            return UNDATED
        return -(p if p.tzinfo else p.replace(tzinfo=UTC)).timestamp()

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "outlet": self.outlet,
            "editor": self.editor,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline,
            "url": self.url,
            "paragraphs": self.paragraph_count,
            "chars": self.chars,
        }


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A source that could not be read, and why, in words a user can act on.

    `source` is the path as given (it must match the path again when the file changes); `shown_source` is
    what a screen may print, since a file name is as untrusted as a file's text. The reason is made inert
    here: an exception's message can quote the file.
    """

    source: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", clean_line(self.reason))

    @property
    def shown_source(self) -> str:
        return clean_line(self.source)

    def __str__(self) -> str:
        return f"{self.shown_source}: {self.reason}"
