"""Named initiatives: programmes, plans, summits, resolutions, acts … with acronyms.

Found as capitalised phrases headed by a kind word (`2021 UN Peacekeeping
Ministerial`, `Hunting Act 2004`), a capitalised name before a lower-case kind
(`the Belt and Road initiative`), and `Name (ACRONYM)`. Acronym and full form
merge, and so do variants that differ only by a year or a leading qualifier
(`Peacekeeping Ministerial` ~ `2021 UN Peacekeeping Ministerial`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from tui.analysis.lexicon import (
    GIVEN_NAMES,
    HONORIFICS,
    MONTHS,
    PLACES,
    ROLE_WORDS,
    US_STATES,
    WEEKDAYS,
    alternation,
    legal_suffix,
)
from tui.analysis.model import Initiative
from tui.analysis.scan import WordScan, matches
from tui.analysis.sentences import headline_spans

KINDS = {
    "initiative": "initiative", "initiatives": "initiative", "programme": "programme", "program": "programme",
    "plan": "plan", "strategy": "strategy", "agenda": "agenda", "fund": "fund", "summit": "summit",
    "conference": "conference", "ministerial": "ministerial", "forum": "forum", "resolution": "resolution",
    "treaty": "treaty", "agreement": "agreement", "accord": "agreement", "accords": "agreement", "act": "act",
    "bill": "bill", "convention": "convention", "declaration": "declaration", "campaign": "campaign",
    "partnership": "partnership", "pact": "pact", "protocol": "protocol", "mission": "mission",
    "framework": "framework", "scheme": "scheme", "project": "project", "charter": "charter", "compact": "compact",
    "deal": "deal", "law": "law", "directive": "directive", "regulation": "regulation", "reform": "reform",
    "reforms": "reform", "doctrine": "doctrine", "roadmap": "plan", "blueprint": "plan", "package": "package",
    "talks": "talks", "dialogue": "dialogue", "council": "", "congress": "",
}  # fmt: skip
_KIND_WORDS = [k for k, v in KINDS.items() if v]
_KIND_ALT = alternation(_KIND_WORDS)
_CAPWORD = r"(?:[A-Z0-9][\w'’+&-]*|[A-Z][a-z]*-[a-z]+)"
# _CAPWORD at a word start, its first character matched before the look-behind so that re can skip to such
# characters (a pattern that opens with a look-behind is tried at every character).
_FIRST_CAPWORD = r"[A-Z0-9](?<![\w'’-].)(?:[\w'’+&-]*|(?<=[A-Z])[a-z]*-[a-z]+)"
_JOIN = r"(?:of|for|on|and|the|to|in|against|&)"
_BRACKETED = r"\((?![A-Z0-9&.-]+\))[A-Z][\w'’-]*\)"  # "(Scotland)", "(Amendment)"; not an acronym's "(NHS)"
# A capitalised phrase ending in a capitalised kind word, with an optional trailing year.
_KIND_CAPS = alternation([k.capitalize() for k in _KIND_WORDS])
_TITLED = re.compile(
    # ("Animal Health and Welfare (Scotland) Act 2006": a word in brackets inside the name, not an acronym)
    rf"(?<![\w'’-])((?:{_CAPWORD} +(?:{_BRACKETED} +)?(?:{_JOIN} +){{0,2}}){{0,7}}(?:{_KIND_CAPS}))"
    r"(?: +(?:of|on|for) +(?:the +)?(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’-]*)(?: +(?:and +|& +)?[A-Z][\w'’-]*){0,3}){0,3}"
    r"(?: +(\d{4}))?(?![\w'’-])"
)
# A capitalised name before a lower-case kind: "Action for Peacekeeping initiative", "A4P+ initiative".
_LOWER_KIND = re.compile(
    rf"({_FIRST_CAPWORD}(?: +(?:{_JOIN} +)?{_CAPWORD}){{0,7}})"
    rf"(?: +\(([A-Z0-9][\w+&.-]{{1,11}})\))? +({_KIND_ALT})\b(?!-)"  # not "the Minnesota charter-school movement"
)
# "Name (ACRONYM)"
_ACRONYM = re.compile(
    rf"({_FIRST_CAPWORD}(?: +(?:{_JOIN} +)?{_CAPWORD}){{1,8}}) +\(([A-Z0-9][A-Za-z0-9+&.-]{{1,11}})\)"
)
# Kinds that also name standing bodies (a treaty or an act is never one)
_BODY_KINDS = {"campaign", "conference", "fund", "forum", "mission", "project", "initiative", "programme",
               "partnership"}  # fmt: skip
# A kind word that goes on into a body's name ("Campaign to Ban Landmines", "Fund for Animals")
_BODY_NAME_GOES_ON = re.compile(r" (?:to|for) [A-Z][a-z]")
# Someone's post in it: a body, not an initiative ("director of the", "spokesman for the")
_ROLE_OF = re.compile(
    r"\b(?:director|president|chairman|chairwoman|chair|head|spokesman|spokeswoman|spokesperson|secretary-general|"
    r"founder|leader|executive|official|officials|staff|chief)\s+(?:of|for|at)\s+(?:the\s+)?$"
    r"|\bformerly\s+(?:known\s+as\s+)?(?:the\s+)?$"
    r"|\b(?:group|organi[sz]ations?|coalition|lobby|agency|body)\s*,?\s+(?:including\s+)?(?:the\s+)?$"
    r"|\bauspices\s+of\s+(?:the\s+)?$"
    r"|\b(?:scientist|analyst|economist|researcher|fellow|professor|strategist|lawyer|attorney|adviser|advisor|"
    r"expert|member|manager|partner|trustee|volunteer|organi[sz]er|campaigner|activist)s?\s+(?:at|from|with)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# A work's title in mid-sentence keeps its capital "The" ("… Reservoir Dogs, The Blair Witch Project and …")
_MID_SENTENCE = re.compile(r"[\w,;] +$")
_OWNER_INSIDE = re.compile(r"['’]s ")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told)\s+$")
# "Lionel Trippett of the Campaign for …": a person, then the body they work for, read as one capitalised run
_WORKER_OF = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z'’-]+) (?:of|from|at) ")
# "Michael Bean of the Environmental Defense Fund": someone's place of work
_PERSON_OF = re.compile(r"\b([A-Z][a-z]+) [A-Z][a-z'’-]+,? (?:of|from|with) (?:the )?$")
# What only a body does or is: "the Human Rights Campaign, a political organization", "… (UNCTAD) said"
_BODY_AFTER = re.compile(
    r"(?:\s+\([A-Z]{2,10}\))?(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}(?:group|organi[sz]ation|body|lobby|coalition|"
    r"agency|charity|nonprofit|non-profit|foundation|firm|company|network|association|committee|think[ -]tank|"
    r"institute|society)\b(?!['’])"
    r"|\s+(?:said|says|spokesman|spokeswoman|president|director|official|officials)\b"
    r"|\s+(?:Inc|Corp|Ltd|Plc|PLC|LLC|Co)\b)"  # "Decision/Capital Fund Inc": a firm
)
_NAME_AFTER = re.compile(r" (?:(?:de|van|von|da|del|di|le|la) )?[A-Z][a-z]+(?![\w'’-]* (?:of|on|for)\b)")
# "the export enhancement program (EEP)": a name in lower case, given its acronym.
_LOWER_ACRONYM = re.compile(rf"(?<![\w'’-])((?:[a-z][a-z-]+ +){{1,6}}(?:{_KIND_ALT})) +\(([A-Z][A-Z0-9&.-]{{1,10}})\)")
# A treaty, summit or accord named by one word: "the Maastricht treaty", "the Wye summit".
_FORMAL = {"treaty", "summit", "accord", "accords", "protocol", "agreement", "pact", "convention", "declaration",
           "charter", "conference"}  # fmt: skip
# Words that make a name an institution, a body or a broadcast, whatever kind word it carries.
_BODY_WORDS = {
    "University", "College", "School", "Institute", "Academy", "Bank", "Council", "Committee", "Commission",
    "Organization", "Organisation", "Association", "Coalition", "Society", "Federation", "Corporation", "Company",
    "Ministry", "Department", "Agency", "Radio", "Television", "TV", "Channel", "Network", "Times", "Journal",
    "Court", "Hospital", "Museum", "Church", "BBC", "Board", "Office", "Center", "Centre", "Centers", "Centres",
}  # fmt: skip
# "trading houses including Mitsui Co Ltd plan to export": a firm, then the kind word as a verb


def _firm_end(word: str) -> bool:
    """A capitalised word that ends a firm's name ("Ltd", "L.P.", "Limited"): what comes after it is no part of it."""
    return word == "Limited" or (word[:1].isupper() and legal_suffix(word))


