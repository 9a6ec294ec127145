"""What tests share that is not a fixture: where things are, and the waits behind the conftest fixtures of the
same names (kept as plain functions here so that a snapshot's `run_before` can take them as they are)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.pilot import Pilot
    from textual.screen import Screen

    from tui.app import NewsdeskApp
    from tui.screens.main import MainScreen

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = ROOT / "seeds" / "000_7ba0d90fc6ab2652.txt"
FIXTURES = Path(__file__).parent / "fixtures"
DESK = FIXTURES / "desk"

# The fixtures' types, for the tests' signatures.
Ready = Callable[["Pilot[Any]"], Awaitable["MainScreen"]]
Settle = Callable[["Pilot[Any]"], Awaitable["Screen[Any]"]]
Until = Callable[..., Awaitable[None]]
Searched = Callable[["Pilot[Any]", str], Awaitable["Screen[Any]"]]
AppFor = Callable[..., "NewsdeskApp"]


async def complete(pilot: Pilot[Any]) -> None:
    """Every worker running done. Not waited for: the --watch worker, which
    never ends (a hang when the corpus was loaded, and the watch started, before this was called), and a worker
    superseded meanwhile (cancelled by a newer of its group: the first part of the corpus opened an article, the
    next part opens another)."""
    from textual.worker import WorkerCancelled, WorkerState

    for _ in range(100):
        live = [
            w for w in pilot.app.workers if w.group != "watch" and w.state in (WorkerState.PENDING, WorkerState.RUNNING)
        ]
        try:
            await pilot.app.workers.wait_for_complete(live)
            return
        except WorkerCancelled:  # one was superseded: wait for the rest
            await pilot.pause(0.01)
    raise AssertionError("workers never completed")


async def ready(pilot: Pilot[Any]) -> MainScreen:
    """The reader loaded: its workers done and a frame drawn; the main screen."""
    from tui.screens.main import MainScreen

    await complete(pilot)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen


async def settle(pilot: Pilot[Any]) -> Screen[Any]:
    """Loading, then the workers the first results start (an analysis, a join) and their hand-back, then a
    frame: the screen on top."""
    await complete(pilot)
    await pilot.pause()
    await complete(pilot)
    await pilot.pause()
    return pilot.app.screen


async def until(pilot: Pilot[Any], cond: Callable[[], object], seconds: float = 8.0) -> None:
    """Poll `cond` while the app runs (for workers that never complete, such as the file watcher)."""
    for _ in range(int(seconds / 0.05)):
        if cond():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


async def searched(pilot: Pilot[Any], query: str) -> Screen[Any]:
    """The search screen opened with / and `query` typed into it, its results in: the screen."""
    await pilot.press("slash")
    await complete(pilot)
    await pilot.press(*query)
    await complete(pilot)
    await pilot.pause()
    return pilot.app.screen


def app_for(*sources: Path | str, keymap: dict[str, str] | None = None, **options: Any) -> NewsdeskApp:
    """The reader on these sources (the desk fixture without any), with the default keys."""
    from tui.app import NewsdeskApp

    return NewsdeskApp([str(s) for s in sources] or [str(DESK)], keymap=keymap or {}, **options)
