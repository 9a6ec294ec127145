"""One way to open the SQLite files every process shares (the cache and the reading state)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tui.paths import private_file


def connect(path: Path) -> sqlite3.Connection:
    """A connection to a file only its user can read (0600, in a private folder): autocommit (each write
    takes its own transaction: BEGIN IMMEDIATE where several statements go together), usable from the UI
    thread and workers under the caller's lock, waiting up to 10 s for another writer, in WAL mode so readers
    never wait for it, and synchronous=NORMAL: a commit survives the process being killed."""
    private_file(path)
    conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn
