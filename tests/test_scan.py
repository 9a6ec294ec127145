"""The fast forms of the analysis patterns find exactly what the plain forms find.

Speed work rewrote some patterns (a word-list pass before the pattern, the first character before a
look-behind); these properties hold them to the plain forms they replace, on text built from the words and
marks that matter to each pattern.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.analysis import attribution as A
from tui.analysis import initiatives as I
from tui.analysis import nouns as N
from tui.analysis import sentences as S
from tui.analysis.lexicon import CUE, CUE_STARTS, KIN_WORDS
from tui.analysis.scan import WordScan, finditer_any, matches

PIECES = [
    *CUE_STARTS[:40],
    *("said", "says", "Said", "reports", "notes", "called", "calls", "so-called", "pointed out", "went on"),
    *("mother", "grandmother", "son", "person", "Johnson", "wife's", "his", "her", "my"),
    *("John", "Melanie", "Kevin", "Bill", "thought", "was", "Smith"),
    *("Plan", "plan", "Initiative", "initiative", "Act", "act", "Summit", "of", "the", "for", "A4P+", "(AB)", "UN"),
    *("Mrs", "Mr.", "Sen.", "President", "Dr", "Gov", "Mayor"),
    *("al-Assad", "al-", "A.", "G.K.", "O'Neil", "Mr", "Action", "Peacekeeping", "2021", "that", "on", "for"),
    *(".", ",", ":", "!", "?", "…", '"', "“", "”", "’", "'", "(", ")", "]", "-", "—", " ", "  ", "\n\n", "é", "x"),
]
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
SCAN = WordScan(
    {
        "cue": CUE_STARTS,
        "kin": KIN_WORDS,
        "given": A._GIVEN_WORDS,
        "honorific": A._HONORIFIC_WORDS,
        "titled": [k.capitalize() for k in I._KIND_WORDS],
        "lower": [" " + k for k in I._KIND_WORDS],
    }
)
LISTED = {
    "cue": CUE,
    "kin": A._KIN_NOUN,
    "given": A._GIVEN_ALONE,
    "honorific": A._HONORIFIC_NAME,
    "titled": I._TITLED_ANCHOR,
    "lower": I._LOWER_ANCHOR,
}


def spans(found: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 60), st.integers(0, 80))
@example("his grandmother said, unsaid; the so-called calls.", 0, 80)  # overlapping words, a word in a word
@example("Melanie thought it was so. It reports: Kevin was", 3, 40)
@example("the Belt and Road initiative, the Marshall Plan.", 5, 80)
def test_word_scan_matches_are_finditer_matches(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    hits = SCAN.scan(text)
    for name, pattern in LISTED.items():
        assert spans(matches(pattern, text, hits[name], lo, hi)) == spans(pattern.finditer(text, lo, hi)), name
        assert spans(matches(pattern, text, hits[name])) == spans(pattern.finditer(text)), name


def test_word_scan_finds_every_occurrence_with_char_offsets() -> None:
    scan = WordScan({"a": ["said", "aid"], "b": ["aid"]})
    text = "“é” said, unsaid"
    assert scan.scan(text) == {"a": [4, 5, 12, 13], "b": [5, 13]}


# The plain forms, as the patterns read before the speed work.
_E, _C = r"[.!?…]", r"[\"”’')\]]"
PLAIN_SENT_END = re.compile(rf"(?=[.!?…\"”’')\]])(?:{_E}+{_C}*|{_C}+{_E}+)(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_W, _J, _K = I._CAPWORD, I._JOIN, I._KIND_ALT
PLAIN_LOWER_KIND = re.compile(
    rf"(?<![\w'’-])((?:{_W})(?: +(?:{_J} +)?{_W}){{0,7}})(?: +\(([A-Z0-9][\w+&.-]{{1,11}})\))? +({_K})\b"
)
PLAIN_ACRONYM = re.compile(
    rf"(?<![\w'’-])((?:{_W})(?: +(?:{_J} +)?{_W}){{1,8}}) +\(([A-Z0-9][A-Za-z0-9+&.-]{{1,11}})\)"
)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 60), st.integers(0, 80))
@example('He left… Then "no." And “yes”! (A.) Next', 0, 80)  # each kind of sentence end
@example("the Action for Peacekeeping (A4P) initiative and the UN-Wide Plan (UWP)", 0, 80)
@example("O'Neil, G.K. Butterfield and John Smith", 0, 80)
def test_fast_patterns_match_their_plain_forms(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    for fast, plain in ((S._SENT_END, PLAIN_SENT_END), (I._LOWER_KIND, PLAIN_LOWER_KIND), (I._ACRONYM, PLAIN_ACRONYM)):
        assert spans(fast.finditer(text, lo, hi)) == spans(plain.finditer(text, lo, hi)), fast.pattern
    if "al-" not in text:
        assert spans(A._CAPS_RUN.finditer(text)) == spans(A._NAME_RUN.finditer(text))


def _last_boundary_end(s: str) -> int:
    end = 0
    for b in N._BOUNDARY.finditer(s):
        end = b.end()
    return end


BOUNDARY_PIECES = [
    *("a", "and", "although", "though", " ", "  ", "-", " - ", " - - ", ",", ";", "“", "—", "who", "x", "_", " _ ")
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BOUNDARY_PIECES), max_size=60).map("".join), st.sampled_from([4, 10, 60]))
@example("x - - x and a - - - x", 4)  # " - " chains: a boundary can start inside the one before
def test_last_boundary_read_from_the_tail_is_the_last_of_the_whole(s: str, tail: int) -> None:
    assert N._boundary_end(s, tail) == _last_boundary_end(s)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "R-Ohio", " ", "\n", ",", "x", "\u2003"]), max_size=14).map("".join))
@example("Rep. Jim Jordan (R-Ohio) ")
def test_dropping_a_closing_parenthesis_only_where_one_ends_the_text(s: str) -> None:
    assert N._drop_paren(s) == N._TRAILING_PAREN.sub("", s)


# The plain forms of the patterns that opened on \b or a look-behind (tried at every character), before they were
# rewritten to open on a literal character or a letter.
PLAIN_WORK_TITLE = re.compile(
    rf"(?<!\bto )\b[Tt]he (?:new )?({A._WORKS}), ([A-Z][^,.;\"“”]{{1,60}}),(?!\s+(?:for|in|at|on|with|by|from|of)\b)"
)
PLAIN_SPOKEN_FOR = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) ([A-Z][\w&-]*) (?:spokes(?:man|woman|person)|officials?|executives?|representatives?)\b"
)
PLAIN_ONE_WORD_FIRM = re.compile(
    r"\b([A-Z][\w&-]+)(?:,\s+which\s|\s+(?:\w+\s+)?(?:said|says|announced|added|reported|told(?:\s+[a-z]+){1,2})"
    r"\s+(?:that\s+)?its?\s)"
)
PLAIN_ACRONYM_WORD = re.compile(r"(?<![\w.'’-])[A-Z]{2,8}(?![\w'’-])")
PLAIN_NICKNAME = re.compile(r"([\"“][A-Z][\w.’'-]{0,15}[\"”]) (?=[A-Z])")
PLAIN_OWNED_THAT = re.compile(r"['’]s\s+(?:[a-z]+\s+){1,2}?(?:\w+\s+)?that\s")
PLAIN_BOUNDARY = re.compile(
    r"(?:[,;:(“”]|\"(?<=\w\")(?!s\b)|\"(?<!\w\")|—|–|\s(?:--?|_)\s|\[[A-Z]{2,8}\]|"
    r"\b(?:and|but|while|as|because|(?<!\bof )(?<!\bin )(?<!\bfor )"
    r"(?<!\bat )(?<!\bby )(?<!\bon )(?<!\bwith )(?<!\bfrom )that|when|after|before|although|though|since|if|so|"
    r"where|which|who|whom|whose|then|than|or|nor|until|unless|whether|what|how|why)\b)",
)
PLAIN_AFTER_STOP = re.compile(
    r"(?:[,;:!?\"“”()]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bRep)(?<!\bSen)(?<!\bGov)(?<!\bGen)(?<!\bSt)(?<!\bDel)"
    r"(?<!\bLt)(?<!\bCol)(?<!\bProf)(?<!\bRev)(?<!\bSgt)(?<!\bCapt)(?<!\bCmdr)(?<!\bMaj)(?<!\bAdm)(?<!\bSupt)"
    r"(?<!\bInsp)(?<!\bCpl)(?<!\bPvt)(?<!\bAmb)(?<!\bRt)(?<!\bHon)(?<!\b[A-Z])\.|—|–|\s-\s|"
    r"(?<!familiar )(?<!involved )(?<!knowledgeable )"
    r"\b(?:in|at|on|during|when|after|before|who|adding|according|while|as|about|told|from|with|last|this|"
    r"yesterday|today|tonight|here|earlier|later|afterwards|before|via|by|if|because)\b|"
    r"(?<!Committee )(?<!Campaign )(?<!Coalition )(?<!close )"
    + "".join(f"(?<!{w} )" for w in N._SERVES_TO)
    + r"\bto\b|(?<!close )\bto\b(?!\s+[A-Z]))"
)
PLAIN_APPOS_AFTER = re.compile(
    rf",\s+((?:the|a|an|who is|of)\s{A._APPOS_CHAR}{{2,160}}?|[a-z]{A._APPOS_CHAR}{{2,100}}?)\s*"
    r"(?:,|(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)\.)"
)
PLAIN_RUN_ON_STOP = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z]{2})")
PLAIN_MEDIUM_WORD = re.compile(
    r"\b(?:speech|statement|interview|letter|conference|briefing|message|report|filing|testimony|tweet)\b"
)
STOP_PIECES = [
    *("The", "the", "to", "book", "report", "new", "Brown", "A", "an", "An", "Exxon", "spokesman", "officials"),
    *("Lufthansa", "which", "said", "told", "reporters", "its", "it", "OECD", "U.S.", "AB", "'s", "’s", "claims"),
    *("that", "of", "in", "for", "familiar", "involved", "close", "aide", "Committee", "at", "who", "Mr", "Dr", "St"),
    *("speech", "statements", "letter", "injuries", "State", "iGen", "Fr", "ab", "!", "?"),
    *("J", "Bill", "Resolution", "resolution", "Senate", "No.", "187", "2000", "Proposition", "x", "é", "_", "1"),
    *(" ", " ", " ", ", ", ",", ".", ". ", '"', "“", "”", "'", "-", " - ", "--", "—", "(", ")", ";", "\n"),
]
stop_texts = st.lists(st.sampled_from(STOP_PIECES), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(stop_texts, st.integers(0, 60), st.integers(0, 90))
@example('The book, Brown\'s Britain, said. Lufthansa, which its "Al" Gore', 0, 90)
@example("familiar with it, involved in x. Mr. Smith to Mr. X, close to go - - x -- the aide to", 0, 90)
@example("an Exxon spokesman the the A spokesman an AB official OECD's claims that U.S. AB", 0, 90)
@example("Smith, a spokesman for Mrs. Jones and J. R. Doe. Brown, the aide to Mr. X, said", 0, 90)
@example("injuries.State speech, a statements letter iGen.Fr xspeech ab!State", 0, 90)
@example("the firm'sclaims that x, Brown’s own claims that ”Al” Gore", 0, 90)  # no space after 's; a closing mark
def test_patterns_opening_on_a_letter_find_what_their_plain_forms_find(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    for fast, plain in (
        (A._WORK_TITLE, PLAIN_WORK_TITLE),
        (A._ONE_WORD_FIRM, PLAIN_ONE_WORD_FIRM),
        (A._ACRONYM_WORD, PLAIN_ACRONYM_WORD),
        (N._BOUNDARY, PLAIN_BOUNDARY),
        (N._AFTER_STOP, PLAIN_AFTER_STOP),
        (N._RUN_ON_STOP, PLAIN_RUN_ON_STOP),
        (N._MEDIUM_WORD, PLAIN_MEDIUM_WORD),
        (A._APPOS_AFTER, PLAIN_APPOS_AFTER),
    ):
        assert spans(fast.finditer(text, lo, hi)) == spans(plain.finditer(text, lo, hi)), plain.pattern[:40]
        found, want = fast.search(text, lo, hi), plain.search(text, lo, hi)
        assert (found and found.span()) == (want and want.span()), plain.pattern[:40]
    # (only the words are read: the fast form's match opens after the article)
    assert {m.group(1) for m in A._SPOKEN_FOR.finditer(text)} == {m.group(1) for m in PLAIN_SPOKEN_FOR.finditer(text)}
    assert spans(finditer_any(A._NICKNAMES, text)) == spans(PLAIN_NICKNAME.finditer(text))
    assert spans(finditer_any(A._OWNED_THATS, text)) == spans(PLAIN_OWNED_THAT.finditer(text))
    if I._NUMBERED.search(text):
        assert I._numbered_somewhere(text)  # the cheap test never skips a numbered bill


def test_finditer_any_is_finditer_of_the_alternation_where_matches_overlap() -> None:
    first, second = re.compile(r"a[ab]*"), re.compile(r"b[ab]*b")
    text = "xbaab abbb b aab"
    assert spans(finditer_any((first, second), text)) == spans(re.compile(r"a[ab]*|b[ab]*b").finditer(text))
    assert list(finditer_any((), text)) == []
