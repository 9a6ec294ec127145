"""Where things live: the bundled seeds and styles (in a checkout and in an installed wheel), and the user's
folders and files (data, cache, config, keymap, search history), each worked out here and only here."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    # Wheel: force-included as tui/<name>; checkout or editable install: beside tui/.
    for candidate in (_PKG / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    return _PKG / name


def seeds_dir() -> Path:
    return _find("seeds")


def default_sources(sources: list[str]) -> list[str]:
    """The sources named, or the bundled seeds when none is: what every command and the reader open."""
    return sources or [str(seeds_dir())]


def styles_dir() -> Path:
    return _find("styles")


def data_dir() -> Path:
    """The user's reading state, saved quotes, history and exports: `NEWSDESK_DATA`, else the data folder."""
    import os

    env = os.environ.get("NEWSDESK_DATA")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsdesk"))


def cache_path() -> Path:
    """The article cache: `NEWSDESK_CACHE`, else the user cache folder."""
    import os

    env = os.environ.get("NEWSDESK_CACHE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsdesk")) / "cache.sqlite"


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsdesk"))


def config_path() -> Path:
    """config.toml: `NEWSDESK_CONFIG`, else in the config folder."""
    import os

    env = os.environ.get("NEWSDESK_CONFIG")
    return Path(env).expanduser() if env else config_dir() / "config.toml"


def keymap_path() -> Path:
    """keymap.toml: `NEWSDESK_KEYMAP`, else in the config folder."""
    import os

    env = os.environ.get("NEWSDESK_KEYMAP")
    return Path(env).expanduser() if env else config_dir() / "keymap.toml"


def history_path() -> Path | None:
    """The user's search history; None in the public kiosk, whose users share one account and keep nothing."""
    import os

    if os.environ.get("NEWSDESK_KIOSK") == "1":
        return None
    return data_dir() / "search_history.txt"


def private_dir(path: Path) -> Path:
    """A folder of the user's own (0700): made so when missing; an existing one is left as its owner set it."""
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            path.chmod(0o700)  # mkdir's mode is filtered by the umask
        except OSError:
            pass
    return path


def private_file(path: Path) -> Path:
    """Make sure path exists as a file only its owner can read (0600), in a private folder; SQLite gives its
    -wal and -shm files the mode of the database file, so those follow."""
    import os

    if str(path) == ":memory:":
        return path
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    return path


def create_file(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """A new file holding data, whole or not at all: FileExistsError when anything is at path (a symlink too,
    never followed). The data goes to a temp file beside it first, then is linked in under the name (link
    fails when the name is taken), so no one ever sees it half-written, unlike an O_EXCL open and writes."""
    import errno
    import os

    tmp = _written_temp(path, data, mode)
    try:
        try:
            os.link(tmp, path)
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV):
                raise
            # a file system without hard links: an exclusive open, written in one go
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                os.fchmod(fh.fileno(), os.stat(tmp).st_mode & 0o7777)
    finally:
        _discard(tmp)
    return path


def _written_temp(path: Path, data: bytes, mode: int | None) -> str:
    """data in a temp file beside path (made exclusively, random name), synced, with `mode` or the umask's."""
    import os
    import tempfile

    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            os.fchmod(fh.fileno(), mode)
    except BaseException:
        _discard(tmp)
        raise
    return tmp


def _discard(tmp: str) -> None:
    import os

    try:
        os.unlink(tmp)
    except OSError:
        pass


def replace_file(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """Replace path whole with data, never half-written: a temp file made exclusively (random name, no
    symlink followed) beside it, synced, given the old file's mode (or `mode`), then renamed over it.
    Anything at path but a regular file (a symlink, a device, a folder) is refused, not replaced."""
    import os
    import stat

    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise IsADirectoryError(21, "not a regular file: not replaced", str(path))
    if mode is None and st is not None:
        mode = stat.S_IMODE(st.st_mode)
    tmp = _written_temp(path, data, mode)
    try:
        os.replace(tmp, path)
    except BaseException:
        _discard(tmp)
        raise
    return path


def code_key(version: int, package_dir: Path) -> int:
    """A version number joined with a digest of a package's code, for cached results of that code: a rule or
    parser changed without a version bump still makes the cache compute again (stale results in a developer's
    scoring run are worse than a slower run). About a millisecond at import."""
    import hashlib

    h = hashlib.sha256(str(version).encode())
    for f in sorted(package_dir.glob("*.py")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return int(h.hexdigest()[:15], 16)
