"""Golden files for every output format: extract (jsonl, json, md, csv), export of an article, a speaker's quotes
and saved quotes (md, csv, json), search (jsonl) and list (table, jsonl). A change to any of them shows as a
diff in review and is accepted on purpose with `pytest tests/test_golden.py --snapshot-update`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

from tui.cli import main

DESK = Path(__file__).parent / "fixtures" / "desk"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    assert main([*argv, "--cache", str(tmp_path / "cache.sqlite")]) == 0
    # the fixture's folder differs from machine to machine: paths are shown relative to it
    return capsys.readouterr().out.replace(str(DESK), "DESK")


@pytest.mark.parametrize("fmt", ["jsonl", "json", "md", "csv"])
def test_extract(fmt: str, snapshot: SnapshotAssertion, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _run(["extract", str(DESK), "--format", fmt], capsys, tmp_path) == snapshot


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
@pytest.mark.parametrize("what", [["--article", "budget.txt"], ["--speaker", "Jane Doe"]])
def test_export(
    what: list[str], fmt: str, snapshot: SnapshotAssertion, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert _run(["export", str(DESK), *what, "--format", fmt], capsys, tmp_path) == snapshot


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_export_saved_quotes(
    fmt: str,
    snapshot: SnapshotAssertion,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tui.library.state import State, article_key

    monkeypatch.setenv("NEWSDESK_DATA", str(tmp_path / "data"))
    state = State(tmp_path / "data" / "state.sqlite")
    source = str(DESK / "budget.txt")
    state.save_quote(
        article_key(source, "budget.txt"), title="Finance minister promises tax cuts for families", source=source,
        outlet="Wire", published="2024-03-05T10:00:00", speaker="Jane Doe", speaker_title="Finance Minister",
        text="We will cut taxes for every family in the country,", start=148, end=198,
    )  # fmt: skip
    state.save_quote(
        article_key(source, "budget.txt"), title="Finance minister promises tax cuts for families", source=source,
        outlet="Wire", published="2024-03-05T10:00:00", speaker="Jane Doe", speaker_title="Finance Minister",
        text="families would pay less tax next year", start=60, end=97, kind="indirect",
    )  # fmt: skip
    state.close()
    assert _run(["export", "--saved", "--format", fmt], capsys, tmp_path) == snapshot


def test_search_and_list(snapshot: SnapshotAssertion, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = _run(["search", "taxes", str(DESK), "--format", "jsonl"], capsys, tmp_path)
    out += _run(["list", str(DESK), "--format", "jsonl"], capsys, tmp_path)
    out += _run(["list", str(DESK)], capsys, tmp_path)
    assert out == snapshot


PEOPLE = Path(__file__).parent / "fixtures" / "people"


def _ids_in_order(out: str) -> str:
    """An identity's id is a hash of its first mention's article key, which holds the checkout's path: the
    golden files keep which ids are equal (the first one seen is ID1), not their values."""
    seen: dict[str, str] = {}
    return re.sub(r"(?<![\w.])\d{12,17}(?![\w.])", lambda m: seen.setdefault(m[0], f"ID{len(seen) + 1}"), out)


def _run_people(argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    assert main([*argv, "--cache", str(tmp_path / "cache.sqlite")]) == 0
    return _ids_in_order(capsys.readouterr().out.replace(str(PEOPLE), "PEOPLE"))


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_speakers(fmt: str, snapshot: SnapshotAssertion, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _run_people(["speakers", str(PEOPLE), "--all", "--format", fmt], capsys, tmp_path) == snapshot


@pytest.mark.parametrize("fmt", ["md", "jsonl"])
def test_speaker_profile(
    fmt: str, snapshot: SnapshotAssertion, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert _run_people(["speaker", "Maria Okonkwo", str(PEOPLE), "--format", fmt], capsys, tmp_path) == snapshot


@pytest.mark.parametrize("fmt", ["md", "jsonl"])
def test_shared_quotes(
    fmt: str, snapshot: SnapshotAssertion, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.helpers import SEED

    out = _run_people(["quotes", "--shared", str(SEED), str(PEOPLE), "--format", fmt], capsys, tmp_path)
    assert out.replace(str(SEED.parent), "SEEDS") == snapshot


@pytest.mark.parametrize("fmt", ["md", "jsonl"])
def test_initiative_profile(
    fmt: str, snapshot: SnapshotAssertion, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.helpers import SEED

    out = _run_people(["initiative", "A4P+", str(SEED), "--format", fmt], capsys, tmp_path)
    assert out.replace(str(SEED.parent), "SEEDS") == snapshot
