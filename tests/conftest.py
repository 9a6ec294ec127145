"""Shared fixtures: where the real corpus is (tests using it skip without it), and the waits every UI test
uses (a pilot's workers done, a condition met, the search screen's results in)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = ROOT / "seeds" / "000_7ba0d90fc6ab2652.txt"


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    return CORPUS


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not here")
    return SHARED


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own cache and reading state: nothing is read from or written to the user's."""
    base = tmp_path_factory.mktemp("newsdesk-home")
    monkeypatch.setenv("NEWSDESK_CACHE", str(base / "cache.sqlite"))
    monkeypatch.setenv("NEWSDESK_DATA", str(base / "data"))


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, object]:
    """Throwaway SSH keys: "good" is in the authorized_keys file "auth", "other" is not."""
    import asyncssh

    good = asyncssh.generate_private_key("ssh-ed25519")
    other = asyncssh.generate_private_key("ssh-ed25519")
    auth = tmp_path / "authorized_keys"
    auth.write_bytes(good.export_public_key())
    return {"good": good, "other": other, "auth": auth}


async def ready(pilot):
    """The reader loaded: its workers done and a frame drawn; the main screen."""
    from tui.screens.main import MainScreen

    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen


async def settle(pilot):
    """Loading, then the workers the first results start (an analysis, a join) and their hand-back, then a
    frame: the screen on top."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return pilot.app.screen


async def until(pilot, cond, seconds: float = 8.0) -> None:
    """Poll `cond` while the app runs (for workers that never complete, such as the file watcher)."""
    for _ in range(int(seconds / 0.05)):
        if cond():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


async def searched(pilot, query: str):
    """The search screen opened with / and `query` typed into it, its results in: the screen."""
    await pilot.press("slash")
    await pilot.app.workers.wait_for_complete()
    await pilot.press(*query)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return pilot.app.screen
