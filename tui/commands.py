"""The command palette's "go to article…" and "go to speaker…" (imported when the palette opens)."""

from __future__ import annotations

from textual.command import Hit, Hits, Matcher, Provider
from textual.content import Content


def highlighted(matcher: Matcher, text: str) -> Content:
    """The matched letters of untrusted text in bold; Matcher.highlight would read the text as markup."""
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class GoToProvider(Provider):
    """ "Go to article…" and "go to speaker…" in the command palette."""

    async def search(self, query: str) -> Hits:
        from tui.screens.main import MainScreen

        screen = self.screen if isinstance(self.screen, MainScreen) else None
        if screen is None:
            return
        matcher = self.matcher(query)
        for index, article in enumerate(screen.articles[:20000]):
            score = matcher.match(f"go to article {article.title}")
            if score > 0:
                yield Hit(score, highlighted(matcher, f"Go to article: {article.title}"), _goto_article(screen, index))
        if screen.current is not None:
            for speaker in screen.analysis_of(screen.current).speakers:
                score = matcher.match(f"go to speaker {speaker.name}")
                if score > 0:
                    yield Hit(
                        score, highlighted(matcher, f"Go to speaker: {speaker.name}"), _goto_speaker(screen, speaker)
                    )


def _goto_article(screen: object, index: int):  # noqa: ANN202 - a palette callback
    def go() -> None:
        screen.query_one("#articles").highlighted = index  # type: ignore[attr-defined]

    return go


def _goto_speaker(screen: object, speaker: object):  # noqa: ANN202 - a palette callback
    def go() -> None:
        from tui.widgets.panels import SpeakersPanel

        screen._speaker_chosen(SpeakersPanel.Chosen(speaker))  # type: ignore[attr-defined, arg-type]

    return go
