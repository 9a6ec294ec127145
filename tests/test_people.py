"""Speakers across the corpus (issue 17): one identity per person, profiles, and quotes shared by articles.

The joining rules are tested on hand-made analyses (so a change in the attribution rules cannot hide or fake a
result here), then end to end on small self-written articles: the store, the commands and the reader's screens.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.helpers import SEED, Searched, Settle
from tui.analysis import Analysis, Quote, Speaker
from tui.articles import Article
from tui.library import peoplestore
from tui.library.names import person_name
from tui.library.people import People
from tui.library.peopleprofile import versions_marked
from tui.library.peoplestore import MemoryPeople, StoredPeople, people_of, save
from tui.library.state import QuoteRef, article_key

PEOPLE = Path(__file__).parent / "fixtures" / "people"


def article(
    n: int, when: str | None, outlet: str, speakers: list[tuple[str, str | None]], quotes: list[tuple[str, str]] = ()
) -> tuple[Article, Analysis]:
    """An article whose analysis names `speakers` (name, title) and gives each quote (speaker, text)."""
    text = " ".join(q for _, q in quotes) or "Nothing was said."
    a = Article.build(
        id=f"a{n}.txt",
        source=f"/corpus/{outlet.lower()}/a{n}.txt",
        title=f"Article {n}",
        paragraphs=[text],
        outlet=outlet,
        published=datetime.fromisoformat(when) if when else None,
    )
    qs, pos = [], 0
    for who, q in quotes:
        qs.append(Quote(q, pos, pos + len(q), who))
        pos += len(q) + 1
    ss = [Speaker(name, title, person=not name.endswith("Corp")) for name, title in speakers]
    return a, Analysis(qs, ss, [], [])


def ident(people: People, name: str) -> dict:
    """The profile a typed name finds first (by its display name or any variant)."""
    found = people.find(name)
    assert found, [s["name"] for s in people.summaries()]
    return people.profile(found[0]["pid"])


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("Tony Blair", ("Tony", "Blair")),
        ("Mr Blair on Sunday", ("Blair",)),
        ("Earlier Tony Blair", ("Tony", "Blair")),
        ("President Clinton", ("Clinton",)),
        ("Secretary of State Madeleine Albright", ("Madeleine", "Albright")),
        ("Guillermo de la Dehesa", ("Guillermo", "de", "la", "Dehesa")),
        ("Ahmed al-Tayer", ("Ahmed", "al-Tayer")),
        ("Hillary Rodham Clinton's", ("Hillary", "Rodham", "Clinton")),
        ("The Clinton administration", None),
        ("A top Donald Trump adviser", None),
        ("Supporters of Islamic State", None),
        ("Ohio-based Gencorp", None),
        ("the Daily NK Web site", None),
        ("The Illinois Democrat", None),
        ("Plaid Cymru health spokesman", None),
        ("analysts", None),
    ],
)
def test_person_name(raw: str, parts: tuple[str, ...] | None) -> None:
    assert person_name(raw) == parts


def test_variants_of_one_person_are_one_identity() -> None:
    people = People.build([
        article(1, "1998-05-14", "AP", [("Bill Clinton", "President")], [("Bill Clinton", "one two three")]),
        article(2, "1998-06-05", "NYT", [("Clinton", "President")], [("Clinton", "four five six")]),
        article(3, "1999-01-02", "AP", [("William Jefferson Clinton", None)], [("William Jefferson Clinton", "x")]),
    ])  # fmt: skip
    p = ident(people, "Bill Clinton")
    assert (p["quotes"], p["articles"]) == (3, 3)
    assert {v for v, _ in p["variants"]} == {"Bill Clinton", "Clinton", "William Jefferson Clinton"}


def test_two_people_sharing_a_surname_stay_apart() -> None:
    """The title and the honorific say which Clinton a bare surname is; without either, it stays on its own."""
    people = People.build([
        article(1, "1998-05-14", "AP", [("Bill Clinton", "President")]),
        article(2, "1998-06-14", "AP", [("Bill Clinton", "President")]),
        article(3, "2000-07-20", "AP", [("Hillary Rodham Clinton", "Senate candidate"), ("Mrs. Clinton", None)]),
        article(4, "1998-06-05", "NYT", [("Clinton", "President")], [("Clinton", "the president spoke")]),
        article(5, "2000-08-01", "AP", [("Clinton", "candidate")], [("Clinton", "the candidate spoke")]),
    ])  # fmt: skip
    bill, hillary = ident(people, "Bill Clinton"), ident(people, "Hillary Rodham Clinton")
    assert bill["articles"] == 3 and bill["quotes"] == 1  # the president's bare "Clinton" is his
    assert hillary["articles"] == 2 and hillary["quotes"] == 1  # the candidate's is hers
    assert not {v for v, _ in bill["variants"]} & {"Hillary Rodham Clinton"}


def test_a_surname_with_no_evidence_is_kept_apart_and_says_whom_it_may_be() -> None:
    people = People.build([
        article(1, "2019-03-04", "Wire", [("Maria Okonkwo", "Finance Minister")]),
        article(2, "2019-03-10", "Wire", [("Daniel Okonkwo", "coach")]),
        article(3, "2019-03-12", "Wire", [("Okonkwo", None)], [("Okonkwo", "nobody knows which")]),
    ])  # fmt: skip
    rows = {s["name"]: s for s in people.summaries()}
    assert rows["Okonkwo"]["kind"] == "surname"
    assert {n for _, n in people.profile(rows["Okonkwo"]["pid"])["maybe"]} == {"Maria Okonkwo", "Daniel Okonkwo"}


def test_middle_initials_that_disagree_are_two_people() -> None:
    people = People.build([
        article(1, "2000-01-01", "AP", [("George W. Bush", "Governor")]),
        article(2, "1990-01-01", "AP", [("George H.W. Bush", "President")]),
        article(3, "1995-01-01", "AP", [("George Bush", None)]),
    ])  # fmt: skip
    rows = {s["name"]: s for s in people.summaries()}
    assert {"George W. Bush", "George H.W. Bush", "George Bush"} <= set(rows)
    maybe = {n for _, n in people.profile(rows["George Bush"]["pid"])["maybe"]}
    assert maybe == {"George W. Bush", "George H.W. Bush"}


def test_a_bare_name_with_another_role_does_not_join_the_middle_initial() -> None:
    people = People.build([
        article(1, None, "Reuters", [("Robert O. Anderson", "Atlantic Richfield chairman")]),
        article(2, None, "Reuters", [("Robert Anderson", "former Secretary of the Treasury")]),
        article(3, None, "Reuters", [("Robert Anderson", "chairman")]),
    ])  # fmt: skip
    rows = {s["name"]: s for s in people.summaries()}
    assert rows["Robert O. Anderson"]["articles"] == 2  # the chairman is he
    assert rows["Robert Anderson"]["articles"] == 1  # the Treasury Secretary is not


def test_one_name_with_nothing_tying_its_bearers_is_two_identities() -> None:
    """A judge in a 1999 paper and a police chief in an undated web story: same name, no shared outlet, role or
    years, so two people, each possibly the other."""
    people = People.build(
        [
            article(1, "1999-05-01", "NYT", [("Thomas Jackson", "judge")]),
            article(2, None, "Web", [("Thomas Jackson", "police chief")]),
        ]
    )
    rows = [s for s in people.summaries() if s["name"] == "Thomas Jackson"]
    assert len(rows) == 2
    assert people.profile(rows[0]["pid"])["maybe"] == [(rows[1]["pid"], "Thomas Jackson")]


def test_organisations_and_descriptors_never_join_people() -> None:
    people = People.build([
        article(1, "2000-01-01", "AP", [("Dale Smith", "chairman"), ("Smith Corp", None), ("analysts", None)]),
        article(2, "2000-02-01", "AP", [("Smith Corp", None), ("Analysts", None)]),
    ])  # fmt: skip
    rows = {s["name"]: s for s in people.summaries()}
    assert rows["Dale Smith"]["articles"] == 1
    assert rows["Smith Corp"]["kind"] == "org" and rows["Smith Corp"]["articles"] == 2
    assert rows["analysts"]["kind"] == "descriptor"


def test_a_given_name_alone_joins_nobody() -> None:
    people = People.build([
        article(1, "2000-01-01", "AP", [("John Smith", "spokesman")]),
        article(2, "2000-01-02", "AP", [("John", None)], [("John", "a father speaks")]),
    ])  # fmt: skip
    assert ident(people, "John Smith")["articles"] == 1


def test_shared_quotes_are_linked_and_a_different_speaker_is_flagged() -> None:
    said = "we will bring the peacekeeping missions up to the standard they need"
    changed = "we must bring the peacekeeping missions up to the standard they need"
    people = People.build([
        article(1, "2021-11-26", "Xinhua", [("Jean-Pierre Lacroix", None)], [("Jean-Pierre Lacroix", said)]),
        article(2, "2021-11-27", "Wire", [("Jean-Pierre Lacroix", None)], [("Jean-Pierre Lacroix", changed)]),
        article(3, "2021-11-28", "Post", [("Antonio Guterres", None)], [("Antonio Guterres", said)]),
        article(4, "2021-11-28", "Post2", [("Antonio Guterres", None)], [("Antonio Guterres", "a sham")]),
        article(5, "2021-11-28", "Post3", [("Jean-Pierre Lacroix", None)], [("Jean-Pierre Lacroix", "a sham")]),
    ])  # fmt: skip
    assert len(people.groups) == 1  # "a sham" is too short to say two articles report one statement
    akey = people.articles[0].akey
    gid, n, conflict = people.shared_in(akey)[0]
    assert (n, conflict) == (3, 1)
    versions = people.group(gid)
    assert [v["outlet"] for v in versions] == ["Post", "Wire", "Xinhua"]  # newest first
    marked = versions_marked([v["text"] for v in versions])
    assert [w for w, differs in marked[1] if differs] == ["must"]


def test_a_quote_reported_by_more_articles_than_a_block_holds_is_still_one_group() -> None:
    """Every word of a quote 150 articles carry is in 150 quotes: too common to block by (SHARED_BLOCK), so the
    copies were never compared and the quote was not linked at all. Copies with the same words join at once."""
    from tui.library.people import SHARED_BLOCK

    said = "the peacekeeping budget will be cut by a third next year"
    n = SHARED_BLOCK + 50
    people = People.build([
        article(i, f"2021-{1 + i % 12:02d}-01", f"Outlet {i}", [("Ann Lee", None)], [("Ann Lee", said)])
        for i in range(n)
    ])  # fmt: skip
    assert len(people.groups) == 1
    assert people.shared_in(people.articles[0].akey)[0][1] == n


def test_the_store_answers_as_memory_does(tmp_path: Path) -> None:
    from tui.library.cache import Cache

    said = "one two three four five six"
    pairs = [
        article(1, "1998-05-14", "AP", [("Bill Clinton", "President")], [("Bill Clinton", said)]),
        article(2, "1998-06-05", "NYT", [("Clinton", "President")], [("Clinton", said)]),
    ]
    people = People.build(pairs)
    memory = MemoryPeople(people)
    cache = Cache(tmp_path / "c.sqlite")
    save(cache, "fam", "fam:1", people)
    stored = StoredPeople(cache, "fam:1")

    def same(x: object) -> object:
        return json.loads(json.dumps(x))

    assert same(stored.summaries()) == same(memory.summaries())
    pid = memory.find("clinton")[0]["pid"]
    assert stored.find("clinton")[0]["pid"] == pid
    assert same(stored.profile(pid)) == same(memory.profile(pid))
    akey = people.articles[0].akey
    assert stored.shared_in(akey) == memory.shared_in(akey) and stored.shared_in(akey)
    (gid, _, _), *_ = memory.shared_in(akey).values()
    assert same(stored.group(gid)) == same(memory.group(gid)) and len(stored.group(gid)) == 2
    assert [same(g) for g in stored.groups()] == [same(g) for g in memory.groups()]
    assert stored.speakers_of(akey) == memory.speakers_of(akey) == {"Bill Clinton": pid}
    assert stored.profile(10_000) is None and stored.group(10_000) == []


def test_the_table_of_older_joining_rules_is_dropped_not_left_behind(tmp_path: Path) -> None:
    """New joining rules are another family of rows; saving it drops the same sources' older family (the cache
    of a server upgraded ten times holds one table of each corpus, not ten), and leaves other corpora's."""
    from tui.library.cache import Cache
    from tui.library.peoplestore import open_stored

    people = People.build([article(1, "1998-05-14", "AP", [("Bill Clinton", "President")])])
    cache = Cache(tmp_path / "c.sqlite")
    save(cache, "old-rules", "k1", people, ["/corpus"])
    save(cache, "other-corpus", "k2", people, ["/elsewhere"])
    save(cache, "new-rules", "k3", people, ["/corpus"])

    def rows(family: str) -> int:
        return cache._run(
            lambda c: c.execute("SELECT count(*) FROM pp_people WHERE family = ?", (family,)).fetchone()[0], 0
        )

    assert rows("old-rules") == 0 and open_stored(cache, "k1") is None
    assert rows("new-rules") == rows("other-corpus") == 1 and open_stored(cache, "k2") is not None


