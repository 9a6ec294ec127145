"""The command line: list, exit codes, JSON lines, version and help."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tui import __version__
from tui.cli import main


def test_list_defaults_to_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--format", "jsonl"]) == 0
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert row["title"] == "UN peacekeeping chief hopes to enhance cooperation with China"
    assert row["outlet"] == "Xinhua" and row["editor"] == "Li Jiayao" and row["author"] == "Wang Jiangang"
    assert row["published"] == "2021-11-26T22:22:11+08:00" and row["dateline"] == "UNITED NATIONS"


def test_list_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "Xinhua" in out and "UN peacekeeping chief" in out


def test_nothing_loaded_exits_1_with_problems_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    assert main(["list", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "e.txt" in err and "empty" in err


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["list", "--format", "nope"])
    assert exc.value.code == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "list" in out and "extract" in out


def test_problem_reasons_print_verbatim(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.articles import LoadProblem
    from tui.cli.reading import report_problems

    report_problems([LoadProblem("[x].html", "needs pip install 'newsdesk[html]'")], 0)
    err = capsys.readouterr().err
    assert "[x].html" in err and "newsdesk[html]" in err


DESK = Path(__file__).parent / "fixtures" / "desk"


def test_export_article_speaker_and_saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(DESK), "--article", "budget.txt", "--format", "json"]) == 0
    digest = json.loads(capsys.readouterr().out)
    assert digest["title"].startswith("Finance minister") and digest["speakers"][0]["name"] == "Jane Doe"
    out = tmp_path / "doe.csv"
    assert main(["export", str(DESK), "--speaker", "jane doe", "--format", "csv", "-o", str(out)]) == 0
    rows = out.read_text().splitlines()
    assert rows[0].startswith("speaker,") and len(rows) > 2 and all("Jane Doe" in r for r in rows[1:])
    capsys.readouterr()
    assert main(["export", str(DESK), "--speaker", "jane doe", "-o", str(out)]) == 1  # exists: refused
    assert "exists" in capsys.readouterr().err and out.read_text().startswith("speaker,")
    assert main(["export", str(DESK), "--speaker", "jane doe", "-o", str(out), "--force"]) == 0
    assert out.read_text().startswith("# Quotes of jane doe")
    assert main(["export", "--saved", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["export", str(DESK), "--article", "nothing-like-it"]) == 1


def test_export_needs_to_know_what() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", str(DESK)])
    assert exc.value.code == 2


def _small_corpus(root: Path) -> Path:
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text(
        'Ministers agree [bold]budget[/]\n\nJane Doe said the plan was sound. "We will cut taxes next year for '
        'families," said Jane Doe.\n',
        encoding="utf-8",
    )
    (root / "b" / "c.txt").write_text(
        "A very long title that goes on and on about the harbour, the bridge and the town council of the city\n\n"
        '"The bridge will open in May for everyone in town," the mayor, Tom Hale, said.\n',
        encoding="utf-8",
    )
    return root


def test_a_second_extract_reads_the_cache_and_prints_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = str(_small_corpus(tmp_path / "corpus"))
    assert main(["extract", src, "--no-cache"]) == 0
    fresh = capsys.readouterr().out
    assert main(["extract", src]) == 0  # cold: fills the cache
    assert capsys.readouterr().out == fresh

    def no_analysis(*_: object) -> None:
        raise AssertionError("a warm run analysed an article")

    monkeypatch.setattr("tui.library.corpus.analyze", no_analysis)
    assert main(["extract", src]) == 0
    assert capsys.readouterr().out == fresh  # same records, in the same (name) order
    assert main(["search", "cut taxes", src, "--format", "jsonl"]) == 0
    hits = json.loads(capsys.readouterr().out)["results"]
    assert hits and hits[0]["speaker"] == "Jane Doe"


def test_a_warm_extract_in_worker_processes_prints_what_one_process_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--jobs 2` on a warm corpus reads and encodes its stored records a chunk per worker: the same bytes, in
    the same order; a chunk a worker finds not stored as listed is read by the command itself."""
    import shutil
    import subprocess
    import sys

    import tui.cli.reading as reading
    from tests.helpers import FIXTURES

    src = tmp_path / "people"
    shutil.copytree(FIXTURES / "people", src)
    env = {**os.environ, "NEWSDESK_CACHE": str(tmp_path / "c.sqlite")}
    script = (
        "import sys, tui.cli.reading as r; r.RECORD_CHUNK = 2; from tui.cli import main; sys.exit(main(sys.argv[1:]))"
    )

    def run(*argv: str) -> str:
        done = subprocess.run([sys.executable, "-c", script, "extract", str(src), *argv], env=env,
                              capture_output=True, text=True, check=True)  # fmt: skip
        return done.stdout

    fresh = run("--no-cache")
    assert fresh.count("\n") == 8
    assert run("--jobs", "2") == fresh  # cold: analysed in workers, then read in workers
    assert run("--jobs", "2") == fresh  # warm
    # The same in this process, the pool a plain map: every chunk through a worker's reading, one refused
    monkeypatch.setenv("NEWSDESK_CACHE", env["NEWSDESK_CACHE"])
    monkeypatch.setattr(reading, "RECORD_CHUNK", 2)
    chunks: list[object] = []

    def serial(fn: Callable[[Any], Any], items: Iterable[Any], jobs: int, *, threaded: bool) -> Iterator[Any]:
        for n, item in enumerate(items):
            chunks.append(item)
            yield None if n == 1 else fn(item)

    monkeypatch.setattr("tui.library.pool.ordered_map", serial)
    assert main(["extract", str(src), "--jobs", "2", "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == fresh and len(chunks) == 4


def test_list_table_has_fixed_columns_and_prints_titles_verbatim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = str(_small_corpus(tmp_path / "corpus"))
    assert main(["list", src]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Date", "Outlet", "Title", "¶", "Id"]
    assert "Ministers agree [bold]budget[/]" in lines[1]  # never markup
    title_at = lines[0].index("Title")
    assert lines[3][:title_at].strip() == "" and lines[3][title_at:].strip()  # the long title wraps in its column


def test_a_second_search_opens_the_stored_index_and_a_changed_file_rebuilds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _small_corpus(tmp_path / "corpus")
    src = str(root)
    assert main(["search", "cut taxes", src, "--format", "jsonl", "--no-cache"]) == 0
    fresh = capsys.readouterr().out
    assert main(["search", "cut taxes", src, "--format", "jsonl"]) == 0  # builds and stores the index
    assert capsys.readouterr().out == fresh

    from tui.library.corpus import Library

    def no_loading(*_: object, **__: object) -> None:
        raise AssertionError("a warm search read the corpus")

    with monkeypatch.context() as m:
        m.setattr(Library, "load_ordered", no_loading)
        assert main(["search", "cut taxes", src, "--format", "jsonl"]) == 0
        assert capsys.readouterr().out == fresh
        assert main(["search", "by:doe taxes", src, "--format", "jsonl"]) == 0  # filters work on the stored index
        assert json.loads(capsys.readouterr().out)["results"][0]["speaker"] == "Jane Doe"
    (root / "d.txt").write_text('New\n\n"We will never cut taxes on pensions," said Ann Lee.\n', encoding="utf-8")
    assert main(["search", "cut taxes", src, "--format", "jsonl"]) == 0  # a new file: a new index
    speakers = {r["speaker"] for r in json.loads(capsys.readouterr().out)["results"]}
    assert speakers == {"Jane Doe", "Ann Lee"}


def test_a_mistyped_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lst"]) == 2
    err = capsys.readouterr().err
    assert "'lst'" in err and "list" in err and "search" in err


def test_the_reader_without_a_terminal_exits_2_at_once() -> None:
    import subprocess
    import sys

    env = {k: v for k, v in __import__("os").environ.items() if k != "TEXTUAL_DRIVER"}
    out = subprocess.run(
        [sys.executable, "-m", "tui", str(Path(__file__).parent / "fixtures" / "desk")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=20,
        env=env,
        check=False,
    )
    assert out.returncode == 2 and "needs a terminal" in out.stderr


def test_search_limit_must_be_positive_and_no_match_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("0", "-5"):
        with pytest.raises(SystemExit) as exc:
            main(["search", "china", "--limit", bad])
        assert exc.value.code == 2
        assert "1 or more" in capsys.readouterr().err
    assert main(["search", "zzzzqqqx", "--no-cache"]) == 1
    assert "no matches" in capsys.readouterr().err
    assert main(["search", "china", "--limit", "1", "--no-cache"]) == 0
    assert capsys.readouterr().err.strip().endswith("1 of 3")


def test_help_lists_the_readers_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--watch", "--jobs", "--theme", "--no-mouse", "--no-animation", "--cache"):
        assert option in out


def test_export_finds_a_speaker_by_an_alias(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--speaker", "Lacroix", "--format", "json", "-o", "-"]) == 0
    rows = json.loads(capsys.readouterr().out)
    rows = rows.get("quotes", rows) if isinstance(rows, dict) else rows
    assert rows and all(r["speaker"] == "Jean-Pierre Lacroix" for r in rows)


def test_a_subcommand_error_prints_that_commands_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["list", "--bogus"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: newsdesk list") and "--bogus" in err


def test_export_file_names_end_at_a_word() -> None:
    from tui.library.export import slug

    name = slug("UN peacekeeping chief hopes to enhance cooperation with China")
    assert name == "un-peacekeeping-chief-hopes-to-enhance" and len(name) <= 48
    assert len(slug("Supercalifragilisticexpialidocious" * 3)) == 48  # one long word: cut where it must be


def test_list_shows_each_articles_id_as_export_takes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _small_corpus(tmp_path / "corpus")
    assert main(["list", str(src), "--format", "jsonl"]) == 0
    ids = [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()]
    assert main(["list", str(src)]) == 0
    head, *lines = capsys.readouterr().out.splitlines()
    para = head.index("¶")
    rows = [line for line in lines if line[para : para + 1].isdigit()]  # a row's first line has its ¶ count
    assert [row[head.index("Id") :] for row in rows] == ids
    assert main(["export", str(src), "--article", ids[0], "--format", "md"]) == 0
    assert capsys.readouterr().out.strip()


def test_search_after_a_small_change_lays_the_changed_files_over_the_stored_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The views a reader or the server stored, and then one file added and one removed: `newsdesk search`
    reads and analyses those two, not the corpus, and names results as a whole load would."""
    import logging

    from tui.cli import search as cli
    from tui.serve.cli import _warm_cache

    news = tmp_path / "news"
    (news / "desk").mkdir(parents=True)
    for i in range(3):
        (news / "desk" / f"s{i}.txt").write_text(
            f'Story {i}\n\n2024-01-0{i + 1} 10:00\n\n"Plan {i} will cut taxes for families," said Jane Doe.\n',
            encoding="utf-8",
        )
    db = tmp_path / "cache.sqlite"
    monkeypatch.setenv("NEWSDESK_CACHE", str(db))
    from tui.articles import DEFAULT_MAX_BYTES

    _warm_cache([str(news)], DEFAULT_MAX_BYTES, 1, logging.WARNING)  # the server's warming stores the views
    (news / "desk" / "s1.txt").unlink()
    (news / "desk" / "new.txt").write_text(
        'Farm news\n\n2025-01-01 09:00\n\n"The harvest was a record," said Ann Lee.\n'
    )

    def whole(*a: object, **k: object) -> None:
        raise AssertionError("the whole corpus was analysed again")

    monkeypatch.setattr(cli, "Analysed", whole)
    assert main(["search", "harvest", str(news), "--format", "jsonl", "--cache", str(db)]) == 0
    rows = json.loads(capsys.readouterr().out.splitlines()[0])["results"]
    assert [(r["speaker"], r["path"]) for r in rows] == [("Ann Lee", str(news / "desk" / "new.txt"))]
    assert main(["search", "Plan", str(news), "--format", "jsonl", "--cache", str(db)]) == 0
    paths = {r["path"] for r in json.loads(capsys.readouterr().out.splitlines()[0])["results"]}
    assert paths == {str(news / "desk" / "s0.txt"), str(news / "desk" / "s2.txt")}  # not the removed s1


def test_search_alone_keeps_its_stamps_so_its_next_run_after_a_change_starts_from_its_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli import search as cli

    news = tmp_path / "news"
    news.mkdir()
    for i in range(3):
        (news / f"s{i}.txt").write_text(
            f'Story {i}\n\n2024-01-0{i + 1} 10:00\n\n"Plan {i} will cut taxes for families," said Jane Doe.\n',
            encoding="utf-8",
        )
    db = str(tmp_path / "cache.sqlite")
    assert main(["search", "taxes", str(news), "--format", "jsonl", "--cache", db]) == 0  # builds and stores it
    capsys.readouterr()
    (news / "new.txt").write_text('Farm news\n\n2025-01-01 09:00\n\n"The harvest was a record," said Ann Lee.\n')

    def whole(*a: object, **k: object) -> None:
        raise AssertionError("the whole corpus was analysed again")

    monkeypatch.setattr(cli, "Analysed", whole)
    assert main(["search", "harvest", str(news), "--format", "jsonl", "--cache", db]) == 0
    rows = json.loads(capsys.readouterr().out.splitlines()[0])["results"]
    assert [(r["speaker"], r["path"]) for r in rows] == [("Ann Lee", str(news / "new.txt"))]
