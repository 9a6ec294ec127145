"""Property tests: no parser raises on arbitrary input, and every paragraph slices `text`."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.articles import Article
from tui.articles.sources import parse_bytes, parse_document

KINDS = ("text", "md", "json", "jsonl", "feed", "html")
lines = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(
            [
                "",
                "Source",
                "Editor",
                "Time",
                "2021-11-26 22:22:11",
                "by Xinhua writer X",
                "(note",
                ")",
                "    indented",
                "Related News",
                "Continue...",
                " Reuter",
                "---",
                "# h",
                '{"title": 1}',
                "<p>x</p>",
                "WASHINGTON _ x",
            ]
        ),
    ),
    max_size=30,
)


def check(items: list[object]) -> None:
    for a in items:
        if isinstance(a, Article):
            for (s, e), p in zip(a.spans, a.paragraphs, strict=True):
                assert a.text[s:e] == p and p


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, st.sampled_from(KINDS))
def test_no_parser_raises_on_text(ls: list[str], kind: str) -> None:
    check(parse_document("\n".join(ls), "h.txt", "h", kind))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.json", "x.jsonl", "x.md", "x.rss", "x.html", "x"]))
def test_no_parser_raises_on_bytes(data: bytes, name: str) -> None:
    check(parse_bytes(data, name, name))
