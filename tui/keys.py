"""Every key the reader answers to, described once.

The key bar, the help screen, the palette's descriptions and the README's key tables are all written from
these rows and the live keymap, so a key remapped in keymap.toml shows as the user set it everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import NamedTuple

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.keys import format_key

# format_key's symbols read well in a footer; the help spells these out.
_SPELLED = {"⏎": "enter", "esc": "escape"}


class Row(NamedTuple):
    """Binding ids (their live keys, " / " between ids), and keys that are not bindings (typing, mouse)."""

    ids: tuple[str, ...] = ()
    what: str = ""
    plain: str = ""  # keys shown as written, before the bindings' keys
    sep: str = " / "


SECTIONS: list[tuple[str, list[Row]]] = [
    ("Anywhere", [
        Row(("focus.articles", "focus.pane", "focus.speakers", "focus.quotes", "focus.initiatives"),
            "focus list, article, speakers, quotes, initiatives", sep=" "),
        Row(("focus.next", "focus.previous"), "next / previous pane", plain="tab / shift+tab"),
        Row(("article.next", "article.previous"), "next / previous article, from anywhere"),
        Row(("quote.copy",), "copy the quote, its speaker and source (OSC 52)"),
        Row(("speaker.clear",), "clear the speaker filter, marks and find bar"),
        Row(("mention.next", "mention.previous"), "next / previous match, mention or unread"),
        Row(("find.open",), "find in this article (below)"),
        Row(("quote.save", "saved.show"), "save or unsave the quote (✓) / the saved quotes"),
        Row(("export.open",), "export the article, a speaker or saved quotes"),
        Row(("sources.reload", "problems.show"), "reload the sources / the unreadable ones, and why"),
        Row(("pane.zoom",), "zoom: the focused pane fills the screen, or back"),
        Row(("search.open",), "search the corpus (below)"),
        Row(("jump.back", "jump.forward"), "back to before a result / forward again"),
        Row(("speaker.profile", "quote.versions"), "profile: speaker, initiative / quote's versions ↔"),
        Row((), "palette: every action, go to article or speaker", plain="ctrl+p"),
        Row(("app.help", "app.quit"), "every key / quit"),
    ]),
    ("Reading and the list", [
        Row(("article.star",), "star or unstar the article (kept across runs)"),
        Row(("article.unread",), "unread or read again (passing over is not reading)"),
        Row(("list.all_read",), "mark every article listed read"),
        Row(("list.filter",), "show all · unread only · starred only"),
        Row(("list.sort",), "sort by date · outlet · title"),
        Row(("list.reverse",), "the sort the other way round (kept across runs)"),
        Row(("list.outlets",), "outlets, unread counts; enter lists one"),
    ]),
    ("Lists and panels", [
        Row(("list.down", "list.up"), "move"),
        Row(("list.top", "list.bottom"), "first / last"),
        Row(("list.page_down", "list.page_up"), "page"),
        Row(("list.open",), "open · narrow the quotes to a speaker · jump to a quote · "
            "step through an initiative's mentions"),
        Row(("speaker.everywhere",), "on a speaker: all their quotes across the corpus"),
    ]),
    ("Reading pane", [
        Row(("pane.down", "pane.up"), "scroll a line", plain="↓ / ↑"),
        Row(("pane.page_down", "pane.page_up"), "page down / up", plain="pgdn / pgup"),
        Row(("pane.top", "pane.bottom"), "top / bottom"),
    ]),
    ("Search", [
        Row((), "quotes; @speakers #initiatives :articles", plain="words"),
        Row((), "exact word, at the start, at the end", plain="'word ^word word$"),
        Row((), "not the word; either word", plain="!word a|b"),
        Row((), 'filters; by:"two words" for spaces', plain="by: in: since: until:"),
        Row((), "earlier queries (in the query line)", plain="↑ / ↓"),
        Row(("search.next", "search.previous"), "next / previous result"),
        Row(("search.results",), "from the query to the results"),
        Row((), "open it; a speaker or initiative: all of it",
            plain="enter"),
        Row(("search.profile",), "on a result: its profile"),
        Row(("search.close",), "back to the results, or close the search"),
    ]),
    ("Find bar", [
        Row((), "matches marked and counted as you type", plain="words"),
        Row((), "keep the matches and go back to the article", plain="enter"),
        Row(("mention.next", "mention.previous"), "next / previous match"),
        Row(("speaker.clear",), "close the find bar and clear the matches"),
    ]),
    ("Saved quotes", [
        Row(("saved.down", "saved.up"), "move", plain="↓ / ↑"),
        Row((), "open the article at the quote", plain="enter"),
        Row(("saved.remove",), "remove the quote"),
        Row(("saved.close",), "close"),
    ]),
    ("Profile, versions", [
        Row((), "next / previous version, side by side", plain="l / h, → / ←"),
        Row((), "open the article at the quote", plain="enter"),
        Row(("profile.close",), "close"),
    ]),
    ("Export", [
        Row((), "what to export, then the file", plain="↑ / ↓, enter"),
        Row(("export.format",), "next format: md · csv · json"),
        Row((), "write the file (asks before overwriting)", plain="enter"),
        Row(("export.cancel",), "cancel"),
    ]),
    ("Mouse", [
        Row((), "focus a pane, open an article, choose a row", plain="click"),
        Row((), "scroll the list, the article or a panel", plain="wheel"),
        Row((), "no mouse: the terminal's own text selection", plain="newsdesk --no-mouse"),
    ]),
]  # fmt: skip


_CORE = (
    "tui.app:NewsdeskApp", "tui.screens.main:MainScreen", "tui.widgets.article_list:ArticleList",
    "tui.widgets.reading:ReadingPane",
)  # fmt: skip
_PANELS = ("tui.widgets.panels:Panel", "tui.widgets.panels:SpeakersPanel")  # mounted after the first frame
_DIALOGS = (
    "tui.screens.search:SearchScreen", "tui.screens.saved:SavedScreen", "tui.screens.export:ExportScreen",
    "tui.screens.help:HelpScreen", "tui.screens.problems:ProblemsScreen", "tui.screens.outlets:OutletsScreen",
    "tui.screens.profile:ProfileScreen", "tui.screens.profile:VersionsScreen",
    "tui.screens.profile:InitiativeScreen",
)  # fmt: skip


@cache
def _bindings(where: tuple[str, ...]) -> dict[str, Binding]:
    """The bindings with an id that these classes declare; the dialogs' modules load only when their keys are
    asked for (the key bar is drawn before the first frame, the dialogs are imported later)."""
    import importlib

    out: dict[str, Binding] = {}
    for path in where:
        module, name = path.split(":")
        for klass in getattr(importlib.import_module(module), name).__mro__:  # a screen's parts declare their own
            for binding in klass.__dict__.get("BINDINGS", []):
                if isinstance(binding, Binding) and binding.id:
                    out.setdefault(binding.id, binding)
    return out


def default_binding(binding_id: str) -> Binding:
    for where in (_CORE, _PANELS):  # the key bar's are all in the first: the panels' modules load later
        found = _bindings(where).get(binding_id)
        if found is not None:
            return found
    return _bindings(_DIALOGS)[binding_id]


def shown(key: str) -> str:
    """One key as a person reads it: "/" for slash, "ctrl+f", "enter"."""
    formatted = format_key(key.strip())
    return _SPELLED.get(formatted, formatted)


def keys_of(binding_id: str, keymap: Mapping[str, str] | None = None) -> list[str]:
    """The keys a binding answers to now: the user's keymap first, else the binding's own."""
    raw = (keymap or {}).get(binding_id) or default_binding(binding_id).key
    return [shown(k) for k in raw.split(",") if k.strip()]


def row_keys(row: Row, keymap: Mapping[str, str] | None = None) -> str:
    inner = " " if len(row.ids) > 1 else ", "  # "↓ j / ↑ k", but "escape, c"
    bound = row.sep.join(inner.join(keys_of(i, keymap)) for i in row.ids)
    return ", ".join(x for x in (row.plain, bound) if x)


def help_table(sections: Iterable[tuple[str, list[Row]]], keymap: Mapping[str, str] | None = None) -> Table:
    """A Rich table of Text cells: a key or a description is never read as markup."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
    table.add_column(style="bold", no_wrap=True, max_width=32)
    table.add_column()
    sections = list(sections)
    for n, (title, rows) in enumerate(sections):
        table.add_row(Text(f" {title} ", style="reverse"), Text(""))
        for row in rows:
            table.add_row(Text(row_keys(row, keymap)), Text(row.what))
        if n < len(sections) - 1:  # a gap between groups, none after the last
            table.add_row("", "")
    return table


