"""The watch loop without a screen: what a batch of changed files yields, and when it starts listening."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.library.corpus import Library
from tui.library.watching import Changed, changes

pytest.importorskip("watchfiles")


async def first_batch(folder: Path, started: Callable[[], object]) -> Changed:
    """The first batch the watch of folder reports, `started` called once its watches are set; the watch closed."""
    gen = changes(Library(None), [str(folder)], 1 << 20, started=started)
    try:
        return await asyncio.wait_for(anext(gen), timeout=10)
    finally:
        await gen.aclose()


async def test_a_file_written_as_soon_as_the_watch_says_it_started_is_reported(tmp_path: Path) -> None:
    """`started` promises that the watches are set: a file written inside it is not missed."""
    (tmp_path / "old.txt").write_text("Old\n\nAn old body.\n")

    def write() -> None:
        (tmp_path / "new.txt").write_text('New\n\n2025-01-01 09:00\n\n"It is new," said Ann Lee.\n')

    got = await first_batch(tmp_path, write)
    assert got.sources == {str(tmp_path / "new.txt")}
    assert [a.title for a in got.items] == ["New"]


async def test_a_deleted_file_is_reported_with_nothing_to_list(tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    gone.write_text("Gone\n\nA body.\n")
    got = await first_batch(tmp_path, gone.unlink)
    assert got.sources == {str(gone)} and got.items == []


async def test_hidden_files_and_files_outside_the_sources_are_not_reported(tmp_path: Path) -> None:
    watched = tmp_path / "watched"
    watched.mkdir()

    def write() -> None:
        (watched / ".hidden.txt").write_text("Hidden\n\nA body.\n")
        (tmp_path / "outside.txt").write_text("Outside\n\nA body.\n")
        (watched / "seen.txt").write_text("Seen\n\nA body.\n")

    got = await first_batch(watched, write)
    assert [a.title for a in got.items] == ["Seen"]
