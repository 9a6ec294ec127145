"""Who said it: cues and their subjects, entity resolution, reported speech.

Each quotation is read with the text around it in its sentence. Forms:
`"Q," X said.` / `"Q," said X.` / `X said "Q"` / `X said, adding "Q"` /
`According to X, "Q"` / `X: "Q"`, and a bare quotation continues the previous
speaker. Mentions resolve to one entity: surnames and `Mr X` to the full name,
pronouns to the last speaker, definite descriptors to the person whose title
shares their words, organisations and indefinite descriptors to themselves.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from tui.analysis.lexicon import (
    ABBREVIATIONS,
    ASIDE_ADVERBS,
    BODY_LAST_WORDS,
    CUE,
    CUE_STARTS,
    DAYS_AND_MONTHS,
    DEMONYMS,
    FEMALE_NAMES,
    FINITE_CUES,
    FINITE_WORDS,
    GENERATIONS,
    GIVEN_NAMES,
    GROUP_NOUNS,
    HONORIFIC_GENDER,
    HONORIFICS,
    ING_NOUNS,
    KIN_WORDS,
    LEAD_ARTICLE,
    LEGAL_SUFFIXES,
    MALE_NAMES,
    MONTHS,
    NON_PERSON,
    ORG_WORDS,
    PARTICIPLE_CUES,
    PARTY_LETTERS,
    PEOPLES,
    PLACE_NAMES,
    PLACES,
    PLAIN_HONORIFICS,
    PLURAL_CUE,
    PLURAL_THAT_CUES,
    PROGRESSIVE_CUE,
    PROGRESSIVE_THAT_CUES,
    ROLE_WORDS,
    SAYING_WORDS,
    SENTENCE_ADVERBS,
    STATE_NAMES,
    STOP_CAPS,
    THAT_ONLY_CUES,
    TIME_THEN_AFTER,
    TITLE_QUALIFIERS,
    UNISEX_NAMES,
    WEEKDAYS,
    alternation,
    legal_suffix,
    names_group,
)
from tui.analysis.model import Quote, Speaker
from tui.analysis.nouns import (
    AGE_OR_PARTY,
    OUTLET_NAMED,
    PARTICLE_ALT,
    PARTICLES,
    RELATIVE_OPEN,
    Mention,
    a_people,
    described_body,
    ends_with_dash,
    from_place,
    lead_role,
    outlet_kind,
    outlets_in,
    parse_np,
    skip_space,
    subject_after,
    subject_before,
    without_day,
    without_relative,
)
from tui.analysis.quotes import SMALL_WORDS, Span, find_spans, is_speech
from tui.analysis.scan import WordScan, finditer_any, matches
from tui.analysis.sentences import headline_spans, sentence_spans

_ACRONYM_PAREN = re.compile(r"\(([A-Z]{2,8})\)")
_ACRONYM_WORD = re.compile(r"[A-Z](?<![\w.'’-][A-Z])[A-Z]{1,7}(?![\w'’-])")
_NAME_BEFORE_PAREN = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on)\s+){0,2}){1,6})$")
_STOP_RUN = "|".join(sorted((w.capitalize() for w in STOP_CAPS), key=len, reverse=True))
# What a firm is called by its trade once named ("American Airlines Inc cut fares. The airline said …"), and the
# words of a name that show that trade
_INDUSTRY_NAMES = {
    "airline": r"Air|Airlines?|Airways|Aviation",
    "carrier": r"Air|Airlines?|Airways",
    "bank": r"Bank|Banc|Bancorp|Bancshares|Banking|Bankers|[A-Z]\w*bank|Savings|Trust",
    "lender": r"Bank|Banc|Bancorp|Banking|[A-Z]\w*bank|Savings|Building Society|Mortgage",
    "insurer": r"Insurance|Assurance|Insurers?",
    "automaker": r"Motors?|Auto|Automobiles?|Automotive",
    "carmaker": r"Motors?|Auto|Automobiles?|Automotive",
    "utility": r"Power|Electric|Electricity|Gas|Edison|Energy|Utilities|Light",
    "retailer": r"Stores?|Retail|Mart",
    "publisher": r"Publishing|Publications|Publishers|Press|Books",
    "drugmaker": r"Pharmaceuticals?|Pharma|Laboratories|Labs",
    "steelmaker": r"Steel",
    "refiner": r"Refining|Petroleum|Oil",
    "brewer": r"Brewing|Breweries|Brewery",
}
_INDUSTRY_FITS = {k: re.compile(rf"\b(?:{v})\b") for k, v in _INDUSTRY_NAMES.items()}
_ORG_NOUNS = {"group", "company", "firm", "organisation", "organization", "agency", "ministry", "department",
              "association", "union", "party", "campaign", "charity", "body", "watchdog", "regulator", "club",
              "bank", "council", "committee", "commission", "government", "newspaper", "paper", "website",
              "board"} | set(_INDUSTRY_NAMES)  # fmt: skip
# `"That makes me smart," when Clinton blasted him`: a cue in a clause of its own speaks for no quote before it.
# "-ly" adverbs, not the nouns that end so ("Scott's family has called", "the assembly voted")
_NOT_ADVERBS = (
    "family|assembly|supply|rally|ally|reply|monopoly|anomaly|belly|jelly|bully|folly|tally|homily|melancholy"
)
_NAME_THEN_CLAUSE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]*)(?:,\s*[RDI]-[A-Z][\w.]*)?,\s+"
    r"(?:despite|after|while|before|when|though|although|even as|even after|in spite of)\s"
)
_SAME_PRONOUN = {
    "f": re.compile(r"[Ss]he\s+(?!said\b|says\b)[a-z]"),
    "m": re.compile(r"[Hh]e\s+(?!said\b|says\b)[a-z]"),
}
_THEN_ADVERB = r"(?:(?:also|further|then|later)\s+)?"  # "He also noted", "she later told"
_PRONOUN_SAID = {
    g: re.compile(rf"(?<![\w'’]){p}\s+{_THEN_ADVERB}(?=said\b|says\b|added\b|told\b)")
    for g, p in (("m", "[Hh]e"), ("f", "[Ss]he"))
}
_PRONOUN_CUE = re.compile(rf"(?:[Hh]e|[Ss]he)\s+{_THEN_ADVERB}")
_OPENING_SAME = {
    g: re.compile(
        rf"(?:(?:And|But|Yet|So)\s+)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Ii]f|"
        rf"[Bb]ecause|[Aa]s)\s+{p}\s+[a-z]"
    )
    for g, p in (("f", "she"), ("m", "he"))
}
_DESCRIPTOR_NAME = re.compile(
    r"(?:His|Her|Their|Its|The|A|An|Another|One)\s[^,.;\"“”]{2,80},\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*),\s+[a-z]"
)
_PRONOUN_BEFORE = re.compile(r"\b(he|she|they|we|I)\s+(?:also\s+|then\s+|later\s+)?$", re.I)
_TRAILING_ADVERBS = re.compile(
    rf"(?:\s*\b(?:(?!(?:{_NOT_ADVERBS})\b)[a-z]{{3,}}ly|today|yesterday|tonight|tomorrow|now|again|still|"
    # "Bush himself met …": the subject is Bush; "the owner at first demurred": the owner
    rf"already|also|then|later|earlier|himself|herself|themselves|itself|at\s+first|at\s+last|in\s+turn|"
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)+\s*$"  # "Mr Blair on Sunday dismissed …, saying"
)
_AS_SUBJECT = re.compile(r"\s*as\s")
_REFLEXIVE = re.compile(r"(?:himself|herself|themselves|itself|myself|ourselves|yourself)\b")
_SUBORDINATE = re.compile(r"(?:when|as|after|before|while|because|since|if|although|though|until|whereas)\b")
_SHOWN = re.compile(
    r"\b(?:of|shows?|showed|showing|hear|hears|heard)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?:\s+[a-z]+ly)?\s*$"
)  # "What do you think of Carson privately saying": an adverb may stand before the participle
# The verbs a statement is put out with ("a statement issued by …", "released a statement saying")
_ISSUE_VERBS = r"issued|released|published|put\s+out|sent|posted"
_ISSUED_SAYING = re.compile(
    rf"\s(?:{_ISSUE_VERBS})\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:statement|communique|communiqué|letter|message|notice)$"
)
# "The trouble began on the show, with Maria Hutchings marching up to him, saying": the one doing it says it
_WITH_NAME = re.compile(r"\bwith\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+$")
_WITH_DOING = re.compile(r"\bwith\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+[a-z]{2,}ing\b[^,;:]*$")
_STATE_BODIES = {"court", "government", "parliament", "congress", "senate", "police", "ministry", "department",
                 "office", "assembly", "administration", "army", "council", "navy", "tribunal", "cabinet",
                 "legislature", "embassy", "consulate", "exchange", "bourse", "force", "forces", "command", "guard",
                 "guards", "corps", "fleet", "brigade", "brigades", "militia", "militias", "logistics",
                 "treasury", "exchequer", "reserve", "directorate", "inspectorate", "procuratorate"}  # fmt: skip
# (and the exchanges a firm lists on: "The firm, … since listing on the London Stock Exchange, said" is the firm)
# A newspaper's name ends in one of these; "the paper" and its kin stand for the one named last
_PRESS_WORDS = {"times", "post", "journal", "news", "herald", "daily", "tribune", "gazette", "telegraph", "guardian",
                "mirror", "chronicle", "observer", "independent", "express", "mail", "inquirer", "globe", "examiner",
                "bulletin", "courier", "sun", "standard", "star"}  # fmt: skip
_PAPER_ENDS = {"times", "post", "journal", "news", "herald", "tribune", "gazette", "chronicle", "inquirer", "daily"}
_NAMED_MEDIUM = re.compile(
    r"(?:[Tt]he\s+|[A-Z][\w.-]*['’]s\s+)?((?:[A-Z][\w&.-]*\s+(?:and\s+)?){0,4}[A-Z][\w&.-]*)\s+"
    r"(?:newspaper|daily|weekly|tabloid|news\s+agency|news\s+website|broadcaster)"
)  # not "magazine": its name is often a word alone ("Time magazine", "Us magazine", "New York magazine")


def _paper_name(name: str) -> bool:
    """A paper's own name before "newspaper"/"daily": not "The", a nation or place ("the South Korean newspaper",
    "the China daily", "Mongolian news agency") nor "the English-language daily"."""
    words = name.split()
    return (
        words[0] not in ("The", "A", "An")
        and "-" not in words[-1]
        # (not "Guardian": a nation's adjective is known or ends so)
        and not (words[-1].lower() in DEMONYMS or words[-1].endswith(("ese", "ish", "ch", "lian", "rian", "nian")))
        and name.lower() not in PLACES
    )


# "the paper", "the local daily", "the influential weekly": the paper named last
_PRESS_ANAPHOR = re.compile(r"the (?:[a-z-]+ ){0,2}(?:paper|newspaper|daily|tabloid|weekly|broadsheet)")
_PLACE_SHORT = frozenset(("U.S.", "U.K.", "US", "UK", "USA"))
_STATE_SIDE_NOUNS = {"agency", "watchdog", "body"}
# "the company", "the firm" is none of these ("a company statement" after "… members of the United Food and
# Commercial Workers Union" is Iowa Beef's)
_NOT_COMPANIES = _STATE_BODIES | {"union", "association", "federation", "party", "committee", "commission", "league",
                                  "university", "society", "institute", "foundation", "agency", "board"}  # fmt: skip
_NOT_AGENCIES = {"court", "tribunal", "exchange", "bourse", "embassy", "consulate"}
_GENERIC_ORG_NOUNS = {
    "group",
    "organisation",
    "organization",
    "body",
    "firm",
    "company",
    "charity",
    "watchdog",
    "agency",
}
_WORKS = "book|report|study|survey|film|documentary|paper|memo|letter|article|editorial|column|piece|poll|review|memoir"
_WORK_COMMAS = tuple(f"{w}, " for w in _WORKS.split("|"))
# "The book, Brown's Britain, said": a work's title in apposition (not "According to the report, Canada, for the
# sixth year, ranks": a clause after the source)
_WORK_TITLE = re.compile(  # (the letter first, its look-behinds after it: re then jumps between Ts)
    rf"[Tt](?<!\w[Tt])(?<!\bto [Tt])he (?:new )?({_WORKS}), ([A-Z][^,.;\"“”]{{1,60}}),"
    r"(?!\s+(?:for|in|at|on|with|by|from|of)\b)"
)
_WORK_BEFORE = re.compile(rf"(?:\b(?:{_WORKS}|novel|album|show|song|speech)[,:]|\b(?:entitled|titled))\s*$")
_CLAUSE_GOES_ON = re.compile(r" [a-z]")  # a name followed by a lower-case word: a subject, not a title
_DOCUMENTS = set(
    "statement report survey study poll letter memo book document paper article editorial column story filing "
    "complaint tweet post ad video ruling lawsuit suit petition indictment declaration communique communiqué "
    "manifesto label labeling labelling briefing notice decision".split()
)
_OWNED_NEXT = re.compile(r" ([a-z]+)\b")
_PLACE_HEADS = frozenset(
    "Valley Street Square Park Center Centre Road Avenue Bridge Hall House Tower Plaza River Lake Island Coast Bay "
    "Beach Port Airport Station Campus Hills Heights".split()
)
_NAME_GOES_ON = frozenset(
    "said says told tells added was is has had have will would could can may might who and also of in at on for to "
    "with from by as".split()
)
_BODIES_OF_PEOPLE = frozenset(("delegation", "panel", "mission", "crew", "jury", "staff", "team", "troupe", "band"))
# Role words that name a body, a group or a text that speaks, not one person ("the company", "the team")
_NO_PERSON_ROLES = frozenset(ORG_WORDS | GROUP_NOUNS | _DOCUMENTS | {"team", "firm", "newspaper", "website", "family"})
_NOT_APPOSITION = {
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could", "said", "says", "told", "who",
    "which", "and", "but", "added", "did", "does", "may", "might", "should", "must", "also", "then", "not",
}  # fmt: skip
# ", at Mr. Trump's 2005 wedding", ", according to the summary": where or how, not who the person is (", from
# Maida Vale in West London," says who: it stays a title)
_NOT_APPOSITION |= {
    "at", "in", "on", "with", "during", "after", "before", "into", "over", "under", "near", "outside",
    "inside", "according", "by", "to", "until", "since", "through", "when", "where", "as", "if", "because",
}  # fmt: skip
# "… for the Houston Rockets, he wasn't the kind of doctor …": a clause's subject after the comma, no title
_NOT_APPOSITION |= {"he", "she", "it", "they", "we", "i", "you", "there"}
# "a good record at the Stade de France, having won their first two games there": a participle's clause
_NOT_APPOSITION |= {"having", "being", "including"}
# "Donald Trump, meanwhile, is supported by …", "Clinton, for her part, said …": an aside on the sentence
_NOT_APPOSITION |= ASIDE_ADVERBS


_UNNAMED_WORD = re.compile(r"\b(?:unnamed|unidentified|anonymous|another|other)\b")


# The capitalised words right before a one-word name's role: "Indonesian Mines and Energy (Minister Subroto)"
_POST_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’-]* (?:(?:and|&|of) )?){0,5}[A-Z][\w'’-]* )$")


_SENTENCE_ENDS = (". ", "? ", "! ", '" ', "” ", "_ ", "- ", "— ")  # (and a wire dateline's dash)


def _post_words(text: str, at: int) -> list[str]:
    """The words of a post before a role that titles a one-word name ("Indonesian Mines and Energy"), or none:
    not a name ("Interior Minister Jaime (Mayor Oreja)"), nor a sentence's first word alone ("Even President
    Clinton"), nor what an "and" joins ("Many Democrats and President Clinton": no capital right before)."""
    post = _POST_BEFORE.search(text, max(0, at - 80), at)
    if post is None:
        return []
    words = post.group(1).split()
    while words and (words[0].lower() in STOP_CAPS or words[0].lower() in ("and", "of", "&")):
        words = words[1:]
    if any(w.lower() in GIVEN_NAMES for w in words):
        return []
    start = post.end(1) - len(" ".join(words)) - 1
    first = start <= 0 or text[start - 1] in '\n"“' or text[max(0, start - 2) : start] in _SENTENCE_ENDS
    if first and len(words) == 1 and words[0].lower() not in DEMONYMS and words[0].lower() not in PLACES:
        return []
    return words


def _not_apposition(phrase: str) -> bool:
    """Whether a phrase after a name's comma goes on with the sentence rather than saying who the person is."""
    words = phrase.split(None, 3)
    if len(words) > 1 and words[0] in _REFLEXIVES:
        return False  # "himself the son of immigrants": a title stressed
    return bool(words) and any(" ".join(words[:k]) in _NOT_APPOSITION for k in (1, 2, 3))


_REFLEXIVES = frozenset(("himself", "herself", "themselves", "itself"))


# After a name's comma, a past tense that is the sentence's verb ("Jean-Pierre Lacroix, praised Chinese troops
# …", "…, rejected accusations that …") and not a participle before a person ("retired police officer",
# "registered dietitian", "state-owned airline"): followed by a function word, or by no noun that names a person
_FUNCTION_WORDS = frozenset(
    "a an the his her their its my our your that this these those for about to on in by of with at from as into "
    "over against up out off down after before under during it him them us me who which and".split()
)
_PERSON_ENDING = re.compile(r"(?:ist|er|or|ian|ant|man|woman|men|women|ee|ive)s?$")


def _verb_led(phrase: str) -> bool:
    words = phrase.split()
    first = words[0] if words else ""
    if not (first.endswith("ed") and first.islower()) or "-" in first:
        return False
    head: list[str] = []
    for w in words[1:7]:
        if w.lower().strip(",") in _FUNCTION_WORDS:
            break
        head.append(w.strip(",.'’()"))
    if not head:
        return True  # ", agreed.", ", announced on Dec …"
    # (a person's noun is lower-case: "Manchester" is a place, whatever its ending; "…, helped Manchester City")
    return not any(w.lower() in ROLE_WORDS or (len(w) > 4 and w.islower() and _PERSON_ENDING.search(w)) for w in head)


# The stops of "U.S." and "U.N." belong to the title ("… marketing for Toyota's U.S. sales unit,")
_APPOS_CHAR = r"(?:[^,.;\"“”]|(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.)"
_REPORTING_PARTICIPLES = frozenset(
    "speaking addressing talking writing testifying citing quoting saying adding noting arguing insisting claiming "
    "according referring explaining warning asking telling responding reacting pointing describing calling".split()
)
_APPOS_AFTER = re.compile(
    # ("Avin Domnitz, ABA executive director,": a body's acronym, then the role)
    rf",\s+((?:the|a|an|who is|of)\s{_APPOS_CHAR}{{2,160}}?|(?:[A-Z]{{2,6}}\s+)?[a-z]{_APPOS_CHAR}{{2,100}}?)\s*"
    # a stop ends it, but not one of an initial or of "Mrs." ("attorney for Mrs. Gingrich"); the stop is looked for
    # before the look-behinds (this end is tried after every character of the lazy run)
    r"(?:,|\.(?<!\b[A-Z]\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)"
    r"(?<!\bGen\.))"
)
# "the flamboyant Dallas Cowboys owner best known in the rough and tumble worlds of …": the title ends where a
# modifier of its own starts
_TITLE_TAIL = re.compile(
    r"\s+(?:best\s+known|who|whose|which|perhaps)\b.*$"
    # ("a well known Russian environmental expert": one modifier, not where a title's own starts)
    r"|(?<!\bwell)(?<!\bwidely)(?<!\blittle)(?<!\bbetter)\s+known\b.*$"
    # "chief secretary to the Treasury in a statement": how it was said, not the role
    r"|\s+(?:in|at|during)\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+)?(?:statement|interview|news\s+conference|"
    r"press\s+conference|letter|speech|briefing)\b.*$",
    re.S,
)
# "…, an Exxon Corp Director and senior vice president told Reuters …": an apposition whose closing comma was lost
# ends at the verb, when a role of some length stands before it (", the agency said" is a subject, no title)
_TITLE_THEN_CUE = re.compile(r"^((?:\S+\s+){3,}?\S+)\s+(?:told|tells|said|says|added)\b.*$", re.S)
_POST_LINK = re.compile(r"\s(?:of|at|for|with)\s")
# "S and P", "S&P", "S/P": a body by the initials of its name's words, joined (Reuters' Standard and Poor's)
_JOINED_INITIALS = re.compile(r"[A-Z](?:\s*(?:and|&|/)\s*[A-Z])+")
# "FBI": a body by its initials run together
_BARE_ACRONYM = re.compile(r"[A-Z]{3,6}")
# Prepositions whose object a name is: no subject of the verb after its apposition
_OBJECT_PREPS = frozenset("on of to for with about against by from at in into over than like".split())
# "… -- The head of UN peacekeeping, Jean-Pierre Lacroix, …": a role before the name, after a dateline's dash too
# ("LONDON, March 16 - The Governor of the Bank of England, Robin Leigh-Pemberton, …")
_TITLE_BEFORE = re.compile(r"(?:^|[.!?,]\s+|(?:--|—|–)\s*|\s-\s+)([Tt]he\s+[A-Za-z][^.!?\"“”]{2,100}),\s+$")
_SUBJECT_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+|then\s+|had\s+|has\s+)?[a-z]{2,}(?:ed|s)\b")
_CAPS_HEADER = re.compile(r"[A-Z0-9][A-Z0-9 ,'’&.-]{3,80}\s(?:—|–|--)\s+")
# "Critics of the EB-5 program, like …", "Democratic lawmakers": a group that opens its sentence
_DANGLING = frozenset(("with", "of", "in", "for", "from", "at", "to", "and", "or", "the", "on", "by"))
_GROUP_SUBJECT = re.compile(
    # ("U.S. officials": a country's initials before the group)
    r"(?:(?:Many|Most|Some|Several|Other|Two|Three|Dozens of|Hundreds of)\s+)?"
    r"(?:[A-Z][a-z]+\s+|[A-Z]\.(?:[A-Z]\.)+\s+)??([A-Za-z][a-z]+s)"
    r"(?:\s+(?:of|from|at|in|for)\s+(?:the\s+)?[\w.-]+(?:\s+(?!(?:and|or|but|is|are|was|were|has|have|had|will|would)\s)[a-z][\w-]*)?)?(?=[,\s])"
)
# A party and state after a name: "(R-Utah)", "(D-N.Y.)", "(I-Vt.)"
# `," said "`, `," Sopranos"`: a cue, then the opening mark of a work's name a role word follows
_WORK_AFTER_CUE = re.compile(
    r"[,\s]*(?:said|says|added|recalled)\s+[\"“](?=[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,4}?[\"”]\s+[a-z])"
)
_PLURAL_WORD = re.compile(r"\b([A-Za-z][a-z]+s|[Pp]eople|[A-Za-z]*men)\b\s*")
# A dash that opens or closes an aside: "—", "–", and the wires' " -- " and " _ "
_ASIDE_DASH = re.compile(r"\s(?:--|_)\s|\s?[—–]\s?")
_DASHES = (" -- ", " _ ", "—", "–")
_WORKS_THEY = frozenset("studies reports surveys polls".split())
# Works that speak for themselves (GUIDE), and that "the report" names again once named in full (a statement
# whose issuer is not named too)
_OWN_WORKS = frozenset("report study survey poll book document statement".split())
_AFFILIATION = re.compile(r"\s*\(\s*([RDI])\s*[-–]\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*\)")
_CONTACT_RELATIVE = re.compile(r"\s*(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:he|she|they|we|I|you)\s")
_RELATIVE_WORDS = ("which ", "whose ", "where ", "whom ")
_ROLE_LEAD = re.compile(r"\s*(?:an?|the)\s")
# A title that ends on a body's name after its preposition ("analyst with Smith Barney"), and the rest of that name
# when it lists names (" Harris Upham and Co", " Tobacco and Firearms"), up to the comma or stop after it
_BODY_AT_END = re.compile(r"\b(?:of|at|with|for|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*$")
_NAMES_LISTED = re.compile(
    r"\s*((?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s*){0,3}(?:[A-Z][\w'’-]*\s+){1,3}(?:and|&)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)(?=\s*(?:,|\.|;|$)|\s+(?:said|says|told|added|in|at)\b)"
)
# ("Michael Howard, himself the son of immigrants,": the reflexive stresses the title, it is no part of it)
_APPOS_LEAD = re.compile(r"^(?:(?:him|her|them)sel(?:f|ves)\s+)?(?:(?:the|a|an|who\s+is(?:\s+also|\s+now)?)\s+)?")
_OWNS = re.compile(r"['’]s\b")
_FIRMS_OWN = re.compile(r"(?i)the (?:firm|company|group|bank|carmaker|car maker|airline|retailer|insurer)['’]s \w+$")

_KIN_NOUN = re.compile("(?:" + "|".join(KIN_WORDS) + r")\b(?!['’])")
_KIN_OWNER = re.compile(r"(?<!\w)(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+$")
_FEMALE_KIN = {"mother", "wife", "daughter", "sister", "grandmother", "aunt", "mom"}
_NAME_AFTER = re.compile(r",?\s+[A-Z][a-z]")
_WORK_BY = re.compile(rf"(?:[Tt]he|[Aa]|[Hh]is|[Hh]er) (?:new |latest )?({_WORKS}) by\b")
_REPLY_CUE = "came the response"
_CAME_REPLY = re.compile(r"came (?:the|his|her|their) (?:reply|response|answer|retort)\b")
_TOLD_WHOM = re.compile(
    r"\b(?:told|asked|warned|urged)\s+((?:the|a|an|his|her)\s+[^,.;:\"“”]{2,40}?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*(?=[:,.]|\s+(?:that|to|about|he|she|we|I)\b)"
)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|has been|had been)\s+$")
# (an apposition allowed: "CNA quoted Moshe Fogel, director of the Israeli government press office, as saying")
_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+([^,.;:\"“”]{1,60}?)(?:,\s+[^,;:\"“”]{1,100}?,)?\s+as\s+(?:saying|telling|writing|calling)\b"
)
# "was quoted", "has also been quoted": the subject was quoted (by whom, if anyone, comes after)
_QUOTED_AUX = r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+|widely\s+)?quoted\s+"
# "…," housewife Chan Lee Kit-ho was quoted as telling the South China Morning Post: the subject was quoted
_QUOTED_AS_PASSIVE = re.compile(_QUOTED_AUX + r"as\s+(?:saying|telling|writing)\b")
_THE_BODY = re.compile(r"\b[Tt]he ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})")
_PRONOUN_SEX = {"he": "m", "she": "f"}
_PLURAL_HEAD = re.compile(r"[a-z]+s\s+")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b")
_CAPITAL_AUXILIARY = re.compile(r"\s+(?:Has|Have|Had|Is|Was|Are|Were|Will|Would)\s*$")
_AUXILIARY = re.compile(r"(?:are|were|have|had|will|would|could|can|did|do|also|all)\s")
# Past tenses that end in neither -ed nor -s: "Harris set the tone …, saying "…"".
_IRREGULAR_PAST = (
    "set|put|made|took|gave|went|came|wrote|spoke|began|led|held|met|won|lost|left|sent|kept|brought|sought|found|"
    "got|ran|saw|stood|struck|hit|cut|became|broke|chose|drew|drove|fell|felt|fought|grew|heard|knew|paid|rose|sat|"
    "shot|sold|spent|swore|taught|threw|understood|wore|built|bought|caught|meant|stole|flew|had|did|said|told|"
    # short regular ones "[a-z]{3,}ed" misses ("said many people died in the attack", "said police used tear gas")
    # (finite forms only: "used", "owed", "tied" are participles as often, "drugs used to treat …")
    "died|lied|sued|fled|ate|hid|sang|drank|sank|tore|rode|shook|woke|froze|forgot|forgave|withdrew|overcame|arose|"
    "sprang|blew|shrank"
)
_SUBJECT_VERB = re.compile(
    # a verb's -s, not a noun's "boss", "bus" ("Former Blackburn boss Roy Hodgson says")
    # (nor a plural before the post it qualifies: "Shadow sports minister Lord Moynihan said")
    r"\s*((?:[\w'’.-]+\s+){0,7}?)(?=(?:has\s+|had\s+|also\s+|then\s+)?(?:[a-z]+ed|[a-z]+(?<![su])s"
    r"(?!\s+(?:minister|secretary|spokes(?:wo)?man|spokesperson|correspondent|editor|chief|director|commissioner|"
    r"officer|official|adviser|advisor|analyst|negotiator|envoy|chairman|reporter|writer)\b)|"
    + _IRREGULAR_PAST
    + r")\b)"
)
_TRAILING_PREP = re.compile(r"\s+(?:despite|after|before|while|by|for|without|when|in|on)\s*$")
_LOWER_RUN = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+(?=[A-Z])")
_OWNER = re.compile(r"['’]s\s$")
_ATTRIBUTIVE = re.compile(r"(?:\b(?:the|a|an)|['’]s|s['’])\s$", re.I)  # ("consumers' fears that")
_PARENS = re.compile(r"\s*\([^()]{1,40}\)")
_PREP_LEAD = re.compile(r"After|Before|While|Since|Upon|On|By|Without|Despite|Besides|When|In|Even after|Even before")
# The quote mark first, so the scanner jumps between marks (one pattern for each mark: see finditer_any); the word
# before must be a capitalised name part.
_NICKNAMES = tuple(re.compile(rf"({mark}[A-Z][\w.’'-]{{0,15}}[\"”]) (?=[A-Z])") for mark in ('"', "“"))
_NAME_PART_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w.’'-]* $")
_NAME_ENDS = re.compile(r"(?<![\w'’.-])[A-Z][\w.’'-]*$")
# ', aka "Miss Manners,"', ', known as "the Butcher",': an alias after a name, set off by commas (blanked whole)
# (the comma first, its look-behind after it: re then jumps between commas, as _NICKNAMES between quote marks)
_AKA = re.compile(
    r"(,(?<=[A-Za-z.],)\s+(?:aka|a\.k\.a\.?|also known as|known as|nicknamed|dubbed)\s+[\"“][^\"“”\n]{1,40}[\"”]\s*,?)"
    r"(?=\s+[a-z])"
)
# Given names that are also words ("Bill would …", "Mark ten years …"); only a surname makes them names
_AMBIGUOUS_GIVEN = (
    set(
        "bill carol frank grace mark rose sue amber may will hope joy faith june april dawn summer ray dean guy "
        "art rob pat chase marine aung".split()
    )
    | PLACE_NAMES
)
# A capitalised word standing alone before a verb: "Melanie thought", "Kevin was snoring"
_GIVEN_WORDS = sorted(n.capitalize() for n in GIVEN_NAMES - _AMBIGUOUS_GIVEN if len(n) > 2)
_GIVEN_ALONE = re.compile(
    r"(" + alternation(_GIVEN_WORDS) + r")(?![\w'’-]| [A-Z])"
    r"(?=\s+(?:said|says|told|thought|was|is|had|has|would|could|did|will|asks|adds|tells|wants|knows|thinks|"
    r"believes|feels|recalls|laughs|smiles|explains|notes|[a-z]{2,}ed)\b)"
)
_ISSUER = re.compile(
    # ("A 1972 U.S. Supreme Court decision": the year the body issued it)
    r"(?:[Tt]he|[Aa]n?)\s+(?:\d{4}\s+)?((?:[A-Z][\w&.-]*\s+){0,5}?[A-Z][\w&.-]*)(?:['’]s)?\s+"
    r"(?:new\s+|latest\s+|final\s+)?[a-z]+"
)
# What one claims as one's own, not a claim that something is so
_CLAIMED_THING = re.compile(
    r"(?:(?:the|their|his|her|its|a|an|our|my)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:responsibility|credit|victory|victories|title|titles|lives|life|win|wins|seat|seats|prize|crown|medal|"
    r"medals|gold|silver|bronze|record|trophy|championship|spot|place|stake|ownership|asylum|damages|"
    r"refunds?|benefits?|expenses|allowances)\b"
    r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|should|might|may)\b)"  # "claimed the title was his"
)
# What a firm reports as a thing, not a clause: "a 20% rise in pre-tax profits", "higher fourth quarter profits"
# (unless a verb follows the noun: "net profit rose")
_FIGURE_REPORTED = re.compile(
    r"(?:a|an|its|their|his|her|higher|lower|record|net|first|second|third|fourth|full|annual|quarterly|pre-tax|"
    r"pretax|operating|strong|weak|sharp|big|bigger|smaller|\d[\w%.,]*)\b(?:\s+[\w%$£€.,/-]+){0,6}?\s+"
    r"(?:profits?|loss(?:es)?|rise|increase|drop|fall|decline|gain|revenues?|sales|earnings|income|deficit|surplus|"
    r"growth|jump|beat|turnover|statistic|results?|figures?)\b"
)
_FIGURE_VERB = re.compile(
    r"\s(?:rose|fell|was|were|is|are|increased|decreased|jumped|dropped|climbed|declined|grew|had|has|have|will|"
    r"would|could|may|might|totall?ed|reached|stood|came|amounted|hit|slipped|slumped|soared|surged|widened|narrowed|"
    r"tripled|doubled|halved|edged|eased|improved|plunged|plummeted|rebounded|recovered)\b"
)


def _figure_has_verb(text: str, at: int, hi: int) -> bool:
    """Whether a verb follows a reported figure's noun within its phrase (up to its comma, or 60 characters on:
    "net income for the year of … rose"), or right after an aside set off by commas ("1986 earnings, excluding a
    writeoff, declined")."""
    end = min(hi, at + 60)
    comma = text.find(",", at, end)
    if comma < 0:
        return _FIGURE_VERB.search(text, at, end) is not None
    if _FIGURE_VERB.search(text, at, comma) is not None:
        return True
    closing = text.find(",", comma + 1, min(hi, comma + 80))
    return closing > 0 and _FIGURE_VERB.match(text, closing + 1) is not None


_OBJECT_OPENING = re.compile(r"(?:him|them|me|us)\b(?!\s+(?:that|to)\b)")  # ("her" may own: "her son was …")
_GUARDED_NOUNS = frozenset(("reports", "notes", "claims", "states", "comments", "remarks", "posts"))
_PAST_VERB_END = re.compile(r"\s[a-z]{3,}ed$")  # "the programme investigated (claims)": a subject and its verb
# "that" then a verb with no subject of its own: a relative clause on the noun before, no report
_RELATIVE_THAT = re.compile(r"\s+that\s+(?:can|could|will|would|may|might|must|should|are|were|have|had)\b")
_DATED = re.compile(r"(?:the|an?)\s+\d{4}\s")
_STATEMENT_NOUNS = r"statement|communiqu[eé]|press release"
_STATEMENT_WORD = re.compile(rf"\b({_STATEMENT_NOUNS})\b")
# "the ministry's statement", "the Foreign Ministry's latest statement": the owner issued it
_STATEMENT_OWNER = re.compile(
    r"((?:[Tt]he\s+)?(?:[A-Za-z][\w&.-]*\s+){0,5}?[A-Za-z][\w&.-]*)['’]s\s+(?:\w+\s+)?"
    rf"(?:{_STATEMENT_NOUNS})"
)
# "a statement of the ministry", "the communique of the Central Committee": its issuer, inside the subject
_STATEMENT_OF = re.compile(r"\s+of\s+((?:the\s+)?(?:[a-z]+\s+)?[A-Za-z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,6})$")
# "… issued by spokesman John Smith", "… from the Foreign Ministry", "… released Monday by the company"
_ISSUER_NOUNS = "|".join(sorted(_ORG_NOUNS | {"authorities", "embassy", "office", "cabinet", "presidency"}))
_ISSUED_BY = re.compile(
    rf"(?:\s+(?:{_ISSUE_VERBS}))?(?:\s+(?:on\s+|late\s+|early\s+)?[A-Z][a-z]+day)?"
    r"\s+(?:by|from)\s+((?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w&.'’-]*){0,7}"
    rf"(?:(?<!['’]s)(?<!['’])\s+(?:[a-z]+\s+){{0,2}}?(?:{_ISSUER_NOUNS})\b)?|[a-z]+))"
)  # "issued by Cypriot government": the body a demonym qualifies; not "from Mr Spitzer's office": Spitzer
_ORGS_BACK = 400  # bodies a look back reads at most (see Resolver._orgs_before)
_THE = ("The ", "the ")
# "Union of Concerned Scientists", "National Association of Housing and Redevelopment Officials": a proper name
_PROPER_BODY = re.compile(r"[A-Z][\w&.-]*(?:\s+(?:(?:of|for|on|and|the|in)\s+)*[A-Z][\w&.-]*)*")
_INITIALS_WORD = re.compile(r"(?:[A-Z]\.)+")
_NEXT_SENTENCE = re.compile(r"\.\s+(?=(?:It|He|She|They|The|This|That|A|An|In|On|But|And|We|I)\b)")
_TIME_WORDS = frozenset("today yesterday tonight week month year".split()) | {w.lower() for w in DAYS_AND_MONTHS}
_WHEN_TAIL = re.compile(rf"\s+(?:on\s+|late\s+|early\s+)?(?:{WEEKDAYS}|today|yesterday|tonight)\b.*$", re.S)
_STATEMENT_INTRO = re.compile(rf"\b(?:[Aa]|[Aa]n|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+)?(?:{_STATEMENT_NOUNS})\b")
_ISSUE_VERB = re.compile(
    r"\b(?:issued|released|published|put\s+out|sent\s+out|posted|made|distributed|circulated|handed\s+out)\s*$"
)
_SIGNED_LINE = re.compile(r"[\"”’][\s,.]*(?:―|—|–|--)\s*([A-Z][^\n\"“”]{1,60}?)[\s.]*$", re.M)
_SIGNATURE = re.compile(r"[\s,.]*(?:―|—|–|--|_(?=\s))\s*")  # ("_": the NYT wire's dash)
_WORD_AT = re.compile(r"[\w.-]+(?:\s+[A-Z][\w.-]*)*")
_HONORIFIC_WORDS = ("Mr", "Ms", "Dr", "Sen.", "Rep.", "Gov.", "Gen.", "President", "Senator", "Governor",
                    "Chancellor", "Secretary", "Judge", "Justice", "Mayor", "Minister")  # fmt: skip
_HONORIFIC_NAME = re.compile(  # every match starts with one of _HONORIFIC_WORDS ("Mrs" with "Mr")
    r"(Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.|Rep\.|Gov\.|Gen\.|President|Senator|Governor|Chancellor|Secretary|Judge|"
    r"Justice|Mayor|Minister)\s+([A-Z][\w'’-]+)"
    r"(?![\w'’-]|\s+[A-Z]|\.[A-Z]|(?:\s+(?:" + PARTICLE_ALT + r")){1,2}\s+[A-Z])"
)
# What people believe, fear or expect is reported too (GUIDE): "some economists fear that …", "others believe …"
COGNITION_CUES = frozenset(
    "believe believes believed fear fears feared worry worries worried expect expects expected hope hopes hoped "
    "estimate estimates estimated reiterate reiterates reiterated doubt doubts doubted calculate calculates "
    "calculated feel feels think thinks suspect suspects suspected".split()
)
# Every COGNITION_CUE match opens with one of these ("expressed the hope that …")
_BELIEF_WORDS = (*COGNITION_CUES, "expressed", "voiced")
# The word lists whose patterns run only where one of their words stands (see tui.analysis.scan).
# The verbs of a document's findings (see _document_findings)
_FINDING_VERBS = ("found", "finds", "showed", "shows", "determined", "revealed", "reveals")
WORD_LISTS = {
    "cue": CUE_STARTS,
    "kin": KIN_WORDS,
    "given": _GIVEN_WORDS,
    "work": _WORK_COMMAS,
    "honorific": _HONORIFIC_WORDS,
    "cognition": _BELIEF_WORDS,
    "finding": _FINDING_VERBS,
    "plural": PLURAL_THAT_CUES,
    "progressive": PROGRESSIVE_THAT_CUES,
}
_WORDS = WordScan(WORD_LISTS)
_SPOUSE = re.compile(r"h(?<![\w'’]h)(?:is|er)\s+(wife|husband|son|daughter|father|mother|brother|sister)\s+")
_NAME_APPOS = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?:\s*\([^)]{1,30}\))?\s*,\s+"
    r"(?:a|an|the|who|his|her|their|its|one\s+of|[A-Z][\w.-]*['’]s)\s[^,]{3,120},\s+[a-z]"
)
_LEAD_STOPS = re.compile(r"(?:(?:" + _STOP_RUN + r")\s+)+")
_CLAIM = re.compile(
    r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:\w+\s+)?(claims?|statements?|remarks?|comments?|assertions?|"
    r"promises?|pledges?|warnings?|words|arguments?|suggestions?|descriptions?|vows?|calls?|tweets?|insistence|"
    r"characterization|description|message|question|answer|response|reply|quip|boast|charge|accusation)\b"
)
# "Greenspan's warning Thursday that …": the word for what was said, a day at most, then its clause
_CLAIM_THAT = re.compile(
    r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:[a-z]+\s+)?(claim|statement|remark|comment|assertion|"
    r"promise|pledge|warning|argument|suggestion|insistence|contention|prediction|view|belief|fear|hope|vow|"
    r"charge|accusation|allegation|announcement|admission|complaint|threat)"
    r"(?:\s+(?:on\s+)?(?:" + WEEKDAYS + r"))?\s+that\s+"
)
_ACCORDING = re.compile(r"\baccording to\s+", re.I)
# `"…," as X put it` / `As X put it, "…"`: the speaker of a quotation borrowed to make a point
_AS_PUT = re.compile(
    r"(?:as|As)\s+((?:(?!what\b|which\b|who\b|that\b|it\b)[^,.;:\"“”\s]+\s+){0,8}?[^,.;:\"“”\s]+)"
    # ("as bookseller John Barrigner of Charlotte, N.C., put it": where the one is from, in commas)
    r"(?:,\s+[A-Z][A-Za-z]?\.(?:[A-Z][a-z]?\.)?,|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,)?"
    r"\s+((?:has\s+|had\s+|once\s+)?(?:put|puts|said|says|noted|notes|wrote|writes|"
    r"described|describes|called|calls)(?:\s+it)?)\s*(?:[.;,]|$)"
)
_AS_PUT_BEFORE = re.compile(r"(?<![^,;:\s])(?<![^,;:\n]\s)" + _AS_PUT.pattern + r"\s*$")
# `A GAO report released last year found that "…"`: a document's findings
_DOC_FOUND = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w&.'’-]*\s+|[a-z]+\s+){0,6}?"
    r"(?:report|study|survey|audit|review|investigation|analysis|inquiry|poll|assessment|memo|filing|complaint))"
    r"(?:\s+[a-z]+\s+(?:last|this|in|on)\s+[\w]+|\s+\([^)]{1,30}\))?\s+"
    r"((?:also\s+)?(?:found|finds|concluded|concludes|showed|shows|determined|warned|warns))\b"
)
# Reports held inside another's sentence: they name no speaker the story goes on with
_EMBEDDED_RULES = frozenset({"document-finding", "owned-claim", "quoted-as-then-clause"})
_OWNED_THATS = tuple(re.compile(rf"{mark}s\s+(?:[a-z]+\s+){{1,2}}?(?:\w+\s+)?that\s") for mark in ("'", "’"))
_FINDING_ALT = "|".join(_FINDING_VERBS)
_FINDING_WORD = re.compile(rf"(?<![\w-])(?:{_FINDING_ALT}) that\b")
# `A 2014 study by Harvard and the University of California found that CLAUSE`: a document, how it came out or
# whose it is (a bounded run of words), and its finding with "that"
_DOC_FINDING = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ne)\s+(?:[\w&.'’/-]+\s+){0,6}?"
    r"(?:report|study|survey|audit|review|investigation|analysis|inquiry|poll|assessment|research|census)"
    r"(?:\s+(?:released|issued|published|conducted|commissioned|prepared|done|by|of|from|for)"
    r"(?:\s+(?!(?:who|which|that|said|says)\b)[\w.&'’,/-]+){1,10}?)?)"
    rf"(?:\s+(?:has|have|had))?\s+((?:also\s+)?(?:{_FINDING_ALT}))\s+that\s+"
)
# `"…," per the party's bylaws.` / `"…," according to the filing.`
_SOURCE_AFTER = re.compile(r"(per|according to)\s+([^,.;:\"“”]{2,80}?)\s*(?:[.;,]|$)")
# "Manning said …", "Boreing, the group's president, said": a surname in -ing before a verb is no participle
_ING_WORD = (
    r"[A-Z][a-z]+ing(?!\s+(?:also\s+)?(?:said|says|told|tells|added|adds|was|is|has|had|will|would|"
    r"wrote|writes|argued|argues|insisted|insists|who)\b)"
)
_ING_NAME = r"(?:Having|Being|" + _ING_WORD + ")"
_INTRO = re.compile(
    # (an -ing word whose phrase holds the sentence's speech verb before its comma is a title's: "Managing Director
    # Philip Okundi … said here Wednesday that with effect from October 1, …", "Housing Secretary … says")
    r"(?:Having|Being|"
    + _ING_WORD
    + r"(?![^,]{0,160}\b(?:said|says|told|tells)\b)|"
    # "A day after President Clinton addressed the nation …, Feinstein shocked …": when, as "After …" does
    + TIME_THEN_AFTER
    + r"|In|At|On|After|Before|During|Despite|Although|While|When|As|With|Given|Following|Asked|"
    r"Speaking|Referring|Turning|Noting|Recalling|Regarding|For|Since|Under|Amid|Besides|Unlike|Like|Once|Though|If|"
    r"(?:" + "|".join(w.capitalize() for w in SENTENCE_ADVERBS) + r")(?=,))\b[^,]{0,160},[\"”]?\s+"
)
# An opening preposition or gerund whose words run into a verb of their own, with no relative word before it
_MAIN_CLAUSE_INTRO = re.compile(
    r"(?:In|At|On|During|Despite|With|For|Under|Amid|Besides|Unlike|Like|Following|(?!According)[A-Z][a-z]+ing)\s"
    r"(?:(?!(?:that|which|who|whom|whose|where|when|whether|if|because|as|while)\b)[\w'’$%.-]+\s+)*?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|must|may|might)\s"
)
# More openings before a main clause's subject: "Within hours of that announcement, the Islamic State posted …"
_PREP_INTRO = re.compile(
    r"(?:Within|Without|From|Through|Throughout|Across|Around|Among|Amidst|Upon|Towards?|Between|Beyond|Behind|"
    r"Against|Inside|Outside|By|Near|Until|Along|Because|Except)\b[^,]{0,160},[\"”]?\s+"
)
# "Earlier this month,", "Last week,", "Two days later,", "Late on Monday,": a time opening the sentence
_TIME_INTRO = re.compile(
    r"(?:Earlier|Later|Last|This|Next|Late|Early|Two|Three|Four|Several|A\s+few|A\s+day|A\s+week|Days|Weeks|Months|Years)"
    r"\b[^,.;:\"“”]{0,40}?\b(?:week|weeks|month|months|year|years|day|days|morning|afternoon|evening|night|weekend|later|"
    r"ago|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
)
# Openings that are clauses of their own, with a subject and a verb that may report ("While analysts say …,"); a
# condition ("If he says …") reports nothing.
_PARTICIPLE_INTRO = re.compile(r"(?:Asked|Pressed|Questioned|" + _ING_NAME + r")\b")
_FINITE_NEXT = re.compile(
    r"\s*(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|must|remains|remained)\b"
)
_COURTESY_BEFORE = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Gen)\.?\s+)?")
# "said Friday, ", "shrieked, ": the cue, a word of time at most, then a comma
_COMMA_GAP = re.compile(r"(?:\s+[\w.]+){0,2}\s*,\s*")
_ASIDE_THAT = re.compile(r",\s+that\s+")
_ING_THAT = re.compile(r"\s+that\s+")
_SENTENCE_MARK = re.compile(r"[.!?;:\"“”']")
# A participle or "during" after that comma: what the speaker did besides, not what they said
_ADJUNCT_ING = re.compile(r"([a-z]{2,}ing|during)\b")
_ING_PRONOUNS = frozenset({"nothing", "something", "everything", "anything", "according", "sterling", "king", "thing"})
# ", GAO," just before a closing cue: an acronym in commas after the body it names
_ACRONYM_SEGMENT = re.compile(r",\s*[A-Z][A-Z&]{1,6},$")
# "If Swissair decides to exercise its option these too would have …, the spokesman said": a condition and the
# main clause it was run into (its comma lost), which the cue reports; not an opening phrase alone
_RUN_ON_MAIN = re.compile(
    r"(?:If|When|Once|Unless|Should)\s+(?:\S+\s+){3,}?(?:would|will|could|can|should|might|must)\s+\S+[^,]*$"
)
_CLAUSE_INTRO = re.compile(r"(?:When|While|Although|Though|After|Before|Since|As|Once|Because|Until) ")
# (and when: "A day after Obama declared that Iraqi forces had broken …, US Central Command announced …")
_OPENING_CLAUSE = re.compile(
    r"(?:Even )?(?:Though|Although|While|Whereas|Because|Since|As) |(?:After|Before|" + TIME_THEN_AFTER + ") "
)
_OPENING_CLAUSE_COMMA = re.compile(
    r"(?:Even )?(?:Though|Although|Whereas|Because) [^,;\"“”]{8,240}(?:,\s+and\s[^,;\"“”]{4,240})?,\s+(?=[A-Za-z])"
)
# The word-start check comes after the first letter, so the scanner can jump between capitals.
_RUN_FIRST = r"[A-Z](?<![\w'’-][A-Z])(?<![A-Z]\.[A-Z])(?:(?:\.[A-Z])*\.|[\w'’-]*)"
_RUN_MORE = (
    r"(?:[ ]+(?:(?:" + PARTICLE_ALT + r")[ ]+){0,2}"
    r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'’-]*|al-[A-Z][\w'’-]*))+"  # "G.K. Butterfield", "James E.P. Sullivan"
)
_NAME_RUN = re.compile(rf"(?:{_RUN_FIRST}|a(?<![\w'’]a)l-[A-Z][\w'’-]*){_RUN_MORE}")
# The same where no "al-" stands: a pattern that opens with a capital alone is scanned twice as fast.
_CAPS_RUN = re.compile(rf"(?:{_RUN_FIRST}){_RUN_MORE}")
# ", a health economic research firm,": a short description of the one named before it, up to its comma
_WORD_COMMA = re.compile(r"\s*[\w.'’-]+,")
_APPOSITION = re.compile(r"\s*(?:a|an)\s[^,;:\"“”]{3,80}?,")
_RELATIVE_NEXT = re.compile(r"\s*(?:who|whom|whose|which)\b")
_ARTICLE_ED = re.compile(r"\s*(?:a|an)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s")
# ", leader of the delegation,", ", global advisory leader at PwC,": a post, held at a body, in apposition
_POST_APPOSITION = re.compile(
    r"\s*(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}([A-Za-z][\w-]*)\s+(?:of|at|for|with)\s[^,;:\"“”]{2,80}?,"
)
# " Water and Natural Resources,": the rest of a body's name that lists its portfolios
_CAPITAL_LIST_TAIL = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+)*(?:and|&)\s+(?:[A-Z][\w'’-]*\s*){1,4},")
# ", who had been tweeting …,": a relative clause on the one named before it
_WHO_APPOSITION = re.compile(r"\s*who\s[^,;:\"“”]{3,120}?,")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|must|may|might|did|does|do|"
    r"wants|needs|plans|hopes|expects|believes|thinks|says|said|[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b"
)
# "…, but rather chose", "and explained": a second verb with no subject of its own, the cue's subject's next act
_SUBJECTLESS_VERB = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:rather|then|also|never|later|still|now|ultimately|[a-z]+ly)\s+)?"
    r"(?:did\s+not\s+|was\s+|were\s+)?(?:[a-z]{3,}ed|said|" + _IRREGULAR_PAST + r")(?=\s+[a-z])"
)  # with an object of its own: not "as superficial and unbalanced.", "Poindexter and fired NSC aide Oliver North"
# "Microsoft says it is clamping down", "Lufthansa, which": what follows a firm's name, never a person's
_ONE_WORD_FIRM = re.compile(
    r"([A-Z](?<!\w[A-Z])[\w&-]+)(?:,\s+which\s|\s+(?:\w+\s+)?(?:said|says|announced|added|reported|told(?:\s+[a-z]+){1,2})"
    r"\s+(?:that\s+)?its?\s)"
)
# "that alleged rug": a determiner before the cue word makes it an adjective
# (an owner's plural too: "complaints about officers' alleged behaviour")
_OWNER_OR_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|an|that|this|its|his|her|their)|\ws['’])\s+$", re.I)
# "continued to insist that": an act that goes on saying
_GOES_ON_SAYING = re.compile(
    r" to (?:say|insist|assert|claim|maintain|suggest|complain|defend|refute|tell|assure|speculate|recommend|argue|"
    r"deny|warn|believe|hope|urge|demand|stress|express|predict|call|press|expect|hold|take the view|contend|point out|"
    r"emphasi[sz]e|reiterate|push|question|voice|blame|accuse|think|doubt|fear|worry|criticize|criticise|report|"
    r"note|allege|promise|pledge|vow|signal|hint|indicate|declare|announce|acknowledge|admit|concede|explain|write)\b"
)
# "the source", "the insider": someone the article does not name (GUIDE), never a named person met before
_ANONYMOUS_HEADS = {"source", "insider", "informant"}
# "the trader", "the banker": the market's unnamed voices, a named last speaker only if introduced so
_MARKET_HEADS = {"banker", "trader", "dealer", "broker"}
# A word with an owner's possessive: "The Fed's (Open Market Committee)"
_OWNER_WORD = re.compile(r"[\w.&-]+['’]s?\s")
# "the spokesman", "the aide": one who speaks for another, never the person spoken for unless titled so
_PROXY_HEADS = {"spokesman", "spokeswoman", "spokesperson", "aide", "representative", "adviser", "advisor"}
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my", "some", "any"}
_OBJECT_CUES = {"told", "tells", "tell", "asked", "asks", "alerted", "informed", "assured", "reminded", "warned",
                "urged", "promised", "notified"}  # fmt: skip
# Cues that take a person, then "of" what they were put in mind of ("reminded experts of the gulf"; not "warned",
# whose "of" may stand in its clause: "warned part of the gain may be retraced")
_OF_CUES = frozenset(("reminded", "reminds"))
_OBJECT_OF_THING = re.compile(r"\s*(?:[\w'’-]+\s+){1,3}?of\s")
# "said (in a statement) that …": the clause starts after "that"
_AUX_ONLY = re.compile(r"\s*(?:has|have|had|also|has\s+also|had\s+also|earlier|later)\s*")
# A time or a cause opens no reported clause (not "after-tax profit")
_TIME_CLAUSE = re.compile(r"(?:when|while|after|before|since|until|once|because|although|though)\b(?!-)")
_PHRASAL = re.compile(r"(?:off|away)\b")
_THAT_WORD = re.compile(r"\bthat\b", re.I)
_THAT = re.compile(
    rf"\s*(?:,\s*)?(?:(?:early\s+|late\s+)?(?:on\s+)?(?:{WEEKDAYS}|today|yesterday|tonight|"
    r"earlier|later|then|again|recently|previously|repeatedly|publicly|privately|separately|here|however|though(?=\s*,|\s+that\b)|"
    # "has stated many times in the past that …"
    r"(?:many|several|numerous|countless|three|two)\s+times(?:\s+(?:in\s+the\s+past|before|since))?|"
    r"(?:last|this|next)\s+(?:week|month|year|night|weekend|morning|afternoon|evening)|"
    # "had said in January it hoped to …": when, then the clause
    rf"in\s+(?-i:{MONTHS})"
    r"(?:\s+\d{4})?(?![^,\"“]{0,50}?\sthat\s))"  # (not "told People in May of 2014 that": the longer reading)
    r"(?:\s+(?:morning|afternoon|evening|night))?"  # "Thursday morning"
    r"(?:\s+|\s*,\s+)(?=[a-z]|that\b)){0,2}"  # "said Saturday they had …", "said then that …", "said here today that …"
    # ("said in the filing with the Securities and Exchange Commission that …": a medium of up to 80 characters,
    # not a relative clause's "that" ("agreed to block access to an Internet site that allows …"))
    # nor a clause of its own before a "that" ("said in a statement it had received an assurance that …")
    r"(?:(?:in|on|at|during|after|before|via)\s+(?:(?!\b(?:is|was|are|were|has|have|had|did|does|do|will|would|it|"
    r"he|she|they|we|there)\b)[^,\"“]){0,80}?\s+that\s+(?!(?:is|was|are|were|has|have|had|will|"
    r"would|could|can|may|might|should|must|does|did)\b)|to\s+[^,\"“]{0,50}?\s+that\s+|that[:,]?\s+"
    # "said in a statement Japan would consider …": the medium, then the clause without "that"
    r"|(?:in|at)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|letter|report|"
    # ("said at a press conference, they not only would …": a comma after the medium, then any clause)
    r"briefing|conference|address|communique|message)(?:\s*,\s+(?=[a-z]+\s)|\s+(?!(?:"
    + WEEKDAYS
    + r"|today|yesterday)\b)(?=(?-i:[A-Z])|(?:it|he|she|they|we|there|the)\s)))?",
    re.I,
)
_CLAUSE_END = re.compile(r",\s+(?:adding|saying|noting|stressing|explaining|insisting|warning|arguing|urging)\b|;\s")
# "called the plan "a disaster" and said the sums did not add up": a second report begins. Searched on its own
# and opening with "and": as a third branch of _CLAUSE_END opening with ",?\s+" it made every space a place to
# try, and the search 3x slower.
_NEXT_REPORT = re.compile(
    r"and\s+(?:(?:has|have|had|also|later|then)\s+)?(?=(?:said|says|added|adds|told|tells|noted|notes|warned|warns|argued|argues|insisted|"
    # "said Friday that Peru does not meet … and demanded that …": the second report is another clause
    r"demanded|demands|urged|urges|accused|accuses|denied|denies|stressed|stresses|vowed|vows|pledged|pledges|"
    r"promised|promises|predicted|predicts|acknowledged|admitted|announced|complained|conceded|declared|"
    r"suggested|suggests|contended|contends|maintained|maintains)\b)"
)
# "Traders said CLAUSE, but the spokesman said …": another speaker's report ends the clause at its comma, as does
# the same speaker's next one (", but said he's become used to that")
_BUT_REPORT = re.compile(
    r",\s+(?:but|while|whereas)\s+(?!that\b)(?:[\w.'’-]+\s+){0,6}?(?:said|says|say|added|adds|told|tells|insisted|"
    r"insists?|argued|argues?|denied|denies|deny|replied|maintained|maintains?|countered|counters?|claimed|claims?)\b"
)  # not "…, but that the company had not told the union": the same report goes on
# "Moscow has denied such claims and Colonel General Ilya Panin, chief of …, said that …", "CLAUSE, and the White
# House said it …": a second main clause with its own subject and cue ends the first report before "and" (the
# words between must read as one subject, checked with subject_before: not "M-2 and M-3 aggregates which Kahan said")
_AND_REPORT = re.compile(
    r",?\s+and\s+(?=(?:the\s+|a\s+|an\s+)?[A-Z])(?:[\w.'’&-]+,?\s+){1,14}?(?:said|says|told|tells|added|adds|"
    r"reported|reports|announced|announces|stressed|noted|insisted|maintained|countered|replied|warned)\b"
)
# "the NTSB has added translators": a perfect with an object, no report
_PERFECT_OBJECT_CUE = re.compile(r"\b(?:has|have)\s+(?:added|reported|noted|announced)$")
_PRONOUN_WORDS = frozenset(("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"))
_RELATIVE_CUE = re.compile(r",\s*who\s+(?:also\s+)?$")  # non-restrictive: its closing comma bounds the report
_SENTENCE_END = re.compile(r"\s*[.!?]")
_ANONYMITY = re.compile(
    r"(?:not\s+to\s+be\s+(?:further\s+)?(?:identified|named)|(?:that\s+)?(?:his|her|their|he|she|they)\s+(?:names?\s+)?not\s+be)\b"
)
_OWNER_WORDS = frozenset({"his", "her", "their", "its", "our", "my", "your", "the"})
_AND_ONLY = re.compile(r"[\s,]*\b(?:and|but)\s+(?:also\s+)?")
_PARTY_END = re.compile(rf"(?:{AGE_OR_PARTY})?[\s.!?\"”']*")
_NAMED_TAIL = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*\s*,")
_WHO_TAIL_PARTICIPLES = ("speaking", "talking", "asking", "declining", "requesting")
_WHO_TAIL = re.compile(
    r"\s*(?:(?:a|an|one|another|the)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+,\s+(?:who|which)\s"
    # "CLAUSE, said two campaign officials who spoke on condition of anonymity": who they are is the whole tail
    r"|(?:(?:a|an|one|another|the|two|three|four|several|some|other)\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+"
    r"\s+who\s+(?:spoke|asked|requested|declined|insisted|demanded|did\s+not|would\s+not|were\s+not|was\s+not)\s"
    # "CLAUSE, said a Department of Foreign Affairs and Trade spokesman, speaking on condition of anonymity"
    r"|(?:a|an|one|another|the|two|three|four|several|some|other)\s+(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+,\s+"
    rf"(?:{'|'.join(_WHO_TAIL_PARTICIPLES)})\s+(?:on\s+(?:the\s+)?condition|not\s+to\s+be|to\s+be|anonymity)\b)"
)
_SAY_CUES = {"said", "says", "say"}


def _who_tail_words(text: str, lo: int, hi: int) -> bool:
    """Whether a word each branch of _WHO_TAIL needs stands in text[lo:hi]: its lazy word runs are slow to fail."""
    return (
        text.find("who", lo, hi) >= 0
        or text.find(", which ", lo, hi) >= 0
        or any(text.find(w, lo, hi) >= 0 for w in _WHO_TAIL_PARTICIPLES)
    )


# "CLAUSE, said a report jointly released Tuesday by UN agencies at a session on …": a document and who made it,
# the whole tail
_DOCUMENT_TAIL = re.compile(
    r"\s*((?:a|an|the)\s+(?:[\w'’.-]+\s+){0,3}?(?:report|study|survey|statement|communique|paper|document|poll|"
    r"analysis))\s+(?:[a-z]+ly\s+)?(?:released|issued|published|compiled|prepared|presented|produced|commissioned)\b"
)


# A tail that says where, when or to whom, not what: "CLAUSE, X told reporters before departing on a roadshow …",
# "…, X said in an interview broadcast on Sunday": the clause before the comma is what was said
_TIME_TAIL = re.compile(
    r"\s*(?:this|that|last|next|each|every|some|the same|the previous|the following)\s+(?:week|weekend|month|year|"
    r"morning|afternoon|evening|night|day|time|season|quarter|summer|winter|spring|autumn|fall|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_AUX_IN_TAIL = re.compile(r"\s(?:could|would|will|was|were|is|are|has|have|had|should|may|might|can|must)\s")
_ADJUNCT_TAIL = re.compile(
    r"\s*(?:(?:reporters|journalists|newsmen|lawmakers|parliament|(?:a|the) (?:news conference|press conference|"
    r"briefing|meeting|conference|rally|crowd|audience|newspaper|radio|television|hearing|session|seminar|forum|"
    r"symposium|gathering|summit))\s+)?"
    r"(?:before|after|while|during|following|upon|ahead of|at|in|on)\s"
)
# Cues whose object is what they put forward ("suggested a minimum of …", "predicted a rise in …")
_PROPOSING = ("suggest", "predict", "propos", "recommend", "urge", "demand", "expect", "forecast", "warn", "estimat")
# A verb that shows something, before a participle that qualifies a noun ("figures showed reported fraud")
_SHOWING_BEFORE = re.compile(
    r"\b(?:show|shows|showed|shown|find|finds|found|reveal|reveals|revealed|indicate|indicates|indicated|include|"
    r"includes|included)\s+$"
)
# What opens a clause of when or why after an object ("reported a drop … after it was hit"); not "before" or
# "until", which as often open a phrase
_SUBORDINATOR_WORD = re.compile(r"\b(?:after|when|because|since|while|although|though|once)\s")
# An object of two, then the cue's clause: "promised the United States (and the Palestinians that) he will …"
_OBJECT_THEN_THAT = re.compile(r"(?:and|or)\s+(?:[\w.'’-]+\s+){1,5}?that\s+(?=\w)")
# "(said) visiting Canadian Minister …", "(said) Ralph Goodale": a name or a title comes next
_CAPITAL_NEXT = re.compile(r"\s+(?:visiting\s+)?[A-Z]")
# After a name read after its cue: when or where it spoke, nothing of its own ("… Goodale today at a seminar …")
_WHEN_WHERE_WORD = re.compile(r" (?:at|in|on|during|before) ")
_WHEN_WHERE_NEXT = re.compile(rf"\s+(?:(?:{WEEKDAYS}|today|yesterday|tonight)\s+)?(?:at|in|on|during|before)\s")
# "the May 3 issue of the Science magazine": a publication by one of its issues
_ISSUE_OF = re.compile(r"(?:the|a|an)\s+(?:[\w.-]+\s+){0,3}?(?:issue|edition)\s+of\s+(.+)")
# "CLAUSE, the center said (early) Friday, two days after …": a day and a comma, then more of when
_DAY_TAIL = re.compile(
    rf"\s*(?:(?:early|late)\s+)?(?:{WEEKDAYS}|today|yesterday|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s+"
    # not the cue's own clause ("…, Kivelson said Wednesday, they found"), nor a verb ("…, announced Friday, would")
    r"(?!(?:adding|saying|noting|and|but|it|he|she|they|we|i|there|would|will|could|can|may|might|should|must|is|"
    r"was|are|were|has|have|had)\b)[a-z]"
)
# What ends an "X of the Y" title before a name: "Chancellor of the Exchequer Nigel Lawson"
# Last words of product names, which the capitalised-run reader would take for people
_PRODUCT_WORDS = {"Watch", "Phone", "iPhone", "iPad", "TV", "Mini", "Portable", "Edition", "Console", "Tablet",
                  "Kindle", "Galaxy", "Store", "Stores"}  # fmt: skip
_SURNAME_OF = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?([A-Z][\w'’-]+)\s+(?:of|at|from|with)\s+[A-Z]")
_INITIAL_WORD = re.compile(r" [A-Z]\. ")  # a middle initial between two names
_AND_BODY = re.compile(r" and (?:[A-Z][\w'’-]*\s+){0,4}([A-Z][\w'’-]*)")
# (words of one line, no sentence's stop or its opening "But" in them: "Two Britains. But Chief Secretary to the")
_TITLE_OF_THE = re.compile(
    r"(?<![\w.'’-])((?:(?!(?:But|And|Yet|So|Then)\b)[A-Z][\w'’-]*(?:\.[A-Z]\.?)? +)+(?:of|for|to) +the +)$"
)
_TITLE_TAILS = {"exchequer", "interior", "treasury", "currency", "navy", "army", "commons", "lords", "environment"}
_OBJECT_PREP = re.compile(r"(to|about(?!\s+\d)|for|of|with|from|by|into|over|than|against)\s")
_SAID_TO_BE = re.compile(r"to\s+(?:be|have)\b")
_TO_NOUN = re.compile(r"(?:a|an|the|his|her|their|its|our|my|this|that|these|those|[A-Z])\b")
# ", and the Carrolls have agreed": a clause joined to the one before, no clause a later cue reports
_COORDINATORS = ("and ", "but ", "or ", "yet ")
_ABOUT_START = re.compile(r"(?:about|over|for|of)\b")  # "worry about …": what a feeling is about
_PREP_START = re.compile(r"(?:to|about|for|of|in|on|at|with|from|by|into|over|than|and|or|but)\b")
COGNITION_CUE = re.compile(
    r"(?<![\w-])((?:expressed|voiced|reiterated)\s+(?:his|her|their|its|the)\s+(?:strong\s+|firm\s+)?"
    r"(?:hope|belief|concern|fear|confidence|view|conviction|expectation)(?=\s+that\b)|"
    + alternation(COGNITION_CUES)
    + r")\b"
)
_PRONOUN_GROUP = re.compile(r"(his|her|His|Her)\s+((?:[a-z-]+\s+)?(?:" + "|".join(sorted(GROUP_NOUNS)) + r"))")
# Verbs that name or phone rather than report: "called police and child protective services when …"
_NAMING_CUES = {"called", "calls", "branded", "dubbed", "labeled", "labelled", "likened"}
# "Officials are warning that …", "The Wall Street Journal is reporting that …": a participle after a form of "be"
# says what its subject says, as the finite verb would (the finite form below stands for it in every check)
_PROGRESSIVE = {
    "saying": "said", "telling": "told", "warning": "warned", "claiming": "claimed", "arguing": "argued",
    "insisting": "insisted", "predicting": "predicted", "suggesting": "suggested", "stressing": "stressed",
    "asserting": "asserted", "reporting": "reported", "explaining": "explained", "noting": "noted",
    "emphasizing": "emphasized", "emphasising": "emphasised", "admitting": "admitted", "acknowledging": "acknowledged",
    "announcing": "announced", "complaining": "complained", "alleging": "alleged",
    "maintaining": "maintained", "contending": "contended", "denying": "denied", "charging": "charged",
}  # fmt: skip
# "they never knew what Carter was saying to thugs", "What employers are saying is that": a free relative names
# what was said; it reports no clause
_WHAT_BEFORE = re.compile(r"\b(?i:what|whatever)\s+$")
# (only where no clause follows: "what he said were Labour's achievements", "what they believed Labour had achieved"
# report what was said of it)
_NO_CLAUSE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:to|in|on|at|about|for|with|from|of|during|over|after|before|when|while|and|but|or)\b)"
)


def _free_relative(text: str, lo: int, mention: Mention, cue_end: int) -> bool:
    """ "what Carter said to thugs": the subject opens a free relative and no clause follows its cue."""
    return (
        _WHAT_BEFORE.search(text, max(lo, mention.start - 10), mention.start) is not None
        and _NO_CLAUSE_AFTER.match(text, cue_end) is not None
    )


# "is", "are", "has been" … before a participle that then reports as its finite verb (_PROGRESSIVE)
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|['’]re)\s+(?:(?:also|now|still|already|increasingly|openly|publicly|privately|"
    r"repeatedly|widely|all)\s+)?$"
)
# What "said" takes that is no clause: "said a prayer", "said in an interview", "said Dan Glickman, chairman …"
# (not "said it envisages …": "it" and a present verb are a clause)
_SAID_OBJECT = re.compile(
    r"(?:nothing|something|anything|goodbye|hello|grace|mass|a\s+(?:prayer|word|few)|the\s+(?:rosary|words?|same|name)|"
    r"so|(?:it|this|that)(?!\s+[a-z]+[^s\W]s\b)|yes|no|thanks|thank|little|much|more|less|all|in|on|at|after|before|"
    r"during|for|to|with|by|from|"
    r"about|over|under|through|while|when|as|of)\b|(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w.'’-]*\s*,",
    re.I,
)
# A verb in the present tense or a negated one: "the government undertakes", "policies keep", "doesn't matter"
_PRESENT = re.compile(
    r"\b(?:(?!(?:his|this|is|was|has|as|us|its|yes|less|plus|thus|always|perhaps|across|unless|whereas|news|"
    r"various|previous|serious|famous|nervous|status|basis|crisis|analysis|focus|bonus|campus|census|virus|"
    r"business|ones|times|years|percent|others|series|means|sales|species)\b)[a-z]{2,}[^s\W]s|[a-z]+n[’']t)\b"
    r"|\b(?:he|she|they|we|I|you|it)\s+[a-z]{2,}\b"
)


# The name that ends a stretch of text: "… was set up by Jean-Noël Juttet", "… from Labor Secretary Thomas Perez"
_NAME_AT_END = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][\w.'’-]*\s+of\s+)?(?:[A-Z][a-z]{0,3}\.\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al-[\w'’-]+))*)\s*$"
)
# An apposition between a name and its relative clause: "…, a former French ambassador to Japan, who", "…, R-Idaho,
# who", "…, 45, who"
_APPOSITION_SEGMENT = re.compile(
    r"\s*(?:(?:a|an|the)\s+(?:[A-Z][\w.-]*\s+)*[a-z]|(?!(?:or|and)\s)[a-z]|[RDI]-[A-Z][\w.-]*\s*$|\d+\s*$)"
)
# (a noun phrase with one of these in it ran on past its head: "alarm among legal experts")
_PHRASE_PREPOSITIONS = frozenset("at in on for from with by to after before among between against over".split())


def _relative_antecedent(text: str, lo: int, comma: int) -> Mention | None:
    """Who a sentence-final ", who said CLAUSE." follows, read off the words before the comma alone: a name that
    ends them ("… by Labor Secretary Thomas Perez, who said …"), a name before an apposition ("… set up by
    Jean-Noël Juttet, a former French ambassador to Japan, who said"), or a noun phrase that is the whole
    segment ("according to U.S. defense officials, who said"); never the clause they close ("The plan angered
    farmers")."""
    prev = text.rfind(",", lo, comma)
    start = prev + 1 if prev >= lo else lo
    seg = text[start:comma]
    if prev >= lo and _APPOSITION_SEGMENT.match(seg) and not _VERBISH.search(seg):
        before = text.rfind(",", lo, prev)
        start, comma = (before + 1 if before >= lo else lo), prev
        seg = text[start:comma]
        appositive = True
    else:
        appositive = False
    cut = max(0, len(seg) - 160)  # a name is short: read only the segment's end (linear in a long run of capitals)
    if (end := _NAME_AT_END.search(seg, cut)) is not None:
        named = parse_np(end.group(1), start + end.start(1))
        if named is not None and (
            named.kind == "name"
            # a surname the article gave a person before ("… by Simpson, who said …"), not "inside Kobani"
            or (
                named.kind == "surname"
                and re.compile(rf"[A-Z][\w.'’-]*\s+{re.escape(named.name)}\b").search(
                    text, max(0, named.start - 4000), named.start
                )
                is not None  # (a bounded look back: many such clauses in one text stay linear)
            )
        ):
            return named
    if appositive:
        return None
    if (according := _ACCORDING.match(seg, len(seg) - len(seg.lstrip()))) is not None:
        start, seg = start + according.end(), seg[according.end() :]
    lead = len(seg) - len(seg.lstrip())
    np = parse_np(seg.strip(), start + lead)
    if (
        np is not None
        and np.kind == "descriptor"
        and np.text == seg.strip()
        and not _VERBISH.search(seg)
        and not any(w.endswith("ing") or w in _PHRASE_PREPOSITIONS for w in seg.lower().split()[1:])
    ):
        return np  # "…, according to a local official, who says that …"
    return None


def _appositive_speaker(text: str, lo: int, comma: int) -> tuple[Mention, int] | None:
    """The speaker set off by commas before a closing cue, and where the reported clause before it ends:
    "CLAUSE, Peter Frawley, said", "CLAUSE, Peter Frawley, 45, managing director of …, said" and "CLAUSE,
    managing director of …, Peter Frawley, said"."""
    cuts = [comma]
    while len(cuts) < 4:
        c = text.rfind(",", lo, cuts[-1])
        if c <= lo:
            break
        cuts.append(c)
    for i in range(len(cuts) - 1):  # the segments between commas, nearest the cue first
        a, b = cuts[i + 1] + 1, cuts[i]
        while a < b and text[a].isspace():
            a += 1
        seg = text[a:b].strip()
        named = parse_np(seg, a)
        # (a surname alone where a "who" clause follows it: "CLAUSE, Klebanov, who is also the chairman …, told")
        who_next = i > 0 and text[cuts[i] + 1 : cuts[i - 1]].strip().startswith("who ")
        if (
            named is not None
            and (named.kind == "name" or (named.kind == "surname" and who_next))
            and named.text == seg
            and seg[:1].isupper()
        ):
            titles = [text[cuts[k + 1] + 1 : cuts[k]].strip() for k in range(i)]
            # not a number (an age) nor a relative clause ("Britain, which holds the presidency of the EU, said")
            titles = [t for t in titles if not t.isdigit() and not t.startswith(_RELATIVE_WORDS)]
            end = cuts[i + 1]
            if i + 2 < len(cuts):
                before = text[cuts[i + 2] + 1 : cuts[i + 1]].strip()
                if _described(before) and any(w in ROLE_WORDS for w in before.lower().split()):
                    if not _VERBISH.search(before) and len(before.split()) <= 15:
                        titles.append(before)  # "CLAUSE, managing director of …, Peter Frawley, said"
                        end = cuts[i + 2]
            title = _APPOS_LEAD.sub("", titles[0]) if titles else None
            return Mention(named.kind, named.text, named.name, named.title or title, named.start, named.end), end
        if (
            i > 0
            and named is not None
            and named.kind == "descriptor"
            and named.text == seg
            and seg.split()[0].lower() in ("the", "a", "an", "one")
            and _speaking_descriptor(named)
        ):
            return named, cuts[i + 1]  # "CLAUSE, the official, who did not want to be named, told Reuters"
        if not (_described(seg) or seg.isdigit()):  # "who did not want to be named" is lower case: described
            return None
    return None


def _described(seg: str) -> bool:
    """A segment that describes someone: "managing director of …", "the group's leader", "who heads it"."""
    return bool(seg) and seg[0].islower()


def _is_belief(cue: str) -> bool:
    """Whether a report's cue is a one-word belief verb ("believes"), not a speech verb. The phrases of
    COGNITION_CUE ("expressed the hope") are not counted, so _nested_beliefs leaves them standing inside
    another report: an open inconsistency (issue 13 note), kept while the review changes no behaviour."""
    return cue in COGNITION_CUES


_CONTRAST_BEFORE = re.compile(r"(?:,\s*)?\b(?:while|whereas|but|although|though)\s+$")


def _nested_beliefs(text: str, out: list[Found]) -> list[Found]:
    """A belief inside another report is part of what was said ("Toyota, he said, expects its sales will …"),
    unless a contrast opens it: "Druckman suggested a minimum … while others believe more would be needed" is
    two reports, the first ending before "while"."""
    kept: list[Found] = []
    for f in out:
        outer = [g for g in out if g is not f and g.start <= f.cue_start < g.end]
        if not _is_belief(f.cue) or not outer:
            kept.append(f)
            continue
        m = f.mention
        contrast = m is not None and _CONTRAST_BEFORE.search(text, max(0, m.start - 12), m.start)
        if not contrast:
            continue
        for g in outer:
            g.end = _clause_end(text, g.start, contrast.start())
        kept.append(f)
    return [f for f in kept if f.end - f.start > 0]


def _can_believe(m: Mention) -> bool:
    """Whether a belief can be reported of this subject: a name, a body, he, she or they, or people described
    ("some economists", "U.S. intelligence officials"), not "a year ago" or "the financial markets"."""
    if m.kind == "pronoun":
        return m.name in ("he", "she", "they")
    if m.kind != "descriptor":
        # not "I think" read as a capital, nor "You'd think"
        return m.text.split()[-1].lower() not in ("i", "you'd", "you’d", "we'd", "one")
    first = m.text.split()[0]
    if first.endswith("ing") and first.islower() and first not in _ING_ADJECTIVES:
        return False  # "… and making students feel important": a gerund and its object, no one who believes
    head = _head_noun(m.text)
    return head in ROLE_WORDS or names_group(head) or (m.text[:4].lower() == "the " and a_people(head))


# -ing words that describe people rather than do something to them: "leading economists", "striking workers"
_ING_ADJECTIVES = frozenset(
    "leading visiting striking ruling remaining opposing governing reigning retiring outgoing incoming founding "
    "participating competing dissenting working consulting managing presiding acting sitting serving surviving "
    "existing rising aging ageing grieving struggling aspiring practising practicing suffering fighting "
    # and the trades they name: "banking sources", "housing activists", "shipping executives"
    "housing banking marketing trading shipping publishing broadcasting accounting engineering manufacturing mining "
    "farming lending polling fishing building planning training nursing teaching advertising clothing computing "
    "gaming insurance lobbying recording oil-producing".split()
)


# Verbs that are also nouns ("police reports", "his claims"): before the full stop only after one who speaks
_NUMBER_HEAD = re.compile(r"[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds|thousands")
_NOUN_VERBS = frozenset(("reports", "notes", "claims", "states", "comments", "remarks", "tweets", "posts"))
# Cues whose object is no content of theirs: "X accused Y of Z", "praised Y for Z" (the gold has no reported
# clause there; "described it as superficial" it has)
_BLAME_CUES = frozenset("praised accused denounced slammed blasted touted".split())
# Cues whose object is a person or thing judged: "…, praised negotiators from both parties" is no speaker after it
_JUDGING_CUES = _BLAME_CUES | frozenset("likened described dubbed labeled labelled branded".split())
# "…, suggests 24 fighters from Britain are dead": the words after the cue are the subject of a clause
_VERB_AFTER = re.compile(
    r"[^,.;:!?\"“”]*?\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did)\b"
)


_SUBORDINATOR = re.compile(r"\b(?:when|that|which|who|because|after|before|if|until|where|whom|whose)\b")


def _plain_speaker(m: Mention) -> bool:
    """A speaker read whole, no clause: not "officials had no intentions of locking up Trevor" read as 'Trevor'."""
    if m.kind in ("org", "surname"):
        # "sole manager Morgan Stanley and Co Inc", not "the existence of a bridge connecting the West Bank and Gaza"
        lead = m.text[: len(m.text) - len(m.name)].split()
        if not m.text.endswith(m.name) or len(lead) > 4 or any(w in ("of", "and", "its", "a") for w in lead):
            return False
    if m.kind == "descriptor" and not _speaking_descriptor(m):
        return False
    return m.kind != "pronoun" and _VERBISH.search(m.text) is None


def _speaking_descriptor(m: Mention) -> bool:
    """A descriptor that can be the speaker after a verb-first cue: people ("the minister", "aides") or a
    document ("the report"), not "CLAUSE, said the first" or "…, noted the decline"."""
    head = _head_noun(m.text)
    return head in ROLE_WORDS or head in _DOCUMENTS or head in _MEDIA_HEADS or head in KIN_WORDS or names_group(head)


# "…, part of an alliance agreed in 2000": a part of something is no speaker (nor is what follows it)
_PARTS = frozenset(("part", "parts", "portion", "piece", "fraction", "share", "slice"))
# What "the newspaper", "the magazine", "the agency" mean after a paper named by its kind (nouns.outlet_kind)
_MEDIA_KINDS = {"newspaper": "paper", "paper": "paper", "daily": "paper", "weekly": "paper", "tabloid": "paper",
                "magazine": "magazine", "agency": "agency", "radio": "station", "television": "station",
                "channel": "station", "station": "station"}  # fmt: skip
# "the news outlet reports", "the tech blog says": the press speaks as a body does
_MEDIA_HEADS = frozenset(
    ("outlet", "site", "website", "blog", "newspaper", "paper", "magazine", "daily", "weekly", "tabloid", "channel",
     "station", "broadcaster", "headline")
)  # fmt: skip


def _present_clause(text: str, lo: int, hi: int) -> bool:
    """A clause after a plain say-verb that _VERBISH misses: one with a present-tense verb, and not an object
    or a speaker after the verb (_SAID_OBJECT)."""
    return _SAID_OBJECT.match(text, lo, hi) is None and _PRESENT.search(text, lo, hi) is not None


# Words no object of "told" holds: pronouns, verbs, and the words that open a clause ("told people to seek
# shelter that way", "told him if that fund were …")
_NOT_OBJECT = (
    r"(?:it|he|she|they|we|i|you|there|was|is|were|are|would|will|had|has|have|could|should|may|might|must|not|no|"
    r"that|if|when|whether|to|as|because|while)\b"
)
# "… governments to take care": a bidding (not "told the newspaper it was depressing to return", "told BuzzFeed
# News that it wants to sell")
_BID_TO = re.compile(r"\s*((?:(?!" + _NOT_OBJECT + r")[a-z][\w'’-]*\s+){1,2})?(?:not\s+)?to\s+[a-z]+")
# (nor a preposition: "told the BBC at that time that" is "the BBC", then when)
_NOT_OBJECT_WORD = r"(?:" + _NOT_OBJECT + r"|(?:at|in|on|for|by|with|from|about)\b)"
_OBJECT_THAT = re.compile(
    # "told its major trade partners that", "told trade leaders from Japan, the EC and Canada that"
    # "told a Jewish group in Washington today that": a capitalised adjective, and when
    r"^\s*(?:it|you|(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:(?!"
    + _NOT_OBJECT_WORD
    # ("told the state RTR television that": a broadcaster's initials among the words)
    + r")(?:[a-z]+|[A-Z]{2,5}|(?:(?<=\ba )|(?<=\ban )|(?<=\bthe ))[A-Z][a-z]+)\s+){0,3}(?!"
    + _NOT_OBJECT_WORD
    + r")[a-z]+)"
    # "told the business weekly Wirtschaftswoche in an interview that": the paper's name after its noun, and how
    r"(?:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s+(?:in|during)\s+(?:a|an|the)\s))?"
    r"(?:\s+(?:for|of|from|at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:(?:\s+|,\s+(?:the\s+)?|\s+and\s+(?:the\s+)?)[A-Z][\w'’.-]*){0,6})?"
    # ("told reporters following a Senate hearing that")
    r"(?:\s+(?:in|during|at|after|following|before)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:interview|statement|letter|briefing|meeting|speech|hearing|session|conference|luncheon|dinner|breakfast|"
    r"message|address|broadcast))?"
    r"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+day|[A-Z][a-z]+day|(?:earlier|later)\s+(?:in\s+the|this|that)\s+"
    r"(?:week|month|year|day)|(?:last|this)\s+(?:week|month|year)))?"
    r"(?=\s+that\s)"
)
# "told BBC's Breakfast with Frost programme that", "told Sky News' Sunday programme that": a broadcaster's show
_OWNED_MEDIUM_THAT = re.compile(
    r"^\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:['’]s|s['’])(?:\s+(?:[A-Z][\w.'’-]*|with|on|of|and|the|at)){1,5}"
    r"\s+(?:programme|program|show|newspaper|website|magazine)(?=\s+that\s)"
)
# How the plural of a noun for people ends ("bankers", "analysts", "executives"): people told
_PEOPLE_ENDS = "ers|ors|ists|ysts|ians|ants|ents|ees|men|als|ives|omats|perts"
_OBJECT = re.compile(
    # "told bankers about …", "told investors the …": people in the plural, told
    r"^\s*(?:(?:him|her|them|us|me|"
    # ("told securities analysts …", "told foreign journalists …": one modifier before them)
    r"(?:(?!(?:the|a|an|his|her|its|their|that|this|these|those|why|whether|if|how|what|when|where|who|further|more|"
    r"other|some|many|all|both|most|against|about|of|for|to|with|on|in|at|by|from)\s)[a-z]+\s+"
    rf"(?=[a-z]+(?:{_PEOPLE_ENDS})\s))?"
    rf"[a-z]+(?:{_PEOPLE_ENDS}|ates)(?=[\s,])(?!\s+(?:and|or)\s)|"
    # "told companies they …" (not "told securities analysts CLAUSE": a plural noun goes on; nor "told stories")
    r"(?!(?:stories|lies|replies)\b)[a-z]+ies(?=[\s,])(?!\s+(?:and|or)\s)"
    r"(?!\s+(?!(?:this|his|its|was|has|does|thus|plus|us|as)\b)[a-z]+[a-rt-z]s\b)|"
    # "told police the boys said …", "told parliament the budget …": a body of people named by its collective noun
    # (not "told police officers": the noun goes on)
    r"(?:police|parliament|staff|congress|people|troops)(?=[\s,])(?!\s+(?:and|or|officers?|officials?|chiefs?|"
    r"members?|sources|investigators|commissioners?|department|spokes(?:wo)?m[ae]n|unions?|representatives)\b)|"
    # "told a Forex Association conference CLAUSE": an audience, capitalised words and its noun
    r"(?:the|a|an)\s+(?:[A-Z][\w'’.-]*\s+)(?:[\w'’.-]+\s+){0,3}(?:news\s+)?(?:conference|meeting|audience|forum|"
    r"seminar|symposium|"
    r"gathering|rally|convention|summit|session|briefing|(?:sub)?committee|panel|hearing|luncheon|lunch|dinner|"
    r"breakfast|crowd)\b|"
    # "told the Tokyo Shimbun that": a capitalised name after "the" goes on across its words (and a line break)
    # "told the Securities and Exchange Commission it …": "and", "of" inside the name; "asked the U.S. Food and
    # Drug Administration (FDA) to …", "told a House Ways and Means Trade Subcommittee hearing there was …"
    r"(?:the|a|an)\s+[A-Z][\w'’.-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’.-]*)*(?:\s+\([A-Z][A-Z.&-]+\))?"
    r"(?:\s+(?:hearing|meeting|conference|session|panel|audience|forum|seminar|symposium|luncheon|lunch|dinner|"
    r"breakfast|gathering|rally|convention|briefing)\b)?|"
    # "urged India and Pakistan to …": two named together
    r"(?:the|a|an|his|her|their|its|our|my)\s+(?:news\s+|press\s+)?\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)"
    # "told Interfax news agency that", "told the Itar-Tass news agency": the medium's common noun
    r"(?:\s+(?:news\s+agency|news\s+service|newspaper|agency|radio(?:\s+station)?|television(?:\s+station)?|daily|"
    r"weekly|magazine|website|web\s+site|programme|program|show|channel)"
    # "told US TV show 60 Minutes that": the show's own name after its noun, when "that" or a colon follows it
    r"(?:(?:\s+[A-Z0-9][\w'’.-]*)+(?=\s+that\b|\s*[,:]))?)?"
    r"(?:\s+(?:on|in|at)\s+\w+day)?\s*(?:,\s*)?)"
)


GEO_FIRST = {
    "South", "North", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "New", "San", "Santa",
    "Los", "Las", "St", "St.", "Saint", "United", "Great", "Upper", "Lower", "Hong", "Sri", "Saudi", "El", "Costa",
    "Puerto", "Rio", "Buenos", "Sierra", "Cape", "Mount", "Lake", "Port", "Fort", "Gulf", "Middle", "Far", "U.S.",
    "U.K.", "U.N.", "N.Z.", "E.U.", "D.C.", "L.A.", "N.Y.", "U.S", "U.K", "U.N",
}  # fmt: skip
_PLACE_PREPS = {"in", "to", "from", "at", "into", "across", "near", "toward", "towards", "outside", "inside", "visit"}


@dataclass(slots=True, eq=False)
class Entity:
    name: str
    title: str | None = None
    person: bool = True
    aliases: dict[str, None] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    quotes: int = 0
    first: int = -1
    merged_into: Entity | None = None
    gender: str | None = None  # "m" or "f" where the article says (Mr, Mrs, his wife …)
    nickname: str | None = None  # `Robert C. "Bobby" Scott`: shown in the name, which is read without it
    affiliation: str | None = None  # "republican utah" from "(R-Utah)": what "the Utah Republican" means
    written: str | None = None  # "Moody's Investors Service Inc": shown so, read without its "'s"


# "the 28-year-old", "the 41-year-old chart-topper", "the American", "the 22-year-old Russian": one person by age
# or nation, and what they are
_AGE_DESCRIPTOR = re.compile(r"the (?:\d{1,3}-year-old((?: [a-z][\w-]*){0,3})|(?:\d{1,3}-year-old )?([a-z]+))")
_FEMALE_ROLES = re.compile(
    r"\b(?:widow|wife|mother|daughter|sister|grandmother|aunt|niece|actress|waitress|queen|princess|duchess|"
    r"lady|girl|woman|(?:chair|spokes|congress|business|council|sales|police|anchor)woman)\b",
    re.I,
)
_MALE_ROLES = re.compile(
    r"\b(?:widower|husband|father|son|brother|grandfather|uncle|nephew|king|prince|duke|"
    r"boy|(?:congress|business|council|police|anchor)man)\b",
    re.I,
)


@lru_cache(maxsize=8192)
def _title_gender(title: str | None) -> str | None:
    """ "9/11 widow", "congresswoman": a role that says the person's sex, when the given name does not.

    Cached: asked for every name the article gives, and titles recur."""
    if not title:
        return None
    if _FEMALE_ROLES.search(title):
        return "f"
    return "m" if _MALE_ROLES.search(title) else None


def _other_sex(ent: Entity, role: str) -> bool:
    """Whether a role that says a sex ("businessman", "congresswoman") says the other one than the person's."""
    said = _title_gender(role)
    return said is not None and ent.gender is not None and ent.gender != said


_MODAL_BEFORE = re.compile(r"\b(?:may|might|could|can)\s+$")  # (not "he would expect": his own view)


_QUANTITY_NOUNS = frozenset("host number lot couple handful series range variety majority".split())


def _head_noun(descriptor: str) -> str:
    """ "a new book about the chancellor" -> "book": the noun before any of/about/by phrase."""
    words = descriptor.lower().split()
    for i, w in enumerate(words):
        if w in ("who", "whom", "whose", "that", "which") and i > 0:
            return words[i - 1]  # "bankers who attended the meeting with Gros": the noun the clause is about
        if w in ("close", "closest", "familiar", "near") and i > 0 and words[i + 1 : i + 2] in (["to"], ["with"]):
            return words[i - 1]  # "a source close to the government": the source
        if w == "of" and i > 0 and words[i - 1] in _QUANTITY_NOUNS and i + 1 < len(words):
            return _head_noun(" ".join(words[i + 1 :]))  # "a host of new songs", "a number of analysts": theirs
        if w in ("of", "about", "by", "on", "from", "in", "for", "with", "to") and i > 0:
            if (
                i > 1
                and words[i - 1].endswith(("ed", "ing"))
                and words[i - 1] not in ROLE_WORDS
                and words[i - 1] not in ING_NOUNS
            ):
                # "the officials quoted by Gertz", "a study released by …", "one pilot flying to Nantucket": before
                # the participle
                return words[i - 2]
            if (
                words[i - 1] in ORG_WORDS
                and words[i - 1] not in _DOCUMENTS  # not "the report of Massachusetts Chief …"
                and words[-1] in ROLE_WORDS
                and words[-1] not in ORG_WORDS | _ORG_NOUNS
                and not _plural(words[-1])  # a body's name ends so: "Union of Concerned Scientists"
            ):
                return words[-1]  # "a Ministry of Foreign Economic Relations and Trade official": the official
            return words[i - 1]
    return words[-1] if words else ""


def _head(descriptor: str) -> str:
    """The role a descriptor names: "the labour mp for birkenhead" -> "mp"; a person's before an of/for phrase,
    whatever its words are ("the chairman of the police federation" -> "chairman", not the body's "police")."""
    words = [w.strip(".,'’") for w in descriptor.lower().split()]
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    person = [w for w in words[:cut] if w in ROLE_WORDS and w not in ORG_WORDS | _ORG_NOUNS]
    if person and cut < len(words):
        return person[-1]  # a person's role before the of-phrase: not "the national association of … officers"
    roles = [w for w in words if w in ROLE_WORDS]
    return roles[-1] if roles else (words[-1] if words else "")


_HEAD_ENDS = frozenset(("of", "for", "at", "with", "from", "in", "on", "to"))


@lru_cache(maxsize=256)
def _headed_by(head: str) -> re.Pattern[str]:
    """A body's name whose head is `head`: its last word but a company's suffix ("Fuji Bank Ltd"), or the word
    before an of/on/for tail ("Commission on Presidential Debates")."""
    return re.compile(rf"\b{re.escape(head)}(?:(?:\s+(?:{_SUFFIXES}))*$|\s+(?:of|on|for|against|without)\s)")


# a body's name past its capitalised run: "… Association of Home Builders", "… Society for Prevention of Cruelty
# to Animals", "… Commission on Presidential Debates"; not "the Association on Monday"
_BODY_TAIL = re.compile(
    # (capitalised "Against", "Without" are a name's words: "Campaign Against Landmines", "… Without Borders")
    r" (?:of|for|on|Against|Without)(?: the)? ([A-Z][\w'’-]*)(?: (?:(?:and|&|of|for|to|on|the) )*[A-Z][\w'’-]*){0,6}"
)
_POSSESSIVE_END = re.compile(r"['’]s$")
# "Campaign Against Landmines", "Doctors Without Borders", "Campaign for Nuclear Disarmament": a body whose
# name ends in what it is for or against, not in a body's word
_LINKED_BODY = re.compile(r"[a-z] (?:Against|Without) [A-Z]|\bCampaign for [A-Z]")


def _name_tail(tail: str) -> str:
    """An of/for/on tail of a body's name up to a day or month ("the Ministry of Employment Tuesday"), without an
    owner's 's; "" when a day or month starts it ("the Association on Monday")."""
    words = tail.split()
    cut = next((k for k, w in enumerate(words) if k and w[0].isupper() and w.lower() in STOP_CAPS), len(words))
    while cut > 1 and not words[cut - 1][0].isupper():
        cut -= 1  # "… of Pediatrics on Monday": not "on" either
    if cut <= 1:
        return ""
    return _POSSESSIVE_END.sub("", " " + " ".join(words[:cut]))


_TAIL_START = re.compile(r" (?:of|for|on) ")


_NEXT_WORDS = re.compile(r" ((?:[a-z][\w-]* ){1,3})[A-Z]")


def _title_of_next(text: str, end: int) -> bool:
    """Whether the capitalised words ending at `end` open the title of a name that follows ("Double Olympic |
    champion Hicham El Guerrouj", "Lib Dem | home affairs spokesman Mark Oaten"): one to three lower-case words
    that end in a person's role, with no verb or function word among them ("Kevin Keegan | has praised striker
    Robbie Fowler", "Steven Hannes | of accounting firm Touche Ross" go on)."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    *lead, role = m.group(1).split()
    return (
        role in ROLE_WORDS
        and role not in ORG_WORDS | _ORG_NOUNS
        and not any(w in STOP_CAPS or _VERBISH.fullmatch(w) for w in lead)
    )


def _untailed(name: str) -> str:
    """A body's name before its of/for/on tail: "Board" is what kind of body "New Jersey Board of Public
    Utilities" is, and no company."""
    return _TAIL_START.split(name, maxsplit=1)[0]


def _body_head(name: str) -> str:
    """The lower-case word that says what kind of body a name is ("board" in "Board of Public Utilities")."""
    return _untailed(name).split()[-1].lower()


_OF_TAIL = re.compile(r" of(?: the)? [A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*){0,5}")
_SUFFIXES = r"inc\.?|ltd\.?|plc|corp\.?|co\.?|ag|sa|nv|n\.v\.|gmbh|spa|llc|lp|bv|pty|ltda|group|holdings"


@lru_cache(maxsize=256)
def _body_named(cap: str) -> re.Pattern[str]:
    """ "… Commission on Presidential Debates": capitalised words, the head, and an on/of/for tail of names."""
    # (a word takes a dot only as "U.S." or "St." does: "the end of June. Union leaders" names no "June. Union")
    # ("Bureau of the U.N. World Heritage Committee": initials in the tail too)
    word = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)"
    return re.compile(rf"((?:(?:(?:[A-Z]\.)+|St\.|[A-Z][\w'’&-]*)\s+)*){cap}\b"
                      rf"((?:\s+(?:on|of|for|Against|Without)\s+(?:the\s+)?"
                      rf"{word}(?:\s+(?:and\s+)?{word})*)?)")  # fmt: skip


# Roles that speak for someone above them, and the words for the one above
_UNDERLINGS = frozenset("spokesman spokeswoman spokesperson aide adviser advisor staffer assistant".split())
_LEADER_HEADS = frozenset("boss chief head leader".split())


# "a UNEP official", "an Alcan spokesman": the body a lead's unnamed role works for (one word)
_LEAD_BODY = re.compile(r"an? ([a-z][\w&.-]*) (?:official|spokesman|spokeswoman|spokesperson|executive)")


@lru_cache(maxsize=256)
def _appos_at(body: str) -> re.Pattern[str]:
    """ "Alex Alusa, program officer of UNEP atmosphere unit": a name, then a lower-case role at the body."""
    return re.compile(
        r"((?:[A-Z][\w'’-]*\s+){1,2}[A-Z][\w'’-]+),\s+(?:a\s+|the\s+)?[a-z][a-z -]{0,40}?\b(?:of|at|for|with)\s+"
        rf"(?:the\s+)?{re.escape(body)}\b"
    )


_PARTY_WORDS = re.compile(
    r"\b(?:Lib Dem|Liberal Democrat|Labour|Tory|Conservative|Democratic|Republican|GOP|[Ss]hadow)\b"
)


@lru_cache(maxsize=256)
def _role_named(head: str) -> re.Pattern[str]:
    """A role word used as a title before a name: "Judge Ruben Castillo", "Santorum spokesman Robert Traynham"."""
    role = re.escape(head)
    word = r"(?:(?:[A-Z]\.)+|[A-Z][\w'’-]*)"  # initials keep their dots; a name's last word ends no sentence
    return re.compile(rf"\b(?i:{role})\s+((?:{word}\s+){{0,2}}[A-Z][\w'’-]+)")


def _start(m: re.Match[str]) -> int:
    return m.start()


# heads of a descriptor that names a body, never a person ("the union", "the Hong Kong police")
_BODY_HEADS = _ORG_NOUNS | {"police", "army", "military", "administration", "team", "league", "alliance", "network",
                            "broadcaster", "exchange", "bourse", "court", "organisation", "organization"}  # fmt: skip


def _surely_person(ent: Entity) -> bool:
    """A person by more than the look of the name: a title, a sex the article gives, or a known given name (not
    "Krispy Kreme", which reads like a name and is the firm)."""
    titled = ent.title is not None and _head_noun(ent.title) not in _ORG_NOUNS  # not "Krispy Kreme, the firm"
    return ent.person and (titled or ent.gender is not None or ent.name.split()[0].lower() in GIVEN_NAMES)


def _unnamed(name: str) -> bool:
    """A speaker known by a description ("a source", "one diplomat", "the spokesman"), not by a name."""
    return name.split()[0].lower() in _DETERMINERS | {"one"} if name.strip() else False


# What a ministry is of: the last word of "Foreign Economic Relations", "Home Affairs", never of a person's name
_PORTFOLIOS = frozenset(
    "relations affairs trade energy industry development planning education defence defense finance commerce "
    "agriculture labour labor justice interior culture environment transport transportation security resources "
    "telecommunications tourism housing welfare fisheries forestry mines mining petroleum".split()
)
_OWNER_THEN_WORD = re.compile(r"['’]s\s+([A-Z][\w'’-]*)$")
_FIRM_NEXT = frozenset(
    "international corp corporation inc co company group holdings securities ltd plc bank industries capital "
    "financial trust brothers bros investment investments resources energy petroleum forest life machine".split()
)
_AND_CAPITAL = re.compile(r" and [A-Z]")
_LINK_WORDS = frozenset(("for", "of", "at", "the", "with", "from"))


def _same_kind(definite: str, introduced: str) -> bool:
    """Whether "the Smith Barney spokeswoman" may be the one introduced as "Smith Barney's spokeswoman": every word
    the definite one adds to its role is in the other."""
    words = {w.strip(".,").removesuffix("'s").removesuffix("’s") for w in introduced.lower().split()}
    head = _head_noun(definite)
    # ("the spokesman for the CME" is "a CME spokesman": the linking words add nothing)
    return all(w.strip(".,") in words for w in definite.lower().split()[1:] if w != head and w not in _LINK_WORDS)


def _surname_of(name: str) -> str:
    """The last name, past a generation ("J.T. Battenberg III" is Battenberg)."""
    toks = name.split()
    while len(toks) > 2 and toks[-1].rstrip(",.") in GENERATIONS:
        toks.pop()
    return toks[-1] if toks else ""


def _position(mention: tuple[int, Entity]) -> int:
    return mention[0]


# Days and months: one alone names no body ("May" is left out: Theresa May, May Department Stores)
_LONE_TIME_NAMES = DAYS_AND_MONTHS - {"May"}

# A sentence's end inside a phrase ("I was a Muslim. He"), not an abbreviation's stop ("Co. Goldman")
_WORD_THEN_STOP = re.compile(r"(\w\w+)\. [A-Z]")


# Qualifiers that change what a title says of someone now ("former", "acting"): kept before a run's own title
_PAST_OR_PASSING = frozenset(("former", "acting", "interim", "outgoing", "incoming"))


def _clause_alias(text: str) -> bool:
    """Whether a name's mention as written is a clause ("Carragher would start Eriksson (replied)", "This argument
    was rejected by Mr Blair (, who said)") or runs over a sentence's end: read for the name at its end, it is no
    name of theirs the reader should see."""
    return any(w in FINITE_WORDS or w in SAYING_WORDS for w in text.split()) or any(
        m.group(1).lower() not in ABBREVIATIONS and not m.group(1).isupper() for m in _WORD_THEN_STOP.finditer(text)
    )


class Resolver:
    """Turns mentions into entities with the fullest name the article gives."""

    def __init__(
        self,
        text: str,
        sentence_starts: list[int] | None = None,
        quotes: list[Span] | None = None,
        nicknames: dict[int, str] | None = None,
        hits: dict[str, list[int]] | None = None,
    ) -> None:
        self.text = text
        self.hits = _WORDS.scan(text) if hits is None else hits  # where the listed words stand
        self.nicknames = nicknames or {}  # where a blanked nickname stood -> the nickname
        self.sentence_starts = sentence_starts or [0]
        # An unclosed quotation is mostly an excerpt quoted whole ("McCrummen reports: "…"): the people named
        # in it are the narrative's, so it does not hide them.
        # A run-together `"A. "B."` leaves A unclosed too, and hides as a closed one: only a quotation that runs
        # on to the paragraph's end is an excerpt.
        closed = [
            q for q in quotes or [] if q.close >= 0 or text[q.end : q.end + 4].lstrip(" .,")[:1] not in ("", "\n")
        ]
        self.quote_starts = [q.start for q in closed]
        self.quote_ends = [q.end for q in closed]
        self.entities: dict[str, Entity] = {}
        self.people: list[tuple[int, Entity]] = []  # (position, entity) of full-name mentions, in order
        self._first_named: dict[int, int] | None = None  # id(entity) -> where self.people first names it
        self._name_parts: dict[str, list[tuple[int, Entity]]] | None = None  # see _by_name_part
        self._fuller: dict[str, list[tuple[int, str]]] | None = None  # see _fuller_body
        self._bodies: dict[str, list[re.Match[str]]] | None = None  # see _named_body
        self._org_starts: list[int] | None = None  # where each of self.orgs stands, for bisect
        self._org_names: set[str] | None = None  # see _is_body
        self._firm_marks: list[tuple[int, str]] | None = None  # see _one_word_firm
        self._org_words: dict[str, tuple[list[int], list[str]]] | None = None  # see _org_short
        self._word_alone: dict[str, int] = {}  # where a one-word name first stands alone (see _org_short)
        self._proper: dict[str, bool] = {}  # see _proper_word
        self._families: dict[str, bool] = {}  # whether the article writes a family's plural (see _pair_subject)
        self._spoken_words: set[str] | None = None  # see _spoken_for
        self.step = ""  # the resolver step that decided the last resolve()
        self._surnames: dict[str, dict[int, tuple[Entity, list[int]]]] = {}  # see _by_surname
        # a surname less one letter -> the surnames (see _misspelt), made on its first use: most articles need none
        self._one_less: dict[str, set[str]] | None = None
        self.groups: dict[tuple[str, str], Entity] = {}  # see _group_key
        self.described: dict[str, Entity] = {}  # descriptors as named, by their lower-case text
        self.by_head: dict[str, Entity] = {}  # the group last named with each plural head ("lawyers")
        self.by_role: dict[str, Entity] = {}  # the unnamed person last quoted with each role ("a spokesman for …")
        self.last_speaker: Entity | None = None
        self.last_body: Entity | None = None  # the body by its own name that spoke last ("UK Coal")
        self.last_body_pos = -1  # where it last spoke
        self.last_it: Entity | None = None  # the last speaker that is no person and no people ("the document")
        self.last_pos = -1  # where the last speaker was last quoted
        self.said_at: dict[int, Entity] = {}  # who spoke, by where their cue stands
        self.last_clause = (-1, -1)  # what they reported last, when it was reported speech
        self.nested = False  # resolving a report inside another one's (see Found.nested)
        self._without_initial: dict[str, Entity] = {}  # "Loretta Lynch" -> the entity "Loretta E. Lynch"
        self._body_words: dict[str, Entity] = {}  # "Philips" -> the body "N.V. Philips Gloeilampenfabrieken"
        self._firm_prefixes: dict[str, Entity] = {}  # "Pacific Western" -> "Pacific Western Airlines Corp"
        self.acronyms = self._acronyms()
        self._acronym_bodies: set[str] = set()  # "Organization for … Development", named by its acronym (see _scan)
        self._acronym_at: set[int] = set()  # where a body is named by its acronym alone
        self._outlets: list[tuple[int, str, str]] = []  # (position, kind, name): "the newspaper Granma"
        self.orgs: list[tuple[int, str]] = []  # (position, name) of organisations named, in order
        self._written: dict[str, str] = {}  # a firm's name as written with its own "'s", by the name kept
        # "The book, Brown's Britain, said": works that speak, by their head noun.
        self.works = {m.group(1).lower(): m.group(2) for m in _WORK_TITLE.finditer(text)} if self.hits["work"] else {}
        self._scan()

    def _scan(self) -> None:
        """Register every full name with the title standing before it or in apposition after it."""
        text = self.text
        headlines = headline_spans(text)
        for m in (_NAME_RUN if "al-" in text else _CAPS_RUN).finditer(text):
            lo = m.start()
            if headlines and any(a <= lo < b for a, b in headlines):
                continue  # "Hit Piece Exploits Trump Supporter Who Was …": capitals say nothing in a headline
            run_text = m.group()
            run_text = without_day(run_text)  # "Home Secretary Jack Straw Tuesday promised": a day, no name
            lead = _LEAD_STOPS.match(run_text) if run_text.split(" ", 1)[0].lower() in STOP_CAPS else None
            if lead:
                lo += lead.end()
                run_text = run_text[lead.end() :]
                if " " not in run_text:
                    continue
            # Title words just before the run belong to it: "UN Under-Secretary-General for Peace Operations
            # Jean-Pierre Lacroix", "chief executive Richard Parsons".
            j = text.rfind(" ", max(0, lo - 40), lo - 1)
            prev_tok = text[j + 1 : lo - 1] if lo > 0 and text[lo - 1] == " " else ""
            keep: list[str] = []
            # Most runs follow an ordinary word: look further back only when a title may stand there.
            maybe_title = (
                bool(prev_tok)
                and prev_tok[-1] not in ',.;:!?"”)'
                and (prev_tok[0].isupper() or prev_tok.lower() in ROLE_WORDS or prev_tok in ("for", "of", "and", "on"))
            )
            toks = text[max(0, lo - 90) : lo].split() if maybe_title else ([prev_tok] if prev_tok else [])
            if (
                not maybe_title
                and prev_tok in _PAST_OR_PASSING
                and any(w.lower() in ROLE_WORDS for w in run_text.split()[:-1])
            ):
                # "former Costa Rica President Don Rodrigo Carazo": the run opens on the title, the qualifier is
                # its first word (only that word: not "Count former Mexican President")
                maybe_title, toks = True, [prev_tok]
            for tok in reversed(toks if maybe_title else []):
                low = tok.lower()
                if (tok[-1:] in ',.;:!?"”)' and not _DOTTED.fullmatch(tok)) or (tok[0].isupper() and low in STOP_CAPS):
                    break  # (not "U.S.": "former U.S. president Jimmy Carter")
                if not (tok[0].isupper() or low in ROLE_WORDS or low in ("for", "of", "and", "on")):
                    if low in TITLE_QUALIFIERS:
                        keep.append(tok)  # "former U.S. president": the qualifier opens the title
                        at = len(toks) - len(keep) - 1
                        party = toks[at] if at >= 0 else ""
                        if party[:1].isupper() and party[-1:].isalpha() and party.lower() not in STOP_CAPS:
                            keep.append(party)  # "Tory shadow chancellor": a party before it
                            if legal_suffix(party):
                                # "Industrial Bank of Japan Ltd senior economist": the firm's whole name
                                for more in reversed(toks[max(0, at - 6) : at]):
                                    if not (more[:1].isupper() or more in ("of", "and", "&")) or more[-1:] in ",.;:":
                                        break
                                    keep.append(more)
                                while keep and keep[-1] in ("of", "and", "&"):
                                    keep.pop()
                    break
                keep.append(tok)
                if len(keep) >= 8:
                    break
            keep.reverse()
            while keep and keep[0].lower() in ("for", "of", "and", "on"):
                keep.pop(0)
            extra = " ".join(keep) + " " if keep else ""
            mention = parse_np(extra + run_text, lo - len(extra))
            if mention is not None and mention.kind != "name" and any(_DOTTED.fullmatch(k) for k in keep):
                # "U.S. Immigration and Naturalization Service": a body is read as before, from after the country
                keep = keep[max(i for i, k in enumerate(keep) if _DOTTED.fullmatch(k)) + 1 :]
                extra = " ".join(keep) + " " if keep else ""
                mention = parse_np(extra + run_text, lo - len(extra))
            # "the Mexico City newspaper Reforma": a paper named by its kind
            outlet = outlet_kind(mention.text) if mention is not None and mention.kind == "org" else None
            if (
                mention is not None
                and mention.kind == "org"
                and (
                    (last := mention.name.split()[-1].lower()) in ORG_WORDS
                    or last in BODY_LAST_WORDS
                    or _LINKED_BODY.search(mention.name) is not None
                    or outlet is not None
                )
            ):
                if outlet is not None:
                    self._outlets.append(
                        (mention.start, outlet, _POSSESSIVE_END.sub("", LEAD_ARTICLE.sub("", mention.name)))
                    )
                # "the National Association of Home Builders": the capitalised run stops at "of", the body's
                # name does not ("the group argues" is not a "National Association")
                tail = _BODY_TAIL.match(text, m.end()) if mention.name.endswith(run_text) else None
                tail_text = _name_tail(tail.group(0)) if tail is not None else ""
                name = mention.name + tail_text
                if name not in _PLACES_LIKE_BODIES:  # "in the West Bank": a place, whatever its last word
                    name = LEAD_ARTICLE.sub("", name)
                    self.orgs.append((mention.start, name))
                    written = LEAD_ARTICLE.sub("", mention.text)
                    if _written_firm(written, name):
                        self._written[name] = written  # "Standard and Poor's Corp"
            if (
                mention is not None
                and mention.kind == "surname"
                and mention.title
                and mention.text[: len(mention.text) - len(mention.name)].rstrip().endswith(("'s", "’s"))
                and (bearer := self._by_surname(mention.name, mention.start)) is not None
            ):
                # "Some users such as Germany's Minzlaff avoid …. "…," he says": Moritz Minzlaff, named again
                self._add_person(mention.start, bearer)  # (where the owner starts: no one's attribute)
                continue
            if mention is None or mention.kind != "name":
                continue
            if (
                mention.title
                and mention.text[: len(mention.text) - len(mention.name)].rstrip().endswith(("'s", "’s"))
                and mention.name.split()[-1] in _PLACE_HEADS
                and (noun := _OWNED_NEXT.match(text, m.end())) is not None
                and noun.group(1) not in _NAME_GOES_ON
                and not CUE.match(text, noun.start(1))
            ):
                continue  # "Microsoft's Silicon Valley campus": the owner's place or thing, a word before a noun
            if not mention.title and lead is not None and lead.group().strip().lower() in ("a", "an", "the"):
                continue  # "A Different Story will screen", "The Corsicana Daily Sun": a work or a body, no one
            if not mention.title and _title_of_next(text, m.end()):
                continue  # "Double Olympic champion Hicham El Guerrouj": the words open the next name's title
            if (
                (prev_tok in ("of", "for") or _AND_CAPITAL.match(text, m.end()))  # "British Trade and Industry …"
                and mention.name.split()[-1].lower() in _PORTFOLIOS
                and mention.name.split()[0].lower() not in GIVEN_NAMES
            ):
                continue  # "vice minister of Foreign Economic Relations and Trade": a ministry's words, no one
            if (
                (body_and := _AND_BODY.match(text, m.end())) is not None
                and body_and.group(1).lower() in ORG_WORDS
                and mention.name.split()[0].lower() not in GIVEN_NAMES
            ):
                # "Director of U.S. National Oceanic and Atmospheric Administration", "Eli Lilly and Co": a body's
                # words, and the body ("Lilly said" is the firm)
                if text[max(0, mention.start - 12) : mention.start].rstrip()[-1:] in ("", ".", "-", ":", '"', "”", "<"):
                    # as a sentence's subject only (not "analyst Jack Smith of Smith Barney, Harris Upham and Co",
                    # "its auditors, Arthur Andersen and Co": where someone works, or whom a firm hired, is no
                    # company "the company" could mean)
                    self.orgs.append((mention.start, LEAD_ARTICLE.sub("", text[mention.start : body_and.end()])))
                continue
            if mention.title and mention.text.endswith(" " + mention.title) and text[max(0, lo - 4) : lo] in _THE:
                continue  # "The Glasgow Kelvin MP": the member for a seat, a role, not a person named
            parts = mention.name.split()
            if (
                len(parts) == 3
                and parts[0].lower() not in GIVEN_NAMES
                and parts[0] not in GEO_FIRST
                and (parts[1].lower() in GIVEN_NAMES or parts[0].lower() in _TITLE_TAILS)
                and (head := _TITLE_OF_THE.search(text, max(0, lo - 60), lo)) is not None
            ):
                # "Chancellor of the Exchequer Nigel Lawson", "Secretary of the Interior Bruce Babbitt": the word
                # after "of the" ends the title, the name is what follows
                cut = mention.text.rfind(parts[1])
                title = (head.group(1) + mention.text[:cut]).strip()
                mention = Mention("name", mention.text, " ".join(parts[1:]), title, mention.start, mention.end)
            prev_word = toks[-1].lower() if toks else ""
            first = mention.name.split()[0]
            known_given = first.lower() in GIVEN_NAMES
            work = _WORK_BEFORE.search(text, max(0, mention.start - 30), mention.start) if not known_given else None
            if work is not None and (work.group().rstrip()[-1] not in ",:" or not _CLAUSE_GOES_ON.match(text, m.end())):
                # "her 2003 book, Living History,", "entitled My Patients Were Presidents": a title; not "at the
                # Geneva motor show, Helmut Panke predicted", where the name is the subject of what follows
                continue
            if first in GEO_FIRST or (not mention.title and prev_word in _PLACE_PREPS and not known_given):
                continue  # "South Sudan", "in New Delhi": places, not people
            if not known_given and any(w in _PRODUCT_WORDS for w in mention.name.split()[1:]):
                continue  # "Apple Watch", "Apple Watch Sport", "Sony PlayStation Portable": products, not people
            title = mention.title
            # Apposition after the name: "Jane Doe, chief economist at X,"
            ap = _APPOS_AFTER.match(text, m.end(), m.end() + 200) if text.startswith(",", m.end()) else None
            if ap and (
                _not_apposition(ap.group(1))
                or (ap.group(1).startswith("who ") and not ap.group(1).startswith("who is"))
                or ap.group(1).startswith(_RELATIVE_WORDS)  # "Britain, which holds the presidency …"
                or ap.group(1).startswith(("for a ", "for an "))  # "John Walsh, for a segment that will be …"
                # "Murillo Karam, speaking at a news conference Tuesday", "Saja al-Dulaimi, citing a security
                # official": what they were doing, how the report was made, no title
                or ap.group(1).split()[0] in _REPORTING_PARTICIPLES
                or _verb_led(ap.group(1))
            ):
                ap = None  # ", has hit out at …": the sentence goes on, no apposition
            if not title and ap:
                title = _TITLE_TAIL.sub("", _APPOS_LEAD.sub("", ap.group(1))).strip() or None
                if title is not None and CUE.search(title):
                    # (a name after a preposition is no subject, its comma lost or not: "the death sentence on
                    # Salman Rushdie, a high-ranking official at presidential office said": the official said it)
                    lost = _TITLE_THEN_CUE.match(title) if prev_tok.lower() not in _OBJECT_PREPS else None
                    title = lost.group(1) if lost else None  # not ", the agency said": a clause, no title
                if (
                    title is not None
                    and text.startswith(",", ap.end() - 1)
                    and _BODY_AT_END.search(title) is not None
                    and (listed := _NAMES_LISTED.match(text, ap.end())) is not None
                ):
                    # "an analyst with Smith Barney, Harris Upham and Co,", "a special agent with the Bureau of
                    # Alcohol, Tobacco and Firearms": a body's name that lists names ends the title, not its comma
                    title = f"{title}, {listed.group(1)}"
                if title is not None:
                    title = " ".join(_TICKER.sub("", title).split())  # "Exxon Corp <XON> Director": Reuters' tag
            if not title and text[lo - 2 : lo] == ", ":
                # "The Secretary of State for Culture, Media and Sport, Tessa Jowell, has …"
                before = _TITLE_BEFORE.search(text[max(0, lo - 120) : lo])
                words = before.group(1).split() if before is not None else []
                # "The head of UN peacekeeping", "The committee's ranking Democrat": a lower-case phrase is a
                # title when a person's role or an owner opens it ("The meeting will be held at …", "The company
                # said, …" are clauses)
                opens = len(words) > 1 and (
                    words[1][0].isupper()
                    or (words[1] in ROLE_WORDS and words[1] not in _NO_PERSON_ROLES)
                    or words[1].endswith(("'s", "’s"))
                )
                if before is not None and opens and any(w.lower().strip(",") in ROLE_WORDS for w in words):
                    title = before.group(1)[4:].strip()
            ent = self._entity(mention.name, person=True)
            if title and not ent.title and len(title.split()) <= 14 and not _only_place(title):
                ent.title = title  # (not "Britain" of "Britain's Kelly Sotherton": where someone is from, no role)
            if ent.affiliation is None and (tag := _AFFILIATION.match(text, mention.end)) is not None:
                state = STATE_NAMES.get(tag.group(2).lower())
                if state is not None:
                    ent.affiliation = f"{PARTY_LETTERS[tag.group(1).lower()]} {state}"
            if ent.gender is None:
                given = mention.name.split()[0].lower()
                # A role that says the sex ("9/11 widow Terry Strada") outweighs what the given name suggests.
                ent.gender = _title_gender(title or mention.text[: len(mention.text) - len(mention.name)])
                if ent.gender is None:
                    ent.gender = _sex_by_given(given)
            self._add_person(mention.start, ent)
            if self.nicknames and ent.nickname is None:
                ent.nickname = next((n for p, n in self.nicknames.items() if mention.start < p < m.end()), None)
        if self.nicknames:
            self._merge_nicknames()
        # "President Obama", "Mr. Clarke", "Sen. Warren": people the article names by one word.
        full = {_surname_of(e.name): e for _, e in self.people}
        for m in matches(_HONORIFIC_NAME, text, self.hits["honorific"]):  # no word-start check: 5x faster
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’"):
                continue
            word = m.group(2)
            if word.endswith(("'s", "’s")) and len(word) > 3:
                word = word[:-2]  # "Ms. Winfrey's introduction": Winfrey, whose introduction it is
            if word.lower() in STOP_CAPS or word.lower() in ROLE_WORDS:
                continue
            ent = full.get(word) or self._entity(word, person=True)
            g = HONORIFIC_GENDER.get(m.group(1).lower().rstrip("."))
            if g and ent.gender is None and sum(1 for e in full.values() if _surname_of(e.name) == word) <= 1:
                ent.gender = g
            if not ent.title and len(ent.name.split()) == 1 and m.group(1).lower().rstrip(".") not in PLAIN_HONORIFICS:
                # ("Indonesian Mines and Energy Minister Subroto": the capitalised words of the post before it)
                ent.title = " ".join([*_post_words(text, m.start()), m.group(1).rstrip(".")])
            self._add_person(m.start(2), ent)
        self._given_mentions: list[tuple[int, Entity]] = []
        self._bare_holder: dict[int, Entity] = {}  # a shared surname alone, where the story turned to another
        self._given_names()
        # "the Mexico City newspaper Reforma": what "the newspaper", or an "it" after it, means
        self._outlets.extend(outlets_in(text))
        self._outlets.sort()
        self._kin()
        firms = {
            " ".join(w[:k])
            for _, n in self.orgs
            if len(w := n.split()) >= 3 and all(x[:1].isupper() for x in w)  # one run of capitals, no "X of Y"
            for k in range(2, len(w))
            if w[k].lower().strip(".,") in _FIRM_NEXT  # a firm's word follows, not "Cesar Millan Foundation"
        }
        if firms:
            # "Goldman Sachs" after "Goldman Sachs International Corp": the start of a body's name, which a "he"
            # or "the newspaper" never means; not "Peter Smith" where a "Peter Smith Associates" is named too
            firm_words = {
                e.name
                for _, e in self.people
                if e.name in firms and e.name.split()[0].lower() not in GIVEN_NAMES and e.title is None
            }
            if firm_words:
                self.people = [(p, e) for p, e in self.people if e.name not in firm_words]
                for name in firm_words:
                    self.entities[name].person = False
        body_acronyms = {a for a, full in self.acronyms.items() if any(w.lower() in ORG_WORDS for w in full.split())}
        if body_acronyms:
            # "The OECD, which groups 29 nations, gave credit …. It said": a body named by its acronym is named
            # there, for an "it" or "the group" as for its full name (one pass over the capitals)
            named_at = {p for p, _ in self.orgs}
            found = [
                (a.start(), self.acronyms[a.group()])
                for a in _ACRONYM_WORD.finditer(text)
                if a.group() in body_acronyms and a.start() not in named_at
            ]
            self._acronym_at = {p for p, _ in found}
            self.orgs.extend(found)
            self.orgs.sort(key=lambda org: org[0])
            # a name the scan itself would not take for a body's (no body's word ends it): never what "the
            # company" or "the group" means, nor a subject unless it opens its sentence
            self._acronym_bodies = {
                self.acronyms[a] for a in body_acronyms if _body_head(self.acronyms[a]) not in ORG_WORDS
            }
        self.people.sort(key=_position)
        by_pos = dict(self.people)
        for m in _SPOUSE.finditer(text):
            spouse = by_pos.get(m.end())
            if spouse is not None and spouse.gender is None:
                spouse.gender = "f" if m.group(1).lower() in ("wife", "daughter", "mother", "sister") else "m"
        # Surname mentions ("Lacroix", "Mr Opik", "Conti's") count as mentions of the full name.
        self.person_mentions: list[tuple[int, Entity]] = list(self.people)
        # Two people of one surname: a bare one is the first named, until another is named in full as a sentence's
        # subject while the first was never called by the surname alone ("Libertarian candidate Gary Johnson’s
        # doctor …. Homeland Security Secretary Jeh Johnson says …. Johnson said": Jeh; but "Clinton" stays
        # Hillary after "Bill Clinton, who …" once the story has called her "Clinton")
        surnames: dict[str, list[tuple[int, Entity]]] = {}
        for p, ent in self.people:
            toks = ent.name.split()
            if len(toks) > 1 and ent.name[0].isupper():  # "my father" has no surname "father"
                surnames.setdefault(_surname_of(ent.name), []).append((p, ent))
        if surnames:
            starts = [p for p, _ in self.people]
            ends = [p + len(e.name) + 1 for p, e in self.people]
            for surname, holders in surnames.items():
                bare: list[int] = []
                i = text.find(surname)
                while i >= 0:
                    j = i + len(surname)
                    whole = (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-")) and (
                        j >= len(text) or not (text[j].isalnum() or text[j] == "-")
                    )
                    if whole:
                        k = bisect.bisect_right(starts, i) - 1
                        if (k < 0 or i >= ends[k]) and not self._attributive(j, starts, k + 1):
                            bare.append(i)
                    i = text.find(surname, j)
                if holders[-1][1] is not holders[0][1]:
                    holders = self._surname_holders(holders, bare, len(surname))
                else:
                    holders = holders[:1]
                for i in bare:
                    holder = holders[0][1]
                    if len(holders) > 1:
                        holder = holders[max(0, bisect.bisect_right(holders, i, key=_position) - 1)][1]
                        self._bare_holder[i] = holder
                    self.person_mentions.append((i, holder))
        self.person_mentions.extend(self._given_mentions)
        self.person_mentions.sort(key=_position)
        self._sex_from_text()
        self.later_mentions: list[tuple[int, Entity]] = []  # see _add_person_mention

    def _sex_from_text(self) -> None:
        """What the text says of a person's sex outweighs what the given name usually says: "Simone Liverani found
        himself", "Mayner grew up …, but she believes", "Reza Gul … said she rushed", "Noel Canfield …. She used
        to". Only a mention that is its sentence's subject votes (it opens the sentence or its main clause, no
        other person named before it), by the first he/she/himself/herself after it that stands where its
        subject's pronoun does (after a reporting verb, a conjunction, "that"; reflexive), or opens the next
        sentence; none inside a quotation (someone else's). A name whose sex came from the lexicon takes the
        majority of its votes against it."""
        text = self.text
        mentions = self.person_mentions
        starts = self.sentence_starts
        votes: dict[int, list[int]] = {}
        people = {id(ent): ent for _, ent in self.people}
        named = [
            ent
            for ent in people.values()
            if ent.gender is not None and ent.person and ent.gender == _sex_by_given(ent.name.split(" ", 1)[0].lower())
        ]  # (a sex read off the name: not one a role, an honorific or kin said, nor none)
        # (a vote can only turn a name's sex when the text holds the other sex's pronoun: most wire copy about
        # men has no "she", and is left at once; each pronoun is looked for only when some name needs it)
        she = any(e.gender == "m" for e in named) and any(
            w in text for w in (" she ", "She ", "herself", " she,", " she.", " she'", " she’")
        )
        he = any(e.gender == "f" for e in named) and any(
            w in text for w in (" he ", "He ", "himself", " he,", " he.", " he'", " he’")
        )
        named = [ent for ent in named if (she if ent.gender == "m" else he)]
        if not named:
            return
        bearers = Counter(_surname_of(ent.name) for ent in people.values())
        # whether a surname mention may be theirs ("Trump … she" where Donald and Ivana Trump are named: whose?)
        voters = {id(ent): bearers[_surname_of(ent.name)] == 1 for ent in named}
        for k, (pos, ent) in enumerate(mentions):
            alone = voters.get(id(ent))
            if alone is None or (not alone and not text.startswith(ent.name, pos)):
                continue
            i = bisect.bisect_right(starts, pos) - 1
            s0 = starts[i] if i >= 0 else 0
            if pos - s0 > 2 * _SEX_VOTE_REACH or (k and mentions[k - 1][0] >= s0):
                continue  # deep in a long sentence, or after another person: not its subject (each read bounded)
            lead = text[s0:pos]
            tail = lead[lead.rfind(", ") + 2 :] if ", " in lead else lead  # "Dallas resident (Shaun Mayner)"
            if (
                len(lead) - len(tail) > _SEX_VOTE_REACH
                or ('"' in lead or "“" in lead or "”" in lead)
                # an apposition to someone else's noun: "when she took her 9-year-old son, Michael Mozer, off"
                or (lead.rstrip(", ")[-1:].islower() and not tail and text.startswith(",", pos + len(ent.name)))
                or not all(w[:1].isupper() or w.lower() in ROLE_WORDS for w in tail.split())
                or (
                    (run := _CAPITAL_RUN.match(text, pos, pos + 120)) is not None and run.group().endswith(("'s", "’s"))
                )
            ):
                continue  # not the subject: "… an endorsement of Hillary Clinton. He didn't", "Lawrence's side"
            s1 = starts[i + 1] if i + 1 < len(starts) else len(text)
            nxt = mentions[k + 1][0] if k + 1 < len(mentions) else len(text)
            said = _SEX_PRONOUN.search(text, pos, min(s1, nxt, pos + _SEX_VOTE_REACH))
            if said is not None and (
                any(q in text[pos : said.start()] for q in _QUOTE_MARKS)
                or not (said.group(2) or _SEX_SUBJECT_BEFORE.search(text, max(pos, said.start() - 20), said.start()))
            ):
                said = None  # "talked about how he fell in love": the first pronoun, where no subject's stands
            if said is None and nxt > s1 and not any(q in text[pos:s1] for q in _QUOTE_MARKS):
                said = _SEX_OPENS.match(text, s1)  # "… cats at Whiskers. She used to buy"
                if said is not None and any(
                    (pr.group().lower() in _MALE_POSSESSIVES) != (said.group(1) == "He")
                    for pr in _PERSONAL_PRONOUN.finditer(text, pos, s1)
                ):
                    said = None  # "… with his 17-year-old daughter, Ellie, …. She was": the other one
            if said is not None:
                tally = votes.setdefault(id(ent), [0, 0])
                tally[(said.group(1) or said.group(2)).lower() in _MALE_PRONOUNS] += 1
        for ent in named:
            female, male = votes.get(id(ent), (0, 0))
            says = "f" if female > male else "m" if male > female else None
            if says is not None and says != ent.gender:
                ent.gender = says

    def _given_names(self) -> None:
        """ "Melanie thought …", "Hillary said …": a person named by a given name alone, as features do. The
        one person of the article with that given name, else a person of that one name."""
        by_given: dict[str, list[Entity]] = {}
        surnames: set[str] = set()
        for _, e in self.people:
            toks = e.name.split()
            surnames.add(toks[-1])
            if len(toks) > 1 and e not in by_given.setdefault(toks[0], []):
                by_given[toks[0]].append(e)
        for m in matches(_GIVEN_ALONE, self.text, self.hits["given"]):
            if m.start() and (self.text[m.start() - 1].isalnum() or self.text[m.start() - 1] in "'’.-"):
                continue  # inside a word (the pattern has no look-behind: it is 3x faster so)
            word = m.group(1)
            low = word.lower()
            if low in _AMBIGUOUS_GIVEN or low not in GIVEN_NAMES or word in surnames:
                continue  # "Scott bristles" where Bobby Scott is named: his surname, read as such elsewhere
            known = by_given.get(word, [])
            if len(known) > 1:
                continue
            if known:
                # a mention for he/she, but no vote in which "Barton" the surname means
                self._given_mentions.append((m.start(1), known[0]))
                continue
            ent = self._entity(word, person=True)
            if ent.gender is None:
                ent.gender = _sex_by_given(low)
            self._add_person(m.start(1), ent)

    def _kin(self) -> None:
        """ "my mother mentioned the devil …", "To which she said": a relative the writer or a speaker names
        without a name is a person too, named as the article names them."""
        text = self.text
        for m in matches(_KIN_NOUN, text, self.hits["kin"]):
            owner = (
                _KIN_OWNER.search(text, max(0, m.start() - 12), m.start())
                if text[m.start() - 1 : m.start()].isspace()
                else None
            )
            if owner is None or _NAME_AFTER.match(text, m.end()):
                continue  # "his wife, Heidi," / "her son Hunter": the name is the mention
            ent = self._entity(" ".join(text[owner.start() : m.end()].lower().split()), person=True)
            ent.gender = "f" if m.group() in _FEMALE_KIN else "m"
            self._add_person(owner.start(), ent)

    def _merge_nicknames(self) -> None:
        """ "Bobby Scott" elsewhere is `Robert C. "Bobby" Scott`: one person, named by the nickname."""
        for ent in [e for e in self.entities.values() if e.nickname]:
            short = f"{ent.nickname} {ent.name.split()[-1]}"
            other = self.entities.get(short)
            if other is None or other is ent:
                continue
            del self.entities[short]
            ent.aliases[short] = None
            self.people = [(p, ent if e is other else e) for p, e in self.people]
            self._first_named = None
            self._index_surnames()

    def _attributive(self, end: int, starts: list[int], k: int) -> bool:
        """ "Clinton communication director Jennifer Palmieri": a surname that qualifies the role of the
        person named next, not a mention of its bearer."""
        m = _LOWER_RUN.match(self.text, end)
        if m is None or k >= len(starts) or not starts[k] <= m.end() <= starts[k] + 40:
            return False
        return any(w in ROLE_WORDS for w in m.group().split())

    def _org_positions(self) -> list[int]:
        """Where each of self.orgs stands (made again if the scan added bodies since)."""
        if self._org_starts is None or len(self._org_starts) != len(self.orgs):
            self._org_starts = [p for p, _ in self.orgs]
        return self._org_starts

    def _org_by_initials(self, initials: str, pos: int) -> str | None:
        """The last body named before pos whose capitalised words but a legal ending have these initials: "S and
        P", "S&P", "S/P" (Standard and Poor's Corp; joined by "and" or "&", its name's words are joined so too, not
        "Security Pacific"), and "FBI" after "the US Federal Bureau of Investigation", which gave it no "(FBI)" (run
        together, a country before the words aside)."""
        letters = [c for c in initials if c.isupper()]
        joined = "/" not in initials and len(letters) != len(initials)
        for _, name in reversed(self._orgs_before(pos)):
            if joined and " and " not in name and "&" not in name:
                continue
            words = [w for w in name.split() if w[:1].isupper() and not legal_suffix(w.rstrip("."))]
            if len(letters) == len(initials) and len(words) == len(letters) + 1 and _only_place(words[0]):
                words = words[1:]
            if len(words) == len(letters) and all(w[0] == c for w, c in zip(words, letters, strict=True)):
                return name
        return None

    def _first_person_after(self, pos: int) -> Entity | None:
        """The first person named after pos: whom a lede's "Scotland's first minister" most likely is."""
        after = [(p, e) for p, e in self.people if p > pos and e.person and len(e.name.split()) > 1]
        return min(after, key=lambda pe: pe[0])[1] if after else None

    def _orgs_before(self, pos: int) -> list[tuple[int, str]]:
        """The bodies named before pos, in order: the last _ORGS_BACK of them, so that a look back for "the
        paper" or "the group" costs the same in an article that names ten thousand bodies (a crafted one)."""
        k = bisect.bisect_left(self._org_positions(), pos)
        return self.orgs[max(0, k - _ORGS_BACK) : k]

    def _kind_named_outlet(self, pos: int) -> tuple[int, str, str] | None:
        """The last paper, agency or station named by its kind before pos (a bisect: "it said" may come often)."""
        k = bisect.bisect_left(self._outlets, (pos,)) - 1
        return self._outlets[k] if k >= 0 else None

    def _titled_before(self, head: str, pos: int) -> Entity | None:
        """The person a role word stood before, in the 1,500 characters before pos ("hosts Joe Scarborough and
        …"): the last so titled, if the scan knows them as a person."""
        found = None
        for t in re.finditer(
            rf"\b{re.escape(head)}s?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})", self.text[max(0, pos - 1500) : pos]
        ):
            ent = self.entities.get(t.group(1))
            found = ent if ent is not None and ent.person else found
        return found

    def _group_spoke_since(self, pos: int) -> Entity | None:
        """The group (people named by a plural) that spoke last, if it spoke in the three sentences before pos:
        among the last 50 entities, the latest so mentioned."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        lo = self.sentence_starts[max(0, k - 3)] if self.sentence_starts else 0
        best: tuple[int, Entity] | None = None
        for e in itertools.islice(reversed(self.entities.values()), 50):
            if e.person or not e.quotes or not e.mentions or not _many(_head_noun(e.name.lower())):
                continue
            at = max((b for a, b in e.mentions[-3:] if a < pos), default=-1)  # (the latest: quotes come in order)
            if at >= lo and (best is None or at > best[0]):
                best = (at, e)
        if best is None or pos - best[0] > 1000:
            return None  # (too far back, and a look over the words between would grow with a giant sentence)
        # other people named by a plural since ("Other western officials are not so sure. They said", "religious
        # conservatives … if they believed"): they, more likely than the group that spoke
        own = best[1].name.lower()
        for w in _PLURAL_WORD.finditer(self.text, best[0], pos):
            low = w.group(1).lower()
            if (
                (low in ("people", "men", "women") or low in ROLE_WORDS or low in GROUP_NOUNS or low[:-1] in ROLE_WORDS)
                and not CUE.match(self.text, w.end())  # (a group's own "…, brokers said" is no other group)
                and not self.text[max(0, w.end(1) - len(own)) : w.end(1)].lower() == own  # "one of the six MPs"
            ):
                return None
        return best[1]

    def _introduced_as(self, low: str) -> str | None:
        """The body these very words introduced ("the monitoring group SITE said …. …, the monitoring group
        said"), whatever was named since: among the last 50 entities, the latest whose alias is `low` and its name."""
        return next(
            (
                e.name
                for e in itertools.islice(reversed(self.entities.values()), 50)
                if not e.person and any(a.lower() == f"{low} {e.name.lower()}" for a in e.aliases)
            ),
            None,
        )

    def _group_leader(self, pos: int) -> Entity | None:
        """Who spoke as "a group led by X" (the group so worded, or X where X spoke for it), when such a group opened
        a sentence that spoke before pos: what "the group" means after it. One backward search a call."""
        m = next(reversed(list(_LED_GROUP.finditer(self.text, max(0, pos - 3000), pos))), None)
        if m is None:
            return None
        return next(self._spoken_near(m.start(), min(m.end() + 150, pos)), None)

    def _spoken_near(self, lo: int, hi: int) -> Iterator[Entity]:
        """Who spoke and is named in text[lo:hi]: the people and bodies found there, by position (bisects, not a
        pass over every entity)."""
        for _, ent in self._mentions_between(lo, hi):
            if ent.quotes:
                yield ent
        for _, name in self._orgs_between(lo, hi):
            body = self.entities.get(self.acronyms.get(name, name))
            if body is not None and body.quotes:
                yield body
        for recent in (self.last_speaker, self.last_body):
            if recent is not None and recent.quotes and any(a < hi and b > lo for a, b in recent.mentions[-3:]):
                yield recent

    def _firm_by_prefix(self, name: str, pos: int) -> Entity | None:
        """A firm named before pos whose full name opens with these words and ends like a firm's ("Pacific
        Western Airlines Corp" for "Pacific Western"); looks at the bodies list's last few only."""
        lead = name + " "
        for _, org in reversed(self._orgs_before(pos)):
            if org.startswith(lead) and _firm_named(org):
                return self._entity(self.acronyms.get(org, org), person=False)
        ent = self._firm_prefixes.get(name)  # indexed as bodies are met: a look-up, not a pass over all
        return ent if ent is not None and not ent.person and ent.quotes else None

    def _addressee(self, pos: int) -> bool:
        """A body named as the one a statement went to or was made with ("a filing with the SEC", "a letter to
        the ministry"), which is not who spoke."""
        return _ADDRESSEE.search(self.text, max(0, pos - 16), pos) is not None

    def _orgs_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The bodies named in text[lo:hi], in order."""
        starts = self._org_positions()
        return self.orgs[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def _outlet_before(self, pos: int) -> str | None:
        """The news outlet named last before pos ("New York Times", "Daily Mail"), for "the paper"."""
        for _, name in reversed(self._orgs_before(pos)):
            if _body_head(name) in _PRESS_WORDS:
                return name
        # an outlet read from the words around it ("according to today's Globe and Mail newspaper"), which the
        # scan of capitalised runs did not list as a body: the latest such outlet the resolver has met (among the
        # last fifty entities it made, so that a call stays cheap however many the article names)
        met = [
            (e.mentions[0][0], e.name)
            for e in itertools.islice(reversed(self.entities.values()), 50)
            if not e.person and e.mentions and e.mentions[0][0] < pos and _body_head(e.name) in _PRESS_WORDS
        ]
        return max(met)[1] if met else None

    def _named_next(self, low: str, pos: int) -> Entity | None:
        """For "a federal judge" (one person, a role, no one's): the person the next sentence opens on with that
        role as a title ("Judge Ruben Castillo", "Spokesman Josep Pique"), when no one of that name spoke yet."""
        words = low.split()
        head = _head_noun(low) if len(words) >= 2 else ""
        if words[0] not in ("a", "an") or head not in ROLE_WORDS or head in ORG_WORDS or _plural(head):
            return None
        k = bisect.bisect_right(self.sentence_starts, pos)
        if k >= len(self.sentence_starts):
            return None
        lo = self.sentence_starts[k]
        # the next sentence; the next three after a wire story's lead ("…, a foreign ministry spokeswoman said
        # Monday. … said ministry spokeswoman Monika Schmutz"), where the one quoted is named a little later
        ahead = 3 if k <= 2 else 1
        hi = self.sentence_starts[k + ahead] if k + ahead < len(self.sentence_starts) else len(self.text)
        # "Judge Ruben Castillo this week issued …", "In his ruling, Federal District Judge Thomas Penfield
        # Jackson wrote", `"…," Santorum spokesman Robert Traynham said`: the role as a title before a name
        end = min(hi, lo + 400 * ahead)
        # (the pattern is compiled per head: only where the head stands in the window)
        found = _role_named(head).search(self.text, lo, end) if head in self.text[lo:end].lower() else None
        if found is None and ahead > 1 and (body := _LEAD_BODY.match(low)) is not None:
            # "…, a UNEP official said Thursday. … Alex Alusa, program officer of UNEP atmosphere unit, said": a
            # name whose lower-case role is held at the body the lead's role named
            m_body = body.group(1)
            near = self.text[max(0, pos - 80) : pos + 80].split()
            cap = next((w for w in near if w.lower() == m_body and w[:1].isupper()), None)
            end = min(hi, lo + 1200)
            found = _appos_at(cap).search(self.text, lo, end) if cap and self.text.find(cap, lo, end) >= 0 else None
        if found is None:
            return None
        party = _PARTY_WORDS.findall(self.text, max(lo, found.start() - 40), found.start())
        if any(p.lower() not in low for p in party):
            # "…," a spokesman said. Lib Dem home affairs spokesman Mark Oaten has branded …: the other side
            return None
        named = parse_np(found.group(1), found.start(1))
        if named is None or named.kind != "name":
            return None
        known = self.entities.get(named.name)
        if known is not None and (known.quotes or 0 <= known.first < pos):
            return None  # named before the lead's role: "a federal judge" is someone else
        return self._entity(named.name, person=True)

    def _named_body(self, head: str, pos: int) -> str | None:
        """The last "… Commission on Presidential Debates" named before `pos`, for "the commission". Each head's
        bodies are found in the whole text once; a look up is a bisect (it was a scan of the text before `pos`
        at every "the commission", quadratic in an article of many)."""
        cap = head.capitalize()
        if self.text.find(cap, 0, pos) < 0:
            return None  # the pattern needs the capitalised head: a substring test saves the scan
        pattern = _body_named(cap)
        if self._bodies is None:
            self._bodies = {}
        bodies = self._bodies.get(cap)
        if bodies is None:
            bodies = self._bodies[cap] = list(pattern.finditer(self.text))
        k = bisect.bisect_left(bodies, pos, key=_start) - 1
        found = bodies[k] if k >= 0 else None
        if found is not None and found.end() > pos:
            # a name running on past pos: read as the text before pos reads it, from where the one before ended
            found = None
            for m in pattern.finditer(self.text, bodies[k - 1].end() if k > 0 else 0, pos):
                found = m
        if found is None:
            return None
        lead = [w for w in found.group(1).split() if w.lower() not in STOP_CAPS]
        if not lead and not found.group(2):
            return None  # "Union leaders will face …": a sentence's first word, no body's name
        return " ".join([*lead, cap]) + _name_tail(found.group(2))

    def _fuller_body(self, head: str, pos: int) -> str | None:
        """The last body named before `pos` whose name ends with this capitalised head word and has capitalised
        words before it ("Danish Banks Association" for "The Association") or an of-phrase of names after it
        ("Bank of England" for "the Bank"), passing over the short forms. Each
        head's bodies are found once, reading back at most six words from each occurrence: linear in the text."""
        if self._fuller is None:
            self._fuller = {}
        found = self._fuller.get(head)
        if found is None:
            found = []
            for m in re.finditer(rf"\b{re.escape(head)}\b", self.text):
                words = self.text[max(0, m.start() - 80) : m.start()].split()[-6:]
                lead: list[str] = []
                for w in reversed(words):
                    if not w[:1].isupper() or w[-1] in ",;:!?-" or w.lower() in STOP_CAPS or any(q in w for q in '"“”'):
                        break
                    if w.endswith(("'s", "’s")):
                        break  # "Britain's Telegraph": the owner is no part of the name
                    if w.endswith(".") and not _INITIALS_WORD.fullmatch(w):
                        break  # "… in Boston. Association": the sentence before ends there
                    lead.insert(0, w)
                tail = _OF_TAIL.match(self.text, m.end())  # "the Bank said" after "the Bank of England"
                if lead or tail:
                    found.append((m.start(), " ".join([*lead, head]) + (tail.group(0) if tail else "")))
            self._fuller[head] = found
        k = bisect.bisect_left(found, (pos, "")) - 1
        return found[k][1] if k >= 0 else None

    def _by_name_part(self, word: str, pos: int) -> Entity | None:
        """The one person named in full before pos whose name holds this word before its surname; None when
        none does, or several do (two Johns: no guess). The words are indexed once, so a text of many names
        and many unknown one-word subjects stays linear."""
        if self._name_parts is None:
            self._name_parts = {}
            for p, ent in self.people:
                for part in ent.name.split()[:-1]:
                    self._name_parts.setdefault(part, []).append((p, ent))
        found: Entity | None = None
        for p, ent in self._name_parts.get(word, ()):
            if p >= pos:
                break
            if ent is not found:
                if found is not None:
                    return None
                found = ent
        return found

    def _org_short(self, word: str, pos: int) -> str | None:
        """The organisation named last before pos whose name opens with this one word ("Burlington Industries
        Inc"), or holds it before a legal suffix ("Kodak" for "Eastman Kodak Co"). The names are indexed by those
        words once, so each look up is a bisect, however many bodies the article names."""
        if self._org_words is None:
            self._org_words = {}
            for p, name in self.orgs:
                parts = _untailed(name).split()
                if legal_suffix(parts[0]):
                    parts = parts[1:]  # "N.V. Philips Gloeilampenfabrieken": the legal form written first
                if len(parts) < 2:
                    continue  # "CSR": no shorter form of itself
                at = self.text.find(parts[0], p)
                owner = at >= 0 and not legal_suffix(parts[-1]) and _OWNER_WORD.match(self.text, at)
                keys = set() if owner else {parts[0]}
                # ("The Fed's Open Market Committee", named 'Fed Open Market Committee': "the Fed" is its owner; not
                # "Moody's Investors Service Inc", a firm's legal name with its founder's possessive)
                # any word before a legal suffix names the company, in one name ("Standard and Poor Corp"), not
                # two run together ("Toshiba Corp and Sharp Corp", "Dudley Taft and Narragansett Capital Inc")
                two = (
                    any(legal_suffix(w) for w in parts[:-1])
                    or (
                        "and" in parts
                        and parts.index("and") >= 2
                        # (but "Eli Lilly and Co", "Merrill Lynch and Co Inc", "Sears, Roebuck and Co" are one firm)
                        and not all(
                            legal_suffix(w) or w in ("Sons", "Company") for w in parts[parts.index("and") + 1 :]
                        )
                    )
                )
                if legal_suffix(parts[-1]) and not two:
                    keys.update(parts[1:-1])
                stored = name
                first_firm = name.split(" and ", 1)[0].rstrip(",")
                if first_firm != name and legal_suffix(first_firm.rsplit(None, 1)[-1]):
                    stored = first_firm  # "Toshiba Corp and Sharp Corp": "Toshiba" is the first of the two
                for key in keys:
                    self._org_words.setdefault(key, ([], []))
                    self._org_words[key][0].append(p)
                    self._org_words[key][1].append(stored)
        found = self._org_words.get(word)
        if found is None:
            return None
        k = bisect.bisect_left(found[0], pos) - 1
        if k < 0:
            return None
        name = found[1][k]
        if not getattr(self.entities.get(name), "quotes", 0):
            # "Digicon Inc said … debentures of Digicon Finance N.V. … Digicon said": the firm of that word that
            # has spoken (a few looked back at, so a call stays cheap)
            spoke = (n for n in found[1][max(0, k - 8) : k][::-1] if getattr(self.entities.get(n), "quotes", 0))
            name = next(spoke, name)
        if _firm_named(name):
            return name  # "Honda Motor Co Ltd", "USAir Group": the firm's own full name
        first = found[0][found[1].index(name)]
        if word not in self._word_alone:
            self._word_alone[word] = next(_standalone(self.text, word), len(self.text))
        # "Microsoft" said … long before "programs like Microsoft Office": a firm named by its own word first is
        # that word, not a longer name the story gives later (a full name comes first: "Burlington Industries
        # Inc … Burlington said")
        return None if self._word_alone[word] < first else name

    def _statement_issuer(self, m: Mention, head: re.Match[str], pos: int) -> Entity | None:
        """Who issued the statement a descriptor names: its owner ("the ministry's statement"), the body or person
        after "issued by" / "from" (in the descriptor or right after it), or, for "the statement", whoever the
        article said issued the last statement before it. None when the article names no one."""
        text = self.text
        low = m.text.lower()  # `head`: where _STATEMENT_WORD found the statement's noun in it
        owner = _STATEMENT_OWNER.fullmatch(m.text)
        if owner is not None and owner.group(1).split()[-1].lower() not in _TIME_WORDS:  # not "Wednesday's"
            return self._issuer_from(owner.group(1), m.start, pos)
        pre = m.text[: head.start()].split()
        if (
            len(pre) >= 2
            and pre[0].lower() in ("a", "an", "the")
            and (
                pre[-1].lower() in ORG_WORDS | _ORG_NOUNS
                or (pre[1][:1].isupper() and all(w[:1].isupper() for w in pre[1:]))
            )
        ):
            # "a ministry statement", "A Foreign Ministry statement", "a company statement", "an Atlas statement":
            # the body it names, when the article named one
            body = self._issuer_from("the " + " ".join(pre[1:]), m.start, pos)
            if body is not None and not body.person and body.name[:1].isupper():
                return body
        after = _ISSUED_BY.match(text, m.start + head.end())  # not "the statement quoted by IRNA": IRNA carried it
        if (
            after is not None
            and after.start(1) < m.end < after.end(1)
            and text[m.end : after.end(1)].strip()[:1].islower()
        ):
            # "a statement from the ministry said": the issuer ends where the subject does, not at the verb
            after = _ISSUED_BY.match(text, m.start + head.end(), m.end)
        if after is None and (of := _STATEMENT_OF.match(m.text, head.end())) is not None:
            return self._issuer_from(of.group(1), m.start + of.start(1), pos)  # "a statement of the ministry said"
        if after is not None:
            return self._issuer_from(after.group(1), after.start(1), pos)
        if not low.startswith("the ") or low.split()[1 : 1 + len(head.group(1).split())] != head.group(1).split():
            return None  # "a statement" introduces a new one: nothing to point back to
        # "the statement": the last statement the article introduced, in the 1,200 characters before
        lo = max(0, m.start - 1200)
        last = None
        for x in _STATEMENT_INTRO.finditer(text, lo, m.start):
            last = x
        if last is None:
            return None
        by = _ISSUED_BY.match(text, last.end())
        if by is not None:
            return self._issuer_from(by.group(1), by.start(1), pos)
        if text[last.start()].isupper():
            return None  # "A statement posted on …": a sentence about the statement, no one named issuing it
        k = bisect.bisect_right(self.sentence_starts, last.start()) - 1
        s_lo = self.sentence_starts[k] if k >= 0 else 0
        verb = _ISSUE_VERB.search(text, max(s_lo, last.start() - 40), last.start())
        cue = verb or CUE.search(text, s_lo, last.start()) or CUE.search(text, last.end(), last.end() + 80)
        if cue is None or cue.start() < s_lo:
            return None
        if cue.start() > last.start():
            # "In a statement, the ministry said", "The ministry said in a statement": the cue's subject
            subj = subject_before(text, last.end(), cue.start()) if text[last.end() : cue.start()].strip() else None
            subj = subj or subject_before(text, s_lo, last.start())
        else:
            subj = subject_before(text, s_lo, cue.start())
        if subj is None or subj.kind == "pronoun" or _STATEMENT_WORD.search(subj.text.lower()):
            return None
        return self.resolve_quiet(subj, subj.start)

    def _issuer_from(self, phrase: str, at: int, pos: int) -> Entity | None:
        """The entity a phrase after "by"/"from" or before "'s statement" names, when it names one."""
        phrase = _NEXT_SENTENCE.split(phrase, 1)[0]  # "said the statement quoted by IRNA. It claimed …"
        phrase = _WHEN_TAIL.sub("", phrase)  # "issued by Turkish Foreign Ministry Friday": who, not when
        m = parse_np(phrase, at)
        if m is None or m.kind == "pronoun" or _STATEMENT_WORD.search(m.text.lower()):
            return None
        return self.resolve_quiet(m, pos)

    def resolve_quiet(self, m: Mention, pos: int) -> Entity | None:
        """resolve(), keeping the caller's step name (an issuer's own resolution is not the quote's)."""
        step = self.step
        ent = self.resolve(m, pos)
        self.step = step
        return ent

    def _is_body(self, name: str) -> bool:
        """An organisation the article names: an acronym, or a name it uses for a body."""
        if self._org_names is None:
            self._org_names = {n for _, n in self.orgs}
        return (name.isupper() and len(name) >= 2) or name in self._org_names

    def _acronyms(self) -> dict[str, str]:
        """`Consumer Electronics Association (CEA)`: the acronym speaks as the full name."""
        out: dict[str, str] = {}
        for a in _ACRONYM_PAREN.finditer(self.text):
            lo = max(0, a.start() - 100)
            before = self.text[lo : a.start()]
            if "<" in before:  # Reuters marks names up: "<Equiticorp Tasman Ltd>\n(ETL)"
                before = before.replace("<", " ").replace(">", " ")
            m = _NAME_BEFORE_PAREN.search(before)
            if m is None:
                continue
            name, acr = m.group(1), a.group(1)
            words = [w for w in name.split() if w[0].isupper()]
            if len(words) >= 2 and "".join(w[0] for w in words)[-len(acr) :].upper() == acr.upper():
                k = len(acr)
                caps = [w for w in name.split() if w[0].isupper()]
                # ("Incomes Data Services' (IDS)": the name without the possessive's mark)
                out[acr] = LEAD_ARTICLE.sub("", " ".join(name.split()[name.split().index(caps[-k]) :])).rstrip("'’")
            elif len(words) >= 2 and len(acr) >= 3 and name.split()[-1].lower() in ORG_WORDS:
                # "the National Mining Society (SONAMI)": a body's acronym in its own language (not "Chile's …")
                own = name.split()
                out[acr] = LEAD_ARTICLE.sub("", " ".join(own[1:] if own[0].endswith(("'s", "’s")) else own))
        return out

    def _entity(self, name: str, person: bool) -> Entity:
        ent = self.entities.get(name)
        if ent is None and self.nicknames:
            ent = next((e for e in self.entities.values() if name in e.aliases and e.nickname), None)
        if ent is None and person:
            ent = self._without_initial.get(name)  # "Loretta Lynch" after "Loretta E. Lynch": one person
        if ent is None:
            ent = self.entities[name] = Entity(name=name, person=person)
            if not person:
                ent.written = self._written.get(name)
            if person and (short := _INITIAL_WORD.sub(" ", name)) != name:
                self._without_initial.setdefault(short, ent)
            if not person and (first := _proper_body_word(name)) is not None:
                self._body_words.setdefault(first, ent)
            words = name.split()
            if not person and len(words) > 2 and legal_suffix(words[-1]):
                for n in range(2, min(len(words), 6)):  # "Pacific Western" of "Pacific Western Airlines Corp"
                    self._firm_prefixes.setdefault(" ".join(words[:n]), ent)
        return ent

    def _by_surname(self, surname: str, pos: int, sex: str | None = None) -> Entity | None:
        """The full name a bare surname stands for; when two people share it, one who has spoken so far ("Simpson
        said" is O.J., not Nicole Brown Simpson, whom the story names more often but never quotes), then the one
        the story is most about so far (most often named before this point), the first introduced on a tie.

        Counted by bisecting each bearer's mention positions, so a call costs the bearers, not the mentions
        (scanning them all made "John Smith said" repeated quadratic)."""
        bearers = self._surnames.get(surname.lower())
        if not bearers:
            return None
        best: tuple[bool, int, int] | None = None
        chosen: Entity | None = None
        later: tuple[int, Entity] | None = None
        told_of = self._given_in_sentence(pos, [e for e, _ in bearers.values()]) if len(bearers) > 1 else set()
        for ent, positions in bearers.values():
            if sex is not None and len(bearers) > 1 and _sex_of(ent) not in (None, sex):
                continue  # "Miss Somers" is Lucy Somers, not her brother Luke
            if id(ent) in told_of and len(told_of) < len(bearers):
                continue  # "Evan never played with his toys, O'Neal recalls": his mother, not Evan O'Neal
            n = bisect.bisect_right(positions, pos)
            if n:
                key = (ent.quotes > 0, n, -positions[0])
                if best is None or key > best:
                    best, chosen = key, ent
            elif later is None or positions[0] < later[0]:
                later = (positions[0], ent)
        if chosen is not None:
            return chosen
        return later[1] if later is not None else None

    def _given_in_sentence(self, pos: int, people: list[Entity]) -> set[int]:
        """Those of `people` (who share a surname) the sentence around `pos` names by their given name alone,
        outside quotation marks: what is said is about them, so they are not who says it."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        lo = self.sentence_starts[k] if k >= 0 else 0
        hi = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        named = set()
        for ent in people:
            given, _, rest = ent.name.partition(" ")
            if not rest or not given[:1].isupper():
                continue
            if self.text.find(given, lo, hi) >= 0 and any(
                not self._quoted(m.start()) for m in _given_alone(given).finditer(self.text, lo, hi)
            ):
                named.add(id(ent))
        return named

    def _add_person(self, pos: int, ent: Entity) -> None:
        self.people.append((pos, ent))
        if self._first_named is not None and pos < self._first_named.get(id(ent), pos + 1):
            self._first_named[id(ent)] = pos
        self._index_person(pos, ent)

    def _index_person(self, pos: int, ent: Entity) -> None:
        toks = ent.name.split()
        if len(toks) > 1 and ent.name[0].isupper():
            key = _surname_of(ent.name).lower()
            if self._one_less is not None and key not in self._surnames:
                self._index_one_less(self._one_less, key)
            bisect.insort(self._surnames.setdefault(key, {}).setdefault(id(ent), (ent, []))[1], pos)

    @staticmethod
    def _index_one_less(index: dict[str, set[str]], key: str) -> None:
        """Files a surname under each of its one-letter-shorter forms (see _misspelt)."""
        for k in range(len(key)):
            index.setdefault(key[:k] + key[k + 1 :], set()).add(key)

    def _index_surnames(self) -> None:
        self._surnames = {}
        self._one_less = None
        for p, ent in self.people:
            self._index_person(p, ent)

    def _misspelt(self, surname: str, pos: int) -> Entity | None:
        """The one bearer of a surname a letter away ("Panglos" for Theodoros Pangalos, "Ogpin" for Jaime
        Ongpin): wire copy misspells names, and a one-word speaker no one else bears is that person. Found
        through each surname's one-letter-shorter forms (a look up a letter, not a pass over every name); not
        "the Carrolls" (a family) nor a name shorter than five letters."""
        low = surname.lower()
        if len(low) < 5 or not surname[:1].isupper() or low in self._surnames:
            return None
        if self._one_less is None:
            self._one_less = {}
            for key in self._surnames:
                self._index_one_less(self._one_less, key)
        near = set(self._one_less.get(low, ()))  # a letter missing from the surname ("Panglos")
        for k in range(len(low)):
            shorter = low[:k] + low[k + 1 :]
            near |= self._one_less.get(shorter, set())  # a letter replaced ("Ogpin" and "ongpin" share "opin")
            if shorter in self._surnames:
                near.add(shorter)  # a letter added ("Ghiirardi")
        near = {
            n for n in near if n[0] == low[0] and low not in (n + "s", n[:-1]) and Levenshtein.distance(n, low) == 1
        }  # not "the Carrolls" for Michael Carroll, "American" for "Native Americans"
        if len(near) != 1:
            return None
        return self._by_surname(near.pop(), pos)

    def _add_person_mention(self, pos: int, ent: Entity) -> None:
        """A mention found after the start goes to a list of its own, merged in by _mentions_between:
        inserting into the middle of the long first list made an article of many names quadratic."""
        bisect.insort(self.later_mentions, (pos, ent), key=_position)  # nearly always an append

    def _add_mentions(self, ent: Entity) -> None:
        """A person known by one word ("Clinton said"): each whole-word use elsewhere is a mention."""
        text, name = self.text, ent.name
        i = text.find(name)
        while i >= 0:  # str.find, not a regex per name: no pattern compiled for each one-word speaker
            j = i + len(name)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'’-")) and (
                j >= len(text) or not (text[j].isalnum() or text[j] in "_-")
            ):
                self._add_person_mention(i, ent)
            i = text.find(name, j)

    def _by_title(self, descriptor: str, pos: int, weak_ok: bool = True) -> Entity | None:
        words = {w.strip(".,'’").lower() for w in descriptor.split()} - _TITLE_FILLERS
        dhead = _head_noun(descriptor.lower())
        if dhead in _ANONYMOUS_HEADS or dhead.removesuffix("s") in _ANONYMOUS_HEADS:
            return None  # "the State Department source" is no one the article names ("Secretary of State Shultz")
        if dhead in _DOCUMENTS or dhead in NON_PERSON:
            return None  # "the plan" is no "head of the committee working out the plan": a text, not a post
        best, score = None, 0.0
        if self._first_named is None:  # made once, kept up to date (a set of the people before pos per call
            self._first_named = {}  # made a descriptor-heavy article quadratic)
            for p, e in self.people:
                if p < self._first_named.get(id(e), p + 1):
                    self._first_named[id(e)] = p
        first = self._first_named
        for ent in self.entities.values():
            if (
                not ent.person
                or not (ent.title or ent.affiliation)
                or not (ent.quotes or first.get(id(ent), pos) < pos)
            ):
                continue
            title = ent.title or ""
            if ent.affiliation is not None and set(ent.affiliation.split()[-1:]) <= words:
                # "the Utah Republican", "the Vermont senator": the state names the person ("Democratic
                # lawmakers" name no one from their party)
                title += " " + ent.affiliation
            twords = _title_words(title)
            shared = words & twords
            if not shared:
                continue
            # A qualifier or the country alone is weak: "the former secretary of state" is not "former Federal
            # Reserve chairman Ben Bernanke", "the U.S. Bank dealer" no "U.S." official; enough only for the
            # one who spoke last ("the former Scotland international" after Strachan's quote)
            weak = not (shared - TITLE_QUALIFIERS - _COUNTRY_ABBREVIATIONS)
            if weak and not (weak_ok and ent is self.last_speaker):
                continue
            if _another_post(words, twords, dhead):
                continue
            if _other_modifier(descriptor, title, dhead):
                continue  # "Scotland's justice minister" is not "First Minister Jack McConnell"
            if dhead in twords and dhead not in _title_words(_title_post(title)):
                continue  # "the girl" is not "the mother of a 12-year-old girl", "the president" not his spokesman
            if "former" in words and not twords & _PAST_POST and ent is not self.last_speaker:
                continue  # "the former US president" is not the one titled "President Suharto" (he holds it)
            if (
                dhead in _LEADER_HEADS
                and _head_noun(title.lower()) in _UNDERLINGS
                and not any(w in ROLE_WORDS for w in shared)
            ):
                continue  # "the navy chief" is not the "Navy spokesman" (only the navy shared)
            if dhead in _UNDERLINGS and dhead not in twords and not any(w in ROLE_WORDS for w in shared):
                continue  # "the NISCC spokesman" is not the NISCC's director (only the body shared)
            s = sum(2.0 if w in ROLE_WORDS else 1.0 for w in shared) + (0.5 if ent.quotes else 0)
            if s > score:
                best, score = ent, s
        return best

    def _unnamed_of_kind(self, head: str, low: str) -> Entity | None:
        """The one unnamed person who has spoken as "a/an … HEAD …" and whose words hold every word `low` ("the
        official at presidential office") adds to its head; None when none or several have."""
        found = [
            e
            for e in self.entities.values()
            if e.quotes
            and e.merged_into is None
            and e.name.split()[0].lower() in ("a", "an", "one")
            and _head(e.name.lower()) == head
            and _same_kind(low, e.name)
        ]
        return found[0] if len(found) == 1 else None

    def _nearby_person(self, pos: int, possessive: bool = False, gender: str | None = None) -> Entity | None:
        """The person a he/she most likely means: named in this sentence or the one before.

        The last speaker wins when named there; else the first person named in the
        nearest such sentence, which is usually its subject.
        """
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        for j in range(k, max(-1, k - 5), -1):
            lo = self.sentence_starts[j] if j >= 0 else 0
            hi = pos if j == k else self.sentence_starts[j + 1]
            intro = _INTRO.match(self.text, lo, hi) or _CAPS_HEADER.match(self.text, lo, hi)
            start = intro.end() if intro else lo
            if j == k:
                owner = self._opening_owner(start, hi, gender)
                if owner is not None:
                    return owner  # "Oz’s dubious advice earned him …, where he appeared …": the owner is the topic
            if gender is not None and (
                _OPENING_SAME[gender].match(self.text, start, hi)
                or (j < k and _SAME_PRONOUN[gender].match(self.text, start, hi))
                # "He criticized McCain for …, and he said": this sentence's subject is the same pronoun
                or (j == k and start + 3 < pos and _SAME_PRONOUN[gender].match(self.text, start, hi))
            ):
                # "She has faced … Hillary Clinton …" between the speaker and this "she", "And while he did not
                # mention Bush by name, he noted …": a sentence or opening clause whose subject is the same
                # pronoun carries the same person; the names in it are objects, so look further back.
                opening_cue = _PRONOUN_CUE.match(self.text, start, hi) if j < k else None
                said = self.said_at.get(opening_cue.end()) if opening_cue is not None else None
                if said is not None and said.person and said.gender in (None, gender):
                    return said  # "He noted that …. He added that …": the "he" who spoke there goes on
                continue
            if j < k and gender is not None:
                # "As for his move to Florida, he said he had wanted … before … Ronald Goldman were slain. …, he
                # said": the "he" who spoke in that sentence, before anyone it names
                for cue_at in _PRONOUN_SAID[gender].finditer(self.text, start, hi):
                    said = self.said_at.get(cue_at.end())
                    if (
                        said is not None
                        and said.person
                        and said.gender in (None, gender)
                        # someone the article names as a person: by a given name, or titled (not "the message",
                        # "Economic Information", "his father")
                        and said.name[:1].isupper()
                        and said.name.split()[0].lower() not in _DETERMINERS
                        and (
                            said.name.split()[0].lower() in GIVEN_NAMES
                            or (said.title and " " in said.name)
                            # one named in full who has spoken more than once: "O.J. Simpson"
                            or (said.quotes >= 2 and " " in said.name and said.name.split()[-1][:1].isupper())
                        )
                    ):
                        return said
            near = [
                (p, e)
                for p, e in self._mentions_between(start, hi)
                if not self._quoted(p)
                and (possessive or not self._possessive(p, e))
                and (gender is None or e.gender in (None, gender))
                and not _ATTRIBUTIVE.search(self.text, max(0, p - 4), p)  # "the Clinton campaign"
                # "But the actor, who recently played Mike Wallace in …": the object of a relative clause
                and not _IN_RELATIVE.search(self.text, max(lo, p - 80), p)
            ]
            if (
                j == k
                and near
                and _after_clause(self.text, start, pos)
                and not _CUE_COLON_QUOTE.search(self.text, start, pos)  # 'X added: "…," she said': X
            ):
                # "Cochran and Shapiro have met with the actors, he said": the names in the clause reported are
                # what he spoke of; he is the one who spoke last, else someone named before
                if self.last_speaker is not None and any(x is self.last_speaker for _, x in near):
                    return self.last_speaker
                continue
            subject = _CLAUSE_INTRO.match(self.text, lo) if not near and j == k and intro is not None else None
            if subject is not None:
                # "When Mrs. Howe was prescribed …, she conceded": the subject of the opening clause, a person of
                # that sex, is the "she" of the main one
                courtesy = _COURTESY_BEFORE.match(self.text, subject.end())
                at = courtesy.end() if courtesy else subject.end()  # "When Mrs. Howe": at "Howe" too
                opening = [
                    e
                    for p, e in self._mentions_between(lo, start)
                    if p in (subject.end(), at)
                    and e.person
                    and not self._possessive(p, e)
                    and e.gender in (None, gender)
                ]  # its subject right after the "When": not "After a row with Harold Wilson, he said"
                if opening:
                    return opening[0]
            if not near:
                last = self.last_speaker
                if (
                    last is not None
                    and last.person
                    and (gender is None or last.gender in (None, gender))
                    and lo <= self.last_pos < hi
                ):
                    # "the Duchess of York promised that she would be good. "…," she told": the one who spoke in a
                    # nearer sentence that names no one, before any person named further back
                    return last
                continue
            p, e = near[0]
            last = self.last_speaker
            if (
                j < k
                and last is not None
                and last.person
                and last.gender in (None, gender)
                and last.name.split(" ", 1)[0].lower() in _DETERMINERS  # "An SEC official": no name to be near
                # (a role, or a noun of one who does something: "The unnamed instructor", "The Brazilian")
                and (
                    (head := _head_noun(last.name)) in ROLE_WORDS
                    or (_PERSON_ENDING.search(head) is not None and head not in NON_PERSON)
                )
                and lo <= self.last_pos < hi
                and all(self.last_clause[0] <= q < self.last_clause[1] for q, _ in near)
            ):
                # "Neither Vaskevitch nor Sofar are living here, the official said. CLAUSE, he said": the official,
                # who spoke there; the people named are in what was reported
                return last
            if (
                last is not None
                and last.person
                # someone the article shows as a person: titled, of a sex it gives, or by a given name (not "the
                # Sun", "Metro", "Real Madrid": bodies read as names)
                and (last.title or last.gender or last.name.split()[0].lower() in GIVEN_NAMES)
                and self.last_clause[0] <= p < self.last_clause[1]
                and lo <= self.last_pos < hi
                and any(x is last for _, x in near)
            ):
                # "Jones will resign, Smith said. "…," he added.": who spoke in that sentence, not the subject of
                # what they reported ("The new subject, Entrepreneurship Education, will …, Kamotho announced")
                return last
            if len(self.text[start:p].split()) <= 6:
                cue = CUE.search(self.text, start, p)
                if cue is not None:
                    # "McLenney said Clinton doesn't …": the one before the speech verb is the subject.
                    subj = subject_before(self.text, start, cue.start())
                    if subj is not None and subj.kind in ("name", "surname"):
                        return self.resolve(subj, subj.start)
                    other_sex = (
                        subj is not None and gender is not None and _PRONOUN_SEX.get(subj.name, gender) != gender
                    )
                    if subj is not None and subj.kind == "pronoun" and not other_sex:
                        continue  # "He added that Clinton …": whoever "he" is, not Clinton; look further back
                    # `"You winning?" she said, but Kevin was …, as Trump went on …`: she is not the "he" sought
                if not (cue is not None and other_sex):
                    return e  # named near the start of its sentence (after any opening phrase): its subject
            if self.last_speaker is not None and any(x is self.last_speaker for _, x in near):
                return self.last_speaker
            if gender is not None and all(x is e and x.gender == gender for _, x in near):
                return e  # the only person of that sex the sentence names
            if (
                gender is not None
                and j == k - 1
                and all(x is e for _, x in near)
                and e.gender is None
                and e.name.split()[0].lower() in UNISEX_NAMES
            ):
                return e  # "… the campaign Ayotte hoped to be running. She acknowledges": a Kelly or a Dana alone
            quoted = {id(x): x for _, x in near if x.quotes and x.gender == gender}
            if gender is not None and len(quoted) == 1:
                return next(iter(quoted.values()))  # the only one of that sex who has spoken: he speaks again
            return None
        return None

    def _nearby_group(self, pos: int, at: int | None = None) -> Entity | None:
        """ "Critics of the program … see it as a chance. They sent a letter. "…," they wrote.": the group a
        sentence or two before opens with, through any sentences that go on with "They"."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        # (the sentence's own opening group first: "Traders welcomed the decision, though they added that …")
        for j in range(k, max(-1, k - 4), -1):
            lo = self.sentence_starts[j]
            intro = _INTRO.match(self.text, lo, pos)
            start = intro.end() if intro else lo
            if (
                j < k
                and self.last_speaker is not None
                and self.last_pos >= lo
                and not self.last_speaker.person
                and names_group(_head_noun(self.last_speaker.name))
            ):
                # "Politicians have chastised …, but former prosecutors say …. They point out": the group that
                # spoke in that sentence, not the one it opens with
                return self.last_speaker
            if self.text.startswith("They ", start):
                continue
            if j == k and (at is None or not _CONJ_THEY.search(self.text, max(start, at - 12), at)):
                continue  # the sentence's own group only for "…, though they added": else the sentences before
            if j == k and (own := _PLURAL_OPENING.match(self.text, start, pos)) and own.group(1) not in _NOT_THEY:
                # "Phone companies refuse to pay because they say …", "Business leaders had opposed the plan as they
                # said": the plural subject this sentence opens with (people or bodies)
                ent = self._entity(own.group(), person=False)
                ent.mentions.append((start, start + len(own.group())))
                return ent
            if (pair := self._pair_subject(start, pos)) is not None:
                return pair  # "Michael and Jill Carroll worry …. But they keep …", "Warfield and Yeager, who …"
            g = _GROUP_SUBJECT.match(self.text, start, pos)
            if j == k and (g is None or not g.group(1)[:1].isupper()):
                continue  # a group this sentence opens with, capitalised at its start
            if g is None or not (
                g.group(1).lower() in ROLE_WORDS
                # "Most studies of glucosamine were done in Europe. In general, they suggest that": works that
                # speak as their own speakers (GUIDE)
                or g.group(1).lower() in _WORKS_THEY
                # "The insurers expressed …. They also pointed out", "Traders welcomed …, though they added":
                # people named by what they do
                or (
                    g.group(1).lower() in GROUP_NOUNS
                    and (
                        # a bare group opening its sentence: this one's ("Traders welcomed …, though they added"),
                        # or one before when no one has spoken yet ("A year ago, ministers launched …. They will
                        # say"; after a speaker, "they" is more often that speaker's group)
                        (
                            g.start(1) == start
                            # (or the last to speak is one person, whom "they" cannot mean)
                            and (j == k or self.last_speaker is None or _one_of_a_kind(self.last_speaker))
                        )
                        or (self.text.startswith("The ", start) and g.start(1) == start + 4)
                    )
                )
            ):
                return None
            name = g.group().rstrip(" ,")
            if name.rsplit(None, 1)[-1].lower() in _DANGLING:
                # "Three sources in contact with ISIS …": the group, not 'in contact with'
                name = self.text[start : g.end(1)]
            ent = self._entity(name, person=False)
            ent.mentions.append((start, start + len(name)))
            return ent
        return None

    def _pair_subject(self, start: int, pos: int) -> Entity | None:
        """Two people named as one subject at a sentence's start ("Michael and Jill Carroll worry", "Warfield and
        Yeager, who represented themselves, took …", "The Carrolls grew concerned"): "they" after them is the two,
        named as the article names the family ("the Carrolls") or as the two full names joined."""
        pair = _PAIR_SUBJECT.match(self.text, start, min(pos, start + 120))
        if pair is not None:
            first, second = pair.group(1), pair.group(2)
            second_surname = _surname_of(second)
            if any(" " in part and part.split()[0].lower() not in GIVEN_NAMES for part in (first, second)):
                return None  # "Border Patrol and Homeland Security", "Victoria and Western Australia": no people
            if " " not in first and " " in second and first.lower() in GIVEN_NAMES:
                # "Michael and Jill Carroll": one family name, the article's plural of it where it writes one
                family = second_surname + "s"
                if family not in self._families:  # (looked for once an article: "they" may come back to it often)
                    self._families[family] = re.search(rf"\b{re.escape(family)}\b", self.text) is not None
                name = family if self._families[family] else f"{first} and {second}"
            else:
                one = self._by_surname(_surname_of(first), pos)
                two = self._by_surname(second_surname, pos)
                if not (one and two and one.person and two.person and one is not two):
                    return None  # "Sotheby's and Christie's", "Victoria and Western Australia": no two people
                if not (one.name.endswith(first) and two.name.endswith(second)):
                    return None
                name = f"{one.name} and {two.name}"
            ent = self._entity(name, person=False)
            ent.mentions.append((pair.start(), pair.end(2)))
            return ent
        plural = _FAMILY_SUBJECT.match(self.text, start, pos)
        if plural is not None and self._by_surname(plural.group(1)[:-1], pos) is not None:
            ent = self._entity(plural.group(1), person=False)  # "The Carrolls grew concerned": the family
            ent.mentions.append((plural.start(1), plural.end(1)))
            return ent
        return None

    def _opening_owner(self, start: int, hi: int, gender: str | None) -> Entity | None:
        """The person whose possessive opens the sentence, when no one else of that sex is named before `hi`."""
        people = [(p, e) for p, e in self._mentions_between(start, hi) if not self._quoted(p)]
        if not people or people[0][0] > start + 1 or not self._possessive(people[0][0], people[0][1]):
            return None
        owner = people[0][1]
        if gender is not None and owner.gender not in (None, gender):
            return None
        others = [e for _, e in people if e is not owner and (gender is None or e.gender in (None, gender))]
        return None if others else owner

    def _nearby_body(self, pos: int) -> Entity | None:
        """The organisation an "it" speaking most likely means: the first one named in this sentence or the
        one before (usually the subject), else the last speaker when that is a body."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        lo = self.sentence_starts[max(0, k - 1)] if self.sentence_starts else 0
        here = self.sentence_starts[k] if self.sentence_starts and k >= 0 else 0
        for p, name in self._orgs_between(here, pos):
            if len(self.text[here:p].split()) <= 3:
                # "Shares of Reynolds Metals Co rose after it said …": the body this sentence is about
                return self._entity(self.acronyms.get(name, name), person=False)
        outlet = self._kind_named_outlet(pos)
        if outlet is not None and outlet[0] >= here:
            # "On Saturday, the Mexico City newspaper Reforma published a transcript of what it said …"
            return self._entity(outlet[2], person=False)
        last = self.last_speaker
        if last is not None and not last.person and self.last_pos >= lo and not _common_group(last.name):
            # "…, a World Bank and U.N. sponsored survey said. Of the … advanced by the World Bank, …, it said":
            # the body that spoke a sentence ago goes on, not one its words name
            return last
        if k >= 1 and self.text.startswith(("It ", "it "), here):
            # "The EU sought to allay the airlines' fears, stressing …. It added that": the body the sentence before
            # is about, when it has spoken already (an acronym the scan keeps no body for)
            before = _main_subject(self.text, lo, here)
            known = (
                self.entities.get(self.acronyms.get(before.name, before.name))
                if before is not None and before.kind == "org"
                else None
            )
            if known is not None and not known.person and known.quotes:
                return known
        # "In a filing with the Securities and Exchange Commission, Harris said …. It also said": not who was told
        bodies = [(p, name) for p, name in self._orgs_between(lo, pos) if not self._addressee(p)]
        for p, name in bodies:
            s_at = self.sentence_starts[bisect.bisect_right(self.sentence_starts, p) - 1]
            if len(self.text[s_at:p].split()) <= (1 if p in self._acronym_at else 6):  # a subject's place
                return self._entity(self.acronyms.get(name, name), person=False)
        subjects: dict[int, Mention | None] = {}  # the subject of this sentence and the one before, read once

        def subject_of(j: int) -> Mention | None:
            if j not in subjects:
                s_hi = pos if j == k else self.sentence_starts[j + 1]
                subjects[j] = _main_subject(self.text, self.sentence_starts[j], s_hi)
            return subjects[j]

        for j in (k, k - 1):
            if j < 0:
                continue
            subject = subject_of(j)
            if subject is not None and subject.kind == "descriptor" and _head(subject.text.lower()) in _ORG_NOUNS:
                # "Donald Trump’s campaign is defending …": the body the sentence is about; "the company", the
                # company the article named
                bare = len(subject.text.split()) == 2 and subject.text.lower().startswith("the ")
                known = self.resolve_quiet(subject, subject.start) if bare else None
                return known or self._entity(LEAD_ARTICLE.sub("", subject.text), person=False)
        last = self.last_speaker
        if last is not None and _people(last.name):
            # "The document said …. Palestinians complain that …. It also noted": no people is "it"; what spoke
            # before them
            last = self.last_it
        if last is not None and (not last.person or _head(last.name.lower()) in _IT_HEADS):
            # "Donald Trump’s campaign is defending … It’s denouncing what it calls "Q"", "The new study found ….
            # It also concluded": a body, or a document, that spoke last
            return last
        # "… the Times gave Clinton a glowing endorsement: [the excerpt] Meanwhile, it attacked Trump": the body
        # last named a few sentences back, by the full name the article gave it
        far = self.sentence_starts[max(0, k - 6)] if self.sentence_starts else 0
        for m in reversed(list(_THE_BODY.finditer(self.text, max(far, self.last_pos), pos))):
            short = m.group(1)  # named since the last quote, or the last speaker is the likelier "it"
            if short.split()[-1].lower() not in ORG_WORDS:
                continue
            named = (n for _, n in reversed(self._orgs_before(pos)))
            full = next((n for n in named if _untailed(n) == short or _untailed(n).endswith(" " + short)), None)
            if full is not None:
                return self._entity(self.acronyms.get(full, full), person=False)
        for j in (k, k - 1):
            if j < 0:
                continue
            s_lo = self.sentence_starts[j]
            subject = subject_of(j)
            if j == k and _after_clause(self.text, s_lo, pos):
                opening = _CLAUSE_INTRO.match(self.text, s_lo)
                comma = self.text.find(",", s_lo, pos)
                if opening is not None and comma > 0:
                    # "When the government announced the sale, it said": the opening clause's subject
                    subject = _main_subject(self.text, opening.end(), comma)
                    if (
                        subject is not None
                        and subject.kind == "descriptor"
                        and _head(subject.text.lower()) in _ORG_NOUNS
                    ):
                        known = self.resolve_quiet(subject, subject.start)
                        return known or self._entity(LEAD_ARTICLE.sub("", subject.text), person=False)
                elif subject is None or not CUE.match(self.text, subject.end + 1):
                    continue  # "Sichuan has had no rain …, it said": the clause's subject is what it spoke of
                elif (
                    subject.kind in ("surname", "org")
                    and subject.name.lower() not in GIVEN_NAMES
                    and self._by_surname(subject.name, pos) is None
                ):
                    # "DrKW said the cuts …. "Either way, …," it added": the one that said the first part
                    ent = self.entities.get(subject.name)
                    return ent if ent is not None else self._entity(subject.name, person=False)
            if (
                subject is not None
                and subject.kind == "surname"
                and " " not in subject.name
                and subject.name.lower() not in GIVEN_NAMES
                and self._proper_word(subject.name)
            ):
                # "Delta has been hit by rising fuel costs. It has said …": one capitalised word the article never
                # names in full, written so inside sentences too, is a firm the scan took for a surname
                ent = self.entities.get(subject.name)
                if ent is None and self._by_surname(subject.name, pos) is None:
                    return self._entity(subject.name, person=False)
                if ent is not None and _firm_like(ent):
                    ent.person = False
                    return ent
        # "… debentures of Digicon Finance N.V. It said" comes to this only when no subject, speaker or named body
        # said more: the first body the sentence or the one before names
        for _, name in bodies[:1]:
            return self._entity(self.acronyms.get(name, name), person=False)
        return None

    def _proper_word(self, word: str) -> bool:
        """A capitalised word the text also writes so after a lower-case word ("hit by Delta in"): a name, not
        "Lower" or "Wheat" opening a sentence."""
        if word not in self._proper:
            # "by Delta in", not "the Interior Ministry"
            self._proper[word] = (
                word[-1:].isalnum()
                and word.lower() not in DEMONYMS
                and any(_LOWER_WORD_BEFORE.search(self.text, max(0, k - 40), k) for k in _standalone(self.text, word))
            )
        return self._proper[word]

    def _spoken_for(self, word: str) -> bool:
        """Whether a one word the article never names in full has its own spokesman or officials ("a Microsoft
        spokeswoman"): a body's name, not a surname (so no "he" means it). Found in one pass, kept."""
        if self._spoken_words is None:
            self._spoken_words = {m.group(1) for m in _SPOKEN_FOR.finditer(self.text)}
        return word in self._spoken_words

    def _one_word_firm(self, pos: int) -> str | None:
        """ "Microsoft says it is clamping down … The company said": a speaker of one capitalised word the article
        never names in full, with no title, sex or given name, that an "it" or a "which" follows, is a firm the scan
        took for a surname; the last such one before "the company" is it. Those followed so are found in one pass,
        and at most a few are tried a call: linear in the text."""
        if self._firm_marks is None:
            self._firm_marks = [(m.start(), m.group(1)) for m in _ONE_WORD_FIRM.finditer(self.text)]
        marks = self._firm_marks
        before = bisect.bisect_left(marks, (pos,))
        for i in range(before - 1, max(-1, before - 9), -1):
            ent = self.entities.get(marks[i][1])
            if ent is not None and ent.quotes and (ent.person or self._spoken_for(ent.name)) and _firm_like(ent):
                ent.person = False
                return ent.name
        return None

    def _introduced_since_last_quote(self, pos: int) -> list[Entity]:
        """People the story turned to (named at a sentence's opening, outside quotes) since the last quote."""
        return [
            e
            for p, e in self._mentions_between(self.last_pos + 1, pos)
            if not self._quoted(p) and self._opens_sentence(p)
        ]

    def _mentions_between(self, lo: int, hi: int) -> list[tuple[int, Entity]]:
        """The person mentions at lo <= position < hi, in position order (on a tie, those found first first)."""
        pm = self.person_mentions
        got = pm[bisect.bisect_left(pm, lo, key=_position) : bisect.bisect_left(pm, hi, key=_position)]
        later = self.later_mentions
        if later:
            more = later[bisect.bisect_left(later, lo, key=_position) : bisect.bisect_left(later, hi, key=_position)]
            if more:
                got = sorted(got + more, key=_position)  # stable: as insort_right into one list would have it
        return got

    def _opens_sentence(self, pos: int) -> bool:
        """A name among the first words of its sentence (after any opening phrase): its subject, someone the
        story turns to; a name deep in a clause ("hours after Trump shamed Alicia Machado") is not."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        lo = self.sentence_starts[k] if k >= 0 else 0
        intro = _INTRO.match(self.text, lo, pos)
        return len(self.text[intro.end() if intro else lo : pos].split()) <= 4

    def _surname_holders(
        self, named: list[tuple[int, Entity]], bare: list[int], length: int
    ) -> list[tuple[int, Entity]]:
        """Who a bare surname means from where on: the first named, then another named in full as a subject
        while the one before was named in full once and not yet called by the surname alone ("Reza Gul" named
        three times stays "Gul" after "Fatima Gul, who also took up arms"), and not as a subject itself (in
        passing: "… and her fiance, Mark Bailey"; "Gary Johnson’s doctor")."""
        # (a mention may start at its title, "candidate Gary Johnson’s doctor", and its surname then be counted
        # bare: not here)
        full = {at + len(e.name) - length for p, e in named if (at := self.text.find(e.name, p, p + 200)) >= 0}
        bare = [i for i in bare if i not in full]
        holders = [named[0]]
        since = 0  # (the first one's bare mentions start with the text: "Trump’s Son Says …" in a headline)
        times = 0  # how often the one holding it has been named in full so far
        for p, ent in named:
            if ent is holders[-1][1]:
                times += 1
            elif (
                times == 1
                and bisect.bisect_left(bare, p) == since
                and self._subject_in_full(p, ent)
                and not self._subject_in_full(*holders[-1])
            ):
                holders.append((p, ent))
                since, times = bisect.bisect_left(bare, p), 1
        return holders

    def _subject_in_full(self, pos: int, ent: Entity) -> bool:
        """Named in full there (not "Mr Somers" read as someone's), as the sentence's subject, owning nothing."""
        at = self.text.find(ent.name, pos, pos + len(ent.name) + 160) if " " in ent.name else -1
        return at >= 0 and self._named_as_subject(at, ent) and not self._possessive(at, ent)

    def _named_as_subject(self, pos: int, ent: Entity) -> bool:
        """A person named in full as the subject: the name opens its sentence with at most a title before it
        ("Homeland Security Secretary Jeh Johnson says"), not after a verb ("Trump repeatedly accused Rafael
        Cruz"); with no title, a given name must open it ("Former Carson" is a sentence's first word and a
        surname)."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        lo = self.sentence_starts[k] if k >= 0 else 0
        intro = _INTRO.match(self.text, lo, pos)
        words = self.text[intro.end() if intro else lo : pos].split()
        if not words:
            return ent.name.split(None, 1)[0].lower() in GIVEN_NAMES
        return len(words) <= 5 and all(
            w[:1].isupper() or w.lower() in ROLE_WORDS or w in ("the", "of", "former") for w in words
        )

    def _possessive(self, pos: int, ent: Entity | None = None) -> bool:
        """ "Clinton’s audio": an owner, rarely what a following he/she refers to. The name's own last word
        is what must carry the 's: in "NBC’s Dante Chinni" the mention starts at the owner, not the person."""
        if ent is not None and " " in ent.name:
            last = ent.name.rsplit(" ", 1)[1]
            at = self.text.find(last, pos, pos + len(ent.name) + 40)
            if at >= 0:
                return self.text.startswith(("'s", "’s"), at + len(last))
        m = _WORD_AT.match(self.text, pos)
        # ("Mr Iliaronov's comments": the word may hold its 's)
        return m is not None and (self.text.startswith(("'s", "’s"), m.end()) or m.group().endswith(("'s", "’s")))

    def _quoted(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quote_ends[i]

    def _recent_person(self, pos: int, gender: str | None = None) -> Entity | None:
        recent = None
        for p, ent in self.people:
            if p >= pos:
                break
            if (ent.title or ent.quotes) and (gender is None or ent.gender in (None, gender)):
                recent = ent
        return recent

    def _fits(self, ent: Entity | None, gender: str) -> Entity | None:
        return ent if ent is not None and ent.person and ent.gender in (None, gender) else None

    def resolve(self, m: Mention | None, pos: int) -> Entity | None:
        """The entity a mention stands for, remembering how it was named. `self.step` names the resolver step
        that decided it ("pronoun:nearby-person", "surname:full-name", "descriptor:title", …), for --explain."""
        self.step = ""
        if m is None:
            return None
        ent: Entity | None
        alias: str | None = m.text
        if m.kind == "pronoun":
            if m.name == "i":
                self.step = "pronoun:writer"
                return None  # "I laughed and said, "…"": the writer, whom the article does not name
            if m.name == "someone":
                self.step = "passive:unnamed"
                return None  # "He is described as "…"": whoever described him is not named
            alias = None
            ent = self.last_speaker
            if m.name in ("he", "she"):
                g = "m" if m.name == "he" else "f"
                if ent is not None and (not ent.person or ent.gender not in (None, g)):
                    ent = None
                near = self._nearby_person(pos, gender=g)
                if (
                    near is not None
                    and (own := _NAME_COMMA_BEFORE.search(self.text, max(0, m.start - 40), m.start)) is not None
                    and own.group(1) in near.name.split()
                    and self.last_speaker is not near
                ):
                    # "Gingrich, he said, came back to find his home emptied": the name the clause opens with is
                    # what was said about; the one who spoke goes on ("he" is Browning)
                    near = None
                self.step = "pronoun:nearby-person" if near is not None else "pronoun:last-speaker"
                ent = near or ent
                if ent is None:
                    ent, self.step = self._nearby_person(pos, possessive=True, gender=g), "pronoun:nearby-owner"
                if ent is None:
                    ent, self.step = self._recent_person(pos, g), "pronoun:recent-person"
                if ent is None:
                    ent, self.step = self._fits(self.last_speaker, g), "pronoun:last-speaker"
            elif m.name == "it":
                ent = self._nearby_body(pos)  # "what it called "Q"": a body named just before, never a person
                self.step = "pronoun:nearby-body"
            elif m.name == "one":
                # `The diplomats said …. "…," one said`: one of the group that spoke last, which is all the text
                # names; after one person or none, no one it names
                nearby = self._nearby_group(pos, m.start)
                if (
                    nearby is None
                    and ent is not None
                    and (ent.person or not names_group(_head_noun(ent.name)) or pos - self.last_pos > _ONE_OF_REACH)
                ):
                    # the last speaker is one person, a body or a document, not a group one belongs to; or spoke
                    # too far back to be the group the sentence means
                    ent = None
                ent = nearby or ent
                self.step = "pronoun:one-of-group"
            elif m.name == "they":
                nearby = self._nearby_group(pos, m.start)
                self.step = "pronoun:nearby-group" if nearby is not None else "pronoun:last-speaker"
                if nearby is None and ent is not None and _one_of_a_kind(ent):
                    one_named = ent.person and not _unnamed(ent.name)  # (an unnamed one may be "they")
                    ent = None  # "…," said George Lundberg. … They said': no one person, no one report, is "they"
                    if one_named and (spoke := self._group_spoke_since(pos)) is not None:
                        # "The six MPs … pleaded …. Barre Shill, one of the six MPs, told …. They accused …, saying":
                        # the group that spoke a few sentences back, one of its members since
                        ent, self.step = spoke, "pronoun:recent-group"
                ent = nearby or ent
            if ent is None:
                self.step = ""
                return None
        elif m.kind == "surname" or (_capital_role(m) and self._by_surname(m.text, pos) is not None):
            # (the word before the surname: "In an online video Miss Somers" is read whole at times)
            ahead = m.text[: len(m.text) - len(m.name)].split() if m.text.endswith(m.name) else m.text.split()[:1]
            sex = HONORIFIC_GENDER.get(ahead[-1].lower().rstrip(".")) if ahead else None
            ent = self._bare_holder.get(m.end - len(m.name)) if m.text.endswith(m.name) else None
            if ent is None or (sex is not None and _sex_of(ent) not in (None, sex)):
                ent = self._by_surname(m.name, pos, sex)
            self.step = "surname:full-name" if ent is not None else "surname:alone"
            place = m.name.lower() in PLACES or m.name in _PLACE_SHORT  # "Australia expects …": a country speaks
            if (
                ent is None
                and (org := self._org_short(m.name, pos)) is not None
                and (not place or legal_suffix(_body_head(org)))  # "Delhi Petroleum Pty Ltd"
            ):
                # "Burlington said" after "Burlington Industries Inc": the company, by the first word of its name
                # (not "Israel said" after "Israel Defense Forces", "Iran" after "Iran's Defense Ministry")
                ent, self.step = self._entity(org, person=False), "surname:org-short-form"
            spoken = self._body_words.get(m.name) if ent is None and not place else None
            if spoken is not None and spoken.quotes and not spoken.person and spoken.name != m.name:
                # "N.V. Philips Gloeilampenfabrieken said …. Philips, listed on 17 exchanges, said": a body that
                # has spoken, by a word of its name (one no list of bodies held: its name ends in no firm's word)
                ent, self.step = spoken, "surname:spoken-body"
            if (
                ent is None
                and m.name not in self.entities
                and not place  # "Israel said" is the country, not "Israel Defense Forces"
                and (named := self._by_name_part(m.name, pos)) is not None
            ):
                # "Shamshad said" after "Shamshad Ahmad", "Qadeer" after "Abdul Qadeer Khan": a given or middle
                # name the article calls its one bearer by
                ent, self.step = named, "surname:name-part"
            if (
                ent is None
                and m.name not in self.entities
                and not place
                and (typo := self._misspelt(m.name, pos)) is not None
            ):
                ent, self.step = typo, "surname:misspelt"  # "Panglos said" after "Theodoros Pangalos"
            if ent is None and m.name not in self.entities and _adjective_of_place(m):
                # "British hope Imelda Staunton is …", "what the British say": a nation's adjective, no one's
                # surname (a "French" the article names in full was found above)
                self.step = ""
                return None
            if ent is None:
                known = m.name in self.entities
                # ("the Bundesbank said", "the Pentagon": one capitalised word after "the" is a body; no one is
                # "the Smith", and an "it" may mean it)
                ent = self._entity(
                    m.name,
                    person=not place and not _THE_WORD.fullmatch(m.text) and not self._spoken_for(m.name),
                )
                if place:
                    self.step = "surname:place"
                if not known and ent.person:
                    self._add_mentions(ent)
            if m.title and not ent.title and not m.title.startswith(_RELATIVE_WORDS):
                # "Chung, who is also Minister of …,": "Minister of …"; "Britain, which holds …", "Putin, on a
                # visit to London on Monday, said": no title
                title = _APPOS_LEAD.sub("", m.title).removeprefix("also ")  # "also founder of the company"
                if not _not_apposition(title.lower()) and not _only_place(title):
                    ent.title = title
        elif m.kind == "name" and (by := _WORK_BY.match(m.text)) and by.group(1).lower() in self.works:
            # "The book by Sunday Telegraph journalist Robert Peston said": the book speaks under the title the
            # article gives it ("The book, Brown's Britain, said"); with no title, its author speaks for it
            ent = self._entity(self.works[by.group(1).lower()], person=False)
            alias = by.group(0).strip()
            self.step = "name:work-by"
        elif (
            m.kind == "name"
            and m.name.split()[0].lower() not in GIVEN_NAMES
            and (owned := _OWNER_THEN_WORD.search(m.text)) is not None
            and (bearer := self._by_surname(owned.group(1), pos)) is not None
            and bearer.name != m.name
        ):
            # "Texaco's Stevens said" after "Dan Stevens, manager of … at Texaco": the surname, with its owner
            # (the name read "Texaco Stevens")
            ent, alias, self.step = bearer, None, "surname:full-name"
        elif (
            m.kind == "name"
            and _unproven(self.entities.get(m.name))
            and (firm := self._firm_by_prefix(m.name, pos)) is not None
        ):
            # "Pacific Western said" after "Pacific Western Airlines Corp": the firm by the first words of its name
            ent, alias, self.step = firm, m.text, "name:firm-short-form"
        elif m.kind == "name":
            self.step = "name"
            known = m.name in self.entities
            longer = None if known else self._by_surname(_surname_of(m.name), pos)
            extra = longer.name[: -len(m.name)].split() if longer is not None else []
            if (
                longer is not None
                and longer.name.endswith(" " + m.name)
                and all(_PLAIN_WORD.fullmatch(w) and w.lower() not in ROLE_WORDS for w in extra)
            ):
                ent, known = longer, True  # "Carlos Ferrero" read off "number one Juan Carlos Ferrero"
            else:
                ent = self._entity(m.name, person=True)
            parts = m.name.split()
            if not known and ent.person and (len(parts) == 2 or parts[0].lower() in GIVEN_NAMES):
                # a name the scan passed over ("according to Gibson Gayle", read as a place after "to"): "Gayle
                # said" later is the same person (not a longer run that may hold a body's last word, "and Budget
                # James Miller")
                self._index_person(m.start, ent)
            if (
                m.title
                and (not ent.title or (ent.title.lower() in HONORIFICS and _has_role(m.title)))
                and not ent.name.endswith(m.title + " " + m.name)
                and not _only_place(m.title)
            ):
                # "the Vatican's deputy spokesman, Father Ciro Benedettini": a role over "Father" ("Edward Leigh, who
                # is chairman of …": the role)
                title = _APPOS_LEAD.sub("", m.title) or m.title
                if not (title.startswith("in ") and title[3:4].isupper() and not _has_role(title)):
                    ent.title = title  # (not "who is also in Dubai": where, not who)
            alias = None
        elif m.kind == "org" and " " not in m.text and (bearer := self._by_surname(m.text, pos)) is not None:
            # "Hall said" after "Jim Hall": a surname that is also a body's word (hall, church, bank)
            ent, alias, self.step = bearer, None, "surname:full-name"
        elif m.kind == "org" and m.name in _LONE_TIME_NAMES:
            # "Wednesday added one more development", "What Bush did Thursday … suggested": a day or a month that
            # names no one here, unless a person of that surname ("said Friday" after "coach Mike Friday")
            bearer = next((e for e in self.entities.values() if e.person and e.name.endswith(" " + m.name)), None)
            if bearer is None:
                self.step = "org:time"
                return None
            ent, alias, self.step = bearer, None, "surname:full-name"
        elif m.kind == "org":
            name = LEAD_ARTICLE.sub("", m.name)
            self.step = "org:acronym" if name in self.acronyms else "org"
            name = self.acronyms.get(name, name)
            if _JOINED_INITIALS.fullmatch(name) and (full := self._org_by_initials(name, pos)) is not None:
                name, self.step = full, "org:initials"  # "S and P said" after "Standard and Poor's Corp"
            elif _BARE_ACRONYM.fullmatch(name) and (full := self._org_by_initials(name, pos)) is not None:
                name, self.step = full, "org:initials"  # "the FBI said" after "The US Federal Bureau of Investigation"
            elif " " not in name and (org := self._org_short(name, pos)) is not None:
                name, self.step = org, "org:short-form"  # "CSR said" after "CSR Ltd"
            elif (
                " " not in name
                and (name.lower() in ORG_WORDS or name.lower() in BODY_LAST_WORDS)
                and m.text[:4].lower() == "the "
                and (fuller_body := self._fuller_body(name, m.start)) is not None
            ):
                # "The Association said" after "The Danish Banks Association announced"
                name, self.step = fuller_body, "org:short-form"
            elif " " in name and name not in self.entities:
                # "the Mining Society said" after "the National Mining Society": the body named in full before
                fuller = [
                    e.name
                    for e in self.entities.values()
                    if not e.person
                    and e.name.endswith(" " + name)
                    and all(w[:1].isupper() for w in e.name[: -len(name)].split())  # not "analysts of the X"
                ]
                # ("Standard and Poor's said" after "Standard and Poor's Corp", read as 'Standard and Poor Corp')
                bare = _POSSESSIVE_END.sub("", name)
                opening = [n for _, n in self._orgs_before(pos) if n.startswith(bare + " ")] if " and " in name else []
                if len(fuller) == 1:
                    name, self.step = fuller[0], "org:short-form"
                elif opening:
                    # "Fertility and Genetics said" after "Fertility and Genetics Research Inc": one firm, not two
                    name, self.step = opening[-1], "org:short-form"
            ent = self._entity(name, person=False)
            if (kind := outlet_kind(m.text)) is not None:
                # "the official daily Fraternite Matin": no person's, whatever the scan took it for; what "the
                # newspaper" means after it
                ent.person = False
                bisect.insort(self._outlets, (m.start, kind, _POSSESSIVE_END.sub("", name)))
            alias = m.text if m.text != name else None
        else:  # descriptor
            if m.text.lower() in ("company", "firm"):
                # "As of October 16, company said": a wire's "the company" without its article
                m = Mention(m.kind, "the " + m.text, "the " + m.text, m.title, m.start, m.end)
            low = m.text.lower()
            ent = None
            words = m.text.split()
            if _PAPER_TITLE.fullmatch(m.text):
                # "The Hollywood Reporter says": a publication by its title, not a reporter the story named
                self.step = "descriptor:as-named"
                ent = self._entity(LEAD_ARTICLE.sub("", m.text), person=False)
                _record_mention(ent, m)
                return ent
            if (
                len(words) == 1
                and m.text[:1].isupper()
                and m.text[1:].islower()
                and (org := self._org_short(m.text, pos)) is not None
                and org.startswith(m.text + " ")  # (not "Bankers said" after "… Merchant Bankers Ltd")
            ):
                # "Elders said" after "Elders IXL Ltd", "Traders said" after "Metal Traders Ltd": the firm by its
                # first word, not a group
                self.step = "descriptor:org-short-form"
                ent = self._entity(org, person=False)
                ent.aliases[m.text] = None
                _record_mention(ent, m)
                return ent
            if len(words) == 2 and low.startswith("the ") and words[1] in self.acronyms:
                # "The ONS said" after "the Office for National Statistics (ONS)": the body by its full name
                self.step = "org:acronym"
                ent = self._entity(self.acronyms[words[1]], person=False)
                ent.aliases[m.text] = None
                _record_mention(ent, m)
                return ent
            work = self.works.get(low.split()[1] if len(low.split()) > 1 else "") or self.works.get(_head_noun(low))
            issuer = _ISSUER.fullmatch(m.text)
            outlet = self._outlet_before(pos) if _PRESS_ANAPHOR.fullmatch(low) else None
            statement = _STATEMENT_WORD.search(low)
            said_for = self._statement_issuer(m, statement, pos) if statement is not None else None
            surname_of = _SURNAME_OF.match(m.text)
            named_so = self._by_surname(surname_of.group(1), pos) if surname_of is not None else None
            if named_so is not None and named_so.person:
                # "Elhauge of Harvard said", "Mr Skeens of Brownsville": the person the article named so (not
                # "Voice of America", "Lloyds of London", "Rescuers from the Humane Society": no one by that name)
                ent, alias, self.step = named_so, m.text, "descriptor:surname-of"
            elif said_for is not None:
                # "the statement said" after "The ministry issued a statement", "a statement issued by spokesman
                # X said", "the ministry's statement said": a statement speaks for its issuer (GUIDE)
                ent, alias, self.step = said_for, m.text, "descriptor:statement-issuer"
            elif outlet is not None:
                # "the paper said" after "The New York Times reported": the newspaper named last
                ent, alias, self.step = self._entity(outlet, person=False), m.text, "descriptor:outlet"
            elif (paper := _NAMED_MEDIUM.fullmatch(m.text)) is not None and _paper_name(paper.group(1)):
                # "today's Financial Post newspaper", "the Jerusalem Post daily": the paper by its name
                ent, alias, self.step = self._entity(paper.group(1), person=False), m.text, "descriptor:outlet-named"
            elif (
                issuer is not None
                and _head_noun(low) in _DOCUMENTS
                and self._is_body(issuer.group(1))
                # a dated report, survey or article is its own speaker (GUIDE); a court's dated decision is the
                # court's ("A 1972 U.S. Supreme Court decision makes it clear that")
                and (not _DATED.match(low) or _head_noun(low) in ("decision", "ruling"))
            ):
                # "the IMF report stated": the body whose document it is speaks through it
                ent = self._entity(self.acronyms.get(issuer.group(1), issuer.group(1)), person=False)
                alias = m.text
                self.step = "descriptor:issuer"
            elif work is not None and low.split()[0] in ("the", "a", "an"):
                ent = self._entity(work, person=False)
                alias = m.text
                self.step = "descriptor:work"
            elif (
                low.startswith("the ")
                and _head_noun(low) in ORG_WORDS
                and _PROPER_BODY.fullmatch(m.text, 4) is not None
                and _head(low) not in ORG_WORDS | _ORG_NOUNS
            ):
                # "According to the Union of Concerned Scientists": a body by its proper name, not the title of
                # the person who chairs it ("chairman of the Union of Concerned Scientists")
                ent, alias, self.step = self._entity(m.text[4:], person=False), None, "descriptor:body-name"
            elif (
                low.startswith("the ")
                and _head(low) in ORG_WORDS | _ORG_NOUNS
                # (not "the joint report from the FAO and the World Food Programme": a work speaks as named)
                and not (_head_noun(low) in _DOCUMENTS and (" by " in low or " from " in low))
            ):
                # "the group says": the organisation last named, by preference one of that kind.
                before = self._orgs_before(pos)
                head = _head(low)
                # "A group controlled by Alfred Lerner said …. In a filing …, the group said": the group that spoke
                # through its leader, not the last body named
                leader = self._group_leader(pos) if head in _LED_GROUPS else None
                # "the commission": "… Commission" or "Commission on …", not a body with the word inside its name
                # ("the exchange" is no "Securities and Exchange Commission")
                same = (
                    [n for _, n in before if head in n.lower() and _headed_by(head).search(n.lower())]
                    if leader is None
                    else []
                )  # (the substring test first: a pattern compiled for a head no name holds is wasted)
                # "The EU observer group issued a statement": the body the words name, not the one named before
                inside = (
                    [n for at_, n in self._orgs_between(m.start, m.start + len(m.text)) if at_ in self._acronym_at]
                    if leader is None and head in _GENERIC_ORG_NOUNS
                    else []
                )
                body: str | None = None
                if leader is not None:
                    ent, alias = leader, m.text
                    self.step = "descriptor:group-leader"
                elif inside:
                    body = inside[-1]
                elif (
                    (kind := _MEDIA_KINDS.get(head)) is not None
                    and (outlet_ := self._kind_named_outlet(pos)) is not None
                    and outlet_[1] == kind
                ):
                    body = outlet_[2]  # "the newspaper Granma said …. The newspaper said"
                elif low.count(" ") >= 2 and (introduced := self._introduced_as(low)) is not None:
                    body = introduced
                elif same:
                    body = same[-1]
                elif (
                    head in _INDUSTRY_FITS
                    and low.count(" ") == 1
                    and (fitting := [n for _, n in before if _INDUSTRY_FITS[head].search(n)])
                ):
                    # "American Airlines Inc cut fares. The airline said", "… Westpac Banking Corp …. The bank
                    # said": the firm named last whose name shows that trade ("the central bank" is none)
                    body = fitting[-1]
                elif head in _GENERIC_ORG_NOUNS:
                    # "the group": the body named last, passing over courts and arms of the state ("… when the
                    # Appeal Court ruled …. But the group says" is the Countryside Alliance); a body that spoke in
                    # the sentence before goes on ("Texaco Inc said … Pennzoil Co's judgment. The company said")
                    not_it = _NOT_COMPANIES if head in ("company", "firm") else _STATE_BODIES
                    k = bisect.bisect_right(self.sentence_starts, pos) - 1
                    here = self.sentence_starts[k] if k >= 0 else 0
                    fit = [
                        n
                        for at_, n in before
                        if _body_head(n) not in not_it
                        and n not in self._acronym_bodies
                        # "In a filing with the Securities and Exchange Commission, the group said": who it told
                        and not (at_ >= here and self._addressee(at_) and _OPENING_PHRASE.match(self.text, here, at_))
                        # nor a paper for "the company" ("told the BBC News website"), unless named as a firm
                        and not (not_it is _NOT_COMPANIES and n.rsplit(None, 1)[-1].lower() in _PAPER_ENDS)
                    ]
                    body = fit[-1] if fit else None
                    if body is None and head in _STATE_SIDE_NOUNS:
                        # "the agency" may be an arm of the state ("The agency said" after only the National
                        # Highway Traffic Safety Administration); a firm or a group is not, nor is a court or the
                        # exchange a firm lists on
                        fit = [n for _, n in before if _body_head(n) not in _NOT_AGENCIES]
                        body = fit[-1] if fit else None
                    last = self.last_speaker
                    # (three sentences back: "Standard and Poor's Corp said … S and P cut … A-1-plus commercial
                    # paper was affirmed. The agency said": the agency that spoke, not the unit it rated)
                    prev = self.sentence_starts[max(0, k - 3)] if self.sentence_starts else 0
                    if last is not None and not last.person and self.last_pos >= prev:
                        # (an arm of the state that spoke is no "company": "The California Department of
                        # Corporations said Sonora … The company also said")
                        barred = _STATE_BODIES if head in ("company", "firm") else frozenset()
                        body = next((n for _, n in before if n == last.name and _body_head(n) not in barred), body)
                    if body is None and head in ("company", "firm"):
                        body = self._one_word_firm(pos)
                    spoke = self.last_body
                    if (
                        body is None
                        and spoke is not None
                        and len(m.text.split()) <= 4  # "the company", "the Swedish firm"; not a body's own name
                        and " news " not in f" {low} "  # "The Dutch news agency": a paper's, said of outlets
                        # a few sentences ago: later, other bodies the lists miss may have come up ("IBM")
                        and self.last_body_pos >= self.sentence_starts[max(0, k - 3)]
                        and _own_body_name(spoke.name)
                        and _body_head(spoke.name) not in not_it
                    ):
                        # "UK Coal said … The company said": a body no list of bodies holds (its name ends in no
                        # body's word) that has spoken is what "the company" is
                        body = spoke.name
                else:
                    body = self._named_body(head, pos)  # "the commission": a Commission, never the Oval Office
                if body is not None and (nationality := {w for w in low.split()[1:-1] if w in DEMONYMS}):
                    # "the Peruvian foreign ministry" is no "Italian Foreign Ministry" named before it (a body whose
                    # name says no nationality may be of this one: "The Australian firm" after Multiplex Group)
                    body_nationality = {w for w in body.lower().split() if w in DEMONYMS}
                    body = None if body_nationality and not nationality <= body_nationality else body
                if body is not None:
                    ent = self._entity(self.acronyms.get(body, body), person=False)
                    alias = m.text
                    self.step = "descriptor:named-body"
            elif (age := _AGE_DESCRIPTOR.fullmatch(low.split(" who ", 1)[0])) is not None and (
                age.group(2) in DEMONYMS | {None} or (age.group(2) in PEOPLES and "-year-old" in low)
            ):
                # "the 28-year-old", "the 24-year-old actress": someone the story is about, by age: whoever was
                # titled so, else the last speaker unless the story turned to someone since, else the person the
                # sentence or the one before names (titled or not), of the sex the noun says
                ent = self._by_title(m.text, pos) if age.group(1) else None
                gender = _title_gender(age.group(1) or "")
                last = self.last_speaker
                if ent is None and last is not None and last.person and last.gender in (None, gender or last.gender):
                    newer = [
                        e for e in self._introduced_since_last_quote(pos) if e.gender in (None, gender or e.gender)
                    ]
                    ent = newer[-1] if newer else last
                if ent is None:
                    ent = self._nearby_person(pos, gender=gender)
                self.step = "descriptor:age"
            elif low.startswith("the ") and not _OWNS.search(low):
                # "the lawsuit said": a document is nobody's title; "the standards writers said": a group is not
                # the one person whose title shares a word
                noun = _head_noun(low)
                many = _plural(noun) and not noun.endswith(("is", "us"))  # not "the analysis", "the US"
                same_role = self.by_role.get(noun)
                if same_role is not None and LEAD_ARTICLE.sub("", same_role.name.lower()) == low[4:]:
                    ent = None  # "the State Department official" after "a State Department official": that one
                else:
                    # (not "the British", a people, for "British Prime Minister Margaret Thatcher")
                    people = a_people(noun)
                    # (nor a body of people: "the AI delegation" is not "AI Secretary-General Pierre Sane")
                    nobody = noun in _DOCUMENTS or _head(low) in _BODIES_OF_PEOPLE
                    ent = self._by_title(m.text, pos) if not nobody and not many and not people else None
                self.step = "descriptor:title"
                last = self.last_speaker
                if (
                    same_role is not None
                    and last is not None
                    and last is not same_role
                    and _head_noun(last.name.lower()) == _head_noun(low)
                    and _same_kind(low, last.name)
                ):
                    # "the Reebok spokesman said …. "…," the spokesman said": the spokesman who spoke last goes
                    # on, not the ministry's introduced before him
                    same_role = last
                if ent is None and same_role is not None and _same_kind(low, same_role.name):
                    # "the spokesman said" after "…, a spokesman for the Ministry of Trade said": the one
                    # introduced so, whoever spoke in between (not "the family spokesperson" after "a
                    # spokesperson for the White House")
                    ent, alias, self.step = same_role, m.text, "descriptor:same-role"
                last = self.last_speaker
                if (
                    ent is None
                    and last is not None
                    and last.person
                    and not self.nested  # "Steward said the principal said …": someone other than the teller
                    # an unnamed last speaker is "the X" only if "the X" adds nothing it lacks: not "the family
                    # spokesperson" after "a spokesperson for the White House"
                    and (not _unnamed(last.name) or _same_kind(low, last.name))
                ):
                    head = _head(low)
                    if (
                        head in ROLE_WORDS
                        and head not in ORG_WORDS | _DOCUMENTS
                        and not head.endswith("s")
                        # "the source" is the source who spoke last, never a named person
                        and (head not in _ANONYMOUS_HEADS or _head(last.name.lower()) in _ANONYMOUS_HEADS)
                        # "The central banker said" after the Speaker spoke: the market's unnamed voices are no
                        # one named, unless the last speaker was introduced so ("Jim Smith, a dealer at …")
                        and (head not in _MARKET_HEADS or head in f"{last.name} {last.title or ''}".lower())
                    ):
                        # The last speaker, unless someone else was introduced since their last quote.
                        newer = self._introduced_since_last_quote(pos) if head not in _ANONYMOUS_HEADS else []
                        ent = newer[-1] if newer and newer[-1] is not self.last_speaker else self.last_speaker
                        if ent is not None and ent is not self.last_speaker:
                            # "… with Morning Joe hosts Joe Scarborough and Mika Brzezinski …. Bill Clinton …. "…,"
                            # the host said": the one the text titled so, before whoever came up since
                            ent = self._titled_before(head, m.start) or ent
                        if (
                            ent is not None
                            and ent is self.last_speaker
                            # (not the one so titled or named: "Jane Doe, a spokeswoman", "a Benetton spokeswoman")
                            and head not in (ent.title or "").lower()
                            and head not in ent.name.lower()
                            and not any(head in a.lower() for a in ent.aliases)
                            and re.search(
                                rf"\b(?i:a|an|another|one)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b",
                                self.text[max(0, m.start - 1000) : m.start],
                            )
                        ):
                            # "… sent a reporter to spend a day in his courtroom …. The reporter wrote": the one
                            # the story brought in unnamed, not the judge who spoke last
                            ent = None
                        if ent is not None and _holds_another_role(ent, low, head):
                            # "the spokesman" is not whoever the story turned to, unless titled so; "The prime
                            # minister denied …" after the deputy prime minister spoke is not he
                            ent = None
                        if ent is not None and _other_sex(ent, low):
                            ent = None  # "The New York businessman has praised Putin" after "…," she said"
                        self.step = "descriptor:last-speaker" if ent is self.last_speaker else "descriptor:newer-person"
                        if (
                            (ent is None or ent is self.last_speaker)
                            and (
                                ent is None or (head not in (ent.title or "").lower() and head not in ent.name.lower())
                            )
                            and (spoke := self._unnamed_of_kind(head, low)) is not None
                            and spoke is not ent
                        ):
                            # "…, a high-ranking official at presidential office said …. President Rafsanjani
                            # said …. The official at presidential office said": the one unnamed speaker of that
                            # kind, not the president who spoke last
                            ent, self.step = spoke, "descriptor:same-unnamed"
                        if ent is not None and ent.name.lower() in low.split()[1:-1]:
                            ent = None  # "The Bat spokeswoman" is Bat's, not Bat (a firm the scan took for a name)
                if ent is None:
                    rp = self._recent_person(pos)
                    head = _head(low)
                    if (
                        rp is None
                        and self.last_speaker is None
                        and head in ROLE_WORDS
                        and head in m.text
                        and not _UNNAMED_WORD.search(low)  # "The unnamed instructor" is no one named before
                    ):
                        # "Nicholas Betts-Green, who had been selected …, quit …. The former teacher confirmed
                        # …": no one titled yet, the person the sentence before opened with, named in full
                        rp = self._nearby_person(pos, gender=_title_gender(low))
                        k = bisect.bisect_right(self.sentence_starts, pos) - 1
                        since = self.sentence_starts[max(0, k - 1)] if k >= 0 else 0
                        if rp is not None and not any(
                            e is rp and self._subject_in_full(p, e) for p, e in self._mentions_between(since, pos)
                        ):
                            rp = None
                    if (
                        rp is not None
                        and head in ROLE_WORDS
                        and head not in ORG_WORDS | _DOCUMENTS | _ANONYMOUS_HEADS  # "The survey said": no person
                        and self.last_speaker is None
                        # "Qassim, a Somali-born Australian citizen, has been freed …. "…," the spokesman said": one
                        # who speaks for others is not the one spoken of, unless titled so; nor is a group one person
                        and not _holds_another_role(rp, low, head)
                        and not _plural(head)
                    ):
                        ent = rp
                        self.step = "descriptor:recent-person"
                        if not rp.title:
                            rp.title = LEAD_ARTICLE.sub("", m.text)  # ("the prime minister" said again later)
            elif (owner := _PERSON_ROLE_OF.fullmatch(m.text)) is not None and _singular_role(low):
                # "Obama's former campaign strategist said": a definite role of someone's, like "the strategist";
                # whoever was titled so, else the person the story turned to last (never the owner)
                ent = self._by_title(m.text, pos)
                self.step = "descriptor:role-of-title"
                if ent is None:
                    newer = [
                        e
                        for e in self._introduced_since_last_quote(pos)
                        if owner.group(1) not in e.name.split()
                        and not _holds_another_role(e, low, _head(low))
                        and not _of_another_place(e.title or "", owner.group(1))
                    ]  # (not "First Minister Jack McConnell" for "Scotland's justice minister", nor "British author
                    # Salman Rushdie" for "Iran's foreign minister")
                    ent = newer[-1] if newer else None
                    self.step = "descriptor:role-of-newer"
            elif (pg := _PRONOUN_GROUP.fullmatch(m.text)) is not None:
                # "His opponents say …": the group of the person "his" means, named as the article would
                # ("Fujimori's opponents")
                g = "m" if pg.group(1).lower() == "his" else "f"
                holder = self._nearby_person(pos, gender=g) or self._recent_person(pos, g)
                if holder is not None:
                    ent = self._entity(f"{holder.name.split()[-1]}'s {pg.group(2)}", person=False)
                    self.step = "descriptor:owner-group"
            if ent is None and (named_next := self._named_next(low, pos)) is not None:
                # "…, a federal judge said. Judge Ruben Castillo this week issued …": the wire lead's unnamed
                # role is the one the next sentence names with it
                ent, alias, self.step = named_next, m.text, "descriptor:named-next"
            if ent is None and (
                _FRAGMENT.search(m.text) or _event_head(_head_noun(low)) or low.rsplit(None, 1)[-1] in _PRONOUN_END
            ):
                # "could blunt Republican", "the Aug. 7 bombing of the embassy", "the next day by the New York Daily
                # News it": no one speaks
                self.step = ""
                return None
            bare = low.removeprefix("the ")
            if ent is None and bare != low and " " not in bare and bare.endswith("s"):
                # "the lawyers said" after "Burlington lawyers contended": a definite group is the one named before
                # with that head (a bare "Officials said" may be a new group: it is left as named)
                latest = self.by_head.get(bare)  # the one named most lately (quotes are read in order)
                if latest is not None:
                    ent, alias, self.step = latest, m.text, "descriptor:same-head"
            elif ent is None and bare != low and bare in _OWN_WORKS and low not in self.described:
                # "the report on Turkey stated …. The report said", "a police statement said …. the statement
                # said": the work named before with that head
                latest = self.by_head.get(bare)
                if latest is not None and latest.name.lower().startswith(("the ", "a ", "an ")):
                    ent, alias, self.step = latest, m.text, "descriptor:same-head"
            if (
                ent is None
                and bare != low
                and low not in self.described
                and (again := self.described.get(f"a {bare}")) is not None
            ):
                ent, alias, self.step = again, m.text, "descriptor:same-head"  # "a police statement … the police …"
            group = _group_key(m.text)
            if ent is None and group is not None and group in self.groups:
                # "Lawyers for Samjens" after "Samjens lawyers": one group, named two ways
                ent, alias, self.step = self.groups[group], m.text, "descriptor:same-group"
            if ent is None:
                noun = _head_noun(low)
                # "Traders in London" are a group: the head noun is plural, though the last word is not
                # ("the Duchess of York" is one person: a noun in -ss is no plural)
                # ("the source close to the Philippines": a role's head decides, whatever the last word)
                person = (
                    ((noun in ROLE_WORDS and noun not in _NO_PERSON_ROLES) or not _plural(low))
                    and not _plural(noun)
                    and noun not in _DOCUMENTS | _ORG_NOUNS
                )
                # "Bankers said …" opening a sentence and "bankers said …" inside one are one group
                ent = self.described.get(low) or self._entity(m.text, person=person)  # "a Homeland Security memo"
                self.described.setdefault(low, ent)
                if (
                    ent.name != m.text
                    and ent.name[1:] == m.text[1:]
                    and m.text[:1].islower()
                    and m.text not in self.entities
                ):
                    # shown as the article writes it inside a sentence: "bankers", not "Bankers" from a sentence start
                    del self.entities[ent.name]
                    ent.name = m.text
                    self.entities[ent.name] = ent
                alias = None
                self.step = "descriptor:as-named"
                if group is not None:
                    self.groups[group] = ent
        if m.kind == "descriptor" and not ent.person:
            self.by_head[_head_noun(ent.name.lower())] = ent
        elif (
            m.kind == "descriptor"
            and ent.name == m.text
            and (role := _head_noun(m.text)) in ROLE_WORDS
            and m.text.split()[0].lower() != "the"  # "a spokesman" introduces one; "the candidate" points back
        ):
            self.by_role[role] = ent
        if (
            alias
            and alias != ent.name
            and alias.lower() not in (a.lower() for a in ent.aliases)
            and not (m.kind != "descriptor" and _clause_alias(alias))
        ):
            ent.aliases[alias] = None
        _record_mention(ent, m)
        if ent.person and m.kind in ("name", "surname"):
            self._add_person_mention(m.start, ent)
        return ent


def _cue_before(text: str, lo: int, hi: int, quotes: list[Span]) -> tuple[re.Match[str], str] | None:
    """The last speech cue in text[lo:hi] that is not inside a quotation."""
    found = None
    for m in CUE.finditer(text, lo, hi):
        if any(q.open <= m.start() < (q.close if q.close >= 0 else q.end) for q in quotes):
            continue
        if _OWNER.search(text, max(lo, m.start() - 3), m.start()):
            continue  # "Mr. Obama's remarks": a noun, not a speech verb
        found = m
    if found is None:
        return None
    return found, found.group(1)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - the last one is wanted
        pass
    return found


def _adjective_of_place(m: Mention) -> bool:
    """A lone "Chinese", "British", "Israeli" read as a surname: an adjective before a plural noun, not a person."""
    return m.kind in ("name", "surname") and " " not in m.text and a_people(m.text)


def _main_subject(text: str, lo: int, hi: int) -> Mention | None:
    """Subject of the clause a participle hangs on: "X called on them…, saying "Q"."""
    # "Sen. Bernie Sanders (Vt.) named …": blank out parentheses, keeping offsets.
    seg = _PARENS.sub(lambda m: " " * len(m.group()), text[lo:hi])
    off = 0
    for _ in range(3):
        m = _INTRO.match(seg, off) or _PREP_INTRO.match(seg, off) or _TIME_INTRO.match(seg, off)
        if not m:
            break
        off = m.end()
    header = _CAPS_HEADER.match(seg, off)
    if header:
        off = header.end()  # "CONGRESS HAS INVESTIGATED HIM — Oz’s advice earned him …": a feature's run-in head
    rest = seg[off:]
    # "House Speaker Paul Ryan, R-Wis., despite admitting …": the name before an inserted clause;
    # "His former business partner at Lenox, Lawrence B. Cummings, called him …": the name in apposition;
    # "Dean, a former party chairman, poked at Trump …, tweeting "…"": the name before its apposition.
    for pattern in (_NAME_THEN_CLAUSE, _DESCRIPTOR_NAME, _NAME_APPOS):
        found = pattern.match(rest)
        if found:
            mention = parse_np(found.group(1), lo + off + found.start(1))
            if mention is not None and (
                mention.kind in ("name", "surname")
                or _capital_role(mention)
                # "AHP, the parent of Norplant maker Wyeth-Ayerst Laboratories, did not admit …, saying": a body too
                or (pattern is _NAME_APPOS and mention.kind == "org")
            ):
                return mention
    m = _SUBJECT_VERB.match(rest)
    if m and m.group(1).strip():
        # "Gingrich cynically dismissed …": adverbs between the subject and its verb are not the subject
        subject = _TRAILING_ADVERBS.sub("", m.group(1))
        subject = _CAPITAL_AUXILIARY.sub("", subject)  # "The U.S. Has also attacked": Reuters capitalises after "U.S."
        if not subject.strip():
            return None
        of = subject.find(" of ")
        if of > 0:
            # "Gov. Earl Ray Tomblin of West Virginia lauded …": the person, not the place they are from
            person = parse_np(subject[:of], lo + off + m.start(1))
            if person is not None and person.kind == "name":
                return person
        if (
            CUE.match(rest, m.end(1)) is not None
            and (said := subject_before(text, lo + off + m.start(1), lo + off + m.end(1))) is not None
            and said.kind in ("org", "name")
        ):
            return said  # "Standard and Poor's said that, …": a cue's subject, read as every cue's is
        found_np = parse_np(subject, lo + off + m.start(1))
        if (
            found_np is not None
            and found_np.kind == "surname"
            and " " not in found_np.text
            and (head := _PLURAL_HEAD.match(rest, m.end())) is not None
            and head.group().strip() not in ("is", "was", "has", "does", "says")  # "Dementieva is also angry"
            and (
                _AUXILIARY.match(rest, head.end())
                # "Western diplomats said": a group, not Mr Western
                or (names_group(head.group().strip()) and CUE.match(rest, head.end()) is not None)
            )
        ):
            found_np = None  # "Hostile takeovers are considered unethical": an adjective and its noun, no surname
        if (
            found_np is not None
            and found_np.kind == "org"
            and _acronym_word(found_np.text)
            and (head := _PLURAL_HEAD.match(rest, m.end())) is not None
            and names_group(head.group().strip())
            and (verb := _SUBJECT_VERB.match(rest, head.end())) is not None
            and not verb.group(1).strip()
        ):
            found_np = None  # "AIDS groups applauded …": an acronym that qualifies a group, "groups" no verb
        if found_np is not None and _adjective_of_place(found_np):
            found_np = None  # "Chinese books written 2,000 years ago read, "…"": "books" is no verb
        if (
            found_np is not None
            and found_np.kind == "descriptor"
            and subject.rstrip()[-1:].islower()
            and (head := _PLURAL_HEAD.match(rest, m.end())) is not None
            and names_group(head.group().strip())
        ):
            found_np = None  # "a bipartisan group of 32 national security experts warned": "experts" is no verb
        plural = _PLURAL_HEAD.match(rest, m.end()) if found_np is None else None
        if plural is not None:
            # "several environmental groups granted …": "groups" looked like the verb; the next word is
            stops = [plural.end()]  # "Polish officials are unable to …, saying …"
            if not _AUXILIARY.match(rest, plural.end()):
                again = _SUBJECT_VERB.match(rest, plural.end())
                # the subject up to the next verb, else its plural head ("German bankers" of "German bankers at
                # the talks said")
                stops = [again.end(1), plural.end()] if again is not None else stops
                if again is not None and _RELATIVE_WORD.search(rest, plural.end(), again.end(1)):
                    stops = [plural.end()]  # "One of Grayson's former supporters who still (considers)": the head
            for stop in stops:
                found_np = parse_np(rest[m.start(1) : stop].rstrip(), lo + off + m.start(1))
                found_np = found_np if found_np is not None and found_np.kind == "descriptor" else None
                if found_np is not None:
                    break
        return found_np
    return None


@dataclass
class Found:
    """A quotation with the mention behind it, before resolution."""

    start: int
    end: int
    kind: str
    mention: Mention | None
    cue: str
    cue_start: int
    para: int
    anchor: bool = False  # a short fragment that only tells who speaks (not output)
    rule: str = ""  # the sieve that found the mention
    nested: bool = False  # a report inside a report ("X said Y claimed …"): Y does not become the last speaker


_TITLE_THEN_NAME = re.compile(
    r",\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,3})\s*(?=,|\.(?:\s|$)|$)"
)
_PARTICIPLE_OPENING = re.compile(
    r"\s*(" + "|".join(sorted((w.capitalize() for w in PARTICIPLE_CUES), key=len, reverse=True)) + r")\b"
)
# ("didn't": no word boundary before its "n't"); "declined to say in which sector …": what was not said (GUIDE)
_NEGATED = re.compile(r"(?:\bnot|\bnever|n['’]t|\b(?:declined|declines|declining|refused|refuses|refusing)\s+to)\s+$")
# A surname that is the whole subject: its verb comes next ("Battenberg declined …", not "Samjens lawyers …")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|has|had|was|is|will|would|did|does|could)\b")
_NOUN_WHICH = re.compile(r"\s*(?:a|an|the|this|that)\s+[a-z]+\s+(?:which|that)\s+")
_NOUN_THEN = re.compile(r"(?:a|an|the|this|that)\s+([a-z]+)\s+[A-Z]")
_PLAIN_WORD = re.compile(r"[A-Z][a-z'’-]+")  # a given name, not "RealClearPolitics" or "DNAinfo" run into one
_NOT_BELIEF = re.compile(
    r"\s+(?:tank|their|his|her|its|my|our|your|like|free|sorry|good|bad|better|worse|strongly about)\b"
)
# "Victims often feel compelled to wash …", "feel the need to": a state felt, not a belief reported
_FEEL_STATE = re.compile(
    r"\s+(?:[a-z]{3,}ed|obliged|bound|able|unable|ready|safe|comfortable|uncomfortable|guilty|ashamed|the need|"
    r"pressure|pain)\b"
)
_CAP_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_TEMPORAL_BEFORE = re.compile(r"\b(?:after|before|when|since|until|once|while)\s+$", re.I)
_BODY_NAME_LINKS = frozenset(("of", "and", "for", "de", "du", "la", "the"))


def _capitalised(words: list[str]) -> bool:
    """Words of a proper name: each capitalised, or a link inside it ("Bank of America", "Reynolds and Reynolds")."""
    return all(w[:1].isupper() or w in _BODY_NAME_LINKS for w in words)


def _unproven(ent: Entity | None) -> bool:
    """No one yet, or a name the scan took for a person with nothing to show it is one (no quote, title or sex)."""
    return ent is None or (ent.person and not ent.quotes and not ent.title and ent.gender is None)


def _own_body_name(name: str) -> bool:
    """A body's proper name ("UK Coal", "Littlefield, Adams and Co"), not a group ("Pentagon officials",
    "Analysts") or a place ("Brazil") that spoke."""
    words = name.replace(",", "").split()
    last = words[-1].lower() if words else ""
    return (
        bool(words)
        and _capitalised(words)
        and not names_group(words[0].lower())  # "Supporters of Islamic State"
        and name.lower() not in PLACES
        and name.lower() not in PLACE_NAMES
        and not names_group(last)
        and last not in ROLE_WORDS
        and last not in DEMONYMS
        and last not in _PRESS_WORDS  # the paper that reported it, not "the company" it reports on
        and name.lower() not in _NEWS_AGENCIES
    )


_NEWS_AGENCIES = frozenset(
    ("reuters", "xinhua", "afp", "ap", "associated press", "kyodo", "yonhap", "tass", "interfax")
)


def _proper_body_word(name: str) -> str | None:
    """The word a body's proper name opens with, which the article may call it by ("Philips" for "NV Philips
    Gloeilampenfabrieken", "Merrill" for "Merrill Lynch Capital Markets"); None for a description ("Wildlife
    experts", "an Atlas statement"), two bodies ("Heineken and Carlsberg") or a paper ("Google News")."""
    words = name.split()
    if len(words) > 1 and legal_suffix(words[0]):
        words = words[1:]
    if len(words) < 2 or words[0] in ("The", "A", "An") or words[-1].lower() in _PRESS_WORDS:
        return None
    if not _capitalised(words):
        return None
    if "and" in words:
        after = words[words.index("and") + 1 :]
        # "Tiffany and Co", "Reynolds and Reynolds": one firm; "Forbes and Wealth-X": two
        if not (after and (legal_suffix(after[0]) or after[0] in ("Sons", "Company", words[0]))):
            return None
    return words[0] if not legal_suffix(words[0]) else None


_COMMA_WHO_END = re.compile(r",\s*who\s+$")
_BARE_WHO_END = re.compile(r"(?<=[a-z])\s+who\s+$")
_APPOSITION_TAIL = re.compile(r"(?:,|\bor)\s*$")
_PRONOUN_END = frozenset(("it", "he", "she", "they"))  # a clause run into a pronoun: no descriptor ends so
_LED_GROUPS = frozenset(("group", "consortium", "syndicate", "partnership"))
_LED_GROUP = re.compile(  # the words of _LED_GROUPS
    r"\b(?:[Gg]roup|[Cc]onsortium|[Ss]yndicate|[Pp]artnership) (?:led|controlled|headed|formed) by "
)
# "In a filing with", "Under an agreement with": a sentence's opening phrase, up to a body it names
_OPENING_PHRASE = re.compile(r"\s*(?:In|Under|Following|After|Through|Before)\b[^,.;]*$")
_ADDRESSEE = re.compile(r"\b(?:with|to|before|against)\s+(?:the\s+)?$")
_TICKER = re.compile(r"<[A-Z0-9][A-Z0-9.&/-]{0,11}>")
_FIRM_LAST = LEGAL_SUFFIXES | {"group", "holdings", "company", "industries", "airlines", "airways", "corporation",
                                "incorporated", "limited", "bank"}  # fmt: skip


def _firm_named(name: str) -> bool:
    """A firm's own full name, by its last word ("Honda Motor Co Ltd", "USAir Group", "… L.P.")."""
    return _untailed(name).split()[-1].lower().replace(".", "") in _FIRM_LAST


_PLEA = re.compile(r"\s+(?:not\s+guilty|guilty|innocent|no\s+contest|nolo)\b")
# The cognition cues that are plural nouns too (lexicon's guarded cues never match before "are")
_NOUN_PLURAL_CUES = frozenset(("estimates", "doubts"))
_COPULA_NEXT = re.compile(r"\s+(?:are|were|have\s+been|remain)\b")
_COPULA_START = re.compile(r"(?:was|were|is|are)\b")
_WORK_OBJECT = re.compile(
    r"(?:a|an|the|his|her|their|its|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:book|novel|letter|article|column|"
    r"memoir|biography|script|screenplay|song|story|piece|op-ed|editorial|blog|books|novels|letters|articles)\b"
)
_THIS_OBJECT = re.compile(r"(?:this|these|those)\s+[a-z]+(?:\s*[,.;]|\s+(?:on|in|at|to|with|by)\s)")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w,]*\s+$")


def _join(ent: Entity, target: Entity) -> None:
    """One speaker under two names: the quotes and mentions go to `target`, the name becomes its alias."""
    target.quotes += ent.quotes
    target.aliases[ent.name] = None
    target.mentions.extend(ent.mentions)
    ent.quotes = 0
    ent.merged_into = target


def _record_mention(ent: Entity, m: Mention) -> None:
    """Where the entity was named, and the first place it was."""
    ent.mentions.append((m.start, m.end))
    if ent.first < 0 or m.start < ent.first:
        ent.first = m.start


def _firm_like(ent: Entity) -> bool:
    """One capitalised word with no title, sex or given name: a firm the scan may have read as a surname."""
    return (
        " " not in ent.name
        and not ent.title
        and ent.gender is None
        and ent.name.lower() not in GIVEN_NAMES
        and ent.merged_into is None
    )


def _standalone(text: str, word: str) -> Iterator[int]:
    """Where `word` stands alone in text, not run into a longer word or a name going on with a capital ("Delta
    said", not "Deltas" or "Delta Air"): a scan with str.find, no pattern compiled per word (the regex cache
    thrashed when each firm's name made its own)."""
    k = text.find(word)
    n = len(word)
    while k >= 0:
        before = text[k - 1 : k] if k else ""
        after = text[k + n : k + n + 2]
        if not (before.isalnum() or before in ("'", "’", "-", "_")) and not (
            after[:1].isalnum() or after[:1] in ("'", "’", "-", "_") or (after[:1] == " " and after[1:2].isupper())
        ):
            yield k
        k = text.find(word, k + 1)


# A publication whose title ends on a word for a person: "The Hollywood Reporter", "The San Francisco Examiner"
_PAPER_TITLE = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:Reporter|Examiner|Observer|Inquirer|Spectator|Economist)"
)
# Places named like bodies: never a body a "the group" or an "it" means, never a speaker
_PLACES_LIKE_BODIES = frozenset({"West Bank", "Left Bank", "South Bank", "Gold Coast", "Ivory Coast"})
_IN_RELATIVE = re.compile(r",\s+(?:who|whom|which)\s+(?:[a-z][\w'’-]*\s+)+$")  # its object, not its subject
_AFTER_CLAUSE_TAIL = re.compile(r"[\"”’']?\s*(?:he|she|it|He|She|It|it['’]s)?\s*")


def _after_clause(text: str, lo: int, pos: int) -> bool:
    """A pronoun right after a clause of four words or more and its comma: "CLAUSE, he said" (a scan back to the
    last comma, not a pattern tried at every start: linear in the sentence)."""
    comma = text.rfind(",", lo, pos)
    return (
        comma > lo
        and _AFTER_CLAUSE_TAIL.fullmatch(text, comma + 1, pos) is not None
        and len(text[lo:comma].split(None, 4)) > 3
    )


_READ_ADJECTIVE = re.compile(r"\b(?:widely|well|much|little|most|closely|best|least)[ -]$")
# "denied by the chancellor" (not "said by telephone", "announced by fax": the medium)
_PASSIVE_BY = re.compile(
    r" by (?!(?:tele)?phone|fax|e-?mail|letter|video|satellite|radio|text)(?:the |a |an )?[\w'’.-]+"
)
_OWNER_BEFORE = re.compile(r"(?<!\bof )\b(?:his|her|their|its|our|my|your)\s+$", re.I)  # not "Friends of his told"
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|often|also|still|now|sometimes|always|already)\s+){0,2}$"
)
_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose|where|that)\b")
# A descriptor that is a piece of a clause, not a noun phrase: it opens with a verb, or ends on a function word.
_FRAGMENT = re.compile(
    r"^(?:could|would|should|will|shall|may|might|must|can|has|have|had|is|was|are|were|did|does|do|to|not|by|of|"
    r"at(?!\s+least)|from|with)\b|^(?:it|there|this|that)\s+(?:was|is|were|are|has|had|will|would)\b"
    r"|\b(?:of|in|for|to|and|or|the|a|an|with|by|from|that|which|who)$"
    # "provided AOL News a link to a blog claiming sources": a clause, not a speaker
    r"|^[a-z]{3,}ed\s+(?:a|an|the|to|at|by|in|on|through|many|his|her|their|its|[A-Z])\b"
    # "Instead it ordered Australian authorities to provide a detailed report": a pronoun and its verb, or an
    # infinitive and its object, make a clause
    r"|\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+[a-z]{3,}(?:ed|es)\b|\bto\s+[a-z]{3,}\s+(?:a|an|the|its|their)\b"
)
_THEN_PARTICIPLE = re.compile(r"((?:\s+[\w'’.-]+){0,3}?),\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")
_PARTICIPLE_AFTER = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(saying|adding|noting|describing|stressing|explaining|insisting|warning|arguing|predicting|"
    # "…, telling reporters the meeting had failed": the one told goes before the clause
    r"telling(?=\s+(?:me|him|her|them|us|you|reporters|journalists)\s))"
    r"(?:(?<=telling)\s+(?:me|him|her|them|us|you|reporters|journalists))?\s+"
)
_NAME_WHO = re.compile(r"\s*((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*),?\s+(?:who|whose)\s")
_THAT_NEXT = re.compile(r"\s+(?:that|how|why|whether|what)\b|\s*:")


_KIN = re.compile(r"[A-Z][\w'’-]*['’]s\s+(?:family|relatives|parents|widow|widower|lawyers?|attorneys?|campaign)$")


def _kin(m: Mention) -> bool:
    """ "Scott's family", "Trump's lawyers": a named person's people, who speak for themselves."""
    return m.kind == "descriptor" and _KIN.match(m.text) is not None


_ROLE_ADJECTIVES = set(
    "former new top then current acting interim outgoing incoming embattled longtime veteran freshman junior senior "
    "retiring likely presumptive eventual chief deputy assistant vice lead main same other elder younger".split()
)
_ADJECTIVE_END = re.compile(r"(?:ed|ing|al|ic|ian|ese|ish|ive|ous|ful|ary|ern|an|ist)$")


def _new_role(descriptor: str) -> bool:
    """ "the band leader", "the bus driver": a role qualified by a plain noun names someone new, not the last
    speaker as "the senator", "the Vermont senator" or "the former president" do."""
    words = descriptor.split()
    if len(words) != 3 or words[0].lower() != "the":
        return False
    mod = words[1]
    return (
        mod.isalpha()
        and mod.islower()
        and mod not in ROLE_WORDS
        and mod not in _ROLE_ADJECTIVES
        and not _ADJECTIVE_END.search(mod)
    )


_NOUN_AFTER = {"for", "of", "in", "on", "at", "from", "by", "about"}


def _acronym_word(word: str) -> bool:
    """ "CEA", "F.A.A.": capitals (and stops) only, two letters or more."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


# "Chinese state media", "British media reports": a nationality before the source names no one
_NATIONALITY_ENDS = ("ese", "ish", "ian", "ean", "i", "an", "ic")
_DEMONYM_THEN_NOUN = re.compile(r"\s*[A-Z][a-z]+(?:ese|ish|ian|ean|an|i)\s+(?:[a-z]+\s+)?[a-z]+s(?=\s)")
_AUX_NEXT = re.compile(r"\s+(?:could|would|will|should|may|might|must|can|are|were|have|had|[a-z]+ed)\b")
_PHRASE_LINKS = frozenset("of for in at on with from to by and or who which that near inside".split())


def _leading_np(text: str, lo: int, hi: int) -> Mention | None:
    """ "according to Defra's lawyers chasing away animals was …": the longest short phrase that names someone."""
    phrase = text[lo:hi].strip().rstrip(".")
    if 5 < len(phrase.split()) <= 8 and not any(ch in phrase for ch in ',;:"“”'):
        # "according to sources familiar with the new regulations.": the whole rest, when it is one phrase
        whole = parse_np(phrase, lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()))
        if whole is not None and whole.kind == "descriptor" and whole.text == phrase:
            return whole
    short = _leading_np_cut(text, lo, hi)
    head = _PHRASE_END.split(phrase, maxsplit=1)[0]
    if short is not None and short.kind in ("surname", "org") and 5 < len(head.split()) <= 12:
        # "according to research by the Centers for Disease Control and Prevention": a body's whole name, which
        # the cut at five words left as "Centers"
        whole = parse_np(head, lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()))
        if (
            whole is not None
            and whole.kind == "org"
            and whole.text == head
            and whole.text.endswith(whole.name)
            and whole.name.startswith(short.name + " ")
        ):
            return whole
    return short


def _leading_np_cut(text: str, lo: int, hi: int) -> Mention | None:
    """_leading_np's reading of the first five words."""
    words = text[lo:hi].split()[:5]
    comma = next((i for i, w in enumerate(words) if w.endswith(",")), None)
    if comma is not None:  # "a pair of reports, with Toronto …": the phrase ends at its comma
        words = [*words[:comma], words[comma].rstrip(",")]
    verb = next(
        (
            i
            for i, w in enumerate(words)
            if i
            and (w.endswith("ing") or _VERBISH.fullmatch(w))
            and not words[i - 1].endswith("ly")  # "a recently posted job": a participle as adjective
            and not (w.endswith("ing") and (words[i + 1 :] or ["of"])[0] in _NOUN_AFTER)  # "job listing for"
        ),
        len(words),
    )
    words = words[:verb]  # the source ends where its clause's verb begins: "… lawyers | scaring away …"
    for n in range(len(words), 0, -1):
        nxt = words[n].strip(".,;:") if n < len(words) else ""
        m = parse_np(" ".join(words[:n]), lo)
        if m is not None and nxt[:1].islower() and nxt not in _PHRASE_LINKS:
            # "official | figures", "Chinese | state media": a cut inside a compound noun names no one; a body or
            # an owner before its data does ("CDC | research", "Wilson's | account", "FEC | filings")
            last = words[n - 1].strip(".,;:")
            named = last[:1].isupper() and n == 1 and not last.lower().endswith(_NATIONALITY_ENDS)
            if not (m.kind == "org" or named or last.endswith(("'s", "’s")) or _acronym_word(last) or _plural(last)):
                continue  # (but "analysts | polled by …", "sources | familiar with …" are the people)
        if m is not None and m.kind != "pronoun" and " ".join(words[:n]) == text[lo : lo + len(" ".join(words[:n]))]:
            tail = _BODY_TAIL.match(text, m.end, hi) if m.kind == "org" and m.text.endswith(m.name) else None
            more = _name_tail(tail.group(0)) if tail is not None else ""
            if more:
                # "figures from the Ministry of Health": the body by the name the five words cut
                return Mention(m.kind, m.text + more, m.name + more, m.title, m.start, m.end + len(more))
            return m
    return None


_PHRASE_END = re.compile(r"[,;:\"“”]|\.\s")
_PERSON_ROLE_OF = re.compile(r"([A-Z][\w.-]*)['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*")


def _singular_role(low: str) -> bool:
    """A role one person holds: "strategist", "spokesman"; not a body, a document, kin or a plural."""
    head = _head(low)
    return (
        head in ROLE_WORDS
        and head not in ORG_WORDS | _ORG_NOUNS | _DOCUMENTS
        and not head.endswith("s")
        and _KIN.match(low.capitalize()) is None
        and head not in {"family", "relatives", "widow", "widower"}
    )


def _capital_role(m: Mention) -> bool:
    """ "Dean, a former party chairman, …": one capitalised word that reads as a role may be a surname."""
    return m.kind == "descriptor" and " " not in m.text and m.text[:1].isupper()


def _named_by(m: re.Match[str] | None, who: int, cue: int) -> tuple[Mention, str, int] | None:
    """What a cue pattern found: the speaker its group `who` names, the cue its group `cue` holds."""
    if m is None:
        return None
    mention = parse_np(without_relative(m.group(who)), m.start(who))  # not 'Tuesday' of "a report … released Tuesday"
    return None if mention is None else (mention, m.group(cue), m.start(cue))


def _is_name(m: Mention | None) -> bool:
    return m is not None and m.kind in ("name", "surname")


def _ends_with_colon(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ":"


# (the mention that speaks, the cue word, where the cue starts); a mention of None decides that no one does,
# and ends the chain (a cue whose subject is no speaker)
Hit = tuple[Mention | None, str, int]


@dataclass(slots=True)
class QuoteContext:
    """What every direct-quote sieve reads about one quotation, worked out once.

    `before_lo`..`q.open` is the part of the sentence before the quotation (after any earlier quotation);
    `a_lo`..`after_hi` the part after it (to the next quotation, or through a following sentence when a
    "?" or "!" closed the quote and that sentence opens with a short cue); `cue_after` the first speech
    verb after the quotation in that stretch."""

    text: str
    q: Span
    qi: int
    quotes: list[Span]
    sent: tuple[int, int]
    next_sent: tuple[int, int] | None
    prev_sent: tuple[int, int] | None
    close_end: int
    prev_end: int
    before_lo: int
    after_hi: int
    a_lo: int
    cue_after: re.Match[str] | None


def quote_context(
    text: str,
    q: Span,
    qi: int,
    quotes: list[Span],
    sent: tuple[int, int],
    next_sent: tuple[int, int] | None = None,
    prev_sent: tuple[int, int] | None = None,
) -> QuoteContext:
    close_end = (q.close + 1) if q.close >= 0 else q.end
    s_lo, s_hi = sent
    # Spans are in order and never overlap, so the previous one ends last.
    prev = quotes[qi - 1] if qi else None
    prev_end = -1 if prev is None else (prev.close + 1) if prev.close >= 0 else prev.end
    before_lo = max(s_lo, prev_end)
    nxt = quotes[qi + 1].open if qi + 1 < len(quotes) else len(text)
    if nxt < s_hi and (work := _WORK_AFTER_CUE.match(text, close_end)) is not None and work.end() == nxt + 1:
        # `"…," said "West Wing" creator Aaron Sorkin`: a show's name in quotation marks is part of who speaks
        nxt = quotes[qi + 2].open if qi + 2 < len(quotes) else len(text)
    after_hi = min(s_hi, nxt)
    if (
        next_sent is not None
        and s_hi <= close_end + 1
        and text[q.end - 1 : q.end] in ("?", "!")
        and "\n" not in text[close_end : next_sent[0]]
        # not `He continued: "How can there be …?" Mr Blair said he would …`: a quotation its own cue introduced
        and not (text[before_lo : q.open].rstrip().endswith(":") and CUE.search(text, before_lo, q.open))
    ):
        # `"… regulate?" Vitter demanded.`: the question mark ended the quote, not the sentence.
        m = CUE.search(text, next_sent[0], min(next_sent[1], nxt))
        n = len(text[next_sent[0] : m.start()].split()) if m is not None else 99
        long_subject = m is not None and n <= 12 and nxt >= next_sent[1] and not _THAT_NEXT.match(text, m.end())
        if m is not None and (n <= 4 or (long_subject and _is_name(subject_before(text, next_sent[0], m.start())))):
            # `… Bobby Scott!" Scott's niece, state Del. Marcia Price, shouted`: a longer subject, if a name and
            # if that sentence quotes or reports nothing of its own ("X, another co-chairman, said that …")
            after_hi = min(next_sent[1], nxt)
    after = text[close_end:after_hi]
    # Marks left over from a quotation inside the quotation (`… admit it,"' said a former prosecutor`) go too.
    a_lo = close_end + len(after) - len(after.lstrip(" ,.!?;:—–-―'’\"”"))
    return QuoteContext(text, q, qi, quotes, sent, next_sent, prev_sent, close_end, prev_end, before_lo, after_hi,
                        a_lo, _verb_cue(text, a_lo, after_hi))  # fmt: skip


def _s_reports_colon(c: QuoteContext) -> Hit | None:
    """A paragraph that ends "The New York Times reports:" introduces the quotation under it."""
    text = c.text
    if c.prev_sent is None or text[c.before_lo : c.q.open].strip() or not _ends_with_colon(text, c.q.open):
        return None
    p_lo = c.prev_sent[0]
    colon = text.rfind(":", p_lo, c.q.open)
    cm = _last(CUE.finditer(text, p_lo, colon + 1))  # the colon is part of the cue ("reports:")
    mention = subject_before(text, p_lo, cm.start() if cm else colon)
    if mention is not None and mention.kind == "descriptor" and cm is None:
        mention = _before_its_verb(mention)  # "A spokeswoman for X issued a statement:"
    return None if mention is None else (mention, cm.group(1) if cm else ":", cm.start() if cm else colon)


def _signature(c: QuoteContext) -> re.Match[str] | None:
    return _SIGNATURE.match(c.text[c.close_end : c.close_end + 12])


def _line_end(c: QuoteContext) -> int:
    end = c.text.find("\n", c.close_end)
    return end if end > 0 else len(c.text)


def _s_signature_dash(c: QuoteContext) -> Hit | None:
    """ "…" ― Carla Sanchez  (a signature line)"""
    dash = _signature(c)
    if dash is None:
        return None
    mention = subject_after(c.text, c.close_end + dash.end(), _line_end(c))
    return (mention, "―", c.close_end) if mention is not None and mention.kind in ("name", "surname", "org") else None


def _s_signed_line(c: QuoteContext) -> Hit | None:
    """`“… what he calls “hell” than live …” ― Adriana Rodarte`: marks inside the quotation cut it short; a
    line that opens with it and ends with a signature is still signed."""
    text = c.text
    if _signature(c) is not None or text[text.rfind("\n", 0, c.q.open) + 1 : c.q.open].strip():
        return None
    line_end = _line_end(c)
    tail = _SIGNED_LINE.search(text, c.close_end, line_end)
    if tail is None:
        return None
    mention = subject_after(text, tail.start(1), line_end)
    return (mention, "―", tail.start()) if mention is not None and mention.kind in ("name", "surname") else None


def _s_quoted_as(c: QuoteContext) -> Hit | None:
    """ "…," TVA Sports quoted Daly as saying.  /  The paper quoted Deng as saying "…": the one quoted."""
    for qlo, qhi in ((c.a_lo, c.after_hi), (c.before_lo, c.q.open)):
        quoted_as = _QUOTED_AS.search(c.text, qlo, qhi)
        if quoted_as is not None and quoted_as.group(1).startswith("by "):
            # "…," Brown was quoted by Australian Associated Press as saying: the one quoted is the subject
            aux = _PASSIVE_AUX.search(c.text, max(qlo, quoted_as.start() - 12), quoted_as.start())
            subj = subject_before(c.text, qlo, aux.start()) if aux is not None else None
            if subj is not None and subj.kind in ("name", "surname", "descriptor", "org", "pronoun"):
                return subj, "quoted", quoted_as.start()
            continue
        if quoted_as is not None:
            mention = parse_np(quoted_as.group(1), quoted_as.start(1))
            if mention is not None and mention.kind in ("name", "surname", "descriptor", "org"):
                return mention, "quoted", quoted_as.start()
        passive = _QUOTED_AS_PASSIVE.search(c.text, qlo, qhi)
        if passive is not None:
            subj = subject_before(c.text, qlo, passive.start())
            if subj is not None and subj.kind in ("name", "surname", "descriptor", "org", "pronoun"):
                return subj, "quoted", passive.start()
    return None


def _s_came_reply(c: QuoteContext) -> Hit | None:
    """ "…," came the response.: the one the speaker before had addressed ("… told the show's director: …")."""
    if not _CAME_REPLY.match(c.text, c.a_lo, c.after_hi):
        return None
    told = _last(_TOLD_WHOM.finditer(c.text, max(0, (c.prev_sent or c.sent)[0] - 600), c.q.open))
    if told is None:
        return None
    mention = parse_np(told.group(1), told.start(1))
    return (mention, _REPLY_CUE, c.a_lo) if mention is not None and mention.kind != "pronoun" else None


def _s_as_put_after(c: QuoteContext) -> Hit | None:
    """ "…," as a Homeland Security memo put it."""
    return _named_by(_AS_PUT.match(c.text, c.a_lo, c.after_hi), 1, 2)


_SAID_A_WORD = re.compile(r"\s+(?:yes|no|nothing)\b")


# "one", "another" as the whole subject of a cue: someone the text counts but does not name
_ONE_UNNAMED = re.compile(r"\s*(?:one|another)(?=\s*(?:[.,;:!?\"“”]|$))", re.I)


def _s_cue_after(c: QuoteContext) -> Hit | None:
    """ "…," said X  /  "…," X said  (the cue right after the quote). `said the government's Director of
    Petroleum Research, Dr. Yehezkel Druckman,`: a title, then the name in apposition, is the name."""
    m = c.cue_after
    if m is None or c.text[c.a_lo : m.start()].strip(" ,") or _SAID_A_WORD.match(c.text, m.end()):
        return None
    if m.group(1) in PARTICIPLE_CUES:
        return None  # `"…," promising the Friends of Abe will return`: what follows is said, not who says it
    mention = subject_after(c.text, m.end(), c.after_hi)
    if mention is None and _ONE_UNNAMED.match(c.text, m.end()):
        return _one(m.end()), m.group(1), m.start()  # `"…," said another.`: one the text counts, not names
    if mention is not None and mention.kind in ("org", "descriptor"):
        appos = _TITLE_THEN_NAME.match(c.text, mention.end, c.after_hi)
        named = parse_np(appos.group(1), appos.start(1)) if appos is not None else None
        if named is not None and named.kind == "name":
            mention = named
    return (mention, m.group(1), m.start()) if mention is not None else None


def _later_cue_applies(c: QuoteContext) -> bool:
    m = c.cue_after
    return (
        m is not None
        and not _SAID_A_WORD.match(c.text, m.end())  # `"…," Melanie said yes, yes`: her word is yes, not the quote
        and len(c.text[c.a_lo : m.start()].split()) <= 12
        and m.group(1) in FINITE_CUES
        # (a clause of its own after the quotation, "when he said", not "because of Bush's tax cut, said X")
        and not (_SUBORDINATE.match(c.text, c.a_lo) and not c.text.startswith("because of ", c.a_lo))
    )


def _s_subject_then_cue_after(c: QuoteContext) -> Hit | None:
    """The quote is the object of a later cue in its sentence: "…," he said / ", pro-hunt MPs say." """
    if not _later_cue_applies(c):
        return None
    m = c.cue_after
    assert m is not None
    mention = subject_before(c.text, c.a_lo, m.start())
    if mention is None and _ONE_UNNAMED.fullmatch(c.text[c.a_lo : m.start()].strip(" ,")):
        # `He had some supporters. "…," one wrote.`: one of them, whom the text does not name (not the man
        # the sentence before is about)
        return _one(m.start()), m.group(1), m.start()
    if (
        mention is not None
        and mention.kind == "org"
        and (inner := _cue_before(c.text, c.before_lo, c.q.open, c.quotes)) is not None
        and inner[1] in FINITE_CUES
        and (teller := subject_before(c.text, c.before_lo, inner[0].start())) is not None
        and teller.kind in ("name", "surname", "pronoun")
    ):
        # 'Klebanov … told reporters that the disaster "was developing two minutes," the Itar-Tass news agency
        # reported': the agency carried the report; the words are the one its sentence quotes
        return teller, inner[1], inner[0].start()
    return (mention, m.group(1), m.start()) if mention is not None else None


def _s_partial_then_cue(c: QuoteContext) -> Hit | None:
    """`"… responds" to sex steroids, said Douglas Meinecke`: the sentence goes on (in lower case) after a
    partial quotation, then the cue comes before its subject. Not "…, told AFP": who is told is no speaker;
    not `"…," Mark Leibowitz, 27, a store manager, said Saturday`: a subject before."""
    if not _later_cue_applies(c):
        return None
    m = c.cue_after
    assert m is not None
    if subject_before(c.text, c.a_lo, m.start()) is not None:
        return None
    between = c.text[c.a_lo : m.start()].rstrip()
    if not (between.endswith(",") and between[:1].islower() and m.group(1) not in _OBJECT_CUES):
        return None
    mention = subject_after(c.text, m.end(), c.after_hi)
    if mention is not None and mention.kind in ("name", "surname", "descriptor", "org"):
        return mention, m.group(1), m.start()
    return None


def _s_as_put_before(c: QuoteContext) -> Hit | None:
    """As X put it, "…" """
    return _named_by(_AS_PUT_BEFORE.search(c.text, c.before_lo, c.q.open), 1, 2)


def _s_according_to(c: QuoteContext) -> Hit | None:
    """According to X, "…" """
    acc = _last(_ACCORDING.finditer(c.text, c.before_lo, c.q.open))
    if acc is None:
        return None
    comma = _next_comma(c.text, acc.end(), c.q.open)
    if comma > 0 and _OWN_CUE_AFTER.match(c.text, comma + 1, c.q.open):
        return None  # "According to Fashionista, the magazine editor said: "…"": the editor speaks
    if comma < 0 and (the := _ARTICLE_AFTER_NAME.search(c.text, acc.end(), c.q.open)) is not None:
        if _OWN_CUE_AFTER.match(c.text, the.end(), c.q.open):
            return None  # "According to Mr Peston the prime minister said: "…"": the comma left out, the same
    mention = subject_after(c.text, acc.end(), c.q.open) or _leading_np(c.text, acc.end(), c.q.open)
    return (mention, "according to", acc.start()) if mention is not None else None


# After a plural noun that is also a verb: "suspects being held", "hopes of a deal", "fears over the economy"
_NOUN_USE_AFTER = re.compile(
    # ("Preliminary estimates put the deficit at …", "estimates show": the noun, then the sentence's verb)
    r"\s+(?:being|were|are|have|had|in|at|of|for|over|about|from|who|which|and|or|on|to|with|put|show|showed|"
    r"suggest|suggested|indicate|indicated|,|\.)(?![\w-])"
)
_NAME_COMMA_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:[A-Z][\w.'’-]*\s+)?([A-Z][\w'’-]+),\s+$")
# "a Microsoft spokeswoman", "an Exxon official": a body's people, after an article
_SPOKEN_FOR = re.compile(  # (from the space after the article, which re finds faster than a word start)
    r" (?:(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\b[Tt]he ))([A-Z][\w&-]*) "
    r"(?:spokes(?:man|woman|person)|officials?|executives?|representatives?)\b"
)
_THE_WORD = re.compile(r"[Tt]he [A-Z][\w.&'’-]*")
_COMPASS_ADJECTIVES = frozenset(("western", "eastern", "northern", "southern"))
_PREP_BEFORE_SUBJECT = re.compile(
    r"\b(?:(?<!according )to|of|in|for|from|with|by|on|at|into|against)\s+(?:(?:the|a|an|its|their|other)\s+)?$"
)
# Words before "states" that make it the noun: "member states", "two states", "frontline states"
_STATE_QUALIFIERS = frozenset(
    "member nation island city client border frontline coastal successor rogue sovereign neighbouring neighboring "
    "transit oil small poor rich several many other some both all these those".split()
)


def _states_noun(mention: Mention) -> bool:
    """Whether "states" after this subject is the plural noun ("EC states", "Middle East states", "the Arab states",
    "member states"), not the verb: a place, a people, a body's acronym, a number or a qualifier before it."""
    last = mention.name.split()[-1] if mention.name.split() else ""
    low = last.lower().rstrip(".")
    return (
        (
            mention.kind in ("name", "surname", "org")
            and (from_place(last) or from_place(mention.name) or last.isupper())
        )
        or low in _STATE_QUALIFIERS
        or _NUMBER_HEAD.fullmatch(low) is not None
        or low in PLACES
        # "… force with cooperation from the Gulf Arab (states)": a name a preposition governs, read with a "title"
        or _PREP_BEFORE_SUBJECT.search(mention.text, 0, len(mention.text) - len(mention.name)) is not None
    )


# A sentence's plural subject: "Phone companies", "Business leaders", "Some analysts" (not "That frustrates")
_PLURAL_OPENING = re.compile(
    r"(?:(?:Some|Many|Several|Most|Other|Two|Three|Four|Five|The)\s+)?"
    r"(?:(?!(?:That|This|It|There|What|Which|He|She|They|We)\b)[A-Z][\w.'’-]*\s+)?([a-z]{3,}s)"
    r"(?:\s+and\s+(?:[a-z]+\s+){0,2}[a-z]{3,}s)?(?=\s)"  # "Commercial banks and life insurance companies"
)
_IT_HEADS = frozenset(ORG_WORDS | _ORG_NOUNS | _DOCUMENTS)  # a body or a document, which an "it" may mean
# Two people as one subject at a sentence's start, past an opening phrase: "(And like thousands of parents,)
# Michael and Jill Carroll worry", "Warfield and Yeager, who …, took"
_PAIR_SUBJECT = re.compile(
    r"(?:[^,]{0,60},\s+)?(?:Both\s+)?((?:[A-Z][a-z]+\s+)?[A-Z][a-z][\w'’-]*)\s+and\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z][\w'’-]*)"
    r"(?=,\s+who\s|\s+[a-z]+(?:s|ed)?\s)"
)
_FAMILY_SUBJECT = re.compile(r"(?:The\s+|the\s+)([A-Z][a-z][\w'’-]*s)\s+(?=[a-z])")
_NOT_THEY = frozenset("news series species means its this thus was has is".split())
_CONJ_THEY = re.compile(r"(?:,\s+(?:though|but|and|while|although)|,?\s+(?:because|since|as))\s+$")
_OPENING_PREPS = frozenset(
    ("during", "in", "after", "before", "following", "on", "at", "since", "despite", "amid", "last", "this", "next")
)
_PARTICIPLE_BETWEEN = re.compile(r",\s+[a-z]+ing\s|\b(?:who|which|whose|where)\s")
_COUNTRY_ABBREVIATIONS = frozenset(("u.s", "us", "u.k", "uk", "u.n", "un", "eu", "e.u"))
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_ARTICLE_AFTER_NAME = re.compile(r"[A-Z][\w'’-]+(?=\s+(?:the|a|an)\s+[a-z])")
# ", the magazine editor said: …": a subject and its own cue, opening what follows "According to X,"
_OWN_CUE_AFTER = re.compile(
    r"\s*(?:[\w'’.-]+\s+){1,5}(?:said|says|told\s+[\w ]{1,30}?|added|wrote|writes|explained|noted)"
    r"\s*(?::|that\b|[\"“'‘])"
)


def _s_claim(c: QuoteContext) -> Hit | None:
    """X's claim that … "…" """
    pos_claim = _last(_CLAIM.finditer(c.text, c.before_lo, c.q.open))
    if pos_claim is None:
        return None
    verb = _cue_before(c.text, c.before_lo, pos_claim.start(), c.quotes)
    if verb is not None and verb[1] in FINITE_CUES:
        return None  # "Moore called Mr. Obama's remarks "a wake-up call"": the caller speaks
    mention = parse_np(pos_claim.group(1), pos_claim.start(1))
    if mention is not None and mention.kind in ("name", "surname", "org"):
        return mention, pos_claim.group(2), pos_claim.start(2)
    return None


def _nested_subject(text: str, lo: int, hi: int) -> Mention | None:
    """ "SITE said Islamic State jihadists claimed …": the subject of a report inside a report, after the outer
    cue (and its "that"), when it can speak (a name, a body, a speaking descriptor)."""
    said = _last(CUE.finditer(text, lo, hi))
    if said is None or any(ch in text[said.end() : hi] for ch in ",;:"):
        return None  # "Mr Blair acknowledged some people believed …, but said": the outer subject goes on
    that = _THAT.match(text, said.end())
    nested = subject_before(text, that.end() if that else said.end(), hi)
    if nested is not None and (
        nested.kind in ("name", "org") or (nested.kind == "descriptor" and _speaking_descriptor(nested))
    ):
        return nested
    return None


# "Bearing banners reading "…"": a participle's phrase opens the sentence; the main clause's subject bears them
_ING_LEAD = re.compile(r"[A-Z][a-z]+ing(?:\s+[a-z][\w'’-]*){1,4}")


_THINKS_BEFORE = re.compile(
    r"\b(thinks|believes|feels|fears|worries|hopes|thought|believed|felt|feared|hoped)(?:\s+that)?\s+$"
)


def _s_cue_before(c: QuoteContext) -> Hit | None:
    """X said (that) … "…"  /  X said, adding "…"  /  after saying "…," she …"""
    text, before_lo, q = c.text, c.before_lo, c.q
    s_lo, s_hi = c.sent
    found = _cue_before(text, before_lo, q.open, c.quotes)
    if found is None:
        # "On the supply side she thinks "people are overlooking …"": a belief quoted right after its verb is the
        # believer's words (a speech cue is looked for first: this verb is no cue anywhere else)
        thinks = _THINKS_BEFORE.search(text, max(before_lo, q.open - 24), q.open)
        if thinks is None:
            return None
        mention = subject_before(text, before_lo, thinks.start())
        if mention is None or (mention.kind == "descriptor" and not _speaking_descriptor(mention)):
            return None
        return mention, thinks.group(1), thinks.start()
    cm, cue = found
    if cue in PARTICIPLE_CUES:
        inner = _cue_before(text, before_lo, cm.start(), c.quotes)
        lead = text[s_lo : cm.start()].strip()
        if _PREP_LEAD.fullmatch(lead) or (not lead and text[cm.start()].isupper()) or _ING_LEAD.fullmatch(lead):
            # "After saying "Q," she was …", "Declaring that "Q," Prime Minister Alain Juppe reiterated …":
            # the participle hangs on the main clause that follows.
            comma = q.close if q.close > 0 and text[q.close - 1] == "," else text.find(",", c.close_end, s_hi)
            if comma > 0 and text[comma + 1 : comma + 2] in ('"', "”"):
                comma += 1  # (the comma of a second quotation: "and "Save the peace," the demonstrators …")
            mention = _main_subject(text, comma + 1, s_hi) if comma > 0 else None
            if mention is not None:
                return mention, cue, cm.start()
        if _TRAILING_PREP.search(text, before_lo, cm.start()):
            # "…, where he appeared at a hearing … and for saying that …": the one the clause is about
            pron = _last(_SUBJECT_PRONOUN.finditer(text, s_lo, cm.start()))
            if pron is not None:
                return parse_np(pron.group(1), pron.start(1)), cue, cm.start()
        near = _TRAILING_PREP.sub("", text[before_lo : cm.start()]).rstrip(" ,")  # "Ryan, R-Wis., despite"
        issued = _ISSUED_SAYING.search(near, max(0, len(near) - 60)) if near else None
        if issued is not None:
            # "Commander Richard Walton of the … Counter Terrorism Command released a statement saying": the
            # statement speaks for its issuer (GUIDE), the subject of "released"
            mention = subject_before(text, before_lo, before_lo + issued.start())
            if mention is not None and mention.kind in ("name", "surname", "org", "descriptor"):
                return mention, cue, cm.start()
        shown = (
            (
                _SHOWN.search(near)
                or _WITH_DOING.search(near, max(0, len(near) - 120))
                # "with Reuters saying it occurred "…"": the absolute phrase's own subject says it
                or _WITH_NAME.search(text[before_lo : cm.start()], max(0, cm.start() - before_lo - 80))
            )
            if near
            else None
        )
        if shown:
            # "The spot concludes with footage of Trump saying", "footage of Hillary Clinton asking, "…"":
            # the one shown speaks.
            mention = parse_np(shown.group(1), before_lo + shown.start(1))
            if mention is not None and (
                mention.kind in ("name", "surname") or (mention.kind == "org" and shown.re is not _SHOWN)
            ):  # (a body too, where it does what it says: "with Reuters saying it …", not "president of Coca-Cola")
                return mention, cue, cm.start()
        if inner is not None and inner[1] in FINITE_CUES:
            mention = subject_before(text, before_lo, inner[0].start())
            if mention is None:
                mention = subject_after(text, inner[0].end(), cm.start())
        else:
            # A name right before the participle speaks; otherwise it hangs on the sentence's subject.
            mention = subject_before(text, before_lo, before_lo + len(near)) if near else None
            if mention is None or mention.kind not in ("name", "surname") or "," in text[mention.end : cm.start()]:
                mention = _main_subject(text, s_lo, cm.start())
            if mention is None and not text[before_lo : cm.start()].rstrip().endswith(","):
                mention = subject_before(text, before_lo, cm.start())
        return (mention, cue, cm.start()) if mention is not None else None
    if cue.endswith("ed") and _PASSIVE_BEFORE.search(text, max(before_lo, cm.start() - 24), cm.start()):
        # "Barley is described as a "webmaster, …"", "The plan was described by critics as "…"": the subject is
        # what was described; whoever did it is after "by", if anyone. Only when the verb brings the quotation
        # in (not "hoped China would soon be admitted into the WTO so that it could become "…"").
        if not _PASSIVE_INTRO.fullmatch(text, cm.end(), q.open):
            return None
        by = _BY_AGENT.search(text, cm.end(), q.open) or _BY_AGENT.match(text, c.close_end, s_hi)
        agent = subject_after(text, by.end(), s_hi) if by is not None else None
        return (agent or _someone(cm.start()), cue, cm.start())
    mention = subject_before(text, before_lo, cm.start()) or _nested_subject(text, before_lo, cm.start())
    if mention is None:
        # `Redgrave, who played the maid in "Gods and Monsters," said, "…"`: a relative clause between the name
        # and its verb, whose last comma may stand inside a title's quotation marks
        rel = _NAME_WHO.match(text, before_lo, cm.start())
        if rel is not None and text[before_lo : cm.start()].rstrip().endswith((",", ',"', ",”", ",'")):
            mention = parse_np(rel.group(1), rel.start(1))
    if mention is None and (rel_who := _COMMA_WHO_END.search(text, before_lo, cm.start())) is not None:
        # "The pugnacious Patrick Buchanan, who declared "a cultural war" …": the one the relative clause is about
        antecedent = subject_before(text, before_lo, rel_who.start())
        if antecedent is not None and (
            antecedent.kind == "name"
            # not "of Tulsa, Okla., who", "Institute of Territorial Studies, or Ineter, who": a place or a body's
            # short name closing an apposition
            or (antecedent.kind == "surname" and not _APPOSITION_TAIL.search(text, before_lo, antecedent.start))
        ):
            mention = antecedent
    if (
        mention is None
        and cue in _SAY_CUES
        and (bare_who := _BARE_WHO_END.search(text, before_lo, cm.start())) is not None
    ):
        # "… sent to prison by a judge who said he had proven he "…"": the one the relative clause is about (not
        # "Dr. Steven F. Bolling, a heart transplant surgeon who describes himself as": an apposition's)
        antecedent = subject_before(text, before_lo, bare_who.start())
        if (
            antecedent is not None
            and antecedent.kind == "descriptor"
            and _speaking_descriptor(antecedent)
            and _VERBISH.search(antecedent.text) is None
            and not text[before_lo : antecedent.start].rstrip().endswith(",")
        ):
            mention = antecedent
    lead = text[before_lo : cm.start()].rstrip()
    if mention is None and (lead.endswith(" and") or lead.endswith(" but")):
        # "Clinton, the former secretary of State, stressed … and said …: "Q"", "A spokesman declined to
        # comment but said "Q"", "Hall praised DaimlerChrysler, but said "Q"": the verbs share the sentence's
        # subject. When the sentence opens on a cue, that cue's subject ("Lyng said USDA makes every effort …,
        # but added "Q"": Lyng, not USDA, whom the main-subject reader would take)
        first = CUE.search(text, s_lo, min(cm.start(), s_lo + 400))  # the opening cue, near the start
        opener = subject_before(text, s_lo, first.start()) if first is not None else None
        if opener is not None and not text[s_lo : opener.start].strip():
            mention = opener
        else:
            mention = _main_subject(text, s_lo, cm.start())
    if mention is None:
        pron = _PRONOUN_BEFORE.search(text, before_lo, cm.start())
        if pron is not None:  # "She said she recalls the colleague being "Q"": the nearest "she"
            mention = parse_np(pron.group(1), pron.start(1))
    if mention is None and (
        not text[before_lo : cm.start()].strip(" ,;:—–-")
        # ("Looking at her, says her father, Michael, "Q"": an opening phrase, then the verb leads its clause)
        or ((opening := _INTRO.match(text, before_lo, cm.start())) is not None and opening.end() == cm.start())
    ):
        # "… , said X: "Q"": the speaker after the verb, only where the verb leads its clause
        mention = subject_after(text, cm.end(), q.open)
    return (mention, cue, cm.start()) if mention is not None else None


def _s_participle_opening(c: QuoteContext) -> Hit | None:
    """`Declaring that "Currency is politics," French Prime Minister Alain Juppe today reiterated …`: a sentence
    that opens with a speech participle hangs on the main clause after the quotation."""
    text = c.text
    s_lo, s_hi = c.sent
    lead = _PARTICIPLE_OPENING.match(text, s_lo, c.q.open)
    if lead is None:
        return None
    comma = c.q.close if c.q.close > 0 and text[c.q.close - 1] == "," else text.find(",", c.close_end, s_hi)
    if comma <= 0:
        return None
    mention = _main_subject(text, comma + 1, s_hi)
    return (mention, lead.group(1).lower(), lead.start(1)) if mention is not None else None


def _s_source_after(c: QuoteContext) -> Hit | None:
    """ "…," per the party's bylaws.  /  "…," according to the filing.  (a verb before the quote comes first)"""
    return _named_by(_SOURCE_AFTER.match(c.text, c.a_lo, c.after_hi), 2, 1)


def _s_document_found(c: QuoteContext) -> Hit | None:
    """A document's findings: `A GAO report released last year found that … "…"`"""
    return _named_by(_last(_DOC_FOUND.finditer(c.text, c.before_lo, c.q.open)), 1, 2)


def _s_colon_before(c: QuoteContext) -> Hit | None:
    """X: "…" """
    text, before_lo = c.text, c.before_lo
    before = text[before_lo : c.q.open].rstrip()
    if not before.endswith(":"):
        return None
    colon = before_lo + len(before) - 1
    mention = subject_before(text, before_lo, colon)
    if mention is not None and mention.text.upper() in _WEB_LABELS:
        return None  # "MORE: "My life with two penises"": a web page's link to another story, no one speaking
    if mention is not None and mention.kind == "surname" and len(mention.text.strip(" .")) == 1:
        # "Q: "Was that to go back …?"": a transcript's label for whoever asked, no one's name, and no reason to
        # give the question to whoever answered last
        return _someone(mention.start), ":", colon
    if mention is not None and mention.kind == "descriptor":
        mention = _before_its_verb(mention)
    if mention is not None and mention.kind == "descriptor" and _head(mention.text) not in ROLE_WORDS:
        # "The piece used one of the quotes as its headline:": the sentence's subject, not "its headline"
        mention = _main_subject(text, c.sent[0], colon) or mention
    if (
        mention is not None
        and mention.kind == "descriptor"
        and (owned := _OWNED_LABEL.match(mention.text)) is not None
        and _head(mention.text) not in ROLE_WORDS
        and not _speaking_descriptor(mention)
    ):
        # "His action plan: "…"", "On Twitter, her tagline is: "…"": a label; its owner speaks, the "he"/"she" it
        # stands for ("My favorite:", "Its motto:" name no one the article can give)
        owner = _LABEL_OWNER.get(owned.group(1).lower())
        if owner is None:
            return None
        mention = Mention("pronoun", owned.group(1), owner, None, mention.start, mention.start + len(owned.group(1)))
    return (mention, ":", colon) if mention is not None else None


# Labels a web page sets before a link or a block: "MORE:", "READ MORE:", "WATCH:"
_WEB_LABELS = frozenset(("MORE", "READ MORE", "WATCH", "RELATED", "SEE ALSO", "VIDEO", "PHOTOS", "UPDATE", "LISTEN"))
_OWNED_LABEL = re.compile(r"([Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts|[Tt]his|[Tt]hese)\s")
_LABEL_OWNER = {"his": "he", "her": "she", "their": "they"}
_VERB_THEN_OBJECT = re.compile(
    r"\s(?:[a-z]+ed|wrote|sent|put|gave|read)\s+(?:(?:out|up|off|back|down)\s+)?(?:the|a|an|his|her|its|their|this)\s"
)  # "the control tower sent out a general message:"


def _before_its_verb(m: Mention) -> Mention:
    """ "the blog TonysKansasCity.com posted the line:", "a spokeswoman for X issued a statement:": the subject
    of the verb inside the phrase before a colon speaks, not the whole clause."""
    verb = _VERB_THEN_OBJECT.search(m.text)
    if verb is None:
        return m
    sub = parse_np(m.text[: verb.start()], m.start)
    return sub if sub is not None and sub.kind != "pronoun" else m


def _s_final_cue(c: QuoteContext) -> Hit | None:
    """A sentence-final cue anywhere after: "…" is what the minister called it, he said."""
    m = c.cue_after
    if m is None or m.group(1) not in FINITE_CUES or _SAID_A_WORD.match(c.text, m.end()):
        return None
    mention = subject_before(c.text, c.a_lo, m.start())
    return (mention, m.group(1), m.start()) if mention is not None else None


_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:while|whereas|but|and)\s+(?=[A-Z])")


def _s_sentence_subject(c: QuoteContext) -> Hit | None:
    """No cue, but the quote sits inside a sentence about someone: `Schiff called on them to "…"`."""
    s_lo = c.sent[0]
    if len(c.text[s_lo : c.q.open].split()) < 3:
        return None
    if c.prev_end > s_lo and not c.text[c.prev_end : c.q.open].strip(" \"'“”‘’"):
        # `… and Benitez said: "He played very well. "It is important …"`: one quotation after another, the
        # first's mark left open; it goes on, whoever the sentence opened with
        return None
    joins = list(_CLAUSE_JOIN.finditer(c.text, max(s_lo, c.prev_end), c.q.open))  # not inside a quotation
    if joins:
        # "Jindal signed an order, while Mike Huckabee proposed we "…"": the subject of the clause the quotation is
        # in, when it names someone, not the sentence's first
        near = _main_subject(c.text, joins[-1].end(), c.q.open)
        if near is not None and near.kind in ("name", "surname") and near.name.split()[0] not in GEO_FIRST:
            return near, "", near.end  # (not "and New York has several key ones, including …")
    mention = _main_subject(c.text, s_lo, c.q.open)
    if mention is not None and _PASSIVE_AFTER.match(c.text, mention.end):
        # "He is described as "a proud grandfather"", "all students are warned: "…"": the subject was described
        # or told; someone the article does not name spoke (not the last speaker either)
        return _someone(mention.end), "", mention.end
    if mention is not None and (mention.kind in ("name", "surname", "pronoun") or _kin(mention)):
        return mention, "", mention.end
    return None


def _s_previous_sentence(c: QuoteContext) -> Hit | None:
    """A bare quotation right after a sentence about someone in its own paragraph:
    `Sanders identified exhaustion with bigotry as a reason. "The younger people are …"`. Or the paragraph
    before, when it quotes no one: `… Clinton restricted comments to the hypothetical.` then a paragraph of its
    own: `"If any bank can't be managed effectively, it should be broken up."`"""
    text, prev_sent, q = c.text, c.prev_sent, c.q
    if prev_sent is None:
        return None
    para_lo = text.rfind("\n\n", 0, prev_sent[0]) + 2
    if (
        not text[c.sent[0] : q.open].strip()
        and ("\n" not in text[prev_sent[0] : q.open] or (text.startswith("\n\n", q.open - 2) and c.prev_end <= para_lo))
        and c.prev_end <= prev_sent[0]
    ):
        mention = _main_subject(text, prev_sent[0], prev_sent[1])
        if mention is not None and _adverb_read_as_name(mention):
            return None  # "Properly used child seats cut the risk": an adverb opening the sentence, no one named
        if mention is not None and mention.kind in ("name", "surname"):
            return mention, "", mention.end
    return None


# The direct-quote sieves, most specific first: the first that names a mention attributes the quotation,
# and its name goes with the quote ("rule" in the record, `newsdesk extract --explain`).
DIRECT_SIEVES: list[tuple[str, Callable[[QuoteContext], Hit | None]]] = [
    ("reports-colon", _s_reports_colon),
    ("signature-dash", _s_signature_dash),
    ("signed-line", _s_signed_line),
    ("quoted-as", _s_quoted_as),
    ("came-reply", _s_came_reply),
    ("as-put-after", _s_as_put_after),
    ("cue-after", _s_cue_after),
    ("subject-then-cue-after", _s_subject_then_cue_after),
    ("partial-then-cue", _s_partial_then_cue),
    ("as-put-before", _s_as_put_before),
    ("according-to", _s_according_to),
    ("claim", _s_claim),
    ("cue-before", _s_cue_before),
    ("participle-opening", _s_participle_opening),
    ("source-after", _s_source_after),
    ("document-found", _s_document_found),
    ("colon-before", _s_colon_before),
    ("final-cue", _s_final_cue),
    ("sentence-subject", _s_sentence_subject),
    ("previous-sentence", _s_previous_sentence),
]


def attribute_direct(c: QuoteContext) -> tuple[Mention | None, str, int, str]:
    """(mention, cue, cue start, the sieve's name), or (None, "", -1, "") when no sieve names anyone."""
    for name, sieve in DIRECT_SIEVES:
        hit = sieve(c)
        if hit is not None:
            return hit[0], hit[1], hit[2], name
    return None, "", -1, ""


_GROUP_OF = re.compile(
    r"^(?:the\s+)?([a-z]+s)\s+(?:for|of|at|from)\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})$"
)
_OWNER_GROUP = re.compile(r"^(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}?)(?:['’]s?)?\s+([a-z]+s)$")


def _adverb_read_as_name(mention: Mention) -> bool:
    """ "Properly used child seats …", "Clearly, …": a capitalised -ly word opening a sentence, read as a surname."""
    return mention.kind == "surname" and mention.name.endswith("ly")


def _holds_another_role(ent: Entity, descriptor: str, head: str) -> bool:
    """Whether a person is no one the descriptor could mean: one who speaks for others ("the spokesman") not
    titled so, or one whose title's qualifier makes it another post (see _another_post)."""
    if head in _PROXY_HEADS and not _titled_as(ent, head):
        return True
    if not ent.title:
        return False
    words = {w.strip(".,'’") for w in descriptor.split()} - {"the", "a", "an"}
    return _another_post(words, _title_words(ent.title), head) or _other_modifier(descriptor, ent.title, head)


# Words by which a title says its holder left the post.
_PAST_POST = frozenset({"former", "ex", "retired", "onetime", "one-time", "then", "late", "erstwhile"})


def _another_post(words: set[str], twords: set[str], dhead: str) -> bool:
    """Whether a title's qualifier makes it another post than the descriptor's: the shadow chancellor is not "the
    chancellor", nor the deputy prime minister "the prime minister" (a post named whole); "the minister" may still
    be a deputy minister, "the giant winger" a former All Black."""
    if (words & {"prime", "deputy", "vice", "shadow"}) - twords:
        return True  # "the prime minister" is no (welfare) minister, "the deputy" no minister
    missing = (twords & TITLE_QUALIFIERS) - words - {"prime", "managing", "senior", "junior"}
    return bool("shadow" in missing or (missing and len(words - {dhead}) >= 1 and words <= twords))


# Where a title's own post ends and what it is held at, for or of begins ("the mother | of a 12-year-old girl")
_TITLE_COMPLEMENT = re.compile(r"\s(?:of|for|at|to|with|in|on|from)\s", re.IGNORECASE)


def _other_modifier(descriptor: str, title: str, dhead: str) -> bool:
    """Whether the descriptor and the title put different words right before the same head: another post ("justice
    minister" and "First Minister", "U.S. ambassador" and "U.N. Ambassador"); qualifiers ("former") aside."""
    dwords = [w.strip(".,'’").lower() for w in descriptor.split()]
    twords = [w.strip(".,'’").lower() for w in title.split()]
    if dhead not in dwords or dhead not in twords:
        return False
    d, t = dwords.index(dhead), twords.index(dhead)
    if d == 0 or t == 0:
        return False
    dmod, tmod = dwords[d - 1], twords[t - 1]
    return dmod != tmod and dmod in _POST_SPECIFIERS and tmod in _POST_SPECIFIERS


# Words that say which post of a kind: "justice minister", "First Minister", "foreign secretary"
_POST_SPECIFIERS = _PORTFOLIOS | frozenset(
    "first prime foreign home finance justice health culture economy economic environment transport treasury "
    "interior defence defense education agriculture labour labor energy trade industry".split()
)


def _title_post(title: str) -> str:
    """A title's post without what it is held at, for or of: "the mother" of "the mother of a 12-year-old girl",
    "Governor" of "Governor of the Bank of Canada" (the preposition after a lower-case word or a role; not the "of"
    inside a body's name, "Bank of Canada Governor"). Two posts joined ("a defense lawyer in Oakland and the
    program director for Critical Resistance") give both."""
    posts = []
    for part in _SECOND_POST.split(title):
        for m in _TITLE_COMPLEMENT.finditer(part):
            before = part[: m.start()].split()
            last = before[-1].strip(".,'’") if before else ""
            if last[:1].islower() or last.lower() in ROLE_WORDS:
                part = part[: m.start()]
                break
        posts.append(part)
    return " ".join(posts)


_SECOND_POST = re.compile(r",? and (?=(?:the|a|an|its|his|her|their) )", re.IGNORECASE)


# Words a descriptor and a title may share without naming the same post
_TITLE_FILLERS = frozenset({"the", "a", "an", "of", "for", "'s", "by", "in", "to", "at", "on", "with", "from", "and"})


def _title_words(title: str) -> set[str]:
    """A title's words, lower-cased, whole and split at hyphens ("vice-president" holds "vice" too); an acronym
    in brackets is a word ("… Trade Unions (COSATU)" for "the Cosatu official")."""
    return {w.strip(".,'’()").lower() for w in title.replace("-", " - ").split()} | {
        w.strip(".,'’()").lower() for w in title.split()
    }


def _one_of_a_kind(ent: Entity) -> bool:
    """A speaker "they" cannot mean: a person, or one document or role named in the singular ("The program")."""
    if ent.person and not _many(_head_noun(ent.name.lower())):
        return True
    low = ent.name.lower()
    return bool(LEAD_ARTICLE.match(ent.name)) and not _many(_head_noun(low)) and _head_noun(low) not in _BODY_HEADS


def _has_role(title: str) -> bool:
    """Whether a title names a role, not only a form of address ("Father", "Sir")."""
    return any(w.lower() in ROLE_WORDS for w in title.split())


def _titled_as(ent: Entity, head: str) -> bool:
    """Whether the entity's title or name holds the role word ("a spokesman for the ministry"; a spokesperson is
    a spokesman)."""
    word = "spokes" if head.startswith("spokes") else head
    return word in (ent.title or "").lower() or word in ent.name.lower()


def _plural(word: str) -> bool:
    """ "lawyers", "Traders in London"; not "the duchess", "the boss", "the witness"."""
    return word.endswith("s") and not word.endswith("ss")


def _common_group(name: str) -> bool:
    """ "Legal experts", "most analysts": people named by a plural common noun, whom no "it" means (not "VMS Realty
    Partners", "Singapore Airlines": bodies whose own names end in a plural)."""
    words = name.split()
    head = _head_noun(name.lower())
    return _many(head) and any(w == head for w in words)


@lru_cache(maxsize=4096)
def _people(name: str) -> bool:
    """ "Palestinians", "Critics", "Senior Corps officials": people, whom no "it" means (not "Singapore Airlines")."""
    head = _head_noun(name.lower()) if name.strip() else ""
    if head.endswith(("us", "ss", "is")):
        return False  # "the prospectus", "the analysis"
    return (
        _common_group(name)
        or (head.endswith("s") and (head[:-1] in DEMONYMS or head[:-1] in ROLE_WORDS))
        # "Proponents of wolf recovery": a plural head and lower-case words, no body's name
        or (
            _plural(head)
            and head not in ORG_WORDS
            and len(name.split()) > 1
            and not any(w[:1].isupper() for w in name.split()[1:])
        )
    )


def _many(word: str) -> bool:
    """A plural noun, "businessmen" and "people" too."""
    return _plural(word) or word.endswith("men") or word in ("people", "police", "staff", "crew")


def _event_head(head: str) -> bool:
    """ "the Aug. 7 bombing of the embassy", "the hearing": an event, which speaks for no one ("Charlie King",
    whose last name is a role word, and "the party's right wing" are not events)."""
    return (
        len(head) > 5
        and head.endswith("ing")
        and head not in ROLE_WORDS
        and head not in _DOCUMENTS
        and head not in _ING_WRITINGS
    )


# Nouns in -ing that are writings, not events: "a new job listing posted by …" speaks
_ING_WRITINGS = frozenset("listing posting recording finding writing warning reading ranking rating wording".split())


def _group_key(descriptor: str) -> tuple[str, str] | None:
    """ "Lawyers for Samjens" and "Samjens lawyers" (or "Samjens' lawyers"): one key, (plural noun, owner)."""
    low_first = descriptor[:1].lower() + descriptor[1:]
    m = _GROUP_OF.match(low_first)
    if m is not None:
        return m.group(1).lower(), m.group(2).lower()
    m = _OWNER_GROUP.match(descriptor)
    if m is not None:
        return m.group(2).lower(), m.group(1).lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
    return None


_LAST_END = threading.local()  # the last _CLAUSE_END search, per thread (analyses run in threads too)


_LAST_BUT = threading.local()  # the same for _BUT_REPORT


def _clause_end_after(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """_CLAUSE_END.search(text, lo, hi), remembered (_first_after)."""
    return _first_after(_CLAUSE_END, _LAST_END, text, lo, hi)


def _first_after(pattern: re.Pattern[str], memo: threading.local, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """pattern.search(text, lo, hi), remembered: the speech verbs of one sentence ask from positions that only
    move on, and the first match from lo is the one found from an earlier position when it starts at or after lo
    (none before it either way); a search each scanned to the sentence's end, ~190 times in a 1,500-character
    sentence of "said X, "."""
    last = getattr(memo, "found", None)
    if last is not None:
        seen_text, seen_lo, seen_hi, end = last
        if seen_text is text and seen_hi == hi and seen_lo <= lo and (end is None or end.start() >= lo):
            return end
    end = pattern.search(text, lo, hi)
    memo.found = (text, lo, hi, end)
    return end


def _clause_stop(text: str, lo: int, hi: int) -> tuple[int, bool]:
    """Where a reported clause in text[lo:hi] stops, and whether a participle reports on from there: before
    ", adding …" (True), "; ", or ", and said …" (a second report: the comma, if any, and the spaces before
    "and" stay out of the clause); hi when nothing stops it."""
    end = _clause_end_after(text, lo, hi)
    if end is not None and ";" in end.group():
        w = max(lo, end.start() - 120)
        if text.count("(", w, end.start()) > text.count(")", w, end.start()) and 0 < (
            close := text.find(")", end.end(), min(hi, end.end() + 120))
        ):
            # "profit … was 120.7m euros ($158.8m; £83.3m)": a semicolon inside brackets ends nothing
            end = _CLAUSE_END.search(text, close + 1, hi)
    stop, participle = (end.start(), end.group().startswith(",")) if end else (hi, False)
    but = _first_after(_BUT_REPORT, _LAST_BUT, text, lo, hi)
    if but is not None and but.start() < stop:
        stop, participle = but.start(), False
    if text.find(" and ", lo, stop) >= 0:
        for m in _AND_REPORT.finditer(text, lo, stop):
            subject_lo = skip_space(text, m.start() + m.group().index("and") + 4)
            if not m.group().startswith(","):
                # no comma: the word before "and" is a lower-case word, not a pronoun ("in May and Pakistan said" is
                # kept whole, as "Trade and Industry officials", "Allen and Co Inc", "he and Funaro warned" are)
                before = text[max(lo, m.start() - 30) : m.start()].rsplit(None, 1)
                if not before or not before[-1].isalpha() or not before[-1].islower() or before[-1] in _PRONOUN_WORDS:
                    continue
            cue = m.end() - len(m.group().rsplit(None, 1)[-1])
            mention = subject_before(text, subject_lo, cue)
            if (
                mention is not None
                and mention.start == subject_lo
                and mention.kind != "pronoun"
                and not _PERFECT_OBJECT_CUE.search(text, subject_lo, m.end())
            ):
                return m.start(), False
    for m in _NEXT_REPORT.finditer(text, lo, stop):
        k = m.start()
        if k - 1 < lo or not text[k - 1].isspace():
            continue  # "band said", or a space before lo
        j = k - 1
        while j > lo and text[j - 1].isspace():
            j -= 1
        return (j - 1 if j > lo and text[j - 1] == "," else j), False
    return stop, participle


def _clause_end(text: str, lo: int, hi: int) -> int:
    """Where a reported clause in text[lo:hi] ends: before the spaces and the end mark that close it."""
    while hi > lo and text[hi - 1] in " .!?\n":
        hi -= 1
    return hi


_RELATIVE_TAIL = re.compile(r"\s+(?:that|which|who)\s+[a-z]+$")
_TOLD_AFTER = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}?(?:said|says|reported|reports|added)\s*[.!?]?[\"”]?\s*$")


_QUOTED_TITLE = re.compile(r"\s*((?:the\s+)?)[\"“]([^\"“”]{3,80})[\"”](?=\s*(?:[,.;:]|$))")


def _quoted_source(text: str, lo: int, hi: int) -> Mention | None:
    """ "According to the "program on solar energy 1996-2005", CLAUSE": the document by its quoted title, marks
    left out (was 'the "program on solar energy')."""
    m = _QUOTED_TITLE.match(text, lo, hi)
    if m is None:
        return None
    name = m.group(1) + m.group(2).strip(" ,.")
    return Mention("descriptor", name, name, None, m.start(1), m.end())


def _according_source(text: str, lo: int, hi: int) -> Mention | None:
    """Who "according to" names in text[lo:hi]: a quoted title, else the subject there, else its leading phrase."""
    word = text[lo:hi].strip()
    if (pronoun := _OBJECT_PRONOUNS.get(word.lower())) is not None:
        at = text.index(word, lo, hi)  # "According to him, CLAUSE": whom "him" means, as "he said" would
        return Mention("pronoun", word, pronoun, None, at, at + len(word))
    phrase = text[lo:hi]
    if ", " not in phrase and _THOUSANDS.search(phrase) and (whole := parse_np(phrase, lo)) is not None:
        return whole  # "According to a survey of 1,000 adults": the number's comma ends no phrase
    return _quoted_source(text, lo, hi) or subject_after(text, lo, hi) or _leading_np(text, lo, hi)


def _according_reports(text: str, sent: tuple[int, int], quotes: list[Span], para: int) -> list[Found]:
    """`According to police, CLAUSE.` and `CLAUSE, according to the ministry.`: what X reported, without marks."""
    lo, hi = sent
    if text.find("ccording to", lo, hi) < 0:
        return []
    acc = _ACCORDING.search(text, lo, hi)
    if acc is None or any(q.open <= acc.start() < (q.close if q.close >= 0 else q.end) for q in quotes):
        return []
    end = _clause_end(text, lo, hi)
    lead = text[lo : acc.start()]
    if not lead.strip(" ,") or _INTRO.fullmatch(lead):
        # According to X, CLAUSE.
        comma = _next_comma(text, acc.end(), end)
        if comma < 0:
            return []
        if (own := _OWN_CUE_AFTER.match(text, comma + 1, end)) is not None and not own.group().endswith("that"):
            # "According to Fashionista, the magazine editor said: '…'": the editor's words, in quotation marks
            # (not "According to family members, Joe told his daughter that …": what the family reported)
            return []
        mention = _according_source(text, acc.end(), comma)
        appos = _APPOSITION.match(text, comma + 1, end)
        if (
            appos is not None
            # (an adjective in -ed right after the article is no verb: "a respected trade publication")
            and not _VERBISH.search(appos.group(), (adj.end() if (adj := _ARTICLE_ED.match(appos.group())) else 0))
            and not _present_clause(text, comma + 1, appos.end())
            and not _WORD_COMMA.match(text, appos.end(), end)  # "a young woman from Tampa, Fla., has become …"
            and not _RELATIVE_NEXT.match(
                text, appos.end(), end
            )  # "an unidentified man, who has since been …": a subject
        ):
            comma = appos.end() - 1  # "According to Policy Analysis Inc., a health economic research firm, CLAUSE"
        elif (
            (post := _POST_APPOSITION.match(text, comma + 1, end)) is not None
            and post.group(1).lower() in ROLE_WORDS
            and not _VERBISH.search(post.group())
            and len(text[post.end() : end].split()) >= 4
        ) or (post := _WHO_APPOSITION.match(text, comma + 1, end)) is not None:
            comma = post.end() - 1  # "According to Gordon Streeb, leader of the delegation, CLAUSE"
            if (listed := _CAPITAL_LIST_TAIL.match(text, comma + 1, end)) is not None:
                comma = listed.end() - 1  # "… in the Ministry of Energy, Water and Natural Resources, CLAUSE"
        c_lo = comma + 1
        while c_lo < end and text[c_lo].isspace():
            c_lo += 1
        c_hi, rule = end, "according-then-clause"
        told = _TOLD_AFTER.search(text, c_lo, c_hi)
        if told is not None:
            c_hi = told.start()  # "According to Veronesi, CLAUSE, the paper said.": the paper's cue is no content
    elif lead.rstrip().endswith(",") and not lead.rstrip(" ,").endswith(" that"):
        # CLAUSE, according to X. (Not "The Post reported that, according to his parents, CLAUSE".)
        mention = _according_source(text, acc.end(), end)
        if mention is not None and (rel := _RELATIVE_TAIL.search(mention.text)) is not None:
            # "according to a new poll that shows more voters …": the poll, not 'a new poll that shows'
            kept = mention.text[: rel.start()]
            mention = Mention(mention.kind, kept, kept, mention.title, mention.start, mention.start + len(kept))
        c_lo, c_hi, rule = lo, lo + len(lead.rstrip().rstrip(",")), "clause-then-according"
    else:
        return []
    if mention is None or c_lo >= c_hi or text[c_lo] in "\"“‘'" or len(text[c_lo:c_hi].split()) < 4:
        return []
    if not _VERBISH.search(text, c_lo, c_hi) and not _present_clause(text, c_lo, c_hi):
        return []  # "According to X, obesity increases the risk …": a present tense is a clause too
    return [Found(c_lo, c_hi, "indirect", mention, "according to", acc.start(), para, rule=rule)]


def _quoted_as_reports(text: str, sent: tuple[int, int], quotes: Quoted, para: int) -> list[Found]:
    """`CLAUSE, Tass quoted a Russian government representative as saying.`: the one quoted reported the clause
    (the outlet only carried it); the sentence must end there."""
    lo, hi = sent
    if text.find(" as saying", lo, hi) < 0:
        return []
    q = _QUOTED_AS.search(text, lo, hi)
    if q is None and (p := _QUOTED_AS_PASSIVE.search(text, lo, hi)) is not None:
        # "CLAUSE, J. Mati, Executive Director of the Institute …, was quoted as saying.": the subject reported it
        if not _QUOTED_TAIL.fullmatch(text, p.end(), hi) or p.start() in quotes:
            return []
        subj = subject_before(text, lo, p.start())
        if subj is None or subj.kind not in ("name", "surname", "descriptor", "org"):
            return []
        comma = text.rfind(",", lo, subj.start)
        c_lo = _clause_start(text, lo, comma) if comma > lo else lo
        if comma <= lo or text[comma + 1 : subj.start].strip() or len(text[c_lo:comma].split()) < 4:
            return []  # (the subject right after the clause's comma: not "…, when asked, X was quoted …")
        if text[c_lo] in "\"“‘'" or quotes.covers(c_lo + 1, comma - 1):
            return []
        return [Found(c_lo, comma, "indirect", subj, "quoted", p.start(), para, rule="clause-then-quoted-as")]
    if q is None or not _QUOTED_TAIL.fullmatch(text, q.end(), hi) or q.start() in quotes:
        return []
    comma = text.rfind(",", lo, q.start())
    if comma <= lo or q.group(1).startswith("by "):
        return []  # "X was quoted by AAP as saying": the passive speaks for the subject, read by the quote sieve
    mention = parse_np(q.group(1), q.start(1))
    if mention is None or mention.kind not in ("name", "surname", "descriptor", "org"):
        return []
    c_lo = _clause_start(text, lo, comma)
    if len(text[c_lo:comma].split()) < 4 or text[c_lo] in "\"“‘'" or quotes.covers(c_lo + 1, comma - 1):
        return []
    return [Found(c_lo, comma, "indirect", mention, "quoted", q.start(), para, rule="clause-then-quoted-as")]


_SENTENCE_TAIL = re.compile(r"\s*[.!?]?[\"”’']?\s*")
# "…, Interfax quoted the ministry as saying Sunday in a communique.": when and where it was said, then the end
_QUOTED_TAIL = re.compile(
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAYS}|yesterday|today|last\s+(?:week|night|month)))?"
    r"(?:\s+(?:in|at|on|during)\s+(?:a|an|the|its|his|her|their)\s+[\w'’ -]{1,40}?)?"
    r"\s*[.!?]?[\"”’']?\s*"
)
# "Geoff Dixon was quoted by The Australian newspaper as saying", "He was also quoted in the statement as saying"
_QUOTED_BY_PASSIVE = re.compile(_QUOTED_AUX + r"(?:(?:by|in)\s+[^,.;:\"“”]{1,60}?\s+)?as\s+saying$")
# the clause (not a quotation: the quote sieves'), after a phrase of time or place when "that" follows it ("as
# saying in an interview that …")
_AS_SAYING_THAT = re.compile(
    r"(?:\s+(?:in|on|at|during|via|after|before|yesterday|today|late|early|last|this|"
    rf"{WEEKDAYS})\b[^,;:\"“”]{{0,60}}?\s+that|"
    r"\s+that,?|)\s+"
)


def _quoted_as_clauses(text: str, sent: tuple[int, int], quotes: Quoted, para: int) -> list[Found]:
    """`The paper quoted analysts as saying CLAUSE`, `X was quoted by AAP as saying that CLAUSE`: the one quoted
    reported the clause, the outlet only carried it."""
    lo, hi = sent
    out: list[Found] = []
    at = text.find(" as saying", lo, hi)
    while at >= 0:
        end = at + len(" as saying")
        at = text.find(" as saying", end, hi)
        if end in quotes or (th := _AS_SAYING_THAT.match(text, end, hi)) is None:
            continue
        back = max(lo, end - 240)
        mention, cue_at = None, -1
        passive = _QUOTED_BY_PASSIVE.search(text, back, end)
        if passive is not None:
            subj = subject_before(text, lo, passive.start())
            if subj is not None and subj.kind in ("name", "surname", "descriptor", "org", "pronoun"):
                mention, cue_at = subj, passive.start()
        elif (active := _last(_QUOTED_AS.finditer(text, back, end))) is not None:
            if active.end() == end and not active.group(1).startswith(("by ", "in ")):
                quoted = parse_np(active.group(1), active.start(1))
                if quoted is not None and quoted.kind in ("name", "surname", "descriptor", "org"):
                    mention, cue_at = quoted, active.start()
        if mention is None:
            continue
        c_lo = th.end()
        if not text[c_lo : c_lo + 1].isalnum() or _PREP_START.match(text, c_lo, hi) or text.startswith("via ", c_lo):
            continue  # "as saying that "…"": the quotation's (the quote sieves'); "as saying via his lawyers"
        c_hi = _clause_end(text, c_lo, _clause_stop(text, c_lo, hi)[0])
        v_hi = min(c_hi, c_lo + 240)
        if len(text[c_lo:c_hi].split()) < 3 or not (
            _VERBISH.search(text, c_lo, v_hi) or _present_clause(text, c_lo, v_hi)
        ):
            continue
        if quotes.covers(c_lo + 1, c_hi - 1):
            continue
        out.append(Found(c_lo, c_hi, "indirect", mention, "quoted", cue_at, para, rule="quoted-as-then-clause"))
    return out


def _no_clause(text: str, lo: int, hi: int) -> bool:
    """What stands before "…, X said" and is no reported clause: "When IBM rejected those proposals, Norris said"
    (a report of its own, interrupted), "At company headquarters in Mount Olive, N.J." (an opening phrase alone)."""
    own = _OWN_REPORT.search(text, max(lo, hi - 40), hi)
    if own is not None and own.end() == hi and _is_name(parse_np(own.group(1), own.start(1))):
        return True
    if _CUE_COLON_QUOTE.search(text, lo, min(hi, lo + 400)):
        return True  # 'Kisrty Williams, for the Lib Dems, added: "If …," she said': a quotation and its own cue
    rel = RELATIVE_OPEN.search(text, lo, min(hi, lo + 80))
    if (
        rel is not None
        and text.find(",", rel.end(), hi) < 0
        and not _VERBISH.search(text, lo, rel.start())
        and not _PRESENT.search(text, lo, rel.start())  # not "Japan depends on imports, which total …"
    ):
        return True  # "Jane Doe, who met Bill Smith, the mayor, said": a subject and its relative clause, no clause
    if (
        len(text[lo:hi].split()) <= 4
        and not _VERBISH.search(text, lo, hi)
        and not _present_clause(text, lo, hi)
        and not _PRONOUN_FIRST.match(text, lo, hi)
        and not _CONTRACTED_VERB.search(text, lo, hi)  # "That's the district's prerogative"
    ):
        return True  # "Earlier this week, ministers finally agreed after 36 hours …": a time, no clause
    intro = _INTRO.match(text, lo, hi)
    return (
        intro is not None
        and len(text[intro.end() : hi].split()) <= 3
        and not _VERBISH.search(text, intro.end(), hi)
        and not _present_clause(text, intro.end(), hi)
        and not _PRONOUN_FIRST.match(text, intro.end(), hi)  # "…, they often overlap"
    )


_CONTRACTED_VERB = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho)['’]s\b|['’](?:m|re|ll|ve|d)\b|n['’]t\b"
)
_PRONOUN_FIRST = re.compile(r"(?:he|she|it|they|we|I|you)\s")
_CUE_COLON_QUOTE = re.compile(r"\b(?:said|says|added|adds|told\s+[\w .]{1,40}?|wrote|writes|declared|stated):\s*[\"“]")
_OWN_REPORT = re.compile(r",\s+((?:[A-Z][\w'’.-]*\s+){1,3})(?:said|says|added|wrote|argued|noted|insisted|contended)")


def _clause_start(text: str, lo: int, comma: int) -> int:
    """Where a clause reported before its cue starts: after an opening phrase ("In a statement, …") that ends
    before the clause's comma."""
    intro = _INTRO.match(text, lo, comma)
    if intro is None or intro.end() >= comma or not _TELLING_INTRO.match(text, lo, intro.end()):
        return lo  # "Under an order signed by Uzi Dayan, the guards will …, the statement said": the clause's own
    return intro.end()


# An opening phrase about the telling itself or a link to what came before, not part of what was told: "In a
# statement, …", "Asked about it, …", "However, …", "In addition, …"
_TELLING_INTRO = re.compile(
    r"(?:(?:"
    + "|".join(w.capitalize() for w in SENTENCE_ADVERBS)
    + r"|In addition|In fact|Furthermore|Also|Thus|Therefore|Besides|At the same time|In other words|On the other hand"
    r"|In turn|Again|Above all|Above all else|Then|According to [A-Z][^,]*)\s*,"
    r"|(?:Speaking|Asked|Responding|Referring|Commenting|Writing|Addressing|Talking|Answering|Replying|Testifying|"
    r"Stressing|Noting|Saying|Adding|Insisting|Arguing|Claiming|Warning|Citing|Acknowledging|Admitting|Explaining|"
    r"Emphasi[sz]ing|Reiterating|Recalling|Pointing)\b"
    r"|[^,]*\b(?:statement|interview|speech|letter|remarks|address|conference|briefing|broadcast|testimony|"
    r"communique|communiqué|hearing|rally|told|editorial|commentary|column|report|article|book)\b)"
)


def _interrupted(text: str, lo: int, hi: int, m: re.Match[str]) -> tuple[Mention, int] | None:
    """`The plan, he said, was doomed from the start`: the cue and its subject set off by commas inside the
    clause they report; the report is the whole sentence (the words around "he said")."""
    if not text.startswith(",", m.end()):
        return None
    comma = text.rfind(",", lo, m.start())
    if comma <= lo or len(text[comma + 1 : m.start()].split()) > 4 or not text[lo:comma].strip():
        return None
    if (
        _PARTICIPLE_INTRO.match(text, lo)
        and text.find(",", lo, comma) < 0
        and not _FINITE_NEXT.match(text, m.end() + 1)
    ):
        # "Asked about the study, Bush said, …", "Pointing to the data, Lawson said, …": the writer's opening
        # phrase, not the start of a reported clause (as "If it were true, he said, …" is, and "Holding office,
        # he said, is …", whose gerund is the clause's subject)
        return None
    mention = subject_before(text, comma + 1, m.start())
    if mention is None or mention.kind not in ("name", "surname", "pronoun", "org", "descriptor"):
        return None
    if mention.kind == "descriptor" and _head_noun(mention.text) in ("name", "names", "title", "nickname"):
        return None  # "But Uber, as its name suggests, is hierarchical": what shows it, no one who says it
    end = _clause_end(text, lo, hi)
    after = text[m.end() + 1 : end].strip()
    if after[:1] in ('"', "“") and after[1:2].isupper() and after.rstrip(".,;:!?' ")[-1:] in ('"', "”"):
        # "When Howe was …, she conceded, "I was …"": the rest is a quoted sentence of its own; "This state of
        # affairs, they wrote, "is not satisfactory"" goes on reporting
        return None
    rest = after.split()
    if len(rest) < 2 or not _VERBISH.search(text, m.end(), end):
        return None
    return mention, end


def _then_participle(text: str, at: int, hi: int, mention: Mention, para: int) -> list[Found]:
    """`…, he said, describing the downturn as a false start`: what the participle reports is the same speaker's."""
    m = _PARTICIPLE_AFTER.match(text, at, hi)
    if m is None:
        return []
    th = _THAT.match(text[m.end() : hi])
    c_lo = m.end() + (th.end() if th else 0)
    c_hi = _clause_end(text, c_lo, _clause_stop(text, c_lo, hi)[0])
    if c_lo >= c_hi or len(text[c_lo:c_hi].split()) < 3 or text[c_lo] in '"“':
        return []
    if _WORDS_THEN_QUOTATION.match(text, c_lo, c_hi):
        return []  # "…, saying only: "I will never answer …"": the quotation is what was said, not a clause
    if m.group(1) == "describing" and text.find(" as ", c_lo, c_hi) < 0:
        return []  # "…, describing one of the two attacks": an object; "describing the downturn as …" reports
    return [Found(c_lo, c_hi, "indirect", mention, m.group(1), m.start(1), para, rule="then-participle")]


_WORDS_THEN_QUOTATION = re.compile(r"(?:[\w'’-]+\s+)?[\w'’-]+\s*:\s*[\"“]")


_NOUN_THAT_CUES = frozenset(("claim", "report", "note", "stress"))
_MODAL_WORDS = frozenset("will would can could may might must should shall do did does".split())
_SKIPPED_ADVERBS = frozenset("also still now often generally".split())  # "Critics also argue", "They still insist"
_PLURAL_WORDS = frozenset("they we i you people police media staff two both others some many most all few".split())


def _present_plural(text: str, m: re.Match[str]) -> bool:
    """A PLURAL_CUE match that is a verb: not a noun ("A report that …", "her claim that …")."""
    at = m.start()
    if (
        m.group(1) in _NOUN_THAT_CUES
        and (noun := _NOUN_BEFORE.search(text, max(0, at - 30), at)) is not None
        and ("'" in noun.group() or "’" in noun.group() or not _plural_head_before(text[max(0, at - 80) : at].split()))
    ):
        return False  # (but "Scholars with the Beijing Library note that": the plural head's verb)
    return _plural_subject_before(text, max(0, at - 80), at)


def _plural_subject_before(text: str, lo: int, at: int) -> bool:
    """Whether the word before a plain verb ("argue", "claim") lets it be a present tense: a plural subject ("Critics
    argue"), a modal ("He will argue"), or two joined by "and" ("Autor and Hanson emphasize"); not "to" ("planned
    to contend that") nor a singular noun ("a General Accounting Office report that")."""
    words = text[max(lo, at - 80) : at].split()
    while words and (words[-1].lower() in _SKIPPED_ADVERBS or words[-1].endswith("ly")):
        words.pop()
    if words and words[-1].lower() in _MODAL_WORDS:
        return True
    if not words:
        return False
    last = words[-1].lower().strip(",")
    if last in _PLURAL_WORDS or (words[-1][:1].isupper() and "and" in words[-6:-1]):
        return True
    if _plural_word(last):
        return True
    return _plural_head_before(words)


def _plural_head_before(words: list[str]) -> bool:
    """ "Critics of the global warming theory (argue)": a plural head before its prepositional phrase, in the last
    six words before a verb."""
    for i in range(len(words) - 2, max(-1, len(words) - 7), -1):
        if words[i].endswith((",", ";", ":", ".")):
            return False
        if words[i + 1].lower() in _HEAD_LINKS and _plural_word(words[i].lower()):
            return True
    return False


_HEAD_LINKS = frozenset(("of", "for", "at", "from", "in", "with"))


def _plural_word(low: str) -> bool:
    return low.endswith("s") and not low.endswith(("'s", "’s", "ss", "us", "is")) and low[:1].isalpha()


# a determiner, an owner or a preposition, with up to two adjectives, before "claim", "report": the noun
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|any|no|every|each|one|of|for|about|"
    r"against|with|from|into|over|by|to|new|recent)|['’]s)\s+(?:[a-z-]+\s+){0,2}$",
    re.I,
)
_BEFORE_ADJECTIVE = re.compile(
    r"\b(?:the|a|an|over|of|for|about|against|with|from|into|his|her|their|its|our|these|those)\s+$", re.I
)
# "ETA's stated demand", "Cosby's alleged crimes", "officers' alleged behaviour": an owner's possessive before the
# participle (not "He's concluded", "It's predicted": a pronoun's contraction)
_ADJECTIVAL_PARTICIPLES = frozenset(
    "alleged reported stated suggested proposed claimed purported declared expected predicted promised".split()
)
_POSSESSOR_BEFORE = re.compile(r"\b(?!(?:he|she|it|that|there|what|who|here)['’]s)\w+(?:['’]s|(?<=s)['’])\s+$", re.I)
_LOWER_WORD = re.compile(r"\s+[a-z]")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+(?:only|first|last|newly|recently|officially|widely|"
    r"previously|most|much)\s+$"
)
_WORD_AFTER = re.compile(r"\s+(?!(?:that|it|he|she|they|we|to)\b)[A-Za-z]")
# A lower-case word that is no subject pronoun and no contraction ("it's", "he's"): what a pointing "that" names
_POINTED = re.compile(r"(?!(?:it|he|she|they|we|i|you|there|this|these|those|who)\b)[a-z]+\b(?![’'])")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


@lru_cache(maxsize=4096)
def _given_alone(given: str) -> re.Pattern[str]:
    """A given name standing alone, not before a capitalised word, nor after "the" ("the Donald", a nickname):
    compiled once a name, as a surname two people share is looked up many times."""
    return re.compile(rf"(?<![\w'’.-])(?<![Tt]he ){re.escape(given)}(?![\w'’.-]| [A-Z])")


# How far after a person's mention a pronoun still says its sex; the subject and reflexive pronouns that do
_SEX_VOTE_REACH = 250
# the first he/she/himself/herself after a subject, and where a subject's own pronoun stands before it: after
# a reporting verb, "that", a conjunction (a reflexive says it wherever it stands)
_SEX_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b|\b(himself|herself)\b")
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b")
_MALE_POSSESSIVES = frozenset(("he", "his", "him"))
_CAPITAL_RUN = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*")
_SEX_SUBJECT_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|believes|believed|thinks|thought|hopes|hoped|insisted|admitted|"
    r"explained|noted|claimed|claims|that|but|and|because|although|though|when|while|so|until|after|before|since)"
    r",?\s+$"
)
_SEX_OPENS = re.compile(r"\s*(He|She)\b()")
_QUOTE_MARKS = ('"', "“", "”")
_MALE_PRONOUNS = frozenset(("he", "himself"))


def _sex_by_given(given: str) -> str | None:
    """The sex a given name says ("m", "f"), if the lexicon knows it (the two lists share no name)."""
    return "f" if given in FEMALE_NAMES else "m" if given in MALE_NAMES else None


def _sex_of(ent: Entity) -> str | None:
    """What the article or the given name says of a person's sex ("m", "f"), if anything."""
    return ent.gender if ent.gender is not None else _sex_by_given(ent.name.split(" ", 1)[0].lower())


def _one(at: int) -> Mention:
    """ "one", "another" as a speaker: one of the group that spoke last, else no one the text names."""
    return Mention("pronoun", "one", "one", None, at, at)


_ONE_OF_REACH = 400  # characters back to the group "one" belongs to, when no sentence near opens with it
# Pronouns that never fall back to the last speaker when they resolve to no one
_UNNAMED_PRONOUNS = frozenset(("i", "someone", "one"))


def _someone(at: int) -> Mention:
    """Someone the sentence shows speaking without naming them (a passive with no agent): no speaker, and no
    reason to take the last one."""
    return Mention("pronoun", "", "someone", None, at, at)


_PASSIVE_AFTER = re.compile(
    r"\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|known|seen)"
    # the participle brings the quotation in: "described as "…"", "warned: "…"", "known in government circles as"
    r"(?:(?:\s+(?:in|among|within)(?:\s+[a-z]+){1,3})?\s+as\b|\s*[:,]?\s*[\"“‘'])"
)
_PASSIVE_INTRO = re.compile(r"(?:\s+by\s+[^\"“,.;]{1,60}?)?(?:\s+as|\s+to\s+be)?(?:\s+(?:a|an|the))?\s*[,:]?\s*")
_BY_AGENT = re.compile(r"[\s,]*\bby\s+")
_QUOTE_GOES_ON = re.compile(r"[,\s]{0,3}[\"“]")
_COPULA_AFTER = re.compile(r"\s+(?:are|is|were|was)\b")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|what|who|whom|whose|as)\b", re.I)


# "… and said", "… but also said", "… and has said", "… and later told": a second verb, the first's subject its own
_JOINED_VERB_BEFORE = re.compile(r"\s(?:and|but)(?:\s+(?:has|have|had|also|later|then|again))?\s+$")
# "…, Pennsylvania has added at least one prison": a quantity after the cue is its object (not "said 20 minutes
# later", "said three times": a time)
_QUANTITY_OBJECT = re.compile(
    r"\s+(?:at\s+least|more\s+than|nearly|almost|\d[\d,.]*)\s+(?!(?:[\w-]+\s+)?(?:times?|minutes?|hours?|days?|"
    r"weeks?|months?|years?|seconds?)\b)"
)
_BY_ESTIMATE = re.compile(r"\b(?:[Bb]y|[Ff]rom|[Ii]n|[Oo]n|[Aa]ccording\s+to)\s+(?:[a-z]+ ){0,3}$")
_PLURAL_NOUN_CUES = frozenset(("estimates", "reports", "claims", "notes", "comments", "remarks", "accounts"))


def _by_estimate(text: str, m: re.Match[str]) -> bool:
    """ "casualties, by most conservative estimates, are …", "by all accounts", "according to media reports": a
    plural noun, no one's report."""
    at = m.start(1)
    return m.group(1) in _PLURAL_NOUN_CUES and _BY_ESTIMATE.search(text, max(0, at - 40), at) is not None


_NUMBER_COMMA = re.compile(r",(?!\d{3}\b)")  # not the comma inside "1,000"
_THOUSANDS = re.compile(r"\d,\d{3}\b")


def _next_comma(text: str, lo: int, hi: int) -> int:
    """Where the first comma in text[lo:hi] that ends a phrase stands (not one inside "a survey of 1,000
    adults"), or -1."""
    m = _NUMBER_COMMA.search(text, lo, hi)
    return m.start() if m is not None else -1


_TITLED = re.compile(r"\b(?:[Ee]ntitled|[Tt]itled|[Hh]eadlined)[,:]?\s*$")


def _verb_cue(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first speech verb in text[lo:hi] that is a verb: '"…" and complaints about officers' alleged
    behaviour' has none (the participle qualifies a noun)."""
    return next((m for m in CUE.finditer(text, lo, hi) if not _adjective_cue(text, m)), None)


def _adjective_cue(text: str, m: re.Match[str]) -> bool:
    """ "frustration over alleged unfair practices", "the reported sightings": a participle before a noun, no
    speech (it read 'policy group's move … over' as someone who alleged)."""
    if m.group(1) in _GUARDED_NOUNS and _RELATIVE_THAT.match(m.string, m.end(1)):
        return True  # "lira bank notes that can be brought into Italy": a noun, then a relative clause
    if _by_estimate(text, m):
        return True
    if m.group(1) in ("adds", "added", "add") and text.startswith((" up ", " up,"), m.end(1)):
        return True  # "The cost … adds up to $52 billion": a sum, no one adding
    if not m.group(1).endswith("ed"):
        return False
    at, end = m.start(1), m.end(1)
    if _COPULA_AFTER.match(text, end) and not _RELATIVE_BEFORE.search(text, max(0, at - 40), at):
        # "the Internet informed are too young": a participle in the subject, its verb after it (not "which he
        # said was a record", "what it claimed were …")
        return True
    if _DETERMINER_BEFORE.search(text, max(0, at - 24), at):
        # "The only announced Republican challenger", "the first reported case": a determiner, then the participle
        return _WORD_AFTER.match(text, end) is not None
    if m.group(1) in _ADJECTIVAL_PARTICIPLES and _POSSESSOR_BEFORE.search(text, max(0, at - 30), at) is not None:
        # (only participles that stand before a noun: not "Standard and Poor's said the …", a firm's name)
        return _LOWER_WORD.match(text, end) is not None and _WORD_AFTER.match(text, end) is not None
    return _LOWER_WORD.match(text, end) is not None and _BEFORE_ADJECTIVE.search(text, max(0, at - 10), at) is not None


class Quoted:
    """Whether an offset lies within a quotation (from its opening mark to its closing one), by bisection: a
    check per speech verb over every quotation made an article of many of both quadratic."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted((q.open, q.close if q.close >= 0 else q.end) for q in spans)
        self._opens = [o for o, _ in ordered]
        self._reach: list[int] = []  # the furthest end of any quotation opened so far
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def covers(self, lo: int, hi: int) -> bool:
        """Some quotation opens at or before lo and ends at or after hi."""
        k = bisect.bisect_right(self._opens, lo)
        return k > 0 and self._reach[k - 1] >= hi

    def __contains__(self, pos: int) -> bool:
        return self.covers(pos, pos)

    def opening(self, pos: int) -> int:
        """Where the last quotation opened at or before pos opens, when it reaches pos; else -1."""
        k = bisect.bisect_right(self._opens, pos)
        return self._opens[k - 1] if k > 0 and self._reach[k - 1] >= pos else -1


# Speech verbs of one sentence read for reported speech. Each costs a pass over a bounded stretch of the
# sentence; a sentence of the corpus has a handful ("said X, said X, …" 190 in 1,500 characters, crafted)
MAX_SENTENCE_CUES = 16
_OPENING_MARK = re.compile(r"[,:]\s*[\"“]")
_BY_AFTER = re.compile(r"\s+(?:upon|on)\s+by\s")  # not "He said by the time …", "said by phone"
_CUE_THEN_MARK = re.compile(r"\b(?:added|adds|said|says|told|declared|stated|wrote|writes)[,:]?\s*[\"“]$")


def _adjunct_then_quotation(text: str, lo: int, hi: int, quotes: Quoted) -> bool:
    """ "said on Tuesday, "All are …"", "told Reuters, "We've always …"": a phrase, then a whole quotation that
    opens a sentence of its own. The quotation is the words; the phrase reports nothing. (Not "the king, a trained
    pilot, "may fly a bomber"": a clause that goes on inside the marks.)"""
    mark = _OPENING_MARK.search(text, lo, hi)
    if mark is None or not quotes.covers(mark.end(), hi - 1) or _VERBISH.search(text, lo, mark.start()):
        return False  # (not "she has the essential quality for the job: "Steadiness …"": a clause of its own)
    first = text[mark.end() : mark.end() + 3].lstrip("\"“‘' ")
    return first[:1].isupper()


def _clause_after(text: str, c_lo: int, hi: int, quotes: Quoted) -> int | None:
    """Where a clause reported from c_lo ends, or None when it is under three words or all one quotation."""
    stop, _ = _clause_stop(text, c_lo, hi)
    c_hi = _clause_end(text, c_lo, stop)
    if len(text[c_lo:c_hi].split()) < 3 or quotes.covers(c_lo + 1, c_hi - 1):
        return None
    return c_hi


def _document_findings(text: str, lo: int, hi: int, quotes: Quoted, para: int) -> list[Found]:
    """ "A 2014 study by Harvard found that CLAUSE", "The survey showed that CLAUSE": what a document found is
    reported, the document its own speaker (GUIDE); people who "found that" found it, and are left to the cues."""
    out: list[Found] = []
    for m in _DOC_FINDING.finditer(text, lo, hi):
        if m.start(2) in quotes:
            continue  # '"The research shows that …," says Dr. Rosen': his words, quoted
        c_lo = m.end()
        c_hi = _clause_after(text, c_lo, hi, quotes)
        if c_hi is None:
            continue
        phrase = m.group(1)
        mention = Mention("descriptor", phrase, phrase, None, m.start(1), m.end(1))
        out.append(Found(c_lo, c_hi, "indirect", mention, m.group(2), m.start(2), para, rule="document-finding"))
    return out


def _owned_claims(text: str, lo: int, hi: int, quotes: Quoted, para: int) -> list[Found]:
    """ "Alan Greenspan's warning Thursday that CLAUSE", "Bush's claim that CLAUSE": what the owner of a word for
    something said reports, the owner speaking."""
    out: list[Found] = []
    for m in _CLAIM_THAT.finditer(text, lo, hi):
        if m.start(2) in quotes:
            continue
        if not _VERBISH.search(text, lo, m.start()):
            # "Bellamy's claim that Souness had lied … was strongly denied": the phrase is the sentence's subject,
            # and where its clause gives way to the main verb is not known
            continue
        mention = parse_np(m.group(1), m.start(1))
        if mention is None or mention.kind not in ("name", "surname", "org"):
            continue  # (not "the party's claim": an owner the phrase reader cannot name)
        c_lo = m.end()
        c_hi = _clause_after(text, c_lo, hi, quotes)
        if c_hi is None or not _VERBISH.search(text, c_lo, c_hi):
            continue
        out.append(Found(c_lo, c_hi, "indirect", mention, m.group(2), m.start(2), para, rule="owned-claim"))
    return out


def _unreported(found: list[Found], sent: tuple[int, int], new: list[Found]) -> list[Found]:
    """Those of `new` whose clause overlaps no report already found in the sentence."""
    reported = [g for g in found if g.kind == "indirect" and sent[0] <= g.start < sent[1]]
    return [g for g in new if not any(r.start < g.end and g.start < r.end for r in reported)]


def _indirect(
    text: str, sent: tuple[int, int], quotes: Quoted, para: int, cues: list[re.Match[str]] | None = None
) -> list[Found]:
    """Reported speech: `X said (that) CLAUSE.` and `CLAUSE, X said.`

    `cues` are the article's speech-verb matches, found once for all sentences.
    """
    lo, hi = sent
    s = text[lo:hi]
    if not s or s[0] in "\"“‘'":
        return []
    out: list[Found] = []
    intro = _INTRO.match(text, lo, hi)
    start = intro.end() if intro else lo
    if cues is None:
        cues = list(CUE.finditer(text, lo, hi))
    sub = _OPENING_CLAUSE.match(text, lo, start) if intro is not None else None
    if (opening := _OPENING_CLAUSE_COMMA.match(text, lo, hi)) is not None and opening.end() > start:
        # "Because no witnesses have reported seeing the plane …, investigators are unable to …": a report inside
        # the opening clause ends at its comma, however long the clause (the openings _INTRO reads are short)
        sub, start = _OPENING_CLAUSE.match(text, lo, hi), opening.end()
    if sub is not None and any(sub.end() <= c.start() < start for c in cues):
        # "Though company insiders say Yokich has been cooperative, publicly he …": a report inside the opening
        # clause, which ends at its comma
        comma = text.rfind(",", lo, start)
        joint = text.find(", and ", sub.end(), comma)  # ("Although Iran denies …, and Russia insists …,": two)
        for part in ((sub.end(), joint), (joint + 6, comma)) if joint > 0 else ((sub.end(), comma),):
            out.extend(_indirect(text, part, quotes, para, cues))
    for m in cues:
        if m.start() < start or m.start() >= hi:
            continue
        cue = m.group(1)
        cognition = m.re is COGNITION_CUE
        plural = m.re is PLURAL_CUE
        progressive = (
            cue in _PROGRESSIVE
            and _BE_BEFORE.search(text, max(lo, m.start() - 24), m.start()) is not None
            and (cue in ("saying", "telling") or text.startswith(" that ", m.end()))
        )
        if progressive:
            cue = _PROGRESSIVE[cue]  # "Officials are warning that …": read as "warned"
        if (
            cue not in FINITE_CUES and cue not in THAT_ONLY_CUES and not cognition and not plural
        ) or cue in _NAMING_CUES:
            continue
        if m.start() in quotes:
            continue
        if cue[:1].isupper() and _CAP_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
            continue  # "one man, Mustafa Mahmoud Said Ahmed, was …": a name, not the verb that opens a sentence
        if _NEGATED.search(text, max(lo, m.start() - 16), m.start()):
            continue  # "he would not tell the miner to comply", "she did not say whether": no content reported
        if (
            cognition
            and cue in ("suspects", "suspect", "hopes", "fears", "doubts", "estimates", "worries")
            and _NOUN_USE_AFTER.match(text, m.end())
        ):
            continue  # "two Algerian suspects being held without trial": a noun, no one suspecting
        if (
            cue == "estimate"
            and text.startswith((" was ", " is "), m.end())
            and not _RELATIVE_BEFORE.search(text, max(lo, m.start() - 40), m.start())
        ):
            continue  # "a low Western Australia estimate was …" (not "which analysts estimate is …")
        if cognition and _NOT_BELIEF.match(text, m.end()) and cue.startswith(("think", "feel")):
            continue  # "a Seoul-based think tank", "both players feel their way into the set"
        if cognition and cue.startswith("feel") and _FEEL_STATE.match(text, m.end()):
            continue  # "victims feel compelled to …"
        if cue.endswith("ed") and (
            text.endswith(" of ", max(lo, m.start(1) - 4), m.start(1))
            or _SHOWING_BEFORE.search(text, max(lo, m.start(1) - 12), m.start(1))
        ):
            # "a group of worried Brick parents", "the latest figures showed reported fraud was falling": no verb
            # stands right after "of" or after a verb that shows something; the participle qualifies a noun
            continue
        if cue == "pleaded" and _PLEA.match(text, m.end()):
            continue  # "a man pleaded no contest to a charge of perjury": a plea in court, not words reported
        if cue.startswith("read") and text.startswith((" out ", " aloud "), m.end()):
            continue  # "Tamura read out an agreed summary of the joint talks: …": the act, not what it says
        if cue == "alleged" and _OWNER_OR_DETERMINER_BEFORE.search(text, max(lo, m.start() - 8), m.start()):
            continue  # "the threat embodied by that alleged rug": an adjective, no one alleging
        if cue.startswith("continu") and text.startswith(" to ", m.end()) and not _GOES_ON_SAYING.match(text, m.end()):
            # "the once-staid capital continues to enjoy a boom that …": an act goes on, nothing reported (but
            # "continued to insist that" goes on saying)
            continue
        if _BY_AFTER.match(text, m.end()):
            continue  # "austerity measures insisted upon by the Fund": a passive participle, no one speaking
        if cue == "added" and text[max(lo, m.start() - 6) : m.start()].lower() == "value ":
            continue  # "Value added tax will be levied": a tax, no one adding
        if cue in _NOUN_PLURAL_CUES and _COPULA_NEXT.match(text, m.end()):
            continue  # "Best estimates are "The Phantom Menace" will …": a plural noun and its verb, no one's report
        if cue == "read" and _READ_ADJECTIVE.search(text, max(lo, m.start() - 12), m.start()):
            continue  # "a widely read Washington newspaper column": how much it is read, no one reading
        if not progressive and _PASSIVE.search(text, max(lo, m.start() - 24), m.start()):
            continue  # "The UAW is expected to demand …", "it has been widely predicted": no one's word is reported
        if _OWNER_BEFORE.search(text, max(lo, m.start() - 7), m.start()):
            continue  # "knocked the underpinnings from his boasts that …", "rejected their claims that": a noun
        if cue.endswith("ed") and cue not in _SAY_CUES and _PASSIVE_BY.match(text, m.end()):
            continue  # "…, a claim denied by the chancellor": the chancellor denies, the claim reports nothing
        rest_lo = m.end()
        # Only a short tail matters here (six words at most), so a long one is read no further than that.
        long_tail = hi - rest_lo > 240
        tail = text[rest_lo : min(hi, rest_lo + 240)].rstrip(' .!?"”')
        then = _THEN_PARTICIPLE.match(text, rest_lo, hi)
        if then is not None:
            # "Growth should be at least one pct, he said, describing the downturn as …": the participle phrase
            # after the cue is the speaker's next act, not part of what the cue reports
            long_tail, tail = False, text[rest_lo : then.end(1)]
        # CLAUSE, X said [in a statement].
        tail_first = tail.split(None, 1)[0].lower() if tail.strip() else ""  # the tail starts with a space
        # "Clinton noted the clot's existence": an object; not "CLAUSE, reported the Daily Mail" (the speaker comes
        # after the verb) nor "CLAUSE, the Daily News reported this week" (a time)
        takes_object = (
            (tail_first in _DETERMINERS or _QUANTITY_OBJECT.match(text, rest_lo, hi) is not None)
            and cue not in _OBJECT_CUES
            and text[text.rfind(",", lo, m.start()) + 1 : m.start()].strip() != ""
            and _TIME_TAIL.match(text, rest_lo, hi) is None
        )
        short_tail = not long_tail and len(tail.split()) <= 6
        if (
            not short_tail
            and then is None
            and (
                _NAMED_TAIL.match(text, rest_lo, hi)
                or (_who_tail_words(text, rest_lo, hi) and _WHO_TAIL.match(text, rest_lo, hi))
                or _DOCUMENT_TAIL.match(text, rest_lo, hi)
                or ((" issue of " in tail or " edition of " in tail) and _ISSUE_OF.fullmatch(tail.strip()))
            )
        ):
            # "CLAUSE, said Dan Glickman, D-Kans., chairman of the House subcommittee on …", "CLAUSE, said one
            # military officer, who spoke on condition of anonymity because …"
            short_tail = True
        if (
            not short_tail
            and then is None
            and not takes_object
            and cue not in _OBJECT_CUES
            and len(tail.split()) <= 14
            and _VERBISH.search(tail) is None  # (a quick test first: a speaker read whole holds no verb)
            and (who := subject_after(text, rest_lo, hi)) is not None
            # the whole tail, a body named whole: not "declared the existence of a bridge connecting the West Bank"
            and not text[rest_lo : who.start].strip()
            and _plain_speaker(who)
            and _PARTY_END.fullmatch(text, who.end, hi)
        ):
            short_tail = True  # "CLAUSE, said a spokesman for Sen. Rick Santorum, R-Pa.": who, and nothing more
        if (
            not short_tail
            and then is None
            and not takes_object
            and (_ADJUNCT_TAIL.match(text, rest_lo, hi) or _DAY_TAIL.match(text, rest_lo, hi))
            and " that " not in tail
            # (not "told the hearing at the Institute the case could have …": the cue's own clause after where)
            and _AUX_IN_TAIL.search(tail.split(",", 1)[0]) is None
        ):
            short_tail = True
        if (
            not short_tail
            and then is None
            and not takes_object
            and cue not in _OBJECT_CUES
            and _CAPITAL_NEXT.match(text, rest_lo, hi)
            and _WHEN_WHERE_WORD.search(tail) is not None  # (a quick test before the speaker is read)
            and (who := subject_after(text, rest_lo, hi)) is not None
            and who.kind in ("name", "surname")
            and not text[rest_lo : who.start].strip(" ")
            and _VERBISH.search(text, rest_lo, who.end) is None  # (not "says Lord Goldsmith warned Tony Blair on")
            and _WHEN_WHERE_NEXT.match(text, who.end, hi)
        ):
            # "CLAUSE, said visiting Canadian Minister … Ralph Goodale today at a seminar dedicated to …": who,
            # then when and where (its own verbs no clause of the cue's)
            short_tail = True
        own_clause = tail_first in ("it", "he", "she", "they", "we", "i", "there") and len(tail.split()) > 1
        if tail_first == "that" or own_clause:
            # "CLAUSE, they privately doubted that he could …", "…, but advocates say it works": the cue's own
            # clause follows it
            short_tail = False
        if cue.startswith("continu") and text.startswith(" to ", m.end()):
            short_tail = False  # "…, but his health continued to deteriorate": an act goes on, no clause reported
        if cognition and _ABOUT_START.match(text, skip_space(text, rest_lo), hi):
            short_tail = False  # "…, Michael and Jill Carroll worry about the drug's side effects": what about
        if short_tail and text.startswith(",", rest_lo) and _FINITE_NEXT.match(text, rest_lo + 1):
            short_tail = False  # "Both supersonic jet and zeppelin, Lewis said, were symbols …": interrupted
        if short_tail and not any(c in tail for c in '"“”') and not takes_object:
            comma = text.rfind(",", lo, m.start())
            intro = _INTRO.match(text, lo, hi)
            if (
                intro is not None
                and intro.end() > comma
                and not _RUN_ON_MAIN.match(text, lo, comma)
                # "In the past many doctors did not consider obesity a problem, said …", "Losing 10 percent of
                # one's weight is a realistic goal, said …": a phrase and its verb, a clause of its own
                and not _MAIN_CLAUSE_INTRO.match(text, lo, comma)
            ):
                comma = -1  # "In her 2003 book, Clinton noted …": an opening phrase, no reported clause
            if comma > lo and _RELATIVE.match(text, comma + 1, m.start()):
                comma = -1  # "… the report, which he has described as superficial": a relative clause, no speaker
            if comma > lo and (opened := quotes.opening(comma)) > lo and _CUE_THEN_MARK.search(text, lo, opened + 1):
                # '… and added "I do not regard the dollar as undervalued," he said': the comma is the quotation's,
                # which a cue of the sentence's own opens; no clause ends there
                comma = -1
            if comma > lo and ends_with_dash(text, comma + 1, m.start()):
                comma = -1  # "The G-7 -- grouping the U.S., …, Italy and Canada -- said": an aside's list, no clause
            if comma > lo and _AS_SUBJECT.match(text, comma + 1, m.start()) and CUE.search(text, lo, comma):
                # "He said the growers … had not hidden expansions, as Neil asserted": a comparison with what Neil
                # said; the sentence's own cue reports the clause
                comma = -1
            if comma > lo and text.startswith(_COORDINATORS, skip_space(text, comma + 1)):
                comma = -1  # "The doctor recommended staying with it, and the Carrolls have reluctantly agreed"
            if comma > lo:
                mention = subject_before(text, comma + 1, m.start())
                if mention is not None and (
                    _PREP_BEFORE_SUBJECT.search(text, max(lo, mention.start - 20), mention.start)
                    or _free_relative(text, lo, mention, m.end())
                    or (
                        mention.kind == "surname"
                        and mention.name.lower() in _COMPASS_ADJECTIVES
                        and cue in ("states", "reports", "notes", "claims", "comments", "remarks")
                    )
                ):
                    mention = None  # "… a potential terrorist risk to Western states.": a preposition's object
                if mention is not None and cue in ("states", "state") and _states_noun(mention):
                    mention = None  # "… and representatives of member states.", "… of the Gulf Arab states.": states
                if (
                    mention is not None
                    and mention.kind in ("descriptor", "org")
                    and (role := text[skip_space(text, comma + 1) : m.start()].split(None, 1)[:1])
                    and role[0] in ROLE_WORDS
                    and not _plural(role[0])  # not "CLAUSE, Samuel Berger, …, officials said"
                    and _POST_LINK.search(text, comma + 1, m.start()) is not None  # a post at or of a body
                    and (appos := _appositive_speaker(text, lo, m.start())) is not None
                    and appos[0].kind == "name"
                ):
                    # "CLAUSE, Michael German, vice president of economic analysis at American Gas Association
                    # said": a name, then its post, the closing comma left out; the clause ends before the name
                    mention, comma = appos
                if mention is not None and mention.kind == "pronoun" and _CONTACT_RELATIVE.match(text, comma + 1):
                    continue  # "…, the trouble-shooter they asked to identify savings": about the noun, no report
                if mention is None and not text[comma + 1 : m.start()].strip():
                    # "CLAUSE, noted NBC's Dante Chinni.": the speaker comes after the verb
                    # "…, another Houston lawyer, Don Bowen, told the Morning News.": after "told" comes whom
                    # they told, not who spoke
                    inverted = subject_after(text, m.end(), hi) if cue not in _OBJECT_CUES else None
                    if (document := _DOCUMENT_TAIL.match(text, m.end(), hi)) is not None:
                        # "…, said a report jointly released Tuesday by …": the report (the reader stopped at the
                        # day, 'a report jointly released')
                        inverted = Mention(
                            "descriptor", document.group(1), document.group(1), None, document.start(1), document.end(1)
                        )
                    if inverted is not None and (issue := _ISSUE_OF.fullmatch(inverted.text)) is not None:
                        # "…, reported the May 3 issue of the Science magazine": the publication speaks
                        at = inverted.start + issue.start(1)
                        inverted = parse_np(issue.group(1), at) or inverted
                    if inverted is not None and (
                        inverted.kind in ("name", "surname", "org")
                        or (
                            inverted.kind == "descriptor"
                            and cue not in _JUDGING_CUES
                            and _speaking_descriptor(inverted)
                            and _VERB_AFTER.match(text, inverted.end, hi) is None
                        )
                    ):
                        mention = inverted  # "CLAUSE, says the report.", "…, said the minister."
                    elif (appos := _appositive_speaker(text, lo, comma)) is not None:
                        # "CLAUSE, Peter Frawley, managing director of …, said": the clause ends before the name
                        mention, comma = appos
                    elif (acronym := _ACRONYM_SEGMENT.search(text, max(lo, comma - 12), comma + 1)) is not None:
                        # "CLAUSE, the General Accounting Office, GAO, said": the acronym names the body again;
                        # the speaker stands before it
                        before_acronym = text.rfind(",", lo, acronym.start())
                        if before_acronym > lo and described_body(text[before_acronym + 1 : acronym.start()]):
                            # "CLAUSE, Iran's national news agency, IRNA, said": the body by its own short name
                            at = skip_space(text, acronym.start() + 1)
                            name = text[at:comma].strip()
                            mention, comma = Mention("org", name, name, None, at, at + len(name)), before_acronym
                        elif (appos := _appositive_speaker(text, lo, acronym.start())) is not None:
                            mention, comma = appos  # "CLAUSE, Bill Brodsky, president of the CME, CME, said"
                        elif (
                            before_acronym > lo
                            and (named := subject_before(text, before_acronym + 1, acronym.start())) is not None
                            and named.kind in ("org", "descriptor")
                            and named.start == skip_space(text, before_acronym + 1)
                        ):
                            mention, comma = named, before_acronym
                elif mention is None and _AUX_ONLY.fullmatch(text, comma + 1, m.start()):
                    appos = _appositive_speaker(text, lo, comma)
                    if appos is not None:
                        mention, comma = appos  # "CLAUSE, the Education Minister, Joseph Kamotho, has said."
                elif (
                    mention is not None
                    and mention.kind == "descriptor"
                    # ("…, David Graves, aide to Sen. Thad Cochran (R-Miss) said": a role with no article too)
                    and (_ROLE_LEAD.match(text, comma + 1, m.start()) or lead_role(text, comma + 1, m.start()))
                    and not _VERBISH.search(text, comma + 1, m.start())
                    and len(text[comma + 1 : m.start()].split()) >= 5  # a role of its own, not "a spokesman"
                    and (appos := _appositive_speaker(text, lo, comma)) is not None
                    and appos[0].kind == "name"
                    and appos[0].name.split()[0].lower() in GIVEN_NAMES  # a person: not "…, United Arab Emirates,"
                ):
                    # "CLAUSE, Donald K. McIvor, an Exxon Corp Director and senior vice president told Reuters": the
                    # name before the role speaks (the role's closing comma lost), not the role's last words
                    mention, comma = appos
                if (
                    cognition
                    and mention is not None
                    and (not _can_believe(mention) or len(text[comma + 1 : mention.start].split()) > 1)
                ):
                    mention = (
                        None  # "…, more than the 30 billion originally estimated", "…, caused a slump and he believes"
                    )
                if (
                    mention is not None
                    and mention.kind == "descriptor"
                    and (cue in _NOUN_VERBS or _head_noun(mention.text) in _PARTS)
                    and not _speaking_descriptor(mention)
                ):
                    mention = None  # "…, the department added data gathered from local police reports.": a noun
                if (
                    mention is not None
                    and mention.kind != "descriptor"
                    and (noun := _NOUN_THEN.match(mention.text)) is not None
                    and noun.group(1) not in ROLE_WORDS
                    and not OUTLET_NAMED.fullmatch(mention.text)  # "the authoritative Business Day newspaper"
                ):
                    mention = None  # "CLAUSE, an allegation Khartoum has denied": a noun and its relative clause
                if mention is not None and _NOUN_WHICH.fullmatch(text, comma + 1, mention.start) is not None:
                    mention = None  # "CLAUSE, a charge which the administration denies": the same, with "which"
                if (
                    mention is not None
                    and (text[comma + 1 : m.start()].strip() or mention.start > m.start())
                    # not "…, a nickname that friends said Fanning earned one day when another player commented
                    # on his head": no clause of its own between the comma and the subject
                    and _SUBORDINATOR.search(text, comma + 1, min(mention.start, m.start())) is None
                ):
                    c_lo = _clause_start(text, lo, comma)
                    clause = text[c_lo:comma]
                    if (
                        len(clause.split()) >= 3
                        and clause.lstrip()[:1] not in '"“'
                        and not _no_clause(text, c_lo, comma)
                    ):
                        # The sentence-final cue owns the whole clause; cues inside it were reported, not said.
                        out = [f for f in out if f.cue_start < c_lo]
                        out.append(
                            Found(c_lo, comma, "indirect", mention, cue, m.start(), para, rule="clause-then-cue")
                        )
                        if then is not None:
                            out.extend(_then_participle(text, then.end(1), hi, mention, para))
                        continue
        # CLAUSE-START, X said, CLAUSE-END.
        interrupted = _interrupted(text, lo, hi, m)
        if interrupted is not None:
            out.append(Found(lo, interrupted[1], "indirect", interrupted[0], cue, m.start(), para, rule="interrupted"))
            continue
        # X said (that) CLAUSE. The clause is checked first: most cues have none, and their subject is not read.
        after = text[rest_lo:hi]
        if cue in _OBJECT_CUES:
            # "told jurors that", "told lawyers for Aaron McKinney that": the whole object goes before the clause
            ob = _OBJECT_THAT.match(after) or _OWNED_MEDIUM_THAT.match(after) or _OBJECT.match(after)
            if ob and (dem := _DEMONYM_THEN_NOUN.match(after)) is not None:
                # "told Iranian officials the talks …": the people told, whole; "warned Asian states could soon
                # stop …": the clause's own subject, no one warned
                ob = None if _AUX_NEXT.match(after, dem.end()) else dem
            elif ob and cue.startswith("warn") and _AUX_NEXT.match(after, len(after[: ob.end()].rstrip())):
                ob = None  # "warned the British and Irish Lions will be …": the clause's subject, no one warned
            if (
                ob
                and not after[: ob.end()].rstrip().endswith(",")
                and (bid := _BID_TO.match(after, ob.end())) is not None
                # words between only after "the …" cut short ("the prefectural | governments to"), not after "him"
                # ("told him threats to another child …": a clause)
                and (bid.group(1) is None or after.split(None, 1)[0].lower() in _DETERMINERS)
            ):
                # "urged the prefectural governments to take care of …": whom they urged goes with what to do
                # (GUIDE's "urged the information commissioner to look at …"), not half of it
                ob = None
            if ob:
                after = after[ob.end() :]
                rest_lo = hi - len(after)
            elif cue in _OF_CUES and _OBJECT_OF_THING.match(after) is not None and " that " not in after:
                # "reminded foreign policy experts of the gulf between …": whom, then what of, no clause reported
                continue
        th = _THAT.match(after)
        that_word = bool(th and _THAT_WORD.search(th.group()))  # the word itself, not a weekday before the clause
        if cue.startswith("continu") and not (th and th.group().strip()):
            continue  # "troops continued aerial attacks": an act goes on; "he continued that …" reports
        c_lo = rest_lo + (th.end() if th else 0)
        if (
            not that_word  # not a weekday alone: "asked him Thursday for …"
            and (prep := _OBJECT_PREP.match(text, c_lo)) is not None
            # "urged Pyongyang to resume talks", "vowed to form a task force" report; "responded to a Gold Star
            # mother", "continued to evade the truth" do not
            and (prep.group(1) != "to" or cue.startswith("continu") or _TO_NOUN.match(text, prep.end()) is not None)
            # "said for the full year it restated its loss", "they said over the next few months …": a phrase
            # of time before the clause
            and not (cue in _SAY_CUES and prep.group(1) in ("for", "over", "from", "by", "than", "into"))
        ):
            # "Judge John Pickering, charged with misconduct", "continued to evade", "testified about an affair":
            # a complement, not a reported clause
            continue
        if c_lo >= hi or text[c_lo] in '"“‘:' or not text[c_lo].isalnum():
            continue
        if th and th.group().strip() and not that_word and _COPULA_START.match(text, c_lo):
            continue  # "the order … confirmed this morning was worth …": a participle and its time, no report
        if not that_word and cue.startswith(("wr", "pen", "publish")) and _WORK_OBJECT.match(text, c_lo):
            continue  # "Schiller, who wrote the book "American Tragedy" with …": a work written, no clause
        if not that_word and _THIS_OBJECT.match(text, c_lo):
            continue  # "A spokesperson reiterated this position on Wednesday": what was said again, no clause
        if cue in ("said", "says", "alleged", "reported", "believed", "thought") and _SAID_TO_BE.match(text, c_lo):
            continue  # "a ceasefire deal said to have been signed": hearsay about the deal, which says nothing
        if (
            not that_word
            and _TIME_CLAUSE.match(text, c_lo)
            and (cue in _OBJECT_CUES or (th is not None and th.group().strip() != "" and text.find(",", c_lo, hi) < 0))
        ):
            # "as allies reminded Chretien when he prepared his bill", "as the host said in April while promoting a
            # film", "predicted in February because …", "she said, after receiving her Oscar": a time or a cause,
            # not what was said (but "she says, when the music's on, her kids begin to …", "said yesterday although
            # the funds may roll over, the possibility … meant …" is: a main clause follows the comma)
            continue
        if _PHRASAL.match(text, c_lo) and cue not in _SAY_CUES:
            continue  # "laughed off suggestions that …", "waved away": the claim dismissed is not theirs
        if cue.startswith("agree") and text.startswith("to ", c_lo):
            continue  # "agreed Tuesday to pay his former manager": a deal made, no words reported
        if _REFLEXIVE.match(text, c_lo):
            continue  # "declared himself "a better person"": the speaker's own object, no clause reported
        if cue in _BLAME_CUES and not that_word:
            continue  # "accused, at the cabinet meeting, the previous government of …": an object judged
        if (
            not that_word
            and _COMMA_GAP.fullmatch(text, m.end(), c_lo)
            and (adjunct := _ADJUNCT_ING.match(text, c_lo)) is not None
            and adjunct.group(1) not in _ING_PRONOUNS
        ):
            # "Wan shrieked, jumping on a bench", "CentCom added, using the former name": an act, no clause; "said
            # Friday, during testimony in a courtroom, that he …", "reported, citing a source, that": the clause
            # after the aside
            if (own := _ING_THAT.match(text, adjunct.end())) is not None:
                c_lo = own.end()  # "agreed, ruling that Ehlis lacked the capacity …": what the ruling said
            elif (aside := _ASIDE_THAT.search(text, c_lo, min(hi, c_lo + 200))) is not None:
                c_lo = aside.end()
            elif (
                (comma := text.find(", ", c_lo, min(hi, c_lo + 200))) > 0
                and _VERBISH.search(text, comma, min(hi, comma + 240)) is not None
                and not _VERBISH.search(text, c_lo, comma)
                and not _SENTENCE_MARK.search(text, c_lo, comma)  # "said, naming a few. ''Clinton remains …,"
                and not text.startswith(
                    (*_RELATIVE_WORDS, "who "), comma + 2
                )  # "showing Steven Sotloff, who has written"
            ):
                c_lo = comma + 2  # "Calmon said, assuming a 58 mln bag quota, Brazil's share would have been …"
            else:
                continue
        stop, participle = _clause_stop(text, c_lo, hi)
        mention = subject_before(text, lo, m.start())
        if mention is not None and _free_relative(text, lo, mention, m.end()):
            continue
        if (
            mention is not None
            and cue in _GUARDED_NOUNS
            and mention.kind == "descriptor"
            and _PAST_VERB_END.search(mention.text) is not None
        ):
            continue  # "after the programme investigated claims that …": a verb's object, the noun, no one's claim
        if (
            mention is not None
            and cue in _NOUN_VERBS
            and (
                (mention.kind == "descriptor" and _NUMBER_HEAD.fullmatch(_head_noun(mention.text.lower())) is not None)
                or (mention.kind == "surname" and from_place(mention.name))
            )
        ):
            # "the 19 states that successfully sued", "a trip to central Asian states that": a plural noun after a
            # number or an adjective, no one who states
            continue
        nested = False
        if mention is None and cue not in _NOUN_VERBS and not cognition:  # not "denied Conservative claims that"
            mention = _nested_subject(text, lo, m.start())
            nested = mention is not None
        relative = None
        if mention is None:
            # "Simpson, who insists he is innocent, said …", "a business community that says it is starved of
            # funds": the relative clause reports what its antecedent says, up to the clause's comma
            relative = _RELATIVE_CUE.search(text, max(lo, m.start() - 8), m.start())
            mention = subject_before(text, lo, relative.start()) if relative is not None else None
            if mention is not None and mention.kind == "pronoun":
                mention = relative = None
            if (
                mention is not None
                and mention.kind == "descriptor"
                and (of := mention.text.rfind(" of ")) > 0
                and _VERBISH.search(mention.text, 0, of)  # a verb in it: not "relatives of Mary Smith, who"
            ):
                # "… despite the reservations of many conservative Republicans, who said …": the people the
                # relative clause follows, not the phrase the reader ran back to
                inner = parse_np(mention.text[of + 4 :], mention.start + of + 4)
                if inner is not None and (inner.kind in ("name", "surname") or _plural(_head_noun(inner.text.lower()))):
                    mention = inner
        if mention is None and text[lo : m.start()].rstrip().endswith(","):
            # "Former U.S. President Jimmy Carter who is leading 50 observers in Mozambique, said …": a relative
            # clause between the name and its verb, its opening comma left out
            rel = _NAME_WHO.match(text, lo, m.start())
            mention = parse_np(rel.group(1), rel.start(1)) if rel is not None else None
        if mention is None and _JOINED_VERB_BEFORE.search(text, max(lo, m.start() - 24), m.start()):
            # "State Department spokesman James P. Rubin welcomed the recommendation and said …", "Battenberg
            # declined to comment but said …", "The board has urged rejection … and has said …": the subject of
            # the first verb says the second
            mention = _main_subject(text, lo, m.start())
            if mention is not None and not (
                mention.kind == "name"
                or (
                    mention.kind == "surname"
                    and mention.text == mention.name
                    and mention.start == start
                    and _VERB_NEXT.match(text, mention.end)
                )
                or (
                    # "The Lib Dems called for … and said", "The Tories …": a body or a group that opens the
                    # sentence, its verb right after it (not "During the crackdown … authorities moved", "…,
                    # claiming it's sexist and suggests": a phrase before it, a participle's clause between)
                    mention.kind in ("org", "descriptor")
                    and not cognition
                    and mention.start == start
                    and _VERB_NEXT.match(text, mention.end)
                    and (mention.kind == "org" or _speaking_descriptor(mention))
                    and mention.text.split(None, 1)[0].lower() not in _OPENING_PREPS
                    and _PARTICIPLE_BETWEEN.search(text, mention.end, m.start()) is None
                )
            ):
                mention = None  # a name only: the reader stops short on "School administrators …"
            # (a report inside it ends where the outer one does: "Sir Howard said the report highlighted …, but
            # added …" is Sir Howard's)
            prev = next((f for f in reversed(out) if not f.nested), None)
            if mention is None and prev is not None and _AND_ONLY.fullmatch(text, prev.end, m.start()):
                # "The Carter Center said that A and demanded that B": the clause just reported ends at this "and",
                # so its speaker goes on
                mention = prev.mention
        if mention is None:
            continue
        if _TEMPORAL_BEFORE.search(text, max(lo, mention.start - 10), mention.start):
            # "after Lee Teng-hui announced the 'state-to-state relations', the Clinton administration …": a
            # clause of time ends at its comma
            comma = text.find(", ", c_lo, stop)  # (not the comma inside "2,400")
            stop = comma if comma > 0 else stop
        if (
            any(text.find(dash, lo, mention.start) >= 0 for dash in _DASHES)  # (a substring test first: most have none)
            and len(_ASIDE_DASH.findall(text, lo, mention.start)) % 2 == 1
            and (close := _ASIDE_DASH.search(text, c_lo, stop))
        ):
            # "… until 2005 _ at least five years after President Clinton has said that he will decide … _ to test
            # whether …": the report sits inside an aside, which the next dash closes
            stop = close.start()
        c_hi = _clause_end(text, c_lo, stop)
        if relative is not None:
            # "…, who insists he is innocent, said he still …": the relative clause ends at its comma; without one
            # ("The man who says he saw the crash was interviewed") where it ends is not known
            comma = text.find(", ", c_lo, c_hi)  # not the comma inside "7,000"
            if _ANONYMITY.match(text, c_lo):
                continue  # "…, who asked not to be identified, said": a wish, no report
            if comma >= 0:
                c_hi = comma
            else:
                # no comma: "…, according to Brill, who estimates that books will …": the clause ends with the
                # sentence, and the sentence before "who" is no subject; its antecedent is read on its own
                if not _SENTENCE_END.match(text, c_hi):
                    continue
                mention = _relative_antecedent(text, lo, relative.start())
                if mention is None:
                    continue
        if len(text[c_lo:c_hi].split()) < 3:
            continue
        if _OBJECT_OPENING.match(text, c_lo):
            continue  # "Abacha reassured him on certain decisions": an object, not a clause reported
        if (
            cue.startswith("report")
            and (figure := _FIGURE_REPORTED.match(text, c_lo)) is not None
            and not _figure_has_verb(text, figure.end(), c_hi)
        ):
            continue  # "reported an annual profit of $17.5bn", "reported a 20% rise in …": figures, no clause
        if cue.startswith("claim") and not (th and th.group().strip()) and _CLAIMED_THING.match(text, c_lo):
            continue  # "The group claimed responsibility for …", "claimed their first title": a thing taken, no claim
        if cognition and (not _can_believe(mention) or _ATTRIBUTIVE.search(text, max(lo, m.start() - 4), m.start())):
            continue  # "I think", "the financial markets expected", "Toyota's expected decline": no belief reported
        if cognition and _MODAL_BEFORE.search(text, max(lo, m.start() - 8), m.start()):
            continue  # "The pilot may believe the plane is flying level": what anyone might believe, no one's belief
        if cue.endswith(" clear") and not (_can_believe(mention) or _head_noun(mention.text) in _DOCUMENTS):
            continue  # "The New York primary made it clear that": what showed it, no one who said it
        has_that = bool(th and th.group().strip())
        # A clause's verb comes early: it is looked for in its first 240 characters, which keeps a sentence of
        # many cues and no verb ("others believe others believe …") linear in its length, not quadratic.
        v_hi = min(c_hi, c_lo + 240)
        verb = _VERBISH.search(text, c_lo, v_hi) is not None
        if cognition and (
            _PREP_START.match(text, c_lo, c_hi) or not (has_that or verb or _PRESENT.search(text, c_lo, v_hi))
        ):
            continue  # "expects a rise", "hoped for a deal": an object, not a belief reported
        if (
            has_that
            and not verb
            and len(text[c_lo:c_hi].split()) <= 6
            and _POINTED.match(text, c_lo) is not None
            and not _present_clause(text, c_lo, v_hi)
            and not _QUOTE_GOES_ON.match(text, c_hi)  # "said that under Obama, "the generals have been …""
        ):
            continue  # "Mr Blair directly denied that quote on Wednesday": "that" points, no clause follows
        if (
            not has_that
            and verb
            and cue not in _SAY_CUES  # (after "said", "an interrogator used a mop … while" is a clause)
            and text.startswith(("a ", "an "), c_lo)
            and (first_verb := _VERBISH.search(text, c_lo, v_hi)) is not None
            and (sub_at := _SUBORDINATOR_WORD.search(text, c_lo, first_verb.start())) is not None
        ):
            if not cue.startswith(_PROPOSING):
                continue  # "reported a drop in quarterly profit after it was hit by …": an object, then when
            # "Druckman suggested a minimum of 3,000 barrels a day while others believe …": what is proposed is
            # the content (GUIDE), up to the clause of its own
            c_hi = sub_at.start()
            while c_hi > c_lo and text[c_hi - 1] in " ,":
                c_hi -= 1
        if not has_that and not verb:
            # "X highlighted the importance of …": an object, not a reported clause. After a plain say-verb a
            # clause is the rule ("said the government undertakes …", "say zero-tolerance policies keep …") and
            # an object the exception ("said a prayer").
            if cue not in _SAY_CUES or not _present_clause(text, c_lo, v_hi):
                continue
        if not that_word and cue not in _SAY_CUES and (co := _SUBJECTLESS_VERB.search(text, c_lo, v_hi)) is not None:
            if not (_VERBISH.search(text, c_lo, co.start()) or _PRESENT.search(text, c_lo, co.start())):
                continue  # "denied the crime but inadvertently implicated himself": an object, then the next act
        # A clause that is all one direct quotation is that quotation, not reported speech.
        if quotes.covers(c_lo + 1, c_hi - 1) or _adjunct_then_quotation(text, c_lo, c_hi, quotes):
            continue
        if text.startswith(("and ", "or ", "but "), c_lo):
            # "urged the U.S. (and other countries to put pressure …)": an object read short, no clause; "promised
            # the United States (and the Palestinians that he will …)": the clause comes after "that"
            joined = _OBJECT_THEN_THAT.match(text, c_lo, c_hi)
            if joined is None:
                continue
            c_lo = joined.end()
        out.append(
            Found(c_lo, c_hi, "indirect", mention, m.group(1), m.start(), para, rule="cue-then-clause", nested=nested)
        )
        if participle:
            out.extend(_then_participle(text, stop, hi, mention, para))  # "…, adding that CLAUSE2"
    if not out and hi - lo > 40 and text.find("ing ", lo, hi) >= 0:
        out.extend(_subject_participles(text, lo, hi, para))
    if hi - lo > 40 and text.find("ing ", lo, hi) >= 0 and (text.find("that", lo, hi) >= 0 or "by " in s):
        out.extend(_participle_reports(text, lo, start, hi, quotes, para, out))
    if any(_is_belief(f.cue) for f in out):
        out = _nested_beliefs(text, out)
    return out


# "…, Juppe gave a clear-cut answer by saying in the speech that …": the manner of the sentence's act
_BY_SAYING = re.compile(
    r"\b(?:by|after|while|when|before)\s+(saying|stating|arguing|insisting|noting|declaring|asserting|stressing|"
    r"warning|claiming|explaining|emphasi[sz]ing)(?:\s+(?:in|at|on|to)\s+[^,.;:\"“”]{1,40}?)?\s+that\s+"
)
# The same without "that": "reacted … by saying Europe instead needed to …", "by declaring it will allow …"
_BY_SAYING_BARE = re.compile(
    r"\b(?:by|after|while|when|before)\s+(saying|stating|arguing|insisting|noting|declaring|asserting|stressing|"
    r"warning|claiming|explaining|emphasi[sz]ing|suggesting)\s+(?!that\b)(?=[A-Za-z])"
)
_FIRST_WORDS = re.compile(r"(?:\S+\s+){0,6}\S+")


def _bare_by_saying(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """ "by saying Europe needed …": the participle, when a clause follows it (a verb in its first seven words, not
    the first: "by announcing plans to cut jobs" names a thing announced, "by saying so" none) and the sentence
    ends as one."""
    m = _BY_SAYING_BARE.search(text, lo, hi)
    if m is None:
        return None
    if text[lo:hi].rstrip().rstrip("\"”'’")[-1:] not in (".", "!", "?") or text.find(" | ", lo, hi) >= 0:
        return None  # (a sentence, not a headline or a link's line: "Vatican sparks controversy by saying …")
    words = _FIRST_WORDS.match(text, m.end(), hi)
    verb = _VERBISH.search(text, m.end(), words.end()) if words is not None else None
    if verb is None or verb.start() == m.end() or text.startswith(("so ", "no ", "yes "), m.end()):
        return None
    return m


# "Stressing that …, Juppe reiterated …": a participle and its that-clause open the sentence
_OPENING_THAT = re.compile(
    r"\s*(Saying|Stating|Arguing|Insisting|Noting|Declaring|Asserting|Stressing|Warning|Claiming|Explaining|"
    r"Emphasi[sz]ing|Acknowledging|Admitting)\s+that\s+"
)


def _can_report(m: Mention | None) -> bool:
    """A subject whose act can report: a name, a body, a descriptor that speaks (not "The … administration's
    first")."""
    return m is not None and (
        m.kind in ("name", "surname", "org") or (m.kind == "descriptor" and _speaking_descriptor(m))
    )


def _participle_reports(
    text: str, lo: int, start: int, hi: int, quotes: Quoted, para: int, found: list[Found]
) -> list[Found]:
    """What a participle with "that" reports for the sentence's subject: "Juppe gave an answer by saying in the
    speech that CLAUSE", "Stressing that CLAUSE, Juppe reiterated …". Each is read once a sentence: linear."""
    out: list[Found] = []
    taken = [(f.start, f.end) for f in found]

    def free(a: int, b: int) -> bool:
        return a < b and not quotes.covers(a + 1, b - 1) and not any(x < b and a < y for x, y in taken)

    by = _BY_SAYING.search(text, start, hi) or _bare_by_saying(text, start, hi)
    if by is not None and not quotes.covers(by.start(), by.start() + 1):
        mention = _main_subject(text, start, by.start())
        c_lo = by.end()
        c_hi = _clause_end(text, c_lo, _clause_stop(text, c_lo, hi)[0])
        if _can_report(mention) and free(c_lo, c_hi):
            out.append(Found(c_lo, c_hi, "indirect", mention, by.group(1), by.start(1), para, rule="participle-report"))
    opening = _OPENING_THAT.match(text, lo, hi)
    if opening is not None:
        # the clause runs to the first comma after which a subject and its verb stand (three at most are tried)
        comma = text.find(",", opening.end(), hi)
        for _ in range(3):
            if comma < 0:
                break
            cue = CUE.search(text, comma + 1, min(hi, comma + 80))
            if cue is not None and len(text[comma + 1 : cue.start()].split()) <= 6:
                # "Noting that …, Jasray said that Mongolia …": the one who says, before the verb
                mention = subject_before(text, comma + 1, cue.start())
            else:
                mention = _main_subject(text, comma + 1, hi)
            if _can_report(mention) or (mention is not None and mention.kind == "pronoun"):
                c_lo, c_hi = opening.end(), comma
                if len(text[c_lo:c_hi].split()) >= 3 and free(c_lo, c_hi):
                    verb = opening.group(1).lower()
                    out.append(
                        Found(c_lo, c_hi, "indirect", mention, verb, opening.start(1), para, rule="participle-report")
                    )
                break
            comma = text.find(",", comma + 1, hi)
    return out


def _own_paragraph(text: str, paragraph: tuple[int, int], s: Span) -> bool:
    """A quotation that makes up its paragraph: marks at both ends, only white space beyond them."""
    lo, hi = paragraph
    return s.open >= 0 and s.close >= 0 and not text[lo : s.open].strip() and not text[s.close + 1 : hi].strip()


_BUT_CLAUSE = re.compile(r",\s+(?:but|yet)\s+")


def _subject_participles(text: str, lo: int, hi: int, para: int) -> list[Found]:
    """ "Seipp also called for support from fiscal policy, saying the top rate … should be brought down": in a
    sentence that reports nothing else, a saying/arguing/warning participle reports for the sentence's subject.
    The subject is read once a sentence, and at most three participles after it, so a crafted sentence of many
    stays linear."""
    out: list[Found] = []
    mention: Mention | None = None
    for k, pm in enumerate(_PARTICIPLE_AFTER.finditer(text, lo, hi)):
        if k == 3:
            break
        if mention is None:
            # "Many environmentalists opposed it, but the government rejected their concerns, saying …": the
            # participle hangs on the clause it follows, whose subject comes after the "but"
            join = _last(_BUT_CLAUSE.finditer(text, lo, pm.start()))
            mention = _main_subject(text, join.end(), pm.start()) if join is not None else None
            if mention is None or mention.kind not in ("name", "surname", "org", "descriptor"):
                mention = _main_subject(text, lo, pm.start())
            if (
                mention is None
                or mention.kind not in ("name", "surname", "org", "descriptor", "pronoun")
                or len(mention.name.rstrip(".")) < 3  # "The games industry" read as "The", "S and P" as "P."
                or mention.name.lower() in _OWNER_WORDS  # "His teachers call me" read as "His"
                or _adverb_read_as_name(mention)  # "Clearly, …"
            ):
                return out
        out.extend(_then_participle(text, pm.start(), hi, mention, para))
    return out


def _participles_after_quotes(
    text: str, found: list[Found], sents: list[tuple[int, int]], sent_starts: list[int]
) -> list[Found]:
    """'"…," she said, adding that it may lead to more violence': what the participle after a quotation's cue
    reports is that speaker's too (only the cue and its subject between them); one search a quotation."""
    have = {(f.start, f.end) for f in found}
    out: list[Found] = []
    for f in found:
        if f.kind != "direct" or f.mention is None or f.cue_start < f.end or f.anchor:
            continue
        k = bisect.bisect_right(sent_starts, f.cue_start) - 1
        if k < 0:
            continue
        hi = sents[k][1]
        pm = _PARTICIPLE_AFTER.search(text, f.cue_start, min(hi, f.cue_start + 80))
        if pm is None or any(c in text[f.cue_start : pm.start()] for c in '",;:“”'):
            continue
        out.extend(r for r in _then_participle(text, pm.start(), hi, f.mention, f.para) if (r.start, r.end) not in have)
    return out


def attribute(
    text: str, paragraphs: tuple[tuple[int, int], ...], hits: dict[str, list[int]] | None = None
) -> tuple[list[Quote], list[Speaker], list[Speaker]]:
    """Quotes in text order with their speakers; speakers; people mentioned but not quoted.

    `hits`: where the words of WORD_LISTS stand in text, when the caller has scanned for them already."""
    all_spans = find_spans(text, paragraphs)
    original = text
    if "<" in text:
        # Reuters' "Fisons Plc <FISN.L> said", "<Dowa Mining Co Ltd> said": the ticker and the brackets are
        # markup around a name; rules read a copy where they are blank (same offsets)
        text = _TICKER.sub(lambda m: " " * len(m.group()), text).replace("<", " ").replace(">", " ")
    nicknames: dict[int, str] = {}
    found_nicks = [
        m for m in finditer_any(_NICKNAMES, text) if _NAME_PART_BEFORE.search(text, m.start() - 30, m.start())
    ]
    # `Judith Martin, aka "Miss Manners," told`: a quoted alias set off after a name hides the name from its cue
    found_akas = [m for m in _AKA.finditer(text) if _NAME_ENDS.search(text, max(0, m.start() - 30), m.start())]
    if found_nicks or found_akas:
        # `Del. Marcia "Cia" Price`: a nickname inside a name hides the name from every rule. Cues and names
        # are read in a copy where it is blanked (same offsets); quotations still come from the text itself.
        nicknames = {m.start(1): m.group(1)[1:-1] for m in found_nicks}
        chars = list(text)
        for m in [*found_nicks, *found_akas]:
            chars[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
        text = "".join(chars)
    # Too short to list, but a fragment closed by a comma, ? or ! (`"I would," Melanie said.`) still tells
    # who is speaking: such anchors are attributed, set the current speaker, and are not output.
    para_of = _para_index(paragraphs)
    # 'an article entitled "…"': a title, no quotation, but no one's report is read inside it either
    titles = [s for s in all_spans if _TITLED.search(text, max(0, s.open - 14), s.open)]
    title_opens = {s.open for s in titles}
    speech = [
        (
            is_speech(text[s.start : s.end], _own_paragraph(text, paragraphs[para_of(s.open)], s))
            or _reported_pair(text, s)
        )
        and s.open not in title_opens
        for s in all_spans
    ]
    spans = [s for s, ok in zip(all_spans, speech, strict=True) if ok or _anchor(text, s)]
    anchors = {s.start for s, ok in zip(all_spans, speech, strict=True) if not ok}
    sents = sentence_spans(text, paragraphs, spans)

    sent_starts = [lo for lo, _ in sents]

    def sent_of(pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(sent_starts, pos) - 1
        return sents[k] if k >= 0 and pos < sents[k][1] else (pos, pos)

    found: list[Found] = []
    for qi, q in enumerate(spans):
        sent = sent_of(q.open)
        k = bisect.bisect_right(sent_starts, q.open) - 1
        next_sent = sents[k + 1] if 0 <= k + 1 < len(sents) else None
        prev_sent = sents[k - 1] if k >= 1 else None
        mention, cue, cue_start, rule = attribute_direct(quote_context(text, q, qi, spans, sent, next_sent, prev_sent))
        found.append(
            Found(
                q.start,
                q.end,
                "direct",
                mention,
                cue,
                cue_start,
                para_of(q.start),
                anchor=q.start in anchors,
                rule=rule,
            )
        )
    if hits is None or nicknames:  # blanked nicknames: the text read is not the one scanned
        hits = _WORDS.scan(text)
    cue_matches = [m for m in matches(CUE, text, hits["cue"]) if not _adjective_cue(text, m)]
    if hits["plural"]:
        plural = [m for m in matches(PLURAL_CUE, text, hits["plural"]) if _present_plural(text, m)]
        if plural:
            cue_matches = sorted([*cue_matches, *plural], key=lambda m: m.start())
    if hits["progressive"]:
        progressive = matches(PROGRESSIVE_CUE, text, hits["progressive"])
        cue_matches = sorted([*cue_matches, *progressive], key=lambda m: m.start())
    if hits["cognition"]:
        beliefs = [m for m in matches(COGNITION_CUE, text, hits["cognition"]) if not _by_estimate(text, m)]
        if beliefs:
            cue_matches = sorted([*cue_matches, *beliefs], key=lambda m: m.start())
    cue_starts = [m.start() for m in cue_matches]
    findings = [m.start() for m in matches(_FINDING_WORD, text, hits["finding"])] if hits["finding"] else []
    claims = [m.start() for m in finditer_any(_OWNED_THATS, text)] if "s " in text else []
    quoted = Quoted([*spans, *titles])
    for sent in sents:
        para = para_of(sent[0])
        k = bisect.bisect_left(cue_starts, sent[0])
        j = bisect.bisect_left(cue_starts, sent[1])
        if k < j:  # only sentences with a speech verb
            cues = cue_matches[k:j]
            if len(cues) > MAX_SENTENCE_CUES:  # a list or crafted text, not a report: its first and last verbs
                cues = cues[: MAX_SENTENCE_CUES // 2] + cues[-(MAX_SENTENCE_CUES // 2) :]
            found.extend(_indirect(text, sent, quoted, para, cues))
        # (only sentences with an owner's "that" or a finding's verb; each, unless someone's report already holds
        # the clause: "Vetham said the survey showed that …" is his)
        if claims and bisect.bisect_left(claims, sent[0]) < bisect.bisect_left(claims, sent[1]):
            found.extend(_unreported(found, sent, _owned_claims(text, sent[0], sent[1], quoted, para)))
        at = bisect.bisect_left(findings, sent[0])
        if at < len(findings) and findings[at] < sent[1]:
            found.extend(_unreported(found, sent, _document_findings(text, sent[0], sent[1], quoted, para)))
        found.extend(_according_reports(text, sent, spans, para))
        found.extend(_quoted_as_reports(text, sent, quoted, para))
        if text.find(" as saying", sent[0], sent[1]) >= 0:
            found.extend(_unreported(found, sent, _quoted_as_clauses(text, sent, quoted, para)))
    found.extend(_participles_after_quotes(text, found, sents, sent_starts))
    found.sort(key=lambda f: (f.cue_start if f.mention is not None and f.kind == "indirect" else f.start, f.start))

    resolver = Resolver(text, [lo for lo, _ in sents], spans, nicknames, hits)
    rows: list[tuple[Found, str | None, str]] = []
    last_para = -10
    speakers_in_order: list[Entity | None] = []
    rules: list[str] = []
    for i, f in enumerate(found):
        resolver.nested = f.nested
        ent = resolver.resolve(f.mention, f.cue_start if f.cue_start >= 0 else f.start)
        resolver.nested = False
        rule = f"{f.rule}/{resolver.step}" if ent is not None else f.rule
        if ent is None and f.kind == "direct" and not (f.mention is not None and f.mention.name in _UNNAMED_PRONOUNS):
            # A bare quotation: the next quotation's speaker when it runs straight on, else the last speaker.
            nxt = next((g for g in found[i + 1 :] if g.kind == "direct"), None)
            prev = next((g for g in reversed(found[:i]) if g.kind == "direct"), None)
            # `"Q1," said A. "Q2." "Q3," said B.`: Q2 goes on with A, who was named just before it
            after_named = (
                prev is not None
                and prev.mention is not None
                and prev.para == f.para
                and f.start - prev.end < 80
                and text[prev.end : f.start].rstrip(" \"“”'‘’").endswith(".")
                and CUE.search(text, prev.end, f.start) is not None
            )
            if (
                nxt is not None
                and nxt.mention is not None
                and nxt.para == f.para
                and not text[f.end : nxt.start].strip(" \"“”'‘’.,!?")
                and not after_named
            ):
                ent = resolver.resolve(nxt.mention, nxt.cue_start)
                rule = f"runs-on-to-next/{resolver.step}" if ent is not None else rule
            elif f.para - last_para <= 2:
                ent = resolver.last_speaker
                rule = "continues-last-speaker" if ent is not None else rule
        if ent is not None:
            ent.quotes += not f.anchor
            # (a reply in a story someone tells: the teller goes on; what a study found, what another's claim held:
            # whoever spoke goes on)
            if f.cue != _REPLY_CUE and not f.nested and f.rule not in _EMBEDDED_RULES:
                resolver.last_speaker = ent
                resolver.last_pos = f.end
                resolver.said_at[f.cue_start] = ent
                if not ent.person and ent.name[:1].isupper() and not LEAD_ARTICLE.match(ent.name):
                    resolver.last_body, resolver.last_body_pos = ent, f.end
                if not ent.person and not _people(ent.name):
                    resolver.last_it = ent
                resolver.last_clause = (f.start, f.end) if f.kind == "indirect" else (-1, -1)
            elif f.rule == "document-finding" and not _people(ent.name):
                resolver.last_it = ent  # "The new study found …. It also concluded": what "it" may mean next
            if f.rule not in _EMBEDDED_RULES:
                last_para = f.para
        speakers_in_order.append(ent)
        rules.append(rule)
    # A descriptor met before the name it stands for ("The information commissioner says …" and only
    # later "information commissioner Richard Thomas") joins that person now that the whole text is read.
    for ent in list(resolver.entities.values()):
        if (
            ent.quotes
            # "its chairman said" in a company's lede; "Scotland's first minister has told …" in a BBC one
            and (ent.name.lower().startswith(("the ", "its ")) or _place_owned(ent.name))
            # "the firm's chief", "Scotland's first minister", not "Obama's …"
            and (not _OWNS.search(ent.name) or _FIRMS_OWN.match(ent.name) or _place_owned(ent.name))
            and (head := _head_noun(ent.name)) not in _DOCUMENTS
            and head in ROLE_WORDS  # a person's role, not "the Aug. 7 bombing of …"
            # "the scientists who signed …", "The Liberal Democrats say": a group, never one of them
            and not _plural(head)
        ):
            target = resolver._by_title(ent.name, len(text) + 1, weak_ok=False)
            if target is not None and _other_place_owner(ent.name, target.title or ""):
                target = None  # "Iraq's ambassador to the United Nations" is not "Britain's ambassador to Washington"
            if target is None:
                # "Argentina's chief debt negotiator said …. "…," Treasury Secretary Mario Brodersohn said": a
                # place's post is the one named next, if anyone (not Paul Volcker, the most quoted, no Argentine)
                only = resolver._first_person_after(ent.first) if _place_owned(ent.name) else None
                target = _main_speaker(resolver, ent, only)
            if target is not None and head in _BODY_HEADS and _surely_person(target):
                target = None  # "the union" is no person ("Basil Hargrove, the president of the … Union")
            if target is not None and _other_sex(target, ent.name.lower()):
                target = None  # "The New York businessman" is no "she"
            if target is not None and target is not ent and _head(ent.name) != _head(target.name):
                target.first = min(target.first, ent.first) if target.first >= 0 else ent.first
                _join(ent, target)
    # "The London Metal Exchange said …" and "London Metal Exchange Ltd said …": one body, by its fuller name
    by_base: dict[str, Entity] = {}
    for ent in sorted(resolver.entities.values(), key=lambda e: (-len(e.name), e.name[:1].isupper())):
        if not ent.quotes or ent.person or ent.merged_into is not None:
            continue
        words = ent.name.split()
        suffixed = len(words) > 2 and legal_suffix(words[-1])
        base = " ".join(words[:-1] if suffixed else words).lower()
        fuller = by_base.get(base)
        if fuller is None:
            by_base[base] = ent
        elif fuller is not ent and not suffixed:  # not "Sunrise Medical GmbH" into "Sunrise Medical Inc"
            _join(ent, fuller)
    for f, ent, rule in zip(found, speakers_in_order, rules, strict=True):
        if f.anchor:
            continue
        if ent is not None and ent.merged_into is not None:
            # "the information commissioner" joined the person titled so; "London Metal Exchange" the Ltd
            rule += "+descriptor-merged" if ent.person or ent.name.lower().startswith(("the ", "its ")) else "+merged"
        while ent is not None and ent.merged_into is not None:
            ent = ent.merged_into
        rows.append((f, _display(ent) if ent else None, rule))
    rows.sort(key=lambda r: (r[0].start, r[0].kind))
    speakers = [_speaker(e) for e in resolver.entities.values() if e.quotes]
    speakers.sort(key=lambda s: (-s.quotes, s.first_mention))
    # Each quote is built once with its speaker's title (as Analysis would join it: by the name shown), not
    # built, then copied with the title by dataclasses.replace.
    speaker_titles = {s.name: s.title for s in speakers if s.title}
    quotes = [
        Quote(
            text=original[f.start : f.end],
            start=f.start,
            end=f.end,
            speaker=name,
            kind=f.kind,
            cue=f.cue,
            cue_start=f.cue_start,
            rule=rule,
            speaker_title=speaker_titles.get(name) if name is not None else None,
        )
        for f, name, rule in rows
    ]
    mentioned = [
        _speaker(e)
        for e in resolver.entities.values()
        if not e.quotes and e.person and len(e.name.split()) >= 2 and e.name[0].isupper()  # not "his father"
    ]
    mentioned.sort(key=lambda s: s.first_mention)
    _LAST_END.found = None  # the article's text is not held past its analysis
    return quotes, speakers, mentioned


_OWNER_LEAD = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s [a-z]")


def _of_another_place(title: str, owner: str) -> bool:
    """Whether a title opens on a place or a people other than `owner`, a place: "British author" is no one of
    Iran's. A place and its people are matched by their first two letters (Britain and British, France and
    French); a pair that shares them (Iran, Iraqi) reads as the same place, which keeps the person."""
    first = title.split(None, 1)[0].lower().removesuffix("'s").removesuffix("’s") if title.strip() else ""
    if not _only_place(owner) or not (_only_place(first) or first in PEOPLES):
        return False
    return first[:2] != owner.lower()[:2]


def _place_owner(name: str) -> str | None:
    """The place that owns a post: "Scotland" of "Scotland's first minister" (which the article may name only
    later), "Britain" of "Britain's foreign secretary"."""
    owner = _OWNER_LEAD.match(name)
    return owner.group(1) if owner is not None and _only_place(owner.group(1)) else None


def _place_owned(name: str) -> bool:
    """A post a place owns: whose holder the article may name only later."""
    return _place_owner(name) is not None


def _other_place_owner(descriptor: str, title: str) -> bool:
    """Whether a place owns the descriptor's post and another place the title's ("Iraq's …", "Britain's …")."""
    own = _place_owner(descriptor)
    if own is None:
        return False
    # (a title may be capitalised whole: "Britain Foreign Secretary", "New Zealand Prime Minister")
    words = [w.removesuffix("'s").removesuffix("’s") for w in title.split()[:2]]
    other = next((p for p in (" ".join(words), words[0] if words else "") if p and _only_place(p)), None)
    return other is not None and other != own


def _main_speaker(resolver: Resolver, descriptor: Entity, only: Entity | None = None) -> Entity | None:
    """The most quoted named person, for a singular role descriptor that matched no title.

    Only when that person has no title of their own, which the descriptor then supplies; and, given `only`, when
    the most quoted is that one.
    """
    head = _head(descriptor.name)
    if head not in ROLE_WORDS or head in ORG_WORDS | _DOCUMENTS | _ANONYMOUS_HEADS or head.endswith("s"):
        return None
    people = [
        e
        for e in resolver.entities.values()
        if e.person
        and e.quotes
        and len(e.name.split()) > 1
        and not _unnamed(e.name)
        and not _many(e.name.split()[0].lower())  # one person: not "Businessmen in Khartoum" (but "Richard Thomas")
    ]  # named: not "a source", whom "the newspaper" is not
    if not people:
        return None
    main = max(people, key=lambda e: e.quotes)
    if main.title or main.quotes < descriptor.quotes or (only is not None and main is not only):
        return None
    if (_new_role(descriptor.name) or descriptor.name.split()[-1][:1].isupper()) and descriptor.first > main.first:
        # "the band leader", "The Prime Minister" met after the main speaker is named: someone else, not a lede's
        # "the X" (an office the main speaker held would have titled them)
        return None
    if _other_sex(main, descriptor.name.lower()):
        return None  # "the congressman" is no "she"
    main.title = LEAD_ARTICLE.sub("", descriptor.name.removeprefix("its "))
    return main


def _only_place(title: str) -> bool:
    """A "title" that only says where: "Britain", "US", "France"."""
    low = title.lower().rstrip(".")
    return low in PLACES or low in STATE_NAMES or low in ("us", "u.s", "uk", "u.k")


def _display(e: Entity) -> str:
    """The name as shown: with the nickname the article gives inside it, and a body's own "'s" ("Moody's Investors
    Service Inc", "Standard and Poor's Corp": the name is kept without it, where owners are read off)."""
    if e.nickname and " " in e.name:
        first, last = e.name.rsplit(" ", 1)
        return f'{first} "{e.nickname}" {last}'
    if e.written is not None:
        return e.written
    if e.person:
        return e.name
    return next((a for a in (LEAD_ARTICLE.sub("", a) for a in e.aliases) if _written_firm(a, e.name)), e.name)


def _written_firm(written: str, name: str) -> bool:
    """Whether `written` is the firm `name` with an "'s" of its own ("Moody's Investors Service Inc"), not an owner's
    ("Israel's Foreign Ministry", "Nynex Corp's New York Telephone")."""
    owner = (
        _INNER_POSSESSIVE.search(written)
        # (the pattern's every match holds "'s " or "’s ": without one, its search would try every word)
        if "'" not in name and "’" not in name and ("'s " in written or "’s " in written)
        else None
    )
    return (
        owner is not None
        and _firm_named_so(name)
        and _INNER_POSSESSIVE.sub(r"\1", written) == name
        and not _owner_word(owner.group(1))
    )


_INNER_POSSESSIVE = re.compile(r"([\w.&-]+)['’]s(?= )")
_FIRM_TAIL_WORDS = frozenset({"service", "services", "stores", "fund", "holdings", "daily"})


def _firm_named_so(name: str) -> bool:
    """A firm's name by its last word: a legal ending or a company's ("Moody's Investors Service")."""
    last = name.rsplit(None, 1)[-1]
    return legal_suffix(last) or last.lower() in _FIRM_TAIL_WORDS


def _owner_word(word: str) -> bool:
    """A word whose "'s" marks an owner, never part of a firm's name: a place, initials, a legal ending, a body."""
    return _only_place(word) or from_place(word) or word.isupper() or legal_suffix(word) or word.lower() in ORG_WORDS


def _speaker(e: Entity) -> Speaker:
    name = _display(e)
    aliases = [a for a in e.aliases if a.lower() not in (e.name.lower(), name.lower())]
    surname = e.name.split()[-1] if e.person and len(e.name.split()) > 1 else None
    if surname and surname.lower() not in PARTICLES:
        aliases = sorted(aliases, key=lambda a: (a != surname, a.lower()))
    first = e.first if e.first >= 0 else (e.mentions[0][0] if e.mentions else -1)
    return Speaker(
        name=name,
        title=e.title,
        aliases=aliases,
        quotes=e.quotes,
        first_mention=first,
        mentions=sorted(set(e.mentions)),
        person=e.person,
    )


_SENTENCE_BEFORE = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")
_PAIR = re.compile(r"[a-z][\w'’-]*,?\s+[\w'’-]+[.,!?]?")  # ("called Marchand "exquisite, elegant."")


def _reported_pair(text: str, s: Span) -> bool:
    """ "said they had made "great strides,"", "said he was in "personal touch" with": two lower-case words a
    speech verb earlier in the sentence reports are the speaker's own (GUIDE: partial quotes count); two words
    with no cue before them are a label or a scare quote."""
    if s.close < 0 or not _PAIR.fullmatch(text, s.start, s.end):
        return False
    lo = max(0, s.open - 200)
    for b in _SENTENCE_BEFORE.finditer(text, lo, s.open):
        lo = b.end()
    return CUE.search(text, lo, s.open) is not None


def _anchor(text: str, s: Span) -> bool:
    """ "I would," / "You winning?": a closed spoken fragment, not a title ("Face the Nation,")."""
    if s.close < 0 or text[s.end - 1 : s.end] not in ",?!":
        return False
    rest = text[s.start : s.end].split()[1:]
    return any(w[:1].islower() and w.lower().strip(",?!") not in SMALL_WORDS for w in rest)


def _para_index(paragraphs: tuple[tuple[int, int], ...]):  # noqa: ANN202 - a small closure
    starts = [s for s, _ in paragraphs]

    def find(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    return find
