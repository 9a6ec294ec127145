"""The library: the cache, reading state and export, as a user of the files would see them."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.articles import Article, LoadProblem
from tui.library import cache as cache_mod
from tui.library import corpus as corpus_mod
from tui.library.cache import Cache
from tui.library.corpus import Library
from tui.library.export import write_new
from tui.library.formats import article_digest, quote_rows, quotes_document
from tui.library.state import State, article_key

ROOT = Path(__file__).resolve().parent.parent
STORY = '"We will cut taxes for every family," Finance Minister Jane Doe said on Tuesday.\n\nShe spoke in Rome.\n'


def folder(tmp_path: Path, n: int = 3) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    for i in range(n):
        (d / f"s{i}.txt").write_text(f"Story {i}\n\n2024-01-0{i + 1} 10:00\n\n{STORY}", encoding="utf-8")
    (d / "bad.bin").write_bytes(b"\x00\x01\x02binary\xff" * 20)
    return d


def load_all(lib: Library, src: Path) -> tuple[list[Article], list[LoadProblem]]:
    arts: list[Article] = []
    probs: list[LoadProblem] = []
    for batch in lib.load([str(src)]):
        for x in batch:
            (arts if isinstance(x, Article) else probs).append(x)
    return sorted(arts, key=lambda a: a.id), probs


@pytest.fixture
def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = corpus_mod.parse_bytes

    def counting(data: bytes, source: str, id: str, **kw: object) -> list:
        calls.append(id)
        return real(data, source, id, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus_mod, "parse_bytes", counting)
    return calls


def test_cache_hit_parses_nothing_the_second_time(tmp_path: Path, count_parses: list[str]) -> None:
    src = folder(tmp_path)
    db = tmp_path / "cache.sqlite"
    first, probs1 = load_all(Library(Cache(db)), src)
    assert len(first) == 3 and len(count_parses) == 4 and [p.source.endswith("bad.bin") for p in probs1] == [True]
    count_parses.clear()
    second, probs2 = load_all(Library(Cache(db)), src)
    assert count_parses == []  # not one file read through the parser
    assert second == first and probs2 == probs1  # the bad file is reported again, from the cache


def test_changed_file_is_parsed_again_and_touched_file_is_not(tmp_path: Path, count_parses: list[str]) -> None:
    src = folder(tmp_path)
    db = tmp_path / "cache.sqlite"
    load_all(Library(Cache(db)), src)
    count_parses.clear()
    (src / "s1.txt").write_text("Story one, rewritten\n\n" + STORY, encoding="utf-8")
    os.utime(src / "s2.txt", ns=(time.time_ns(), time.time_ns() + 10**9))  # same bytes, new time
    arts, _ = load_all(Library(Cache(db)), src)
    assert count_parses == ["s1.txt"]
    assert "Story one, rewritten" in [a.title for a in arts]


def test_analysis_is_cached_and_redone_when_the_rules_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = folder(tmp_path, 1)
    db = tmp_path / "cache.sqlite"
    lib = Library(Cache(db))
    (art,), _ = load_all(lib, src)
    first = lib.analysis(art)
    assert first.speakers[0].name == "Jane Doe"
    calls: list[str] = []
    monkeypatch.setattr(corpus_mod, "analyze", lambda a: calls.append(a.id) or first)
    lib2 = Library(Cache(db))
    (art2,), _ = load_all(lib2, src)
    assert lib2.analysis(art2) == first and calls == []  # from the cache
    monkeypatch.setattr(cache_mod, "ANALYSIS_KEY", 999)
    lib3 = Library(Cache(db))
    (art3,), _ = load_all(lib3, src)
    assert lib3.cached_analysis(art3) is None  # written by other rules: not used
    lib3.analysis(art3)
    assert calls == ["s0.txt"]


def test_background_analysis_fills_the_cache_in_worker_processes(tmp_path: Path) -> None:
    src = folder(tmp_path, 3)
    lib = Library(Cache(tmp_path / "cache.sqlite"))
    arts, _ = load_all(lib, src)
    assert len(lib.missing(arts)) == 3
    seen: list[tuple[int, int]] = []
    assert lib.analyse_all(arts, jobs=2, progress=lambda d, t: seen.append((d, t))) == 3
    assert lib.missing(arts) == [] and seen[-1] == (3, 3)
    pairs = list(Library(Cache(tmp_path / "cache.sqlite")).pairs(arts))
    assert len(pairs) == 3 and all(an.quotes for _, an in pairs)


def test_ids_follow_the_folder_the_file_is_read_from(tmp_path: Path) -> None:
    src = folder(tmp_path, 1)
    db = tmp_path / "cache.sqlite"
    (a,), _ = load_all(Library(Cache(db)), src)
    (b,), _ = load_all(Library(Cache(db)), tmp_path)
    assert a.id == "s0.txt" and b.id == "news/s0.txt" and a.text == b.text


@pytest.mark.parametrize("junk", [b"this is not a database at all" * 100, b""])
def test_corrupt_cache_is_moved_aside_and_rebuilt(tmp_path: Path, junk: bytes) -> None:
    src = folder(tmp_path, 2)
    db = tmp_path / "cache.sqlite"
    db.write_bytes(junk or os.urandom(8192))
    cache = Cache(db)
    arts, _ = load_all(Library(cache), src)
    assert len(arts) == 2
    assert cache.notices and "moved to" in cache.notices[0]
    assert list(tmp_path.glob("cache.sqlite.bad-*"))
    assert Cache(db).files()  # the rebuilt cache now serves


def test_foreign_sqlite_file_is_not_touched_but_moved_aside(tmp_path: Path) -> None:
    db = tmp_path / "cache.sqlite"
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE mine (x)")
    other.execute("INSERT INTO mine VALUES (42)")
    other.commit()
    other.close()
    cache = Cache(db)
    assert "is not a Newsdesk cache" in cache.notices[0]
    (aside,) = tmp_path.glob("cache.sqlite.bad-*")
    assert sqlite3.connect(aside).execute("SELECT x FROM mine").fetchone() == (42,)


def test_cache_corrupted_while_open_recovers(tmp_path: Path) -> None:
    src = folder(tmp_path, 2)
    db = tmp_path / "cache.sqlite"
    cache = Cache(db)
    load_all(Library(cache), src)
    with db.open("r+b") as fh:  # scribble over the pages behind the header
        fh.seek(4096)
        fh.write(os.urandom(8192))
    arts, _ = load_all(Library(cache), src)
    assert len(arts) == 2  # read from the files again, whatever the cache says


CHILD = """
import sys
from tui.library.cache import Cache
from tui.library.corpus import Library
lib = Library(Cache(__import__('pathlib').Path(sys.argv[1])))
n = 0
for _ in range(5):
    for batch in lib.load([sys.argv[2]]):
        n += sum(1 for x in batch if hasattr(x, 'text'))
    arts = [x for b in lib.load([sys.argv[2]]) for x in b if hasattr(x, 'text')]
    for a in arts:
        lib.analysis(a)
