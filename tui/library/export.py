"""Export: an article's digest, a speaker's quotes, or the saved quotes written to a file (the shapes are
tui.library.formats').

Files are created exclusively (`open(..., "x")`): an existing file is never
overwritten unless the caller was told it exists and asked to replace it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tui.articles import Article
from tui.library.formats import article_digest, quote_rows, quotes_document, saved_rows
from tui.paths import create_file, replace_file

if TYPE_CHECKING:
    from tui.library.corpus import Library
    from tui.library.state import State


def write_new(path: Path, text: str, *, overwrite: bool = False, make_folder: bool = False) -> Path:
    """Write text to path; FileExistsError when it exists and overwriting was not asked for.

    A new file is created exclusively and never through a symlink; a replaced one is replaced whole (see
    tui.paths.replace_file: safe temp file, mode kept, only a regular file replaced). A missing folder is an
    error unless make_folder says to make it."""
    path = path.expanduser()
    if not path.parent.is_dir():
        if not make_folder:
            raise FileNotFoundError(2, "no such folder", str(path.parent))
        path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    return replace_file(path, data) if overwrite else create_file(path, data)


def confined(root: Path, name: str) -> Path | None:
    """The file `name` inside root, for remote users: a plain file name (no folder, no dot file, no control
    character), else None. Nothing a remote user types names another place on the server."""
    name = name.strip()
    if (
        not name
        or len(name) > 120
        or name.startswith(".")
        or any(c in name for c in "/\\")
        or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name)
    ):
        return None
    return root / name


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe form of a title or name."""
    keep = "".join(c.lower() if c.isalnum() else "-" for c in text)
    whole = "-".join(p for p in keep.split("-") if p)
    if len(whole) > limit:
        cut = whole.rfind("-", 0, limit + 1)  # at a word's end, not in its middle
        whole = whole[: cut if cut > 0 else limit]
    return whole.strip("-") or "export"


@dataclass(frozen=True)
class ExportChoice:
    """What the export dialog was asked to write: the article's digest, a speaker's quotes, or the saved quotes."""

    what: Literal["article", "speaker", "saved"]
    fmt: str
    path: str
    overwrite: bool = False
    speaker: str | None = None  # for what == "speaker"


def export(
    choice: ExportChoice, library: Library, articles: Sequence[Article], article: Article | None, state: State | None,
    root: Path | None,
) -> tuple[bool, str]:  # fmt: skip
    """Write what the reader chose: (written, what to tell the reader). A speaker's quotes read every article's
    analysis. `root`: a remote user's own export folder; their messages never show a server path."""
    shown = Path(choice.path).name if root is not None else choice.path
    try:
        if choice.what == "article" and article is not None:
            text, count = article_digest(article, library.analysis(article), choice.fmt), "the digest"
        elif choice.what == "speaker" and choice.speaker:
            rows = quote_rows(library.pairs(articles), speaker=choice.speaker)
            text, count = quotes_document(rows, choice.fmt, f"Quotes of {choice.speaker}"), f"{len(rows)} quote(s)"
        else:
            rows = saved_rows(state.saved() if state is not None else [])
            text, count = quotes_document(rows, choice.fmt, "Saved quotes"), f"{len(rows)} saved quote(s)"
        if root is not None:
            from tui.paths import private_dir

            private_dir(root)
        written = write_new(Path(choice.path), text, overwrite=choice.overwrite)
    except FileExistsError:
        return False, f"{shown} exists: nothing written"
    except OSError as exc:
        return False, f"Could not write {shown}: {exc.strerror or 'error'}"
    where = f"your export folder as {written.name}" if root is not None else str(written)
    return True, f"Exported {count} to {where}"