def test_built_once_then_read_from_the_cache(tmp_path: Path) -> None:
    import shutil

    from tui.library.cache import Cache
    from tui.library.corpus import Library

    corpus = tmp_path / "people"
    shutil.copytree(PEOPLE, corpus)
    lib = Library(Cache(tmp_path / "c.sqlite"))
    calls = []

    def pairs() -> list:
        calls.append(1)
        articles, _ = lib.load_ordered([str(corpus)])
        return list(lib.pairs(articles))

    first = people_of(lib.cache, [str(corpus)], 10**7, pairs)
    second = people_of(lib.cache, [str(corpus)], 10**7, pairs)
    assert len(calls) == 1 and isinstance(second, StoredPeople)
    assert first.summaries() == second.summaries()
    (corpus / "09_new.txt").write_text(
        'A new story\n\nTime\n2019-03-15 09:00:00\n\nLAGOS, March 15 (Wire) -- "Nothing to add today," Finance '
        "Minister Maria Okonkwo said.\n"
    )
    third = people_of(lib.cache, [str(corpus)], 10**7, pairs)  # a changed corpus is another key: built again
    assert len(calls) == 2
    assert third.find("Maria Okonkwo")[0]["articles"] == 3


def _everything(people: People) -> tuple[object, ...]:
    """What a table serves, whole: the lines, every profile, the shared groups, the initiatives."""
    summaries = people.summaries()
    profiles = [people.profile(s["pid"]) for s in summaries]
    groups = [people.group(g) for g in people.group_ids()]
    return summaries, profiles, groups, people.initiative_summaries()


