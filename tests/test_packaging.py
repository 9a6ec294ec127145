"""The wheel carries seeds/ and styles/, and the installed package finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tui.paths import seeds_dir, styles_dir


def test_paths_found_from_checkout() -> None:
    assert (seeds_dir() / "000_7ba0d90fc6ab2652.txt").is_file()
    assert (styles_dir() / "newsdesk.tcss").is_file()
    assert (styles_dir() / "dialogs.tcss").is_file()


@pytest.mark.slow
def test_wheel_ships_seeds_and_styles(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        pytest.skip(f"could not build a wheel here: {proc.stderr[-300:]}")
    (wheel,) = tmp_path.glob("newsdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tui/seeds/000_7ba0d90fc6ab2652.txt" in names
    assert "tui/styles/newsdesk.tcss" in names
    assert "tui/styles/dialogs.tcss" in names
    assert not any("shared/corpus" in n for n in names)


def test_the_readers_first_frame_imports_neither_the_analysis_nor_email() -> None:
    """What the reader imports before its first frame is paid on every start: the analysis package digests its
    own code at import, and email is only for parsing dates. Both come later, when the loader needs them."""
    code = (
        "import sys, tui.cli, tui.app, tui.screens.main, tui.terminal, tui.config; "
        "print(sorted(m for m in sys.modules if m.startswith(('tui.analysis', 'email'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