_ON_DAY = re.compile(rf"\s+on\s+(?:{WEEKDAYS})\b.*$")
# A headline in title case capitalises what a name writes in lower case: "No Place In A Presidential Campaign"
_TITLE_CASE_WORDS = frozenset("A An In On At To By With From Into As Over After Its His Her Their".split())
_CAPITAL_JOINS = frozenset(("For", "Of", "And", "The", "To"))  # inside a name: a headline's or a work's
_TITLE_CASE_VERBS = frozenset("Is Isn’t Isn't Has Have Are Was Were Will Be Been Says Said Can Could Would May".split())
_SURNAME_NEXT = re.compile(
    rf"\s+(?!(?:{WEEKDAYS}|{MONTHS}|The|This|It|He|She|They|In|On|At|But|And)\b)[A-Z][a-z]+(?:\b(?![.!?]\s+[A-Z])|$)"
)
_MONTH_FIRST = re.compile(rf"(?:{MONTHS})\b")
_COUPLE_NEXT = re.compile(r"\s+and\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
# "Michael, Stephen, " before "Robin and Bill": a list of given names
_NAME_IN_LIST = re.compile(r"\b([A-Z][a-z]+), $")
# Kind words that are also given names or a person's last name: "Mayor Bill", "Jude Law".
_NAME_KINDS = {"Bill", "Law", "Deal", "Mission", "Act", "Reform", "Pact"}
_COMMON_OWNERS = {"women's", "children's", "people's", "men's", "workers'", "veterans'", "farmers'", "students'"}
_DETERMINED = re.compile(r"(?:\b(?:the|a|an|this|that|its|his|her|their|our)|['’]s)\s+$", re.IGNORECASE)
_DEMONYM = re.compile(r"(?:an|ese|ish|ic|ine|et|ch)$")
_COMPASS = frozenset(("West", "East", "North", "South", "Northern", "Southern", "Western", "Eastern"))
_CONTESTS = frozenset(("Cup", "Championship", "Championships", "Open", "Games", "Olympics", "League", "Trophy"))
_PARTY_NAMES = {"Lib Dem", "Liberal Democrat", "Labour", "Tory", "Conservative", "Republican", "Democratic", "Democrat",
                "GOP", "SNP", "Green", "Liberal"}  # fmt: skip
_NOT_NAMES = {"no", "new", "this", "that", "any", "every", "another", "final", "first", "second", "last", "next"}
_MONTH_DAY = re.compile(rf"^(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+")
# Cheap anchors: the full patterns run only in windows around these.
# A kind word, "and" or "or", then a second name to the end: "… Treaty and the Comprehensive Test Ban Treaty"
_TWO_NAMED = re.compile(rf"\b(?:{_KIND_CAPS})( +(?:and|or|&) +(?:the +)?)([A-Z].*)$")
# A bill, a resolution or a ballot proposition named by its number, with the body that passes it
_NUMBERED = re.compile(
    r"(?<![\w'’-])((?:U\.N\.|UN|United Nations|Security Council|General Assembly|House|Senate|Assembly)\s+)?"
    r"([Rr]esolution|Bill|Proposition)\s+(?:No\.\s+)?(\d{1,5}[A-Z]?)(?![\w'’-])"
)
_NUMBER_AFTER = re.compile(r"\s+(?:No\.\s+)?\d")


def _numbered_somewhere(text: str) -> bool:
    """Whether a kind word of _NUMBERED stands before a number anywhere: _NUMBERED opens on a look-behind, which re
    tries at every character, and "Bill " alone is in every story about Bill Clinton."""
    for word in ("esolution", "Bill", "Proposition"):
        at = text.find(word)
        while at >= 0:
            if _NUMBER_AFTER.match(text, at + len(word)):
                return True
            at = text.find(word, at + len(word))
    return False


_TITLED_ANCHOR = re.compile(rf"(?:{_KIND_CAPS})\b")  # only opens a window: no word-start check needed
_LOWER_ANCHOR = re.compile(rf" (?:{_KIND_ALT})\b")
_ACRONYM_ANCHOR = re.compile(r"\([A-Z0-9]")
# Where the anchors' words stand: the anchor patterns are tried only there (see tui.analysis.scan).
WORD_LISTS = {"titled": [k.capitalize() for k in _KIND_WORDS], "lower": [" " + k for k in _KIND_WORDS]}
_WORDS = WordScan(WORD_LISTS)


def _windowed(rx: re.Pattern[str], anchors: Iterable[re.Match[str]], text: str, back: int = 170, fwd: int = 90):  # noqa: ANN202
    """rx's matches near anchor hits only: far cheaper than scanning every capitalised word."""
    windows: list[list[int]] = []
    for a in anchors:
        lo, hi = max(0, a.start() - back), min(len(text), a.end() + fwd)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from rx.finditer(text, lo, hi)


_JOIN_WORDS = {"of", "for", "on", "and", "the", "to", "in", "against", "&"}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_LEADING = re.compile(
    r"^(?:The|A|An|This|That|These|Its|His|Her|Their|Our|Last|Next|Both|Under|In|On|At|Recent|Earlier|Previous|"
    r"Current|Latest|New(?! (?:York|Jersey|Zealand|Mexico|Hampshire|England|Delhi|Orleans|Brunswick|Guinea|South|"
    r"Haven)\b))\s+"
)
_BAD_FIRST = {
    "In", "On", "At", "By", "For", "And", "But", "If", "As", "When", "While", "After", "Before", "During", "Since",
    "With", "From", "To", "Of", "He", "She", "They", "It", "We", "I", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Speaking", "Referring", "Turning", "Noting",
    "Who", "What", "Why", "How", "Where", "Despite", "Although", "Though", "Because", "Unlike", "Like", "Through",
    "Following", "Amid", "Including", "Dubbed", "Called", "Named", "Titled", "Entitled",
    "Best",  # "a Best Dance Act prize": an award's category, a music act
    "Could", "Would", "Should", "Will", "Can", "Might", "Must", "Does", "Did", "Do", "Is", "Are", "Was", "Were",
    "Has", "Have", "Had", "Then", "Unless", "Whether", "Until", "Once", "Even", "Only", "Members", "Member",
    "Opponents", "Supporters", "Critics", "Complaints",
    "Opposition", "Proponents", "Backers", "Without", "Within", "Among", "Another", "Each", "Some", "Any", "Such",
    "Other", "Several", "Many", "Most", "Few", "Both",
}  # fmt: skip
# A leading modifier run into a name: "the New York-based Environmental Defense Fund", "the 25-year-old
# Section 8 program", "the 91-day Treasury bill"
_MODIFIER_FIRST = re.compile(
    r"^(?:[\w.'’]+-(?:based|year-old|years-old|day|week|month|year|owned|led|backed|run|funded)|\d[\d.,]*-[a-z]+"
    r"|\$?\d[\d.,]*(?:bn|m|mn|mln|billion|million))$"  # (and a cost: "the $22bn Three Gorges Dam project")
)
_MODIFIER_BEFORE = re.compile(r"(?:New |Los |San |Hong )?[\w.'’]+-(?:based|owned|led|backed|run|funded) $")
# A month after a name: when it met, not what it is ("Summit on June 8 to 10")
_MONTH_TAIL = re.compile(rf" (?:on|in|of) (?:{MONTHS})\b.*$")
# Who passes a bill, which with a year names none ("a 2013 Senate bill")
_LEGISLATURES = frozenset("senate house congress assembly parliament commons lords legislature cabinet".split())
# A screen's resolution: a measure follows ("a Retina Display resolution of 2560 x 1600")
_MEASURE_AFTER = re.compile(r"(?:\s+resolution)?\s+of\s+\d[\d,.]*\s*(?:x|by|pixels|dpi|lines|megapixels)\b")
# A kind word as the first half of another noun: "conference call", "campaign committee", "law enforcement"
_COMPOUND_AFTER = re.compile(
    r" (?:call|committees?|managers?|officials?|spokesman|spokeswoman|aides?|staff|staffers|trail|headquarters|"
    r"offices?|enforcement|firms?|schools?|professors?|students?|chairman|director|events?|rally|workers?|"
    r"coordinator|chief|team|season|tour|stops?|swing|ads?|advertising|finance|contributions?|donors?|promises?|"
    r"speech|appearances?|lords|groups?|centers?|centres?|organi[sz]ations?)\b"
    # "the House of Lords law lords", "the Fathers 4 Justice campaign group", "the Inter-American Dialogue center"
)
# "the Group of 77 ministerial meeting": the kind qualifies a meeting (but "the Venice summit meeting" is the summit)
_MEETING_AFTER = re.compile(r" (?:meetings?|sessions?)\b")
_BROADCASTER_OWNS = re.compile(
    r"\b(?:BBC|ITV\d?|Radio\s*\d?|Channel\s*\d|Sky|CNN|NBC|CBS|ABC|Fox|PBS|MSNBC|One|Two|Three|Four|TV\d?|"
    r"Service)['’]s(?:\s+[A-Z][\w'’-]*){1,5}$|\b(?:BBC|ITV\d?|Radio\s*\d|Channel\s*\d|CNN|NBC|CBS|PBS)['’]s\s+\S"
)
# The head nouns of standing bodies: "a European Union mission", "a Food and Drug Administration (FDA) directive"
# are the body's, unnamed
_BODY_HEADS = frozenset(
    "union administration commission committee department ministry agency bank corporation council institute "
    "foundation organization organisation authority board office service party government association federation "
    "corps exchange club league news nations group".split()
)
# "The Lib Dems plan to oppose": a plural subject, then the kind word as its verb
_PLURAL_SUBJECT_VERB = re.compile(r" (?:to|for|against|with) ")
_VERB_KINDS = {"plan", "plans"}
# Kinds that name an initiative only in a title ("the New Deal", "the Six-Party Talks"): in lower case they follow
# the parties, the place or the firm ("the Nokia and Microsoft deal", "Hong Kong-China talks")
_LOOSE_KINDS = {"deal", "package", "talks", "partnership", "compact", "reform", "reforms"}  # "Wall Street reform"
# A place before a lower-case kind is the place's: "according to New York law"
_PLACE_NAMES = {s.lower() for s in US_STATES if not s.endswith(".")} | PLACES | {
    "new york", "new york city", "new jersey", "new hampshire", "new mexico", "north carolina", "south carolina",
    "north dakota", "south dakota", "west virginia", "rhode island", "hong kong", "los angeles", "san francisco",
    "united states", "u.s.", "united kingdom", "britain", "soviet union", "uk", "silicon valley", "wall street",
}  # fmt: skip
# A race for office, not a named campaign: "the 2000 Senate campaign", "his General Election campaign"
_RACE_WORDS = {"senate", "house", "presidential", "election", "congressional", "mayoral", "gubernatorial",
               "primary", "democratic", "republican", "labour", "conservative", "tory", "re-election", "reelection",
               "leadership", "council", "assembly", "parliamentary"}  # fmt: skip
# Bodies named like initiatives; the kind word there names an organisation or a place.
_NOT_INITIATIVE = re.compile(
    r"\b(?:Monetary Fund|Wildlife Fund|Children's Fund|Population Fund|Development Programme|Food Programme|"
    r"Environment Programme|(?:United Nations|UN|U\.N\.|World) (?:Development|Food|Environment) Program|"
    r"Security Council|Party Conference|Acts? of Parliament|General Elections?|Need to|Red (?:Cross|Crescent)|"
    r"^Rule of Law$)\b"
)
_UN_AGENCY = re.compile(r"(?:United Nations|UN|U\.N\.)\s+(?:Development|Food|Environment)\s+Program")
# What a fund that is a firm's product or a political committee is named with ("Energy Growth Fund")
_FUND_PRODUCTS = frozenset(
    "Income Equity Growth Index Stock Venture Capital Securities Investors Pension Action Bond Balance Balanced "
    "Municipal Portfolio Exploration".split()
)
_APPOS = re.compile(rf"\)?\s*(?:(?:{_KIND_ALT})\b)?\s*,\s+((?:an?|the)\s+[^,;]{{3,140}}?)(?=[,;]|\.\s+[A-Z]|\.$|$)")
_DESCRIBE = re.compile(
    rf"\s*(?:(?:{_KIND_ALT})\b)?[\s,]*(?:(?:an?|the)\s+[^,.;]{{0,80}}?\s+)?((?:launched|adopted|signed|passed|introduced|unveiled|announced|"
    r"proposed|established|created|set up|agreed|endorsed|approved|backed|held|hosted|scheduled|due|to be held|"
    r"which (?:was|is|will be)\s+\w+|aimed at|aiming to|designed to|intended to)\b[^;]{0,140}?)"
    r"(?=[,;]|\.\s+[A-Z]|\.$|$)"
)


# Cities named with "City" after a word that is no place by itself
_CITIES = frozenset(
    f"{place} city"
    for place in ("atlantic", "kansas", "oklahoma", "jersey", "carson", "iowa", "dodge", "sioux", "rapid", "quezon",
                  "salt lake", "ho chi minh", "traverse")
)  # fmt: skip


def _place_phrase(words: str) -> bool:
    """ "new york", "south korea", "west germany", "atlantic city": a place (compass words before a country the
    lexicon knows; a name before "City")."""
    return (
        words in _PLACE_NAMES
        or words in _CITIES
        or (words.endswith(" city") and _place_phrase(words[:-5]))
        or (
            " " in words
            and all(w in PLACES or w.capitalize() in _COMPASS for w in words.split())
            and words.split()[-1] in PLACES
        )
    )


def _acronym_of(name: str, acronym: str) -> bool:
    """A4P+ ~ Action for Peacekeeping Plus; WTO ~ World Trade Organization."""
    letters = re.sub(r"[^A-Za-z]", "", acronym).upper()
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper() or len(w) > 3).upper()
    initials_all = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name)).upper()
    return bool(letters) and (letters in (initials, initials_all) or _subseq(letters, initials_all))


