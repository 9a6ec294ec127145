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


def test_a_folder_that_comes_in_is_read_whole_though_its_files_were_not_reported() -> None:
    """A folder copied or moved in: inotify reports the folder, and of its files only those written after the
    watch on it was set (often none). Its files are read as a load reads a folder; hidden ones are not."""
    import tempfile

    from watchfiles import Change

    from tui.library.watching import _read

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        new = root / "d" / "e"
        new.mkdir(parents=True)
        (new / "one.txt").write_text("One\n\nA body.\n")
        (new / "two.txt").write_text("Two\n\nA body.\n")
        (new / ".hidden.txt").write_text("Hidden\n\nA body.\n")
        got = _read(Library(None), [(root, str(root))], {(Change.added, str(root / "d"))}, 1 << 20)
        assert sorted(a.title for a in got.items) == ["One", "Two"]  # type: ignore[union-attr]
        assert got.sources == {str(new / "one.txt"), str(new / "two.txt")}
        # a file of the folder that the batch reports too is read once
        got = _read(
            Library(None),
            [(root, str(root))],
            {(Change.added, str(root / "d")), (Change.added, str(new / "one.txt"))},
            1 << 20,
        )
        assert sorted(a.title for a in got.items) == ["One", "Two"]  # type: ignore[union-attr]
