"""A speaker across the corpus, and one quotation as several articles report it.

Both read what `tui.library.peoplestore` keeps (one profile, one group): nothing here walks the corpus. Every
name, title and quote is article text, so it is shown as Text, never as markup. Enter on a quote dismisses with
where it is, and the main screen opens the article there.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import ScrollableContainer, Vertical
from textual.widgets import Label, OptionList, Sparkline, Static
from textual.widgets.option_list import Option

from tui.library.peopleprofile import versions_marked
from tui.library.profiles import also_named, months_filled, span, version_speakers
from tui.library.state import QuoteRef
from tui.screens.dialog import Dialog
from tui.widgets.panels import Panel

# Where a chosen quote is: (source, article id, start, end)
_KIND = {"surname": "surname only: possibly several people", "org": "organisation", "descriptor": "descriptor"}


def _line(label: str, value: str) -> Text:
    out = Text(label, style="bold")
    out.append(value)  # article text: appended as plain text
    return out


def _joined(lines: list[Text]) -> Text:
    return Text("\n", no_wrap=True, overflow="ellipsis").join(lines)


def profile_header(p: dict[str, Any]) -> Text:
    """The lines above the quotes: each one line, cut at the edge, so an 80x24 screen keeps room for quotes."""
    lines = []
    counts = f"{p['quotes']} quotes · {p['reported']} reported · {p['articles']} articles · {span(p)}"
    kind = _KIND.get(p["kind"])
    lines.append(Text(counts + (f" · {kind}" if kind else ""), style="dim"))
    if p["titles"]:
        lines.append(_line("Titles  ", "; ".join(f"{t['title']} ({t['count']})" for t in p["titles"][:6])))
    if others := also_named(p):
        lines.append(_line("Also    ", ", ".join(others[:10])))
    if p["outlets"]:
        lines.append(_line("Outlets ", ", ".join(f"{o} {n}" for o, n in p["outlets"][:8])))
    if p["initiatives"]:
        lines.append(_line("About   ", ", ".join(f"{n} ({c})" for n, c in p["initiatives"][:6])))
    if p["alongside"]:
        lines.append(_line("With    ", ", ".join(f"{n} ({c})" for _, n, c in p["alongside"][:8])))
    if p["maybe"]:
        lines.append(_line("Maybe   ", ", ".join(n for _, n in p["maybe"][:8])))
    return _joined(lines)


class _Listing(Dialog[QuoteRef | None]):
    """A profile: a title, header lines, a timeline by month, then article headings (not choosable) and the
    places under them; enter goes to a place."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close", id="profile.close")]  # one id closes them all
    COUNTED = "quotes"  # what the timeline counts

    def __init__(self, profile: dict[str, Any]) -> None:
        super().__init__()
        self.profile = profile
        self.places: list[QuoteRef | None] = []

    def name_line(self) -> Text:
        return Text(self.profile["name"], style="bold")

    def header(self) -> Text:
        raise NotImplementedError

    def rows(self, item: dict[str, Any]) -> list[tuple[Text, int, int]]:
        """An article's rows under its heading: (what is shown, start, end of the place in the article)."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        p = self.profile
        with Vertical(id="profile-box"):
            yield Label(self.name_line(), id="profile-title")
            yield Static(self.header(), id="profile-head")
            series = months_filled(p["months"])
            if len(series) > 1:
                yield Sparkline([n for _, n in series], summary_function=max, id="profile-timeline")
                yield Label(Text(f"{self.COUNTED} by month, {series[0][0]} to {series[-1][0]}", style="dim"),
                            id="profile-span")  # fmt: skip
            items = Panel(id="profile-quotes")
            for item in p["items"]:
                head = Text(" · ".join(x for x in (item["day"] or "undated", item["outlet"]) if x), style="dim")
                head.append(" · ")
                head.append(item["title"] or item["article_id"], style="bold")
                items.add_option(Option(head, disabled=True))
                self.places.append(None)
                for row, start, end in self.rows(item):
                    items.add_option(Option(row))
                    self.places.append(QuoteRef(item["source"], item["article_id"], start, end))
            yield items

    def on_mount(self) -> None:
        items = self.query_one("#profile-quotes", OptionList)
        items.highlighted = next((i for i, x in enumerate(self.places) if x is not None), None)
        items.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        place = self.places[event.option_index]
        if place is not None:
            self.dismiss(place)


class ProfileScreen(_Listing):
    """A speaker's profile: who, when (a timeline of quotes by month), with whom, and every quote by article."""

    def header(self) -> Text:
        return profile_header(self.profile)

    def rows(self, item: dict[str, Any]) -> list[tuple[Text, int, int]]:
        out = []
        for q in item["quotes"]:
            row = Text("❝" + q["text"] if q["kind"] == "direct" else "≈ " + q["text"], overflow="fold")
            if q["kind"] != "direct":
                row.stylize("italic")
            if q.get("shared", 0) > 1:
                row.append(f"  ↔ {q['shared']} articles", style="dim")
            out.append((row, q["start"], q["end"]))
        return out


