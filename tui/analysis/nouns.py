"""Noun phrases that can speak: names with their titles, pronouns, descriptors, organisations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache, partial
from typing import NamedTuple

from tui.analysis.lexicon import (
    ASIDE_ADVERBS,
    BODY_LAST_WORDS,
    COURTESY_TITLES,
    DAYS_AND_MONTHS,
    DEMONYMS,
    FAITHS_AND_CAMPS,
    FINITE_CUES,
    FINITE_WORDS,
    GENERATIONS,
    GIVEN_NAMES,
    GROUP_NOUNS,
    HONORIFICS,
    ING_NOUNS,
    KIN_WORDS,
    LEAD_ARTICLE,
    LEGAL_SUFFIXES,
    MONTHS,
    NON_PERSON,
    ORG_WORDS,
    PARTICIPLE_CUES,
    PEOPLES,
    PLACE_NAMES,
    PLACES,
    PRONOUNS,
    ROLE_WORDS,
    SAYING_WORDS,
    SENTENCE_ADVERBS,
    STATE_NAMES,
    STOP_CAPS,
    TIME_THEN_AFTER,
    TITLE_QUALIFIERS,
    US_STATES,
    WEEKDAYS,
    alternation,
    holders_of_a_view,
    legal_suffix,
    names_group,
    word_start_alternation,
)

_TOKEN = re.compile(r"[^\s]+")
# Lower-case words inside a name: "Ludwig van Beethoven", "Daniel arap Moi", "Jan van der Berg".
PARTICLES = frozenset("de van von da do der den del du la le bin ibn al di dos das ter arap".split())
# A particle that is also a given name, capitalised before a surname: "Al Gore", "Al Sharpton" ("Van" is as
# often a surname's: "Van Putten")
GIVEN_PARTICLES = frozenset(("al",))
# … but these are bodies: broadcasters, papers and armed groups named with the Arabic article
_AL_BODIES = frozenset(
    "qaeda qaida shabab shabaab jazeera arabiya nusra ahram aqsa hayat manar quds watan ahed akhbar sharq".split()
)
# The same as a pattern, longest first, for the scanners of names (tui.analysis.attribution)
PARTICLE_ALT = "|".join(sorted(PARTICLES, key=lambda w: (-len(w), w)))
CONNECTORS = {"of", "for", "and", "on", "the", "against", "&", "in", "with", "from", "to"}
_ORG_LINKS = {"for", "with", "from", "to", "against", "without"}
_PART_CONN = PARTICLES | CONNECTORS
_EDGE = "\"'“”‘’.,;:!?()[]{}<>—–-…"
# Words after which a subject cannot continue backwards.
_BOUNDARY = re.compile(
    # ("The authors of that study said": "that" after a preposition is a determiner, no boundary)
    # ("… following his beating [CEN] A local police spokesman said": a photo agency's tag ends a caption)
    # (each word's first letter before its word-start check, so that re skips between such letters)
    # ('Kuwait"s Oil Minister': wire copy that typed " for ’ writes no quotation mark there)
    # ("fatty foods _ the biotech scientists said": the New York Times wire's dash)
    r"(?:[,;:(“”]|\"(?<=\w\")(?!s\b)|\"(?<!\w\")|—|–|\s(?:--?|_)\s|\[[A-Z]{2,8}\]|"
    + word_start_alternation(
        "and but while as because when after before although though since if so where which who whom whose then "
        "than or nor until unless whether what how why".split()
    )
    + r"\b|t(?<!\wt)(?<!\bof t)(?<!\bin t)(?<!\bfor t)(?<!\bat t)(?<!\bby t)(?<!\bon t)(?<!\bwith t)(?<!\bfrom t)"
    r"hat\b)",
)
_TRAILING_AUX = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|being|also|later|then|previously|earlier|recently|again|once|further|simply|would|will|could|"
    r"may|might|did|does|do|not|never|always|often|yesterday|today|tonight|now|only|just|repeatedly|publicly|"
    r"privately|reportedly|separately|angrily|bluntly|candidly|frankly|quickly|flatly|firmly|himself|herself|"
    r"themselves|itself|had|has|been|once|too|meanwhile|however|though|instead|still|"
    r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|"
    r"on\s+\w+day|went\s+on\s+to|continued\s+to|at\s+first|at\s+last|at\s+once|in\s+turn|(?-i:[a-z]+ly)|"
    # "Activist Russell Means in October suggested", "… last week said": when, no part of who
    r"(?:(?:from\s+|in\s+)?(?:late|early|earlier|later|mid)\s+(?:(?:last|this|next)\s+)?|"
    r"(?:(?:toward|towards|at)\s+the\s+(?:end|start|beginning)\s+of\s+)?"
    r"(?:in|since|during|until|last|this|next)\s+(?:this\s+)?)(?:week|month|year|weekend|night|morning|afternoon|evening|"
    rf"(?-i:{MONTHS}))))+\s*$",
    re.I,
)

_AUX_LAST = frozenset(
    w
    for w in re.findall(r"[a-z]+", _TRAILING_AUX.pattern.split("(?-i:")[0].replace("(?:", " "))
    if w not in {"s", "w", "day", "went", "on", "continued", "at", "in"}
)

_MEDIUM_WORD = re.compile(
    word_start_alternation(
        "speech statement interview letter conference briefing message report filing testimony tweet".split()
    )
    + r"\b"
)
# "in a speech at the United Nations on Wednesday", "in a message to Congress", "(The bi-partisan committee) in its
# report": how, where and when, after a noun
_MEDIUM_TAIL = re.compile(
    r"(?<=[\w.])(?<!\bsaid)(?<!\bsays)(?<!\btold)(?<!\bwrote)\s+(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:speech|statement|interview|letter|news\s+conference|press\s+conference|briefing|message|"
    r"report|filing|testimony|tweet)"
    r"(?:\s+(?:to|with|before|at|in|from|for)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*(?:\s+(?:of|for|and)\s+|\s+)?){1,6}"
    r"|\s+to\s+[a-z]+)?(?:\s+(?:on\s+)?(?:(?-i:[A-Z][a-z]+day)|today|yesterday|last\s+[a-z]+))?\s*$"
)
_BEING_TAIL = re.compile(r"(?<=[a-z])\s+being\s+[a-z]+\b[^,;:\"“”()]{0,50}$")
# Words that make "being …" a clause of its own, or follow it as a verb: not "before being fired in February after
# officials said", "where his licence is being challenged that he suggested"
_BEING_TAIL_STOPS = frozenset(
    "that he she they it we i who which after before when while as because since until and but or".split()
)
_BEING_BEFORE_STOPS = _BEING_TAIL_STOPS | frozenset(
    "without despite of for from by about on in at is are was were been not now still also up like risk keep keeps "
    "kept enjoy enjoyed hate love mind stop stopped survived avoid avoided".split()
)
_TAIL_LAST = frozenset(
    "to first last turn week month year weekend night morning afternoon evening january february march april may june"
    " july august september october november december".split()
)
_WORK_NOUNS = "book|report|study|survey|film|documentary|paper|memo|letter|article|editorial|column|piece|poll|review"
_POST_NOMINALS = {"MP", "MEP", "MSP", "MLA", "AM", "QC", "KC", "CEO", "OBE", "MBE", "CBE", "PhD", "MD"}
_DETERMINERS = {"the", "a", "an", "my", "his", "her", "their", "our", "its", "one", "another"}
_QUANTIFIERS = {"some", "many", "others", "most", "all", "both", "several", "few", "none", "one", "each", "another",
               "everyone", "anyone", "someone", "nobody", "somebody", "everybody", "this", "that", "these", "those",
               "there", "here", "what", "which", "who", "it", "critics", "supporters", "officials"}  # fmt: skip
_CONTRACTION = re.compile(r"['’](?:s|d|ll|re|ve)$")
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|ee)s?$")
_PREP_APPOS = re.compile(r" (?:from|of|at|with) (?:the )?[A-Z]")
_TRAILING_PAREN = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_INNER_PAREN = re.compile(r"(?<=[\w.&])( \(([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})\))(?= [A-Z])")
_LEGAL_AFTER = re.compile(r" (?:Ltd|Inc|Co|Corp|AG|BV|NV|SA|PLC|Plc|GmbH|Limited|Holdings)\b")
_TWO_WORDS_END = re.compile(r" ([A-Z][a-z][\w'’-]*) ([A-Z][a-z][\w'’-]*)\s*$")
_CAPITAL_WORD_END = re.compile(r"(?:^|\s)[A-Z][\w.&'’-]*$")
_DASH_APPOS = re.compile(r"\s(?:-|—|–)\s([^-—–]{3,160})\s(?:-|—|–)$")
_LEAD_PREP = re.compile(r"\s*(?:from|of|at|with|for)\s")
# "Marc Ostwald, a strategist at Monument Securities told": an apposition left open before the verb
_LEAD_ROLE = re.compile(
    r"\s*(?:(a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)\s+(?:at|of|for|with|in|to)\s+(?:the\s+)?[A-Z]"
)


def lead_role(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether text[pos:endpos] opens with a role and where it is held: "a strategist at Monument Securities",
    "aide to Sen. Thad Cochran" (without its article, one person's role only: "officials in Russia" is a
    subject of its own). The role is checked after the match: a pattern with the role list inside was slower."""
    m = _LEAD_ROLE.match(text, pos, len(text) if endpos is None else endpos)
    if m is None:
        return False
    role = m.group(2)
    return role in ROLE_WORDS and (m.group(1) is not None or not role.endswith("s"))


class Mention(NamedTuple):
    """A phrase naming a speaker: kind is name, surname, pronoun, descriptor or org.

    A named tuple, not a frozen dataclass: one is made for every phrase read, and a frozen dataclass sets each
    field through object.__setattr__ (3x slower to build)."""

    kind: str
    text: str
    name: str
    title: str | None
    start: int
    end: int


_ADVERBS = frozenset(SENTENCE_ADVERBS) | {"also", "now", "then"}
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
# Words before a speaker's phrase that are not part of it: conjunctions, and the focusing words of "Even McCain
# said", "Neither Vaskevitch nor … would comment", "Both Toshiba and Sony said"
_LEAD_WORDS = frozenset(
    {"and", "but", "so", "then", "yet", "also", "meanwhile", "though", "although", "whereas", "while", "because", ""}
    | {"both", "neither", "either", "even", "only"}
)


_PERIODS = frozenset(("week", "month", "year", "morning", "afternoon", "evening", "weekend", "spring", "summer"))
# … and before a subject phrase without its comma ("Yesterday Citicorp said"): the sentence adverbs and a few more
_LEAD_ADVERBS = _ADVERBS | {
    "previously",
    "thus",
    "therefore",
    "furthermore",
    "additionally",
    "recently",
    "importantly",
    "notably",
    "significantly",
    "crucially",
    "interestingly",
    "surprisingly",
    "ironically",
    "predictably",
}
# Heads of places that are common surnames after a given name: "Jim Hall", "Doris Day", "Charlotte Church"
_SURNAME_PLACES = frozenset("hall house church day park street rivers wood woods fields banks".split())


def _given_then_surname_place(run: list[str], lowered: list[str]) -> bool:
    """ "John Hall", "James E. Hall", "Julia Glover Hall", "Dr. Jim Church": a given name, perhaps a middle name
    or initial, then a surname that is also a building's word: a person, not a hall or a church."""
    if not lowered or lowered[-1] not in _SURNAME_PLACES or len(run) < 2:
        return False
    if lowered[-2] in GIVEN_NAMES:
        return True
    middle = run[-2]
    return (
        len(run) >= 3
        and lowered[-1] not in ("house", "street", "park")  # "Ruth's Chris Steak House": a restaurant
        and lowered[-3] in GIVEN_NAMES
        and (len(middle.rstrip(".")) == 1 or (middle[:1].isupper() and middle[1:].islower() and middle.isalpha()))
        and lowered[-2] not in ORG_WORDS
        and lowered[-2] not in NON_PERSON
    )


# A capitalised foreign article opens a paper's or a body's name ("Le Monde", "La Stampa"); not "Al" (Al Gore)
_FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "Der", "Die", "Das", "El", "Il"})
_MONTH_SURNAMES = frozenset({"may", "june", "april", "august"})
_MONTH_NAMED = re.compile(r"(?:\b(?:Mrs|Mr|Ms|Miss|Dr)\.?|\b[A-Z][a-z]+)\s+May\s*$")
# Honorifics that stand first in a name ("Sheikh Ali al-Sabah"), and are a name's own word after a name's word
_LEADING_HONORIFICS = frozenset({"sheikh", "sheik", "imam", "ayatollah", "rabbi", "cardinal"})
# Honorifics before which a role word is a surname ("Ms King"); lexicon.PLAIN_HONORIFICS (with "dr") is another list
_SURNAME_HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "mme", "mlle", "herr", "frau"})
_ADDRESSED_ROLES = frozenset(
    "president mayor chairman chairwoman chair speaker secretary ambassador minister governor senator "
    "commissioner chancellor premier director".split()
)
# Lower-case speech verbs that can open a phrase read back from a later cue (never "Said", a name)
_LEAD_CUES = frozenset({"said", "says", "told"})


def a_people(word: str) -> bool:
    """ "British", "Japanese", "French": a nation's adjective, which names its people after "the" ("the British
    say"), never one person."""
    low = word.lower()
    return low.endswith(("ese", "ish")) or low in DEMONYMS or word in ("French", "Dutch")


def skip_space(text: str, k: int) -> int:
    """The first position at or after k that is not white space."""
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _cap(word: str) -> bool:
    w = word.strip(_EDGE)
    # ("al-Assad", "d'Agostine": a lower-case particle run into a name)
    return bool(w) and (
        w[0].isupper() or (w[:3].lower() == "al-" and len(w) > 3) or (w[:2] in ("d'", "d’") and w[2:3].isupper())
    )


def _acronym(word: str) -> bool:
    w = word.strip(_EDGE).removesuffix("s").removesuffix("'").removesuffix("’")
    return len(w) >= 2 and w.isupper() and w.isalpha()


_AUXILIARIES = FINITE_WORDS | {"do"}
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do"}
) | frozenset(FINITE_CUES)


# After a participle ("accused of", "quoted by", "charged with"), and where a clause's object goes ("to", "along")
_PARTICIPLE_PREPS = frozenset("of by with in for on at over as into onto".split())
# (and "to", which after a finite verb opens its infinitive: "the CDC called to (tell)")
_PARTICIPLE_PREPS_TO = _PARTICIPLE_PREPS | {"to"}
_PLACE_PREPS_AFTER = frozenset("to along near across through toward towards outside inside about against".split())
_CLAUSE_END_PREPS = _PARTICIPLE_PREPS | _PLACE_PREPS_AFTER  # where a participle's clause may end in a name
_TIME_NOUNS = frozenset("week month year day morning afternoon evening night weekend quarter season time".split())


def _post_tail_ok(lows: list[str], words: list[str], post: int) -> bool:
    """What follows a post's "of": lower-case words only, or a body's name (an organisation's word or a legal
    ending), never another person's name."""
    of = next(e for e in range(post + 1, len(lows)) if lows[e] in ("of", "at", "for"))
    tail_words, tail_lows = words[of + 1 :], lows[of + 1 :]
    if not any(_cap(w) for w in tail_words):
        return True
    return (tail_lows[-1] in ORG_WORDS or legal_suffix(tail_lows[-1].rstrip("."))) and not any(
        w in GIVEN_NAMES for w in tail_lows
    )


_RELATIVE_LEADS = frozenset("who whom whose which that".split())
_OBJECT_LEADS = frozenset("the a an any that this its his her their no some every".split())
_ISSUED_HEADS = frozenset("statement communique communiqué release declaration letter".split())
_REDUCED_RELATIVE = re.compile(r"[a-z]{3,}(?:ed|ing)")
# A participle and its preposition, opening a phrase in commas: a clause about the one named, not their title
_PARTICIPLE_CLAUSE = re.compile(
    r"([a-z]{3,}(?:ed|ing)) (?:by|with|at|over|about|in|on|to|from|after|before|during|since|for|into|as)\b"
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousands".split()
)


def parse_np(s: str, offset: int) -> Mention | None:
    """Classify a subject phrase; None when it cannot be a speaker."""
    lead = len(s) - len(s.lstrip())
    m = _checked_np(s.strip())  # the same phrase with other spaces around it: one cache entry
    if (
        m is not None
        and m.kind in ("name", "surname")
        and len(m.text) > len(m.name) + 5  # (words before the name: most names stand alone)
        and (outlet := _OUTLET_THEN_NAME.search(m.text)) is not None
        and not any(w.lower() in ROLE_WORDS for w in outlet.group(2).split())
        and outlet.group(2).split()[0].lower().rstrip(".") not in HONORIFICS  # "… website Mr Molyneux said"
    ):
        # "the official daily Fraternite Matin", "the weekly magazine Der Spiegel": a paper by its name, no person
        # ("It said" after it is the paper)
        m = Mention("org", m.text, outlet.group(2), None, m.start, m.end)
    if (
        m is not None
        and m.kind == "descriptor"
        and " in " in m.text
        and (posted := _ROLE_IN_PLACE_NAME.fullmatch(m.text)) is not None
        and posted.group("role").lower() in ROLE_WORDS
        and posted.group("given").lower() in GIVEN_NAMES
    ):
        # "Russian prosecutor in Chechnya Vladimir Kravchenko": a post where it is held, then the one who holds it
        at = posted.start("given")
        title = LEAD_ARTICLE.sub("", posted.group("title"))
        m = Mention("name", m.text, m.text[at:], title, m.start, m.end)
    if (
        m is not None
        and m.kind in ("name", "surname")
        and (" after " in m.text or " before " in m.text)
        and (when := _TIME_BEFORE_NAME.match(m.text)) is not None
        and (after := _checked_np(m.text[when.end() :])) is not None
        and after.kind in ("name", "surname")
    ):
        # "A day after President Clinton (… admitted)": when, no part of the subject
        m = _moved(after, m.start + when.end())
    if m is None or offset + lead == 0:
        return m
    return _moved(m, offset + lead)


_TIME_BEFORE_NAME = re.compile(rf"(?i:{TIME_THEN_AFTER})\s+")


def _moved(m: Mention, by: int) -> Mention:
    """The mention read in a part of a phrase, with offsets into the whole (the part starts `by` in)."""
    return Mention(m.kind, m.text, m.name, m.title, m.start + by, m.end + by)  # (not _replace: 3x slower)


# An aside between a subject and its cue: how or where someone spoke, not who they are
_ASIDE = re.compile(
    r"(?:interviewed|asked|reached|contacted|quoted|questioned|speaking|writing|talking|responding|referring|"
    r"commenting|addressing|appearing|in|on|during|after|before)\s"
)
_STATE_ABBREVIATIONS = frozenset(s.rstrip(".") for s in US_STATES if s.endswith("."))
# "in London", "for J.D. Power": a preposition and a name, where someone is or whom they work for
_PREPOSITION_FIRST = re.compile(r"(?:in|at|on|from|of|for|with|by)\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*$")


_LATER_DETERMINER = re.compile(r"(?<= )(?:the|its|their|his|her)\s")
# "in recent weeks the government", "Over the past week the ministry": a time before the subject
_TIME_LEAD_ALT = (
    r"(?i:in|over|during|for)\s+(?:(?:the\s+)?(?:recent|past|last|coming)\s+)(?:few\s+|two\s+|three\s+)?"
    r"(?:days?|weeks?|months?|years?)\s+"
)
_PREPOSITION_DETERMINER = re.compile(
    r"(?i:in|on|during|from|with|under|into|about|after|before)\s+(?:the|a|an|these|those|its|their|his|her)\s+[a-z]"
    rf"|{_TIME_LEAD_ALT}[a-z]"
)
_TIME_LEAD = re.compile(rf"{_TIME_LEAD_ALT}(?=[a-z])")
# "Two weeks ago", "a few days ago", "last month": a time that opens a phrase, up to where its subject would start
_AGO_LEAD = re.compile(
    r"(?i:(?:a\s+few|a\s+couple\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)['’]?\s+ago|(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend))"
    r"(?:,?\s+|$)"
)
# "Publisher Robert Maxwell's British Printing …": a person by a given name, the owner of the firm after it
_PERSON_OWNER = re.compile(r"(?:[^'’]*?\s)?([A-Z][a-z]+)\s+[A-Z][\w.'’-]*['’]s\s+(?=[A-Z])")
# Role words that name no post a person holds: what a courtesy after them follows is no title
_NOT_POSTS = frozenset(("website", "newspaper", "paper", "centre", "center", "report", "programme", "program"))
# "Then Tuesday police believe that …": the day before a group, no part of it (not "Friday showed …", a verb)
_WEEKDAY_LEAD = re.compile(rf"(?:{WEEKDAYS}),?\s+(?=[a-z])(?![a-z]+ed\b)")
# "…, claiming his sources (are telling him that …)", "…, adding the report (noted that …)": a participle that
# reports, then the subject of the clause it reports
_REPORTING_LEAD = re.compile(r"(?:" + alternation(PARTICIPLE_CUES) + r")\s+(?=(?:his|her|their|its|the)\s+[a-z])")


def _aside(segment: str) -> bool:
    """A comma-set segment after a subject that says how or where it spoke ("speaking to reporters", "in an
    editorial", "however"), not who it is ("in charge of rescue" is a post)."""
    return (_ASIDE.match(segment) is not None and not segment.startswith("in charge ")) or (
        segment.lower() in ASIDE_ADVERBS
    )


# "a source close to Ford", "one person familiar with Smith's thinking": someone unnamed, whoever is named after
_CLOSE_TO = re.compile(
    r"(?:(?:a|an|one|the|two|three|several|some)\s+)?(?:[a-z][\w-]*\s+)?(?:sources?|persons?|people|officials?|"
    r"aides?|someone|insiders?|advisers?|advisors?|friends?|associates?)\s+(?:close|familiar|near)\s+(?:to|with)\s",
    re.I,
)
_NAME_IN_PLACE = re.compile(r"(\S.*?) (?:in|at) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")


# What a name is the object of after a finite verb: a preposition (not "by": "denied by Mr Mandelson, who said"
# is his), or the verb "to be" ("Central to the strategy is Asia"; a full name after it is the subject put last:
# "More typical was Kenneth Turan …, who called it")
_OBJECT_BEFORE = frozenset(
    "to from with for into against on at in of about over toward towards among between under than "
    "is are was were".split()
)
_COPULAS = frozenset(("is", "are", "was", "were"))
# Words said or written "from" someone: "to quote the following testimony from Lewinsky:" is hers
_WORDS_FROM = frozenset(
    "testimony statement statements comment comments remarks quote quotes words letter message".split()
)


def _clause_before_name(m: Mention, before: frozenset[str] | None = None) -> bool:
    """Whether a finite verb stands before the name in a name's phrase (and, given `before`, one of those words
    right before the name, past an article): a clause whose object the name is, no subject."""
    first = m.name.split(None, 1)[0] if m.name else ""
    at = m.text.find(first) if first else -1
    lead = m.text[: at if at >= 0 else len(m.text)].split()
    if not any(w in FINITE_WORDS for w in lead):
        return False
    if before is None:
        return True
    while lead and lead[-1].lower() in ("the", "a", "an"):
        lead.pop()
    if not lead or lead[-1] not in before:
        return False
    if lead[-1] in _COPULAS:
        return m.kind != "name"
    return not (lead[-1] == "from" and len(lead) > 1 and lead[-2].lower() in _WORDS_FROM)


_TIME_NAMES = DAYS_AND_MONTHS
_BASED_LEAD = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*-based\s+(?=[A-Z])")
# Lower-case words up to a participle and its preposition, before a name: "One pilot flying to (Nantucket)"
_NOUN_DOING_AT = re.compile(
    r"(?:(?:[A-Z][a-z]+|[a-z][\w-]*)\s+){0,3}?(?:[a-z][\w-]*[a-z]|[A-Z][a-z]+s)\s+"  # "One pilot", "Residents"
    rf"(?!(?:{alternation(ING_NOUNS)})\b)[a-z]{{2,}}ing\s+"
    r"(?:to|in|at|near|from|outside|inside|around|across|into|on|along)\s+(?:the\s+)?"
)
_WORD = re.compile(r"\S+")
_TIME_PREPOSITIONS = frozenset(("on", "in", "at", "during"))
_BEFORE_TIME = frozenset("on in during since until by last next this early late".split())


