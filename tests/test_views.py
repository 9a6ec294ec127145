"""The search views (tui.library.views): stored once, opened by the next process, and a few changed files laid
over them, one layer after another, without indexing the corpus again."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui.articles.model import Article
from tui.library.cache import Cache
from tui.library.corpus import Library
from tui.library.diskindex import DiskIndex, LayeredRelated
from tui.library.search import LayeredIndex, related_key
from tui.library.views import Views, laid_over, views_for

DESK = Path(__file__).parent / "fixtures" / "desk"


def load(library: Library, root: Path) -> list[Article]:
    return [x for batch in library.load([str(root)]) for x in batch if isinstance(x, Article)]


def quotes_of(views: Views, name: str) -> list[str]:
    rkey = related_key(views.indexes["speakers"].search(name)[0].doc) or ""
    return sorted(d.text for d in views.related.get(rkey) or [])


def test_changed_files_laid_over_stored_views_twice_keep_both_changes(tmp_path: Path) -> None:
    root = tmp_path / "news"
    shutil.copytree(DESK, root)
    library = Library(Cache(tmp_path / "cache.sqlite"))
    views_for(library, [str(root)], 1 << 20, load(library, root))  # built and stored
    (root / "one.txt").write_text('Farm news\n\n2025-01-01 09:00\n\n"The harvest was a record," said Ann Lee.\n')
    articles = load(library, root)
    views = views_for(library, [str(root)], 1 << 20, articles)
    assert isinstance(views.indexes["quotes"], LayeredIndex)
    assert isinstance(views.indexes["quotes"].base, DiskIndex)  # the stored one, a file laid over it
    assert quotes_of(views, "Ann Lee") == ["The harvest was a record,"]
    # a second change, as the watcher lays it over: the first change's quote stays, the second's joins
    (root / "two.txt").write_text('More farm news\n\n2025-01-02 09:00\n\n"Rain came late," said Ann Lee.\n')
    new = [a for a in load(library, root) if a.source.endswith("two.txt")]
    again = laid_over(library, views, {new[0].source}, new)
    assert isinstance(again.related, LayeredRelated)
    assert quotes_of(again, "Ann Lee") == ["Rain came late,", "The harvest was a record,"]
    assert again.related.count(related_key(again.indexes["speakers"].search("Ann Lee")[0].doc) or "") == 2
    # and the first file removed: its quote goes, the second's stays
    gone = laid_over(library, again, {str(root / "one.txt")}, [])
    assert quotes_of(gone, "Ann Lee") == ["Rain came late,"]


def test_the_server_stores_whole_views_rather_than_lay_changes_over(tmp_path: Path) -> None:
    root = tmp_path / "news"
    shutil.copytree(DESK, root)
    library = Library(Cache(tmp_path / "cache.sqlite"))
    views_for(library, [str(root)], 1 << 20, load(library, root))
    (root / "one.txt").write_text('Farm news\n\n2025-01-01 09:00\n\n"The harvest was a record," said Ann Lee.\n')
    articles = load(library, root)
    built = views_for(library, [str(root)], 1 << 20, articles, stale_ok=False)
    assert not isinstance(built.indexes["quotes"], LayeredIndex)
    opened = views_for(library, [str(root)], 1 << 20, articles)  # the next process opens what was stored
    assert isinstance(opened.indexes["quotes"], DiskIndex)
    assert quotes_of(opened, "Ann Lee") == ["The harvest was a record,"]


def test_a_big_corpus_is_indexed_by_a_process_of_its_own_and_the_reader_opens_what_it_stored(
    tmp_path: Path, monkeypatch
) -> None:
    """Building the views takes 800 MB at 100,000 articles, which a reader's heap would keep for its whole
    session: from apart.APART_FROM articles a child process builds and stores them, the reader opens them."""
    from tui.library import apart

    root = tmp_path / "news"
    shutil.copytree(DESK, root)
    (root / "one.txt").write_text('Farm news\n\n2025-01-01 09:00\n\n"The harvest was a record," said Ann Lee.\n')
    library = Library(Cache(tmp_path / "cache.sqlite"))
    articles = load(library, root)
    monkeypatch.setattr(apart, "APART_FROM", 1)

    def no_analysis_here(*args: object) -> object:
        raise AssertionError("the reader analysed the corpus itself")

    monkeypatch.setattr(Library, "pairs", no_analysis_here)  # the child is another process: it is not patched
    seen: list[tuple[int, int]] = []
    views = views_for(library, [str(root)], 1 << 20, articles, progress=lambda d, t: seen.append((d, t)), apart=True)
    assert isinstance(views.indexes["quotes"], DiskIndex)  # opened from what the child stored
    assert quotes_of(views, "Ann Lee") == ["The harvest was a record,"]
    assert seen and seen[-1] == (len(articles), len(articles))  # its progress reached the reader


def test_a_reader_that_ends_ends_its_index_child_and_is_not_held_by_it(tmp_path: Path, monkeypatch) -> None:
    """`q` during an index build: the child is ended and the thread that waited for it returns at once
    (Stopped), instead of holding the process's exit until the build is done, or building it here."""
    import threading
    import time

    from tui.library import apart

    root = tmp_path / "news"
    shutil.copytree(DESK, root)
    library = Library(Cache(tmp_path / "cache.sqlite"))
    articles = load(library, root)
    monkeypatch.setattr(apart, "APART_FROM", 1)
    monkeypatch.setattr(Library, "pairs", lambda *a: (_ for _ in ()).throw(AssertionError("built here")))
    outcome: list[object] = []

    def build() -> None:
        try:
            outcome.append(views_for(library, [str(root)], 1 << 20, articles, apart=True))
        except apart.Stopped as exc:
            outcome.append(exc)

    worker = threading.Thread(target=build)
    worker.start()
    for _ in range(400):  # the child is up within a second or two (a liveness wait, not a timing check)
        if apart._running:
            break
        time.sleep(0.05)
    children = list(apart._running)
    apart.stop_all()
    worker.join(30)
    assert not worker.is_alive() and len(outcome) == 1 and isinstance(outcome[0], apart.Stopped)
    assert children and all(not c.is_alive() for c in children)


def test_builders_of_one_cache_take_turns_and_the_later_one_opens_what_the_first_stored(tmp_path: Path) -> None:
    """Every SSH session's reader may ask for the index at once: their children take a lock beside the cache
    (one builds, the others wait and then open what it stored), not 800 MB each at 100,000 articles."""
    import fcntl
    import os
    import threading
    import time

    from tui.library import apart

    root = tmp_path / "news"
    shutil.copytree(DESK, root)
    db = tmp_path / "cache.sqlite"
    library = Library(Cache(db))
    load(library, root)
    lock = db.with_name("cache.sqlite.views.lock")
    lock.touch(mode=0o600)
    fd = os.open(lock, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another builder holds it
    done: list[bool] = []
    worker = threading.Thread(target=lambda: done.append(apart.run_apart("views", db, [str(root)], 1 << 20)))
    worker.start()
    try:
        time.sleep(5)  # long enough for an unlocked child to have built and stored this small corpus
        assert worker.is_alive() and not done  # waiting its turn
    finally:
        os.close(fd)  # the other builder is done
    worker.join(60)
    assert done == [True]
    views = views_for(library, [str(root)], 1 << 20, load(library, root))
    assert isinstance(views.indexes["quotes"], DiskIndex)  # stored by the child
