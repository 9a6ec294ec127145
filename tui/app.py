"""The Textual reader: the App alone (arguments, settings, global bindings, commands).

The layout lives in screens/main.py; widgets own their bindings. Every binding
has an id, so a keymap file in the user config dir can remap it:

    # ~/.config/newsdesk/keymap.toml
    "article.next" = "right_square_bracket,ctrl+n"
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from tui.articles import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from textual.driver import Driver

    from tui.library.corpus import Library
    from tui.library.state import State
from tui.paths import keymap_path, styles_dir


def load_keymap(path: Path) -> dict[str, str]:
    """Binding id -> keys; a missing or broken file means no remapping, never a crash."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    import tomllib  # only when there is a keymap: it costs 25 ms of every start

    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError:
        return {}
    table = data.get("keymap", data)
    return {str(k): str(v) for k, v in table.items() if isinstance(v, str)}


def _goto_provider() -> type:
    """The palette's "go to" commands, imported when the palette first opens (textual.command is slow to import)."""
    from tui.commands import GoToProvider

    return GoToProvider


class NewsdeskApp(App[None]):
    """Reads the sources in a worker so the screen paints before the corpus is in."""

    TITLE = "Newsdesk"
    CSS_PATH = [str(styles_dir() / "newsdesk.tcss")]
    COMMANDS = App.COMMANDS | {_goto_provider}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Keys", id="app.help"),
    ]

    def __init__(
        self,
        sources: list[str],
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        theme: str | None = None,
        keymap: dict[str, str] | None = None,
        base_keymap: dict[str, str] | None = None,
        notices: list[str] | None = None,
        default_theme: str | None = None,
        library: Library | None = None,
        state: State | None = None,
        watch: bool = False,
        jobs: int = 0,
        kiosk: bool = False,
    ) -> None:
        """`library` and `state` default to the user's cache and reading state (opened off the UI thread);
        `jobs` > 0 analyses the corpus in that many background processes once it is loaded."""
        super().__init__()
        from tui.widgets.scrollbar import install
        from tui.widgets.strips import install as cheaper_strips

        install()
        cheaper_strips()
        self.sources = sources
        self.max_bytes = max_bytes
        self._start_theme = theme
        self._user_keymap = keymap  # None: read keymap.toml after the first frame (Textual keeps its own _keymap)
        self._base_keymap = base_keymap or {}  # config.toml's [keymap]: keymap.toml's entries win over it
        self._notices = notices or []
        # config.toml's theme: the start's, unless --theme names one; a theme chosen in the palette and kept
        # from the last run wins over it (the reading state, read a moment later)
        self._default_theme = default_theme
        self._library, self._state = library, state
        # `watch_files`, not `watch`: that name is Textual's DOMNode.watch, which a bool here shadowed
        self.watch_files, self.jobs, self.kiosk = watch, jobs, kiosk
        # A session of `newsdesk serve`: the user is remote, so nothing they do may write on the server but
        # their exports, and only in their own export folder (NEWSDESK_EXPORT_DIR; none in the kiosk).
        self.served = kiosk or os.environ.get("NEWSDESK_SERVED") == "1"
        root = os.environ.get("NEWSDESK_EXPORT_DIR", "")
        self.export_root: Path | None = Path(root) if root and self.served and not kiosk else None

    def on_unmount(self) -> None:
        """A child building the search index or the speakers' table ends with the reader: else the thread that
        waits for it holds the exit (asyncio waits for its executor's threads) until the build is done."""
        apart = sys.modules.get("tui.library.apart")
        stop = getattr(apart, "stop_all", None)  # None while a worker is still importing it: nothing started yet
        if stop is not None:
            stop()

    def on_mount(self) -> None:
        for notice in self._notices:
            self.notify(notice, severity="warning", timeout=8, markup=False)
        wanted = self._start_theme or self._default_theme
        if wanted:
            if wanted in self.available_themes:
                self.theme = wanted
            else:
                self.notify(f"Unknown theme {wanted!r}", severity="warning", markup=False)
        if self._user_keymap is None:
            self.call_after_refresh(self._load_keymap)  # the user's keymap, read once the first frame is out
        elif self._user_keymap:
            self.set_keymap(self._user_keymap)

    def get_default_screen(self) -> Screen:
        """The main screen is the app's first: composed with the app, inside its start-up batch, so the first
        frame is painted once (a screen pushed on mount was laid out and painted twice, the first discarded)."""
        from tui.screens.main import MainScreen

        screen = MainScreen(
            self.sources,
            max_bytes=self.max_bytes,
            library=self._library,
            state=self._state,
            watch=self.watch_files,
            jobs=self.jobs,
        )
        screen.set_breakpoint_classes(self.size.width)  # laid out for its width at once, not again on Resize
        return screen

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        """Links are never opened here: the reader may run on a server. The link goes to the clipboard (OSC 52)."""
        self.copy_to_clipboard(url)
        self.notify(f"Link copied: {url}", timeout=4, markup=False)

    def _load_keymap(self) -> None:
        self._user_keymap = {**self._base_keymap, **load_keymap(keymap_path())}
        if self._user_keymap:
            self.set_keymap(self._user_keymap)
            for screen in self.screen_stack:
                if hasattr(screen, "show_keys"):
                    screen.show_keys()

    def get_driver_class(self) -> type[Driver]:
        """Textual's own driver on a terminal, writing fewer bytes for the same screen (tui.terminal); any other
        (TEXTUAL_DRIVER, Windows) as Textual chooses it."""
        from textual import constants

        if constants.DRIVER is None and os.name == "posix":
            from tui.terminal import CompactDriver

            return CompactDriver
        return super().get_driver_class()

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None, time_format: str | None = None):  # noqa: ANN201
        """Screenshots are written on the machine the reader runs on: never for a remote user."""
        if self.served:
            self.notify("Screenshots are off on this server", severity="warning")
            return None
        return super().deliver_screenshot(filename, path, time_format)

    def save_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str:
        if self.served:
            raise PermissionError("screenshots are off on this server")
        return super().save_screenshot(filename, path, time_format)

    def _fatal_error(self) -> None:
        """A crash over `serve`: one line for the remote user, not a traceback with the server's paths and
        locals (the exit status still says it failed). Locally, Textual's traceback as usual."""
        if not self.served:
            super()._fatal_error()
            return
        from rich.text import Text

        error = self._exception
        what = "out of memory" if isinstance(error, MemoryError) else "an internal error"
        self._exit_renderables.append(Text(f"newsdesk: the reader stopped ({what})."))
        self._close_messages_no_wait()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if (self.served and command.title == "Screenshot") or command.title == "Keys":
                continue  # Textual's own "Keys" beside ours (below) made two entries of one name
            yield command
        from tui.keys import live_keymap, palette_key
        from tui.screens.main import MainScreen

        keymap = live_keymap(self)
        if isinstance(screen, MainScreen):
            for title, help_, binding, action in (
                ("Search", "Quotes, @speakers, #initiatives, :articles across the corpus", "search.open",
                 screen.action_search),
                ("Find in article", "Words in the article being read", "find.open", screen.action_find),
                ("Next article", "Open the next article", "article.next", lambda: screen.action_step_article(1)),
                ("Previous article", "Open the previous article", "article.previous",
                 lambda: screen.action_step_article(-1)),
                ("Copy quote", "Copy the selected quote with its speaker", "quote.copy", screen.action_copy_quote),
                ("Clear speaker filter", "Show every quote again", "speaker.clear", screen.action_clear_filter),
                ("Show problems", "Sources that could not be read", "problems.show", screen.action_problems),
                ("Focus articles", "The article list", "focus.articles", lambda: screen.action_focus_pane("articles")),
                ("Focus article", "The reading pane", "focus.pane", lambda: screen.action_focus_pane("pane")),
                ("Focus speakers", "The speakers panel", "focus.speakers",
                 lambda: screen.action_focus_pane("speakers")),
                ("Focus quotes", "The quotes panel", "focus.quotes", lambda: screen.action_focus_pane("quotes")),
                ("Focus initiatives", "The initiatives panel", "focus.initiatives",
                 lambda: screen.action_focus_pane("initiatives")),
                ("Next mention", "Next mention of the chosen initiative", "mention.next",
                 lambda: screen.action_step_mention(1)),
                ("Star article", "Star or unstar the article", "article.star", screen.action_star),
                ("Save quote", "Keep the selected quote", "quote.save", screen.action_save_quote),
                ("Saved quotes", "Every quote you kept", "saved.show", screen.action_saved),
                ("Filter articles", "All, unread only, starred only", "list.filter", screen.action_cycle_filter),
                ("Sort articles", "By date, outlet or title", "list.sort", screen.action_cycle_sort),
                ("Export", "This article, a speaker's quotes or the saved quotes", "export.open",
                 screen.action_export),
                ("Reload sources", "Fetch feeds again, re-read changed files", "sources.reload",
                 screen.action_reload),
                ("Speaker profile", "The highlighted speaker or initiative across the corpus",
                 "speaker.profile", screen.action_profile),
                ("Quote versions", "The quote as other articles report it, what differs", "quote.versions",
                 screen.action_versions),
            ):  # fmt: skip
                yield SystemCommand(title, f"{help_} ({palette_key(binding, keymap)})", action)
        yield SystemCommand("Keys", f"Every key ({palette_key('app.help', keymap)})", self.action_help)


