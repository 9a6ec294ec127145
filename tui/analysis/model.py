"""What the analysis finds in one article; every span is an offset pair into Article.text."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation (the words between the marks) or reported speech (kind "indirect")."""

    text: str
    start: int
    end: int
    speaker: str | None
    kind: str = "direct"
    cue: str = ""
    cue_start: int = -1
    rule: str = ""  # "sieve/resolver step" that attributed it (`newsdesk extract --explain`)
    # The title the article gives the speaker ("UN Under-Secretary-General for Peace Operations"): set by the
    # Analysis that holds the quote, the one place a quote's speaker is joined to their title.
    speaker_title: str | None = None


@dataclass(slots=True)
class Speaker:
    """One entity that speaks, by the fullest name the article gives."""

    name: str
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0
    first_mention: int = -1
    mentions: list[tuple[int, int]] = field(default_factory=list)
    person: bool = True


@dataclass(slots=True)
class Initiative:
    """A named programme, plan, summit, resolution …, merged over its acronym and variants."""

    name: str
    acronym: str | None
    kind: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    description: str | None = None


@dataclass(slots=True)
class Analysis:
    quotes: list[Quote]
    speakers: list[Speaker]
    mentioned: list[Speaker]
    initiatives: list[Initiative]
    analysed_to: int | None = None  # set when only text[:analysed_to] was read (see analyze)

    def __post_init__(self) -> None:
        """Each quote carries its speaker's title, so that a row, a citation or a saved quote needs no join."""
        titles = _titles(self.speakers)
        if titles and any(q.speaker_title is None and q.speaker in titles for q in self.quotes):  # else as built
            self.quotes = [
                replace(q, speaker_title=titles[q.speaker]) if q.speaker_title is None and q.speaker in titles else q
                for q in self.quotes
            ]

    def to_dict(self) -> dict[str, object]:
        extra: dict[str, object] = {} if self.analysed_to is None else {"analysed_to": self.analysed_to}
        return {
            "speakers": [
                {
                    "name": s.name,
                    "title": s.title,
                    "aliases": s.aliases,
                    "quotes": s.quotes,
                    "first_mention": s.first_mention,
                    "mentions": [list(m) for m in s.mentions],
                }
                for s in self.speakers
            ],
            "mentioned": [{"name": s.name, "title": s.title, "first_mention": s.first_mention} for s in self.mentioned],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_title": q.speaker_title,
                    "kind": q.kind,
                    "start": q.start,
                    "end": q.end,
                    "cue": q.cue,
                    "rule": q.rule,
                }
                for q in self.quotes
            ],
            "initiatives": [
                {
                    "name": i.name,
                    "acronym": i.acronym,
                    "kind": i.kind,
                    "mentions": [list(m) for m in i.mentions],
                    "description": i.description,
                }
                for i in self.initiatives
            ],
            **extra,
        }

    def to_compact(self) -> dict[str, object]:
        """Everything needed to rebuild this analysis, in lists not dicts: what the cache stores.

        Quote texts are left out: they are slices of the article text and come back from it.
        """
        return {
            "q": [[q.start, q.end, q.speaker, q.kind, q.cue, q.cue_start, q.rule] for q in self.quotes],
            "s": [
                [s.name, s.title, s.aliases, s.quotes, s.first_mention, [x for m in s.mentions for x in m], s.person]
                for s in self.speakers
            ],
            "m": [
                [s.name, s.title, s.aliases, s.first_mention, [x for m in s.mentions for x in m]]
                for s in self.mentioned
            ],
            "i": [
                [i.name, i.acronym, i.kind, [x for m in i.mentions for x in m], i.description] for i in self.initiatives
            ],
            **({} if self.analysed_to is None else {"t": self.analysed_to}),
        }

    @staticmethod
    def dict_from_compact(data: dict[str, Any], text: str) -> dict[str, object]:
        """to_dict() of the analysis to_compact() stored, without building it: a warm `extract` prints stored
        analyses, and the objects cost more than the printing (tests check both give the same)."""

        def pairs(flat: list[int]) -> list[list[int]]:
            it = iter(flat)
            return [[a, b] for a, b in zip(it, it)]  # noqa: B905 - flat has an even length (to_compact)

        titles = _compact_titles(data)
        out: dict[str, object] = {
            "speakers": [
                {"name": n, "title": t, "aliases": list(al), "quotes": q, "first_mention": f, "mentions": pairs(ms)}
                for n, t, al, q, f, ms, _ in data["s"]
            ],
            "mentioned": [{"name": n, "title": t, "first_mention": f} for n, t, _, f, _ in data["m"]],
            "quotes": [
                {
                    "text": text[s:e],
                    "speaker": who,
                    "speaker_title": titles.get(who) if who else None,
                    "kind": kind,
                    "start": s,
                    "end": e,
                    "cue": cue,
                    "rule": rule,
                }
                for s, e, who, kind, cue, _, rule in data["q"]
            ],
            "initiatives": [
                {"name": n, "acronym": a, "kind": k, "mentions": pairs(ms), "description": d}
                for n, a, k, ms, d in data["i"]
            ],
        }
        if data.get("t") is not None:
            out["analysed_to"] = data["t"]
        return out

    @classmethod
    def from_compact(cls, data: dict[str, Any], text: str) -> Analysis:
        """The inverse of to_compact, over the same article text."""

        def pairs(flat: list[int]) -> list[tuple[int, int]]:
            return list(zip(flat[::2], flat[1::2], strict=True))

        titles = _compact_titles(data)  # the quotes built with their titles: no second pass
        return cls(
            quotes=[
                Quote(text[s:e], s, e, who, kind, cue, cs, rule, titles.get(who))
                for s, e, who, kind, cue, cs, rule in data["q"]
            ],
            speakers=[Speaker(n, t, list(al), q, f, pairs(ms), bool(p)) for n, t, al, q, f, ms, p in data["s"]],
            mentioned=[Speaker(n, t, list(al), first_mention=f, mentions=pairs(ms)) for n, t, al, f, ms in data["m"]],
            initiatives=[Initiative(n, a, k, pairs(ms), d) for n, a, k, ms, d in data["i"]],
            analysed_to=data.get("t"),
        )


def _titles(speakers: list[Speaker]) -> dict[str, str]:
    return {s.name: s.title for s in speakers if s.title}


def _compact_titles(data: dict[str, Any]) -> dict[str, str]:
    """_titles of a stored (to_compact) analysis, read from its speaker rows."""
    return {n: t for n, t, *_ in data["s"] if t}