def _subseq(short: str, long: str) -> bool:
    it = iter(long)
    return len(short) >= 2 and all(c in it for c in short) and short[0] == long[:1]


def _clean(name: str) -> str:
    original = name
    name = _MONTH_DAY.sub("", _LEADING.sub("", " ".join(name.split())))  # "the February 22 Paris accord"
    words = name.split()
    owned = [
        i
        for i, w in enumerate(words[:-1])
        if w.endswith(("'s", "’s", "s'"))
        and w.lower() not in _COMMON_OWNERS
        and words[i + 1] != "Day"  # "Christmas & New Year's Day Trading Bill": a holiday's name, no owner
    ]
    if owned:
        name = " ".join(words[owned[-1] + 1 :])  # "OPEC's December accord", "BBC Radio 4's Today": the owner's
    while True:
        new = _LEADING.sub("", name)
        words = new.split()
        while len(words) > 1 and (
            words[0] in _BAD_FIRST
            or (words[0].isdigit() and words[1].lower() in _JOIN_WORDS)  # "section 1 of the Abortion Act 1967"
            or words[0].lower() in _JOIN_WORDS
            or (words[0].endswith("ing") and words[1].lower() in _JOIN_WORDS)
            or _MODIFIER_FIRST.match(words[0])
        ):
            words.pop(0)
        if len(words) > 3 and words[2] in _PERSON_LINKS and _person_first(words[0], words[1]):
            del words[:3]  # "Jerry Rhoades on Home Theater Forum": a person, then where they spoke
        new = " ".join(words)
        if new == name:
            break
        name = new
    if name.lower() in KINDS and re.search(rf"\bNew {re.escape(name)}$", original):
        return f"New {name}"  # "the New Deal": a name of its own
    return name.strip(" ,.;:'’\"")


