"""Loading from files, folders, stdin: bad input becomes one problem each, the rest loads."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from tests.helpers import SEED
from tui.articles import load, sources
from tui.articles.sources import read_bytes, sniff

GOOD = "Good title\n\nA body paragraph that is fine.\n"


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A folder with one good file and every kind of bad one."""
    d = tmp_path / "news"
    d.mkdir()
    (d / "good.txt").write_text(GOOD)
    (d / "good.md").write_text("# Markdown title\n\nBody.\n")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("   \n\n  \n")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (d / "huge.txt").write_text("Huge\n\n" + "x" * 3000)
    (d / "latin1.txt").write_bytes(
        "Caf\xe9 owners r\xe9joice\n\nThe caf\xe9 is open, said the g\xe9rant.\n".encode("cp1252")
    )
    (d / "bom_crlf.txt").write_bytes(b"\xef\xbb\xbfBOM title\r\n\r\nLine one.\r\n\r\nLine two.\r\n")
    (d / "lines.jsonl").write_text('{"title": "J1", "text": "a"}\nnot json\n{"title": "J3", "text": "c"}\n')
    (d / "bad.json").write_text('{"title": "oops", ')
    (d / "broken.rss").write_text("<rss><channel><title>x</title></channel></rss>")
    (d / "locked.txt").write_text(GOOD)
    (d / ".hidden.txt").write_text(GOOD)
    sub = d / "sub"
    sub.mkdir()
    (sub / "deep.txt").write_text("Deep title\n\nDeep body.\n")
    os.symlink(d, sub / "loop")
    os.symlink(d / "nowhere", d / "dangling.txt")
    return d


def test_broken_folder_loads_good_files_and_reports_each_bad_one(broken: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def guarded(path: str, *a: object, **kw: object) -> object:
        if Path(path).name == "locked.txt":  # tests run as root, where chmod 000 does not deny
            raise PermissionError(13, "Permission denied")
        return open(path, *a, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(sources, "open", guarded, raising=False)  # the loader's open, not everyone's
    r = load([str(broken), str(broken / "missing.txt")], max_bytes=2000)
    titles = sorted(a.title for a in r.articles)
    assert titles == sorted(
        ["Good title", "Markdown title", "Café owners réjoice", "BOM title", "J1", "J3", "Deep title"]
    )
    reasons = {Path(p.source).name: p.reason for p in r.problems}
    assert "empty" in reasons["empty.txt"]
    assert "empty" in reasons["blank.txt"]
    assert "binary" in reasons["binary.bin"]
    assert "too large" in reasons["huge.txt"]
    assert "line 2" in reasons["lines.jsonl"]
    assert "malformed JSON" in reasons["bad.json"]
    assert "feed" in reasons["broken.rss"]
    assert "permission denied" in reasons["locked.txt"]
    assert "symlink loop" in reasons["loop"]
    assert "broken symlink" in reasons["dangling.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert len(r.problems) == 11
    bom = next(a for a in r.articles if a.title == "BOM title")
    assert bom.paragraphs == ("Line one.", "Line two.")
    assert "\r" not in bom.text


def test_ids_are_relative_to_the_folder(broken: Path) -> None:
    r = load([str(broken)])
    assert "sub/deep.txt" in {a.id for a in r.articles}


def test_stdin() -> None:
    r = load(["-"], stdin=io.BytesIO(GOOD.encode()))
    assert [a.title for a in r.articles] == ["Good title"]
    assert r.articles[0].source == "-"


def test_sorted_newest_first_undated_last(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Old\n\n2001-01-01\n\nBody.\n")
    (tmp_path / "b.txt").write_text("New\n\n2020-01-01\n\nBody.\n")
    (tmp_path / "c.txt").write_text("Undated\n\nBody.\n")
    assert [a.title for a in load([str(tmp_path)]).articles] == ["New", "Old", "Undated"]


def test_unknown_extensions_are_sniffed(tmp_path: Path) -> None:
    (tmp_path / "dump").write_text('[{"title": "From JSON", "text": "body"}]')
    (tmp_path / "feed").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>From RSS</title><description>d</description></item></channel></rss>"
    )
    (tmp_path / "note").write_text("---\ntitle: From MD\n---\nBody.\n")
    assert sorted(a.title for a in load([str(tmp_path)]).articles) == ["From JSON", "From MD", "From RSS"]
    assert sniff("<!DOCTYPE html><html>") == "html"
    assert sniff("plain words") == "text"


def test_seed_file_directly() -> None:
    r = load([str(SEED)])
    assert r.articles[0].id == SEED.name and not r.problems


def test_whole_shared_corpus_loads_without_problems(corpus: Path) -> None:
    pytest.importorskip("trafilatura")
    r = load([str(corpus)])
    assert r.problems == []
    assert len(r.articles) > 18000
    assert sum(1 for a in r.articles if a.source.endswith(".html")) == 24
    assert {"Xinhua", "AP", "Reuters", "The New York Times"} <= {a.outlet for a in r.articles}


def test_a_file_that_grew_since_its_stat_is_read_on_to_the_limit(tmp_path: Path) -> None:
    f = tmp_path / "growing.txt"
    f.write_bytes(b"x" * 1000)
    stale = os.stat_result((*os.stat(f)[:6], 10, *os.stat(f)[7:]))  # st_size 10: the size before it grew
    got = read_bytes(f, str(f), st=stale)
    assert isinstance(got, tuple) and got[0] == b"x" * 1000
    small = read_bytes(f, str(f), max_bytes=100, st=stale)
    assert isinstance(small, tuple) and len(small[0]) == 101  # one past the limit: reported as too large
