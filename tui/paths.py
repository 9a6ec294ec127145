"""Where the bundled seeds and styles live, in a checkout and in an installed wheel."""

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


def styles_dir() -> Path:
    return _find("styles")
