"""Fewer bytes to the terminal for the same screen.

Textual writes every run of text as a full SGR (colours and attributes), the text, and a reset: a border of
two characters in one style is two full styles and two resets. Two thirds of what a keystroke sends are these
sequences (18 of 27 KiB when the next article opens at 160x45), which a slow SSH link pays for.

The reader's driver passes what Textual writes through `compact_sgr`, which keeps the style Textual asks for
and the style the terminal has, and before any text sends only the difference: the colours that changed, the
attributes that were added, or a reset and the whole style when an attribute must go. The foreground of a
run of plain spaces is not seen, so it is not sent. Cursor moves keep the style; before anything else that may
paint (an erase, a line feed) or at the end of a write, the terminal is given Textual's exact style. The
screen the terminal shows is the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from textual.drivers.linux_driver import LinuxDriver

# an SGR and the text after it (one match a styled piece, as Textual writes them) | a cursor position | a line
# feed before a move | a carriage return | any other escape sequence (CSI, OSC up to ST or BEL, two-byte)
_TOKEN = re.compile(
    r"\x1b\[([0-9;]*)m([^\x1b\r\n]*)|\x1b\[(\d*)(?:;(\d*))?H|(\r?\n(?=\x1b\[(\d+);\d*H)|\r)"
    r"|(\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?|\n)"
)
# Text whose width every terminal agrees on, one cell a character: the cursor's column after it is known. Wider
# or zero-width characters (the soft hyphen, combining marks), emoji and anything a terminal may draw otherwise
# leave the column unknown.
_NARROW = re.compile(
    "[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u04ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2200-\u22ff\u2500-\u25fc]*"
)
_HIDDEN_FG = frozenset({"4", "7", "9", "21", "53"})  # attributes that draw a space in its foreground colour
# ECMA-48's codes that take one attribute away (22: bold and faint together), and the attributes each takes
_OFF = {"1": "22", "2": "22", "3": "23", "4": "24", "21": "24", "5": "25", "6": "25", "7": "27", "8": "28", "9": "29"}
_OFF["53"] = "55"
_TURNS_OFF = {off: frozenset(a for a, o in _OFF.items() if o == off) for off in set(_OFF.values())}


@dataclass(frozen=True, slots=True, eq=False)
class Sgr:
    """A terminal style. Each is made once (`sgr`), so one is equal to another only when it is the same object:
    the caches below hash and compare an object's identity, not its fields, which on a keystroke's few hundred
    styled pieces was a tenth of the reader's CPU."""

    fg: str = ""  # the parameters that set it ("38;2;1;2;3", "31"), "" for the default
    bg: str = ""
    attrs: frozenset[str] = frozenset()

    def apply(self, params: str) -> Sgr:
        """This style after an SGR with these parameters (a screen uses a few dozen: worked out once each)."""
        return _apply(self, params)

    def full(self) -> str:
        return "\x1b[" + ";".join(["0", *sorted(self.attrs), *(x for x in (self.fg, self.bg) if x)]) + "m"


_MADE: dict[tuple[str, str, frozenset[str]], Sgr] = {}


def sgr(fg: str, bg: str, attrs: frozenset[str]) -> Sgr:
    """The one Sgr with these fields (a screen uses a few dozen styles, a theme a few hundred)."""
    key = (fg, bg, attrs)
    made = _MADE.get(key)
    if made is None:
        made = _MADE[key] = Sgr(fg, bg, attrs)
    return made


PLAIN = sgr("", "", frozenset())


@lru_cache(maxsize=4096)
def _apply(self: Sgr, params: str) -> Sgr:
    """Sgr.apply, cached: a screen uses a few dozen styles and parameters."""
    fg, bg, attrs = self.fg, self.bg, set(self.attrs)
    codes = params.split(";") if params else ["0"]
    i = 0
    while i < len(codes):
        code = codes[i]
        if code in ("38", "48"):
            mode = codes[i + 1] if i + 1 < len(codes) else ""
            width = 5 if mode == "2" else 3 if mode == "5" else 2
            value = ";".join(codes[i : i + width])
            fg, bg = (value, bg) if code == "38" else (fg, value)
            i += width
            continue
        if code in ("", "0"):
            fg, bg, attrs = "", "", set()
        elif code == "39":
            fg = ""
        elif code == "49":
            bg = ""
        elif len(code) == 2 and code[0] in "39" and code[1] in "01234567":
            fg = code
        elif (len(code) == 2 and code[0] == "4" and code[1] in "01234567") or (len(code) == 3 and code[:2] == "10"):
            bg = code
        elif code in _TURNS_OFF:
            attrs -= _TURNS_OFF[code]
        else:
            attrs.add(code)
        i += 1
    return sgr(fg, bg, frozenset(attrs))


