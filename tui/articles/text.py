"""Plain-text and wire-service articles: the seed's layout and older wire styles.

A file is a title line, a header of metadata (label/value lines, a date line,
a byline, copyright and editors' notes), then the body. Bodies are either one
paragraph per line (blank lines between) or hard-wrapped at ~70 columns with
an indented first line per paragraph (Reuters 1987). Files with no title line
(FNC-1 bodies) keep every line as body and take a title from the first sentence.
"""

from __future__ import annotations

import html
import re

from tui.articles.dates import DATE_LINE, fix_swapped, parse_date, zone_for
from tui.articles.model import Article

LABELS = {
    "source": "source",
    "editor": "editor",
    "time": "date",
    "date": "date",
    "published": "date",
    "author": "author",
    "byline": "author",
    "by": "author",
}
_LABEL_ALONE = re.compile(r"^(source|editor|time|author|date|byline|published)\s*:?$", re.I)
_LABEL_INLINE = re.compile(r"^(source|editor|time|author|date|byline|published|by)\s*:\s*(\S.{0,120})$", re.I)
_BYLINE = re.compile(
    r"^by:?\s+(?:(?:the\s+)?(?:xinhua|ap|associated press|reuters|afp|staff|our)\s+"
    r"(?:staff\s+)?(?:writers?|correspondents?|reporters?)\s+)?(?P<name>[A-Z][^\n]{1,80})$",
    re.I,
)
_ROLE_LINE = re.compile(r"^(?:[A-Z][\w.&'-]*\s+){0,4}(?:writer|correspondent|reporter|editor|staff writer)s?$", re.I)
_COPYRIGHT = re.compile(r"^(?:c\.|\(c\)|©|copyright)\s*(?:\d{4}\s*)?(?P<owner>[A-Z][^\n]{1,60})$", re.I)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*(?:, [A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+)*)*?)"
    rf"(?:,? (?P<date>{_MONTH} \d{{1,2}}))?"
    r"(?: \((?P<outlet>[A-Za-z][A-Za-z .&-]{1,30})\))?"
    r"\s*(?:--|—|–|_|-)\s+"
)
OUTLETS = {
    "xinhua": "Xinhua",
    "ap": "AP",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "afp": "AFP",
    "upi": "UPI",
    "n.y. times news service": "The New York Times",
    "new york times news service": "The New York Times",
    "the new york times": "The New York Times",
}
_TRAILER = re.compile(
    r"^(?:related (?:news|stories|articles)|continue\W*|reuters?|\(end\)|end|more|advertisement"
    r"|[a-z]{1,4}(?:-[a-z]{1,4})?/[a-z]{1,4}|nyt-\S+.*|\(?[a-z]{2,4}\)?)$",
    re.I,
)
_EDITORS_NOTE = re.compile(r"^\((?:[^()]|\([^()]*\))*\)$")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
# A byline run into the headline's end
_TITLE_BYLINE = re.compile(
    r"(?:\s+|(?<=[a-z]))By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})?)"
    r"(?:\s+[cC]\.\s*\d{4}\b.*)?\s*$"  # "By Jack Warner c. 1999 Cox News Service"
)
_NOTES = re.compile(r"^(?:\((?:[^()]|\([^()]*\))*\)\s*)+$")
# AP desk initials closing the last paragraph: "... build its bombs. af/vj"
# ("… according to statistics. enditem =06171335 =06171353 NNNN 21:41 21:41 g # PAB": a wire's end-of-item
# trailer run into the last paragraph)
_SIGN_OFF = re.compile(
    r"(?<=[.\"”])\s+(?:[a-z]{1,4}(?:-[a-z]{1,4})?/[a-z]{1,4}|_{3,}\s*\(.*\)|(?i:enditem)\b[^\n]{0,80})$"
)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”’][.!?])\s+(?=[\"“A-Z])")


def outlet_name(raw: str) -> str:
    raw = raw.strip()
    return OUTLETS.get(raw.casefold(), raw)


def smart_case(name: str) -> str:
    """DAVID L. MARCUS and COLUM LYNCH -> David L. Marcus and Colum Lynch."""
    words = [w for w in name.split() if w not in ("and", "&")]
    if any(w.upper() != w for w in words):
        return name
    return " ".join(w if w in ("and", "&") else w.capitalize() if len(w) > 2 else w.title() for w in name.split())


def looks_like_title(line: str, following: str | None) -> bool:
    """A short line with no closing full stop reads as a headline."""
    if following is None or len(line) > 200:
        return False
    if following and (DATE_LINE.match(following) or _LABEL_ALONE.match(following) or _BYLINE.match(following)):
        return True
    if line.isupper():
        return True
    last = line[-1]
    if last in "-–—.:;,\"”'’…" or line.endswith("..."):
        return False
    if last in "?!":
        return len(line.split()) <= 16
    return True


def first_sentence_title(text: str, width: int = 90) -> str:
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    if len(sentence) <= width:
        return sentence
    cut = sentence[:width].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-") + "…"


def unwrap(lines: list[str]) -> list[str]:
    """Turn one blank-separated block into paragraphs.

    Long lines are paragraphs of their own; a block of short lines is
    hard-wrapped prose, where an indented line starts a new paragraph.
    """
    if len(lines) == 1:
        return [lines[0].strip()]
    if max(len(x) for x in lines) > 100:
        return [x.strip() for x in lines if x.strip()]
    paras: list[str] = []
    cur = ""
    for raw in lines:
        line = raw.strip()
        if raw[:1].isspace() and cur:
            paras.append(cur)
            cur = line
        elif not cur:
            cur = line
        elif cur.endswith("-") and len(cur) > 1 and cur[-2].isalpha() and line[:1].islower():
            cur += line
        else:
            cur += " " + line
    if cur:
        paras.append(cur)
    return paras


def _header(lines: list[str], i: int, meta: dict[str, str]) -> int:
    """Read metadata lines from `i`; return where the body begins."""
    n = len(lines)
    while i < n:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        m = _LABEL_ALONE.match(line)
        if m:
            j = i + 1
            while j < n and not lines[j].strip():
                j += 1
            value = lines[j].strip() if j < n else ""
            if value and len(value) <= 120 and not _LABEL_ALONE.match(value):
                meta.setdefault(LABELS[m.group(1).lower()], value)
                i = j + 1
                continue
            break
        m = _LABEL_INLINE.match(line)
        if m:
            key = LABELS[m.group(1).lower()]
            value = m.group(2).strip()
            meta.setdefault(key, _BYLINE.sub(r"\g<name>", value) if key == "author" else value)
            i += 1
            continue
        if DATE_LINE.match(line):
            meta.setdefault("date", line)
            i += 1
            continue
        m = _BYLINE.match(line)
        if m and len(line.split()) <= 12 and not line.endswith("."):
            meta.setdefault("author", smart_case(m.group("name").strip()))
            i += 1
            continue
        if "author" in meta and _ROLE_LINE.match(line):
            i += 1
            continue
        m = _COPYRIGHT.match(line)
        if m:
            meta.setdefault("copyright", m.group("owner").strip())
            i += 1
            continue
        if line.startswith("("):
            # Editors' notes: "(For use by ...)", "(bl)", multi-line "(ATTN: ...)".
            depth, j = 0, i
            while j < n and j < i + 8:
                depth += lines[j].count("(") - lines[j].count(")")
                if depth <= 0:
                    break
                j += 1
            if depth <= 0 and j < n and _NOTES.match(" ".join(x.strip() for x in lines[i : j + 1])):
                i = j + 1
                continue
        break
    return i


def parse_text(raw: str, source: str, id: str) -> Article:
    """Parse a plain or wire text article; never raises on odd input."""
    if _ENTITY.search(raw):
        raw = html.unescape(raw)  # "&#163;5m" in a plain text file is £5m (Article.build then drops control chars)
    lines = [x.rstrip() for x in raw.split("\n")]
    n = len(lines)
    i = 0
    while i < n and not lines[i].strip():
        i += 1
    meta: dict[str, str] = {}
    title = ""
    # A wire header may come before the headline: "(For use by N.Y. Times News Service clients)", a date line
    while i < n and (DATE_LINE.match(lines[i].strip()) or _NOTES.match(lines[i].strip())):
        if DATE_LINE.match(lines[i].strip()):
            meta.setdefault("date", lines[i].strip())
        i += 1
        while i < n and not lines[i].strip():
            i += 1
    if i < n:
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        following = lines[j].strip() if j < n else None
        blank_after = i + 1 < n and not lines[i + 1].strip()
        candidate = lines[i].strip()
        # "…\nBy Jack Warner", "… By DAN FREEDMAN\nc.2000 Hearst Newspapers": the header goes on below the headline
        by_next = bool(
            following and ((_BYLINE.match(following) and len(following.split()) <= 8) or _COPYRIGHT.match(following))
        )
        if (blank_after or by_next or (following and DATE_LINE.match(following))) and looks_like_title(
            candidate, following
        ):
            title = candidate
            i += 1
            by = _TITLE_BYLINE.search(title)
            if by is not None and by.start() > 0:
                # "SPAIN FACING ITS OWN FEARS ON SEPARATISM By FRANK VIVIANO", "… still eludesBy Jennifer Brett"
                meta.setdefault("author", smart_case(by.group(1)))
                title = title[: by.start()].rstrip()
    i = _header(lines, i, meta)
    blocks: list[list[str]] = []
    cur: list[str] = []
    for line in lines[i:]:
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    paragraphs = [p for block in blocks for p in unwrap(block) if p]
    signed = ""
    while paragraphs and (_TRAILER.match(paragraphs[-1]) or _EDITORS_NOTE.match(paragraphs[-1])):
        last = paragraphs.pop().strip().casefold()
        if last.startswith("reuter"):
            signed = "Reuters"
    if paragraphs:
        paragraphs[-1] = _SIGN_OFF.sub("", paragraphs[-1])
    outlet = dateline = ""
    lead = paragraphs[0] if paragraphs else ""
    m = DATELINE.match(lead + " ")
    if m:
        dateline = m.group("place").rstrip(",")
        if m.group("outlet"):
            outlet = outlet_name(m.group("outlet"))
        lead = lead[m.end() :] if m.end() <= len(lead) else (paragraphs[1] if len(paragraphs) > 1 else "")
    outlet = outlet or signed or outlet_name(meta.get("copyright", "")) or meta.get("source", "")
    if not title and lead:
        title = first_sentence_title(lead)
    published = fix_swapped(parse_date(meta.get("date", ""), zone_for(outlet)), source)
    return Article.build(
        id=id,
        source=source,
        title=title,
        paragraphs=paragraphs,
        outlet=outlet,
        editor=meta.get("editor", ""),
        author=meta.get("author", ""),
        published=published,
        dateline=dateline,
        extra={k: v for k, v in meta.items() if k in ("source", "copyright")},
    )