def _without_time_tail(s: str) -> str | None:
    """The phrase before the days or months it ends on ("media reports on Monday", "NKIS on October 1"): when they
    spoke is no part of who; None when it ends on none."""
    words = [(w.start(), w.group()) for w in _WORD.finditer(s)]
    cut = len(words)
    while cut >= 3:
        last = cut - 1 if words[cut - 1][1].isdigit() and len(words[cut - 1][1]) <= 2 else cut  # "October 1"
        if last < 3 or words[last - 1][1] not in _TIME_NAMES or words[last - 2][1] not in _TIME_PREPOSITIONS:
            break
        cut = last - 2
    if cut == len(words) or cut == 0:
        return None
    return s[: words[cut][0]].rstrip(" ,") or None


@lru_cache(maxsize=65536)
def _checked_np(s: str) -> Mention | None:
    """_parse_np, then the checks on what it read (cached with it: parse_np is called 10 times an article)."""
    if (s[-1:].isdigit() or s[s.rfind(" ") + 1 :] in _TIME_NAMES) and (before := _without_time_tail(s)) is not None:
        return _checked_np(before)
    if "-based " in s and (based := _BASED_LEAD.match(s)) is not None:
        # "Paris-based Euronext", "the Britain-based Syrian Observatory for Human Rights": where a body is based
        # is no part of its name, and only a body is based somewhere
        rest = s[based.end() :]
        inner = _checked_np(rest)
        if inner is not None and inner.kind == "name" and inner.name.split()[0].lower() in GIVEN_NAMES:
            return Mention("name", s, inner.name, inner.title, 0, len(s))  # "Texas-based Matt Mackowiak"
        if inner is not None and inner.kind in ("org", "name", "surname"):
            # (the body's whole name where the reader cut it: "San Francisco-based US Court of Appeals")
            capitals = all(w[:1].isupper() or w in ("of", "for", "and", "&", "the") for w in rest.split())
            return Mention("org", s, rest.strip() if capitals else inner.name, None, 0, len(s))
    m = _parse_np(s)
    if m is None:
        return None
    if m.kind != "descriptor" and m.name.split(None, 1)[0] in _TIME_NAMES and " " in m.name:
        # "On Friday TWA (said)", "During a presentation in February ICN (had said)": the body after the time
        time_word = m.name.split(None, 1)[0]
        at = s.rfind(time_word)  # the name's own (its run ends the phrase): "on Friday on Friday TWA" is read once
        words_before = s[:at].split()
        if words_before and words_before[-1].lower() in _BEFORE_TIME:
            after_time = at + len(time_word)
            while after_time < len(s) and s[after_time] in " ,":
                after_time += 1
            inner = _checked_np(s[after_time:])
            return _moved(inner, after_time) if inner is not None else None
    if m.kind != "descriptor" and _clause_before_name(m, _OBJECT_BEFORE):
        # "which has lent money to FECSA (said)", "Central to its strategy is Asia, (…, said Smith)": a clause that
        # ends on a name, which is its object (not "which is stupid considering IBM (announced)")
        return None
    if (
        m.kind in ("name", "surname")
        and (doing := _NOUN_DOING_AT.match(s)) is not None
        and doing.end() == s.find(m.name)
    ):
        # "One pilot flying to Nantucket (told)", "Residents living near Heathrow (say)": people doing something at a
        # place the name is; the phrase is who
        return Mention("descriptor", s, s, None, 0, len(s))
    if m.kind == "descriptor" and s[:9].lower() in ("the same ", "the rest ") and s[9:].split(" ", 1)[0] in _SAME_VERBS:
        return None  # "The same goes for the city:", "The rest is history": no one (not "the same official")
    if m.kind in ("descriptor", "org") and (place_tail := _NAME_IN_PLACE.fullmatch(s)) is not None:
        # "the BBC's Sarah Rainsford in Moscow (says)", "Bob Geldof in July": a person, then where or when
        inner = _checked_np(place_tail.group(1))
        if (
            inner is not None
            and inner.kind == "name"
            # a person by a given name, or by a name a body owns ("The BBC's Zubair Ahmed"): not "Human Rights in
            # China", "Fisher's Specialized Pharmacy Services in Pittsburgh"
            and not any(
                w.lower() in _BODY_TAILS or w.lower() in _WARES or w.lower() in ORG_WORDS for w in inner.name.split()
            )
            and (
                inner.name.split()[0].lower() in GIVEN_NAMES
                or (("'s " in inner.text or "’s " in inner.text) and len(inner.name.split()) == 2)
                or (inner.title is not None and any(w.lower() in ROLE_WORDS for w in inner.title.split()))
            )
        ):
            return inner
    if m.title is not None and (words := m.title.split()) and words[-1].lower().rstrip(".") in COURTESY_TITLES:
        # "sports minister Lord Moynihan": the courtesy belongs to the name, the title is "minister"
        title = " ".join(words[:-1]) or None
        m = Mention(m.kind, m.text, m.name, title, m.start, m.end)
    if (
        m.kind in ("name", "surname")
        and m.name.rsplit(None, 1)[-1].lower() in BODY_LAST_WORDS
        and m.name.split(None, 1)[0].lower() not in GIVEN_NAMES
    ):
        # "the Italian Treasury", "the Syrian Observatory", "Human Rights Watch": a body by its last word, which
        # the name reader (its own list of bodies' words kept short for "Exchequer Nigel Lawson") took for a name;
        # a capitalised "title" is the body's own first words ("the US Federal Reserve"), an owner's is not
        # ("Panasonic's Hollywood Laboratories")
        owner_ends = [o.end() for o in _OWNED.finditer(m.text)]
        if owner_ends:
            name = _org_name(m.text[owner_ends[-1] :].split())  # "NASA's Jet Propulsion Laboratory": the owned body
        elif m.title is not None and all(w[:1].isupper() for w in m.title.split()):
            name = _org_name([*m.title.split(), *m.name.split()])
        else:
            name = m.name
        return Mention("org", m.text, name, None, m.start, m.end)
    if (
        m.kind == "name"
        and len(words := m.name.split()) >= 3
        and words[0].endswith("ing")
        and words[0].lower() not in GIVEN_NAMES
        and words[1].lower() in GIVEN_NAMES
        and m.text.startswith(words[0])
    ):
        # "Missing Jerry Seinfeld is hard", "Remembering John Lennon": a participle that opens the sentence, then
        # the name it takes
        rest = m.text[len(words[0]) :].lstrip()
        return Mention("name", rest, m.name[len(words[0]) :].lstrip(), m.title, m.end - len(rest), m.end)
    if m.kind != "descriptor" and _CLOSE_TO.match(s) is not None:
        return Mention("descriptor", s, s, None, 0, len(s))  # "a source close to Ford": someone near Ford, unnamed
    if (
        m.kind == "surname"
        and m.title is not None
        and " of " in m.title
        and (link := _NAME_LINK.match(m.text)) is not None
        and (person := _checked_np(link.group(1))) is not None
        and person.kind == "name"
    ):
        # "Laura Brownlees of Save the Children", read as 'Children' titled 'Laura Brownlees of Save' (the article
        # inside the body's name taken for the name's own): the person, titled by the body
        return person._replace(text=m.text, title=m.text[link.end() :], start=m.start, end=m.end)
    if m.title is not None and m.kind in ("name", "surname", "org") and (dangling := _DANGLING.search(m.title)):
        lead_words = m.text[: m.text.rfind(m.name)].split()
        if dangling.group(1) is None:
            # "Vatican spokesman the Rev. Federico Lombardi": the article before the name is no part of the post
            m = m._replace(title=m.title[: dangling.start()].rstrip() or None)
        elif any(w.lower() in _AUXILIARIES for w in lead_words) or (
            lead_words and lead_words[0].lower() in _PHRASE_PREPS  # (no words before the name: no IndexError)
        ):
            return None  # "The proposed sale will complete Fruit of the Loom's", "in the Far East": no one speaking
        elif (
            (link := _NAME_LINK.match(m.text)) is not None
            and (person := _checked_np(link.group(1))) is not None
            and person.kind == "name"
        ):
            # "Laura Brownlees of Save the Children": the person, titled by the body
            title = LEAD_ARTICLE.sub("", m.text[link.end() :])
            return person._replace(text=m.text, title=title, start=m.start, end=m.end)
        elif any(w[:1].islower() and w.lower() not in _PART_CONN for w in lead_words):
            # "military headquarters in the North Caucasus", "Iraq ambassador to the U.N.": a role or a group, and
            # where it is; the place is no name
            m = Mention("descriptor", m.text, m.text, None, m.start, m.end)
        else:
            # "the Bureau of the Census", "News of the World", "Fruit of the Loom Inc": one body's name, whole
            return Mention("org", m.text, LEAD_ARTICLE.sub("", m.text), None, m.start, m.end)
    if m.kind == "surname" and m.name.rstrip(".") in _STATE_ABBREVIATIONS and s.rstrip(" ,").endswith("."):
        return None  # "the Stockbridge, Ga., apartment where …": a state, no one's surname
    if m.kind == "descriptor" and _PREPOSITION_FIRST.match(m.text):
        return None  # "FOSFA, in London said": a place the subject is in, no one
    if (
        m.kind == "descriptor"
        and _PREPOSITION_DETERMINER.match(m.text)
        # (a body named after the phrase is read on: "In a report the Joint Committee on Human Rights")
        and not any(w[:1].isupper() for w in m.text.split()[1:])
    ):
        # "In a letter to shareholders the company (said)": the subject after the opening phrase; "The patients, in
        # the two separate studies reported last week …": a phrase of where, no one who reported
        for later in reversed(list(_LATER_DETERMINER.finditer(m.text, 4))):  # the last: "the committee" of "In
            # its report on the council's work the committee"
            subject = _parse_np(m.text[later.start() :])
            if subject is not None and subject.kind == "descriptor":
                return _moved(subject, m.start + later.start())
        if (time_lead := _TIME_LEAD.match(m.text)) is not None:
            subject = _parse_np(m.text[time_lead.end() :])  # "In recent weeks officials (said)"
            if subject is not None and subject.kind == "descriptor":
                return _moved(subject, m.start + time_lead.end())
        return None
    if (
        m.kind != "pronoun"
        and (when := _AGO_LEAD.match(m.text)) is not None
        # (a name read whole with its time, "Last month Marsh": the name alone; not a show, "This Week with …")
        and (m.kind == "descriptor" or not any(c.isupper() for c in when.group()[1:]))
    ):
        # "a few days ago (added)", "Two weeks ago the minister (said)", "last month U.S. intelligence sources": a
        # time, no one; the subject after it, if any
        subject = _checked_np(m.text[when.end() :]) if when.end() < len(m.text) else None
        return _moved(subject, m.start + when.end()) if subject is not None and subject.kind != "pronoun" else None
    if m.kind == "org" and (owner := _PERSON_OWNER.match(m.text)) is not None and owner.group(1).lower() in GIVEN_NAMES:
        # "Publisher Robert Maxwell's British Printing and Communicaton Corp PLC": the firm, its owner aside (was
        # 'Robert Maxwell British Printing …')
        firm = _parse_np(m.text[owner.end() :])
        if firm is not None and firm.kind == "org" and len(firm.name.split()) >= 2:
            return _moved(firm, m.start + owner.end())
    # (and "Then Tuesday police believe that …": the day the police spoke, no part of them)
    lead = (_REPORTING_LEAD.match(m.text) or _WEEKDAY_LEAD.match(m.text)) if m.kind == "descriptor" else None
    if lead is not None:
        subject = _parse_np(m.text[lead.end() :])
        if subject is None or subject.kind != "descriptor":
            return None
        return _moved(subject, m.start + lead.end())
    if m.kind != "descriptor" and _WORK_BY_BODY.match(s) is not None:
        # "A report issued by the National Association of School Psychologists", "a new report by Politico": the
        # work is its own speaker, named with its makers (GUIDE); a statement speaks for its issuer, read elsewhere
        return Mention("descriptor", s, s, None, 0, len(s))
    if m.kind in ("org", "name", "surname") and m.name in _CAPITAL_PRONOUNS and m.text != m.name:
        # "… in violation of copyright law It added that …": a sentence whose full stop was lost, its pronoun
        pronoun = m.name.lower()
        return Mention("pronoun", m.name, pronoun, None, m.end - len(m.name), m.end)
    if m.kind == "descriptor" and m.text.split(None, 1)[0] in _CLAUSE_PRONOUNS and " " in m.text:
        # "She rejects the evidence most scientists (say …)": a clause whose object a relative clause's subject
        # follows; that subject speaks
        spans = list(re.finditer(r"\S+", m.text))
        for w in reversed(spans[2:]):
            if w.group().lower() in _TAIL_SUBJECT_LEAD:
                tail = _parse_np(m.text[w.start() :])
                if tail is None or tail.kind not in ("descriptor", "name", "org"):
                    return None
                at = m.start + w.start()
                return Mention(tail.kind, tail.text, tail.name, tail.title, at + tail.start, at + tail.end)
        return None
    if m.kind == "surname" and _ADVERB_END.search(m.name):
        return None  # "Domestically, Trump's row …": an adverb opening a sentence, no one's name
    if m.kind == "surname" and m.text[:4].lower() == "the " and a_people(m.name):
        return Mention("descriptor", m.text, m.text, None, m.start, m.end)  # "what the British say": a people
    if m.kind == "org" and legal_suffix(m.name) and " " in m.text:
        # "Dutch insurer Stad Rotterdam Anno 1720 N.V.": a number cut the name from its legal ending; the
        # capitalised words and numbers before it are the firm
        words = m.text.split()
        k = len(words) - 1
        while k > 0 and (_cap(words[k - 1]) or words[k - 1].isdigit()) and words[k - 1].lower() not in STOP_CAPS:
            k -= 1
        if k < len(words) - 1:
            return Mention("org", m.text, " ".join([*words[k:-1], m.name]), None, m.start, m.end)
    if m.kind == "org" and (owned := _PLACE_OWNS.search(m.text)) is not None:
        place, _, rest = m.name.partition(" ")
        last = rest.rsplit(None, 1)[-1].lower() if rest else ""
        if (
            place == owned.group(1)
            and (place.lower() in PLACES or place in PLACE_NAMES)
            and (legal_suffix(last) or last in _COMPANY_SUFFIXES or last in _PAPER_LAST)
        ):
            # "Japan's Toshiba Corp", "Britain's Daily Mail": the firm or paper, not 'Japan Toshiba Corp' (a
            # country's ministry keeps its country: "Israel's Foreign Ministry" is 'Israel Foreign Ministry')
            return Mention("org", m.text, rest, m.title, m.start, m.end)
    if m.kind == "name" and m.title and m.title.rsplit(None, 1)[-1].rstrip(".").lower() in _STYLES:
        # "Metropolitan Police Commissioner Sir Paul Condon": the honorific is no part of his post
        title = m.title.rsplit(None, 1)[0] if " " in m.title else None
        m = Mention(m.kind, m.text, m.name, title, m.start, m.end)
    roles, _, rest = m.name.partition(" ")
    role = roles[:-1] if roles.endswith("s") else ""
    if (
        m.kind == "name"
        and len(rest.split()) >= 2
        and role.lower() in ROLE_WORDS
        and role.lower() not in ORG_WORDS
        and " and " not in rest  # not "Commissioners William Seale and Kalo Hineman": the two, as before
        and rest in m.text
    ):
        # "Judges Simon Cowell said", "Vice-Premiers Li Peng": the person, titled by the role in the singular
        return Mention("name", m.text, rest, role, m.start, m.end)
    if m.kind == "descriptor" and m.text.split(None, 1)[0].lower() in _WH_WORDS:
        return None  # "What do you think of Carson": a question, no one
    if m.kind in ("name", "surname") and ("'" in m.name or "’" in m.name) and _SPOKEN_CONTRACTION.search(m.name):
        return None  # "I'm Napster", "We're Open": words from someone's mouth, no name
    if m.kind == "name" and m.title and " and " in m.title:
        # "United chief executive David Gill and Arsenal vice-chairman David Dein": two people, the second titled
        # by what follows "and" (the first's name is no part of the second's title)
        first, title = m.title.rsplit(" and ", 1)
        words = first.split()
        k = m.text.rfind(" and " + title)
        if len(words) >= 2 and words[-2].lower() in GIVEN_NAMES and _cap(words[-1]) and k > 0:
            m = Mention(m.kind, m.text[k + 5 :], m.name, title, m.start + k + 5, m.end)
    if (
        m.kind == "name"
        and m.title
        and m.name.split()[0].lower() not in GIVEN_NAMES
        and len(m.name.split()) >= 2
        and _place_title(m.title)
        and m.text.endswith(f"{m.title} {m.name}")
    ):
        # "the Washington Free Beacon", "US Federal Reserve", "North Korea Intellectuals Solidarity": a body whose
        # first words were read as a title (no role in them, no given name after them)
        whole = f"{m.title} {m.name}"
        return Mention("org", m.text, whole, None, m.start, m.end)
    if m.kind == "name" and m.name.split(None, 1)[0].lower() in _SOME_OF:
        # "Most Gibraltarians", "Other African [nations]", "Many U.S. [companies]": some of a group, or a phrase
        # cut short, never a person's name
        last = m.name.rsplit(None, 1)[-1]
        if not (last.endswith("s") and last[:-1].isalpha()):
            return None
        m = Mention("descriptor", m.text, m.name, m.title, m.start, m.end)
    return m


def _place_title(title: str) -> bool:
    """A "title" that is a place: "Washington", "US", "North Korea" (what opens a body's name, not a role)."""
    low = title.lower().rstrip(".")
    return (
        low in PLACES
        or low in STATE_NAMES  # (the states of two words too: "New Hampshire Public Radio")
        or low in ("us", "u.s", "uk", "washington", "london", "north korea", "south korea", "new york", "hong kong")
    )


_CAPITAL_PRONOUNS = frozenset({"It", "He", "She", "They", "We", "I"})
_ADVERB_END = re.compile(r"[a-z](?:ally|ously|ively|ately|ently|ingly|edly|antly)$")
_SPOKEN_CONTRACTION = re.compile(r"(?<![\w'’])(?:[A-Za-z]+['’](?:m|re|ll|ve)|[A-Za-z]+n['’]t)(?![\w'’])")
# a question or an indefinite pronoun opens no speaker: "What do you think of Carson", "as anything the Vermont
# senator said" (what was said, not who)
_WH_WORDS = frozenset("what why how when where which whether anything everything something nothing".split())
_SOME_OF = frozenset("other another some many most several both each every few no neither any".split())


def from_place(word: str) -> bool:
    """ "Californian", "Brazilian", "Texan", "Chinese": of a place the lexicon knows (not "Julian", "Adrian")."""
    w = word.lower()
    return w in DEMONYMS or (
        word[:1].isupper() and w.endswith("n") and (w[:-1] in PLACES or w[:-3] in PLACES or w[:-2] in PLACES)
    )


def _person_demonym(word: str) -> bool:
    """ "Spaniard", "Swede", "Briton": a noun for one person of a nation, never an adjective that may open a
    body's name ("American Home Products", "Korean Central Television")."""
    w = word.lower()
    return w in DEMONYMS and not w.endswith(("an", "ese", "ish", "ic", "i"))


_COURTESIES = COURTESY_TITLES | {"prof"}


def _person_at(words: list[str]) -> Mention | None:
    """The plain name (two or three words) that ends words, whose words before it are its role ("analyst", "Dr",
    "Deputy Director"); None when the words end on no name, or on a place's ("New York at …")."""
    for n in (3, 2):  # (one word alone may be a group's or a place's: "Staff at …", "Paris at Orly")
        if len(words) < n:
            continue
        person = _plain_name(" ".join(words[-n:]))
        if (
            person is not None
            and not any(
                w.lower() in PLACES or w.lower() in DEMONYMS or w.lower() in PLACE_NAMES or w.lower() in ORG_WORDS
                for w in words[-n:]
            )
            and all(w[:1].isupper() or w.lower() in ROLE_WORDS for w in words[:-n])
        ):
            return person
    return None


def _plain_name(s: str) -> Mention | None:
    """ "Smith", "John Smith", "Mary Jane Smith": one to three plain capitalised words that are no title, body, place
    or function word. Most runs the scanner meets are such names; this gives what the full parse gives."""
    words = s.split(" ")
    if len(words) > 3:
        return None
    if len(words) == 3 and from_place(words[0]) and (words[1].lower() in GIVEN_NAMES or _person_demonym(words[0])):
        return None  # "Californian Heidi Brende", "Spaniard Guillermo Garcia": the full parse reads a title first
    for w in words:
        if not (len(w) > 1 and w[0].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in _NOT_PLAIN):
            return None
        if w[-1] == "s" and names_group(w.lower()):
            return None  # "Ministers", "Senators", "Evangelical Christians": a group, not a surname
    return Mention("name" if len(words) > 1 else "surname", s, s, None, 0, len(s))


# Last words of bodies' names that no surname is: "IMS Health", "US Airways", "PGA Tour", "DLJ Securities"
_BODY_TAILS = frozenset(
    "health coal resources tour command sports radio info watch sciences airways securities forecasting "
    "underground pro news today times post systems services networks communications holdings industries "
    "technologies motors steel oil gas power telecom media research partners investments insurance "
    "pharmaceuticals labs solutions software electronics records pictures entertainment mobile online "
    "international worldwide global canada australia asia europe america africa india japan china".split()
)
# What a firm's unit sells, named after the firm's own "'s": "Allied-Signal Inc's Metglas Products"
_WARES = frozenset("products books music foods stores brands pharmacy publishing records".split())
_MIDDLE_INITIAL = re.compile(r"[a-z]\.?")
_ROLE_ACRONYMS = frozenset("mep msp mla mpp md qc dj pm".split())  # "Labour MEP Glyn Ford": roles written in capitals
_HOLDINGS = {"Shares", "Units", "Stock", "Holders", "Shareholders"}
_GROUP_LINKS = frozenset("of for in at from close familiar who with inside within near to".split())
# What opens one unnamed person's phrase: "A clinician who …", "another aide who …"
_ONE_PERSON_LEADS = frozenset(("a", "an", "the", "one", "another"))
_GROUP_LEAD = frozenset("the some many several most few other two three four five six seven eight nine ten".split())


_NAMED_KINDS = ("name", "surname", "org")
# ", CFTC,": an acronym set off by commas after a body's name (the name's last word capitalised)
_ACRONYM_APPOSITION = re.compile(r"(?<=[A-Za-z)]),\s+[A-Z][A-Z&]{1,6},$")


def described_body(segment: str) -> bool:
    """Whether a phrase describes a body in lower-case words, naming no one who speaks for it: "the world's
    largest package delivery company", "The UN programme tackling Aids" (not "a spokeswoman for the farm union",
    nor "the Commodity Futures Trading Commission", a name)."""
    words = segment.split()
    if not words or not (words[0].lower() in ("the", "a", "an", "its") or words[0].endswith(("'s", "’s"))):
        return False
    for w in words[1:]:
        low = w.strip(",.").lower()
        if low in ROLE_WORDS and low not in ORG_WORDS:
            return False  # someone's role: "a spokeswoman for …"
        if w[:1].islower() and (low in ORG_WORDS or low in _BODY_NOUNS):
            return True
    return False