def make_reader(
    sources: list[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    theme: str | None = None,
    cache: str | None = None,
    watch: bool = False,
    jobs: int = 1,
    animation: bool = True,
    keymap: dict[str, str] | None = None,
    notices: list[str] | None = None,
    default_theme: str | None = None,
) -> NewsdeskApp:
    """The reader as the command line asks for it (and the environment of a served session).

    `cache`: a cache file, "" for none, None for the default (NEWSDESK_CACHE or the user cache folder);
    `keymap`: config.toml's [keymap] (keymap.toml's entries win); `notices`: what config.toml left out, shown.
    """
    library = None
    state = None
    kiosk = os.environ.get("NEWSDESK_KIOSK") == "1"
    if kiosk:  # a public session of `newsdesk serve ssh --allow-anonymous`: nothing kept, nothing written
        from tui.library.state import State

        state = State(Path(":memory:"))
    if cache is not None:  # else the reader opens the default cache off the UI thread
        from tui.library.corpus import open_library

        library = open_library(cache)
    app = NewsdeskApp(
        sources, max_bytes=max_bytes, theme=theme, library=library, state=state, watch=watch, jobs=jobs, kiosk=kiosk,
        base_keymap=keymap, notices=notices, default_theme=default_theme,
    )  # fmt: skip
    if not animation or os.environ.get("TERM", "") in ("dumb", "linux"):
        app.animation_level = "none"
    return app


def run_reader(sources: list[str], *, mouse: bool = True, **options: Any) -> int:
    """The reader's exit status: 0, or non-zero after a crash (Textual reports 1 and prints why)."""
    app = make_reader(sources, **options)  # make_reader's own keywords, checked there
    app.run(mouse=mouse)
    return app.return_code or 0
