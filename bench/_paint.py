"""A child process for bench/ui.py: start an app, paint, exit. `bare` or `newsdesk`."""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("hello")

    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)


def newsdesk() -> App[None]:
    from tui.app import NewsdeskApp
    from tui.paths import seeds_dir
    from tui.screens.main import MainScreen

    class Timed(NewsdeskApp):
        """Exits once the seed article is on screen (the list loaded and the article painted)."""

        def on_mount(self) -> None:
            super().on_mount()
            self.set_interval(0.005, self._check)

        def _check(self) -> None:
            screen = self.screen
            if isinstance(screen, MainScreen) and screen.desk.current is not None:
                self.call_after_refresh(self.exit)

    return Timed([str(seeds_dir())], keymap={})


class BareTty(App[None]):
    """The bare app as a user runs it: full driver, stays up until killed."""

    def compose(self) -> ComposeResult:
        yield Static("hello")


if __name__ == "__main__":
    if sys.argv[1] == "bare-tty":
        BareTty().run()
    else:
        app = Bare() if sys.argv[1] == "bare" else newsdesk()
        app.run(headless=True, size=(80, 24))