def test_a_changed_corpus_is_joined_again_from_the_parts_kept_reading_only_what_changed(tmp_path: Path) -> None:
    """Each article's part of the join is kept in the cache; a file added, one changed and one removed make
    the next build read those two articles' analyses only, and it joins what a build from scratch joins."""
    import shutil

    from tui.library.cache import Cache
    from tui.library.corpus import Library
    from tui.library.peoplestore import build_from, prune_filed

    corpus = tmp_path / "people"
    shutil.copytree(PEOPLE, corpus)
    lib = Library(Cache(tmp_path / "c.sqlite"))
    read: list[str] = []

    def pairs_of(articles: list) -> list:
        read.extend(a.id for a in articles)
        return list(lib.pairs(articles))

    def build() -> tuple[People, People]:
        articles, _ = lib.load_ordered([str(corpus)])
        with lib.cache.writer() as w:
            w._run(peoplestore._tables, None)
            kept = build_from(w, articles, pairs_of)
            prune_filed(w, [str(corpus)], articles)
        return kept, People.build(lib.pairs(articles))

    kept, fresh = build()
    assert len(read) == 8 and _everything(kept) == _everything(fresh)
    read.clear()
    kept, fresh = build()
    assert read == [] and _everything(kept) == _everything(fresh)  # nothing changed: nothing read
    (corpus / "09_new.txt").write_text(
        'A new story\n\nTime\n2019-03-15 09:00:00\n\nLAGOS, March 15 (Wire) -- "Nothing to add today," Finance '
        "Minister Maria Okonkwo said.\n"
    )
    changed = corpus / "07_hillary_clinton.txt"
    changed.write_text(changed.read_text().replace("Clinton said", "Clinton told reporters", 1))
    (corpus / "02_okonkwo_coach.txt").unlink()
    kept, fresh = build()
    assert sorted(read) == ["07_hillary_clinton.txt", "09_new.txt"]
    assert _everything(kept) == _everything(fresh)
    assert kept.find("Maria Okonkwo")[0]["articles"] == 3
    rows = lib.cache._run(lambda c: c.execute("SELECT akey FROM pp_filed").fetchall(), [])
    assert len(rows) == 8 and not any("02_okonkwo_coach" in r[0] for r in rows)  # one row an article, now


