"""Speakers, quotes and initiatives of an Article: plain Python, no Textual, no I/O."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from tui.analysis.model import Analysis, Initiative, Quote, Speaker

if TYPE_CHECKING:
    from tui.analysis.scan import WordScan

ANALYSIS_VERSION = 5

__all__ = ["ANALYSIS_VERSION", "Analysis", "Initiative", "Quote", "Speaker", "analyze"]


@cache
def _words() -> WordScan:
    """One automaton for the word lists of attribution and initiatives: one pass over each article, not two."""
    from tui.analysis import attribution, initiatives
    from tui.analysis.scan import WordScan

    return WordScan({**attribution.WORD_LISTS, **initiatives.WORD_LISTS})


def analyze(article: object) -> Analysis:
    """Everything the reader shows about one article, with offsets into its text."""
    from tui.analysis.attribution import attribute
    from tui.analysis.initiatives import find_initiatives

    text: str = article.text  # type: ignore[attr-defined]
    spans = article.spans  # type: ignore[attr-defined]
    hits = _words().scan(text)
    quotes, speakers, mentioned = attribute(text, spans, hits)
    return Analysis(quotes=quotes, speakers=speakers, mentioned=mentioned, initiatives=find_initiatives(text, hits))