# Nouns for a body that a descriptor may end on before the body's own short name ("the world's largest
# package delivery company, UPS,")
_BODY_NOUNS = frozenset("firm programme program carrier maker producer broadcaster daily newspaper".split())
# Months that are women's given names, and the words that make them months again ("in June", "last April")
_MONTH_GIVEN = frozenset({"june", "april"})
_TIME_BEFORE_MONTH = frozenset(
    "in on since until till by from through throughout last next early late mid of to during before after this that "
    "each every between and or".split()
)
# A work and who made it: "A study released by Harvard University", "the report by the Congressional Budget Office"
_WORK_BY = (
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ne)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:report|study|survey|poll|analysis|audit|review|paper|research|book|investigation|assessment)\s+"
    r"(?:(?:issued|released|published|prepared|commissioned|conducted|compiled|written)\s+)?(?:by|from)\s"
)
_WORK_BY_BODY = re.compile(_WORK_BY)
# The same, up to where a capitalised name goes on: "A report by the National Clearinghouse on Alcohol and "
_WORK_BY_BEFORE = re.compile(
    r"(?<![\w'’-])" + _WORK_BY + r"\s*(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+|(?:of|on|for|and|&)\s+(?:the\s+)?){0,10}$"
)
# "The same goes for the city:", "The rest is history": what is said of something, no one
_SAME_VERBS = frozenset("goes went is was applies applied holds held happens happened can could will would".split())
# "The study by Barnett and others": those a work's named author wrote it with
_CO_AUTHORS = frozenset(("others", "colleagues", "co-workers", "associates", "co-authors", "coauthors"))
# Adverbs that open "Simply stated," and the like: a manner of putting it, never a name
_MANNER_ADVERBS = frozenset(
    "simply briefly bluntly frankly plainly crudely roughly broadly loosely generally strictly technically candidly "
    "succinctly baldly".split()
)
# Plural owners whose possessive opens a body's or a paper's name, never a person's owner: "People's Daily"
_COLLECTIVE_OWNERS = frozenset({"people", "women", "children", "men", "workers", "veterans", "citizens"})
_COMPASS = frozenset({"east", "west", "north", "south"})
# The words of a firm's name before its legal ending: "K mart", "eBay", "Petroleos de Venezuela,"
_FIRM_LEAD = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][\w&'’.-]*|[a-z]+[A-Z][\w]*)(?:\s+(?:de|la|del|di|van|von|[a-z]+|[A-Z][\w&'’.-]*))?"
    r"(?:\s+[A-Z][\w&'’.-]*){0,2}),?\s+$"
)
# Cues that are nouns after an owner: "Mr Iliaronov's comments", "the minister's claims"
# (not "Sudan's claims that …", which carry what was claimed)
_OWNED_NOUN_CUE = re.compile(
    r"(?:comments|claims|remarks|reports|statements|warnings|notes|thoughts|views)\b(?!\s*,?\s+(?:that|to)\b)"
)
_CLAUSE_PRONOUNS = frozenset(("She", "He", "They", "We", "I", "It"))
_TAIL_SUBJECT_LEAD = frozenset("most many some the a an other several few all".split())
_AGED = re.compile(r"\d{1,3}-year-old")  # "the 24-year-old Swiss": one person of a people
_STYLES = frozenset("sir dame lord lady dr mr mrs ms prof rev".split())  # a style, not a post: no title ends so
_INVERTED_CUES = frozenset(
    "Added Warned Continued Explained Noted Insisted Declared Recalled Cautioned Quipped Replied Countered Conceded "
    "Admitted Observed Remarked Complained Argued Concluded".split()
)
# "Japan's Toshiba Corp": a place's possessive before a name
_PLACE_OWNS = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)['’]s [A-Z]")
_PAPER_LAST = frozenset("mail times post telegraph journal news herald guardian tribune gazette daily express".split())
# The last word of a company's name: what owns a unit ("General Electric Co's GE Credit Corp") or ends a firm
# joined by "&" ("Morgan Stanley & Co")
_COMPANY_SUFFIXES = LEGAL_SUFFIXES | {"sons", "group", "holdings", "company"}


def _company_suffix(word: str) -> bool:
    """A word that ends a company's name, however dotted or cased ("Co.", "L.P.", "Holdings")."""
    return word.lower().replace(".", "") in _COMPANY_SUFFIXES


_OWNED_MODIFIERS = ("-based", "-held", "-owned", "-controlled", "-backed", "-run", "-listed")


def _collective_kept(run: list[str], written: list[str]) -> list[str]:
    """The run with a plural owner's "'s" as written: "Children's Society", "Women's Institute" are names whose
    possessive is their own (a person's or a place's is not: "Israel Foreign Ministry" is read without it)."""
    return [
        w.strip(_EDGE) if c.lower() in _COLLECTIVE_OWNERS and w.strip(_EDGE).endswith(("'s", "’s")) else c
        for c, w in zip(run, written, strict=True)
    ]


def _org_name(run: list[str]) -> str:
    """The words of a body's name, initials with their closing stop ("U.S. Department", not "U.S Department");
    not "N.J.-based", "State-owned", "Privately-held" or "Shares of" before it."""
    k = 0
    while k < len(run) - 1 and (run[k].endswith(_OWNED_MODIFIERS) or (run[k] in _HOLDINGS and run[k + 1] == "of")):
        k += 2 if run[k] in _HOLDINGS else 1
    return " ".join(t + "." if _INITIALS.fullmatch(t) else t for t in run[k:] or run)


def _names_event(words: list[str], lo: int) -> bool:
    """Whether words[lo:] name an event ("the Aug. 7 bombing of …", "the shooting"), not "lobbying firms"."""
    for i in range(lo, len(words)):
        w = words[i]
        if len(w) > 5 and w.endswith("ing") and w.islower() and w not in ROLE_WORDS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if not nxt or nxt in ("of", "in", "at", "on", "for", "to", "by", "and", "near"):
                return True
    return False


def _group_with_modifier(lows: list[str]) -> int:
    """How many words open "(some) HEADS of/at/who …", a group with its modifier, or 0 when the phrase is not one."""
    k = 0
    while k < len(lows) - 1 and k < 2 and (lows[k] in _GROUP_LEAD or lows[k] in _DETERMINERS):
        k += 1
    if (
        k == 0
        and len(lows) > 3
        and lows[2] in _GROUP_LINKS
        and names_group(lows[1])
        and not names_group(lows[0])
        and not lows[0].endswith(("s", "ed", "ing"))  # not "(who also) presents Stars In Their Eyes"
    ):
        k = 1  # "Overnight reports from Tokyo", "Japanese officials at the talks": one word before the heads
    both = 1 if k + 3 < len(lows) and lows[k + 1] in ("both", "all") else 0  # "Traders both in Los Angeles and …"
    if k + 2 + both >= len(lows) or lows[k + 1 + both] not in _GROUP_LINKS:
        return 0
    head = lows[k]
    if not names_group(head):
        return 0
    return k + 1


_ROLE_LINKS = frozenset({"for", "of", "at", "in", "from", "with"})


def _role_with_modifier(lows: list[str]) -> bool:
    """ "A researcher with the … institute of the Chinese Academy of …": one unnamed person and where they work,
    a subject as long as a group's ("Investigators in the …"), not its last ten words. One word may stand before
    the role ("a contributing author of the Census Bureau's new report")."""
    if len(lows) >= 4 and lows[0] in ("a", "an", "the", "one") and lows[2] in ROLE_WORDS and lows[3] in _ROLE_LINKS:
        lows = [lows[0], *lows[2:]]
    return (
        len(lows) >= 3
        and lows[0] in ("a", "an", "the", "one")
        and lows[1] in ROLE_WORDS
        and lows[1] not in ORG_WORDS
        and lows[2] in _ROLE_LINKS
    )


# "Russian prosecutor in Chechnya Vladimir Kravchenko": a role, where it is held (one or two capitalised words),
# then a given name and a surname
_ROLE_IN_PLACE_NAME = re.compile(
    r"(?P<title>(?:[\w.'’-]+ ){0,3}?(?P<role>[a-z][\w-]*) in [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) "
    r"(?P<given>[A-Z][a-z]+) (?:[A-Z]\. )?[A-Z][\w'’-]+"
)
# The words a paper, agency or station is named by before its name, and what "the newspaper", "the agency" then
# means of it ("news agency" by its last word; a channel counts with the papers, as it has since the rule began)
_OUTLET_WORDS = {"newspaper": "paper", "daily": "paper", "weekly": "paper", "tabloid": "paper", "channel": "paper",
                 "magazine": "magazine", "agency": "agency", "radio": "station", "television": "station"}  # fmt: skip
_OUTLET_ALT = "|".join(r"news\s+agency" if w == "agency" else w for w in _OUTLET_WORDS)
# A paper, agency or station's kind, then its name: "the official daily Fraternite Matin", "news agency Itar-Tass"
_OUTLET_THEN_NAME = re.compile(rf"\b({_OUTLET_ALT})\s+((?:[A-Z][\w'’&.-]*\s+){{0,3}}[A-Z][\w'’&.-]*)$")
# The same anywhere in a text: the name is the whole capitalised run after the kind
_OUTLET_IN_TEXT = re.compile(rf"\b({_OUTLET_ALT})\s+((?:[A-Z][\w'’&-]* ){{0,3}}[A-Z][\w'’&-]*)(?![\w'’&-]| [A-Z])")


def _outlet_word_kind(words: str) -> str:
    """What an outlet named by these kind words is ("news agency": "agency")."""
    return _OUTLET_WORDS[words.split()[-1].lower()]


def outlets_in(text: str) -> Iterator[tuple[int, str, str]]:
    """Each paper, agency or station the text names by its kind and then its name: (where the name starts, the
    kind "the newspaper" or "the agency" says, the name without an owner's 's)."""
    if not any(word in text for word in _OUTLET_WORDS):
        return  # (a substring test per kind is some twenty times cheaper than the scan it saves)
    for m in _OUTLET_IN_TEXT.finditer(text):
        words = m.group(2).split()
        if (
            words[0].lower().rstrip(".") in HONORIFICS | STOP_CAPS  # not "a government-run newspaper Sunday"
            or any(w.lower() in ROLE_WORDS for w in words)
        ):
            continue
        yield m.start(2), _outlet_word_kind(m.group(1)), re.sub(r"['’]s$", "", m.group(2))


def outlet_kind(text: str) -> str | None:
    """The kind of outlet the phrase names by its kind and then its name ("the daily Granma": "paper"), so that
    "the newspaper" can mean it later."""
    m = _OUTLET_THEN_NAME.search(text)
    return _outlet_word_kind(m.group(1)) if m is not None else None


OUTLET_NAMED = re.compile(
    r"(?:[Tt]he|[A-Z][\w.-]*['’]s)\s+(?:(?:[a-z][\w-]*|[A-Z][\w]*-(?:based|language|owned|run|controlled))\s+){0,3}"
    r"((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*)\s+"
    r"(?:news\s+agency|newspaper|daily|daily\s+newspaper|weekly|magazine|news\s+website|website|broadcaster)"
)


# Broadcasters named by a number: "Radio 1", "BBC Radio 4", "Channel 4 News", "Radio 5 Live"
_NUMBERED_OUTLET = re.compile(r"(?:[Tt]he\s+)?((?:BBC\s+)?(?:Radio|Channel)\s+\d{1,2}(?:\s+(?:Live|News|Extra))?)")


@lru_cache(maxsize=65536)
def _parse_np(s: str) -> Mention | None:
    """parse_np at offset 0; names recur across a corpus, so results are cached."""
    if s.lower().rstrip(",.") in _NEVER_ALONE and not s.isupper():  # (not "NOW", a body in capitals)
        return None  # "When asked if …", "Earlier, a group of …", "Still images …": a function word, no one
    if s[:1].isupper() and s.lower() in _DOCUMENT_PLURALS:
        return Mention("descriptor", s, s, None, 0, len(s))  # "Statistics indicated that": data, no surname
    if s[-1:].isdigit() or s.endswith((" Live", " News", " Extra")):
        outlet = _NUMBERED_OUTLET.fullmatch(s)
        if outlet is not None:
            name = outlet.group(1)
            return Mention("org", s, name, None, len(s) - len(s.lstrip()), len(s))  # "Radio 1", "Channel 4 News"
    plain = _plain_name(s)
    if (
        plain is not None
        and " " in plain.name
        and plain.name.rsplit(" ", 1)[1].lower() in DEMONYMS
        and plain.name.split(" ", 1)[0].lower() in _PEOPLE_ADJECTIVES
    ):
        # "Former Mexican (presidents …)", "Senior Israeli (officials)": an adjective, no one's name (not "Great
        # American", "North American": firms Reuters names short)
        return None
    if plain is not None and " " in plain.name and any(w.lower() in _BODY_INNER for w in plain.name.split()[:-1]):
        return Mention("org", s, s, None, 0, len(s))  # "Human Rights Watch": a plural common noun in no one's name
    if plain is not None:
        return plain
    if (s[:4] in ("the ", "The ") or "'s " in s or "’s " in s) and (outlet := OUTLET_NAMED.fullmatch(s)) is not None:
        name = outlet.group(1)
        last = name.split()[-1].lower()
        if (
            last in DEMONYMS
            or last.endswith(("ese", "ish", "ian", "ean", "ch", "-language"))
            or all(w.lower() in PLACES for w in name.split())
        ):
            return Mention("descriptor", s, s, None, 0, len(s))  # "the Chinese daily", "the South Korean newspaper"
        # "the authoritative Business Day newspaper", "the official Xinhua news agency": the outlet by its name
        name = name.removesuffix("'s").removesuffix("’s")  # "the BNP's website"
        return Mention("org", s, name, None, 0, len(s))
    if (" of " in s or " at " in s or " with " in s or " from " in s) and len(s) <= 160:
        named = _name_of_body(s) or _surname_of_body(s)  # a subject phrase is short: the search stays small
        if named is not None:
            return named
    bare = s.rstrip()
    if (
        bare.endswith((" here", " there"))
        and (placed := _parse_np(bare[: bare.rfind(" ")])) is not None
        and placed.kind == "descriptor"
        and ((placed_head := placed.name.rsplit(None, 1)[-1].lower()) in ROLE_WORDS or names_group(placed_head))
    ):
        return placed  # "Foreign bankers here said", "a foreign trader here said": where they are, no part of who
    words = s.split()
    lead, tail = 0, len(words)
    while lead < tail and (
        words[lead].lower().strip(_EDGE) in _LEAD_WORDS
        # "Now Bloomberg said", "Earlier the bank holding company said": an adverb opens the sentence (not "NOW")
        or (words[lead].lower().strip(_EDGE) in _LEAD_ADVERBS and not words[lead].isupper() and lead + 1 < tail)
        # "more recently people believe": a comparison of an adverb, the same
        or (
            words[lead].lower() in ("more", "most")
            and lead + 2 < tail
            and words[lead + 1].lower().strip(_EDGE) in _LEAD_ADVERBS
        )
        # "Warned Schumer:", "Added Woody Enderson": the verb put first, then who speaks
        or (words[lead] in _INVERTED_CUES and lead + 1 < tail and _cap(words[lead + 1]))
        # "Said Dorothy Poynter, who grew up with Ali": the verb first, when a given name follows (not "Said
        # Aburish", a man named Said)
        or (
            lead == 0
            and words[0] in ("Said", "Says")
            and tail > 2
            and words[1].lower() in GIVEN_NAMES
            and _cap(words[2])
        )
    ):
        lead += 1
        if (
            lead + 2 < tail
            and words[lead].lower() in ("this", "last", "next")
            and words[lead + 1].lower().strip(_EDGE) in _PERIODS
        ):
            lead += 2  # "Earlier this month the group said": the time goes with the adverb
    if tail - lead > 2 and words[lead].lower() == "according" and words[lead + 1].lower() == "to":
        lead += 2  # "according to the National Academies report": the report
    if lead < tail and words[lead] in _LEAD_CUES:
        # "says Wintour" (read back from "has told"): the name is the inner report's subject; "said the
        # organization", "said her questionnaire": a cue and its object, no subject
        inner = _parse_np(" ".join(words[lead + 1 : tail])) if lead + 1 < tail else None
        return (
            None
            if inner is None or inner.kind not in ("name", "surname")
            else _parse_np(s[s.index(words[lead]) + len(words[lead]) :])
        )
    while tail > lead and not words[tail - 1].strip(_EDGE):
        tail -= 1
    if lead == tail or tail - lead > 14:
        return None
    if lead or tail < len(words):  # offsets of the kept words, the rare case
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(s)]
        start, end = spans[lead][0], spans[tail - 1][1]
        words = words[lead:tail]
    else:
        start, end = len(s) - len(s.lstrip()), len(s.rstrip())
    # Trim edge punctuation off the span itself.
    first_raw, last_raw = words[0], words[-1]
    start += len(first_raw) - len(first_raw.lstrip(_EDGE))
    end -= len(last_raw) - len(last_raw.rstrip(_EDGE))
    text = " ".join(words).strip(_EDGE + " ")
    if last_raw.endswith(")") and text.count("(") > text.count(")"):
        text, end = text + ")", end + 1  # "a spokesman for the … Corp (CNOOC)": the acronym's mark closes it
    low = _CONTRACTION.sub("", text.lower())  # "He’s claiming"
    if low in PRONOUNS:
        return Mention("pronoun", text, low, None, start, end)
    if words[-1][:1].islower() and words[-1].endswith(("'s", "’s")):
        return None  # "The party's (declared aims)": an owner without what it owns is no subject
    # Each word without edge punctuation or 's, and lower-cased once (this runs for every phrase in the corpus)
    clean: list[str] = []
    for w in words:
        c = w.strip(_EDGE)
        if c.endswith("'s"):
            c = c[:-2]
        if c.endswith(("’s", '"s')):  # 'Belgium"s': wire copy that typed " for ’
            c = c[:-2]
        clean.append(c)
    lows = [c.lower() for c in clean]
    post = next(
        (
            r
            for r in range(2, len(lows) - 2)
            if lows[r] in ROLE_WORDS
            and not _cap(words[r])
            and all(_cap(w) for w in words[:r])
            # the post's words up to its "of": "head of", "chief executive of", "deputy chief economist at"
            and any(
                lows[e] in ("of", "at", "for") and all(w in ROLE_WORDS for w in lows[r:e])
                for e in range(r + 1, min(len(lows) - 1, r + 4))
            )
        ),
        -1,
    )
    if (
        post > 0
        and (person := _parse_np(" ".join(words[:post]))) is not None
        and person.kind == "name"
        and not any(w.lower() in ORG_WORDS or w.lower() in PLACES for w in person.name.split())
        and _post_tail_ok(lows, words, post)
    ):
        # "Dr Mike Watts head of exploration (said)", "Mike Boswell chairman of Sunshine Mining Co": a name, then
        # its post with no comma between (not "Daiwa Securities general manager for Canada Hajimu Watanabe": the
        # name after the post)
        return Mention("name", text, person.name, " ".join(words[post:]).strip(_EDGE), start, end)
    if len(words) >= 2 and words[-2].endswith(("'s", "’s")) and lows[-1] in PLACES and _cap(words[-1]):
        return Mention("org", text, text, None, start, end)  # "Brown's Britain": a book, never a person 'Brown Britain'
    if 2 <= len(clean) <= 3 and clean[0] in _FOREIGN_ARTICLES and all(_cap(w) for w in words[1:]):
        return Mention("org", text, " ".join(clean), None, start, end)  # "Le Monde", "Der Spiegel": one name
    aged = len(lows) >= 3 and lows[-1] in PEOPLES and _AGED.fullmatch(lows[-2]) is not None
    if lows[0] == "the" and (lows[-1] in DEMONYMS or aged) and len(lows) <= 5 and not any(_cap(w) for w in words[1:-1]):
        return Mention("descriptor", text, text, None, start, end)  # "the American", "the 22-year-old Russian"
    group = _group_with_modifier(lows)
    if group:
        # "friends of the couple", "lawyers who have read the transcripts", "officials at the Foreign Ministry":
        # an anonymous group speaks as the article words it; past ten words, or naming an event, the modifier is
        # a story of its own ("Investigators in the Aug. 7 bombing of the American Embassy") and the head is kept.
        if len(words) > 10 or _names_event(words, group):
            end = [m.end() for m in _TOKEN.finditer(s)][lead + group - 1]
            text = " ".join(words[:group]).strip(_EDGE + " ")
        return Mention("descriptor", text, text, None, start, end)
    if (
        lows[0] in _ONE_PERSON_LEADS
        and (who := next((k for k in range(2, min(5, len(lows) - 1)) if lows[k] == "who"), 0))
        and lows[who - 1] in ROLE_WORDS
        and lows[who - 1] not in ORG_WORDS
        and len(words) <= 12
    ):
        # "A clinician who was not involved in the study": one unnamed person and their relative clause
        return Mention("descriptor", text, text, None, start, end)
    if (
        lows[0].split("-")[0] in _NUMBER_WORDS
        and not any(c in ROLE_WORDS or c.rstrip("s") in ROLE_WORDS for c in lows)
        and not (len(clean) > 1 and clean[-1].islower() and _AGENT.search(clean[-1]) is not None)
        and not (len(clean) > 1 and names_group(lows[-1]))  # "one of the fans", "one of his friends"
        and not (len(clean) == 2 and lows[0] == "one" and lows[1] in _POSTED)  # '"…," read one note'
    ):
        return None  # "Twenty-two years ago", but "one West Virginia official", "one questioner", "two senators'
    suffix = ""
    generation = ""
    if len(clean) >= 3 and clean[-1].rstrip(".") in GENERATIONS and _cap(words[-2]):
        # "J.T. Battenberg III", "Martin Luther King Jr.": the generation belongs to the name, not to a title
        generation = clean[-1].rstrip(".") + ("." if clean[-1].startswith(("Jr", "Sr")) else "")
        clean, words, lows = clean[:-1], words[:-1], lows[:-1]
    if (
        len(clean) >= 3
        and clean[-1] in _POST_NOMINALS
        and _cap(words[-2])
        and lows[-2] not in ROLE_WORDS
        # "The Glasgow Kelvin MP": a seat's member, a role, not a name (but "a book by Philippe Sands QC")
        and not (lows[0] in _DETERMINERS and all(_cap(w) for w in words[1:-1]))
    ):
        # "Frank Field MP": a name with its letters after it
        suffix = clean[-1]
        clean, words, lows = clean[:-1], words[:-1], lows[:-1]
    last, last_low = clean[-1], lows[-1]
    if not last or not (last[0].isalpha() or last[0].isdigit()):
        return None
    cap_last = _cap(words[-1])
    org_head = cap_last and last_low in ORG_WORDS
    # "Howard Dean", "Tom Judge": a given name before a capitalised role word makes it a surname
    surname_role = (
        len(clean) >= 2
        and cap_last
        # "Howard K. King": a given name and a middle initial do the same
        and (
            lows[-2] in GIVEN_NAMES
            or (len(clean) >= 3 and _MIDDLE_INITIAL.fullmatch(lows[-2]) is not None and lows[-3] in GIVEN_NAMES)
        )
        and lows[-2] not in PLACE_NAMES  # "the West Virginia Democrat"
        and lows[0] not in _DETERMINERS
        and last_low.rstrip(".") not in _ADDRESSED_ROLES  # "Tom President"? no: "Stephen King", "Oona King"
    )
    if (
        len(clean) == 2
        and cap_last
        and lows[0].rstrip(".") in _SURNAME_HONORIFICS
        and (last_low in ROLE_WORDS or last_low in HONORIFICS)
        and last_low not in _ADDRESSED_ROLES
    ):
        # "Ms King", "Mr Bishop", "Mrs Judge": a plain honorific before a role word makes it a surname ("Mr
        # President", "Mr Mayor" are forms of address)
        return Mention("surname", text, clean[-1], None, start, end)
    if not org_head and (
        not cap_last
        or (last_low in ROLE_WORDS and not surname_role)
        or (_acronym(words[-1]) and last.endswith("s"))  # "MPs", not "CBS"
    ):
        # "the UN peacekeeping chief", "a Cabinet Office spokeswoman", "pro-hunt MPs"
        if len(clean) == 1 and last_low not in ROLE_WORDS and last_low not in GROUP_NOUNS:
            return None
        if lows[0] in _AUXILIARIES and words[0][:1].islower():
            return None  # "(a clinician who) was not involved in the study": a verb phrase, no one
        if lows[0] == "of":
            return None  # "Of the 4,000 respondents (asked …, about 10 percent cited)": a part of a group, no subject
        if any(
            c in _FINITE
            # "media reports", "some press reports": the phrase's last word a document's plural is its head
            and not (k == len(lows) - 2 and c in _DOCUMENT_PLURALS)
            and not (
                c.endswith("ed")
                and lows[k + 2 : k + 3]
                and lows[k + 2] in _PARTICIPLE_PREPS
                # (no verb of the clause after it: "a new study published in The BMJ dashes any (hope)")
                and not any(
                    w.endswith(("ed", "es")) and lows[j + 1 : j + 2] and lows[j + 1] in _OBJECT_LEADS
                    for j, w in enumerate(lows[k + 2 :], start=k + 2)
                )
                and lows[-1] not in _OBJECT_LEADS
            )
            for k, c in enumerate(lows[1:])
        ):
            # "The woman's enthusiasm … is recorded in detail", "The statement noted they": a clause (not "The
            # woman accused of fraud": a participle and its preposition)
            return None
        if not any(w in _RELATIVE_LEADS for w in lows) and any(
            lows[j].endswith(("ed", "es"))
            and lows[j + 1] in _OBJECT_LEADS
            and lows[j] not in ROLE_WORDS
            and not (j + 2 < len(lows) and lows[j + 2] in _TIME_NOUNS)  # not "released this week by …"
            # after a participle and its preposition (the subject's own verb, "issued a statement", is read on)
            and any(lows[i].endswith("ed") and lows[i + 1] in _PARTICIPLE_PREPS_TO for i in range(1, j - 1))
            for j in range(2, len(lows) - 1)
        ):
            return None  # "A report presented to the conference showed the airline (expects …)": a clause
        agent = _AGENT.search(last_low) is not None
        possessive = any(w.endswith(("'s", "’s")) for w in words[:-1])
        role = last_low in ROLE_WORDS or last_low.rstrip("s") in ROLE_WORDS
        if (
            not role
            and lows[0] not in _DETERMINERS
            and not (agent and possessive)
            and last_low not in GROUP_NOUNS
            and last_low not in _DOCUMENT_PLURALS  # "Past CBO forecasts said": documents that speak (GUIDE)
            and last_low not in _BROADCAST  # "Voice of Palestine radio reported", "state television said"
        ):
            return None  # "Government guidance said": a document, not a speaker
        return Mention("descriptor", text, text, None, start, end)
    if lows[0] in {"the", "a", "an", "one", "another"} and any(c in ROLE_WORDS for c in lows[1:-1]):
        roles = [i for i, c in enumerate(lows) if c in ROLE_WORDS]
        # "a Republican leader in …": the role a link follows, past a party or a rank that is a role word too
        k = next(
            (i for i in roles if i + 1 < len(lows) and lows[i + 1] in _ROLE_LINKS and lows[i] not in ORG_WORDS),
            roles[0],
        )
        named_body = (  # "the U.S. Department of Agriculture", not "the European Union in December"
            (lows[k] in ORG_WORDS or lows[k] == "campaign" or lows[k].endswith("s"))  # "the Campaign for …"
            and all(_cap(w) for w in words[1 : k + 1])
            and k + 2 < len(words)
            and lows[k + 1] in ("of", "for")
            and _cap(words[k + 2])
        )
        if k + 1 < len(clean) and lows[k + 1] in _ROLE_LINKS and not named_body:
            # "the Labour MP for Birkenhead", "an official with the Ministry of Commerce" (not the ministry)
            return Mention("descriptor", text, text, None, start, end)
    if len(clean) == 1 and (
        lows[0] in ROLE_WORDS
        or lows[0] in GROUP_NOUNS
        or (lows[0][-1:] == "s" and lows[0][:-1] in ROLE_WORDS)  # "Specialists said" (not "Palestinians")
        or holders_of_a_view(lows[0])  # "Anti-evolutionists insist"
        or lows[0] in _DOCUMENT_PLURALS
    ):
        return Mention("descriptor", text, text, None, start, end)  # "Officials said", "Reports said" (no surname)
    if len(clean) == 1 and lows[0] in _QUANTIFIERS:
        return None  # "Some have suggested …"
    # The trailing capitalised run.
    i = len(clean) - 1
    while (
        i > 0
        and (_cap(words[i - 1]) or lows[i - 1] in _PART_CONN)
        and (
            lows[i - 1] != "the"
            or (i - 1 > 0 and _cap(words[i - 2]))
            # "the International Federation of the Phonographic Industry": "of the" inside a body's name
            or (
                i > 2
                and lows[i - 2] in ("of", "for")
                and _cap(words[i - 3])
                and lows[-1] in ORG_WORDS
                and lows[i - 3] in ORG_WORDS  # a body's word: not "President of the …", "Hepburn of the …"
            )
        )
    ):
        i -= 1
    # a run starts after a connector or particle, but "Al Gore" starts with his given name (GIVEN_PARTICLES)
    while i < len(clean) - 1 and lows[i] in _PART_CONN and not (lows[i] in GIVEN_PARTICLES and _cap(words[i])):
        i += 1
    run = clean[i:]
    prefix = clean[:i]
    lowered = lows[i:]
    if (
        len(prefix) >= 4
        and lows[0] in ("the", "a", "an")
        and lows[1][:1].isalpha()
        and not _cap(words[1])
        and (prefix[-1].lower() if prefix[-1].lower() not in ("the", "a", "an") else prefix[-2].lower())
        in _CLAUSE_END_PREPS
        and any(_REDUCED_RELATIVE.fullmatch(w) and w not in ROLE_WORDS for w in lows[2 : len(prefix)])
        # (a work by its makers is read as such in _checked_np; a statement speaks for its issuer)
        and _WORK_BY_BODY.match(text) is None
        and not any(w in _ISSUED_HEADS for w in lows[1:4])
    ):
        # "The soldier accused of leaking documents to WikiLeaks", "The woman accused of driving along the Las
        # Vegas Strip": a participle's clause ends in the name; the one it describes speaks
        return Mention("descriptor", text, text, None, start, end)
    org_at = len(lowered) - 1
    while org_at >= 0 and lowered[org_at] not in ORG_WORDS:
        org_at -= 1  # (the last body's word, -1 for none)
    role_after = (
        org_at >= 0
        and lowered[org_at + 1 : org_at + 2] not in (["of"], ["for"], ["on"])  # "Department of Family Services"
        and any(w in ROLE_WORDS or w in HONORIFICS for w in lowered[org_at + 1 :])
    )
    named_body = (
        not _ORG_LINKS.isdisjoint(lowered)
        and sum(1 for w in run if w[:1].isupper()) >= 3
        # (a plural, a campaign or a body's word before the link is who they are, not a title: "Doctors Without
        # Borders", "Campaign Against Landmines"; "Minister for Foreign Affairs" is a title)
        and not any(
            (
                w in ROLE_WORDS
                and not (
                    (w.endswith("s") or w == "campaign" or w in ORG_WORDS)
                    and lowered[k + 1 : k + 2]
                    and lowered[k + 1] in _ORG_LINKS
                )
            )
            or w.rstrip(".") in HONORIFICS
            for k, w in enumerate(lowered)
        )
    )  # "Families with Children from China", "Physicians for Human Rights"
    amp = run.index("&") if "&" in run[1:-1] else -1
    if (
        amp > 0
        and all(_cap(w) or w == "&" for w in run)
        # the firm's name ends there, or with its suffix: not "Morgan Stanley & Co Managing Director Donald Brennan"
        and (len(run) - amp == 2 or (len(run) - amp == 3 and _company_suffix(run[-1])))
    ):
        # "Standard & Poor's", "Procter & Gamble": an ampersand joins a firm's names, never a person's
        return Mention("org", text, " ".join(w.strip(_EDGE) for w in words[i:]), None, start, end)
    # "CNN's Chris Moody", "Foreign Ministry spokesman"-less "Japan Airlines John Smith": a body, then a person by
    # a given name and one or two more capitalised words after it (the body titles them)
    person_after = (
        0 <= org_at < len(run) - 2
        and len(run) - org_at - 1 <= 3
        and (
            lowered[org_at + 1] in GIVEN_NAMES
            # "The BBC's Zubair Ahmed", "BBC's Dominic Casciani": the body owns the name, whatever its given name
            or (
                words[i + org_at].endswith(("'s", "’s"))
                and len(run) - org_at - 1 == 2
                and all(w.isalpha() and w[1:].islower() for w in run[org_at + 1 :])
                and not any(
                    w in PLACES
                    or w in DEMONYMS
                    or w in NON_PERSON
                    or w in _BODY_TAILS
                    or w in _WARES
                    or w in _NUMBER_WORDS
                    for w in lowered[org_at + 1 :]
                )
                and not _company_suffix(lowered[-1])
            )
        )
        and lowered[org_at + 1] not in ORG_WORDS
        and all(_cap(w) for w in run[org_at + 1 :])
        and not any(w in ORG_WORDS or w in ROLE_WORDS for w in lowered[org_at + 1 :])
    )
    if (
        not person_after
        and 1 <= org_at < len(run) - 2
        and len(run) - org_at - 1 <= 5
        and all(_cap(w) for w in run[org_at + 1 :])  # not "Board on Professional Responsibility"
        # a firm's suffix, then a unit's name: "Nynex Corp New York Telephone", "Puma AG Rudolf Dassler Sport"
        and not _company_suffix(lowered[org_at])
    ):
        # "Russian Northern Fleet Mikhail Motsak", "Japanese Foreign Ministry Kazauya Ogawa", "Coast Guard Rear
        # Adm. Richard M. Larrabee": a body of two words or more, then two or three plain capitalised words (a
        # rank before them) that are no body, role, place or firm: a person the body titles
        rest, rest_low = run[org_at + 1 :], lowered[org_at + 1 :]
        while len(rest) > 2 and (rest_low[0].rstrip(".") in _RANKS or rest_low[0] + "." in HONORIFICS):
            rest, rest_low = rest[1:], rest_low[1:]
        ranks = len(run) - org_at - 1 - len(rest)
        if len(rest) == 3 and rest_low[0] not in GIVEN_NAMES and not _MIDDLE_INITIAL.fullmatch(rest_low[1]):
            # "Merrill Lynch Capital Markets Mario Balletto", "Government Affairs Phil Smith": the body's last word,
            # then the name (a third name word is the body's more often than a person's)
            rest, rest_low, ranks = rest[1:], rest_low[1:], ranks + 1
        person_after = (
            2 <= len(rest) <= 3
            and all(_cap(w) and w.replace(".", "").replace("-", "").isalpha() for w in rest)
            and not any(w in ORG_WORDS or w in ROLE_WORDS or w in PLACES or w in DEMONYMS for w in rest_low)
            and not _company_suffix(rest_low[-1])
            and not any(w in NON_PERSON or w in _UNIT_WORDS for w in rest_low)
            and not rest_low[-1].endswith("bank")  # "DG Bank Deutsche Genossenschaftsbank"
            and not any(w in _NUMBER_WORDS for w in rest_low)  # "New York Post Page Six": a column
            and len(rest_low[-1].rstrip(".")) > 1
        )
    else:
        ranks = 0
    if not person_after and 0 <= org_at < len(run) - 3 and lowered[org_at + 1] in ("of", "for"):
        # "Ministry of National Infrastructure Joseph Nowarski": a body's of-phrase, then a given name and one or
        # two more plain capitalised words: the person the body titles
        given_at = next(
            (k for k in range(len(run) - 3, len(run) - 1) if k > org_at + 2 and lowered[k] in GIVEN_NAMES), -1
        )
        if given_at < 0:
            # "Bank of Japan Governor Satoshi Sumita": a role word then the name, whatever the given name
            given_at = next(
                (
                    k
                    for k in range(len(run) - 2, len(run) - 4, -1)
                    if k > org_at + 2 and lowered[k - 1] in ROLE_WORDS and lowered[k - 1] not in ORG_WORDS
                ),
                -1,
            )
        person_words = lowered[given_at:] if given_at > 0 else []
        if (
            person_words
            and all(_cap(w) and w.replace(".", "").replace("-", "").isalpha() for w in run[given_at:])
            and not any(w in ORG_WORDS or w in ROLE_WORDS or w in PLACES or w in NON_PERSON for w in person_words)
        ):
            person_after, ranks = True, given_at - org_at - 1
    if person_after:
        # the person's name starts after the body's: "General Motors Roger Smith" is Roger Smith, not 'Motors …'
        cut = org_at + 1 + ranks
        prefix, run, lowered, i = prefix + run[:cut], run[cut:], lowered[cut:], i + cut
    elif (
        # (not "Dr. Jim Church", "Julia Glover Hall"; "Grace Church" is the church)
        (org_at >= 0 and not role_after and not (len(run) >= 3 and _given_then_surname_place(run, lowered)))
        or (len(run) == 1 and _acronym(run[0]))
        or named_body
    ):
        owned = [k for k, w in enumerate(words[i : i + len(run) - 1]) if w.endswith(("'s", "’s"))]
        if (
            owned
            and owned[-1] == org_at == len(run) - 2
            and _cap(run[-1])
            and run[-1].isalpha()
            and not any(lowered[-1] in words_ for words_ in (ORG_WORDS, ROLE_WORDS, PLACES, DEMONYMS, NON_PERSON))
            and not _company_suffix(lowered[-1])
        ):
            # "Industrial Bank's Taketomi": a surname, the body that owns it where they work
            owner = " ".join(words[i : i + org_at + 1])
            return Mention("surname", text, run[-1], owner[:-2], start, end)
        if (
            owned
            and org_at > owned[-1]
            and len(run) - owned[-1] > 2  # not "McDonald's Corp"
            # a company's unit: not "Moody's Investors Service", "Hudson's Bay Co", "Israel's Foreign Ministry"
            and _company_suffix(run[owned[-1]])
        ):
            run = run[owned[-1] + 1 :]  # "General Electric Co's GE Credit Corp": the unit speaks
        if (
            len(words) >= 4
            and words[0].endswith(("'s", "’s"))
            and lows[1] in ROLE_WORDS
            and lows[1] not in ORG_WORDS
            and lows[2] in ("to", "at", "in", "for", "with")
        ):
            return Mention("descriptor", text, text, None, start, end)  # "Iraq's ambassador to the United Nations"
        name = _org_name(_collective_kept(run, words[len(words) - len(run) :]))
        return Mention("org", text, name, None, start, end)
    if len(run) >= 2 and words[-2].endswith(("'s", "’s")) and lowered[-2] in _COLLECTIVE_OWNERS:
        # "The Children's Bridge", "the People's Bank": a name a plural owner opens is a body's, never a person's
        name = _org_name(_collective_kept(run, words[len(words) - len(run) :]))
        return Mention("org", text, name, None, start, end)
    # Person: up to three name tokens from the end, stopping at titles and acronyms.
    surname_place = _given_then_surname_place(run, lowered)
    if (run and lowered[-1] in NON_PERSON and not surname_place) or any(c.isdigit() for c in run[-1]):
        return Mention("org", text, _org_name(run), None, start, end)
    if (
        lowered[-1].endswith("s")
        and lowered[-1] in FAITHS_AND_CAMPS  # not "Devon Resource Investors": a firm
        and len(run) <= 3
        and not any(len(w.rstrip(".")) == 1 or lw in GIVEN_NAMES for w, lw in zip(run[:-1], lowered[:-1], strict=True))
    ):
        return Mention("descriptor", text, text, None, start, end)  # "Evangelical Christians": a group

    def in_name(j: int) -> bool:
        """ "Hassan Sheikh Mohamud", "Zayn Sheikh": a title word that leads a name only is a name's own word
        after another name word."""
        before = lowered[j - 2] if j >= 2 else ""
        return (
            lowered[j - 1] in _LEADING_HONORIFICS
            and before[:1].isalpha()
            and run[j - 2][:1].isupper()
            and before not in ROLE_WORDS | HONORIFICS | STOP_CAPS
            and not _acronym(run[j - 2])
        )

    def month_surname(j: int) -> bool:
        """ "Theresa May", "Mrs May", "Christine May": a month's name ending a name after a given name or an
        honorific is the surname."""
        before = lowered[j - 2].rstrip(".") if j >= 2 else ""
        return lowered[j - 1] in _MONTH_SURNAMES and j == len(run) and (before in GIVEN_NAMES or before in HONORIFICS)

    def month_given(j: int) -> bool:
        """ "said June Arnette", "April Ryan": a month's name that is a woman's given name, first of a two-word
        name after no word of time ("In June Smith said" keeps its month)."""
        return (
            j == 1
            and len(run) == 2
            and lowered[0] in _MONTH_GIVEN
            and run[1].isalpha()
            and lowered[1] not in STOP_CAPS
            and not (prefix and prefix[-1].lower() in _TIME_BEFORE_MONTH)
        )

    j = len(run)
    taken = 0
    while j > 0:
        w, lw = run[j - 1], lowered[j - 1]
        if lw in PARTICLES and j < len(run):
            j -= 1
            continue
        if (
            not w
            or (not w[0].isupper() and not _cap(w))  # (the test a capital passes first: this runs for every word)
            or (lw in ROLE_WORDS and not (surname_role and j == len(run)))
            or (lw in HONORIFICS and not (surname_role and j == len(run)) and not in_name(j))
        ):
            break
        if (
            j < len(run)
            and taken >= 1
            and words[i + j - 1].endswith(("'s", "’s", '"s', "s'", "s’"))  # ("Nikko Securities' Okamoto")
            # (not "People's Daily", "Children's Bridge", "Christie's East": one name, owner and all; nor
            # "Intellectuals' Solidarity", "Workers' Party": a group's)
            and not (words[i + j - 1][-1] in "'’" and names_group(lowered[j - 1].rstrip("'’")))
            and (
                taken >= 2
                or (words[i + j - 1][:-2].lower() not in _COLLECTIVE_OWNERS and lowered[j].rstrip(".") not in _COMPASS)
            )
        ):
            # "Vogue's Anna Wintour", "Microsoft's Bill Gates", "Salomon's Kaufman": the owner is no part of the name
            break
        initial = len(w.rstrip(".")) == 1
        # "Eugene A. Gordon": a capital with its stop inside a name is an initial, not the article
        inside = initial and 0 < j < len(run) and words[i + j - 1].endswith(".")
        own_surname = surname_role and j == len(run)  # "Stephen King": the role word is the surname
        if (
            (lw.rstrip(".") in HONORIFICS and not own_surname and not in_name(j))
            or _acronym(w)
            or (lw in STOP_CAPS and not inside and not month_surname(j) and not month_given(j))
            or lw in CONNECTORS
        ):
            break
        # Two name words, more only across a middle initial or when the name stands alone: "Eleanor Ainge Roy".
        after_title = j >= 2 and (lowered[j - 2] in ROLE_WORDS or lowered[j - 2].rstrip(".") in HONORIFICS)
        if (
            taken >= 2
            and not initial
            and len(run[j].rstrip(".")) != 1
            and not (j == 1 and not prefix)
            and not (after_title and taken == 2)
            # "champion Hicham El Guerrouj": after a lower-case role all three capitalised words are the name
            and not (
                j == 1
                and len(run) == 3
                and (person_after or (prefix and prefix[-1].islower() and prefix[-1].lower() in ROLE_WORDS))
            )
        ):
            break
        if taken >= 2 and from_place(w) and (lowered[j] in GIVEN_NAMES or _person_demonym(w)):
            # "Californian Heidi Brende", "Brazilian Paulo Coelho", "Spaniard Guillermo Garcia-Lopez": where they
            # are from, no name of theirs (not "American Home Products", "European Monetary System")
            break
        if taken >= 4:
            break
        j -= 1
        taken += 0 if initial else 1
    name_toks = run[j:]
    # a particle before the name is dropped ("De Kock" is the surname of Gerhard de Kock), not a given name
    while (
        name_toks
        and name_toks[0].lower() in PARTICLES
        and not (name_toks[0].lower() in GIVEN_PARTICLES and name_toks[0][0].isupper() and len(name_toks) > 1)
    ):
        name_toks = name_toks[1:]
    if not name_toks:
        return Mention("org", text, _org_name(run), None, start, end) if run else None
    if len(name_toks) == 2 and name_toks[0].lower() == "al" and name_toks[1].lower() in _AL_BODIES:
        return Mention("org", text, " ".join(name_toks), None, start, end)  # "Al Jazeera", not a man called Al
    if (
        j > 0
        and len(name_toks) <= 2
        and _acronym(run[j - 1])
        and lowered[j - 1].rstrip(".") not in ROLE_WORDS  # "Lib Dem MP Lembit Opik": a role
        and lowered[j - 1].rstrip(".") not in HONORIFICS
        and lowered[j - 1] not in _ROLE_ACRONYMS
        and not words[i + j - 1].lower().endswith(("'s", "’s", '"s', "s'", "s’"))  # "NBC's Dante Chinni", "PBS'"
        and (name_toks[-1].lower() in ORG_WORDS or name_toks[-1].lower() in _BODY_TAILS)  # not "CNPF Francois Perigot"
    ):
        # "researcher IMS Health": a name run on from an acronym is a body's, not a person's
        body = " ".join(run[j - 1 :])
        return Mention("org", text, body, None, start, end)
    title_toks = prefix + run[:j]
    if (
        title_toks
        and title_toks[-1].lower() == "the"
        and len(name_toks) >= 2
        and name_toks[-1][-1:] == "s"
        and not name_toks[-1].endswith(("ss", "'s", "’s", "os", "us", "is", "as"))  # "the Hospital Carlos III"
        and not generation
    ):
        # "The Lib Dems accused …", "the Rolling Stones": a body or a group by its plural name, no one person
        return Mention("org", text, " ".join(name_toks), None, start, end)

    if (
        len(title_toks) >= 2
        and title_toks[-1] in ("at", "with")
        and (person := _person_at(title_toks[:-1])) is not None
    ):
        # "Belinda Durham at Catholic Charities", "analyst Zork Durham with Acme Trust": the person before the
        # preposition, the body they work at after it (the run says so, whether or not the given name is known)
        before = title_toks[: len(title_toks) - 1 - len(person.name.split())]
        works_at = [w for w in before if w.lower().rstrip(".") not in _COURTESIES] + [title_toks[-1], *name_toks]
        return Mention(person.kind, text, person.name, " ".join(works_at), start, end)
    # Only the words right before the name belong to its title: not "In prime minister's questions last week".
    k = len(title_toks)
    while k > 0:
        w = title_toks[k - 1]
        lw = w.lower()
        if not (
            w[:1].isupper()
            or lw in ROLE_WORDS
            or lw in CONNECTORS
            or lw in HONORIFICS
            or lw in TITLE_QUALIFIERS  # "Tory shadow chancellor", "former prime minister"
            or "-" in w
        ):
            break
        # (a courtesy between a role and the name goes on: "Health Secretary Dr John Reid"; not "Delighted Mr Smith")
        courtesy = (
            lw.rstrip(".") in HONORIFICS
            and k >= 2
            and title_toks[k - 2].lower() in ROLE_WORDS
            and title_toks[k - 2].lower() not in _NOT_POSTS  # "Speaking to the BBC News website Mr Molyneux"
        )
        if w[:1].isupper() and lw in STOP_CAPS and lw not in {"the", "a", "an"} and not courtesy:
            break
        k -= 1
        if w[:1].islower() and lw in TITLE_QUALIFIERS and k > 0 and title_toks[k - 1].lower() in CONNECTORS:
            break  # "Sani Abacha and former U.S. president Jimmy Carter": the qualifier opens the title
    title_toks = title_toks[k:]
    while title_toks and title_toks[0].lower() in {"the", "a", "an", "former", "by", "with", "to", "from"}:
        if title_toks[0].lower() == "former":
            break
        title_toks = title_toks[1:]
    if len(title_toks) == 1 and title_toks[0].lower().rstrip(".") in COURTESY_TITLES:
        title_toks = []
    if title_toks and title_toks[-1].lower() in {"and", "&"}:
        title_toks = []  # "Ken and Brenda Barker": two people, no title
    if title_toks and title_toks[-1].lower() in {"for", "of", "at", "in", "from", "on"}:
        return Mention("descriptor", text, text, None, start, end)  # "MP for Ealing North": a place, not a name
    lowered_title = [t.lower() for t in title_toks]
    if "in" in lowered_title[1:] and all(
        _cap(t) and t.lower() not in ORG_WORDS for t in title_toks[lowered_title.index("in") + 1 :] if t != "the"
    ):
        # "the Tachi Yokut Tribe in the San Joaquin Valley": a body in a place, whose name the run ends with (not
        # "Director in the Japanese Foreign Ministry Kazauya Ogawa", a post in a body)
        return Mention("descriptor", text, text, None, start, end)
    if (
        "to" in lowered_title[1:]
        and lowered_title[(to := lowered_title.index("to")) - 1] in _RELATION_ROLES
        and "the" not in lowered_title[to:]
    ):
        # "Aides to George W. Bush", "An aide to Bush", "Advisers to Gov. George W. Bush": those close to the
        # person speak, not the person (but "Special Adviser to the Prime Minister Jonathan Powell" is Powell)
        return Mention("descriptor", text, text, None, start, end)
    # ("U.S. president": the stop the run's reading took goes back, as in names)
    title_toks = [t + "." if _INITIALS.fullmatch(t) else t for t in title_toks]
    title = " ".join(title_toks + ([suffix] if suffix else [])).strip(_EDGE + " ") or None
    if title and title.lower().rstrip(".") in COURTESY_TITLES:
        title = None  # "Mr", "Dr": a courtesy, not a role; "Mayor", "Sen." are roles ("the mayor said")
    elif title and title.lower() in _ROLE_ABBREVIATIONS:
        title = _ROLE_ABBREVIATIONS[title.lower()]
    # "G." and "G.K." keep the stop the edge-trimming took: "G.K. Butterfield", not "G.K Butterfield"
    name = " ".join(t + "." if (len(t) == 1 and t.isalpha() and t.isupper()) or _INITIALS.fullmatch(t) else t
                    for t in name_toks)  # fmt: skip
    kind = "surname" if len(name_toks) == 1 else "name"
    if generation and kind == "name":
        name += " " + generation
    return Mention(kind, text, name, title, start, end)