@lru_cache(maxsize=4096)
def _delta(have: Sgr, want: Sgr, spaces: bool) -> tuple[str, Sgr]:
    """The shortest SGR that takes the terminal from `have` to `want` for this text, and the style it leaves:
    the changes, or a reset and the whole style."""
    if have == want:
        return "", have
    full = want.full()
    if spaces and not (want.attrs & _HIDDEN_FG):
        seen = sgr(have.fg, want.bg, want.attrs)  # a plain space shows its background only
        if seen == have:
            return "", have
        want_changes = seen
    else:
        want_changes = want
    gone = have.attrs - want_changes.attrs
    if not gone <= _OFF.keys():  # an attribute with no code of its own to end it: only a reset takes it away
        return full, want
    offs = {_OFF[a] for a in gone}  # an end code may end one that stays (22 ends bold and faint): set it again
    codes = sorted(offs) + sorted(
        (want_changes.attrs - have.attrs) | {a for a in want_changes.attrs if _OFF.get(a) in offs}
    )
    if want_changes.fg != have.fg:
        codes.append(want_changes.fg or "39")
    if want_changes.bg != have.bg:
        codes.append(want_changes.bg or "49")
    delta = "\x1b[" + ";".join(codes) + "m"
    return (delta, want_changes) if len(delta) <= len(full) else (full, want)


def compact_sgr(data: str, have: Sgr | None = None) -> tuple[str, Sgr | None]:
    """The same output in fewer bytes (linear in the data), and the style the terminal is left in.
    `have`: the terminal's style before it (None: not known, so the first change is sent in full)."""
    if have is None:  # passed on as it is up to its first reset, from where the style is known
        first = next((m for m in _TOKEN.finditer(data) if m.group(1) in ("", "0")), None)
        if first is None:
            return data, None
        head, data, have = data[: first.start(2)], data[first.start(2) :], PLAIN
    else:
        head = ""
    out: list[str] = [head]
    want = have  # Textual's style: what the next text must be drawn in
    pos = 0
    row = col = 0  # where the cursor is, 1-based; 0: not known

    def text(chunk: str) -> None:
        nonlocal have, col
        sgr, have = _delta(have, want, chunk.strip(" ") == "")
        out.append(sgr)
        out.append(chunk)
        col = col + len(chunk) if col and _NARROW.fullmatch(chunk) else 0

    for m in _TOKEN.finditer(data):
        if m.start() > pos:
            text(data[pos : m.start()])
        pos = m.end()
        params, styled, to_row, to_col, cr, next_row, _other = m.groups()
        if params is not None:
            want = want.apply(params)
            if styled:
                text(styled)
        elif to_row is not None:  # a cursor move draws nothing and keeps the style; to where it is, it is not sent
            where = (int(to_row or 1), int(to_col or 1))
            if (row, col) != where:
                out.append(m.group(0))
                row, col = where
        elif next_row is not None and row and int(next_row) == row + 1:
            continue  # Textual's line feed between two lines it moves to anyway: the next line is on screen
        elif cr == "\r":
            out.append(cr)
            col = 1 if row else 0
        else:  # an erase, a line feed that may scroll, a link: the terminal's style as Textual means it
            if have != want:
                out.append(want.full())
                have = want
            out.append(m.group(0))
            row = col = 0
    if pos < len(data):
        text(data[pos:])
    if have != want:
        out.append(want.full())
        have = want
    return "".join(out), have


class CompactDriver(LinuxDriver):
    """Textual's terminal driver, writing compacted output; it knows the style each of its writes leaves on."""

    _sgr: Sgr | None = None

    def write(self, data: str) -> None:
        data, self._sgr = compact_sgr(data, self._sgr)
        super().write(data)
