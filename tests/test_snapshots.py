"""What the screen shows: SVG snapshots (pytest-textual-snapshot) of the reader's screens."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import SEED, Searched, Settle
from tui.app import NewsdeskApp

DESK = Path(__file__).parent / "fixtures" / "desk"
BROKEN = Path(__file__).parent / "fixtures" / "broken"


def seed_app() -> NewsdeskApp:
    return NewsdeskApp([str(SEED)], keymap={})


def test_main_80x24(snap_compare, settle: Settle) -> None:
    assert snap_compare(seed_app(), terminal_size=(80, 24), run_before=settle)


def test_main_160x45(snap_compare, settle: Settle) -> None:
    assert snap_compare(seed_app(), terminal_size=(160, 45), run_before=settle)


def test_help_screen(snap_compare, settle: Settle) -> None:
    assert snap_compare(seed_app(), terminal_size=(80, 24), run_before=settle, press=["question_mark"])


def test_narrowed_quotes_panel(snap_compare, settle: Settle) -> None:
    app = NewsdeskApp([str(DESK)], keymap={})
    assert snap_compare(app, terminal_size=(160, 45), run_before=settle, press=["3", "j", "enter"])


def test_problems_screen(snap_compare, monkeypatch, settle: Settle) -> None:
    # A relative path keeps the checkout's location out of the picture.
    monkeypatch.chdir(BROKEN.parent)
    app = NewsdeskApp([BROKEN.name], keymap={})
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle, press=["p"])


def test_search_screen(snap_compare, tmp_path, monkeypatch, settle: Settle, searched: Searched) -> None:
    monkeypatch.setenv("NEWSDESK_DATA", str(tmp_path))
    app = NewsdeskApp([str(DESK)], keymap={})

    async def search(pilot) -> None:
        await settle(pilot)
        await searched(pilot, "taxes family")

    assert snap_compare(app, terminal_size=(80, 24), run_before=search)


PEOPLE = Path(__file__).parent / "fixtures" / "people"
SEED_TITLE = "UN peacekeeping chief hopes to enhance cooperation with China"


def _at(settle: Settle, title: str, *keys: str):
    """Settle, join the speakers, open the article with this title, press keys, settle again."""

    async def run(pilot) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        screen.build_people()  # joined before the key, so no "joining…" notice may show, however slow the machine
        await settle(pilot)
        screen.go_to(next(i for i, a in enumerate(screen.desk.view) if a.title == title))
        await pilot.pause()
        await pilot.press(*keys)
        await settle(pilot)

    return run


def test_speaker_profile_80x24(snap_compare, settle: Settle) -> None:
    app = NewsdeskApp([str(PEOPLE)], keymap={})
    assert snap_compare(
        app, terminal_size=(80, 24), run_before=_at(settle, "Lawmakers question budget figures", "3", "P")
    )


def test_speaker_profile_160x45(snap_compare, settle: Settle) -> None:
    app = NewsdeskApp([str(PEOPLE)], keymap={})
    assert snap_compare(app, terminal_size=(160, 45), run_before=_at(settle, "President signs trade bill", "3", "P"))


def test_quote_versions_80x24(snap_compare, settle: Settle) -> None:
    app = NewsdeskApp([str(SEED), str(PEOPLE / "08_lacroix_report.txt")], keymap={})
    keys = ("4", "j", "j", "V")
    assert snap_compare(
        app, terminal_size=(80, 24), run_before=_at(settle, "UN official praises peacekeepers in South Sudan", *keys)
    )


def test_initiative_profile_80x24(snap_compare, settle: Settle) -> None:
    app = NewsdeskApp([str(SEED)], keymap={})
    keys = ("5", "j", "P")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_at(settle, SEED_TITLE, *keys))


def test_initiative_profile_160x45(snap_compare, settle: Settle) -> None:
    app = NewsdeskApp([str(SEED)], keymap={})
    assert snap_compare(app, terminal_size=(160, 45), run_before=_at(settle, SEED_TITLE, "5", "j", "P"))


def test_quote_versions_160x45(snap_compare, settle: Settle) -> None:
    app = NewsdeskApp([str(SEED), str(PEOPLE / "08_lacroix_report.txt")], keymap={})
    keys = ("4", "j", "j", "V")
    title = "UN official praises peacekeepers in South Sudan"
    assert snap_compare(app, terminal_size=(160, 45), run_before=_at(settle, title, *keys))