def markdown(keymap: Mapping[str, str] | None = None) -> str:
    """The README's key tables (`python -m tui.keys` prints them; a test keeps the README in step)."""
    out: list[str] = []
    for title, rows in SECTIONS:
        out += [f"**{title}**", "", "| key | action |", "|---|---|"]
        for row in rows:
            keys, what = (x.replace("|", "\\|") for x in (row_keys(row, keymap), row.what))
            out.append(f"| `{keys}` | {what} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def key_hints(keymap: Mapping[str, str] | None = None) -> Text:
    """The key bar: the first key of each of the few bindings a newcomer needs."""
    focus = [keys_of(f"focus.{n}", keymap)[0] for n in ("articles", "pane", "speakers", "quotes", "initiatives")]
    panes = "1-5" if focus == ["1", "2", "3", "4", "5"] else " ".join(focus)
    ids = ("search.open", "article.previous", "article.next", "quote.copy", "app.help", "app.quit")
    first = {i: keys_of(i, keymap)[0] for i in ids}
    parts = [
        (first["search.open"], "search"),
        (panes, "panes"),
        (f"{first['article.previous']} {first['article.next']}", "article"),
        (first["quote.copy"], "copy"),
        (first["app.help"], "keys"),
        ("^p", "commands"),
        (first["app.quit"], "quit"),
    ]
    out = Text()
    for i, (key, what) in enumerate(parts):
        out.append("  " if i else "")
        out.append(key, style="bold")
        out.append(f" {what}")
    return out


def live_keymap(app: object) -> Mapping[str, str]:
    """The keymap the app runs with: Textual keeps it as `_keymap` (set_keymap)."""
    return getattr(app, "_keymap", None) or {}


def palette_key(binding_id: str, keymap: Mapping[str, str] | None = None) -> str:
    return ", ".join(keys_of(binding_id, keymap))


if __name__ == "__main__":
    print(markdown(), end="")
