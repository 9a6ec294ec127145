"""config.toml: one file of settings under the environment and the flags, never a reason not to start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import Ready
from tui.cli import main
from tui.cli.args import user_config
from tui.config import load_config, parse_size


def test_settings_come_from_the_file_under_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = "nord"\njobs = 3\nmax_size = "512K"\n\n[keymap]\n"article.next" = "ctrl+n"\n', encoding="utf-8"
    )
    config = load_config(path, environ={})
    assert (config.theme, config.jobs, config.max_size) == ("nord", 3, 512 * 1024)
    assert config.keymap == {"article.next": "ctrl+n"} and config.notices == ()
    env = {"NEWSDESK_THEME": "gruvbox", "NEWSDESK_JOBS": "0", "NEWSDESK_MAX_SIZE": "2"}
    config = load_config(path, environ=env)
    assert (config.theme, config.jobs, config.max_size) == ("gruvbox", 0, 2 << 20)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("theme = \n", "not valid TOML"),
        ("jobs = -2\n", "jobs = -2 makes no sense"),
        ('max_size = "lots"\n', "max_size = 'lots' makes no sense"),
        ("colour = 'red'\n", "unknown setting 'colour'"),
        ("keymap = 'q'\n", "keymap must be a table"),
    ],
)
def test_what_makes_no_sense_is_said_and_left_out(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\n' + text if "TOML" not in said else text, encoding="utf-8")
    config = load_config(path, environ={"NEWSDESK_JOBS": "many"})
    assert any(said in n for n in config.notices), config.notices
    assert any("NEWSDESK_JOBS='many'" in n for n in config.notices)
    assert config.jobs is None


def test_sizes_read_as_the_flag_reads_them() -> None:
    assert parse_size("20") == 20 << 20 and parse_size(0.5) == 1 << 19 and parse_size("500KB") == 500 << 10
    assert parse_size("1G") == 1 << 30
    for bad in ("0", "-1", "abc", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_size(bad)


def test_commands_take_max_size_from_the_config_and_a_flag_wins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text("Small\n\nA short one.\n", encoding="utf-8")
    (corpus / "big.txt").write_text("Big\n\n" + "A long line of words. " * 2000 + "\n", encoding="utf-8")
    (tmp_path / "config.toml").write_text('max_size = "10K"\nbogus = 1\n', encoding="utf-8")
    monkeypatch.setenv("NEWSDESK_CONFIG", str(tmp_path / "config.toml"))
    user_config.cache_clear()
    try:
        assert main(["list", str(corpus), "--format", "jsonl", "--no-cache"]) == 0
        out, err = capsys.readouterr()
        assert [json.loads(x)["title"] for x in out.splitlines()] == ["Small"]
        assert "big.txt" in err and "unknown setting 'bogus'" in err
        assert main(["list", str(corpus), "--format", "jsonl", "--no-cache", "--max-size", "1"]) == 0
        assert sorted(json.loads(x)["title"] for x in capsys.readouterr().out.splitlines()) == ["Big", "Small"]
    finally:
        user_config.cache_clear()


async def test_the_reader_takes_theme_and_keys_from_the_config_and_says_what_it_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: Ready
) -> None:
    from tests.test_app import DESK
    from tui.app import make_reader

    config_file = tmp_path / "config.toml"
    config_file.write_text('theme = "nord"\njobs = "x"\n[keymap]\n"app.quit" = "x"\n', encoding="utf-8")
    config = load_config(config_file, environ={})
    app = make_reader([str(DESK)], theme=config.theme, keymap=config.keymap, notices=list(config.notices), cache="")
    monkeypatch.setenv("NEWSDESK_KEYMAP", str(tmp_path / "no-keymap.toml"))  # keymap.toml: none, read after start
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.pause(0.2)
        assert pilot.app.theme == "nord"
        assert "x quit" in str(screen.query_one("#keybar").render())
        assert any("jobs = 'x' makes no sense" in str(n.message) for n in pilot.app._notifications)
        await pilot.press("x")
        assert pilot.app._exit


async def test_a_theme_kept_from_the_palette_wins_over_the_configs(tmp_path: Path, ready: Ready) -> None:
    from tests.test_app import DESK
    from tui.app import NewsdeskApp
    from tui.library.state import State

    state = State(tmp_path / "state.sqlite")
    state.set_setting("theme", "gruvbox")  # chosen in the palette last time
    app = NewsdeskApp([str(DESK)], keymap={}, state=state, default_theme="nord")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause(0.2)
        assert pilot.app.theme == "gruvbox"
    app = NewsdeskApp([str(DESK)], keymap={}, state=State(tmp_path / "fresh.sqlite"), default_theme="nord")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert pilot.app.theme == "nord"
