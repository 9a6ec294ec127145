"""The reader, driven as a user would: Pilot for behaviour at 80x24 and 160x45."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.app import ComposeResult

from tests.helpers import AppFor, Ready, Searched, Until, complete
from tui.app import NewsdeskApp, load_keymap
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.problems import ProblemsScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.panels import InitiativesPanel, QuotesPanel, SpeakersPanel
from tui.widgets.reading import ReadingPane

DESK = Path(__file__).parent / "fixtures" / "desk"
SIZES = [(80, 24), (160, 45)]


@pytest.mark.parametrize("size", SIZES)
async def test_opens_newest_article_with_its_analysis(size: tuple[int, int], ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=size) as pilot:
        screen = await ready(pilot)
        assert [a.title for a in screen.desk.articles] == [
            "Finance minister promises tax cuts for families",
            "Storm closes schools across the north",
        ]
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Finance minister")
        speakers = screen.query_one(SpeakersPanel)
        assert [s.name for s in speakers.speakers][:2] == ["Jane Doe", "John Smith"]
        quotes = screen.query_one(QuotesPanel)
        assert [q.kind for q in quotes.quotes].count("direct") == 4
        assert quotes.option_count == len(quotes.quotes) == 7  # and then three reported statements
        assert [q.kind for q in quotes.quotes] == ["direct"] * 4 + ["indirect"] * 3
        assert [q.start for q in quotes.quotes[:4]] == sorted(q.start for q in quotes.quotes[:4])
        initiatives = screen.query_one(InitiativesPanel)
        assert {i.acronym for i in initiatives.initiatives} >= {"FFP"}


@pytest.mark.parametrize("size", SIZES)
async def test_next_and_previous_article_from_anywhere(size: tuple[int, int], ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=size) as pilot:
        screen = await ready(pilot)
        await pilot.press("4", "right_square_bracket")
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")
        await pilot.press("left_square_bracket")
        assert screen.desk.current.title.startswith("Finance")


@pytest.mark.parametrize("size", SIZES)
async def test_number_keys_focus_each_pane(size: tuple[int, int], ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=size) as pilot:
        await ready(pilot)
        for key, wid in (("1", "articles"), ("2", "pane"), ("3", "speakers"), ("4", "quotes"), ("5", "initiatives")):
            await pilot.press(key)
            assert pilot.app.focused is not None and pilot.app.focused.id == wid


@pytest.mark.parametrize(("size", "layout"), [((80, 24), "-narrow"), ((160, 45), "-wide")])
async def test_first_frame_is_laid_out_once_for_the_terminal(
    size: tuple[int, int], layout: str, app_for: AppFor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main screen is the app's own first screen, with its width's class before any Resize: a screen pushed
    on mount was laid out and painted once for nothing (and first drawn wide at 80 columns)."""
    classes: list[bool] = []
    real = MainScreen.compose

    def compose(self: MainScreen) -> ComposeResult:
        classes.append(self.has_class(layout))  # what the first layout sees
        return real(self)

    monkeypatch.setattr(MainScreen, "compose", compose)
    async with app_for().run_test(size=size) as pilot:
        assert len(pilot.app.screen_stack) == 1 and isinstance(pilot.app.screen, MainScreen)
        assert classes == [True]