# Those who serve someone: "an aide to Lyng" is the aide (subject_after reads on past their "to")
_SERVES_TO = ("aide", "aides", "adviser", "advisers", "advisor", "assistant", "counsel")
_RELATION_ROLES = frozenset(
    _SERVES_TO
    + tuple(
        "advisors assistants consultant consultants counselor lawyer lawyers attorney attorneys spokesman spokeswoman "
        "spokesperson friend friends confidant confidants".split()
    )
)
_ROLE_ABBREVIATIONS = {"sen.": "Senator", "sen": "Senator", "rep.": "Representative", "rep": "Representative",
                       "gov.": "Governor", "gov": "Governor", "gen.": "General", "gen": "General", "lt.": "Lieutenant",
                       "col.": "Colonel", "del.": "Delegate",
                       "capt.": "Captain", "sgt.": "Sergeant", "prof.": "Professor"}  # fmt: skip

# An age or a party and state after a name: "Quina Jones, 25,", "Mitch McConnell, R-Ky.,"
AGE_OR_PARTY = r",\s*(?:\d{1,3}|\(?[RDI]-[A-Z][\w.]*\)?)"  # (", (R-NY.),": marks around it too)
_AGE_END = re.compile(AGE_OR_PARTY + ",$")
_AGE = re.compile(AGE_OR_PARTY + "(?=,)")


