"""tui.widgets.wrap breaks lines where Rich does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich._wrap import divide_line
from rich.text import Text

from tests.helpers import FIXTURES
from tui.widgets.reading import ReadingPane, _console, wrapped
from tui.widgets.wrap import breaks

words = st.lists(
    st.one_of(
        st.text("abcdefghij", min_size=1, max_size=14),
        st.sampled_from(["“quoted”", "—", "Müller", "l’état", "Ελλάδα", "中文", "a\u00a0b", "x\u0301", "...", "it’s"]),
    ),
    max_size=30,
)
gaps = st.sampled_from([" ", " ", " ", "  ", "   "])


@settings(max_examples=600, deadline=None)
@given(words, st.lists(gaps, min_size=31, max_size=31), st.integers(1, 40), st.booleans(), st.sampled_from(["", " "]))
def test_the_same_breaks_as_rich(ws: list[str], gs: list[str], width: int, fold: bool, edge: str) -> None:
    text = edge + "".join(w + g for w, g in zip(ws, gs, strict=False))[:10_000].rstrip(" ") + edge
    assert breaks(text, width, fold) == divide_line(text, width, fold=fold)


def test_news_text_is_broken_at_spaces() -> None:
    line = "“It is a sham,” said Jean-Pierre Lacroix, the under-secretary-general — on Friday."
    assert breaks(line, 20) == divide_line(line, 20) and len(breaks(line, 20)) == 4


def _styled(plain: str) -> Text:
    """The text with spans as an article's quotes, names and marks make them: some across line ends."""
    text = Text(plain, style="italic")
    for i, m in enumerate(re.finditer(r"\S+(?: \S+){0,3}", plain)):
        if i % 3 == 0:
            text.stylize("bold" if i % 2 else "green", m.start(), m.end() + (i % 5))
    return text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.text("abc ", max_size=60), st.sampled_from(["“Quote,” he said.", "", "\t x"])), max_size=8)
)
def test_the_pane_draws_the_lines_text_wrap_makes(paragraphs: list[str]) -> None:
    plain = "\n".join(paragraphs)
    for width in (1, 7, 30):
        assert_lines_as_rich(_styled(plain), width)


def test_articles_are_wrapped_as_rich_wraps_them() -> None:
    paths = sorted(FIXTURES.rglob("*.txt"))[:40]
    assert len(paths) > 10
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for width in (33, 84):
            assert_lines_as_rich(_styled(text), width)


def assert_lines_as_rich(text: Text, width: int) -> None:
    pane = ReadingPane()
    pane._text, pane._width, pane._lines = text, width, wrapped(text, width)
    ours = [pane.line_text(i) for i in range(len(pane._lines))]
    theirs = list(text.wrap(_console(), width))
    assert [(t.plain, t.spans, t.style) for t in ours] == [(t.plain, t.spans, t.style) for t in theirs]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.text("ab ", max_size=50), st.sampled_from(["❝“It is,” he said", "— L", "中文"])), max_size=4),
    st.integers(3, 40),  # narrower than the padding on both sides, Textual's own count fails
    st.sampled_from([{}, {"text_overflow": "ellipsis"}, {"line_pad": 1}, {"text_wrap": "nowrap"}]),
)
def test_a_panel_row_is_as_high_as_textual_counts_it(lines: list[str], width: int, rules: dict[str, object]) -> None:
    from textual.content import Content

    from tui.widgets.panels import row_height

    row = Text("\n".join(lines))
    row.stylize("bold", 0, 3)
    ours = row_height(row, width, rules)  # type: ignore[arg-type]
    assert ours is None or ours == Content.from_rich_text(row).get_height(rules, width)  # type: ignore[arg-type]
    assert ours is not None or rules.get("text_wrap") == "nowrap"
