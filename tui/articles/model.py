"""The plain data every layer above shares: an article and a load problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tui.articles.safe import clean_line, clean_text, clean_url

PARAGRAPH_SEP = "\n\n"


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

    def story_key(self) -> tuple[str, int]:
        """One story filed twice (same title and text) has one key: the reader lists it once, search has it once.
        A hash, so it holds within a process only."""
        return (self.title, hash(self.text))

    def sort_key(self) -> tuple[float, str]:
        """Newest first, undated last, then by title (naive times count as UTC)."""
        if self.published is None:
            return (float("inf"), self.title.casefold())
        ts = self.published if self.published.tzinfo else self.published.replace(tzinfo=UTC)
        return (-ts.timestamp(), self.title.casefold())

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
            "paragraphs": len(self.spans),
            "chars": len(self.text),
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
