"""Reading state that outlives the reader: read and starred articles, saved quotes.

One SQLite file in the user data folder (`NEWSDESK_DATA`, else platformdirs),
in WAL mode. Every change is its own committed transaction before the UI shows
it, so killing the process at any moment loses nothing the user saw acknowledged.
Articles are keyed by their file's absolute path (or URL) and their id, so the
state follows an article whichever folder it was opened from.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tui.articles.sources import is_file_source
from tui.paths import data_dir

if TYPE_CHECKING:  # sqlite3 itself loads with the first State: the reader imports this module before its first frame
    import sqlite3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS read (key TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS starred (key TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS saved (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL, outlet TEXT NOT NULL, published TEXT,
    speaker TEXT, speaker_title TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    at REAL NOT NULL, kind TEXT NOT NULL DEFAULT 'direct',
    UNIQUE (key, start, end)
);
"""


@lru_cache(maxsize=1 << 18)
def article_key(source: str, article_id: str) -> str:
    """Where the article lives, independent of the folder it was opened from."""
    where = os.path.abspath(source) if is_file_source(source) else source
    return f"{where}\x1f{article_id}"


class QuoteRef(NamedTuple):
    """One quote (or any span) of one article, wherever it is met: a saved quote, a search hit, a profile's
    or a version's row. Opening it opens the article and marks the span (MainScreen._open_at). (Records read
    at the reader's start are named tuples: a frozen dataclass takes ten times longer to make at import.)"""

    source: str
    article_id: str
    start: int
    end: int

    @property
    def akey(self) -> str:
        return article_key(self.source, self.article_id)


class SavedQuote(NamedTuple):
    id: int
    key: str
    title: str
    source: str
    outlet: str
    published: str | None
    speaker: str | None
    speaker_title: str | None
    text: str
    start: int
    end: int
    at: float
    kind: str = "direct"  # or "indirect": reported speech, never shown in quotation marks

    @property
    def ref(self) -> QuoteRef:
        return QuoteRef(self.source, self.article_id, self.start, self.end)

    @property
    def article_id(self) -> str:
        return self.key.split("\x1f", 1)[1] if "\x1f" in self.key else ""


class State:
    """Read, starred and saved: small writes, each committed before it is acknowledged."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "state.sqlite"
        self.notices: list[str] = []
        self._lock = threading.Lock()
        import sqlite3

        self._error = sqlite3.Error
        self._conn: sqlite3.Connection | None = None
        try:
            from tui.library.db import connect

            conn = connect(self.path)  # 0600 in a 0700 folder: reading habits are the user's own
            conn.executescript(_SCHEMA)
            if "kind" not in {row[1] for row in conn.execute("PRAGMA table_info(saved)")}:
                # A state written before reported speech could be saved: every quote in it is a direct one.
                with contextlib.suppress(sqlite3.OperationalError):  # another reader added it first
                    conn.execute("ALTER TABLE saved ADD COLUMN kind TEXT NOT NULL DEFAULT 'direct'")
            self._conn = conn
        except (OSError, sqlite3.Error) as exc:
            self.notices.append(f"reading state {self.path} cannot be opened ({exc}); it will not be kept")

    def _write(self, sql: str, args: tuple[object, ...], many: list[tuple[object, ...]] | None = None) -> bool:
        """One statement, committed on return (autocommit); with `many`, the statement for each of those rows,
        all in one transaction."""
        with self._lock:
            if self._conn is None:
                return False
            try:
                if many is None:
                    self._conn.execute(sql, args)
                else:
                    with self._conn:  # commits at the end, or rolls back on an error
                        self._conn.execute("BEGIN")
                        self._conn.executemany(sql, many)
                return True
            except self._error as exc:
                self.notices.append(f"reading state not saved ({exc})")
                return False

    def _read(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple]:
        with self._lock:
            if self._conn is None:
                return []
            try:
                return self._conn.execute(sql, args).fetchall()
            except self._error:
                return []

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # Settings the reader keeps across runs (theme, sort, filter) -----------------------------------

    def setting(self, name: str) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE name = ?", (name,))
        return rows[0][0] if rows else None

    def set_setting(self, name: str, value: str) -> bool:
        return self._write("INSERT OR REPLACE INTO settings VALUES (?, ?)", (name, value))

    # Read and starred -----------------------------------------------------------------------------

    def read_keys(self) -> set[str]:
        return {k for (k,) in self._read("SELECT key FROM read")}

    def mark_read(self, key: str) -> bool:
        return self._write("INSERT OR IGNORE INTO read VALUES (?, ?)", (key, time.time()))

    def mark_read_many(self, keys: list[str]) -> bool:
        """Many at once (mark all read): one transaction, not one commit an article."""
        now = time.time()
        return self._write("INSERT OR IGNORE INTO read VALUES (?, ?)", (), many=[(k, now) for k in keys])

    def mark_unread(self, key: str) -> bool:
        return self._write("DELETE FROM read WHERE key = ?", (key,))

    def starred_keys(self) -> set[str]:
        return {k for (k,) in self._read("SELECT key FROM starred")}

    def star(self, key: str, on: bool = True) -> bool:
        if on:
            return self._write("INSERT OR IGNORE INTO starred VALUES (?, ?)", (key, time.time()))
        return self._write("DELETE FROM starred WHERE key = ?", (key,))

    # Saved quotes ---------------------------------------------------------------------------------

    def save_quote(
        self,
        key: str,
        *,
        title: str,
        source: str,
        outlet: str,
        published: str | None,
        speaker: str | None,
        speaker_title: str | None,
        text: str,
        start: int,
        end: int,
        kind: str = "direct",
    ) -> bool:
        return self._write(
            "INSERT OR IGNORE INTO saved (key, title, source, outlet, published, speaker, speaker_title, text, start,"
            " end, at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, title, source, outlet, published, speaker, speaker_title, text, start, end, time.time(), kind),
        )

    def unsave_quote(self, key: str, start: int, end: int) -> bool:
        return self._write("DELETE FROM saved WHERE key = ? AND start = ? AND end = ?", (key, start, end))

    def is_saved(self, key: str, start: int, end: int) -> bool:
        return bool(self._read("SELECT 1 FROM saved WHERE key = ? AND start = ? AND end = ?", (key, start, end)))

    def saved_spans(self, key: str) -> set[tuple[int, int]]:
        """One article's saved quotes, for the Quotes panel's marks (one indexed lookup per article opened)."""
        return {(s, e) for s, e in self._read("SELECT start, end FROM saved WHERE key = ?", (key,))}

    def saved(self) -> list[SavedQuote]:
        rows = self._read(
            "SELECT id, key, title, source, outlet, published, speaker, speaker_title, text, start, end, at, kind"
            " FROM saved ORDER BY at, id"
        )
        return [SavedQuote(*r) for r in rows]
