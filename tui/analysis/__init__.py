"""Speakers, quotes and initiatives of an Article: plain Python, no Textual, no I/O."""

from __future__ import annotations

from tui.analysis.model import Analysis, Initiative, Quote, Speaker

ANALYSIS_VERSION = 4

__all__ = ["ANALYSIS_VERSION", "Analysis", "Initiative", "Quote", "Speaker", "analyze"]


def analyze(article: object) -> Analysis:
    """Everything the reader shows about one article, with offsets into its text."""
    from tui.analysis.attribution import attribute
    from tui.analysis.initiatives import find_initiatives

    text: str = article.text  # type: ignore[attr-defined]
    spans = article.spans  # type: ignore[attr-defined]
    quotes, speakers, mentioned = attribute(text, spans)
    return Analysis(quotes=quotes, speakers=speakers, mentioned=mentioned, initiatives=find_initiatives(text))