class _Columns(ScrollableContainer, can_focus=False, inherit_bindings=False):
    """The versions' row: scrolled by the cursor (and the mouse), its arrow keys left to the screen."""


class VersionCard(Static, can_focus=True):
    """One article's version of the quotation, a column beside the others."""

    DEFAULT_CSS = """
        VersionCard {
            width: 1fr;
            min-width: 34;
            height: auto;
            border: round $panel;
            padding: 0 1;
        }

        VersionCard:focus {
            border: round $accent;
        }
    """

    def __init__(self, index: int, text: Text) -> None:
        super().__init__(text, classes="version")
        self.index = index

    def on_click(self) -> None:
        self.focus()
        if isinstance(self.screen, VersionsScreen):
            self.screen.action_open()


class VersionsScreen(Dialog[QuoteRef | None]):
    """One quotation as each article reports it, side by side, newest on the left, the words the others lack
    marked; a flag when the articles give it to different people, which is how a misattribution shows. Each
    version is a column of at least 34 cells: as many as the screen holds, the rest a scroll to the right."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close", id="profile.close"),  # one id closes both
        Binding("j", "step(1)", "Next", show=False, id="panel.down"),  # the panels' keys, remapped with theirs
        Binding("k", "step(-1)", "Previous", show=False, id="panel.up"),
        Binding("l,right,down,tab", "step(1)", "Next", show=False),
        Binding("h,left,up,shift+tab", "step(-1)", "Previous", show=False),
        Binding("enter", "open", "Open", show=False),
    ]

    def __init__(self, versions: list[dict[str, Any]]) -> None:
        super().__init__()
        self.versions = versions

    def compose(self) -> ComposeResult:
        vs = self.versions
        speakers = version_speakers(vs)
        title = Text(f"{len(vs)} versions of this quotation", style="bold")
        if len(speakers) > 1:
            title.append("  · given to different speakers: " + ", ".join(sorted(speakers)), style="bold yellow")
        if len({v["text"].strip(" ,.") for v in vs}) == 1:
            title.append("  · word for word the same", style="dim")
        with Vertical(id="versions-box"):
            yield Label(title, id="versions-title")
            with _Columns(id="versions-list"):
                for i, (v, parts) in enumerate(zip(vs, versions_marked([v["text"] for v in vs]), strict=True)):
                    who = v["identity"] or v["speaker"] or "unattributed"
                    card = Text(v["outlet"] or "-", style="bold")
                    card.append("\n" + " · ".join(x for x in (v["day"] or "undated", who) if x), style="dim")
                    card.append("\n\n❝")
                    for word, differs in parts:
                        card.append(word, style="bold reverse" if differs else "")
                    yield VersionCard(i, card)

    def on_mount(self) -> None:
        self.query(VersionCard).first().focus()  # the newest, as a profile starts on its first quote: enter opens it

    def _cards(self) -> list[VersionCard]:
        return list(self.query(VersionCard))

    @property
    def at(self) -> int:
        """The version the cursor is on (the focused column)."""
        focused = self.focused
        return focused.index if isinstance(focused, VersionCard) else 0

    def action_step(self, step: int) -> None:
        cards = self._cards()
        card = cards[max(0, min(len(cards) - 1, self.at + step))]
        card.focus()
        card.scroll_visible(animate=False)

    def action_open(self) -> None:
        v = self.versions[self.at]
        self.dismiss(QuoteRef(v["source"], v["article_id"], v["start"], v["end"]))


def initiative_header(p: dict[str, Any]) -> Text:
    """The lines above the mentions, each cut at the edge as a speaker's are."""
    lines = [Text(f"{p['kind']} · {p['mentions']} mentions · {p['articles']} articles · {span(p)}", style="dim")]
    if p["described"]:
        d = p["described"][0]
        lines.append(_line("Is      ", f"{d['text']} ({' · '.join(x for x in (d['day'], d['outlet']) if x)})"))
    if p["speakers"]:
        lines.append(_line("Voices  ", ", ".join(f"{n} ({c})" for _, n, c in p["speakers"][:8])))
    if p["outlets"]:
        lines.append(_line("Outlets ", ", ".join(f"{o} {n}" for o, n in p["outlets"][:8])))
    if others := also_named(p):
        lines.append(_line("Also    ", ", ".join(others[:8])))
    return _joined(lines)


class InitiativeScreen(_Listing):
    """An initiative across the corpus: mentions by month, who speaks of it, what the articles say it is, and
    every mention in its words; enter opens the article at it."""

    COUNTED = "mentions"

    def name_line(self) -> Text:
        out = super().name_line()
        if self.profile["acronym"]:
            out.append(f" ({self.profile['acronym']})")
        return out

    def header(self) -> Text:
        return initiative_header(self.profile)

    def rows(self, item: dict[str, Any]) -> list[tuple[Text, int, int]]:
        out = []
        for m in item["mentions"]:
            t, at, n = m["text"], m["at"], m["length"]
            row = Text(t[:at], overflow="fold")
            row.append(t[at : at + n], style="bold reverse")
            row.append(t[at + n :])
            out.append((row, m["start"], m["end"]))
        return out
