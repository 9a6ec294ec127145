"""The command palette's "go to article…" and "go to speaker…" (imported when the palette opens)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual.command import Hit, Hits, Matcher, Provider
from textual.content import Content

from tui.library.rows import Rows

if TYPE_CHECKING:
    from tui.analysis import Speaker
    from tui.articles import Article
    from tui.library.search import SearchIndex
    from tui.screens.main import MainScreen

# "go to article budget", "article budget": the words before the title
_GOTO = re.compile(r"^(?:go\s+to\s+)?(?:article\s*:?\s+)?", re.I)
_PROFILE = re.compile(r"^(?:speaker\s+)?profile\s*:?\s+(\S.*)$", re.I)
TITLE_INDEX_MOST = 200_000  # titles a list's word index is built for (typos forgiven); past it, the store finds them


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
        words = _GOTO.sub("", query.strip())
        # "profile NAME": anyone the corpus quotes, found in the stored identities (a query, not a scan)
        wanted = _PROFILE.match(query.strip())
        people = screen.people
        if words:
            # The titles of the list as it shows (its sort and filter: the cursor lands on the article named),
            # searched through a word index built once for that list, off the UI thread: Textual's matcher
            # scored every title in Python, 2 s a keystroke on 18,000.
            view = screen.desk.view
            index = screen.title_index
            if isinstance(view, Rows) and len(view) > TITLE_INDEX_MOST:  # the titles holding the words, by the store
                words_matcher = self.matcher(words)
                for n, title in await asyncio.to_thread(view.folder.titled, words, 40):
                    at = view.position(n)
                    if at is not None:
                        text = f"Go to article: {title}"
                        score = max(words_matcher.match(title), 0.01)
                        yield Hit(score, highlighted(words_matcher, text), _goto_article(screen, at), text)
            else:
                if index is None or index[0] is not view:
                    index = (view, await asyncio.to_thread(_title_index, view))
                    screen.title_index = index
                words_matcher = self.matcher(words)  # one for the query, not one a hit
                for h in index[1].search(words, limit=40):
                    text = f"Go to article: {h.doc.text}"
                    yield Hit(h.score / 100, highlighted(words_matcher, text), _goto_article(screen, h.doc.start), text)
        if screen.desk.current is not None:
            for speaker in screen.analysis_of(screen.desk.current).speakers:
                score = matcher.match(f"go to speaker {speaker.name}")
                if score > 0:
                    yield Hit(
                        score, highlighted(matcher, f"Go to speaker: {speaker.name}"), _goto_speaker(screen, speaker)
                    )
                score = matcher.match(f"profile {speaker.name}")
                if score > 0 and not (wanted and people is not None):  # found below
                    yield Hit(score, highlighted(matcher, f"Profile: {speaker.name}"), _profile(screen, speaker.name))
        if wanted and people is None:  # not joined yet: asking builds them, and the profile opens when they are
            name = wanted.group(1)
            yield Hit(0.9, Content(f"Profile: {name}"), _profile(screen, name))
        elif wanted and people is not None:
            for s in (await asyncio.to_thread(people.find, wanted.group(1)))[:12]:
                about = f"{s['quotes'] + s['reported']:,} quotes, {s['articles']:,} articles"
                yield Hit(0.95, _profile_line(s["name"], about), _profile(screen, s["name"], s["pid"]))
            for s in (await asyncio.to_thread(people.find_initiative, wanted.group(1)))[:6]:
                about = f"{s['kind']}, {s['articles']:,} articles"
                yield Hit(0.9, _profile_line(s["name"], about), _initiative(screen, s["name"]))


def _profile_line(name: str, about: str) -> Content:
    """ "Profile: NAME  about": the name (article text, never markup) in bold."""
    text = f"Profile: {name}"
    return Content(text).stylize("bold", len("Profile: "), len(text)) + Content(f"  {about}")


def _title_index(view: Sequence[Article]) -> SearchIndex:
    from tui.library.search import Doc, SearchIndex

    return SearchIndex([Doc("articles", a.title, start=i) for i, a in enumerate(view)])


def _goto_article(screen: MainScreen, index: int) -> Callable[[], None]:
    from tui.widgets.article_list import ArticleList

    def go() -> None:
        screen.desk.remember_place()
        screen.query_one("#articles", ArticleList).highlighted = index

    return go


def _profile(screen: MainScreen, name: str, pid: int | None = None) -> Callable[[], None]:
    return lambda: screen.profile_of(name, pid=pid)


def _initiative(screen: MainScreen, name: str) -> Callable[[], None]:
    return lambda: screen.initiative_of(name)


def _goto_speaker(screen: MainScreen, speaker: Speaker) -> Callable[[], None]:
    return lambda: screen.show_speaker(speaker)