# "analyst John Smith of Merrill Lynch", "Gov. George W. Bush of Texas": a person, a preposition and the body
# (or place) they are of
_OF_BODY = re.compile(
    r"(?P<who>.*?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) (?P<prep>of|at|with|from) "
    # "… of the nearby Jabiru police": an adjective after "the", and the body's lower-case kind after its name
    # ("from the research department of Drexel Burnham Lambert": a unit of the body first)
    r"(?P<body>(?:the (?:[a-z-]+ ){0,2}(?:department|division|unit|desk|arm|wing|branch) of )?"
    r"(?:the )?(?:(?:nearby|local|state|federal|national|regional|provincial|city|county) )?"
    r"[A-Z][\w.&'’-]*(?: (?:& )?[A-Z][\w.&'’-]*){0,5}"
    # ("Philip Okundi of the Kenya Bureau of Standards": the body's own of-phrase)
    r"(?: (?:of|for|on) (?:the )?[A-Z][\w.&'’-]*(?: (?:and |& )?[A-Z][\w.&'’-]*){0,4})?"
    r"(?: (?:police|department|office|council|government|authorities|club|team|university|hospital)){0,2}"
    r"(?: in [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)?)"
)


def _name_of_body(s: str) -> Mention | None:
    """ "analyst John Smith of Merrill Lynch": John Smith, titled "analyst of Merrill Lynch" (the whole phrase
    read as a descriptor, or the body as the speaker, before). A given name, an initial or a role word right
    before it says a person: "Kidder Peabody of New York" is a firm."""
    m = _OF_BODY.fullmatch(" ".join(s.split()))
    if m is None:
        return None
    person = _parse_np(m.group("who"))
    if person is None or person.kind != "name" or not m.group("who").endswith(person.name):
        return None
    first = person.name.split()[0].rstrip(".")
    role = person.title.split() if person.title else []
    titled = (
        bool(role)
        and role[-1].lower().strip(".,") in ROLE_WORDS  # the role right before the name: "trader Drew Schaefer"
        and not any(w.lower() in ("of", "the", "for") for w in role)  # not "President of the Indian …"
        and not any("." in w and len(w.rstrip(".")) > 1 for w in person.name.split())  # not "U.S. Comptoller"
    )
    if not (first.lower() in GIVEN_NAMES or (len(first) == 1 and first.isupper()) or titled):
        return None  # "Drew Schaefer" after "trader": the role says a person
    kept = person.title if person.title and person.title.lower().rstrip(".") not in _COURTESIES else None  # not "Prof"
    title = " ".join(x for x in (kept, m.group("prep"), m.group("body")) if x)
    return Mention("name", s, person.name, title, 0, len(s))


# "Herbert of the Society of Black Lawyers", "Smith of the Urban Institute": a surname, then the body it is of
_SURNAME_OF_BODY = re.compile(
    r"(?P<who>[A-Z][a-z][\w'’-]+) (?:of|at|from) the (?P<head>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})"
    r"(?: (?:of|for|on) [A-Z][\w.&'’-]*(?: (?:and |& )?[A-Z][\w.&'’-]*){0,4})?"
)


_GROUP_ENDING = re.compile(r"(?:ers|ors|ians|ists|ants|ents|ics|ies|ees)$")


def _surname_of_body(s: str) -> Mention | None:
    """A surname before "of the BODY" speaks, not the body (the article named the person before); a body's own
    name ("Bank of the South", "Friends of the Earth") is no surname: the word after "the" ends on a body's kind,
    and the word before is no body, role or place."""
    m = _SURNAME_OF_BODY.fullmatch(" ".join(s.split()))
    if m is None:
        return None
    who = m.group("who")
    low = who.lower()
    if low in ORG_WORDS or low in ROLE_WORDS or low in NON_PERSON or low in PLACES or low in STOP_CAPS:
        return None
    if _GROUP_ENDING.search(low):
        return None  # "Physicians at the Walter Reed Army Institute", "Statistics from the Ministry": no one
    last = m.group("head").split()[-1].lower().rstrip(".")
    if last not in ORG_WORDS or last in LEGAL_SUFFIXES:
        return None  # (not "Fruit of the Loom Inc", a firm's own name)
    return Mention("surname", s, who, None, 0, len(s))


_INNER_ACRONYM = re.compile(r"(?<=[A-Za-z]) \([A-Z][A-Z0-9&.]{1,9}\)(?= [a-z])")  # not "(EIAJ) Chairman Shoichi Saba"


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _drop_paren(s: str) -> str:
    """s without a parenthesis that ends it, "(R-Ohio)" (the pattern can match only where s ends in ")")."""
    return _TRAILING_PAREN.sub("", s) if s.rstrip().endswith(")") else s


def _bare_name(phrase: str) -> Mention | None:
    """The phrase as a name or surname alone; not a sentence adverb read as one ("However,")."""
    m = _parse_np(phrase.strip()) if phrase.strip() else None
    return m if m is not None and m.kind in ("name", "surname") and m.name.lower() not in _ADVERBS else None


# "an international adoption agency in Canada": what kind of body the one before is, and where
_BODY_KIND = re.compile(r"\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z]+)\s+(?:in|at|of|for|from|based)\s")
# A title that ends on a preposition or an article ("of the", "Vatican spokesman the"): the name split wrong
_DANGLING = re.compile(r"(?:\s|^)(?:(of|to|at|in|for|on|from|and)(?:\s+(?:the|a|an))?|the|a|an)$", re.I)
_OWNED = re.compile(r"['’]s\s")
_NAME_LINK = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+(?:of|at|from)\s+")
_FROM_TOWN = re.compile(r"\s*(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*")
# "(, )led by …": who leads the subject before, never the subject
_LED_BY = re.compile(r"(?:led|headed|chaired|accompanied|joined|flanked)\s+by\s+(?=[A-Z])")


def _boundary_end(s: str, tail: int = 60) -> int:
    """Where the last clause boundary in s ends (0 without one).

    Read from a point in the last `tail` characters first: a word start after a space, which no boundary can
    span (boundaries are one mark, one word, " - " or " _ "), so the scan from there ends on the same last boundary
    as a scan of the whole; only when the tail holds none is the whole read.
    """
    if len(s) > tail + 20:
        p = s.find(" ", len(s) - tail) + 1
        while 0 < p < len(s) and (s[p].isspace() or s[p] in "-_"):
            p = s.find(" ", p) + 1
        if 0 < p < len(s):
            end = -1
            for b in _BOUNDARY.finditer(s, p):
                end = b.end()
            if end >= 0:
                return end
    end = 0
    for b in _BOUNDARY.finditer(s):
        end = b.end()
    return end


_NAME_THEN_ARTICLE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?|\b[A-Z][\w'’-]+)\s+[A-Z][\w'’-]+\s+((?:the|a|an)\s+[a-z])")
_ASKED_LEAD = re.compile(
    r"(?:(?:When\s+|If\s+|Once\s+)?[Aa]sked\s+(?:about\s+(?:it|this|that)\s+)?)?for\s+(?:a\s+)?comment\s+"
)
_WHEN_LEAD = re.compile(
    r"(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\s+the\s+(?=[A-Z])"
)
_OPENING_PP = re.compile(
    r"(?:In|On|At(?!\s+(?:least|most)\b)|During|After|Before|Since|From|Under|Earlier|Later|Last|Despite|Amid)"
    r"\s+\S+?(['’]s)?\s"
)  # not "Last week's American Petroleum Institute report", whose owner is a time
# "Last month analysts at …", "On Sunday senior Iraqi officials": the subject starts right after the phrase
_SUBJECT_ADJECTIVES = frozenset("senior top former local foreign other leading two three four five".split())
_DETERMINERS_LEAD = frozenset("a an the its their his her this that these those one some many several".split())
_ISSUED = frozenset(
    "statement communique communiqué census figures data forecast forecasts findings agenda plan proposal".split()
)
_DOCUMENT_PARTICIPLE = re.compile(
    r"(?<=\w)(?:\s+(?:to\s+be|being|just))?\s+(?:released|published|issued|conducted|unveiled|carried\s+out|made\s+public)"
    r"(?!\s+by\s)(?:\s+\S+){0,3}$"  # (not "released by Harvard University": the makers stay with the work)
)


def ends_with_dash(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] ends, spaces aside, with a dash ("--", "—", "–"), an aside's closing one; read in place."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return text[max(lo, end - 1) : end] in ("—", "–") or (end - lo >= 2 and text[end - 2 : end] == "--")


_OPENING_THEN_PRONOUN = re.compile(
    r"\s*(?:On|In|At|During|After|Before|Since|With|For|Over|Under|From|Throughout|Despite|Later|Earlier|Asked|"
    r"Speaking|Meanwhile|Separately|Still|Now|Then|Today|Yesterday)\b[^,;:\"“”()\n]{0,80}?\s(he|she|they|we|it|I)\s*"
)


# "… who was on the writing committee " before a cue: a relative clause with no commas round it, a verb first
_BARE_WHO_CLAUSE = re.compile(r"(?<=[A-Za-z]) who (?:also |now |once |still )?[a-z]{2,} [^,;:\"“”()]{0,120}$")
_CUE_AUXILIARIES = frozenset("have has had will would could can may might should must did does do also".split())
_PHRASE_HEAD = re.compile(r"(?:\S+ ){0,5}?([a-z][\w-]*)(?= (?:in|of|at|for|from|with|on|near)\b|$)")
# Quantifiers that name people only with a clause after them ("Some who already have jobs in Phoenix say")
_QUANTIFIER_PEOPLE = frozenset(("some", "many", "most", "several", "few", "those", "others", "anyone", "everyone"))


def _who_antecedent(text: str, lo: int, who: int, hi: int) -> Mention | None:
    """The phrase before a bare "who", read whole from lo, when its head speaks ("A science specialist in the …
    District", "Residents"), with its clause up to hi; else the name that ends it ("John Smith who runs the
    shop")."""
    phrase = text[lo:who]
    bare, at = phrase.strip(), lo + len(phrase) - len(phrase.lstrip())
    # ("Some who already have jobs in Phoenix say": a quantifier alone, which names no one without its clause)
    quantifier = bare.lower() in _QUANTIFIER_PEOPLE
    whole = Mention("descriptor", bare, bare, None, at, at + len(bare)) if quantifier else parse_np(bare, at)
    if (
        whole is not None
        and whole.kind == "descriptor"
        and (head := _PHRASE_HEAD.match(whole.text.lower())) is not None
        and (head.group(1) in ROLE_WORDS or names_group(head.group(1)) or quantifier)
        # not a participle's object ("echoing some far-right commentators who …"), nor a verb put first ("Said
        # another official who …")
        and not (first_word := whole.text.split(None, 1)[0]).lower().endswith("ing")
        and first_word not in _INVERTED_CUES
        and first_word not in ("Said", "Says")
    ):
        # as the article names them, with the clause that says which ("Hostages who have survived …"), less the
        # auxiliary of the cue ("… have said")
        named = text[whole.start : hi].rstrip()
        while (cut := named.rfind(" ")) > who - whole.start and named[cut + 1 :] in _CUE_AUXILIARIES:
            named = named[:cut]
        first, _, role = named.partition(", ")
        person = parse_np(first, whole.start) if role else None
        if person is not None and person.kind == "name":
            # "Victor Gutierrez, a mechanic who lives near the crater": the person, the apposition their title
            return Mention("name", named, person.name, role, whole.start, whole.start + len(named))
        return Mention("descriptor", named, named, None, whole.start, whole.start + len(named))
    near = _subject_before(phrase)
    if (
        near is not None
        and near.kind in ("name", "surname")
        and not any(w.lower() in ORG_WORDS or w.lower() in PLACES for w in near.text.split())
        and not from_place(near.name)
    ):
        return _moved(near, lo) if lo else near
    return None


def subject_before(text: str, lo: int, hi: int) -> Mention | None:
    """The subject that ends at `hi` (just before a cue verb), within text[lo:hi]."""
    if ends_with_dash(text, lo, hi) and (aside := _DASH_ASIDE.search(text, max(lo, hi - 300), hi)):
        # "But authors of the study -- which involved 212 boys, …, or ADHD -- said": the subject stands before
        # the aside set off by dashes
        before = subject_before(text, lo, aside.start())
        if before is not None:
            return before
    m = _subject_before(text[lo:hi])
    if m is None and (opened := _OPENING_THEN_PRONOUN.fullmatch(text, lo, hi)) is not None:
        # "On Monday she said", "At his weekly press conference on Tuesday he said": an opening phrase without its
        # comma, then the pronoun that is the subject
        return parse_np(opened.group(1), opened.start(1))
    if (
        text.find(" who ", max(lo, hi - 160), hi) >= 0
        and (who := _BARE_WHO_CLAUSE.search(text, max(lo, hi - 160), hi)) is not None
        # (read inside the clause, or nothing read: "a clinician who was not involved in the study" is whole)
        and (m is None or m.start + lo > who.start())
        # the cue is the clause's own verb ("Lawyers who have read the transcripts"): no subject of it here
        and not all(w in _CUE_AUXILIARIES for w in text[who.start() : hi].split()[1:])
        # (nor the clause's second verb: "a source who had visited the North and claimed")
        and not text[who.start() : hi].rstrip().endswith((" and", " but", " or"))
        and (who_of := _who_antecedent(text, lo, who.start(), hi)) is not None
    ):
        # "A science specialist in the … School District who was on the writing committee said", "Residents who
        # live near the plant say": the one the relative clause (no commas round it) is about, not its object
        return who_of
    if m is None and (lone := _LONE_THEN_ROLE.search(text, max(lo, hi - 120), hi)) is not None:
        # "Another, a trader at a Japanese bank, said": one of those before, as the apposition describes them
        role = parse_np(lone.group(1), lone.start(1))
        if role is not None and role.kind == "descriptor":
            return role
    if m is not None and lo:
        m = Mention(m.kind, m.text, m.name, m.title, m.start + lo, m.end + lo)
    stops = (
        list(_RUN_ON_STOP.finditer(text, m.start, m.end))
        if m is not None and _RUN_ON_STOP.search(text, m.start, m.end)
        else []
    )
    if stops:
        # "… knew the extent of his injuries.State television said": a sentence run into the next without its
        # space; the subject starts after the stop
        return subject_before(text, stops[-1].end(), hi)
    if m is not None and m.kind == "descriptor" and (own := _PRONOUN_LAST.search(m.text)) is not None:
        # "the year he said", "the trouble-shooter they asked": a relative clause without its "that"; the pronoun
        # is the verb's subject, the phrase before it what it is about
        k = 1 if own.group(1) else 2
        m = parse_np(own.group(k), m.start + own.start(k))
    if m is not None and m.kind == "descriptor":
        # "Critics of home-schooling have long argued", "Unions … has reportedly expressed fears": the verb's
        # auxiliary and adverbs are no part of its subject; "Traders in San Francisco said there were unconfirmed
        # reports that": the subject ends at its own verb
        kept = m.text
        for tail in (_SAID_INSIDE, _AUX_TAIL, _LINK_ADVERB_TAIL):
            verb = tail.search(kept)
            if verb is not None and verb.start():
                kept = kept[: verb.start()]
        if kept != m.text:
            m = Mention(m.kind, kept, kept, m.title, m.start, m.start + len(kept))
    if (
        m is not None
        and m.kind == "org"
        and " " not in m.name
        and legal_suffix(m.name)
        and not re.search(r"(?:\band|&)\s*$", text[max(lo, m.start - 6) : m.start])  # "Merrill Lynch and Co"
        and " and " not in m.text
    ):
        # "K mart Corp said", "eBay Inc said": the firm's name before its legal ending, which a lower-case word
        # cut from it
        whole = LEAD_ARTICLE.sub("", m.text.strip())
        if 1 < len(whole.split()) <= 4 and ". " not in whole:
            return Mention("org", m.text, whole, None, m.start, m.end)
        at = m.start + max(0, m.text.rfind(m.name.rstrip(".")))  # where the ending itself stands
        lead = _FIRM_LEAD.search(text, max(lo, at - 60), at)
        if lead is not None:
            return Mention("org", text[lead.start(1) : m.end], f"{lead.group(1)} {m.name}", None, lead.start(1), m.end)
    if (
        m is not None
        and (m.kind in ("name", "surname", "org") or (m.kind == "descriptor" and m.text in _CO_AUTHORS))
        and m.start > lo
        and (work := _WORK_BY_BEFORE.search(text, max(lo, m.start - 120), m.start)) is not None
    ):
        # "A report by the National Clearinghouse on Alcohol and Drug Abuse estimates": the work, with its makers'
        # whole name (the reader stopped at "and", leaving 'Drug Abuse')
        whole = text[work.start() : m.end]
        return Mention("descriptor", whole, whole, None, work.start(), m.end)
    if m is not None and m.kind == "surname" and m.name.lower() in _MANNER_ADVERBS:
        return None  # "Simply stated, biodynamics is …", "Frankly speaking": how it is put, no one who said it
    if m is not None and _NO_ONE_BEFORE.search(text, max(lo, m.start - 24), m.start):
        return None  # "no person or group has claimed responsibility": no one spoke
    if (
        m is not None
        and m.text.endswith(("'s", "’s"))
        and not text[m.end : hi].strip()
        and _OWNED_NOUN_CUE.match(text, hi) is not None
    ):
        return None  # "distance himself from Mr Iliaronov's comments": what someone said, a noun, not a verb
    if (
        m is not None
        and m.kind == "surname"
        and m.text.endswith(("'s", "’s"))
        and not text[m.end : hi].strip()
        and _FIRM_VERB.match(text, hi) is not None
        and (firm := _FIRM_OWNED.search(text, max(lo, m.start - 40), m.end)) is not None
        and firm.end() == m.end
    ):
        # "Standard and Poor's said": a firm named with its founders' possessive (a possessive right before the
        # verb owns nothing), not Mr Poor ("Moody's said" stays Moody, which joins Moody's Investors Service)
        return Mention("org", firm.group(0), firm.group(0), None, firm.start(), firm.end())
    if m is not None and m.kind == "descriptor" and (asked := _ASKED_LEAD.match(m.text)) is not None:
        # "When asked for comment Calcutta police said": the question, its comma left out, is no part of who
        rest = parse_np(m.text[asked.end() :], m.start + asked.end())
        if rest is not None and rest.kind != "pronoun":
            m = rest
    if m is not None and m.kind == "org" and (when := _WHEN_LEAD.match(m.name)) is not None:
        # "In November the British Medical Association said": the month of an opening phrase is no part of it
        at = m.start + max(0, m.text.find(m.name)) + when.end()
        rest = parse_np(m.name[when.end() :], at)
        if rest is not None and rest.kind in ("org", "name", "surname"):
            m = rest
    if m is not None and m.kind == "descriptor" and (pp := _OPENING_PP.match(m.text)) is not None and not pp.group(1):
        # "In May the party said", "In a statement the ministry said", "In Washington officials said": an opening
        # phrase without its comma is no part of the subject
        words = m.text.split(" ")
        i = 1 + (words[1].lower() in _DETERMINERS_LEAD if len(words) > 2 else 0)
        if i < len(words) and words[i][:1].isupper():
            while i < len(words) and words[i][:1].isupper():
                i += 1  # "In May", "In Washington"
        else:
            i += 1  # "In a statement", "Last month"
        if 0 < i < len(words):
            k = len(" ".join(words[:i])) + 1
            first = words[i].lower()
            someone = (first in _ROLES_NOT_BODIES and first not in _DOCUMENT_WORDS) or first in _SUBJECT_ADJECTIVES
            if not someone and first not in _DETERMINERS_LEAD and not words[i][:1].isupper():
                # "In a joint statement the firms", "In his New Year message the Liberal Democrat leader": the
                # phrase's object runs on; the subject opens with the last article
                art = max(m.text.rfind(f" {a} ", k - 1) for a in ("the", "a", "an", "its", "their"))
                if art >= k - 1:
                    k = art + 1
            rest = parse_np(m.text[k:], m.start + k)
            if rest is not None and rest.kind != "pronoun":
                m = rest
    if m is not None and m.kind == "descriptor" and (the := _NAME_THEN_ARTICLE.search(m.text)) is not None:
        # "According to Mr Peston the prime minister said": an opening phrase without its comma ends at the
        # article that opens the subject, after the name that ends the phrase
        rest = parse_np(m.text[the.start(1) :], m.start + the.start(1))
        if rest is not None and rest.kind == "descriptor":
            m = rest
    if (
        m is not None
        and m.kind == "descriptor"
        and (issued := _DOCUMENT_PARTICIPLE.search(m.text)) is not None
        and any(w.lower() in _DOCUMENT_WORDS for w in m.text[: issued.start()].split()[:4])
    ):
        # "A poll by Newsweek magazine released Saturday says": the poll, not "… magazine released"
        kept = m.text[: issued.start()]
        m = Mention("descriptor", kept, kept, m.title, m.start, m.start + len(kept))
    if m is not None and m.kind == "org" and (cut := m.text.find(" from ")) > 0:
        # "Professor Xia Laifeng from Yunnan Teachers University said": the person, not where they are from
        person = parse_np(m.text[:cut], m.start)
        if person is not None and person.kind == "name":
            m = person
    if (
        m is not None
        and m.kind == "descriptor"
        and m.text[:1].islower()
        and (place := _PLACE_BEFORE.search(text, max(lo, m.start - 60), m.start))
    ):
        # "the Eastlake, Ohio, resident said": the place set off by commas is inside the descriptor
        first, middle = text[place.start() : m.start].split(",")[:2]
        if first.split()[-1].lower() in ORG_WORDS:
            # "… sponsored by the Export-Import Bank, Ortner, the bank's senior economist also said": a body, no
            # place; the name between the commas speaks, its role after it (the closing comma lost)
            at = place.start() + len(first) + 1 + (len(middle) - len(middle.lstrip()))
            person = parse_np(middle.strip(), at)
            return person if person is not None and person.kind in ("name", "surname") else m
        whole = text[place.start() : m.end]
        return Mention("descriptor", whole, whole, None, place.start(), m.end)
    if m is not None and m.kind == "surname" and _ROLE_FROM_PLACE.match(m.text) is not None:
        # "Senad Mehmedbasic, a gynaecologist from Sarajevo said": the closing comma lost after where the
        # person is from; the name before the apposition speaks
        named = _NAME_BEFORE_APPOSITION.search(text, max(lo, m.start - 60), m.start)
        person = parse_np(named.group(1), named.start(1)) if named is not None else None
        if person is not None and person.kind == "name":
            return person
        # "A woman from Leeds said": someone the article does not name, as worded, not the place
        return Mention("descriptor", m.text, m.text, None, m.start, m.end)
    if (
        m is not None
        and m.start > lo
        and (
            m.kind in ("org", "surname")
            or (m.kind == "descriptor" and m.text[:1].isupper())
            # "the Department of Health and Human Services": two capitals after "and" that name no one
            or (
                m.kind == "name"
                and m.title is None
                and m.name.split()[0].lower() not in GIVEN_NAMES
                and (len(m.name.split()) == 2 or m.name.split()[-1].lower() in ORG_WORDS)
            )
        )
    ):
        m = _joined_by_and(text, lo, m)
    if (
        m is not None
        and m.kind == "descriptor"
        and m.text[:1].islower()
        and m.start - 5 > lo
        and text.startswith(" and ", m.start - 5)
        and m.text.split(None, 1)[0] not in _DETERMINERS
        and (last := m.text.rsplit(None, 1)[-1].lower()) in ROLE_WORDS
        and (co := _ROLE_AND.search(text, max(lo, m.start - 60), m.start - 5)) is not None
        and co.group(1).lower() in ROLE_WORDS
        and not (last.endswith("s") or co.group(1).endswith("s") or names_group(last))  # (one person)
    ):
        # "the Labour peer and former minister said": one person in two roles, one article for both
        m = Mention("descriptor", text[co.start() : m.end], text[co.start() : m.end], None, co.start(), m.end)
    if m is not None and m.kind == "org" and m.start > lo and " and " in m.text:
        m = _firm_with_commas(text, lo, m)
    if m is not None and m.kind in ("name", "surname", "org") and m.start > lo:
        return _compound(text, lo, m)
    if (
        m is not None
        and m.kind == "descriptor"
        and m.text[:1].islower()
        and len(words := m.text.split()) > 1
        and words[0] in ROLE_WORDS
        and not words[0].endswith("s")  # "…, officials said", "…, sources tell": a group, no apposition
    ):
        # "Christoph Caselitz, president of the mobile networks division at the firm says": an apposition whose
        # closing comma the copy lost; the name before it speaks
        named = _NAME_BEFORE_APPOSITION.search(text, max(lo, m.start - 60), m.start)
        if named is not None:
            person = parse_np(named.group(1), named.start(1))
            if person is not None and person.kind == "name":
                return person
    if m is not None and m.kind == "descriptor" and m.start - 5 > lo and text.startswith(" and ", m.start - 5):
        return _and_others(text, lo, m)
    return m


