"""Shared fixtures: where the real corpus is (tests using it skip without it), a private cache and state for
every test, throwaway SSH keys, and the waits every UI test uses (a pilot's workers done, a condition met, the
search screen's results in) with the app they drive. The plain functions behind them are in tests/helpers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import helpers
from tests.helpers import CORPUS, SHARED, AppFor, Ready, Searched, Settle, Until


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


@pytest.fixture
def ready() -> Ready:
    """`await ready(pilot)`: the reader loaded, a frame drawn; the main screen."""
    return helpers.ready


@pytest.fixture
def settle() -> Settle:
    """`await settle(pilot)`: loading and the work it starts done; the screen on top."""
    return helpers.settle


@pytest.fixture
def until() -> Until:
    """`await until(pilot, cond)`: `cond()` true within seconds, for workers that never end (the watcher)."""
    return helpers.until


@pytest.fixture
def searched() -> Searched:
    """`await searched(pilot, query)`: / pressed, the query typed, its results in; the search screen."""
    return helpers.searched


@pytest.fixture
def app_for() -> AppFor:
    """`app_for(*sources, keymap=None, **options)`: the reader on these sources (the desk fixture without)."""
    return helpers.app_for


@pytest.fixture(params=["objects", "rows"])
def both_lists(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test twice: a folder listed as objects, and listed as row numbers from the store (tui.library.rows)
    once a first run has stored it, as a folder of a million is."""
    from tui.library import rows

    monkeypatch.setattr(rows, "VIRTUAL_FROM", 1 if request.param == "rows" else 10**12)
