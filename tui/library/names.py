"""A speaker's name as the join across articles reads it: the words of a person's name without the titles and
sentence words run into it, given names and their familiar forms, initials, the sex an honorific or a given
name says, the roles a title names, and the wording organisations are joined by.

Plain Python; tui.library.people joins identities with it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from tui.analysis.lexicon import (
    FEMALE_NAMES,
    GIVEN_NAMES,
    HONORIFIC_GENDER,
    HONORIFICS,
    MALE_NAMES,
    ORG_WORDS,
    PLACES,
    ROLE_WORDS,
    SENTENCE_ADVERBS,
    STOP_CAPS,
)

# Familiar forms of English given names: "Bill Clinton" and "William Jefferson Clinton" are one given name.
NICKNAMES = {
    "bill": "william", "billy": "william", "will": "william", "willy": "william", "bob": "robert",
    "bobby": "robert", "rob": "robert", "robbie": "robert", "tony": "anthony", "jim": "james", "jimmy": "james",
    "jamie": "james", "mike": "michael", "mick": "michael", "tom": "thomas", "tommy": "thomas", "dick": "richard",
    "rick": "richard", "rich": "richard", "ed": "edward", "eddie": "edward", "ned": "edward", "joe": "joseph",
    "joey": "joseph", "dan": "daniel", "danny": "daniel", "dave": "david", "steve": "steven", "chris": "christopher",
    "nick": "nicholas", "sam": "samuel", "ben": "benjamin", "alex": "alexander", "andy": "andrew", "drew": "andrew",
    "matt": "matthew", "pat": "patrick", "jeff": "jeffrey", "greg": "gregory", "tim": "timothy", "ron": "ronald",
    "don": "donald", "chuck": "charles", "charlie": "charles", "hank": "henry", "harry": "henry", "jack": "john",
    "johnny": "john", "jon": "jonathan", "larry": "lawrence", "jerry": "gerald", "fred": "frederick",
    "frank": "francis", "ken": "kenneth", "kenny": "kenneth", "len": "leonard", "phil": "philip", "ray": "raymond",
    "doug": "douglas", "walt": "walter", "al": "albert", "peggy": "margaret", "maggie": "margaret", "meg": "margaret",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "kate": "katherine", "kathy": "katherine",
    "katie": "katherine", "cathy": "catherine", "sue": "susan", "jenny": "jennifer", "jen": "jennifer",
    "debbie": "deborah", "becky": "rebecca", "vicky": "victoria", "nancy": "ann", "annie": "ann", "anne": "ann",
}  # fmt: skip
PARTICLES = frozenset("de da di del della der den van von bin ibn al el le la du dos das bint ben abu st st. y".split())
# Words that open a sentence before the name the analysis ran them into ("Earlier Tony Blair", "But Mr Smith")
_LEADERS = (
    frozenset(SENTENCE_ADVERBS)
    | STOP_CAPS
    | frozenset(
        "also now then former late new top another one did more neither either both some every each many most several "
        "no not only even just under with without against about like from into over than via per among should could "
        "would must might can may rival fellow".split()
    )
)
# Words that are never part of a person's name: bodies, places, peoples, and what news runs into names
_NOT_NAMES = (
    frozenset(w for w in ORG_WORDS if w.isalpha())
    | PLACES
    | frozenset(
        "american british english french german chinese japanese russian islamic european african asian arab "
        "israeli iranian iraqi indian pakistani canadian mexican spanish italian korean soviet palestinian "
        "syrian turkish egyptian afghan kurdish australian irish scottish welsh dutch swiss swedish polish "
        "state states policy budget vision hospital city county republic kingdom united union national "
        "international federal royal street road avenue square house hall press foreign prime vice deputy senior "
        "speaker los san exchange securities wire online daily weekly radio television channel newspaper website "
        "web site stock market markets".split()
    )
) - {"co", "sa", "ag"}
# A noun after a name makes the words a descriptor or a body, not the person ("Clinton aides", "Blair camp")
_HEADS = (
    ROLE_WORDS
    | ORG_WORDS
    | frozenset(
        "administration campaign camp aide aides allies ally supporters voters forecast spokesman spokeswoman "
        "government team family office staff people advisers".split()
    )
)
# Roles that say who a surname alone is ("President Clinton"): role words and non-courtesy honorifics
# (bodies aside: "company", "ministry" say no person)
_COURTESY = {"mr", "mrs", "ms", "miss", "dr", "sir"}
_ROLES = frozenset(w.rstrip(".") for w in HONORIFICS | ROLE_WORDS) - ORG_WORDS - _COURTESY
_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
_MARKS = re.compile(r"[\u0300-\u036f]")  # combining accents, as NFKD leaves them


def fold(text: str) -> str:
    """Case and accents folded: "Lacroix" and "LACROIX", "José" and "Jose" are one key."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text)).replace("’", "'")
    return text.casefold()


