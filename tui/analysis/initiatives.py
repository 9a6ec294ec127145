from __future__ import annotations

from tui.analysis.model import Initiative


def find_initiatives(text: str) -> list[Initiative]:
    return []