_PERSON_LINKS = {"on", "at", "of", "for", "from"}
_ROLES_OF = {"director", "president", "chairman", "chairwoman", "head", "secretary", "spokesman", "spokeswoman",
             "coordinator", "manager", "chief", "minister"}  # fmt: skip


def _person_first(given: str, surname: str) -> bool:
    """ "Jerry Rhoades": a known given name and a capitalised surname."""
    return given.lower() in GIVEN_NAMES and surname[:1].isupper() and surname[1:].islower()


def _person_of(text: str, start: int) -> bool:
    m = _PERSON_OF.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in GIVEN_NAMES


def _kind_of(name: str, explicit: str | None = None) -> str:
    if explicit:
        return KINDS.get(explicit.lower(), explicit.lower())
    for w in reversed(name.split()):
        k = KINDS.get(w.lower().strip(".,"))
        if k:
            return k
    return "initiative"


def _tokens(name: str) -> list[str]:
    return [t.lower() for t in re.findall(r"[\w+]+", name)]


def _variant(short: list[str], long: list[str]) -> bool:
    """`Peacekeeping Ministerial` is `2021 UN Peacekeeping Ministerial`; `Action for Peacekeeping` is not `… Plus`."""
    if not short or len(short) >= len(long):
        return False
    n = len(short)
    for i in range(len(long) - n + 1):
        if long[i : i + n] == short:
            extra = long[:i] + long[i + n :]
            tail = long[i + n :]
            return all(t.isdigit() or t in {"un", "eu", "us", "uk", "the", "of"} or len(t) <= 3 for t in extra) and (
                not tail or all(t.isdigit() for t in tail)
            )
    return False


