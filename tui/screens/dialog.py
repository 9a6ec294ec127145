"""The dialogs' common base: their layout (styles/dialogs.tcss) read when the first one is opened."""

from __future__ import annotations

from textual.screen import ModalScreen, ScreenResultType

from tui.paths import styles_dir


class Dialog(ModalScreen[ScreenResultType]):
    """A modal dialog. Its sheet is default CSS of this class, which Textual adds and parses on the first one
    mounted (the app's CSS_PATH would be parsed before the first frame, and a Screen's CSS_PATH reparses every
    sheet when it is pushed). Unscoped: the sheet names each dialog's own widgets."""

    DEFAULT_CSS = (styles_dir() / "dialogs.tcss").read_text(encoding="utf-8")
    SCOPED_CSS = False
