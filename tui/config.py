"""The user's settings in one file, `config.toml` in the config folder (or the file $NEWSDESK_CONFIG names).

    theme = "nord"        # a Textual theme
    jobs = 2              # background analysis processes (the reader), worker processes (the commands)
    max_size = 20         # files larger than this (MB) are skipped; "500K" and "1G" too

    [keymap]              # binding id = keys, as keymap.toml
    "article.next" = "right_square_bracket,ctrl+n"

A flag on the command line wins over the environment (NEWSDESK_THEME, NEWSDESK_JOBS, NEWSDESK_MAX_SIZE), which
wins over the file. A file that cannot be read, or a setting that makes no sense, is reported and left out:
the reader starts with what remains.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from tui.paths import config_path

KEYS = ("theme", "jobs", "max_size", "keymap")
ENV = {"theme": "NEWSDESK_THEME", "jobs": "NEWSDESK_JOBS", "max_size": "NEWSDESK_MAX_SIZE"}


class Config(NamedTuple):
    """The settings read (a named tuple: made at every start, and a frozen dataclass is ten times slower to set up)."""

    theme: str | None = None
    jobs: int | None = None
    max_size: int | None = None  # bytes
    keymap: Mapping[str, str] = MappingProxyType({})
    notices: tuple[str, ...] = ()  # what was left out, and why


def parse_size(value: str | int | float) -> int:
    """Bytes from a size in MB (20, 0.5) or with a unit (500K, 20MB, 1G), as --max-size takes it; ValueError
    when it is none or not positive."""
    if isinstance(value, bool):
        raise ValueError(value)
    text = str(value).strip().upper().removesuffix("B")
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1:])
    n = float(text[:-1] if mult else text) * (mult or 1 << 20)
    if not n > 0 or n == float("inf"):
        raise ValueError(value)
    return int(n)


def _setting(key: str, value: object) -> object:
    """The value of one setting as the reader uses it; ValueError when it makes no sense."""
    if key == "theme":
        if not isinstance(value, str) or not value.strip():
            raise ValueError(value)
        return value.strip()
    if key == "jobs":
        jobs = int(value) if isinstance(value, str) else value
        if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0:
            raise ValueError(value)
        return jobs
    if key == "max_size":
        if not isinstance(value, str | int | float):
            raise ValueError(value)
        return parse_size(value)
    raise KeyError(key)


def load_config(path: Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """The file's settings under the environment's; never raises."""
    path = path or config_path()
    env = os.environ if environ is None else environ
    notices: list[str] = []
    values: dict[str, object] = {}
    keymap: dict[str, str] = {}
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raw = None
    except (OSError, UnicodeDecodeError) as exc:
        notices.append(f"config {path} cannot be read ({exc}); left out")
        raw = None
    if raw is not None:
        import tomllib  # only when there is a file: it costs 25 ms of a start

        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            notices.append(f"config {path} is not valid TOML ({exc}); left out")
            data = {}
        for key, value in data.items():
            if key == "keymap":
                if isinstance(value, dict):
                    keymap = {str(k): v for k, v in value.items() if isinstance(v, str)}
                else:
                    notices.append(f"config {path}: keymap must be a table of binding id = keys; left out")
                continue
            if key not in KEYS:
                notices.append(f"config {path}: unknown setting {key!r} (known: {', '.join(KEYS)}); left out")
                continue
            try:
                values[key] = _setting(key, value)
            except ValueError:
                notices.append(f"config {path}: {key} = {value!r} makes no sense; left out")
    for key, name in ENV.items():
        if env.get(name):
            try:
                values[key] = _setting(key, env[name])
            except ValueError:
                notices.append(f"{name}={env[name]!r} makes no sense; left out")
    return Config(keymap=keymap, notices=tuple(notices), **values)  # type: ignore[arg-type]  # checked by _setting