def _and_others(text: str, lo: int, m: Mention) -> Mention:
    """ "Smith and others said", "John Smith and other scientists", "Business leaders and colleagues": the others
    join whoever is named right before "and", one subject as the article names it (GUIDE: "Business leaders and
    others"), not the others alone."""
    words = m.text.lower().split()
    if not (words[0] == "others" or (words[0] == "other" and len(words) == 2) or m.text in _CO_AUTHORS):
        return m
    before = _subject_before(text[lo : m.start - 5])
    if before is None or before.kind == "pronoun" or before.end + lo != m.start - 5 or " and " in before.text:
        return m
    start = before.start + lo
    whole = text[start : m.end]
    return Mention("descriptor", whole, whole, None, start, m.end)


_PLACE_INTRO = re.compile(r"\s*(?:In|At|From)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*,")  # "In Washington,"
_QUOTING = re.compile(r"(?<=[\w.)]),?\s+quoting\s+")
_RUN_ON_STOP = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2})")  # "injuries.State television", not "iGen.Fr"
_DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s(?:(?!\s(?:--|—|–)\s).){3,250}\s(?:--|—|–)\s*$")
_SAID_INSIDE = re.compile(rf"\s(?:{'|'.join(sorted(SAYING_WORDS))})\s")
_AUX_TAIL = re.compile(
    r"\s+(?:has|have|had|will|would|is|are|was|were|could|can|may|might|should|must)"
    r"(?:\s+(?:[a-z]+ly|long|also|still|now|already|not|never|often))*(?:\s+[a-z]+ed)?$"
)
# "the Clinton administration nevertheless conceded", "the ministry, however, said": a linking adverb, no part
# of the subject
_LINK_ADVERB_TAIL = re.compile(
    r",?\s+(?:nevertheless|nonetheless|however|meanwhile|though|too|also|still|instead|therefore|thus|in turn|"
    r"for (?:its|their|his|her) part)(?:\s*,)?$"
)
_PRONOUN_LAST = re.compile(
    # ("the drug his parents (hope …)": a possessed noun closes the relative clause's subject too)
    r"^(?:the|a|an)\s+[a-z]+\s+((?:his|her|their|my|our)\s+[a-z]+s)$|\S\s+(he|she|they|we|I|you)$"
)
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+[A-Z][\w.]*,\s+$"
)
_BROADCAST = frozenset(("radio", "television", "tv"))  # lower-case: "Virgin Radio" is a name
# What a sign or a paper says, read out ('"To John John from a Cuban exile," read one note')
_POSTED = frozenset(
    "note sign banner placard poster message letter tweet post headline card inscription slogan memo email report "
    "study survey poll".split()
)
_DOCUMENT_PLURALS = frozenset(
    "reports studies surveys polls figures statistics estimates documents records forecasts projections data".split()
)
_ROLE_FROM_PLACE = re.compile(r"(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:from|in|of|at)\s+[A-Z]")
_NAME_BEFORE_APPOSITION = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),\s+$")
_AND_END = re.compile(r"(?:,\s*)?\band\s+$")
_NAME_LINKS = {"of", "for", "the", "de", "al", "van", "von"}  # lower-case words a name or body may hold
# Capitalised words that open a sentence and name no one: "Still, Stevens and Manson said"
_LIST_OPENERS = STOP_CAPS | {
    "still", "meanwhile", "yet", "instead", "indeed", "besides", "moreover", "also", "now", "initially", "finally",
    "separately", "similarly", "additionally", "ultimately", "eventually", "previously", "currently", "recently",
    "earlier", "later", "then", "so", "thus", "together", "first", "second", "third",
}  # fmt: skip
_COMMA_END = re.compile(r",\s+$")
_MOST_JOINED = 8


def _compound(text: str, lo: int, m: Mention) -> Mention:
    """ "Arlen Specter, Rick Santorum and John Murtha said", "China and Russia said": the speakers together, as the
    article names them (a group speaks), when every one is a name, a body or a place on its own."""
    joint = _AND_END.search(text, max(lo, m.start - 12), m.start)
    if joint is None or (m.kind != "org" and m.text != m.name):
        return m  # "Secretary of Housing and Urban Development Andrew Cuomo": a title that holds "and"
    parts, start = [m], joint.start()
    while len(parts) <= _MOST_JOINED:  # each part reads the text before it again: a bounded number
        left = _subject_before(text[lo:start])
        before_words = text[lo:start].rstrip(", ").rsplit(None, 1)
        if left is None and before_words and before_words[-1].lower() in _LIST_OPENERS:
            break  # "Still, Stevens and Manson said": the list starts after the opening word
        if (
            left is None
            or left.kind not in ("name", "surname", "org")
            or text[lo + left.end : start].strip()
            or any(w[:1].islower() and w not in _NAME_LINKS for w in left.text.split())
            or (left.kind != "org" and left.text != left.name)
        ):
            # "meet on 12 March at Twickenham and Kirwan says": a phrase that ends in a place, no subject; after a
            # comma ("Traders in Japan, Sydney and Hong Kong said"), no list of speakers at all
            qualified = _qualified_by_list(text, lo, left, start, m)
            if qualified is not None:
                return qualified
            if len(parts) > 1:
                return m
            break
        if left.name.lower() in _LIST_OPENERS:
            break  # "Still, Stevens and Manson said": the list starts after the opening word
        parts.insert(0, Mention(left.kind, left.text, left.name, left.title, left.start + lo, left.end + lo))
        joint = _COMMA_END.search(text, max(lo, lo + left.start - 3), lo + left.start)
        if joint is None:
            break
        start = joint.start()
    if not 2 <= len(parts) <= _MOST_JOINED:
        return m  # one, or a list longer than any that speaks together ("A, B, … and Z" a crafted 10,000 long)
    before = text[lo : parts[0].start].rstrip()
    if before and not before.endswith(","):
        return m  # "landed in Israel and Yitzhak Batsri said": the first is no subject but a place it names
    kinds = {p.kind for p in parts}
    if "org" in kinds and kinds != {"org"}:
        # "… married Eric Nederlander, the New York Post and the Daily News reported": the bodies after the
        # last person speak together; "Smith and Ford Motor Co": not one kind of speaker
        k = len(parts)
        while k > 0 and parts[k - 1].kind == "org":
            k -= 1
        if len(parts) - k < 2 or not text[lo : parts[k].start].rstrip().endswith(","):
            return m
        parts = parts[k:]
    names = [p.name for p in parts]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    return Mention("org", text[parts[0].start : m.end], name, None, parts[0].start, m.end)


_OF_LIST = re.compile(r"\s(?:from|of|in|at|for)\s")


def _qualified_by_list(text: str, lo: int, left: Mention | None, start: int, m: Mention) -> Mention | None:
    """ "Officials from Kenya and Uganda said", "The ministers from South Africa, Botswana and Zimbabwe said": the
    ones the list qualifies speak, when they can (officials, ministers, leaders …), not the last place."""
    if left is None or left.kind != "descriptor" or text[lo + left.end : start].strip():
        return None
    prep = _OF_LIST.search(left.text)
    if prep is None or "," in left.text or " and " in left.text[prep.end() :]:
        return None
    words = left.text[: prep.start()].split()
    noun = words[-1].lower() if words else ""
    if not (noun in ROLE_WORDS or names_group(noun)):
        return None
    whole = text[lo + left.start : m.end]
    last = m.text.split()
    if noun in ROLE_WORDS and len(last) >= 3 and all(w[:1].isupper() and w.isalpha() for w in last[-2:]):
        # "Secretary of Trade and Industry Jose Concepcion", "the Minister of Agriculture, Natural Resources and
        # Environment Costas Themistocleous": a portfolio, then the one who holds it
        name = " ".join(last[-2:])
        k = len(words) - 1
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in ("the", "a", "an"):
            k -= 1  # "Philippine Secretary": the role's own words, not "The statement issued by the"
        begin = lo + left.start + left.text.find(" ".join(words[k:]))
        title = text[begin : m.end - len(name)].strip()
        return Mention("name", text[begin : m.end], name, title, begin, m.end)
    if m.text != m.name or (m.kind == "name" and not names_group(noun)):
        return None  # a title and name ("Secretary of State Jim Baker"); "officials in Indiana and New York" go on
    return Mention("descriptor", whole, whole, None, lo + left.start, m.end)


# "Standard and Poor's Corp", "S and P": a firm's name joined by "and", which the subject reader stops at.
_AND_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]* ){0,3}([A-Z][\w'’.-]*)) (?:and|&) $")


# "the Centers for Disease Control and | Prevention", "the Department of Health and | Human Services": a body's
# name whose of/for tail holds an "and"
# "-- Energy and ", "the Trade and ": a portfolio's first words before the ministry's ("Mines Ministry")
_PORTFOLIO_LEADS = frozenset(("--", "-", "—", "–", "the", "a", "an"))
_PORTFOLIO_AND = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z]+ ){1,2})(?:and|&) $")
_BODY_AND_BEFORE = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][\w'’.-]* ){0,3}([A-Z][\w'’.-]*)) (?:of|for|on) (?:the )?(?:[A-Z][\w'’.-]* ){0,3}"
    r"[A-Z][\w'’.-]* (?:and|&) $"
)
_PREP_INSIDE = re.compile(r" (?:of|for|at|with|from|by) ")
_ROLES_NOT_BODIES = (ROLE_WORDS | GROUP_NOUNS) - ORG_WORDS
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he) $")
_OBJECT_OF = re.compile(r"\b(?:of|for|at|with|from|by)(?: the)? $")


_ROLE_AND = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,3}?([a-z][\w-]*)$")


def _joined_by_and(text: str, lo: int, m: Mention) -> Mention:
    portfolio = _PORTFOLIO_AND.search(text, max(lo, m.start - 40), m.start) if m.kind == "descriptor" else None
    if portfolio is not None and portfolio.start() > lo:
        before = text[max(lo, portfolio.start() - 20) : portfolio.start()].split()
        if before and before[-1].lower() not in _PORTFOLIO_LEADS and before[-1][-1] not in ",:;.":
            portfolio = None  # after a sentence's start, a dash, a comma or an article only: not "Smith and"
    if (
        portfolio is not None
        and (caps := [w for w in m.text.split() if w[:1].isupper()])
        and caps[-1].lower() in ORG_WORDS
        and not any(
            w.lower() in GIVEN_NAMES or w.lower() in PLACES or w in STOP_CAPS for w in portfolio.group(1).split()
        )
    ):
        # "Energy and Mines Ministry spokesman said": the ministry's whole name (was 'Mines Ministry spokesman')
        start = portfolio.start(1)
        return Mention("descriptor", text[start : m.end], text[start : m.end], m.title, start, m.end)
    body = _BODY_AND_BEFORE.search(text, max(lo, m.start - 100), m.start) if m.text[:1].isupper() else None
    if (
        body is not None
        # its head is a body's word ("Centers", "Ministry"), and it is no object ("an official of the Council for
        # …", "Analyst Lawrence Cohn of Merrill Lynch and Co": the official, the analyst speak)
        and (body.group(2).lower() in ORG_WORDS or body.group(2).lower().removesuffix("s") in ORG_WORDS)
        and not any(w.lower() in GIVEN_NAMES or w.lower() in ROLE_WORDS for w in body.group(1).split()[:-1])
        and _OBJECT_OF.search(text, max(lo, body.start() - 10), body.start()) is None
        # two bodies, the first named for its country: "the Bank of England and Fed"
        and body.group().split()[-2].lower() not in PLACES
    ):
        start = body.start()
        if m.kind == "descriptor" and (article := _ARTICLE_BEFORE.search(text, max(lo, start - 4), start)):
            start = article.start()  # "A Department for Education and Skills source": the source, as named
        named = parse_np(text[start : m.end], start)
        if named is not None and named.kind == ("descriptor" if m.kind == "descriptor" else "org"):
            return named
    if m.text[:1].isupper() and text.startswith(" and ", m.start - 5) and text[m.start - 6 : m.start - 5].isalnum():
        # "a spokesman for the Ministry of Trade and Industry", "Analyst Lawrence Cohn of Merrill Lynch and Co":
        # the "and" inside a body named after a preposition is no boundary; read with "&" there (which joins
        # capitalised words in a name), the subject is the one the body's name follows
        k = m.start - 5
        joined = _subject_before(text[lo:k] + " & " + text[m.start : m.end])
        if (
            joined is not None
            and joined.kind in ("name", "descriptor")
            and joined.start + lo < k
            and joined.end + lo + 2 == m.end
            and (prep := _PREP_INSIDE.search(text, joined.start + lo, k)) is not None
            # someone's role or a group before the preposition: not "over the summer by the Organization for …"
            and text[joined.start + lo : prep.start()].split()[-1].lower().strip(",") in _ROLES_NOT_BODIES
        ):
            start = joined.start + lo
            if joined.kind == "descriptor" and joined.text[:1].islower():
                # "Ivan Obolensky, an analyst with Sterling Grace and Co said": the analyst named before
                named = _name_before_role(text, lo, start, m.end, text[start : m.end])
                if named is not None:
                    return named
            title = joined.title.replace(" & ", " and ") if joined.title else None
            return Mention(joined.kind, text[start : m.end], joined.name.replace(" & ", " and "), title, start, m.end)
        if (
            joined is not None
            and joined.kind == "name"
            and joined.title is not None
            and joined.title.endswith(m.text)
            and " & " in joined.title
        ):
            # "Chris Johns, currency analyst at UBS-Phillips and Drew in London said": the apposition left open
            # was read whole; the name before it speaks
            seg = text[joined.start + lo : m.end]
            whole = seg[seg.find(",") + 1 :].strip() if "," in seg else joined.title.replace(" & ", " and ")
            return Mention("name", seg, joined.name, whole, joined.start + lo, m.end)
    j = _AND_BEFORE.search(text, max(lo, m.start - 60), m.start)
    if j is None:
        return m
    initials = len(m.text.rstrip(".")) == 1 and len(j.group(2).rstrip(".")) == 1
    if initials:
        whole = text[j.start(2) : m.end]
        return Mention("org", whole, whole, None, j.start(2), m.end)
    if m.kind == "org" and m.name.split()[-1].lower() in ORG_WORDS:
        joined = parse_np(text[j.start() : m.end], j.start())
        if joined is not None and joined.kind == "org" and j.group(2).rstrip(".") in joined.name:
            return joined  # one firm's name ("Standard and Poor's Corp"), not two ("the Post and the Daily News")
    return m


def _name_before_role(text: str, lo: int, start: int, end: int, role: str) -> Mention | None:
    """ "Name, role of Firm": the name before the comma at start - 2, titled by the role, spanning to end."""
    named = _subject_before(text[lo : start - 2]) if text.startswith(", ", start - 2) else None
    if named is None or named.kind != "name":
        return None
    return Mention("name", text[named.start + lo : end], named.name, role, named.start + lo, end)


