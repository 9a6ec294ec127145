"""Speakers, quotes and initiatives of an Article: plain Python, no Textual, no I/O."""

from __future__ import annotations

from functools import cache
from pathlib import Path as _Path
from typing import TYPE_CHECKING

from tui.analysis.model import Analysis, Initiative, Quote, Speaker
from tui.paths import code_key as _code_key

if TYPE_CHECKING:
    from tui.analysis.scan import WordScan
    from tui.articles.model import Article

ANALYSIS_VERSION = 388
# What the cache stores analyses under: the version with a digest of this package's code (tui.paths.code_key).
ANALYSIS_KEY = _code_key(ANALYSIS_VERSION, _Path(__file__).parent)
# The analysis reads at most this much of an article. The longest article text in the bulk corpus is under
# 40,000 characters; a crafted 1 MB one of names and speech verbs would take seconds, so what lies past this
# is shown but not analysed, and the Analysis says where it stopped (analysed_to).
MAX_ANALYSED = 256 * 1024

__all__ = ["ANALYSIS_KEY", "ANALYSIS_VERSION", "Analysis", "Initiative", "Quote", "Speaker", "analyze"]


@cache
def _words() -> WordScan:
    """One automaton for the word lists of attribution and initiatives: one pass over each article, not two."""
    from tui.analysis import attribution, initiatives
    from tui.analysis.scan import WordScan

    return WordScan({**attribution.WORD_LISTS, **initiatives.WORD_LISTS})


def analyze(article: Article) -> Analysis:
    """Everything the reader shows about one article, with offsets into its text."""
    from tui.analysis.attribution import attribute
    from tui.analysis.initiatives import find_initiatives

    text, spans = article.text, article.spans
    analysed_to = None
    if len(text) > MAX_ANALYSED:
        cut = text.rfind(" ", MAX_ANALYSED // 2, MAX_ANALYSED)
        analysed_to = cut if cut > 0 else MAX_ANALYSED
        text = text[:analysed_to]  # a prefix: every offset found in it is an offset of the whole text
        spans = tuple((s, min(e, analysed_to)) for s, e in spans if s < analysed_to)
    hits = _words().scan(text)
    quotes, speakers, mentioned = attribute(text, spans, hits)
    return Analysis(
        quotes=quotes,
        speakers=speakers,
        mentioned=mentioned,
        initiatives=_not_speaking(find_initiatives(text, hits), speakers),
        analysed_to=analysed_to,
    )


# Kinds of initiative that are also the names of bodies: "the Sentencing Project said", "the Victory Fund says",
# "the Clinton campaign said"
_BODY_KINDS = frozenset(("project", "fund", "forum", "partnership", "programme", "campaign"))


def _not_speaking(initiatives: list[Initiative], speakers: list[Speaker]) -> list[Initiative]:
    """The initiatives, less a project, fund or forum that speaks in the article: one that says something is an
    organisation ("the Pew Internet and American Life Project said"), not a programme (an act or a declaration
    that "says" is still one)."""
    voices = {n.lower().removeprefix("the ") for s in speakers for n in (s.name, *s.aliases)}
    return [i for i in initiatives if i.kind not in _BODY_KINDS or i.name.lower().removeprefix("the ") not in voices]
