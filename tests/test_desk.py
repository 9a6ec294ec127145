"""The Desk (tui.library.desk): the reader's list, read and starred, the jump list and changed files, in plain
Python, without a terminal. The screen's behaviour on top of it is tested with Pilot in test_app and
test_library_ui."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tui.analysis.model import Analysis, Quote, Speaker
from tui.articles.model import Article, LoadProblem
from tui.library.desk import NO_OUTLET, Desk, key_of, outlet_counts
from tui.library.state import State


def art(n: int, *, outlet: str = "Wire", day: int | None = None, title: str = "", source: str = "") -> Article:
    published = datetime(2020, 1, day) if day else None
    return Article.build(id=f"a{n}", source=source or f"/news/{n}.txt", title=title or f"Story {n}",
                         paragraphs=[f"Body {n}."], outlet=outlet, published=published)  # fmt: skip


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(State(tmp_path / "state.sqlite"))
    d.articles = [art(1, day=5, outlet="Zeta"), art(2, day=4, outlet=""), art(3, day=3, title="alpha"), art(4)]
    d.loaded = True
    d.refilter()
    return d


def titles(view: list[Article]) -> list[str]:
    return [a.title for a in view]


def test_filters_keep_the_article_being_read_in_the_unread_list(desk: Desk) -> None:
    first, second = desk.articles[:2]
    desk.mark_read(first)
    desk.current = second
    desk.mark_read(second)
    desk.cycle_filter()
    assert desk.showing() == "Showing unread articles (3)"
    assert second in desk.view and first not in desk.view  # read, but open: it stays until the reader moves on
    assert desk.toggle_star(desk.articles[2]) is True
    desk.cycle_filter()
    assert titles(desk.view) == ["alpha"] and desk.label() == "Articles · starred"


def test_sorts_reverse_and_undated_articles_stay_last(desk: Desk) -> None:
    assert titles(desk.view) == ["Story 1", "Story 2", "alpha", "Story 4"]
    desk.flip_sort()
    assert titles(desk.view) == ["alpha", "Story 2", "Story 1", "Story 4"]  # oldest first, the undated still last
    desk.flip_sort()
    desk.cycle_sort()
    assert desk.view[0].outlet == "Wire" and desk.view[-1].outlet == ""  # by outlet, none last
    desk.cycle_sort()
    assert titles(desk.view) == ["alpha", "Story 1", "Story 2", "Story 4"] and desk.label() == "Articles · by title"


def test_the_lists_settings_are_kept_and_restored(desk: Desk, tmp_path: Path) -> None:
    desk.cycle_sort()
    desk.flip_sort()
    desk.cycle_filter()
    state = State(tmp_path / "state.sqlite")
    again = Desk(state)
    again.restore(state.read_keys(), state.starred_keys(), {n: state.setting(n) for n in ("sort", "filter", "reverse")})
    assert (again.sort, again.filter, again.reverse) == ("outlet", "unread", True)
    again.restore(set(), set(), {"sort": "bogus", "filter": "../etc", "reverse": "yes"})
    assert (again.sort, again.filter, again.reverse) == ("outlet", "unread", False)  # nonsense is left out


def test_outlets(desk: Desk) -> None:
    desk.mark_read(desk.articles[0])
    assert desk.outlets() == [("Wire", 2, 2), (NO_OUTLET, 1, 1), ("Zeta", 1, 0)]
    desk.choose_outlet(NO_OUTLET)
    assert titles(desk.view) == ["Story 2"]
    assert outlet_counts([], set()) == []


def test_read_marks_are_written_before_they_show_and_all_read_counts(desk: Desk, tmp_path: Path) -> None:
    assert desk.mark_read(desk.articles[0]) is True
    assert desk.mark_read(desk.articles[0]) is False  # already read: nothing written
    assert key_of(desk.articles[0]) in State(tmp_path / "state.sqlite").read_keys()
    assert desk.next_unread(0, 1) == 1 and desk.next_unread(1, -1) is None
    assert desk.all_read() == 3 and desk.all_read() == 0
    assert desk.next_unread(None, 1) is None


def test_an_unwritable_state_says_so_and_changes_nothing(desk: Desk) -> None:
    desk.state._write = lambda *a, **k: False  # type: ignore[union-attr, method-assign]
    assert desk.toggle_star(desk.articles[0]) is None and not desk.starred
    assert desk.all_read() is None and not desk.read


def test_index_of_lifts_a_filter_that_hides_the_article(desk: Desk) -> None:
    desk.toggle_star(desk.articles[0])
    desk.filter = "starred"
    desk.refilter()
    target = desk.articles[2]
    assert desk.index_of(target.source, target.id) == 2 and desk.filter == "all"
    assert desk.index_of("/elsewhere", "x") is None


def test_the_jump_list_goes_back_and_forward_and_skips_articles_gone(desk: Desk) -> None:
    a, b, c = desk.articles[:3]
    desk.current = a
    desk.remember_place()
    desk.current = b
    desk.remember_place()
    desk.current = c
    assert desk.jump(-1) == 1  # back to b
    desk.current = b
    assert desk.jump(1) == 2  # forward to c again
    desk.current = c
    desk.articles = [x for x in desk.articles if x is not b]
    desk.refilter()
    assert desk.jump(-1) == 0  # b went: back to a
    assert desk.jump(-1) is None


def test_the_article_to_keep_after_the_list_changes(desk: Desk) -> None:
    desk.current = desk.articles[2]
    assert desk.row_to_keep(None) == (desk.articles[2], 2)
    desk.auto_opened = True  # opened by the reader itself: the first row of a growing list wins
    assert desk.row_to_keep(None) == (None, None)
    desk.auto_opened = False
    desk.choose_outlet("Zeta")
    assert desk.row_to_keep(None) == (desk.articles[2], None)  # filtered out


def test_files_changed_replace_their_articles_and_say_what_happened_to_the_one_read(desk: Desk) -> None:
    old = desk.articles[1]
    desk.current = old
    changed = art(2, day=9, title="Story 2, corrected")
    new, reopen, gone = desk.files_changed({old.source}, [changed, LoadProblem("/news/9.txt", "not UTF-8")])
    assert new == [changed] and reopen is changed and gone is None and desk.current is None
    assert desk.articles[0] is changed and [p.reason for p in desk.problems] == ["not UTF-8"]
    desk.current = desk.articles[0]
    new, reopen, gone = desk.files_changed({changed.source}, [])
    assert new == [] and reopen is None and gone is changed and changed not in desk.articles


def test_a_saved_quote_keeps_its_speakers_title_and_a_second_save_unsaves(desk: Desk) -> None:
    desk.current = desk.articles[0]
    analysis = Analysis([Quote("Body", 0, 4, "Ann Lee")], [Speaker("Bo"), Speaker("Ann Lee", title="minister")], [], [])
    quote = analysis.quotes[0]  # as the Quotes panel hands it over: with its speaker's title
    assert desk.save_quote(quote) is True
    assert desk.saved_spans(desk.current) == {(0, 4)}
    assert desk.state is not None and desk.state.saved()[0].speaker_title == "minister"
    assert desk.save_quote(quote) is False and desk.saved_spans(desk.current) == set()
    assert Desk().save_quote(quote) is None  # no reading state: nothing kept


def test_an_articles_failed_analysis_is_listed_once(desk: Desk) -> None:
    for _ in range(2):
        desk.analysis_failed(desk.articles[0], "RecursionError")
    assert [p.reason for p in desk.problems] == ["RecursionError"]
