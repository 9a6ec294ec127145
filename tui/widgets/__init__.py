"""The reader's widgets. `later` names a widget module imported on first use: the side panels and the find bar
are mounted after the first frame, so their modules (Textual's per-class set-up of each widget) need not delay it."""

from __future__ import annotations

import importlib
from typing import Any


class later:  # read as a module: `panels.QuotesPanel`
    """A module imported when one of its names is first read (then by a dictionary lookup each time)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:  # whatever the module holds
        return getattr(importlib.import_module(self._name), attr)