# "Goldman, Sachs and Co", "Merrill Lynch, Pierce, Fenner and Smith Inc": a partners' firm written with commas
_FIRM_AND = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? and (?:Co|Company|Sons|[A-Z][\w'’-]*(?: Inc| Ltd)?)\b")
_FIRM_COMMAS = (  # one partner before, or two ("Merrill Lynch, Pierce, "), the nearer tried first
    re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, $"),
    re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, $"),
)
_PREP_BEFORE = re.compile(r" (of|at|with|from) $")
_NOT_FIRM_WORDS = STOP_CAPS | PLACES | set(SENTENCE_ADVERBS) | US_STATES


def _firm_with_commas(text: str, lo: int, m: Mention) -> Mention:
    """ "Goldman, Sachs and Co said", "Jason Benderly of Goldman, Sachs and Co noted": the comma is inside the
    firm's name, not a boundary ("Sachs and Co" spoke for no one). Not "Yesterday, Eli Lilly and Co said". A
    partners' firm after of/with/at is someone's, with or without a comma ("an analyst with Sterling Grace and
    Co", whose "and" kept the name-of-body reading from the whole)."""
    if not (m.kind == "org" and _FIRM_AND.fullmatch(m.text.removesuffix(" Inc").removesuffix(" Ltd"))):
        return m
    lead = None
    for pattern in _FIRM_COMMAS:
        found = pattern.search(text, max(lo, m.start - 50), m.start)
        if found is None or any(w.strip(",").lower() in _NOT_FIRM_WORDS for w in found.group().split()):
            break
        lead = found
    first = lead.start() if lead is not None else m.start  # "Ivan Obolensky, an analyst with Sterling Grace and Co"
    firm = text[first : m.end]
    prep = _PREP_BEFORE.search(text, max(lo, first - 6), first)
    who = _subject_before(text[lo : prep.start()]) if prep is not None else None
    if who is not None and prep is not None and who.kind == "descriptor":
        start = who.start + lo
        if who.name.split()[-1].lower() not in ROLE_WORDS | GROUP_NOUNS:
            return m  # "its purchase of Random House, Barnes and Noble Inc": two firms, no one's role
        if who.text[:1].islower():
            # "Daniel McKinley, oil analyst with Smith Barney, Harris Upham and Co said": the analyst named
            named = _name_before_role(text, lo, start, m.end, f"{who.text} {prep.group(1)} {firm}")
            if named is not None:
                return named
        whole = text[start : m.end]  # "Analysts at Kidder, Peabody and Co": the analysts as named
        return Mention("descriptor", whole, whole, None, start, m.end)
    if who is not None and prep is not None and who.kind == "name":
        # "Jason Benderly of Goldman, Sachs and Co noted": the analyst, titled by the firm
        start = who.start + lo
        title = " ".join(t for t in (who.title, f"{prep.group(1)} {firm}") if t)
        return Mention("name", text[start : m.end], who.name, title, start, m.end)
    if prep is not None or lead is None:
        return m  # "its purchase of Random House, Barnes and Noble Inc": a list of firms, perhaps
    return Mention("org", firm, firm, None, lead.start(), m.end)


def _unparen(pre: str, p: re.Match[str]) -> str:
    """ "Nikko Securities Co (Europe) Ltd", "James Capel (Far East) Ltd": the marks become spaces after a
    capitalised word (offsets hold); "James E. (Jim) Nugent": a nickname stays apart."""
    if (
        p.group(2).lower() in GIVEN_NAMES
        or not _CAPITAL_WORD_END.search(pre, max(0, p.start() - 40), p.start())
        or (p.group(2).isupper() and not _LEGAL_AFTER.match(pre, p.end()))  # "Committee (GOSAGROPROM) Vsevolod …"
        or (
            (two := _TWO_WORDS_END.match(pre, p.end())) is not None
            and not {two.group(1).lower(), two.group(2).lower()} & (ORG_WORDS | _BODY_TAILS)
        )
    ):  # "Foreign Trade Department (Cacex) Roberto Fendt": a person after the body
        return p.group()
    return f"  {p.group(2)} "


_NO_SPEECH_MODALS = frozenset(("should", "must", "shall", "can", "cannot", "can't", "shouldn't", "mustn't"))


# What a firm's or a state's unit is called after the body's name: "… Corp GMAC Financial Services", "Civil Air
# Patrol", "People's Protection Units", "Common Agricultural Policy" (no person's name; "dam", "canal",
# "brigade" are in NON_PERSON and ORG_WORDS, read beside this)
_UNIT_WORDS = frozenset(
    "bridge port policy products services statistics telephone division international sport sports units unit"
    " patrol gas oil".split()
)
# One word that is never a speaker by itself: function words that open sentences (not the months in STOP_CAPS:
# "May said" is Theresa May) and sentence adverbs
_NEVER_ALONE = frozenset(
    (
        STOP_CAPS
        - set(MONTHS.lower().split("|"))
        - set(WEEKDAYS.lower().split("|"))  # "said Friday" is Mike Friday where the article names him
        - set(PRONOUNS)
    )
    | set(SENTENCE_ADVERBS)
    | {"no", "not", "yes", "other", "now", "thus", "also", "yet", "hence", "therefore"}
    # "The same goes for the city: "…"": what is said of something, no one
    | {"the same", "same", "the rest", "the opposite", "the reverse"}
)
_PEOPLE_ADJECTIVES = frozenset(
    "former senior other female male young old various many some top leading prominent retired late ex latin"
    " fellow ordinary".split()
)
_NO_ONE_BEFORE = re.compile(r"\b[Nn]o\s+(?:[a-z]+\s+or\s+)?$")
_RANKS = frozenset(("rear", "vice", "adm", "admiral", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "brig"))
_ROLE_OF = re.compile(r"(?:[A-Z][\w.'’-]*[ -]){0,3}([A-Za-z][a-z]+)\s+(?:of|for|at|in|with)\s")


_ARTICLES = frozenset(("The", "the", "A", "a", "An", "an"))
_FIRM_VERB = re.compile(r"\s*(?:said|says|told|added|reported|announced)\b")
_FIRM_OWNED = re.compile(r"\b[A-Z][a-z][\w-]*\s+(?:and|&)\s+[A-Z][\w-]*['’]s")  # "Standard and Poor's"
_FIRM_TAIL = re.compile(r"\s*[A-Z][\w'’.-]*\s+(?:and|&)\s+[A-Z][\w'’.-]*\s*")  # "Steen and Hamilton"
_ONE_CAPITAL = re.compile(r"\s*[A-Z][\w'’.-]*\s*")
_OWNERS = frozenset("his her their its our my your this that".split())  # not "wrote to her on Thursday said"


# A number's comma ("2,000"), and a campus's ("California State University, Long Beach,"): no apposition opens there
_NO_APPOSITION_COMMA = re.compile(
    r"(?<=\d),(?=\d{3}\b)|(?:(?<=University)|(?<=College)|(?<=Institute)),(?= [A-Z][a-z]+(?: [A-Z][a-z]+){0,2},)"
)
# "… here and in the Far East", "… in New York and in Tokyo": "and" joins two places the subject is in (the
# last one before the verb); it is read as a word no boundary is while the subject is found
_AND_WHERE = re.compile(r"(?<= )and(?= (?:in|at) (?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} ?$)")
_WHERE_AND = "\u0101nd"
_NUMBER_COMMA = "\u066b"  # the Arabic decimal separator: neither a comma nor a word character to the patterns


def _last_word(pre: str) -> str:
    """The phrase's last word, lower-cased: which end-anchored patterns can match is read off it. (Not cached: its
    one caller is, and no phrase came twice in the bulk corpus.)"""
    return pre[pre.rstrip().rfind(" ") + 1 :].strip().lower()


# A relative clause opened after a subject: ", who", ", which", ", whose"
RELATIVE_OPEN = re.compile(r",\s+(who|which|whose)\s")
_PHRASE_PREPS = frozenset("at in on for from with by to of after before unlike like under despite among".split())
# A comma, then a finite verb: a main clause after a closed relative one
_MAIN_VERB_SEGMENT = re.compile(
    r",\s+(?:(?:also|then|now|still)\s+)?(?:would|will|could|can|might|may|must|should|shall|is|are|was|were|has|have|had|"
    r"did|does|do)\s"
)


def _read_with_stand_in(pre: str, stand_in: str, word: str) -> Mention | None:
    """The subject of a phrase in which `stand_in` (of the same length) replaced `word` where it opens no
    apposition or second subject, with the word given back in what is found."""
    found = _subject_before(pre)
    if found is None:
        return None
    title = found.title.replace(stand_in, word) if found.title else found.title
    return found._replace(text=found.text.replace(stand_in, word), name=found.name.replace(stand_in, word), title=title)


@lru_cache(maxsize=32768)
def _subject_before(pre: str) -> Mention | None:
    """subject_before on the phrase alone, offsets from its start: a third of the calls repeat one (the same
    sentence read for its quote and for its reported speech), so results are cached."""
    if "," in pre and _NO_APPOSITION_COMMA.search(pre) is not None:
        # "The Panel on Climate Change, a group of more than 2,000 scientists, has": a number's comma opens no
        # apposition; it is read as another mark and given back in what is found
        return _read_with_stand_in(_NO_APPOSITION_COMMA.sub(_NUMBER_COMMA, pre), _NUMBER_COMMA, ",")
    if " and " in pre and (where := _AND_WHERE.search(pre, max(0, len(pre) - 60))) is not None:
        # "Currency dealers here and in the Far East said": where they are, a second place, no second subject
        return _read_with_stand_in(pre[: where.start()] + _WHERE_AND + pre[where.end() :], _WHERE_AND, "and")
    last = _last_word(pre)
    if (last in _NO_SPEECH_MODALS and pre.split()[-1][:1].islower()) or pre.rstrip().endswith(" ought to"):
        return None  # "what the warnings should say", "she can say" (not "American Can said"): no one's words
    if _MEDIUM_WORD.search(pre, max(0, len(pre) - 140)) and (
        medium := _MEDIUM_TAIL.search(pre, max(0, len(pre) - 140))
    ):
        # "Yasser Arafat in a speech at the United Nations on Wednesday asked": how and where, no part of who
        pre = pre[: medium.start()]
        last = _last_word(pre)
    if (
        " being " in pre[-80:]
        and (being := _BEING_TAIL.search(pre, max(0, len(pre) - 80))) is not None
        and not _BEING_TAIL_STOPS & set(pre[being.start() :].lower().split()[1:])
        and pre[: being.start()].rsplit(None, 1)[-1].lower() not in _BEING_BEFORE_STOPS
    ):
        # "the legal team for two Algerian suspects being held without trial told": what is done to the last
        # noun is no part of who speaks
        pre = pre[: being.start()]
        last = _last_word(pre)
    # The pattern is tried only when the last word can end it (a quick check, 10x cheaper than the search).
    m = _TRAILING_AUX.search(pre) if last in _AUX_LAST or last.endswith(("ly", "day")) or last in _TAIL_LAST else None
    word_before = pre[: m.start()].split()[-1:] if m else []
    if (
        m
        # not "The daily said", "members of his family told": a noun after its determiner that ends like an adverb
        and not (
            word_before
            and (word_before[0] in _ARTICLES or (word_before[0] in _OWNERS and " " not in m.group().strip()))
        )
        and last not in ("daily", "weekly", "monthly")  # "the Chinese daily said": a paper, no adverb
        and not (last == "may" and _MONTH_NAMED.search(pre))  # "Mrs May said", "Theresa May said": a surname
    ):
        pre = pre[: m.start()]  # "Jones repeatedly said"; not "The daily said", whose noun ends like an adverb
    # The end-anchored patterns are tried only where the end can match: each is tried at every character.
    pre = _drop_paren(pre.rstrip())
    if pre.endswith(_CAP_END) and "," in pre[-120:] and (listed := _LISTED_BODY.search(pre, max(0, len(pre) - 160))):
        # "the Department for Culture, Media and Sport", "the Bureau of Alcohol, Tobacco and Firearms": one body,
        # read whole (not "Sport"), with the one who speaks for it ("a spokesman for the …")
        opens = _boundary_end(pre[: listed.start()])
        cand = pre[opens:].strip()
        whole = _listed_body(cand, pre[opens : listed.start()], listed.group(), len(pre) - len(cand))
        if whole is not None:
            return whole
    if "(" in pre:
        # "Past Congressional Budget Office (CBO) forecasts said": an acronym inside the phrase, blanked (offsets
        # hold), not where the subject starts
        pre = _INNER_ACRONYM.sub(_blank, pre)
    if pre.endswith("),"):
        pre = _drop_paren(pre[:-1]) + ","  # "Marcia Price (D-Newport News), shouted"
    # "Quina Jones, 25, said" / "Jones, 25, a teacher, said": an age is no apposition. Only text after
    # the name goes, so offsets into `pre` still hold.
    pre = _AGE.sub("", _AGE_END.sub("", pre) if pre.endswith((",", ",\n")) else pre)
    appos: str | None = None
    dash = _DASH_APPOS.search(pre) if pre.rstrip("\n").endswith(("-", "—", "–")) else None
    if dash:
        # "Alan Beith - who chairs the select committee - said"
        appos = dash.group(1).strip()
        pre = pre[: dash.start()].rstrip()
    elif pre.endswith(",") and (acronym := _ACRONYM_APPOSITION.search(pre, max(0, len(pre) - 14))) is not None:
        # "The Commodity Futures Trading Commission, CFTC, said", "Bill Brodsky, president of the Chicago
        # Mercantile Exchange, CME, told": the acronym in commas names the body again; the subject is before it
        head = pre[: acronym.start()]
        if described_body(head[head.rfind(",") + 1 :]):
            # "the world's largest package delivery company, UPS, said", "Iran's national news agency, IRNA,":
            # the acronym is the body's own name (but "a spokeswoman for the farm union, FNSEA," is the spokeswoman)
            short_at = skip_space(pre, acronym.start() + acronym.group().index(",") + 1)
            name = pre[short_at:].rstrip(", ")
            return Mention("org", name, name, None, short_at, short_at + len(name))
        return _subject_before(head + ",") or _subject_before(head)
    elif pre.endswith(","):
        # "Mike Hobday, of the League Against Cruel Sports, said"
        body = pre[:-1]
        k = body.rfind(",")
        if k > 0 and (j := body.rfind(",", 0, k)) > 0 and _FROM_TOWN.fullmatch(body, j + 1, k) is not None:
            # "The 21-year-old, from Bunbury, Western Australia, told": where someone is from, in two segments;
            # the subject stands before them (a descriptor too)
            if _state_or_country(body[k + 1 :].strip()) and (whole := _subject_before(body[:j])) is not None:
                return whole
        if k > 0 and body[k + 1 :].strip() in US_STATES:
            # "Mark Lee, a store manager from Rye, N.Y., said": the town's state belongs to the apposition, when
            # a name and a lower-case descriptor stand before it (not "Separately, an executive in Cambridge,
            # Mass., said" or "…until November, and the Center in College Park, Md., told")
            j = body.rfind(",", 0, k)
            named = _bare_name(body[:j]) if j > 0 else None
            if (
                named is not None
                and named.text == body[:j].strip()
                and body[j + 1 : k].strip()[:1].islower()
                and body[j + 1 : k].split()[0] not in ("and", "but", "or", "while", "who", "which")
            ):
                body, k = body[:k], j
        if k > 0 and _FIRM_TAIL.fullmatch(body, k + 1):
            # "Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton, told": a firm's names in a row
            # end the apposition; it starts where a lower-case segment does
            j = k
            while (i := body.rfind(",", 0, j)) > 0 and _ONE_CAPITAL.fullmatch(body, i + 1, j):
                j = i
            if i > 0 and body[i + 1 : j].strip()[:1].islower():
                k = i
        if (
            k > 0
            and (rel := RELATIVE_OPEN.search(body, 0, k)) is not None
            and not body[k + 1 :].lstrip().startswith(("who ", "which ", "whose "))
            # (not "Wolves, which …, might restore …, say the advocates": the clause closed and its verb came)
            and _MAIN_VERB_SEGMENT.search(body, rel.end()) is None
        ):
            # "Sandy Phillips, who lost her daughter … in Aurora, Colorado, in July 2012, said", "Ms. Arnold, who
            # helped found EDGE, an environmental justice group …, said": a relative clause runs to the comma
            # before the verb, whatever commas it holds; the subject is the one it follows
            # (read as it stands, then with its own apposition: "Liam Neeson, Oscar-nominated actor, whose …";
            # a description last: "the group, which includes …")
            bare = _subject_before(body[: rel.start()])
            if bare is not None and (
                bare.text in US_STATES
                or bare.name in US_STATES
                or bare.text.split(None, 1)[0].lower() in _PHRASE_PREPS
                or body[: bare.start].rstrip().rsplit(None, 1)[-1:] in (["At"], ["In"], ["at"], ["in"])
            ):
                # "… from Washington, D.C., who serves …": where the one before is from; "At Lucent Technologies,
                # which makes …, strange messages began": an opening phrase, no subject
                bare = None
            if bare is not None and bare.kind in _NAMED_KINDS:
                return bare
            appositive = _subject_before(body[: rel.start()] + ",")
            if appositive is not None and appositive.kind in _NAMED_KINDS:
                return appositive
            if bare is not None and bare.kind == "descriptor":
                return bare
        if k > 0:
            cand = body[k + 1 :].strip()
            if cand and cand[0].isupper() and re.search(rf"\b[Tt]he (?:new )?(?:{_WORK_NOUNS})\s*$", body[:k]):
                # "The book, Brown's Britain, said": the work speaks under its title.
                off = len(body[: k + 1]) + (len(body[k + 1 :]) - len(body[k + 1 :].lstrip()))
                return Mention("org", cand, cand, None, off, off + len(cand))
            if cand and (body_named := _body_after_descriptor(body, k)) is not None:
                # "Another safety agency, the National Highway Traffic Safety Administration, says": the body
                return body_named
            # ("In the Senate, a leading Republican senator, …": the descriptor after an opening phrase; not
            # "Some House Democrats, including Speaker James Wright," nor "Tom Thomas … and his father, C.A. Thomas,":
            # one of a group, or the second of two, who speak together)
            desc = body[:k].rsplit(",", 1)[-1].split()
            if (
                cand
                and _titled_name(cand)
                and len(desc) <= 4
                and desc[:1] != ["and"]
                and not cand.startswith(("including ", "among them ", "such as "))
            ):
                # "Scott's niece, state Del. Marcia Price, shouted": the name after the descriptor speaks
                named = _name_after_descriptor(body, k)
                if named is not None:
                    return named
            if (
                cand
                and (
                    cand[0].islower()
                    or cand.split()[0].lower() in {"the", "a", "an", "of", "who"}
                    or (len(cand.split()) <= 6 and any(w.lower().strip(".,") in ROLE_WORDS for w in cand.split()))
                    or (
                        # "Osamu Watanabe, Director of the Ministry of International Trade and Industry's (MITI)
                        # Americas and Oceanic Division, told": a capitalised role and where it is held, however long
                        (role := _ROLE_OF.match(cand)) is not None
                        and role.group(1).lower() in ROLE_WORDS
                        and len(cand.split()) <= 16
                        # not "The consultant, Ohio State University Professor of Medicine Carl Leier, said": there the
                        # descriptor comes first and the name is in apposition
                        and (opener := body[_boundary_end(body[:k]) : k].split()[:1]) != []
                        and opener[0].lower() not in _DETERMINERS
                    )
                )
            ):
                appos = cand
                pre = body[:k]
                if _aside(cand):
                    # "Norm Macdonald, interviewed just before his sitcom's debut, in the latest Rolling Stone,
                    # said": how and where he spoke, no title; the subject stands before every such aside
                    appos = None
                    while (j := pre.rfind(",")) > 0 and _aside(pre[j + 1 :].strip()):
                        pre = pre[:j]
                j = pre.rfind(",")
                state = j > 0 and _state_or_country(pre[j + 1 :].strip())
                i = pre.rfind(",", 0, j) if state else -1
                town = pre[i + 1 if i > 0 else 0 : j].split() if state else []
                if i > 0 and _titled_name(cand) and 0 < len(town) <= 3 and all(_cap(w) for w in town):
                    # "Another major Taft shareholder, Cincinnati, Ohio, financier Carl Lindner, said": a town and
                    # its state before a role and the name, who speaks
                    off = k + 1 + (len(body[k + 1 :]) - len(body[k + 1 :].lstrip()))
                    named = parse_np(cand, off)
                    if named is not None and named.kind == "name":
                        return named
                if town and _cap(town[-1]) and town[-1][-1:].isalpha() and cand.startswith(("who ", "which ")):
                    # "A group led by … of Fort Worth, Texas, which holds …, said": the state ends a place the
                    # subject is from, never the subject
                    pre, i = pre[:j], -1
                    j = pre.rfind(",")
                if i > 0 and pre[i + 1 : j].split()[0] in ("a", "an", "the") and _cap(pre[i + 1 : j].split()[-1]):
                    # "Entwistle, a Hudson, Mass., machinery maker, said": the town and its state open the
                    # apposition; the name stands before them
                    appos = f"{pre[i + 1 :].strip()}, {cand}"
                    pre = pre[:i]
                    j = pre.rfind(",")
                if (
                    cand.startswith(("who ", "which ", "whose ", "the ", "one of ", "a ", "an "))
                    and j > 0
                    and pre[j + 1 :].strip()[:1].islower()
                    and (" of " in pre[j:] or " at " in pre[j:] or cand.startswith(("who ", "which ", "whose ")))
                ):
                    # "Dr. Joanne Jordan, an arthritis specialist at …, who presented the findings, said": the
                    # relative clause follows a first apposition, and the name before that speaks; so does a
                    # description of the body the first names ("Carol Bellamy, executive director of UNICEF, the
                    # U.N. children's fund, said")
                    inner = _subject_before(pre + ",")
                    relative = cand.startswith(("who ", "which ", "whose "))
                    # ("Acme Corp, a unit of Big Corp, the world's largest maker, said": Acme too)
                    kinds = ("name", "surname") if relative else _NAMED_KINDS
                    if cand.startswith("which ") and _PLACE_INTRO.fullmatch(pre, 0, j + 1):
                        # "In Washington, the National Council …, which opposes …, said": the body before "which"
                        own = _subject_before(pre[j + 1 :])
                        if own is not None and own.kind == "org":
                            return Mention(own.kind, own.text, own.name, own.title, own.start + j + 1, own.end + j + 1)
                    if inner is not None and inner.kind in kinds:
                        return inner
                if (
                    j > 0
                    and cand.split(None, 1)[0] in ("in", "at", "of", "from", "near", "on", "and")
                    and pre[j + 1 :].lstrip().startswith(("who ", "which "))
                ):
                    # "Joyce Depenbusch, who teaches science in Skyline, in Pratt County, says": a place closes
                    # the relative clause; the name before it speaks; so does a second verb of the clause
                    # ("Nabarro, who has worked in Iraq …, and taught at the Liverpool School, explained")
                    inner = _subject_before(pre[:j])
                    if inner is not None and inner.kind in ("name", "surname"):
                        return inner
            else:
                return _name_after_descriptor(body, k)
        else:
            # "Kirsten Pfeifer from the Consumer Electronics Association, told": the closing comma of an
            # apposition whose opening one the writer left out; the full name before it speaks
            at = _PREP_APPOS.search(body)
            if at is None:
                return None
            head = body[: at.start()]
            lo = _boundary_end(head)
            if len(head[lo:].split()) > 6:
                return None  # "The intent was to connect … Michael T. Flynn with Russian leaders, said the source"
            named = parse_np(head[lo:], lo)
            return named if named is not None and named.kind == "name" else None
    pre = _drop_paren(pre)  # "Rep. Jim Jordan (R-Ohio), an oversight panel member,"
    if "(" in pre:
        # "Nikko Securities Co (Europe) Ltd said": a parenthesis inside a name is no boundary (its marks become
        # spaces, so offsets hold); "James E. (Jim) Nugent": a nickname stays apart
        pre = _INNER_PAREN.sub(partial(_unparen, pre), pre)
    chunk_start = _boundary_end(pre)
    if appos is not None and _LED_BY.match(pre[chunk_start:].lstrip()) and pre[:chunk_start].rstrip().endswith(","):
        # "The scientists, led by Ye Duzheng, an aerophysicist …, said": the apposition is the leader's, and the
        # ones he leads speak
        led = _subject_before(pre[:chunk_start].rstrip()[:-1])
        if led is not None and led.kind != "pronoun":
            return led
    chunk = pre[chunk_start:]
    lead = _LEAD_PREP.match(chunk) or lead_role(chunk)
    if lead and appos is None and pre[:chunk_start].rstrip().endswith(","):
        # "Jeff Joseph, from the Consumer Electronics Association (CEA) told": an unclosed apposition.
        before = pre[:chunk_start].rstrip()[:-1]
        b_start = _boundary_end(before)
        # only a name before the comma: not "However, a spokesperson for Banksy told"
        if _bare_name(before[b_start:]) is not None or _LEAD_PREP.match(chunk):
            appos = chunk.strip()
            pre, chunk_start = before, b_start
            chunk = pre[chunk_start:]
    if appos is None and (kind := _BODY_KIND.match(chunk)) is not None and kind.group(1) in ORG_WORDS:
        # "The Children's Bridge, an international adoption agency in Canada said": a body, then what kind of body
        # it is, the closing comma left out; the body speaks
        before = pre[:chunk_start].rstrip()
        if before.endswith(","):
            b_start = _boundary_end(before[:-1])
            body_text = before[b_start:-1].strip()
            body_np = _parse_np(body_text) if body_text else None
            if body_np is not None and body_np.kind == "org" and body_np.start == 0 and body_np.end == len(body_text):
                # (the body whole, nothing before it: not "But on Wednesday, a new report from the … Times")
                return parse_np(before[b_start:-1], b_start)
    words = chunk.split()
    if pre[:chunk_start].endswith(("who", "who ")):
        # "Lawyers who have read the transcripts said": a group with its relative clause is one subject
        k = pre.rfind("who", 0, chunk_start)
        h = _boundary_end(pre[:k])
        relative_head = [w.lower() for w in pre[h:k].split()]
        if relative_head[:1] in (["and"], ["but"]):
            relative_head = relative_head[1:]  # "And a clinician who …"
        if _group_with_modifier([*relative_head, "who", *words[:1]]) or (
            # "A clinician who was not involved in the study said": one unnamed person with their relative clause
            # (not "A source who asked …": the cue is the relative clause's own verb)
            words
            and 2 <= len(relative_head) <= 4
            and relative_head[0] in _ONE_PERSON_LEADS
            and relative_head[-1] in ROLE_WORDS
        ):
            chunk_start = h
            chunk = pre[h:]
            words = chunk.split()
    if len(words) > 10:
        lows4 = [w.lower() for w in words[:4]]
        lows5 = [w.lower() for w in words[:5]]
        if _group_with_modifier(lows4):
            # "Investigators in the Aug. 7 bombing of … said": the group, not the last ten words
            return parse_np(chunk, chunk_start)
        if _role_with_modifier(lows5) and (whole := parse_np(chunk, chunk_start)) is not None:
            return whole  # "A researcher with the biological prevention institute of the Chinese Academy of …"
        if (
            lows4[0] in ("a", "the")
            and lows4[1] in ("statement", "communique", "communiqué")
            and lows4[2] in ("from", "by")
        ):
            # "A statement from the International Centre for the Study of Radicalisation at King's College London
            # said": the statement speaks for its issuer (GUIDE), named whole, not by its last ten words
            k = len(" ".join(words[:3])) + (len(chunk) - len(chunk.lstrip())) + 1
            issuer = parse_np(chunk[k:], chunk_start + k)
            if issuer is not None and issuer.kind != "pronoun":
                return issuer
        # (where the tenth word from the end starts in the text itself: "released  this week" has two spaces)
        cut = [m.start() for m in re.finditer(r"\S+", chunk)][-10]
        chunk_start += cut
        chunk = pre[chunk_start:]
    mention = parse_np(chunk, chunk_start)
    if (
        mention is not None
        and mention.kind in ("name", "surname", "org")
        and (name_at := mention.start + max(0, mention.text.rfind(mention.name))) >= 0
        and (watcher := _WATCHER.search(pre, max(chunk_start, name_at - 80), name_at)) is not None
        and watcher.start(1) >= chunk_start
        and ((head := watcher.group(2).lower()) in ROLE_WORDS or names_group(head))
    ):
        # "a U.S. official following North Korea said", "a source close to Ford said": the one who watches,
        # not what they watch
        watching = pre[watcher.start(1) : mention.end]
        return Mention("descriptor", watching, watching, None, watcher.start(1), mention.end)
    if (
        mention is not None
        and mention.kind == "descriptor"
        and (both := _BOTH_BEFORE.fullmatch(pre, 0, chunk_start)) is not None
        and (
            both.group(1).lower().endswith(_ADJECTIVE_ENDS)
            or both.group(1).lower() in GROUP_NOUNS | ROLE_WORDS
            # "Oil and gas analysts", "Obesity and nutrition specialists": two nouns that modify one head
            or (mention.text[:1].islower() and " " in mention.text)
        )
        and mention.text.split()[0].lower() not in _DETERMINERS | {"other", "some", "many", "several"}
    ):
        # "Federal and state officials said", "Bankers and economists said": one subject, not the second half
        both_at = both.start() + len(both.group()) - len(both.group().lstrip())  # ("Many academics and …": all)
        joined = parse_np(pre[both_at:], both_at)
        mention = joined if joined is not None and joined.kind == "descriptor" else mention
    elif (
        mention is not None
        and mention.kind == "descriptor"
        and mention.text[:1].isupper()
        and (owner := _BODIES_AND.search(pre, max(0, chunk_start - 60), chunk_start)) is not None
    ):
        # "a World Bank and U.N. Sponsored survey said": the one document of two sponsors
        joined = parse_np(pre[owner.start(1) :], owner.start(1))
        mention = joined if joined is not None and joined.kind == "descriptor" else mention
    if appos and appos.startswith("who ") and not appos.startswith("who is "):
        appos_title = None  # "who have adopted a child …": a relative clause, not a title
    elif appos and (part := _PARTICIPLE_CLAUSE.match(appos)) and part.group(1) not in ROLE_WORDS | TITLE_QUALIFIERS:
        appos_title = None  # "infuriated by Netanyahu's pledge", "speaking at a rally": what they felt or did
    else:
        appos_title = appos
    if mention and appos_title and mention.kind in ("name", "surname") and not mention.title:
        title = appos_title.removeprefix("the ").removeprefix("a ").removeprefix("an ").strip()
        mention = Mention(mention.kind, mention.text, mention.name, title or None, mention.start, mention.end)
    return mention


# "a U.S. official following North Korea", "sources close to Ford": someone, then what they follow
_WATCHER = re.compile(
    r"(?<![\w'’.-])((?:(?:(?i:a|an|the|one|two|three|some|several|many|other|senior|western)|U\.S\.|"
    r"(?!(?:But|And|Yet|So|Or|However|Meanwhile|Still|Now|Then)\b)[A-Z][a-z]+)\s+){0,3}([A-Za-z]+))\s+(?:following|watching|covering|monitoring|tracking|close\s+to|familiar\s+with|specializing\s+in|"
    r"specialising\s+in|linked\s+to|tied\s+to|loyal\s+to|near\s+to)\s+(?:the\s+)?$"
)
# A sentence that opens "Word and " before a group: "Federal and state officials", "Israeli and Palestinian officials"
_ADJECTIVE_ENDS = ("al", "an", "ese", "ish", "ic", "ern", "ive", "ary", "ent", "i")
_BODIES_AND = re.compile(r"(?<![\w-])((?:a|an|the)\s+(?:[A-Z][\w.'’-]*\s+){1,4})and\s*$")
_BOTH_BEFORE = re.compile(r"\s*(?:(?:Many|Some|Most|Several|Other|Both)\s+)?([A-Za-z][a-z]+) and\s*")
_DESCRIPTOR_LEAD = {"another", "a", "an", "the", "one", "his", "her", "their", "its", "our"}
_TITLE_LINKS = {"of", "for", "at", "to", "with", "by", "from", "in", "and", "on", "the", "a", "an", "who", "whose"}


def _listed_body(cand: str, lead: str, name: str, at: int) -> Mention | None:
    """A body named by a list (`name`), with what leads into it: the one who speaks for it ("a spokesman for the
    …"), or the body itself when only "the" leads in; None otherwise."""
    if _DETERMINED_ROLE.match(cand):
        return Mention("descriptor", cand, cand, None, at, at + len(cand))
    if not lead.strip().lower().removeprefix("the").strip():
        return Mention("org", cand, name, None, at, at + len(cand))
    return None


_DETERMINED_ROLE = re.compile(r"(?i:a|an|the|one)\s+(?:[a-z][\w-]*\s+){0,2}(?:for|of|at|with)\s")
_CAP_END = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + tuple("abcdefghijklmnopqrstuvwxyz")
_LISTED = (
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:Department|Bureau|Ministry|Office|Commission|Committee|Council|Agency|"
    r"Institute)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})+,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)
_LISTED_BODY = re.compile(rf"(?<![\w'’.-]){_LISTED}$")
_LISTED_BODY_AHEAD = re.compile(rf"(?<![\w'’.-]){_LISTED}(?![\w'’-])")


def _state_or_country(seg: str) -> bool:
    """ "Mass.", "Northern Ireland", "West Germany": what follows a town in "a Belfast, Northern Ireland, oil
    company" (one to three capitalised words, a state's abbreviation or a country)."""
    words = seg.split()
    return seg in US_STATES or (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and (
            seg.lower() in PLACES
            or words[-1].lower() in PLACES
            or words[0] in ("Northern", "North", "South", "East", "West", "New")
        )
    )


_OF_HOME = re.compile(r"\s+of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s*$")


def _without_home(cand: str) -> str:
    """ "Chairman Mark Hatfield of Oregon": the name without the state or country it is of."""
    home = _OF_HOME.search(cand)
    if home is not None and (home.group(1) in US_STATES or home.group(1).lower() in PLACES):
        return cand[: home.start()]
    return cand


def _titled_name(cand: str) -> bool:
    """ "state Del. Marcia Price": a full name behind title words only, not "a friend of John Brown"."""
    words = _without_home(cand).split()
    if len(words) > 2 and words[-1] in _POST_NOMINALS:
        words = words[:-1]  # "Tom McCabe MSP": the name, and the letters after it
    cand = " ".join(words)
    m = _parse_np(cand)
    if m is None or m.kind != "name":
        return False
    lead = cand[: len(cand) - len(m.name)].split() if cand.endswith(m.name) else None
    return lead is not None and not any(w.lower() in _TITLE_LINKS for w in lead)


_BODY_DESCRIPTORS = frozenset(
    "agency group company firm organization organisation body union party bank ministry department watchdog regulator "
    "lobby charity institute association council authority".split()
)
_DESCRIPTOR_OPENERS = frozenset("a an another the its their his her one rival".split())


def _body_after_descriptor(body: str, k: int) -> Mention | None:
    """ "Another safety agency, the National Highway Traffic Safety Administration,": the body a short description
    of a body goes on to name, or None."""
    head = body[:k]
    desc = head[_boundary_end(head) :].strip().split()
    if not (2 <= len(desc) <= 4 and desc[0].lower() in _DESCRIPTOR_OPENERS and desc[-1].lower() in _BODY_DESCRIPTORS):
        return None
    if any(w[:1].isupper() for w in desc[1:]):
        return None  # "The Foreign Ministry, …": a name already
    cand = body[k + 1 :]
    off = k + 1 + (len(cand) - len(cand.lstrip()))
    mention = parse_np(cand.strip(), off)
    if mention is None or mention.kind != "org":
        return None
    return mention if mention.text[:1].isupper() or mention.text.startswith("the ") else None


def _name_after_descriptor(body: str, k: int) -> Mention | None:
    """ "Another critic, Laurence H. Tribe, likened": the name after a short descriptor is the subject."""
    head = body[:k]
    desc = head[_boundary_end(head) :].strip()
    words = desc.split()
    possessive = bool(words) and words[0].endswith(("'s", "’s")) and words[0][:1].isupper()  # "Scott's niece"
    role = words[-1].lower().strip(".") in ROLE_WORDS if words else False  # "Scottish Finance Minister, Tom McCabe,"
    # "Palestinian chief negotiator on interim affairs, Saeb Erekat,": a lower-case role inside, then a full name
    inner_role = any(w.islower() and w in ROLE_WORDS and w not in ORG_WORDS for w in words[1:])
    # ("One of the authors of that 2013 report, Ari Fleischer,": "one of" and a role let the descriptor run longer)
    one_of = len(words) > 2 and words[0].lower() == "one" and words[1] == "of"
    longest = 9 if one_of and any(w.removesuffix("s") in ROLE_WORDS for w in words[2:5]) else 6
    if not (
        1 < len(words) <= longest
        and (words[0].lower() in _DESCRIPTOR_LEAD or words[0].islower() or possessive or role or inner_role)
    ):
        return None
    if _VERB_WORD.search(desc):
        return None  # "After the debate ended, Clinton …": a clause, not a descriptor
    cand = body[k + 1 :]
    off = k + 1 + (len(cand) - len(cand.lstrip()))
    mention = parse_np(_without_home(cand.strip()), off)
    if mention is None or mention.kind not in ("name", "surname"):
        return None
    if inner_role and not (role or possessive or words[0].islower() or words[0].lower() in _DESCRIPTOR_LEAD):
        if mention.kind != "name":
            return None  # "MP for Henley-on-Thames, Oxfordshire,": a place after the role's phrase, no one
    title = re.sub(r"^(?:the|a|an|another|one)\s+", "", desc, flags=re.I) or None
    own = mention.title if mention.title not in _POST_NOMINALS else None  # "MSP": letters, not the title
    if own is not None and title is not None and own.lower().rstrip(".") in HONORIFICS and role | inner_role:
        own = None  # "the Vatican's deputy spokesman, Father Ciro Benedettini,": the role, not the form of address
    return Mention(mention.kind, mention.text, mention.name, own or title, mention.start, mention.end)


# (not the end of a compound: "one N.J.-based pilot, Larry Lorenzo,", "a state-owned firm")
_VERB_WORD = re.compile(r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed)\b")

_CLAUSE_START = re.compile(
    r"\s*(?:(?:that|whether|if|how|what|why|when|where|it|there)\b|(?:he|she|they|we|I|you)\s+[a-z])", re.I
)
_MADE_WHEN = re.compile(r"(?:released|published|issued|conducted|made|presented|unveiled|filed|completed)")
# "Cushing N. Dolbeare a housing policy analyst": a full name, then "a" and a role, the comma left out
_NAME_A_ROLE = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’.-]*){1,3}) an? ([a-z][\w-]*(?: [a-z][\w-]*){0,4})")
# `"West Wing" creator`: a work's name in quotation marks (a few capitalised words) before a role word
_QUOTED_WORK_LEAD = re.compile(r"\s*[\"“]([A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,4}?)[\"”]\s+(?=[a-z])")
_AFTER_STOP = re.compile(
    r"(?:[,;:!?\"“”()]|\."
    # (the stop first, the abbreviations it may end looked for behind it: re skips between stops so)
    + "".join(
        rf"(?<!\b{a}\.)"
        for a in "Mr Mrs Ms Dr Rep Sen Gov Gen St Del Lt Col Prof Rev Sgt Capt Cmdr Maj Adm Supt Insp Cpl Pvt Amb Rt "
        "Hon".split()
    )
    + r"(?<!\b[A-Z]\.)|—|–|\s-\s|"
    + word_start_alternation(
        "in at on during when after before who adding according while as about told from with last this yesterday "
        "today tonight here earlier later afterwards before via by if because".split(),
        not_after=("familiar ", "involved ", "knowledgeable "),
    )
    + r"\b|"
    # ("said a person close to the talks": who is close to what, one phrase)
    + r"t(?<!\wt)"
    + "".join(f"(?<!{w} t)" for w in ("Committee", "Campaign", "Coalition", "close", *_SERVES_TO))
    + r"o\b|t(?<!\wt)(?<!close t)o\b(?!\s+[A-Z]))"
)  # "said Foreign Minister X here": where, no name; "the Committee to Protect Journalists" is one body, "said an
# aide to Agriculture Secretary Richard Lyng" one person
# "said KNUT Secretary-General Ambrose Adongo Wednesday": a day after the name, which is no part of it (unless a
# given name stands before it: England's coach Mike Friday)
_DAY_AFTER = re.compile(rf"\s+(?:{WEEKDAYS})\s*$")