def _served(view: MemoryPeople | StoredPeople, akeys: list[str]) -> object:
    """Everything a table answers, whole, as JSON reads it back: lines, profiles, groups, initiatives and each
    article's links."""
    summaries = view.summaries()
    per_article = [(view.speakers_of(k), view.shared_in(k), view.initiatives_of(k)) for k in akeys]
    everything = (
        summaries, [view.profile(s["pid"]) for s in summaries], list(view.groups()), per_article,
        [view.initiative(i) for k in akeys for i in view.initiatives_of(k).values()],
    )  # fmt: skip
    return json.loads(json.dumps(everything))


def test_a_changed_corpus_rewrites_only_the_rows_that_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stored table is brought up to date in place: a new article quoting a new speaker makes and writes
    that speaker's row and its article's, a changed article those of the people it quotes; what it serves then
    equals a join from scratch, under the same ids for the identities that stayed."""
    import shutil

    from tui.library.cache import Cache
    from tui.library.corpus import Library

    corpus = tmp_path / "people"
    shutil.copytree(PEOPLE, corpus)
    lib = Library(Cache(tmp_path / "c.sqlite"))
    written: list[dict[str, int]] = []
    real = peoplestore.save
    monkeypatch.setattr(peoplestore, "save", lambda *a: written.append(real(*a)) or written[-1])

    def table() -> tuple[object, object, dict[str, int]]:
        articles, _ = lib.load_ordered([str(corpus)])
        view = people_of(lib.cache, [str(corpus)], 10**7, articles=lambda: articles,
                         pairs_of=lambda arts: list(lib.pairs(arts)))  # fmt: skip
        assert isinstance(view, StoredPeople)
        akeys = [article_key(a.source, a.id) for a in articles]
        return _served(view, akeys), _served(MemoryPeople(People.build(lib.pairs(articles))), akeys), written[-1]

    stored, fresh, first = table()
    assert stored == fresh and first["people"] == 6 and first["articles"] == 8

    def story(name: str, day: int, text: str) -> None:
        (corpus / name).write_text(f"A story\n\nTime\n2019-03-{day:02d} 09:00:00\n\nLAGOS (Wire) -- {text}\n")

    story(
        "09_new.txt",
        15,
        '"We will not borrow a single naira more than we need," Trade Minister Ann Lee said.\n\n'
        '"We will find the money," Bob Stone said.',
    )
    stored, fresh, counts = table()
    assert stored == fresh  # Okonkwo's words, shared now: her profile says so, her article's links too
    assert counts == {"people": 3, "initiatives": 0, "articles": 2, "groups": 1}
    for n in (10, 11):  # Bob Stone is Robert Stone by most names now: Ann Lee's profile names him so
        story(f"{n}_stone.txt", n, f'"Not one cent more than {n} million," Robert Stone said.')
    stored, fresh, counts = table()
    assert stored == fresh and counts["people"] == 2 and counts["articles"] == 2
    changed = corpus / "07_hillary_clinton.txt"
    changed.write_text(changed.read_text().replace("Clinton said", "Clinton told reporters", 1))
    stored, fresh, counts = table()
    assert stored == fresh
    assert counts["people"] == 1 and counts["articles"] == 0  # her profile; the links stay as they were
    for name in ("09_new.txt", "10_stone.txt", "11_stone.txt"):
        (corpus / name).unlink()
    stored, fresh, counts = table()
    assert stored == fresh and counts["people"] == 1  # Okonkwo's, no longer shared; the rows gone are deleted


def test_profile_of_the_fixture_people_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["speaker", "Maria Okonkwo", str(PEOPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Maria Okonkwo\n")
    assert "Every naira in this plan is accounted for" in out  # "Finance Minister Okonkwo", "Mrs Okonkwo"
    assert "final whistle" not in out and "fear nobody" not in out  # the coach's
    assert main(["speaker", "Nobody Here", str(PEOPLE)]) == 1
    assert "no speaker named 'Nobody Here'" in capsys.readouterr().err


def test_speakers_jsonl_lists_one_line_per_person(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["speakers", str(PEOPLE), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    names = [r["speaker"] for r in rows]
    assert names.count("Bill Clinton") == 1 and "Clinton" not in names
    bill = next(r for r in rows if r["speaker"] == "Bill Clinton")
    assert (bill["quotes"], bill["articles"], bill["first"], bill["last"]) == (2, 2, "14 May 1998", "05 Jun 1998")
    assert main(["speakers", str(PEOPLE), "--top", "2", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_shared_quotes_of_the_seed_and_a_second_report(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["quotes", "--shared", str(SEED), str(PEOPLE / "08_lacroix_report.txt")]) == 0
    out = capsys.readouterr().out
    assert "we **must** make sure" in out and "we **need** to make sure" in out
    assert main(["quotes", "--shared", str(PEOPLE / "08_lacroix_report.txt")]) == 1  # one article shares nothing


# The reader ------------------------------------------------------------------------------------


SIZES = [(80, 24), (160, 45)]


async def _open(pilot, screen, title: str) -> None:
    index = next(i for i, a in enumerate(screen.desk.view) if a.title == title)
    screen.go_to(index)
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
async def test_profile_from_the_speakers_panel_opens_the_article_at_the_quote(
    size: tuple[int, int], settle: Settle
) -> None:
    from tui.app import NewsdeskApp
    from tui.screens.profile import ProfileScreen
    from tui.widgets.reading import ReadingPane

    async with NewsdeskApp([str(PEOPLE)], keymap={}).run_test(size=size) as pilot:
        main = await settle(pilot)
        await _open(pilot, main, "Lawmakers question budget figures")
        await pilot.press("3", "P")
        profile = await settle(pilot)
        assert isinstance(profile, ProfileScreen)
        assert profile.profile["name"] == "Maria Okonkwo"
        assert profile.profile["articles"] == 2
        # newest article first; enter on its quote opens that article with the quote marked
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is main
        assert main.desk.current.title == "Lawmakers question budget figures"
        pane = main.query_one(ReadingPane)
        text = main.desk.current.text
        assert any(text[s:e].startswith("Every naira") for s, e in pane.marks)
        await pilot.press("ctrl+o")  # back where the profile was opened from
        await pilot.pause()
        assert main.desk.current.title == "Lawmakers question budget figures"


async def test_versions_of_a_shared_quote_show_what_differs(settle: Settle) -> None:
    from tui.app import NewsdeskApp
    from tui.screens.profile import VersionsScreen
    from tui.widgets.panels import QuotesPanel

    app = NewsdeskApp([str(SEED), str(PEOPLE / "08_lacroix_report.txt")], keymap={})
    async with app.run_test(size=(80, 24)) as pilot:
        main = await settle(pilot)
        await _open(pilot, main, "UN official praises peacekeepers in South Sudan")
        await pilot.press("4")
        panel = main.query_one(QuotesPanel)
        at = next(i for i, q in enumerate(panel.quotes) if q.text.startswith("Given the threats"))
        panel.highlighted = at
        await pilot.press("V")
        versions = await settle(pilot)
        assert isinstance(versions, VersionsScreen)
        assert [v["outlet"] for v in versions.versions] == ["Wire", "Xinhua"]
        await pilot.press("j", "enter")  # the second version: the seed's
        await pilot.pause()
        assert pilot.app.screen is main and main.desk.current.source == str(SEED)
        await pilot.press("ctrl+o", "4")
        await pilot.pause()
        panel.highlighted = next(i for i, q in enumerate(panel.quotes) if q.text.startswith("Given the threats"))
        await pilot.press("V")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        # once the links are built, the Quotes panel says which quotes other articles report
        rows = [str(main.query_one(QuotesPanel).get_option_at_index(i).prompt) for i in range(len(panel.quotes))]
        assert sum("also in 1 other article" in r for r in rows) == 2


async def test_a_quote_no_other_article_reports_says_so(settle: Settle) -> None:
    from tui.app import NewsdeskApp

    async with NewsdeskApp([str(PEOPLE)], keymap={}).run_test(size=(80, 24)) as pilot:
        main = await settle(pilot)
        await _open(pilot, main, "Coach pleased with young squad after friendly")
        await pilot.press("4", "V")
        await settle(pilot)
        assert pilot.app.screen is main
        assert any("No other article reports this quote" in str(n.message) for n in pilot.app._notifications)


async def test_profile_from_a_search_result_and_from_the_palette(settle: Settle, searched: Searched) -> None:
    from tui.app import NewsdeskApp
    from tui.screens.profile import ProfileScreen

    async with NewsdeskApp([str(PEOPLE)], keymap={}).run_test(size=(80, 24)) as pilot:
        main = await settle(pilot)
        search = await searched(pilot, "@okonkwo")
        assert search.hits and search.hits[0].doc.speaker.endswith("Okonkwo")
        await pilot.press("tab", "P")
        profile = await settle(pilot)
        assert isinstance(profile, ProfileScreen)
        # the speaker as that article names them ("Mr Okonkwo", the coach): the person, with all their articles
        hit = search.hits[0].doc
        assert hit.article_id in {i["article_id"] for i in profile.profile["items"]}
        assert profile.profile["name"] in ("Daniel Okonkwo", "Maria Okonkwo") and profile.profile["articles"] == 2
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is main
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"profile daniel okonkwo")
        await settle(pilot)
        await pilot.pause(0.3)
        await pilot.press("enter")
        profile = await settle(pilot)
        assert isinstance(profile, ProfileScreen)
        assert profile.profile["name"] == "Daniel Okonkwo" and profile.profile["articles"] == 2


def test_an_initiative_is_one_across_its_acronym_and_its_name() -> None:
    from tui.analysis import Initiative

    def with_initiative(n: int, when: str, text: str, name: str, acronym: str | None, desc: str | None = None):
        a, an = article(n, when, f"Outlet{n}", [("Jean-Pierre Lacroix", None)], [("Jean-Pierre Lacroix", text)])
        at = text.find(acronym or name) if (acronym or name) in text else 0
        an.initiatives.append(Initiative(name, acronym, "initiative", [(at, at + len(acronym or name))], desc))
        return a, an

    people = People.build([
        with_initiative(1, "2021-11-26", "the A4P plan works", "Action for Peacekeeping", "A4P", "launched in 2018"),
        with_initiative(2, "2021-12-01", "we back A4P fully", "A4P", "A4P"),
        with_initiative(3, "2022-01-05", "Action for Peacekeeping is ours", "Action for Peacekeeping", None),
        with_initiative(4, "2022-01-06", "the Paris Agreement holds", "Paris Agreement", None),
    ])  # fmt: skip
    rows = people.initiative_summaries()
    a4p = next(r for r in rows if r["acronym"] == "A4P")
    assert (a4p["name"], a4p["articles"], a4p["mentions"]) == ("Action for Peacekeeping", 3, 3)
    profile = people.initiative(a4p["iid"])
    assert [d["text"] for d in profile["described"]] == ["launched in 2018"]
    lacroix = people.find("Jean-Pierre Lacroix")[0]["pid"]
    assert profile["speakers"] == [(lacroix, "Jean-Pierre Lacroix", 3)]  # quoted in the paragraphs that name it
    assert [i["outlet"] for i in profile["items"]] == ["Outlet3", "Outlet2", "Outlet1"]
    m = profile["items"][1]["mentions"][0]
    assert m["text"][m["at"] : m["at"] + m["length"]] == "A4P"
    assert len(rows) == 2


@pytest.mark.parametrize("size", SIZES)
async def test_initiative_profile_from_the_initiatives_panel(size: tuple[int, int], settle: Settle) -> None:
    from tui.app import NewsdeskApp
    from tui.screens.profile import InitiativeScreen
    from tui.widgets.panels import InitiativesPanel
    from tui.widgets.reading import ReadingPane

    async with NewsdeskApp([str(SEED)], keymap={}).run_test(size=size) as pilot:
        main = await settle(pilot)
        await pilot.press("5")
        panel = main.query_one(InitiativesPanel)
        panel.highlighted = next(i for i, x in enumerate(panel.initiatives) if x.acronym == "A4P+")
        await pilot.press("P")
        screen = await settle(pilot)
        assert isinstance(screen, InitiativeScreen)
        assert (screen.profile["acronym"], screen.profile["mentions"]) == ("A4P+", 3)
        await pilot.press("j", "enter")  # the second mention
        await pilot.pause()
        assert pilot.app.screen is main
        second = screen.profile["items"][0]["mentions"][1]
        assert (second["start"], second["end"]) in main.query_one(ReadingPane).marks


async def test_speaker_results_are_one_a_person_once_speakers_are_joined(settle: Settle, searched: Searched) -> None:
    from tui.app import NewsdeskApp
    from tui.screens.profile import ProfileScreen

    async with NewsdeskApp([str(PEOPLE)], keymap={}).run_test(size=(80, 24)) as pilot:
        main = await settle(pilot)
        search = await searched(pilot, "@okonkwo")
        assert len(search.hits) > 2  # before: one a name ("Okonkwo", "Maria Okonkwo", "Daniel Okonkwo", ...)
        await pilot.press("escape")
        main.build_people()
        await settle(pilot)
        search = await searched(pilot, "@okonkwo")
        assert sorted(p["name"] for p in search.persons.values()) == ["Daniel Okonkwo", "Maria Okonkwo"]
        assert len(search.hits) == 2
        await pilot.press("tab", "enter")
        profile = await settle(pilot)
        assert isinstance(profile, ProfileScreen) and profile.profile["articles"] == 2


async def test_a_reader_opens_the_stored_table_without_building_it(tmp_path: Path, settle: Settle) -> None:
    """As a served session does (no background analysis): the links the server stored show at once; nothing
    is joined in the session until P or V asks."""
    from tui.app import NewsdeskApp
    from tui.cli import main
    from tui.library.cache import Cache
    from tui.library.corpus import Library
    from tui.library.peoplestore import StoredPeople
    from tui.widgets.panels import QuotesPanel

    sources = [str(SEED), str(PEOPLE / "08_lacroix_report.txt")]
    cache = tmp_path / "cache.sqlite"
    assert main(["quotes", "--shared", *sources, "--cache", str(cache)]) == 0  # joins and stores, as the server
    app = NewsdeskApp(sources, keymap={}, library=Library(Cache(cache)))
    async with app.run_test(size=(80, 24)) as pilot:
        main_screen = await settle(pilot)
        assert isinstance(main_screen.people, StoredPeople)
        await _open(pilot, main_screen, "UN official praises peacekeepers in South Sudan")
        panel = main_screen.query_one(QuotesPanel)
        rows = [str(panel.get_option_at_index(i).prompt) for i in range(len(panel.quotes))]
        assert sum("also in 1 other article" in r for r in rows) == 2
    app = NewsdeskApp([str(PEOPLE)], keymap={}, library=Library(Cache(tmp_path / "other.sqlite")))
    async with app.run_test(size=(80, 24)) as pilot:
        assert (await settle(pilot)).people is None  # nothing stored for this corpus: nothing joined unasked


def test_the_commands_list_in_one_order_with_the_cache_and_without(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ties are listed alike both ways (more articles first, then by name): the stored table used to order them
    by its own ids, so `newsdesk speakers` and `--no-cache` disagreed."""
    from tui.cli import main

    outputs = []
    for cache in (["--cache", str(tmp_path / "c.sqlite")], ["--cache", str(tmp_path / "c.sqlite")], ["--no-cache"]):
        assert main(["speakers", str(PEOPLE), "--all", "--format", "csv", *cache]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] == outputs[2]
    names = [line.split(",")[0] for line in outputs[0].splitlines()[1:]]
    assert names[:3] == ["Daniel Okonkwo", "Maria Okonkwo", "Jean-Pierre Lacroix"]  # 4 quotes each; more articles first


