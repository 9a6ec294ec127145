"""Markdown, JSON, JSON Lines, feeds and HTML pages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tui.articles import Article, LoadProblem
from tui.articles.feed import parse_feed
from tui.articles.html import parse_html
from tui.articles.jsondump import parse_json, parse_jsonl
from tui.articles.markdown import parse_markdown

MD = """---
title: Council adopts a resolution
date: 2024-05-01
source: Example Wire
author: [Ann Lee, Bo Chan]
---

# Ignored heading because front matter has the title

The council **adopted** the [resolution](http://x) on Tuesday.

> "It is a good day," the chair said.

- first point
- second point
"""


def test_markdown_front_matter_and_inline_markup() -> None:
    a = parse_markdown(MD, "a.md", "a")
    assert a.title == "Council adopts a resolution"
    assert a.outlet == "Example Wire"
    assert a.author == "Ann Lee, Bo Chan"
    assert a.published == datetime(2024, 5, 1)
    assert "The council adopted the resolution on Tuesday." in a.paragraphs
    assert '"It is a good day," the chair said.' in a.paragraphs
    assert "second point" in a.paragraphs


def test_markdown_heading_title_and_broken_front_matter() -> None:
    a = parse_markdown("---\n: [unclosed\n---\n# Head\n\nText.\n", "b.md", "b")
    assert a.title == "Head"
    assert a.paragraphs == ("Text.",)


def test_json_list_and_common_keys() -> None:
    raw = """{"articles": [
      {"headline": "One", "body": "First para.\\n\\nSecond para.", "published": "2024-01-02T03:04:05Z",
       "publisher": {"name": "Daily"}, "authors": [{"name": "A"}, {"name": "B"}], "url": "http://e/1"},
      {"title": "Two", "content": ["<p>HTML <b>para</b></p><p>next</p>"], "date": 1700000000},
      {"nothing": true},
      7
    ]}"""
    items = list(parse_json(raw, "d.json", "d"))
    arts = [x for x in items if isinstance(x, Article)]
    probs = [x for x in items if isinstance(x, LoadProblem)]
    assert [a.title for a in arts] == ["One", "Two"]
    assert arts[0].paragraphs == ("First para.", "Second para.")
    assert arts[0].outlet == "Daily" and arts[0].author == "A, B" and arts[0].url == "http://e/1"
    assert arts[0].published == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert arts[1].paragraphs == ("HTML para", "next")
    assert arts[1].published == datetime.fromtimestamp(1700000000, UTC)
    assert len(probs) == 2


def test_jsonl_bad_line_reported_with_number_good_lines_kept() -> None:
    raw = '{"title": "A", "text": "x"}\n{broken\n\n{"title": "C", "text": "z"}\n'
    items = list(parse_jsonl(raw, "d.jsonl", "d"))
    assert [x.title for x in items if isinstance(x, Article)] == ["A", "C"]
    (prob,) = [x for x in items if isinstance(x, LoadProblem)]
    assert "line 2" in prob.reason


def test_malformed_json_is_a_problem() -> None:
    (prob,) = list(parse_json('{"title": ', "x.json", "x"))
    assert isinstance(prob, LoadProblem) and "malformed JSON" in prob.reason


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example News</title>
<item><title>Story one</title><link>http://e/1</link><guid>g1</guid>
<pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;First &lt;em&gt;para&lt;/em&gt;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description></item>
<item><title>Story two</title><description>Plain text.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Entry</title><id>urn:1</id><updated>2024-02-03T04:05:06Z</updated>
<author><name>Kim</name></author>
<content type="html">&lt;p&gt;Body here.&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_become_articles() -> None:
    arts = list(parse_feed(RSS, "f.rss", "f"))
    assert [a.title for a in arts] == ["Story one", "Story two"]  # type: ignore[union-attr]
    one = arts[0]
    assert isinstance(one, Article)
    assert one.outlet == "Example News" and one.id == "g1" and one.url == "http://e/1"
    assert one.paragraphs == ("First para.", "Second.")
    assert one.published == datetime(2024, 1, 2, 10, tzinfo=UTC)


def test_atom_entry() -> None:
    (a,) = list(parse_feed(ATOM, "f.atom", "f"))
    assert isinstance(a, Article)
    assert (a.title, a.author, a.outlet, a.paragraphs) == ("Entry", "Kim", "Atom Wire", ("Body here.",))


def test_broken_feed_is_a_problem() -> None:
    (p,) = list(parse_feed("<rss><channel><item><title>x", "b.rss", "b"))
    assert isinstance(p, LoadProblem | Article)
    (q,) = list(parse_feed("not a feed at all", "c.rss", "c"))
    assert isinstance(q, LoadProblem)


PAGE = """<!doctype html><html><head><title>Ignore me | Site</title>
<meta property="og:title" content="Mayor opens the new bridge">
<meta property="og:site_name" content="City Paper">
<meta name="author" content="Jo Smith">
<meta property="article:published_time" content="2023-04-05T06:07:08Z"></head>
<body><nav>Home | News | Sport</nav><article><h1>Mayor opens the new bridge</h1>
<p>The mayor opened the bridge on Tuesday after three years of work on the river crossing.</p>
<p>"This bridge joins two halves of our city," the mayor said to a crowd of several hundred people.</p>
<p>Traffic is expected to flow from Wednesday morning, the council said in a statement.</p>
</article><footer>Copyright City Paper</footer></body></html>"""


def test_html_page_main_text() -> None:
    pytest.importorskip("trafilatura")
    a = parse_html(PAGE, "p.html", "p")
    assert isinstance(a, Article)
    assert a.title == "Mayor opens the new bridge"
    assert a.outlet == "City Paper"
    assert any("joins two halves" in p for p in a.paragraphs)
    assert not any("Home | News" in p for p in a.paragraphs)


def test_html_without_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def fake(name: str, *args: object, **kw: object) -> object:
        if name == "trafilatura":
            raise ImportError("no")
        return real(name, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", fake)
    p = parse_html(PAGE, "p.html", "p")
    assert isinstance(p, LoadProblem) and "newsdesk[html]" in p.reason


def test_wire_titles_without_bylines_notes_or_dates_and_with_entities_decoded() -> None:
    from tui.articles.text import parse_text

    a = parse_text(
        "1998-07-19 19:09\n\nRudolph still eludesBy Jennifer Brett\n\nAgents searched the hills.\n", "a", "a"
    )
    assert (a.title, a.author) == ("Rudolph still eludes", "Jennifer Brett")
    assert a.published is not None and a.published.year == 1998
    b = parse_text(
        "SPAIN FACING ITS FEARS By FRANK VIVIANO\n\n1999-05-24 03:41\n\nBILBAO, Spain _ Troops came.\n", "b", "b"
    )
    assert (b.title, b.author) == ("SPAIN FACING ITS FEARS", "Frank Viviano")
    c = parse_text(
        "(For use by N.Y. Times News Service clients)\n\nWolves return\n\nSomeone killed a wolf.\n", "c", "c"
    )
    assert c.title == "Wolves return"
    d = parse_text("&#163;1.8m fine for Viacom\n\nThe fine was &#163;1.8m &amp; more.\n", "d", "d")
    assert d.title == "£1.8m fine for Viacom" and d.paragraphs[0] == "The fine was £1.8m & more."


def test_a_headline_with_its_byline_or_copyright_on_the_next_line() -> None:
    from tui.articles.text import parse_text

    a = parse_text(
        "1999-02-24 13:29\n\nVirus worms into Eudora\nBy Jack Warner\nc. 1999 Cox News Service\n\nA virus.\n", "a", "a"
    )
    assert (a.title, a.author, a.outlet) == ("Virus worms into Eudora", "Jack Warner", "Cox News Service")
    b = parse_text(
        "KOLBE BREAKS GOP BARRIER By DAN FREEDMAN\nc.2000 Hearst Newspapers\n\nPHILADELPHIA _ A talk.\n", "b", "b"
    )
    assert (b.title, b.author) == ("KOLBE BREAKS GOP BARRIER", "Dan Freedman")