def without_day(words: str) -> str:
    """words without a weekday that ends them ("Ambrose Adongo Wednesday"), unless a given name that opens a name
    stands before it (England's coach Mike Friday; not "Mahathir Mohamad Friday", where it ends one)."""
    day = _DAY_AFTER.search(words) if words.rstrip().endswith("day") else None
    before = words[: day.start()].split() if day is not None else []
    surname = (
        bool(before)
        and before[-1].lower() in GIVEN_NAMES
        and (len(before) == 1 or not before[-2][:1].isupper() or before[-2].lower() in ROLE_WORDS)
    )
    return words[: day.start()] if day is not None and before and not surname else words


_TIME_OWNER = re.compile(
    r"\s*(?:today|yesterday|tonight|(?:this|last)\s+(?:week|month|year|weekend)|[A-Z][a-z]+day)['’]s\s+"
    r"(?:(?:edition|issue)\s+of\s+(?:the\s+)?)?(?=[A-Z])"
)
_TIME_OWNED = re.compile(
    r"\s*((?:today|yesterday|[A-Z][a-z]+day|(?:this|last)\s+(?:week|month|year))['’]s\s+[a-z][\w-]+)(?=\s*[.,;]|\s*$)"
)
_CONTACT_AFTER_NOUN = re.compile(
    r"(\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?!(?:of|in|on|for|to|by|with|from|at|about)\s)[a-z][\w-]*)"
    r"\s+(?:the|a|an|his|her|its|their)\s+[\w'’-]+\s+[a-z]+ed\b"
)
_NO_SUBJECT_AFTER = STOP_CAPS | frozenset("today yesterday tonight earlier later recently".split())


@lru_cache(maxsize=8)
def _named_so(text: str, word: str) -> bool:
    """Whether the article names someone with this word as a surname ("England coach Mike Friday"). Asked once an
    article and word (the text's hash is kept by the string): an article of many "said Friday." is read once."""
    if not word[:1].isupper() or " " in word:
        return False
    # At most 16 occurrences are looked at
    at = text.find(" " + word)
    for _ in range(16):
        if at < 0:
            return False
        before = text[max(0, at - 20) : at].split()
        if before and before[-1].lower() in GIVEN_NAMES:
            return True
        at = text.find(" " + word, at + 1)
    return False


def without_relative(phrase: str) -> str:
    """ "a report the group released Tuesday" -> "a report": a noun and its relative clause without "that" (which
    the parser would read to the last capitalised word, 'Tuesday')."""
    cut = _CONTACT_AFTER_NOUN.match(phrase)
    return phrase[: cut.end(1)] if cut is not None else phrase


_ACTS_NOT_POSTS = frozenset(
    "who which whose that when while as after before during told said saying adding noting explaining "
    "insisting warning arguing stressing speaking referring responding commenting writing describing predicting "
    "claiming citing quoting telling asking urging calling pointing declining refusing".split()
)


def subject_after(text: str, lo: int, hi: int) -> Mention | None:
    """The subject right after a verb-first cue: `… ," said Jane Doe, chief economist …`."""
    m = _subject_after(text, lo, hi)
    if m is not None and m.kind != "descriptor" and _clause_before_name(m):
        return None  # "…, says the frequent gridlock has hurt Kansas": a clause after the cue, no one who says it
    return m


def _subject_after(text: str, lo: int, hi: int) -> Mention | None:
    work = _QUOTED_WORK_LEAD.match(text, lo, hi)
    if work is not None:
        # `said "West Wing" creator Aaron Sorkin`: a show's name in quotation marks, then the role it titles
        after = _subject_after(text, work.end(), hi)
        if after is None or after.kind != "name" or after.start != work.end():
            return None
        title = f"{work.group(1)} {after.title}" if after.title else None
        return Mention("name", text[work.start(1) - 1 : after.end], after.name, title, work.start(1) - 1, after.end)
    quoting = _QUOTING.search(text, lo, min(hi, lo + 80))
    if quoting is not None:
        # "…, said AFP quoting official sources": the ones the outlet quoted spoke (as "Tass quoted a …
        # representative as saying"); the outlet only carried their words
        quoted = _subject_after(text, quoting.end(), hi)
        if quoted is not None:
            return quoted
        hi = quoting.start()
    day = _TIME_OWNER.match(text, lo, hi)
    if day is not None:
        lo = day.end()  # "according to Tuesday's New York Times", "today's edition of the Financial Post": the paper
    elif (filing := _TIME_OWNED.match(text, lo, hi)) is not None:
        # "according to Tuesday's filing": the document, as named (was 'Tuesday')
        return Mention("descriptor", filing.group(1), filing.group(1), None, filing.start(1), filing.end(1))
    post = without_relative(text[lo:hi])
    hi = lo + len(post)
    if _CLAUSE_START.match(post):
        return None  # "… suggests that Phoenix …": a clause follows, not a speaker
    listed = _LISTED_BODY_AHEAD.search(post, 0, 200)
    if listed is not None and listed.start() < 60 and "," not in post[: listed.start()]:
        # "said a spokesman for the Federal Bureau of Alcohol, Tobacco and Firearms": the body read whole
        cand = post[: listed.end()].strip()
        whole = _listed_body(cand, post[: listed.start()], listed.group(), lo + len(post) - len(post.lstrip()))
        if whole is not None:
            return whole
    m = _AFTER_STOP.search(post)
    chunk = post[: m.start()] if m else post
    dayless = without_day(chunk)
    if dayless != chunk and (made := dayless.rstrip().rsplit(None, 1))[-1:] and _MADE_WHEN.fullmatch(made[-1]):
        # "according to a study of national housing needs released Monday": the study, not 'released'
        dayless = made[0] if len(made) == 2 else dayless
        makers = dayless.rsplit(None, 1)
        if len(makers) == 2 and makers[1] in ROLE_WORDS and makers[1].endswith("s") and len(makers[0].split()) >= 2:
            dayless = makers[0]  # "a fact sheet lawmakers released Monday": the sheet, whoever made it
    chunk = dayless
    when = chunk.strip(" .,;:!?")
    if when.lower() in _NO_SUBJECT_AFTER:
        if not _named_so(text, when):
            return None  # "…, his sister-in-law, said Tuesday.": when, not who
        if when in _TIME_NAMES:
            # "Mike Friday … said Friday": his surname (a day alone is read as no one)
            at = lo + post.find(when)
            return Mention("surname", when, when, None, at, at + len(when))
    if (
        (typo := _NAME_A_ROLE.fullmatch(chunk.strip())) is not None
        and typo.group(2).rsplit(None, 1)[-1] in ROLE_WORDS
        and (named := parse_np(typo.group(1), lo + post.find(typo.group(1)))) is not None
        and named.kind == "name"
    ):
        # "said Cushing N. Dolbeare a housing policy analyst": the apposition's comma left out
        return Mention("name", named.text, named.name, named.title or typo.group(2), named.start, named.end)
    of = chunk.find(" of ")
    # "said Del. Stacey Plaskett of the Virgin Islands", "noted Nick Knight of brokers James Capel", "said Douglas
    # Meinecke of the National Institute of Mental Health in Washington": a full name, then where they are from.
    # Not "said American Chamber of Commerce president George Drysdale": a role, then the name it titles.
    n_words = len(chunk.split())
    person = parse_np(chunk[:of], lo) if of > 0 else None
    whole = parse_np(chunk, lo) if n_words <= 8 else None
    role_titled = (
        whole is not None
        and whole.kind == "name"
        and whole.title is not None
        and whole.title.split()[-1].lower() in ROLE_WORDS
    )
    if person is not None and person.kind == "name" and not role_titled:
        mention: Mention | None = person
    elif n_words > 8:
        # "according to the China Ocean Mineral Resources Research and Development Association": a body's long
        # name, read whole (up to 14 words: linear still); anything else that long is no subject
        long_body = parse_np(chunk, lo) if n_words <= 14 else None
        if (
            long_body is not None
            and long_body.kind == "descriptor"
            and _role_with_modifier([w.lower() for w in chunk.split()[:5]])
        ):
            mention = long_body  # "said a contributing author of the Census Bureau's new report"
        elif (
            long_body is not None
            and long_body.kind == "name"
            and long_body.title is not None
            and long_body.title.split()[-1].lower() in ROLE_WORDS
        ):
            mention = long_body  # "said Industrial Bank of Japan Ltd senior economist Susumu Taketomi"
        elif long_body is None or long_body.kind != "org" or long_body.text != chunk.strip(" .,;:!?"):
            return None
        else:
            mention = long_body
    else:
        mention = whole
    if mention and mention.kind == "descriptor" and m and post[m.start()] == ",":
        # "said Gingrich's business attorney, Randy Evans.": the name in apposition, the descriptor its title
        rest = post[m.end() :]
        cut = _AFTER_STOP.search(rest)
        appos = rest[: cut.start()] if cut else rest
        named = parse_np(appos, lo + m.end()) if len(appos.split()) <= 4 else None
        if named is not None and (
            named.kind == "name"
            # "says her father, Michael,": one's kin by a given name alone
            or (
                named.kind == "surname"
                and named.name.lower() in GIVEN_NAMES
                and mention.text.rsplit(None, 1)[-1].lower() in KIN_WORDS
            )
        ):
            title = LEAD_ARTICLE.sub("", mention.text)
            return Mention(named.kind, named.text, named.name, named.title or title, named.start, named.end)
    if (
        mention
        and mention.kind == "descriptor"
        and mention.text.split()[-1].lower() in _WRITTEN
        and (by := _BY_TO_END.match(text, mention.end, hi)) is not None
    ):
        # "CLAUSE, said a new survey by a Harvard research team.": the survey speaks, named with its makers
        whole_text = text[mention.start : by.end(1)]
        return Mention("descriptor", whole_text, whole_text, None, mention.start, by.end(1))
    if mention and mention.kind == "descriptor":
        whole = mention
        mention = _without_participle(mention)
        if mention is not whole and mention.text.split()[-1].lower() in _SWORN:
            # "according to a declaration filed in federal court by John F. Hackett": a statement speaks for
            # whoever made it (GUIDE), when the article names them right after
            by = _MADE_BY.match(text, whole.end, min(hi, whole.end + 120))
            maker = parse_np(by.group(1), by.start(1)) if by is not None else None
            if maker is not None and maker.kind == "name":
                return maker
    if mention and mention.kind in ("name", "surname") and m and post[m.start()] == ",":
        rest = post[m.end() :]
        k = rest.find(",")
        appos = rest[:k].strip() if k > 0 else rest.strip(" .")
        if (
            appos
            and (appos[0].islower() or appos.split()[0] in {"the", "a", "an"})
            and len(appos.split()) <= 12
            # not "…, adding that it may lead to more violence", "…, speaking in London": what they did, no post
            and appos.split()[0].lower() not in _ACTS_NOT_POSTS
        ):
            title = appos.removeprefix("the ").removeprefix("a ").removeprefix("an ").strip()
            mention = Mention(
                mention.kind, mention.text, mention.name, mention.title or title, mention.start, mention.end
            )
    return mention


_BY_TO_END = re.compile(r"(\s+(?:by|from)\s+(?:a|an|the)\s+[^,;:\"“”.!?]{1,60}?)\s*[.!?]?[\"”]?\s*$")
_WRITTEN = frozenset(
    "study report survey poll paper analysis review letter memo document article book declaration affidavit".split()
)
_SWORN = frozenset(("declaration", "affidavit", "statement", "letter"))
_AGREED = frozenset(("agreement", "accord", "contract", "treaty", "ruling", "filing"))
_MADE_BY = re.compile(r"[^,;.\"“”]{0,60}?\bby\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)")
_DOCUMENT_WORDS = _WRITTEN | _ISSUED  # a document that speaks for itself, for subject_before


def _without_participle(m: Mention) -> Mention:
    """ "according to a recent study published in the Journal …": the reader stops before "in", which left "a
    recent study published"; the participle goes with what follows, the study is the speaker."""
    words = m.text.split()
    last = words[-1] if words else ""
    if len(words) < 3 or not (last.endswith("ed") and last.islower() and len(last) > 4):
        return m
    head = words[-2].lower()
    if not (
        head in _WRITTEN
        or head.rstrip("s") in _WRITTEN
        or head in _AGREED  # "according to a standstill agreement reached in 1985"
        or (head in ROLE_WORDS and not head.endswith("s"))
    ):
        return m  # not "a fact sheet lawmakers released": a relative clause, its own subject before the verb
    if any(w.lower() in ("the", "a", "an", "his", "her", "its", "their") for w in words[1:-1]):
        return m  # "a survey the recording association commissioned" likewise
    text = m.text[: m.text.rstrip().rfind(" ")].rstrip()
    return Mention(m.kind, text, text, m.title, m.start, m.start + len(text))


# "Another, a trader at a Japanese bank, (said)": a lone one of those before, then who they are
_LONE_THEN_ROLE = re.compile(r"(?<![\w'’-])(?:Another|One|Others)\s*,\s+((?:a|an|the)\s[^,]{2,80}?)\s*,\s*$")
# Plural common nouns inside a capitalised name make it a body's ("Human Rights Watch", "Foreign Affairs Watch")
_BODY_INNER = frozenset({"rights", "affairs", "relations", "studies", "sciences", "liberties", "freedoms"})
# Words that make a capitalised run more than a plain name (see _plain_name).
_NOT_PLAIN = frozenset(
    ROLE_WORDS
    | GROUP_NOUNS
    | HONORIFICS
    | ORG_WORDS
    | NON_PERSON
    | STOP_CAPS
    | CONNECTORS
    | PARTICLES
    | set(PRONOUNS)
    | _NUMBER_WORDS
    | _DETERMINERS
    | _QUANTIFIERS
    | _LEAD_WORDS
    | _LEAD_ADVERBS
    | {p.lower() for p in _POST_NOMINALS}
    | _FINITE
)
