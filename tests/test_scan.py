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
from tui.analysis.lexicon import CUE, CUE_STARTS
from tui.analysis.scan import WordScan, matches

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
        "kin": A._KIN_WORDS,
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


BOUNDARY_PIECES = ["a", "and", "although", "though", " ", "  ", "-", " - ", " - - ", ",", ";", "“", "—", "who", "x"]


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