def person_name(name: str) -> tuple[str, ...] | None:
    """The name words of a person speaker, without the honorific, role or sentence word run into it
    ("Mr Blair on Sunday" -> Blair, "Earlier Tony Blair" -> Tony Blair); None when the words are not a person's
    name but a descriptor built on one ("a top Donald Trump adviser", "the Clinton administration")."""
    words = [w.strip(',;:()"') for w in name.replace("’", "'").split()]
    words = [w for w in words if w]
    if words and (words[-1].endswith("'s") or words[-1].endswith("s'")):
        words[-1] = words[-1][:-2] if words[-1].endswith("'s") else words[-1][:-1]
    if words and words[0].lower() in ("the", "a", "an"):
        return None  # "the Illinois Democrat", "The Hong Kong trader": a person is never named with an article
    out: list[str] = []
    rest: list[str] = []
    for i, w in enumerate(words):
        low = w.lower().rstrip(".")
        if not out:
            if w[0].isupper() and low in ROLE_WORDS and low.endswith("s") and low[:-1] in ROLE_WORDS:
                return None  # "Supporters of Islamic State", "Lawyers for Clinton": a group, not the person
            if low.endswith("-based"):
                return None  # "Ohio-based Gencorp", "California-based Baker": a company
            if w[0].isupper() and low.endswith("ly") and len(low) > 5:
                continue  # "Apparently Lenovo"
            if low in ("the", "a", "an") or (
                w[0].isupper() and (low in _LEADERS or low in _ROLES or low in HONORIFICS or low + "." in HONORIFICS)
            ):
                continue
            if low == "of" and i and words[i - 1][0].isupper():
                continue  # "Secretary of State Madeleine Albright"
        if w[0].isupper() and _WORD.fullmatch(w):
            out.append(w)
        elif out and (low in PARTICLES or ("-" in low and low.split("-", 1)[0] in PARTICLES)):
            out.append(w)  # "de la Dehesa", "al-Tayer"
        else:
            rest = words[i:]
            break  # "on Sunday", "said": the name ended
    if any(w.lower().rstrip(".,") in _HEADS for w in rest[:3]):
        return None  # "One Clinton spokesman", "Plaid Cymru health spokesman", "Clinton administration officials"
    while len(out) > 2 and (fold(out[0]).rstrip(".") in _NOT_NAMES or fold(out[0]).rstrip(".") in _ROLES):
        out.pop(0)  # "Secretary of State Madeleine Albright", "House Speaker Newt Gingrich"
    if len(out) == 2 and fold(out[0]) not in GIVEN_NAMES and (fold(out[0]) in _NOT_NAMES or fold(out[1]) in _NOT_NAMES):
        return None  # "An Islamic State fighter", "Brown Budget": a body, a place or a thing
    while out and out[-1].lower() in PARTICLES:
        out.pop()
    if not out or all(len(w.rstrip(".")) == 1 for w in out):
        return None
    return tuple(out)


def initials(word: str) -> str:
    """ "H.W." -> "hw", "W." -> "w", "Jefferson" -> "j"."""
    if "." in word:
        return "".join(p[0] for p in fold(word).split(".") if p)
    return fold(word)[:1]


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 or bool(re.fullmatch(r"(?:[A-Z]\.)+", word))


def gender(name: str, aliases: Iterable[str], first: str | None) -> str | None:
    """What an honorific (Mr, Mrs) or a common given name says of the sex, when they agree."""
    said: set[str] = set()
    for form in (name, *aliases):
        head = form.split(maxsplit=1)[0].lower().rstrip(".") if form.strip() else ""
        if head in HONORIFIC_GENDER:
            said.add(HONORIFIC_GENDER[head])
    if first:
        f = fold(first)
        if f in FEMALE_NAMES and f not in MALE_NAMES:
            said.add("f")
        elif f in MALE_NAMES and f not in FEMALE_NAMES:
            said.add("m")
    return said.pop() if len(said) == 1 else None


def roles(name: str, title: str | None, aliases: Iterable[str]) -> frozenset[str]:
    """The role words a speaker is given: its title's, and the honorifics before its name ("President Clinton")."""
    out = {w for w in fold(title or "").replace("-", " ").split() if w.rstrip(".") in _ROLES}
    for form in (name, *aliases):
        for w in form.split():
            low = w.lower().rstrip(".")
            if low in _ROLES:
                out.add(low)
            else:
                break
    return frozenset(w.rstrip(".") for w in out)


def proper(name: str) -> bool:
    """A proper name ("Amnesty International", "the World Bank") rather than a description ("the company")."""
    words = re.sub(r"^(?:the|a|an|one|some|two|three|several|many|most)\s+", "", name.strip(), flags=re.I).split()
    return bool(words) and words[0][:1].isupper()


def org_key(name: str) -> str:
    """The wording an organisation or descriptor is joined by: case, a leading article and a possessive aside."""
    key = fold(name).strip()
    key = re.sub(r"^(?:the|a|an)\s+", "", key)
    key = re.sub(r"'s?$", "", key)
    return " ".join(key.split())
