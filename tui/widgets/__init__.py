"""The reader's widgets. `panels` and `findbar` here are those modules, imported on first use: the side panels
and the find bar are mounted after the first frame, so their modules (Textual's per-class set-up of each widget)
need not delay it. The screens import them from here (`from tui.widgets import panels`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any


class later:  # read as a module: `panels.QuotesPanel`
    """A module imported when one of its names is first read (then by a dictionary lookup each time)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:  # whatever the module holds
        return getattr(importlib.import_module(self._name), attr)


if TYPE_CHECKING:
    from tui.widgets import findbar, panels
else:  # once imported, the package's attribute is the module itself; these stand in until then
    findbar = later("tui.widgets.findbar")
    panels = later("tui.widgets.panels")
