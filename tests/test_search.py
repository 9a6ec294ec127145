"""Search: the query language, typo tolerance, filters, highlights, scopes and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.library.extract import extract
from tui.library.query import parse
from tui.library.search import Doc, SearchIndex, docs_from

DESK = Path(__file__).parent / "fixtures" / "desk"


def index(*texts: str, **meta: object) -> SearchIndex:
    return SearchIndex([Doc("quotes", t, **meta) for t in texts])  # type: ignore[arg-type]


def test_parse_operators_and_filters() -> None:
    q = parse("tax 'cut ^we work$ !budget levy | duty by:lacroix in:xinhua since:2021-11 until:2022")
    kinds = [(t.text, t.kind, t.negate) for t in q.terms]
    assert ("tax", "fuzzy", False) in kinds
    assert ("cut", "exact", False) in kinds
    assert ("we", "prefix", False) in kinds
    assert ("work", "suffix", False) in kinds
    assert ("budget", "fuzzy", True) in kinds
    alt = next(t for t in q.terms if t.alternatives)
    assert [a.text for a in alt.alternatives] == ["levy", "duty"]
    assert (q.speaker, q.outlet) == ("lacroix", "xinhua")
    assert q.since is not None and q.until is not None and q.since < q.until


def test_typo_missing_word_and_order() -> None:
    idx = index(
        "We will cut taxes for every family in the country",
        "The numbers simply do not work and every economist knows it",
        "Snow closed two hundred schools on Monday",
    )
    assert idx.search("famly taxes")[0].doc.text.startswith("We will cut taxes")  # one typo
    assert idx.search("cut for every family")[0].doc.text.startswith("We will")  # a word dropped
    assert idx.search("economist every knows")[0].doc.text.startswith("The numbers")  # out of order
    assert idx.search("nothing like this") == []


def test_exact_prefix_suffix_negation_and_or() -> None:
    idx = index("We will cut taxes", "We will raise taxes", "They cut the budget")
    assert {h.doc.text for h in idx.search("'cut")} == {"We will cut taxes", "They cut the budget"}
    assert {h.doc.text for h in idx.search("^we taxes")} == {"We will cut taxes", "We will raise taxes"}
    assert {h.doc.text for h in idx.search("taxes !raise")} == {"We will cut taxes"}
    assert {h.doc.text for h in idx.search("budget$")} == {"They cut the budget"}
    assert {h.doc.text for h in idx.search("raise | budget")} == {"We will raise taxes", "They cut the budget"}


def test_filters_by_speaker_outlet_and_date() -> None:
    docs = [
        Doc("quotes", "Taxes will fall next year", speaker="Jane Doe", outlet="Wire", published=1_700_000_000.0),
        Doc("quotes", "Taxes will rise next year", speaker="John Smith", outlet="Post", published=1_600_000_000.0),
    ]
    idx = SearchIndex(docs)
    assert [h.doc.speaker for h in idx.search("taxes by:doe")] == ["Jane Doe"]
    assert [h.doc.speaker for h in idx.search("taxes in:post")] == ["John Smith"]
    assert [h.doc.speaker for h in idx.search("taxes since:2022")] == ["Jane Doe"]
    assert [h.doc.speaker for h in idx.search("taxes until:2021")] == ["John Smith"]
    twins = SearchIndex(
        [
            Doc("quotes", "We stand by the plan", speaker="Old", published=1_500_000_000.0),
            Doc("quotes", "We stand by the plan", speaker="New", published=1_700_000_000.0),
        ]
    )
    assert [h.doc.speaker for h in twins.search("stand plan")] == ["New", "Old"]  # ties go to the newest


def test_highlight_spans_cover_matched_words() -> None:
    (hit,) = index("We will cut taxes for every family").search("cut taxs")
    assert [hit.doc.text[s:e] for s, e in hit.spans] == ["cut", "taxes"]


def test_scopes_from_analysed_articles() -> None:
    results = [r for r in extract([str(DESK)]) if isinstance(r, tuple)]
    scopes = docs_from(results)
    assert SearchIndex(scopes["speakers"]).search("smith")[0].doc.speaker == "John Smith"
    assert "FFP" in SearchIndex(scopes["initiatives"]).search("family first")[0].doc.text
    assert SearchIndex(scopes["articles"]).search("snow schools")[0].doc.title.startswith("Storm")
    quote = SearchIndex(scopes["quotes"]).search("numbers work economist")[0].doc
    assert quote.speaker == "John Smith" and quote.start >= 0


def test_cli_search_and_queries_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["search", "numbrs economist", str(DESK), "--format", "jsonl"]) == 0
    (rec,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rec["query"] == "numbrs economist" and rec["results"][0]["speaker"] == "John Smith"
    qfile = tmp_path / "q.txt"
    qfile.write_text("cut taxes\nsnow\n")
    assert main(["search", "--queries", str(qfile), str(DESK)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["query"] for x in lines] == ["cut taxes", "snow"]
    assert main(["search", "snow schools", str(DESK), "--scope", "articles"]) == 0
    assert "Storm" in capsys.readouterr().out


def test_smart_case_holds_for_exact_terms() -> None:
    idx = index("It was a tiny cut.", "Cut taxes now, the minister said")
    assert [h.doc.text for h in idx.search("'Cut")] == ["Cut taxes now, the minister said"]
    assert {h.doc.text for h in idx.search("'cut")} == {"It was a tiny cut.", "Cut taxes now, the minister said"}


def test_filters_take_quoted_values() -> None:
    q = parse('by:"jean-pierre lacroix" china in:"new york times"')
    assert (q.speaker, q.outlet, [t.text for t in q.terms]) == ("jean-pierre lacroix", "new york times", ["china"])
    docs = [Doc("quotes", "China helps us a lot", speaker="Jean-Pierre Lacroix"),
            Doc("quotes", "China helps them a lot", speaker="Pierre Dupont")]  # fmt: skip
    assert [h.doc.speaker for h in SearchIndex(docs).search('by:"jean-pierre lacroix" china')] == [
        "Jean-Pierre Lacroix"
    ]


def test_hits_say_how_many_matched_in_all() -> None:
    idx = index(*[f"Taxes will fall in year {n}" for n in range(30)])
    hits = idx.search("taxes", limit=5)
    assert len(hits) == 5 and hits.total == 30 and hits.counted() == "5 of 30"
    assert idx.search("taxes", limit=50).counted() == "30 result(s)"


def test_outlet_and_date_from_the_path_and_in_matches_the_folder(tmp_path: Path) -> None:
    from tui.articles.pathmeta import outlet_and_date
    from tui.articles.sources import parse_bytes

    assert outlet_and_date("c/polnear-train/wash-post_2016-05-29_trump.txt")[0] == "Washington Post"
    assert outlet_and_date("c/xinhua/XIE19960703.0180.txt")[1].date().isoformat() == "1996-07-03"  # type: ignore[union-attr]
    assert outlet_and_date("c/bbc/politics/169.txt") == ("BBC", None)
    (a,) = parse_bytes(b"Tax plan\n\nThe minister said taxes will fall.\n", "c/breitbart_2015-12-03_tax.txt", "x")
    assert a.outlet == "Breitbart" and a.published is not None and a.published.year == 2015  # type: ignore[union-attr]
    docs = [Doc("quotes", "Taxes will fall", source="c/bbc/politics/1.txt"),
            Doc("quotes", "Taxes will rise", source="c/reuters/2.txt", published=1_700_000_000.0)]  # fmt: skip
    idx = SearchIndex(docs)
    assert [h.doc.text for h in idx.search("taxes in:politics")] == ["Taxes will fall"]
    hits = idx.search("taxes since:2020")
    assert [h.doc.text for h in hits] == ["Taxes will rise"] and "1 undated left out" in hits.counted()


def test_a_date_filter_not_understood_is_said_not_dropped() -> None:
    idx = index("Taxes will fall next year")
    hits = idx.search("taxes since:2000-13 until:tomorrow")
    assert [h.doc.text for h in hits] == ["Taxes will fall next year"]
    assert (
        "not understood" in hits.counted() and "since:2000-13" in hits.counted() and "until:tomorrow" in hits.counted()
    )


def test_a_result_shows_the_articles_own_date_as_the_list_does() -> None:
    from datetime import datetime, timedelta, timezone

    from tui.analysis import analyze
    from tui.articles import Article
    from tui.articles.dates import show_date
    from tui.library.search import corpus_views

    when = datetime(2000, 9, 30, 6, 0, tzinfo=timezone(timedelta(hours=8)))  # 29 Sep in UTC
    a = Article.build(id="x", source="x", title="T", paragraphs=['"We will win," Jane Doe said.'], published=when)
    docs, _ = corpus_views([(a, analyze(a))])
    assert {d.day for d in docs["quotes"]} == {"30 Sep 2000"} == {show_date(a.published)}
    assert show_date(when, time=True) == "30 Sep 2000 06:00 +08:00"  # an offset, never "CST"


def test_a_date_without_a_zone_is_read_as_utc_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """The list sorts a wire time without a zone as UTC; the index and since:/until: must read it the same,
    whatever the server's own time zone: 2000-09-30 00:30 (no zone) is on 30 September, after a story
    filed at 2000-09-30 08:00 +08:00 (00:00 UTC)."""
    import time
    from datetime import datetime, timedelta, timezone

    from tui.analysis import analyze
    from tui.articles import Article
    from tui.library.search import docs_from

    monkeypatch.setenv("TZ", "JST-9")  # nine hours ahead of UTC: a naive 00:30 read as local is 15:30 the day before
    time.tzset()
    try:
        naive = Article("a", "src", "Naive", "Budget talk resumes.", ((0, 20),), published=datetime(2000, 9, 30, 0, 30))
        zoned = Article(
            "b", "src", "Zoned", "Budget talk stalls.", ((0, 19),),
            published=datetime(2000, 9, 30, 8, 0, tzinfo=timezone(timedelta(hours=8))),
        )  # fmt: skip
        assert naive.sort_key() < zoned.sort_key()  # the list: the naive one is newer
        docs = docs_from([(a, analyze(a)) for a in (naive, zoned)])
        idx = SearchIndex(docs["articles"])
        assert sorted(h.doc.title for h in idx.search("budget since:2000-09-30")) == ["Naive", "Zoned"]
        assert [h.doc.title for h in idx.search("budget until:2000-09-29")] == []
        by_time = sorted(docs["articles"], key=lambda d: -(d.published or 0))
        assert [d.title for d in by_time] == ["Naive", "Zoned"]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_layered_index_hides_changed_files_and_finds_their_new_text() -> None:
    from tui.library.search import LayeredIndex

    def docs(source: str, *texts: str) -> list[Doc]:
        return [Doc("quotes", t, source=source, article_id=source) for t in texts]

    base = SearchIndex([*docs("a.txt", "the harvest failed again"), *docs("b.txt", "the harvest was good")])
    edited = LayeredIndex.over(base, {"a.txt"}, docs("a.txt", "the harvest recovered"))
    assert {h.doc.text for h in edited.search("harvest")} == {"the harvest was good", "the harvest recovered"}
    assert edited.search("harvest").total == 2 and not edited.search("failed")
    again = LayeredIndex.over(edited, {"b.txt", "c.txt"}, docs("c.txt", "a new harvest record"))
    assert {h.doc.text for h in again.search("harvest")} == {"the harvest recovered", "a new harvest record"}
    assert again.base is base  # one layer however many changes
