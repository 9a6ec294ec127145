"""Articles listed from the store without their text: what a reader of 100,000 articles holds in memory.

A `StoredArticle` is an `Article` whose title, date, outlet and ids are in memory and whose text and paragraph
offsets are read from the cache when something asks for them, through a small LRU shared by the process (the
article being read, the chunk an index build or an export is working on). Every layer above keeps reading
`article.text` as before; only what is on screen or being worked on is held.

When the cache cannot give the text back (moved aside as corrupt, rows rewritten by another process), the
file is read again from disk, so an article never shows empty because its cache went away.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from tui.articles.model import Article, text_key_of

Location = tuple[str, int]  # (absolute file path, index of the article in the file)
Body = tuple[str, tuple[tuple[int, int], ...]]  # (text, paragraph spans)
NO_EXTRA: dict[str, str] = {}  # shared by every stored article without extra fields; never written to

LRU_ARTICLES = 512
LRU_CHARS = 8_000_000  # a handful of huge articles do not hold more than this


class Texts:
    """The text of stored articles, fetched a chunk at a time and kept in a bounded LRU (thread-safe). Each
    body is kept with the text key of the article it serves, checked when it is fetched, not on every read
    (a screen reads an article's text many times; hashing a long one each time would cost milliseconds)."""

    def __init__(self, fetch: Callable[[list[Location]], dict[Location, Body]]) -> None:
        self._fetch = fetch
        self._lru: OrderedDict[Location, tuple[int, Body]] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get(self, loc: Location, key: int, fallback: Callable[[], Body]) -> Body:
        """The body stored at `loc` when it is still the text whose key is `key`; else what `fallback` reads
        (kept too, so that an article whose rows went is read from its file once, not at every look)."""
        with self._lock:
            got = self._lru.get(loc)
            if got is not None and got[0] == key:
                self._lru.move_to_end(loc)
                return got[1]
        body = self._fetch([loc]).get(loc)
        if body is None or text_key_of(body[0]) != key:
            body = fallback()  # the store holds something else there now
        self._keep(loc, key, body)
        return body

    def prefetch(self, locs: Iterable[Location]) -> None:
        """One query for a chunk a worker is about to read whole (an index build, an export)."""
        with self._lock:
            todo = [x for x in locs if x not in self._lru]
        for loc, body in self._fetch(todo).items():
            self._keep(loc, text_key_of(body[0]), body)

    def _keep(self, loc: Location, key: int, body: Body) -> None:
        with self._lock:
            old = self._lru.pop(loc, None)
            if old is not None:
                self._chars -= len(old[1][0])
            self._lru[loc] = (key, body)
            self._chars += len(body[0])
            while len(self._lru) > LRU_ARTICLES or (self._chars > LRU_CHARS and len(self._lru) > 1):
                _, (_key, (text, _spans)) = self._lru.popitem(last=False)
                self._chars -= len(text)

    def forget(self, path: str) -> None:
        """A file rewritten in the store: its old bodies must not be served for its new rows."""
        with self._lock:
            for loc in [x for x in self._lru if x[0] == path]:
                _key, (text, _) = self._lru.pop(loc)
                self._chars -= len(text)


def _reread(loc: Location, source: str) -> Body:
    """The body from the file itself, when the cache no longer has it (its rows gone, the cache replaced)."""
    from tui.articles.sources import parse_bytes, read_bytes

    got = read_bytes(Path(loc[0]), source)
    if not isinstance(got, tuple):
        return "", ()
    items = [x for x in parse_bytes(got[0], source, Path(loc[0]).name) if isinstance(x, Article)]
    if loc[1] >= len(items):
        return "", ()
    return items[loc[1]].text, items[loc[1]].spans


def _plain(fields: dict[str, Any]) -> Article:
    """What a stored article becomes when pickled (for an analysis worker): the whole article."""
    return Article(**fields)


def _compared(a: Article) -> tuple[object, ...]:
    return (a.id, a.source, a.title, a.text_key, a.outlet, a.editor, a.author, a.published, a.dateline, a.url)


def _fill(o: StoredArticle, path: str, idx: int, texts: Texts, chars: int, paras: int, key: int, id: str | int,
          source: str, title: str, outlet: str, editor: str, author: str, published: datetime | None, dateline: str,
          url: str, extra: dict[str, str]) -> None:  # fmt: skip
    """Each slot set through its own descriptor (frozen is skipped), one call each: a warm start makes 100,000."""
    s = _SETTERS
    s[0](o, path)
    s[1](o, idx)
    s[2](o, texts)
    s[3](o, chars)
    s[4](o, paras)
    s[5](o, key)
    s[6](o, id)
    s[7](o, source)
    s[8](o, title)
    s[9](o, outlet)
    s[10](o, editor)
    s[11](o, author)
    s[12](o, published)
    s[13](o, dateline)
    s[14](o, url)
    s[15](o, extra)
    s[16](o, -1)


class StoredArticle(Article):
    """An article from the store: its text is read when asked for; compared and hashed as the parsed article it
    was stored from (by its text's key, not its text)."""

    __slots__ = ("_file", "_idx", "_texts", "chars", "paragraph_count", "row", "text_key")
    _file: str
    _idx: int
    chars: int  # a slot here, a property on Article
    paragraph_count: int
    text_key: int
    _texts: Texts
    row: int  # its number in the store's listing when a list of row numbers made it (tui.library.rows); else -1

    def __init__(self, *args: object, **kwargs: object) -> None:
        """Made by `make` only: a copy through dataclasses.replace would lose where its text is."""
        raise TypeError("a StoredArticle is made by StoredArticle.make")

    @classmethod
    def make(
        cls,
        loc: Location,
        texts: Texts,
        chars: int,
        paragraph_count: int,
        text_key: int,
        id: str | int,
        source: str,
        title: str,
        outlet: str,
        editor: str,
        author: str,
        published: datetime | None,
        dateline: str,
        url: str,
        extra: dict[str, str] | None,
    ) -> StoredArticle:
        """Positional, without keywords. `id` is the article's id, or where it starts in `source` (an int)
        when it is the end of the source (a file's path under its folder): one string less an article."""
        self = cls.__new__(cls)
        _fill(self, loc[0], loc[1], texts, chars, paragraph_count, text_key, id, source, title, outlet, editor,
              author, published, dateline, url, extra or NO_EXTRA)  # fmt: skip
        return self

    @property
    def loc(self) -> Location:
        """Where the article is stored: (its file's absolute path, its index in the file)."""
        return (self._file, self._idx)

    @property
    def id(self) -> str:  # a property over Article's slot, which holds the id or its start
        held = _ID(self)
        return held if held.__class__ is str else self.source[held:]

    def _body(self) -> Body:
        return self._texts.get(self.loc, self.text_key, lambda: _reread(self.loc, self.source))

    @property
    def text(self) -> str:  # a property over Article's slot: read from the store, never kept here
        return self._body()[0]

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return self._body()[1]

    def moved(self, id: str, source: str) -> StoredArticle:
        """The same stored article (its listing row too) under another id and source (a cached file read from
        another root)."""
        out = StoredArticle.make(self.loc, self._texts, self.chars, self.paragraph_count, self.text_key, id, source,
                                 self.title, self.outlet, self.editor, self.author, self.published, self.dateline,
                                 self.url, self.extra)  # fmt: skip
        _SETTERS[16](out, self.row)
        return out

    def __eq__(self, other: object) -> bool:
        """Equal to the article it was stored from (its text by its key), without reading the text."""
        if not isinstance(other, Article):
            return NotImplemented
        return _compared(self) == _compared(other)

    __hash__ = Article.__hash__

    def __repr__(self) -> str:
        return f"StoredArticle(id={self.id!r}, source={self.source!r}, title={self.title!r}, loc={self.loc!r})"

    def __reduce__(self) -> tuple[Callable[[dict[str, Any]], Article], tuple[dict[str, Any]]]:
        text, spans = self._body()
        fields = {
            "id": self.id, "source": self.source, "title": self.title, "text": text, "spans": spans,
            "outlet": self.outlet, "editor": self.editor, "author": self.author, "published": self.published,
            "dateline": self.dateline, "url": self.url, "extra": dict(self.extra),
        }  # fmt: skip
        return _plain, (fields,)


_SLOTS = ("_file", "_idx", "_texts", "chars", "paragraph_count", "text_key", "id", "source", "title", "outlet",
          "editor", "author", "published", "dateline", "url", "extra", "row")  # fmt: skip
_SETTERS = tuple(  # the slots' own descriptors (frozen is skipped); for id, Article's slot under the property
    (Article.__dict__[n] if n == "id" else StoredArticle.__dict__.get(n) or Article.__dict__[n]).__set__ for n in _SLOTS
)
_ID = Article.__dict__["id"].__get__