class _Found:
    __slots__ = ("acronym", "kind", "mentions", "name")

    def __init__(self, name: str, acronym: str | None, kind: str) -> None:
        self.name, self.acronym, self.kind = name, acronym, kind
        self.mentions: list[tuple[int, int]] = []


# Candidate initiative mentions read in one article, in text order (an article of the bulk corpus keeps 16 at most)
MAX_CANDIDATES = 600


def find_initiatives(text: str, hits: dict[str, list[int]] | None = None) -> list[Initiative]:
    """`hits`: where the words of WORD_LISTS stand in text, when the caller has scanned for them already."""
    raw: list[tuple[int, int, str, str | None, str]] = []  # start, end, name, acronym, kind
    if hits is None:
        hits = _WORDS.scan(text)
    for m in _windowed(_ACRONYM, _ACRONYM_ANCHOR.finditer(text), text):
        name, acr = m.group(1), m.group(2)
        after = text[m.end() : m.end() + 20].lower().split()
        kind_word = after[0].strip(",.;:") if after else ""
        has_kind = (
            _kind_of(name, None) != "initiative"
            or bool(KINDS.get(name.split()[-1].lower()))
            or bool(KINDS.get(kind_word))
        )
        if not has_kind or not _acronym_of(_clean(name), acr):
            continue
        if name.split()[-1].lower() in _BODY_HEADS:
            continue  # "A European Union (EU) directive": the body's name and acronym, the directive unnamed
        raw.append((m.start(1), m.end(), name, acr, _kind_of(name, kind_word if kind_word in KINDS else None)))
    numbered: list[tuple[int, int]] = []
    if _numbered_somewhere(text):
        for m in _NUMBERED.finditer(text):
            # "Senate Bill 692", "Security Council resolution 242", "Proposition 187": named by their number
            body, word, number = m.group(1) or "", m.group(2), m.group(3)
            if (word == "resolution" and not body) or (not body and re.fullmatch(r"(?:19|20)\d\d", number)):
                continue  # "a resolution 5 percent higher": a measure; "the University Bill 2000": its year
            chamber = body if body.rstrip() in ("House", "Senate", "Assembly") else ""  # (their numbers overlap)
            kind = "initiative" if word == "Proposition" else word.lower()
            at = m.start() + len(body) - len(chamber)
            raw.append((at, m.end(), f"{chamber}{word.capitalize()} {number}", None, kind))
            numbered.append((at, m.end()))
    for m in _windowed(_TITLED, matches(_TITLED_ANCHOR, text, hits["titled"]), text):
        if _NAME_AFTER.match(text, m.end()):
            continue  # "TBS President Bill Burke": the kind word is someone's first name
        if m.group(1).rsplit(None, 1)[-1].lower() in ("programme", "program") and _BROADCASTER_OWNS.search(
            text, max(0, m.start(1) - 40), m.end(1)
        ):
            continue  # "BBC Radio 4's Today Programme": a broadcast
        if (
            m.group(1).startswith("The ")
            and not m.group(1).startswith("The Hague ")  # a place whose name holds "The"
            and _MID_SENTENCE.search(text, max(0, m.start(1) - 4), m.start(1))
        ):
            continue  # "Reservoir Dogs, The Blair Witch Project and …": "The" in capitals mid-sentence, a work's title
        if (
            (worker := _WORKER_OF.match(m.group(1))) is not None
            and not _OWNER_INSIDE.search(m.group(1))  # (not "… of the Department of Agriculture's … Program")
            and (
                worker.group(1).lower() in GIVEN_NAMES
                or _SAID_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)) is not None
            )
        ):
            continue  # "said Lionel Trippett of the Campaign for Nuclear Disarmament": a person, and where they work
        after = text[m.end() : m.end() + 40].split()
        if (
            m.end(1) == m.end()
            and after
            and (
                after[0].strip(",.;:<>") in _BODY_WORDS
                or _firm_end(after[0].strip(",;:<>"))
                # "House Government Reform and Oversight Committee": the name goes on past "and" to the body's word
                or (after[0] in ("and", "&") and any(w.strip(",.;:<>") in _BODY_WORDS for w in after[1:4]))
            )
        ):
            continue  # "the International Fund Corporation of the World Bank": a body's name goes on
        tail = text[m.end(1) : m.end()].split() + after[:1]
        if tail[:1] == ["of"] and any(w.strip(",.;:") in _BODY_WORDS for w in tail):
            # "the Safe and Drug-Free Schools Program of the U.S. Department of Education": whose, not its name
            raw.append((m.start(1), m.end(1), m.group(1), None, _kind_of(m.group(1))))
            continue
        if _COMPOUND_AFTER.match(text, m.end()):
            continue  # "the Six Nations Campaign team": the kind word qualifies another noun
        two = _TWO_NAMED.search(m.group(1))
        if (
            two is not None
            and len(m.group(1)[: two.start(1)].split()) >= 2
            # (the second named whole: "… Convention and the Law of the Sea", its "of the Sea" past the kind word)
            and len(m.group(0)[two.start(2) :].split()) >= 2
        ):
            # "the Nuclear Non-Proliferation Treaty and the Comprehensive Test Ban Treaty": two, each named
            left = m.group(1)[: two.start(1)]
            raw.append((m.start(1), m.start(1) + len(left), left, None, _kind_of(left)))
            right = m.group(0)[two.start(2) :]
            raw.append((m.start(1) + two.start(2), m.end(), right, None, _kind_of(two.group(2))))
            continue
        tail_text = text[m.end(1) : m.end()]
        cut = tail_text.rfind(" of ")
        place = tail_text[cut + 4 :].removeprefix("the ").strip() if cut > 0 else ""
        if place and (place.lower() in PLACES or place.lower() in _PLACE_NAMES or _MONTH_FIRST.match(place)):
            # "the World Summit on the Information Society of Tunis", "… Identity Documents of June 2003": a second
            # "of" names where or when, not what
            raw.append((m.start(1), m.end(1) + cut, text[m.start() : m.end(1) + cut], None, _kind_of(m.group(1))))
            continue
        if (month := _MONTH_TAIL.search(m.group(0))) is not None and month.start() > 0:
            # "the seven-nation economic Summit on June 8 to 10 in Venice": when, not what
            raw.append((m.start(), m.start() + month.start(), m.group(0)[: month.start()], None, _kind_of(m.group(1))))
            continue
        raw.append((m.start(1), m.end(), m.group(0), None, _kind_of(m.group(1))))
    for m in _windowed(_LOWER_ACRONYM, _ACRONYM_ANCHOR.finditer(text), text):
        words = m.group(1).split()
        # "under the export enhancement program (EEP)": the words the acronym spells, not those read before them
        k = next((k for k in range(len(words) - 1) if _acronym_of(" ".join(words[k:]), m.group(2))), -1)
        if k >= 0:
            at = [w.start() for w in re.finditer(r"\S+", m.group(1))][k]
            name = m.group(1)[at:]
            raw.append((m.start(1) + at, m.end(), name, m.group(2), KINDS[words[-1]] or "initiative"))
    for m in _windowed(_LOWER_KIND, matches(_LOWER_ANCHOR, text, hits["lower"]), text):
        if m.group(1).endswith(("'s", "’s", "s'", "s’")):
            continue  # "President Boris Yeltsin's declaration", "American Express' plan": someone's
        if m.group(3).lower() in _LOOSE_KINDS:
            continue  # "the Holiday Inns deal", "Recent ICO talks", "the Oklahoma City package": whose, not a name
        word = _clean(m.group(1))
        named = word.split()
        if text[max(0, m.start(1) - 5) : m.start(1)].lower() == "best ":
            continue  # "named best UK and Ireland act": an award's category, a music act
        if named and _firm_end(named[-1]):
            continue  # "the Overseas Private Investment Corp mission", "Fried Krupp GmbH plan to export": a firm's
        if (
            len(named) >= 2
            and named[-1].lower() in _BODY_HEADS
            and m.group(3).lower() not in _FORMAL - {"summit", "conference"}
        ):
            continue  # "a European Union mission", "a Food and Drug Administration directive": a body's, unnamed
        if m.group(3).lower() in ("plan", "plans", "proposal", "programme", "program") and word in _PARTY_NAMES:
            continue  # "The Lib Dem plan for a local income tax": a party's, not one named
        if m.group(3).lower() in ("plan", "plans", "proposal", "proposals", "bill", "budget") and all(
            w.lower() in _RACE_WORDS or w in ("GOP", "Democrat", "Democrats", "Republicans") for w in named
        ):
            continue  # "the House Republican plan", "the Senate Democratic proposal": a chamber's or party's
        if m.group(3).lower() not in _FORMAL and all(_place_phrase(part) for part in word.lower().split(" and ")):
            continue  # "according to New York law", "his New Hampshire campaign", "Indiana and New York law"
        proper = [w for w in named if not w.isdigit()]
        if (
            m.group(3).lower() not in _FORMAL
            and 1 <= len(proper) <= 2
            and _DEMONYM.search(proper[-1])
            and (len(proper) == 1 or proper[0] in _COMPASS)
        ):
            continue  # "West German law prohibited …", "the 1988 Soviet plan": a country's, no name
        if named and named[-1] in _CONTESTS and m.group(3).lower() == "campaign":
            continue  # "Ireland round off their World Cup campaign": a team's run, no initiative
        if m.group(3).lower() == "campaign" and (
            any(w.lower() in _RACE_WORDS for w in named) or (len(named) == 2 and named[0].isdigit())
        ):
            continue  # "the 2000 Senate campaign", "the 1994 Pataki campaign": a race, someone's run
        if _COMPOUND_AFTER.match(text, m.end(3)) or (
            m.group(3).lower() not in ("summit", "conference", "talks") and _MEETING_AFTER.match(text, m.end(3))
        ):
            continue  # "the Murphy conference call", "the Democratic House campaign committee"
        if m.group(3).lower() in ("programme", "program") and _BROADCASTER_OWNS.search(
            text, max(0, m.start(1) - 40), m.end(1)
        ):
            continue  # "the BBC's Talking Point programme", "Radio 4's Today programme": a broadcast
        last = m.group(1).rsplit(None, 1)[-1]
        if (
            not m.group(2)
            and m.group(3).lower() in _VERB_KINDS
            and (
                (
                    last.endswith("s")
                    and not last.endswith(("ss", "'s", "’s"))
                    and last[:-1].isalpha()
                    and last.lower() not in PLACES
                )
                or " and " in m.group(1)  # "Ms. Elniskey and Rosario plan to visit him": two subjects
            )
            and _PLURAL_SUBJECT_VERB.match(text, m.end(3))
        ):
            continue  # "The Lib Dems plan to oppose the Bill": a plural subject and its verb
        if len(named) >= 2 and _person_first(named[-2], named[-1]) and not m.group(2):
            continue  # "the Bernie Sanders campaign", "Secretary of State George Shultz' talks": a person's
        if (
            word
            and " " not in word
            and m.group(3).lower() in _FORMAL
            and not m.group(2)
            and word not in _BAD_FIRST
            and word.isalpha()
            and not word.isupper()  # "ISIS declaration", "EU summit": a body's, not a named one
            and not _DEMONYM.search(word)  # "the Soviet summit", "an Argentine pact"
            and word.lower() not in _NOT_NAMES
        ):
            raw.append((m.end(1) - len(word), m.end(3), f"{word} {m.group(3)}", None, KINDS[m.group(3).lower()]))
            continue  # "the Maastricht treaty": one word names it, with its kind
        if (
            m.group(3).lower() in _FORMAL
            and (not m.group(3).lower().endswith("s") or m.group(3).lower() == "accords")  # "the Oslo accords"
            and len(named) >= 2  # one word with its kind was taken above, or is no name ("No agreement")
            and not (m.group(2) and named[-1].lower() in KINDS)  # "the Multi-Fibre Agreement (MFA) protocol"
        ):
            # "the 1972 Anti-Ballistic Missile treaty", "the Louvre currency accord": a treaty is named with its
            # kind, as "the Maastricht treaty" is (an initiative, a programme is named without it); an acronym
            # before the kind is the name's ("the Group of Seven (G-7) accord": G-7 is the group)
            raw.append((m.start(1), m.end(3), f"{m.group(1)} {m.group(3)}", None, KINDS[m.group(3).lower()]))
            continue
        raw.append(
            (
                m.start(1),
                m.start(3) - 1 if not m.group(2) else m.end(2) + 1,
                m.group(1),
                m.group(2),
                KINDS[m.group(3).lower()] or "initiative",
            )
        )
    found: list[_Found] = []
    bodies: set[str] = set()  # names some mention shows to be a body's: every mention of them is
    # A headline in title case runs its words into a name ("Clinton's Poll Numbers Jump Post-Democratic
    # Convention"): what is found there counts only as another mention of a name the body gives
    if numbered:
        # "Proposition 187 and Senate Bill 2001": each by its number, not one capitalised run across them
        firsts = [a for a, _ in numbered]  # (in text order, none inside another: a bisect finds the first inside)
        raw = [
            r
            for r in raw
            if (k := bisect.bisect_left(firsts, r[0])) == len(numbered)
            or numbered[k][1] > r[1]
            or numbered[k] == (r[0], r[1])
        ]
    headlines = headline_spans(text) if raw else []
    in_headline: list[tuple[str, str | None, str, tuple[int, int]]] = []
    # (each candidate is matched against the names found so far: a bound keeps a crafted list of thousands of
    # numbered bills linear; an article names a few dozen)
    for start, end, name, acr, kind in sorted(raw, key=lambda r: (r[0], -(r[1] - r[0])))[:MAX_CANDIDATES]:
        clean = _ON_DAY.sub("", _clean(name))  # "the Democratic National Convention on Wednesday": when, not name
        if (
            name.startswith("New ")
            and clean == name[4:]
            and clean.lower() not in _RACE_WORDS  # not "the New Labour project", a party's
            and (lead_word := _WORD_BEFORE.search(text, max(0, start - 24), start)) is not None
            and lead_word.group(1).islower()
        ):
            clean = name  # "his New Markets Initiative": a capital New inside a sentence is part of the name
        # Trim the span to the cleaned name.
        k = text.find(clean, start, end + 1)
        if k >= 0:
            start, end = k, k + len(clean)
        words = clean.split()
        if not words or words[0] in _BAD_FIRST or _NOT_INITIATIVE.search(clean):
            continue
        if _UN_AGENCY.search(text, max(0, start - 16), end):
            continue  # "the U.N. Development Program": an agency, its prefix read apart
        if words[-1] in ("Fund", "Funds") and (
            any(w in _FUND_PRODUCTS for w in words) or all(w.lower() in _PLACE_NAMES for w in words[:-1])
        ):
            continue  # "Geodyne Energy Income Fund", "the Korea Fund", "Planned Parenthood Action Fund": firms, PACs
        if words[0].isdigit() and start >= 2 and text[start - 1] in ",." and text[start - 2].isdigit():
            continue  # "owns 9,000 Charter preferred shares": the tail of a number, then a firm's name
        if len(words) >= 3 and words[-1].endswith(("'s", "’s")) and words[-2] not in _JOIN_WORDS - {"and", "&"}:
            # "the General Agreement on Tariffs and Trade's negotiating group": the whole name owns
            words[-1] = words[-1][:-2]
            clean = " ".join(words)
            end -= 2
        for link in (" and the ", " to the ", " for the "):
            left, _, right = clean.partition(link)
            if (
                right
                and any(w.lower() in KINDS for w in right.split())
                and not any(w.lower() in KINDS for w in left.split())
                and (
                    left.isupper()
                    if link == " and the "
                    else len(right.split()) >= 3
                    or left.lower() in _PLACE_NAMES
                    or " in " in left
                    # "guided Chester to the Conference title": a club, then a league (not "Succession to the
                    # Crown Bill")
                    or (link == " to the " and " " not in left and right.lower() in KINDS)
                )
            ):
                # "the PMDB and the Cruzado Plan", "complaints against Japan to the General Agreement on …",
                # "to Philadelphia for the Democratic National Convention": the second is the one named
                words, clean, start = right.split(), right, end - len(right)
        if all(w.isdigit() for w in words) or words[-1].endswith(("'s", "’s")) or _MODIFIER_FIRST.match(words[-1]):
            continue  # "Despite the 1993 reform", "Talks on Russia's proposed membership": no name
        if any(w.lower() in _ROLES_OF and words[i + 1] == "of" for i, w in enumerate(words[:-1])):
            continue  # "SEC Director of Market Regulation", "Secretary of State George Shultz' Moscow talks"
        head = max((i for i, w in enumerate(words) if w.lower() in KINDS), default=len(words) - 1)
        topic = head < len(words) - 1 and words[head + 1] in ("on", "for")
        if any(w in _BODY_WORDS for w in (words[: head + 1] if topic else words)):
            # "World Summit on the Information Society" is a summit; "the Law School of …" is not
            continue  # "Hastings College of the Law", "a World Bank mission": a body, not an initiative
        if len(words) >= 2 and _firm_end(words[-2]):
            continue  # "Mitsui Co Ltd plan to export": a firm, then the kind word as a verb
        if kind in _BODY_KINDS:
            modifier = _MODIFIER_BEFORE.search(text, max(0, start - 40), start)
            before = modifier.start() if modifier else start  # "director of the Halifax-based …"
            if (
                _BODY_NAME_GOES_ON.match(text, end)
                or _ROLE_OF.search(text, max(0, before - 40), before)
                or _person_of(text, before)
                or _BODY_AFTER.match(text, end)
            ):
                # "the International Campaign to Ban Landmines", "executive director of the Human Rights Campaign",
                # "secretary-general of the United Nations Conference on Trade and Development": a body's name
                bodies.add(clean)
                continue
        if (
            len(words) >= 2
            and words[-1] in _NAME_KINDS
            and not acr
            and (
                words[-2].lower() in GIVEN_NAMES
                or words[0].lower().rstrip(".") in ROLE_WORDS | HONORIFICS
                # "Andrew Bonar Law": a given name, a middle name, then the surname
                or (len(words) >= 3 and words[-3].lower() in GIVEN_NAMES and words[-2][1:].islower())
            )
        ):
            continue  # "Mayor Bill de Blasio", "actor Jude Law": a person
        if (
            len(words) == 3
            and words[-1] in _NAME_KINDS
            and words[1] == "and"
            and not acr
            and (
                words[0].lower() in GIVEN_NAMES
                or (
                    (in_list := _NAME_IN_LIST.search(text, max(0, start - 24), start)) is not None
                    and in_list[1].lower() in GIVEN_NAMES
                )
            )
        ):
            continue  # "Hillary, Chelsea and Bill", "Michael, Stephen, Robin and Bill": people by their given names
        if words[-1] == "Bill" and not acr and (_SURNAME_NEXT.match(text, end) or _COUPLE_NEXT.match(text, end)):
            continue  # "Warren Buffett and Bill Gates", "Bill and Melinda Gates": a given name, then the surname
        if (
            sum(w in _TITLE_CASE_WORDS for w in words[1:]) >= 2
            or any(w in _TITLE_CASE_VERBS for w in words)
            or any(w in _CAPITAL_JOINS for w in words[1:])
        ):
            # "Primary Has Big Impact On Clinton Campaign", "Major Companies Pull Support For Republican Convention":
            # a headline in title case; "Jimmy Page and The Law": a band, a paper; no name spells its joins so
            continue
        determined = _DETERMINED.search(text, max(0, start - 12), start)
        if len(words) == 2 and words[-1] in _NAME_KINDS and not acr and not determined:
            continue  # "starring Jude Law and Julia Roberts": a law or a bill is "the" one, a person is not
        if (
            len(words) == 5
            and words[2] == "and"
            and words[-1] in _NAME_KINDS
            and not acr
            and not determined
            and all(w[:1].isupper() for w in words[:2])
        ):
            continue  # "movies starring Johnny Depp and Jude Law": two people, the second called Law
        caps = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
        if (len(words) < 2 and not acr) or (len(caps) < 1 and not acr):
            continue
        if len(words) == 1 and words[0].lower() in KINDS:
            continue
        if all(w.isdigit() or w.lower() in _LEGISLATURES for w in words) and not acr:
            continue  # "a 2013 Senate bill", "the 1995 House budget": a year and who passed it, no name
        if kind == "resolution" and _MEASURE_AFTER.match(text, end):
            continue  # "a Retina Display resolution of 2560 x 1600": a screen's, no body's decision
        if len(words) == 2 and words[1].lower() in KINDS and words[0].isupper() and not acr and len(words[0]) <= 3:
            continue  # "UN Plan" and the like: too generic to name one thing
        if headlines and any(a <= start < b for a, b in headlines):
            in_headline.append((clean, acr, kind, (start, end)))
            continue
        _add(found, clean, acr, kind, (start, end))
    for clean, acr, kind, span in in_headline:
        _add(found, clean, acr, kind, span, only_known=True)
    # Acronyms used alone: "the A4P+".
    for f in found:
        if f.acronym:
            for m in re.finditer(rf"(?<![\w+]){re.escape(f.acronym)}(?![\w+])", text):
                defined = text[m.start() - 1 : m.start()] == "(" and any(e >= m.start() - 3 for _, e in f.mentions)
                if not defined and not any(s <= m.start() < e for g in found for s, e in g.mentions):
                    f.mentions.append((m.start(), m.end()))
    out = []
    for f in found:
        if f.name in bodies:
            continue  # "Birch said the Human Rights Campaign was buying an ad" after "director of the …"
        f.mentions.sort()
        out.append(Initiative(f.name, f.acronym, f.kind, f.mentions, _describe(text, f.mentions)))
    return out


def _add(
    found: list[_Found], name: str, acr: str | None, kind: str, span: tuple[int, int], only_known: bool = False
) -> None:
    """Another mention of a name found already, or a new name (unless `only_known`)."""
    toks = _tokens(name)
    for f in found:
        if any(span[0] < e and s < span[1] for s, e in f.mentions):
            # An overlapping find of the same mention: keep the longer, better-kinded name.
            if len(name) > len(f.name) and _variant(_tokens(f.name), toks):
                f.name = name
            if acr and not f.acronym:
                f.acronym = acr
            return
    for f in found:
        ft = _tokens(f.name)
        same = (
            (acr and f.acronym == acr)
            or ft == toks
            or (f.acronym and toks == [f.acronym.lower()])
            or _variant(toks, ft)
            or _variant(ft, toks)
            or (fuzz.ratio(" ".join(ft), " ".join(toks)) >= 94 and f.kind == kind)
        )
        if same:
            if _variant(ft, toks):
                f.name = name
            if acr and not f.acronym:
                f.acronym = acr
            f.mentions.append(span)
            return
    if only_known:
        return
    g = _Found(name, acr, kind)
    g.mentions.append(span)
    found.append(g)


def _describe(text: str, mentions: list[tuple[int, int]]) -> str | None:
    """What the text says of it right after a mention: launched by whom, when, held where."""
    for _, end in mentions:
        m = _DESCRIBE.match(text, end, min(len(text), end + 220))
        if m:
            return " ".join(m.group(1).split())
    for _, end in mentions:
        m = _APPOS.match(text, end, min(len(text), end + 220))
        if m:
            return " ".join(m.group(1).split())
    return None
