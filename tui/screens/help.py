"""Every key, grouped where it works."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Anywhere", [
        ("1 2 3 4 5", "articles · article · speakers · quotes · initiatives"),
        ("tab / shift+tab, l / h", "next / previous pane"),
        ("] / [", "next / previous article"),
        ("y", "copy the selected quote with its speaker (OSC 52, works over SSH)"),
        ("escape, c", "clear the speaker filter and marks"),
        ("n / N", "next / previous find match, or mention of the chosen initiative"),
        ("f, ctrl+f", "find in this article (match count; enter keeps the matches)"),
        ("s", "star or unstar the article (kept across runs)"),
        ("S", "save the selected quote · w lists saved quotes (enter opens, d removes)"),
        ("v", "list filter: all · unread · starred"),
        ("o", "sort: date · outlet · title"),
        ("e", "export this article, a speaker's quotes or the saved quotes (md, csv, json)"),
        ("r", "reload sources: feeds fetched again, changed files re-read"),
        ("p", "problems: sources that could not be read"),
        ("/", "search: quotes; @speakers #initiatives :articles; 'exact ^start end$ !not a|b by: in: since: until:"),
        ("?", "this help"),
        ("ctrl+p", "command palette: every action, go to article…, go to speaker…"),
        ("q", "quit"),
    ]),
    ("Lists and panels", [
        ("↓ ↑, j k", "move"),
        ("g / G", "first / last"),
        ("pgdn / pgup", "page"),
        ("enter", "choose: open article · narrow quotes to speaker · jump to quote · step through initiative"),
        ("a", "on a speaker: all their quotes across the corpus"),
    ]),
    ("Reading pane", [
        ("↓ ↑, j k", "scroll a line"),
        ("space / b, pgdn / pgup", "page down / up"),
        ("g / G", "top / bottom"),
    ]),
]  # fmt: skip


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for group, keys in KEYS:
            table.add_row(f"[reverse] {group} [/]", "")
            for key, what in keys:
                table.add_row(key, what)
            table.add_row("", "")
        with VerticalScroll(id="help-box"):
            yield Static("Newsdesk keys  ·  escape closes", id="help-title")
            yield Static(table)
