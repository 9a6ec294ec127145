"""The compacted terminal output draws exactly what Textual's output draws."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.terminal import PLAIN, compact_sgr

_TOKEN = re.compile(r"\x1b\[([0-9;]*)m|\x1b\[(\d*)(?:;(\d*))?H|\x1b\][^\x1b]*\x1b\\\\|(\n|\r)|(.)", re.S)


_ENDS = {"22": {"1", "2"}, "23": {"3"}, "24": {"4", "21"}, "25": {"5", "6"}, "27": {"7"}, "28": {"8"}, "29": {"9"}}


def drawn(stream: str) -> list[tuple[object, ...]]:
    """What a terminal shows: each character where it lands with the style in force, and each other sequence.
    The cursor starts where an earlier write left it, at an unknown place: positions before the first move
    are relative to it (("?", 0), 0)."""
    fg = bg = None
    attrs: frozenset[str] = frozenset()
    row: object = ("?", 0)
    col: object = 0
    out: list[tuple[object, ...]] = []
    for m in _TOKEN.finditer(stream):
        sgr, to_row, to_col, newline, char = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        if sgr is not None:
            codes = sgr.split(";") if sgr else ["0"]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c in ("", "0"):
                    fg = bg = None
                    attrs = frozenset()
                elif c in ("38", "48"):
                    n = 5 if codes[i + 1] == "2" else 3
                    value = tuple(codes[i : i + n])
                    fg, bg = (value, bg) if c == "38" else (fg, value)
                    i += n - 1
                elif c == "39":
                    fg = None
                elif c == "49":
                    bg = None
                elif c in _ENDS:
                    attrs = attrs - _ENDS[c]
                elif len(c) == 2 and c[0] in "39" and c[1] in "01234567":  # 3 alone is italic, not a colour
                    fg = c
                elif (len(c) == 2 and c[0] == "4" and c[1] in "01234567") or (len(c) == 3 and c[:2] == "10"):
                    bg = c
                else:
                    attrs = attrs | {c}
                i += 1
        elif to_row is not None:
            row, col = int(to_row or 1), int(to_col or 1)
        elif newline == "\r":
            col = 1
        elif newline == "\n":
            row = (row[0], row[1] + 1) if isinstance(row, tuple) else int(str(row)) + 1
        elif char is not None:
            # a space shows its background only, unless an attribute draws it in the foreground colour
            seen_fg = None if char == " " and not attrs & {"4", "7", "9", "21", "53"} else fg
            out.append((row, col, char, seen_fg, bg, attrs))
            col = (col[0], col[1] + 1) if isinstance(col, tuple) else int(str(col)) + 1
        else:
            out.append(("sequence", m.group(0)))
    return out


STYLES = [
    "38;2;224;224;224;48;2;18;18;18",
    "38;2;10;38;58;48;2;18;18;18",
    "1;38;2;254;166;43;48;2;18;18;18",
    "3;38;2;165;165;165;48;2;30;30;30",
    "48;2;30;30;30",
    "1",
    "38;5;12;48;5;0",
    "31;40",
]

segment = st.one_of(
    st.tuples(st.sampled_from(STYLES), st.text("ab │─", min_size=1, max_size=4)).map(
        lambda t: f"\x1b[{t[0]}m{t[1]}\x1b[0m"
    ),
    st.text("xy ", min_size=1, max_size=3),  # unstyled text
    st.builds(lambda r, c: f"\x1b[{r};{c}H", st.integers(1, 45), st.integers(1, 160)),
    st.builds(  # a piece of a line as Textual writes it: a move, the text, a move to where the text ends
        lambda r, c, t: f"\x1b[{r};{c}H{t}\x1b[{r};{c + len(t)}H",
        st.integers(1, 45),
        st.integers(1, 150),
        st.text("ab │─❝中", min_size=1, max_size=4),
    ),
    st.sampled_from(["\r\n", "\n", "\x1b]8;;https://x\x1b\\", "\x1b[0m", "\x1b[m", "\x1b[?25l"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(segment, max_size=40), st.sampled_from(["", "\x1b[1m", "\x1b[38;2;1;2;3;48;2;4;5;6m"]))
@example(  # italic ("3") after a space that dropped it: once read as a colour by drawn() above
    parts=["\x1b[38;2;224;224;224;48;2;18;18;18ma\x1b[0m", "\x1b[3;38;2;165;165;165;48;2;30;30;30ma\x1b[0m",
           "\x1b[38;2;224;224;224;48;2;18;18;18m \x1b[0m", "\x1b[3;38;2;165;165;165;48;2;30;30;30ma\x1b[0m"],
    left_on="",
)  # fmt: skip
def test_the_compacted_output_draws_the_same(parts: list[str], left_on: str) -> None:
    # `left_on`: a style an earlier write may have left on; the terminal shows what follows on top of it
    stream = "".join(parts)
    unknown, _ = compact_sgr(stream)  # nothing known of what came before
    assert drawn(left_on + unknown) == drawn(left_on + stream)
    assert len(unknown) <= len(stream) + len("\x1b[0m")
    # in two writes, the second told the style the first left on
    half = len(parts) // 2
    first, state = compact_sgr("".join(parts[:half]))
    second, _ = compact_sgr("".join(parts[half:]), state)
    assert drawn(left_on + first + second) == drawn(left_on + stream)


def test_runs_in_one_style_lose_their_resets() -> None:
    style = "\x1b[38;2;10;38;58;48;2;18;18;18m"
    stream = f"{style}╭\x1b[0m{style}─\x1b[0m\x1b[1;5H{style}╮\x1b[0m"
    out, left = compact_sgr(stream, PLAIN)
    assert out == "\x1b[38;2;10;38;58;48;2;18;18;18m╭─\x1b[1;5H╮\x1b[0m" and left == PLAIN


def test_only_what_changed_is_sent_and_a_dropped_attribute_resets() -> None:
    a, b = "\x1b[38;2;1;1;1;48;2;2;2;2m", "\x1b[38;2;3;3;3;48;2;2;2;2m"
    assert compact_sgr(f"{a}x\x1b[0m{b}y\x1b[0m", PLAIN)[0] == f"{a}x\x1b[38;2;3;3;3my\x1b[0m"
    bold = "\x1b[1;38;2;1;1;1;48;2;2;2;2m"
    assert compact_sgr(f"{bold}x\x1b[0m{b}y\x1b[0m", PLAIN)[0] == f"{bold}x\x1b[22;38;2;3;3;3my\x1b[0m"  # bold ends
    framed = "\x1b[51;38;2;1;1;1;48;2;2;2;2m"  # no code of its own ends it: a reset and the whole style
    assert compact_sgr(f"{framed}x\x1b[0m{b}y\x1b[0m", PLAIN)[0] == f"{framed}x\x1b[0;38;2;3;3;3;48;2;2;2;2my\x1b[0m"
    faint_bold = "\x1b[1;2;38;2;1;1;1;48;2;2;2;2m"  # 22 ends both: the faint that stays is set again
    faint = "\x1b[2;38;2;1;1;1;48;2;2;2;2m"
    assert compact_sgr(f"{faint_bold}x\x1b[0m{faint}y\x1b[0m", PLAIN)[0] == f"{faint_bold}x\x1b[22;2my\x1b[0m"


def test_a_move_to_where_the_cursor_is_is_not_sent() -> None:
    # Textual moves the cursor before every piece of a line; after text of known width it is already there.
    # After a character some terminals draw wider ("❝", emoji, CJK) the column is not known: the move stays.
    out, _ = compact_sgr("\x1b[2;5Hab\x1b[2;7Hc│\x1b[2;9H❝\x1b[2;10He\r\x1b[2;1Hf", PLAIN)
    assert out == "\x1b[2;5Habc│❝\x1b[2;10He\rf"
    soft, _ = compact_sgr("\x1b[3;1Ha\xadb\x1b[3;4Hc", PLAIN)  # a soft hyphen: one cell or none
    assert soft == "\x1b[3;1Ha\xadb\x1b[3;4Hc"


def test_an_erase_gets_the_exact_background() -> None:
    out, _ = compact_sgr("\x1b[38;2;1;1;1;48;2;2;2;2mx\x1b[0m\x1b[48;2;9;9;9m\x1b[2J", PLAIN)
    assert out.endswith("\x1b[0;48;2;9;9;9m\x1b[2J\x1b[0m") or out.endswith("\x1b[0;48;2;9;9;9m\x1b[2J")


def test_a_long_stream_compacts_piece_by_piece() -> None:
    """Each further piece of a long stream adds the same output however far in it stands: no state grows with the
    stream. Its time is measured in bench/hostile.py, never asserted here."""
    piece = "\x1b[38;2;1;1;1;48;2;2;2;2mab\x1b[0m\x1b[3;4H"
    size = [len(compact_sgr(piece * n, PLAIN)[0]) for n in (1_000, 2_000, 3_000, 4_000)]
    assert size[1] - size[0] == size[2] - size[1] == size[3] - size[2] > 0