@pytest.mark.parametrize("size", SIZES)
async def test_first_frame_painted_shows_the_first_article(
    size: tuple[int, int], app_for: AppFor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screen waits a moment for the loader's first part before its first layout: an empty frame painted
    first, then the article, cost a whole layout and paint before the title showed."""
    frames: list[str | None] = []
    real = NewsdeskApp._display

    def display(self: NewsdeskApp, screen: MainScreen, renderable: object) -> None:
        if renderable is not None and isinstance(screen, MainScreen):
            current = screen.desk.current
            frames.append(current.title if current is not None else None)
        real(self, screen, renderable)  # type: ignore[arg-type]

    monkeypatch.setattr(NewsdeskApp, "_display", display)
    async with app_for().run_test(size=size) as pilot:
        await pilot.pause()
        assert frames and frames[0] is not None and frames[0].startswith("Finance minister")


def test_the_panels_modules_load_after_the_first_frame(tmp_path: Path) -> None:
    """The side panels and the find bar mount after the first frame, so their modules (Textual's set-up of each
    widget class, ~4 ms of a 250 ms start) load then, not before the seed's title: the key bar's bindings and
    the find bar's reset on opening an article had loaded them first."""
    import os
    import subprocess
    import sys

    script = f"""
import asyncio, sys
from tui.app import NewsdeskApp
from tui.screens.main import MainScreen
loaded = []
real = NewsdeskApp._display
def display(self, screen, renderable):
    if renderable is not None and isinstance(screen, MainScreen) and not loaded:
        loaded.append(sorted(m for m in ("tui.widgets.panels", "tui.widgets.findbar") if m in sys.modules))
    real(self, screen, renderable)
NewsdeskApp._display = display
async def main():
    async with NewsdeskApp([{str(DESK)!r}], keymap={{}}).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert pilot.app.screen.query("#speakers"), "the panels mounted after all"
asyncio.run(main())
print(loaded[0])
"""
    env = {**os.environ, "NEWSDESK_CACHE": str(tmp_path / "c.sqlite"), "NEWSDESK_DATA": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


async def test_the_dialogs_sheet_is_read_with_the_first_dialog(ready: Ready, app_for: AppFor) -> None:
    """The dialogs' rules (styles/dialogs.tcss) are not parsed before the first frame, only when a dialog
    opens, and then they hold: the help box is centred, 90% wide."""
    async with app_for().run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        sheet = pilot.app.stylesheet
        assert not any("Dialog.DEFAULT_CSS" in str(where) for where in sheet.source)
        await pilot.press("question_mark")
        await pilot.pause()
        assert any("Dialog.DEFAULT_CSS" in str(where) for where in sheet.source)
        box = pilot.app.screen.query_one("#help-box")
        assert box.outer_size.width == 72 and box.region.x == 4  # 90% of 80, centred


async def test_narrow_hides_list_until_asked_and_wide_shows_all(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert not screen.query_one("#articles").display
        assert screen.query_one("#side").display
        await pilot.press("1")
        assert screen.query_one("#articles").display
        await pilot.press("escape")
        assert not screen.query_one("#articles").display
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        assert screen.query_one("#articles").display and screen.query_one("#side").display


@pytest.mark.parametrize("size", SIZES)
async def test_choosing_a_speaker_narrows_quotes_and_escape_clears(
    size: tuple[int, int], ready: Ready, app_for: AppFor
) -> None:
    async with app_for().run_test(size=size) as pilot:
        screen = await ready(pilot)
        await pilot.press("3", "j", "enter")  # the second speaker: John Smith
        quotes = screen.query_one(QuotesPanel)
        assert {q.speaker for q in quotes.quotes} == {"John Smith"}
        assert quotes.has_class("-narrowed")
        assert screen.query_one(ReadingPane).marks  # his mentions are marked
        await pilot.press("escape")
        assert quotes.option_count == 7 and not quotes.has_class("-narrowed")


@pytest.mark.parametrize("size", SIZES)
async def test_choosing_a_quote_scrolls_and_marks_it(size: tuple[int, int], ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=size) as pilot:
        screen = await ready(pilot)
        await pilot.press("4", "G", "enter")
        await pilot.pause()
        panel = screen.query_one(QuotesPanel)
        quote = panel.selected
        assert quote is not None and quote is panel.quotes[-1] and quote.speaker == "a ministry spokesman"
        assert screen.query_one(ReadingPane).marks == [(quote.start, quote.end)]


@pytest.mark.parametrize("size", SIZES)
async def test_initiative_steps_through_mentions(size: tuple[int, int], ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=size) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(InitiativesPanel)
        ffp = next(i for i, x in enumerate(panel.initiatives) if x.acronym == "FFP")
        await pilot.press("5", *(["j"] * ffp), "enter")
        mentions = sorted(panel.initiatives[ffp].mentions)
        assert screen.query_one(ReadingPane).marks == [mentions[0]]
        await pilot.press("n")
        assert screen.query_one(ReadingPane).marks == [mentions[1]]
        await pilot.press("N")
        assert screen.query_one(ReadingPane).marks == [mentions[0]]
        await pilot.press("c", "n")  # cleared: n steps no more
        assert screen.query_one(ReadingPane).marks == []


async def test_copy_quote_uses_osc52_clipboard_with_attribution(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("4", "y")
        assert pilot.app.clipboard.startswith("\u201cWe will cut taxes")
        assert "Jane Doe" in pilot.app.clipboard


async def test_reading_position_kept_between_articles(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(ReadingPane)
        await pilot.press("2", "G")
        await pilot.pause()
        y = pane.scroll_y
        assert y > 0
        await pilot.press("right_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert pane.scroll_y == y


async def test_help_and_problems_screens(tmp_path: Path, ready: Ready, app_for: AppFor) -> None:
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "ok.txt").write_text("Fine title\n\nA body.\n")
    async with app_for(tmp_path).run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape", "p")
        assert isinstance(pilot.app.screen, ProblemsScreen)
        assert "bad.bin" in pilot.app.screen.problems[0].source
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)


async def test_quit(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        assert pilot.app._exit


async def test_keymap_remaps_a_binding_by_id(tmp_path: Path, ready: Ready, app_for: AppFor) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"article.next" = "ctrl+n"\n')
    keymap = load_keymap(path)
    assert keymap == {"article.next": "ctrl+n"}
    async with app_for(keymap=keymap).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("ctrl+n")
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")
    assert load_keymap(tmp_path / "missing.toml") == {}
    (tmp_path / "broken.toml").write_text("= nope")
    assert load_keymap(tmp_path / "broken.toml") == {}


async def test_palette_lists_actions(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        titles = [c.title for c in pilot.app.get_system_commands(pilot.app.screen)]
        assert {"Next article", "Copy quote", "Show problems", "Keys"} <= set(titles)


@pytest.mark.parametrize("size", SIZES)
async def test_pane_scroll_keys(size: tuple[int, int], ready: Ready) -> None:
    async with NewsdeskApp([str(Path(__file__).parent.parent / "seeds")], keymap={}).run_test(size=size) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(ReadingPane)
        await pilot.press("2", "G")
        await pilot.pause()
        bottom = pane.scroll_y
        assert bottom == pane.max_scroll_y and bottom > 0
        await pilot.press("g")
        await pilot.pause()
        assert pane.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("b")
        await pilot.pause()
        assert pane.scroll_y == 0
        await pilot.press("j")
        await pilot.pause()
        assert pane.scroll_y == 1


@pytest.mark.parametrize("size", SIZES)
async def test_h_l_and_tab_move_between_panes(size: tuple[int, int], ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("2", "l")
        assert pilot.app.focused is not None and pilot.app.focused.id == "speakers"
        await pilot.press("h")
        assert pilot.app.focused.id == "pane"
        await pilot.press("tab")
        assert pilot.app.focused.id != "pane"


async def test_list_keys_and_mouse(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        await pilot.press("1", "G")
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")
        await pilot.press("g")
        await pilot.pause(0.2)
        assert screen.desk.current.title.startswith("Finance")
        await pilot.click("#articles", offset=(3, 3))  # the second row
        await pilot.pause(0.2)
        assert screen.desk.current.title.startswith("Storm")


async def test_nothing_unreachable_at_60x20(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(60, 20)) as pilot:
        screen = await ready(pilot)
        for key, wid in (("1", "articles"), ("2", "pane"), ("3", "speakers"), ("4", "quotes"), ("5", "initiatives")):
            await pilot.press(key)
            widget = screen.query_one(f"#{wid}")
            assert pilot.app.focused is widget and widget.region.width > 0 and widget.region.height > 0


async def test_theme_option_and_unknown_theme(ready: Ready) -> None:
    async with NewsdeskApp([str(DESK)], theme="nord", keymap={}).run_test() as pilot:
        await ready(pilot)
        assert pilot.app.theme == "nord"
    async with NewsdeskApp([str(DESK)], theme="no-such-theme", keymap={}).run_test() as pilot:
        await ready(pilot)
        assert pilot.app.theme != "no-such-theme"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSDESK_DATA", str(tmp_path))
    return tmp_path


async def test_search_narrows_as_you_type_and_enter_jumps_to_the_quote(
    data_dir: Path, ready: Ready, app_for: AppFor
) -> None:
    from textual.widgets import Input

    from tui.screens.search import SearchScreen

    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash")
        assert isinstance(pilot.app.screen, SearchScreen)
        search = pilot.app.screen
        await complete(pilot)
        await pilot.press(*"numbrs")
        await complete(pilot)
        await pilot.pause()
        assert [h.doc.speaker for h in search.hits] == ["John Smith"]
        assert search.hits[0].spans  # the matched word is highlighted
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, MainScreen)
        hit_quote = next(q for q in screen.analysis_of(screen.desk.current).quotes if q.text.startswith("The numbers"))
        assert screen.query_one(ReadingPane).marks == [(hit_quote.start, hit_quote.end)]
        # the query is remembered for the next search
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press("up")
        assert pilot.app.screen.query_one(Input).value == "numbrs"
        assert (data_dir / "search_history.txt").read_text().strip() == "numbrs"


async def test_search_scopes_and_escape_restores_view(
    data_dir: Path, ready: Ready, searched: Searched, app_for: AppFor
) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        before = screen.desk.current
        await searched(pilot, "@smith")
        assert pilot.app.screen.hits[0].doc.scope == "speakers"
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen) and screen.desk.current is before
        await searched(pilot, "#family first")
        assert "FFP" in pilot.app.screen.hits[0].doc.text
        await pilot.press("slash")  # typing a slash is just text in the input
        await pilot.press("escape")
        await searched(pilot, "snow by:garcia")
        assert [h.doc.speaker for h in pilot.app.screen.hits] == ["Maria Garcia"]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")


async def test_corpus_wide_views_from_speaker_and_initiative(
    data_dir: Path, ready: Ready, searched: Searched, app_for: AppFor
) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket")  # start on the other article
        await searched(pilot, "@smith")
        await pilot.press("enter")
        search = pilot.app.screen
        assert [h.doc.scope for h in search.hits] == ["quotes", "quotes"]
        assert {h.doc.speaker for h in search.hits} == {"John Smith"}
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, MainScreen)
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Finance")
        assert screen.query_one(ReadingPane).marks
        await searched(pilot, "#family first")
        await pilot.press("enter")
        assert [h.doc.title for h in pilot.app.screen.hits] == ["Finance minister promises tax cuts for families"]


@pytest.mark.parametrize("size", SIZES)
async def test_find_in_article_counts_and_steps(size: tuple[int, int], ready: Ready, app_for: AppFor) -> None:
    from textual.widgets import Input

    async with app_for().run_test(size=size) as pilot:
        screen = await ready(pilot)
        await pilot.press("f", *"tax")
        find = screen.query_one("#find", Input)
        text = screen.desk.current.text.casefold()
        expected = text.count("tax")
        assert len(screen.found) == expected and find.border_title == f"1/{expected}"
        await pilot.press("enter")
        assert pilot.app.focused is screen.query_one(ReadingPane)
        pane = screen.query_one(ReadingPane)
        assert pane.marks == screen.found
        await pilot.press("n")
        assert screen.found_at == 1
        # the match the reader is on is marked apart, and the counter stays in sight after enter
        assert pane.current_mark == screen.found[1] and str(pane.border_subtitle).startswith(f"find 2/{expected}")
        await pilot.press("N", "N")
        assert screen.found_at == expected - 1
        await pilot.press("escape")
        assert screen.found == [] and pane.marks == [] and not pane.border_subtitle


async def test_search_operators_and_filters_in_the_ui(data_dir: Path, ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await complete(pilot)
        search = pilot.app.screen

        async def query(text: str) -> list[str | None]:
            search.query_one("#search-input").value = text
            await complete(pilot)
            await pilot.pause()
            return [h.doc.speaker for h in search.hits]

        assert await query("'numbers") == ["John Smith"]
        assert set(await query("^we")) == {"Jane Doe", "Maria Garcia"}
        assert await query("pay now$") == ["Jane Doe"]
        assert await query("taxes !cut") == []  # the only "taxes" quote says "cut"
        assert set(await query("snow | numbers")) == {"Maria Garcia", "John Smith"}
        assert await query("snow in:nowhere") == []
        assert await query("snow since:2024-03-04 until:2024-03-04") == ["Maria Garcia"]
        assert await query("taxes until:2023") == []


async def test_same_file_name_in_two_folders_keeps_two_reading_positions(
    tmp_path: Path, ready: Ready, app_for: AppFor
) -> None:
    body = "\n\n".join(f"Paragraph {i} of a long article about the harbour and its ships." for i in range(60))
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"Harbour story {folder}\n\n{body}\n", encoding="utf-8")
    async with app_for(tmp_path / "a", tmp_path / "b").run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(ReadingPane)
        first = screen.desk.current
        await pilot.press("2", "G")
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.desk.current is not first and screen.desk.current.id == first.id
        assert pane.scroll_y == 0  # the other folder's article starts at its top


async def test_the_first_quote_keeps_its_speaker_line_when_the_analysis_arrives_later(ready: Ready) -> None:
    """The analysis now always arrives from a worker; the rows were measured before the scrollbar came."""
    from tests.helpers import SEED

    async with NewsdeskApp([str(SEED)], keymap={}).run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await complete(pilot)
        await pilot.pause()
        panel = pilot.app.screen.query_one(QuotesPanel)
        lines = ["".join(seg.text for seg in panel.render_line(y)) for y in range(panel.size.height)]
        speaker_at = next(i for i, line in enumerate(lines) if "— Jean-Pierre Lacroix" in line)
        second_quote_at = next(i for i, line in enumerate(lines) if i > 0 and line.lstrip().startswith(("“", "❝")))
        assert speaker_at < second_quote_at, lines


async def test_the_quotes_panel_measures_its_rows_again_at_a_new_width(ready: Ready) -> None:
    """The panels skip measuring when nothing changed since the last time; a narrower terminal changes the
    width, and every row is measured again at it, as Textual itself counts a row's lines."""
    from tests.helpers import SEED

    async with NewsdeskApp([str(SEED)], keymap={}).run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await complete(pilot)
        await pilot.pause()
        panel = pilot.app.screen.query_one(QuotesPanel)
        wide = panel.virtual_size.height
        await pilot.resize_terminal(100, 45)  # under 120 columns: the side column narrows
        await pilot.pause()
        await pilot.pause()
        width = panel.scrollable_content_region.width - panel._get_left_gutter_width()
        padding = panel.get_component_styles("option-list--option").padding
        rules = panel.styles
        theirs = sum(
            panel._get_visual(o).get_height(rules, width - padding.width)  # type: ignore[arg-type]
            for o in panel.options
        )
        assert panel.virtual_size.height == theirs > wide


SearchSession = Callable[[Path, str], Awaitable[tuple[object, list[tuple[str, str | None]], list[str]]]]


@pytest.fixture
def search_session(app_for: AppFor, ready: Ready, searched: Searched) -> SearchSession:
    """One reader session: the index it searched with, the hits for query, and the first hit's corpus view."""

    async def run(corpus: Path, query: str) -> tuple[object, list[tuple[str, str | None]], list[str]]:
        async with app_for(corpus).run_test(size=(160, 45)) as pilot:
            screen = await ready(pilot)
            await searched(pilot, query)
            search = pilot.app.screen
            hits = [(h.doc.text, h.doc.speaker) for h in search.hits]
            await pilot.press("enter")
            await pilot.pause()
            view = [h.doc.text for h in pilot.app.screen.hits]
            return screen.indexes["quotes"], hits, view

    return run


@pytest.mark.usefixtures("both_lists")
async def test_a_second_reader_searches_the_stored_index_with_the_same_results(
    tmp_path: Path, search_session: SearchSession
) -> None:
    import shutil

    from tui.library.diskindex import DiskIndex

    corpus = tmp_path / "desk"
    shutil.copytree(DESK, corpus)
    first_index, first, first_view = await search_session(corpus, "@smith")
    second_index, second, second_view = await search_session(corpus, "@smith")
    assert not isinstance(first_index, DiskIndex) and isinstance(second_index, DiskIndex)
    assert second == first and second_view == first_view and len(first_view) == 2
    (corpus / "extra.txt").write_text('Extra\n\nJohn Smith said: "The stored index is out of date now."\n')
    third_index, _, third_view = await search_session(corpus, "@smith")
    assert not isinstance(third_index, DiskIndex) and len(third_view) == 3  # a changed corpus is indexed again


async def test_results_typed_before_the_index_is_ready_come_up_when_it_is(
    monkeypatch: pytest.MonkeyPatch, ready: Ready, app_for: AppFor
) -> None:
    import time

    import tui.library.search as search_module

    views = search_module.corpus_views

    def slow_views(results: object) -> object:  # a large corpus, as far as the screen can tell
        time.sleep(1.5)
        return views(results)

    monkeypatch.setattr(search_module, "corpus_views", slow_views)
    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert screen.indexes is None
        await pilot.press("slash", *"numbrs")  # typed at once, while the index is being built
        search = pilot.app.screen
        assert "indexing the corpus" in str(search.query_one("#search-status").render())  # said while it builds
        await complete(pilot)
        assert screen.indexes is not None
        for _ in range(20):  # no key pressed from here on
            await pilot.pause(0.05)
            if search.hits:
                break
        assert [h.doc.speaker for h in search.hits] == ["John Smith"]


@pytest.mark.usefixtures("both_lists")
async def test_a_warm_start_opens_the_first_row_and_r_keeps_the_article_read(
    tmp_path: Path, ready: Ready, app_for: AppFor
) -> None:
    import shutil

    corpus = tmp_path / "desk"
    corpus.mkdir()
    shutil.copy(DESK / "storm.txt", corpus / "storm.txt")
    async with app_for(corpus).run_test(size=(80, 24)) as pilot:
        await ready(pilot)  # storm.txt is cached now
    shutil.copy(DESK / "budget.txt", corpus / "budget.txt")  # newer, not cached: it comes in a later part
    async with app_for(corpus).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        lst = screen.query_one("#articles")
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Finance")  # the first row
        assert lst.highlighted == 0
        await pilot.press("1", "j")  # the reader chooses the second row
        await pilot.pause()
        assert screen.desk.current.title.startswith("Storm")
        await pilot.press("r")
        await ready(pilot)
        assert screen.desk.current.title.startswith("Storm") and lst.highlighted == 1


async def test_keys_that_arrive_together_each_move_the_reading_pane(ready: Ready, app_for: AppFor) -> None:
    from textual import events

    seed = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seed"
    if not seed.is_dir():
        pytest.skip("no shared corpus")
    async with app_for(seed).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(ReadingPane)
        await pilot.press("2")
        for _ in range(5):  # one write of five keys, as over SSH: no frame between them
            pilot.app.post_message(events.Key("j", "j"))
        await pilot.pause(0.3)
        assert pane.scroll_y == 5
        page = pane.scrollable_content_region.height
        for _ in range(2):
            pilot.app.post_message(events.Key("space", " "))
        await pilot.pause(0.3)
        assert pane.scroll_y == min(5 + 2 * page, pane.max_scroll_y)


async def test_panels_count_one_quote_and_drop_the_handing_comma(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        speakers = screen.query_one(SpeakersPanel)
        rows = [str(speakers.get_option_at_index(i).prompt) for i in range(speakers.option_count)]
        assert not any("1 quotes" in r for r in rows)
        quotes = screen.query_one(QuotesPanel)
        assert all(
            not str(quotes.get_option_at_index(i).prompt).split("\n")[0].endswith(",")
            for i in range(quotes.option_count)
        )


async def test_escape_in_a_speakers_corpus_view_goes_back_to_the_results(
    ready: Ready, searched: Searched, app_for: AppFor
) -> None:
    from tui.screens.search import SearchScreen

    async with app_for().run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await searched(pilot, "@smith")
        search = pilot.app.screen
        await pilot.press("enter")  # John Smith's quotes across the corpus
        assert [h.doc.scope for h in search.hits] == ["quotes", "quotes"]
        await pilot.press("escape")
        await complete(pilot)
        await pilot.pause()
        assert isinstance(pilot.app.screen, SearchScreen)
        assert search.hits and search.hits[0].doc.scope == "speakers"
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)


async def test_palette_goes_to_an_article_of_the_list_as_it_shows(ready: Ready, app_for: AppFor) -> None:
    from tui.commands import GoToProvider

    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        await pilot.press("o", "o")  # sorted by title: list rows differ from load order
        provider = GoToProvider(screen)
        hits = [h async for h in provider.search("storm closes scols")]  # a typo
        assert hits and str(hits[0].text).startswith("Go to article: Storm closes")
        hits[0].command()
        await pilot.pause()
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")


async def test_an_article_result_shows_its_title_once_and_the_body_beneath(
    ready: Ready, searched: Searched, app_for: AppFor
) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await searched(pilot, ":storm")
        results = pilot.app.screen.query_one("#search-results")
        row = str(results.get_option_at_index(0).prompt)
        assert row.count("Storm closes schools") == 1 and "\n" in row


async def test_the_palette_has_one_keys_entry_and_search_and_find(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        titles = [c.title for c in pilot.app.get_system_commands(screen)]
        assert titles.count("Keys") == 1 and "Search" in titles and "Find in article" in titles


async def test_the_list_says_where_its_cursor_is(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        lst = screen.query_one("#articles")
        assert str(lst.border_subtitle) == "1 / 2"
        await pilot.press("1", "j")
        assert str(lst.border_subtitle) == "2 / 2"


@pytest.mark.usefixtures("both_lists")
async def test_sort_filter_and_theme_are_kept_for_the_next_run(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("o")  # by outlet
        pilot.app.theme = "nord"
        await pilot.pause()
        assert screen.desk.sort == "outlet"
    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert screen.desk.sort == "outlet" and pilot.app.theme == "nord"


@pytest.mark.usefixtures("both_lists")
async def test_a_list_its_filter_leaves_empty_says_why_and_which_keys_list_more(
    tmp_path: Path, ready: Ready, app_for: AppFor
) -> None:
    """The unread filter kept from the last run and every article read: the pane said "Loading…" for ever."""
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text("Only story\n\n2024-01-02 10:00\n\nBody of the only story.\n")
    async with app_for(folder).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("u", "v")  # read, then the unread list (the article being read stays in it)
        await pilot.pause()
        assert screen.desk.filter == "unread" and len(screen.desk.view) == 1
    async with app_for(folder, keymap={"list.filter": "V"}).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.pause()
        pane = screen.query_one(ReadingPane)
        assert screen.desk.current is None and not screen.desk.view
        assert pane.render_article().plain == (
            "No unread articles, of 1 in all. V: all, unread or starred; F: outlets."
        )  # the keys as the user has them
        await pilot.press("V")  # starred: none either
        await pilot.pause()
        assert pane.render_article().plain.startswith("No starred articles, of 1 in all.")
        await pilot.press("V")  # all: the article opens
        await pilot.pause()
        assert screen.desk.current is not None and pane.render_article().plain.startswith("Only story")


async def test_a_folder_with_no_article_says_so(tmp_path: Path, ready: Ready, app_for: AppFor) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "junk.bin").write_bytes(b"\x00\x01\x02" * 50)
    async with app_for(empty).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.pause()
        text = screen.query_one(ReadingPane).render_article().plain
        assert text == "No articles in these sources: 1 could not be read (p)."


def _sixty_stories(folder: Path) -> None:
    for i in range(60):
        (folder / f"{i:02d}.txt").write_text(f"Story {i}\n\n2024-01-{1 + i % 28:02d} 10:00\n\nBody {i}.\n")


async def test_after_a_resize_the_list_keeps_the_current_article_in_sight(
    tmp_path: Path, ready: Ready, app_for: AppFor
) -> None:
    _sixty_stories(tmp_path)
    async with app_for(tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        lst = screen.query_one("#articles")
        await pilot.press("1", *(["j"] * 40))
        await pilot.pause()
        await pilot.resize_terminal(120, 20)
        await pilot.pause(0.2)
        row = lst.highlighted * 2
        assert lst.scroll_y <= row < lst.scroll_y + lst.scrollable_content_region.height


async def test_moving_past_the_last_row_in_sight_brings_the_cursor_to_the_middle(
    tmp_path: Path, ready: Ready, app_for: AppFor
) -> None:
    # One row at a time past the edge scrolls the list once in half a screen, not at every key (each scroll
    # repaints the whole list: 4 KiB a key over SSH); up past the top the same.
    _sixty_stories(tmp_path)
    async with app_for(tmp_path).run_test(size=(160, 30)) as pilot:
        screen = await ready(pilot)
        lst = screen.query_one("#articles")
        await pilot.press("1")
        height = lst.scrollable_content_region.height
        scrolls = []
        for _ in range(30):
            before = lst.scroll_y
            await pilot.press("j")
            await pilot.pause()
            row = lst.highlighted * 2
            assert lst.scroll_y <= row < lst.scroll_y + height
            scrolls.append(lst.scroll_y != before)
        assert 1 < sum(scrolls) <= 30 // (height // 4)
        first = scrolls.index(True)
        assert not any(scrolls[first + 1 : first + height // 4])  # after a scroll, half a screen of moves
        await pilot.press("G", "k")
        await pilot.pause()
        for _ in range(height):  # upwards past the top of the view
            await pilot.press("k")
        await pilot.pause()
        row = lst.highlighted * 2
        assert lst.scroll_y + height // 4 <= row + 2


async def test_one_story_filed_twice_is_listed_once(tmp_path: Path, ready: Ready, app_for: AppFor) -> None:
    import shutil

    shutil.copy(DESK / "storm.txt", tmp_path / "storm.txt")
    (tmp_path / "again").mkdir()
    shutil.copy(DESK / "storm.txt", tmp_path / "again" / "storm-copy.txt")
    shutil.copy(DESK / "budget.txt", tmp_path / "budget.txt")
    async with app_for(tmp_path).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert sorted(a.title for a in screen.desk.articles) == [
            "Finance minister promises tax cuts for families",
            "Storm closes schools across the north",
        ]


async def test_a_key_on_a_speaker_lists_their_quotes_across_the_corpus(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        await pilot.press("3")
        speaker = screen.query_one(SpeakersPanel).speakers[0].name
        await pilot.press("a")
        await complete(pilot)
        for _ in range(20):
            await pilot.pause(0.05)
            if pilot.app.screen.hits:
                break
        hits = pilot.app.screen.hits
        assert hits and {h.doc.speaker for h in hits} == {speaker}


async def test_the_pane_shows_the_article_id_export_takes(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert str(screen.query_one(ReadingPane).border_title) == screen.desk.current.id


@pytest.mark.usefixtures("both_lists")
async def test_a_speaker_result_says_how_many_quotes_they_have_across_the_corpus(
    tmp_path: Path, ready: Ready, searched: Searched, app_for: AppFor
) -> None:
    import shutil

    corpus = tmp_path / "desk"
    shutil.copytree(DESK, corpus)
    for _ in range(2):  # the index built, then the stored one
        async with app_for(corpus).run_test(size=(160, 45)) as pilot:
            await ready(pilot)
            await searched(pilot, "@smith")
            row = str(pilot.app.screen.query_one("#search-results").get_option_at_index(0).prompt)
            assert row.startswith("John Smith") and "2 quotes" in row


def _lines(widget: object) -> str:
    """What a widget draws, all of its lines (also those scrolled out of sight), as text."""
    return "\n".join(s.text for s in widget.render_lines(widget.region.reset_offset))  # type: ignore[attr-defined]


async def test_a_remapped_key_shows_as_set_in_the_key_bar_the_help_and_the_palette(
    ready: Ready, app_for: AppFor
) -> None:
    from textual.widgets import Static

    keymap = {"app.quit": "x", "search.open": "ctrl+s", "quote.copy": "Y"}
    async with app_for(keymap=keymap).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        bar = str(screen.query_one("#keybar", Static).render())
        assert "x quit" in bar and "ctrl+s search" in bar and "Y copy" in bar and "q quit" not in bar
        help_ = {c.title: c.help for c in pilot.app.get_system_commands(screen)}
        assert help_["Search"].endswith("(ctrl+s)") and help_["Copy quote"].endswith("(Y)")
        await pilot.press("question_mark")
        await pilot.pause()
        text = _lines(pilot.app.screen.query_one("#help-keys", Static))
        # each row: its keys, two spaces, what they do ("? / x  every key / quit")
        rows = {line.strip().split("  ")[0]: line for line in text.splitlines() if line.strip()}
        keys_of_row = {
            what: keys for keys, line in rows.items() for what in ("quit", "search the corpus") if what in line
        }
        assert "x" in keys_of_row["quit"].replace("/", " ").split()
        assert "q" not in keys_of_row["quit"].replace("/", " ").split()
        assert "ctrl+s" in keys_of_row["search the corpus"].replace("/", " ").split()


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_the_help_covers_every_dialog_fits_160x45_and_scrolls_with_vim_keys(
    size: tuple[int, int], ready: Ready, app_for: AppFor
) -> None:
    async with app_for().run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        box = pilot.app.screen.query_one("#help-box")
        from textual.widgets import Static

        text = _lines(pilot.app.screen.query_one("#help-keys", Static))
        for group in ("Search", "Find bar", "Saved quotes", "Export", "Mouse"):
            assert f" {group} " in text
        if size == (160, 45):
            assert box.max_scroll_y == 0  # all of it in sight
            return
        assert box.max_scroll_y > 0
        await pilot.press("j", "j")
        assert box.scroll_y == 2
        await pilot.press("G")
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("g")
        assert box.scroll_y == 0


def test_the_readme_lists_the_keys_the_bindings_have() -> None:
    from tui.keys import markdown

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- keys:", 1)[1].split("-->\n", 1)[1].split("<!-- /keys -->", 1)[0]
    assert block == markdown(), "run python -m tui.keys and paste its output into the README"


def test_every_binding_in_the_help_exists_and_every_binding_is_in_the_help() -> None:
    from tui.keys import _CORE, _DIALOGS, _PANELS, SECTIONS, _bindings

    described = {i for _, rows in SECTIONS for row in rows for i in row.ids}
    declared = set(_bindings(_CORE)) | set(_bindings(_PANELS)) | set(_bindings(_DIALOGS))
    assert described <= declared
    # keys that only move within a dialog, or are the dialog's own close, may go undescribed
    undescribed = {i for i in declared - described if not i.startswith(("help.", "problems.", "panel.", "outlets."))}
    assert undescribed == set()


async def test_a_key_right_after_a_focus_key_goes_to_the_pane_just_focused(ready: Ready, app_for: AppFor) -> None:
    """Over SSH "4 j S" arrives in one write: the j is the Quotes panel's, not the pane's that had focus."""
    from textual import events

    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        quotes = screen.query_one(QuotesPanel)
        await pilot.press("2")
        for key in ("4", "j", "j"):  # no frame between them
            pilot.app.post_message(events.Key(key, key))
        await pilot.pause(0.3)
        assert pilot.app.focused is quotes and quotes.highlighted == 2
        for key in ("3", "j"):
            pilot.app.post_message(events.Key(key, key))
        await pilot.pause(0.3)
        assert screen.query_one(SpeakersPanel).highlighted == 1 and quotes.highlighted == 2


async def test_moving_through_the_list_never_lays_out_the_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: Ready, until: Until, app_for: AppFor
) -> None:
    """Opening the next article repaints the pane and panels; it does not re-arrange the screen (a layout
    repaints all of it: 55 ms and 30 KiB a key at 160x45), however long the text or many the quotes."""
    from textual.screen import Screen

    for i in range(8):
        quotes = " ".join(f'"Point {k} stands," Minister Ann Lee {i} said.' for k in range(1 + 6 * (i % 2)))
        body = "\n\n".join(["LONDON (Wire) -- A report."] + [quotes] * (1 + 20 * (i % 3 == 0)))
        (tmp_path / f"a{i}.txt").write_text(f"Story {i}\n\n2024-01-0{i + 1} 10:00\n\n{body}\n", encoding="utf-8")
    layouts: list[str] = []
    original = Screen._refresh_layout

    def counted(self: Screen, *args: object, **kwargs: object) -> None:
        layouts.append(type(self).__name__)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    async with app_for(tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        await pilot.press("1")
        await pilot.pause()
        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        opened = []
        lst = screen.query_one(ArticleList)
        for _ in range(7):
            await pilot.press("j")
            # keys closer than 0.1 s apart open where the cursor rests, 80 ms later: wait for that open
            await until(pilot, lambda: screen.desk.current is screen.desk.view[lst.highlighted or 0])
            opened.append(screen.desk.current.title if screen.desk.current else None)
        assert len(set(opened)) == 7 and layouts == []
        pane = screen.query_one(ReadingPane)
        assert screen.desk.current is not None and screen.desk.current.title in "".join(
            s.text for s in pane.render_lines(pane.region.reset_offset)
        )


async def test_z_zooms_the_focused_pane_and_escape_or_a_choice_ends_it(ready: Ready, app_for: AppFor) -> None:
    async with app_for().run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        lst = screen.query_one("#articles")
        narrow = lst.region.width
        await pilot.press("1", "z")
        await pilot.pause()
        assert screen.maximized is lst and lst.region.width == 160 > narrow  # whole titles
        await pilot.press("escape")
        await pilot.pause()
        assert screen.maximized is None and lst.region.width == narrow
        await pilot.press("2", "z")
        await pilot.pause()
        pane = screen.query_one(ReadingPane)
        assert screen.maximized is pane and pane.region.width == 160
        await pilot.press("z", "1", "z", "j", "enter")  # z again ends it; choosing in the zoomed list ends it
        await pilot.pause()
        assert screen.maximized is None and pilot.app.focused is pane
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")


async def test_a_quote_result_shows_its_paragraph_as_the_cursor_moves(
    data_dir: Path, ready: Ready, app_for: AppFor
) -> None:
    from textual.widgets import Static

    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash")
        search = pilot.app.screen
        await complete(pilot)
        await pilot.press(*"will")
        await complete(pilot)
        await pilot.pause()
        box = search.query_one("#search-context", Static)
        assert len(search.hits) >= 2 and box.display
        shown = str(box.render())
        first = search.hits[0].doc
        assert first.text.rstrip(",. ") in shown and len(shown) > len(first.text)  # the words around it too
        await pilot.press("ctrl+n")
        await pilot.pause()
        second = search.hits[1].doc
        assert second.text.rstrip(",. ") in str(box.render())
        context = screen.quote_context(second)
        assert context is not None and [context.plain[s.start : s.end] for s in context.spans] == [second.text]
        await pilot.press(*("backspace" for _ in "will"), *"@doe")  # speakers: no paragraph to show
        await complete(pilot)
        await pilot.pause()
        assert not box.display


async def test_an_article_whose_analysis_raises_reads_on_with_empty_panels_and_a_problem(
    monkeypatch: pytest.MonkeyPatch,
    ready: Ready,
) -> None:
    import tui.library.corpus as corpus_mod
    from tui.screens.problems import ProblemsScreen

    real = corpus_mod.analyze

    def flaky(article):
        if article.title.startswith("Storm"):
            raise RecursionError("a rule went wrong")
        return real(article)

    monkeypatch.setattr(corpus_mod, "analyze", flaky)
    async with NewsdeskApp([str(DESK)], keymap={}, library=corpus_mod.Library(None)).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket")
        await complete(pilot)
        await pilot.pause()
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")
        assert screen.query_one(QuotesPanel).option_count == 0 and screen.query_one(ReadingPane).article is not None
        assert any("RecursionError" in p.reason for p in screen.desk.problems)
        await pilot.press("p")
        assert isinstance(pilot.app.screen, ProblemsScreen)
        await pilot.press("escape", "left_square_bracket")  # the others still analyse
        await complete(pilot)
        await pilot.pause()
        assert screen.query_one(QuotesPanel).option_count > 0


async def test_a_worker_that_raises_is_a_notice_not_the_end_of_the_session(
    monkeypatch: pytest.MonkeyPatch, ready: Ready
) -> None:
    from tui.library import search as search_mod

    def broken(*_: object, **__: object) -> None:
        raise MemoryError("no room for the index")

    monkeypatch.setattr(search_mod, "corpus_views", broken)
    async with NewsdeskApp([str(DESK)], keymap={}).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        screen.build_indexes()
        for _ in range(100):  # (waiting on the worker itself would re-raise its error here)
            await pilot.pause(0.05)
            if pilot.app._notifications:
                break
        assert pilot.app.is_running and pilot.app.screen is screen
        assert any(
            "Building the search index stopped (MemoryError)" in str(n.message) for n in pilot.app._notifications
        )
        await pilot.press("right_square_bracket")  # and the reader goes on
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")


async def test_the_find_bar_finds_in_the_text_it_is_given_and_says_so_by_message() -> None:
    from textual.app import App

    from tui.widgets.findbar import FindBar

    seen: list[FindBar.Found | FindBar.Done] = []

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield FindBar()

        def on_find_bar_found(self, event: FindBar.Found) -> None:
            seen.append(event)

        def on_find_bar_done(self, event: FindBar.Done) -> None:
            seen.append(event)

    async with Host().run_test() as pilot:
        bar = pilot.app.query_one(FindBar)
        bar.search_in("Tax now, tax later: TAX.")
        bar.focus()
        await pilot.press(*"tax")
        await pilot.pause()
        found = [e for e in seen if isinstance(e, FindBar.Found)]
        assert found[-1].matches == [(0, 3), (9, 12), (20, 23)] and found[-1].current == (0, 3)
        assert bar.border_title == "1/3"
        assert bar.step(-1) and bar.counter == "3/3"
        await pilot.pause()
        assert seen[-1].current == (20, 23)  # type: ignore[union-attr]
        bar.reset("nothing here")
        assert bar.matches == [] and not bar.step(1)
        await pilot.press("x")
        await pilot.pause()
        assert bar.border_title == "no match" and seen[-1].current is None  # type: ignore[union-attr]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(seen[-1], FindBar.Done)


async def test_a_query_typed_in_the_same_write_as_the_slash_is_not_lost(
    ready: Ready, until: Until, app_for: AppFor
) -> None:
    """Over SSH or in tmux, "/storm" comes in one write: the letters reach the search screen before its input
    has focus, and went nowhere. They are the query's."""
    from textual import events
    from textual.widgets import Input

    from tui.screens.search import SearchScreen

    async with app_for().run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        for key, char in [("slash", "/"), *((c, c) for c in "storm")]:
            pilot.app.post_message(events.Key(key, char))  # as the driver posts a write's keys, no wait between
        await until(pilot, lambda: isinstance(pilot.app.screen, SearchScreen))
        screen = pilot.app.screen
        await until(pilot, lambda: screen.query_one(Input).value == "storm")


async def test_the_find_bar_types_a_slash_rather_than_open_the_search(
    ready: Ready, until: Until, app_for: AppFor
) -> None:
    from textual.widgets import Input

    from tui.widgets.findbar import FindBar

    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(screen.focused, Input))
        await pilot.press("a", "slash", "b")
        assert isinstance(pilot.app.screen, MainScreen)
        assert screen.query_one(FindBar).value == "a/b"


async def test_words_typed_in_the_same_write_as_f_are_the_find_bars(
    ready: Ready, until: Until, app_for: AppFor
) -> None:
    """ "fprison" in one write: the letters went to the list and the screen's keys (p opened the problems,
    r reloaded, s starred, o sorted). They are what is found."""
    from textual import events

    from tui.widgets.findbar import FindBar

    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("2")
        for c in "fprison":
            pilot.app.post_message(events.Key(c, c))  # as the driver posts a write's keys, no wait between
        await until(pilot, lambda: screen.query_one(FindBar).value == "prison")
        assert pilot.app.screen is screen and not screen.desk.starred and screen.desk.sort == "date"


async def test_n_sent_with_the_enter_that_closes_the_find_bar_steps_to_the_next_match(
    ready: Ready, until: Until, app_for: AppFor
) -> None:
    """ "tax", enter, n in one write: the n stepped nothing, it was typed into the bar ("taxn": no match)."""
    from textual import events

    from tui.widgets.findbar import FindBar

    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("2", "f", "t", "a", "x")
        bar = screen.query_one(FindBar)
        await until(pilot, lambda: len(bar.matches) > 1 and bar.at == 0)
        for key, char in [("enter", "\r"), ("n", "n")]:
            pilot.app.post_message(events.Key(key, char))  # one write: no wait between
        await until(pilot, lambda: bar.at == 1)
        assert bar.value == "tax" and not screen.has_class("-finding")


async def test_keys_sent_with_the_key_that_opens_a_dialog_are_the_dialogs(
    ready: Ready, until: Until, app_for: AppFor
) -> None:
    """ "F j enter" in one write: the j and enter went to the article list first (it moved and opened an
    article) and the outlets dialog opened after. They are the dialog's: the list stays where it was."""
    from textual import events

    from tui.screens.outlets import OutletsScreen

    async with app_for().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("1")
        lst = screen.query_one(ArticleList)
        before, current = lst.highlighted, screen.desk.current
        for key, char in [("F", "F"), ("j", "j"), ("enter", "\r")]:
            pilot.app.post_message(events.Key(key, char))  # one write: no wait between
        await until(pilot, lambda: not isinstance(pilot.app.screen, OutletsScreen) and screen.desk.outlet != "")
        assert lst.highlighted == before or screen.desk.current is not current  # the list moved only by the choice
        assert screen.desk.outlet  # the dialog's second row (the first outlet) was chosen