async def test_versions_stand_side_by_side_and_scroll_to_the_one_the_cursor_is_on() -> None:
    """Five versions at 80 columns: two columns show, the others are a scroll to the right, and the keys reach
    each one; enter opens the version the cursor is on."""
    from textual.app import App

    from tui.app import NewsdeskApp
    from tui.screens.profile import VersionCard, VersionsScreen

    words = "We will bring peacekeeping up to standard in every mission"
    versions = [
        {"text": words.replace("every", f"each {i}"), "outlet": f"Outlet {i}", "day": f"0{i + 1} Jan 2024",
         "identity": "Jean-Pierre Lacroix", "speaker": "Lacroix", "source": f"s{i}.txt", "article_id": f"a{i}",
         "start": 10 * i, "end": 10 * i + 40}
        for i in range(5)
    ]  # fmt: skip
    chosen: list[object] = []

    class Host(App[None]):
        CSS_PATH = NewsdeskApp.CSS_PATH

        def on_mount(self) -> None:
            self.push_screen(VersionsScreen(versions), chosen.append)

    async with Host().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, VersionsScreen)
        cards = list(screen.query(VersionCard))
        box = screen.query_one("#versions-list")
        assert cards[0].region.x < cards[1].region.x and cards[0].region.y == cards[1].region.y  # side by side
        assert not box.region.contains_region(cards[4].region)  # beyond the right edge, at first
        await pilot.press("l", "right", "tab", "j")
        await pilot.pause()
        assert screen.at == 4 and box.region.contains_region(cards[4].region)
        await pilot.press("h")
        await pilot.press("enter")
        await pilot.pause()
    assert chosen == [QuoteRef("s3.txt", "a3", 30, 70)]