print(n)
"""


def test_two_processes_share_one_cache(tmp_path: Path) -> None:
    src = folder(tmp_path, 40)
    db = tmp_path / "cache.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(src)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1].decode()[-2000:] for o in outs]
    assert [o[0].strip() for o in outs] == [b"200", b"200"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM analyses").fetchone() == (40,)


WRITER = """
import sys
from tui.library.state import State
s = State(__import__('pathlib').Path(sys.argv[1]))
i = 0
while True:
    key = f"/news/story-{i}.txt\\x1fstory-{i}"
    assert s.mark_read(key) and s.star(key)
    print(i, flush=True)  # acknowledged: committed before this line is written
    i += 1
"""


def test_state_survives_the_process_being_killed_mid_write(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, env=env)
        assert proc.stdout is not None
        acked = -1
        stop_after = 50 + 37 * round_
        for line in proc.stdout:
            acked = int(line)
            if acked >= stop_after:
                break
        os.kill(proc.pid, signal.SIGKILL)  # mid-loop: the next write may be half done
        proc.wait()
        state = State(db)
        read, starred = state.read_keys(), state.starred_keys()
        for i in range(acked + 1):
            key = f"/news/story-{i}.txt\x1fstory-{i}"
            assert key in read and key in starred
        assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone() == ("ok",)
        state.close()


def test_state_read_starred_saved(tmp_path: Path) -> None:
    s = State(tmp_path / "state.sqlite")
    k = article_key("news/a.txt", "a.txt")
    assert k.startswith(os.path.abspath("news/a.txt"))
    s.mark_read(k)
    s.star(k)
    s.save_quote(k, title="T", source="news/a.txt", outlet="O", published=None, speaker="Jane Doe",
                 speaker_title="minister", text="We will cut taxes", start=1, end=18)  # fmt: skip
    s.save_quote(k, title="T", source="news/a.txt", outlet="O", published=None, speaker="Jane Doe",
                 speaker_title="minister", text="We will cut taxes", start=1, end=18)  # fmt: skip
    again = State(tmp_path / "state.sqlite")
    assert again.read_keys() == {k} and again.starred_keys() == {k}
    (q,) = again.saved()
    assert q.speaker == "Jane Doe" and q.article_id == "a.txt" and again.is_saved(k, 1, 18)
    again.star(k, False)
    again.unsave_quote(k, 1, 18)
    again.mark_unread(k)
    assert not again.starred_keys() and not again.saved() and not again.read_keys()


def test_state_in_an_unwritable_place_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    s = State(blocker / "state.sqlite")
    assert s.notices and not s.mark_read("k") and s.read_keys() == set()


def test_export_round_trips(tmp_path: Path) -> None:
    from tui.analysis import analyze

    src = folder(tmp_path, 2)
    lib = Library(None)
    arts, _ = load_all(lib, src)
    pairs = [(a, analyze(a)) for a in arts]
    rows = quote_rows(pairs, speaker="jane doe")
    assert len(rows) == 2 and {r.speaker for r in rows} == {"Jane Doe"}
    back = json.loads(quotes_document(rows, "json", "Quotes of Jane Doe"))
    assert [(r["quote"], r["start"], r["end"], r["path"]) for r in back] == [
        (r.quote, r.start, r.end, r.path) for r in rows
    ]
    table = list(csv.DictReader(io.StringIO(quotes_document(rows, "csv", "x"))))
    assert [(t["quote"], int(t["start"]), t["speaker"]) for t in table] == [(r.quote, r.start, r.speaker) for r in rows]
    md = quotes_document(rows, "md", "Quotes of Jane Doe")
    assert md.startswith("# Quotes of Jane Doe") and md.count("\n- ") == 2 and "Finance Minister" in md
    a, an = pairs[0]
    digest = json.loads(article_digest(a, an, "json"))
    assert digest["title"] == a.title and [q["text"] for q in digest["quotes"]] == [q.text for q in an.quotes]
    assert list(csv.reader(io.StringIO(article_digest(a, an, "csv"))))[1][6] == an.quotes[0].text
    assert article_digest(a, an, "md").startswith(f"# {a.title}")


def test_export_never_overwrites_silently(tmp_path: Path) -> None:
    target = tmp_path / "out" / "quotes.md"
    with pytest.raises(FileNotFoundError):  # a missing folder is made only when asked (issue 12)
        write_new(target, "first")
    write_new(target, "first", make_folder=True)
    with pytest.raises(FileExistsError):
        write_new(target, "second")
    assert target.read_text() == "first"
    write_new(target, "second", overwrite=True)
    assert target.read_text() == "second" and not list(target.parent.glob(".*tmp"))


def test_a_load_reads_only_its_own_part_of_the_cache_and_drops_deleted_files(tmp_path: Path) -> None:
    src = folder(tmp_path, 2)
    other = tmp_path / "news2"  # a sibling whose name starts the same
    other.mkdir()
    (other / "x.txt").write_text("Other story\n\nBody of it.\n")
    db = tmp_path / "cache.sqlite"
    lib = Library(Cache(db))
    load_all(lib, src)
    load_all(lib, other)
    cache = Cache(db)
    assert sorted(Path(p).name for p in cache.files(under=str(src))) == ["bad.bin", "s0.txt", "s1.txt"]
    assert list(cache.files(path=str(other / "x.txt"))) == [str(other / "x.txt")]
    (src / "s1.txt").unlink()
    arts, _ = load_all(Library(cache), src)
    assert [a.id for a in arts] == ["s0.txt"]
    assert str(src / "s1.txt") not in cache.files() and str(other / "x.txt") in cache.files()


def test_a_stored_analysis_read_as_a_dict_is_its_to_dict() -> None:
    """The warm `extract` path builds records straight from the stored form: the same as building the analysis."""
    from tests.helpers import SEED
    from tui.analysis import Analysis, analyze
    from tui.articles import load

    articles = load([str(SEED)]).articles
    a = Article.build(id="x", source="x", title="T", paragraphs=[
        '"We will cut taxes next year for families," said Jane Doe, the finance minister.',
        "Analysts said the Paris Agreement (PA) would hold.",
    ])  # fmt: skip
    for article in [*articles, a]:
        analysis = analyze(article)
        assert analysis.quotes
        assert Analysis.dict_from_compact(analysis.to_compact(), article.text) == analysis.to_dict()
        assert Analysis.from_compact(analysis.to_compact(), article.text) == analysis
