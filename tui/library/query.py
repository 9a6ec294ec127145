"""The query language, in the spirit of fzf, plus filters that matter for news.

    tax cuts            every term must match (fuzzily: a typo or two is fine)
    'cut                exact word            ^we    starts with     work$   ends with
    !budget             must not contain      tax | levy             either term
    by:lacroix          speaker               in:xinhua              outlet
    since:2021-11       published on or after until:2022             on or before

Smart case: a term with a capital letter matches case-sensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # as typed, without its operator
    kind: str = "fuzzy"  # fuzzy | exact | prefix | suffix
    negate: bool = False
    alternatives: tuple[Term, ...] = ()  # "a | b": any of these

    @property
    def case_sensitive(self) -> bool:
        return any(c.isupper() for c in self.text)


@dataclass(slots=True)
class Query:
    terms: list[Term] = field(default_factory=list)
    speaker: str | None = None
    outlet: str | None = None
    since: float | None = None
    until: float | None = None
    raw: str = ""
    unread: list[str] = field(default_factory=list)  # filters not understood ("since:2000-13"), said, not dropped

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.negate]

    @property
    def empty(self) -> bool:
        return not self.terms and not (self.speaker or self.outlet or self.since or self.until)


def _date_bound(value: str, end: bool) -> float | None:
    """2021, 2021-11 or 2021-11-26 as a UTC timestamp: the start of that span, or its end for until:."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        start = datetime(y, mo, d, tzinfo=UTC)
    except ValueError:
        return None
    if not end:
        return start.timestamp()
    if m.group(3):
        nxt = datetime.fromtimestamp(start.timestamp() + 86400, UTC)
    elif m.group(2):
        nxt = datetime(y + (mo == 12), mo % 12 + 1, 1, tzinfo=UTC)
    else:
        nxt = datetime(y + 1, 1, 1, tzinfo=UTC)
    return nxt.timestamp() - 1e-6


# A filter with a quoted value is one token: by:"jean-pierre lacroix", in:“new york times”
_TOKEN = re.compile(r"""(?i:by|in|since|until):(?:"[^"]*"?|“[^”]*”?)|\S+""")


def _term(token: str) -> Term | None:
    negate = token.startswith("!")
    if negate:
        token = token[1:]
    kind = "fuzzy"
    if token.startswith("'"):
        kind, token = "exact", token[1:]
    elif token.startswith("^"):
        kind, token = "prefix", token[1:]
    elif token.endswith("$") and len(token) > 1:
        kind, token = "suffix", token[:-1]
    if not token:
        return None
    return Term(token, kind, negate)


def parse(raw: str) -> Query:
    """Parse a query; anything odd is taken literally, never an error."""
    q = Query(raw=raw)
    tokens = _TOKEN.findall(raw)
    i = 0
    pending_or: list[Term] = []
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower()
        for key in ("by:", "in:", "since:", "until:"):
            if low.startswith(key) and len(tok) > len(key):
                value = tok[len(key) :].strip('"“”')  # by:"jean-pierre lacroix": a quoted value, spaces and all
                if not value:
                    break
                if key == "by:":
                    q.speaker = f"{q.speaker} {value}" if q.speaker else value
                elif key == "in:":
                    q.outlet = value
                elif key == "since:":
                    q.since = _date_bound(value, end=False)
                    if q.since is None:
                        q.unread.append(tok)
                else:
                    q.until = _date_bound(value, end=True)
                    if q.until is None:
                        q.unread.append(tok)
                break
        else:
            if tok == "|" and (not q.terms or q.terms[-1].negate or i + 1 >= len(tokens)):
                i += 1  # nothing to join: "!a | b" keeps "!a" as it is
                continue
            if tok == "|":
                last = q.terms.pop()
                pending_or = list(last.alternatives) or [last]
                nxt = _term(tokens[i + 1])
                if nxt is not None:
                    pending_or.append(nxt)
                q.terms.append(Term(pending_or[0].text, pending_or[0].kind, False, tuple(pending_or)))
                i += 2
                continue
            t = _term(tok)
            if t is not None:
                q.terms.append(t)
        i += 1
    return q


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())