def test_a_big_corpus_has_its_speakers_joined_by_a_process_of_its_own(tmp_path: Path, monkeypatch) -> None:
    """The join takes about 1.4 GB at 100,000 articles, which the reader's heap would keep: from apart.APART_FROM
    articles a child process joins and stores the table, and the reader opens it; it serves what a join here
    would."""
    import shutil

    from tui.library import apart
    from tui.library.cache import Cache
    from tui.library.corpus import Library

    corpus = tmp_path / "people"
    shutil.copytree(PEOPLE, corpus)
    lib = Library(Cache(tmp_path / "c.sqlite"))
    articles, _ = lib.load_ordered([str(corpus)])
    fresh = MemoryPeople(People.build(lib.pairs(articles)))
    monkeypatch.setattr(apart, "APART_FROM", 1)

    def no_join_here(*args: object) -> object:
        raise AssertionError("the reader joined the speakers itself")

    monkeypatch.setattr(peoplestore, "build_from", no_join_here)  # the child is another process: not patched
    monkeypatch.setattr(People, "build", no_join_here)
    view = people_of(lib.cache, [str(corpus)], 10**7, articles=lambda: articles, pairs_of=lib.pairs, apart=True)
    assert isinstance(view, StoredPeople)
    akeys = [article_key(a.source, a.id) for a in articles]
    assert _served(view, akeys) == _served(fresh, akeys)
