"""The export dialog: what (this article, a speaker's quotes, the saved quotes), which format, which file.

The path is shown and editable before anything is written; an existing file is
named as such and needs a second enter to be replaced, never a silent overwrite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.articles import Article
from tui.library.export import ExportChoice, confined, slug
from tui.library.formats import FORMATS
from tui.screens.dialog import Dialog


class ExportScreen(Dialog[ExportChoice | None]):
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="export.cancel"),
        Binding("ctrl+t", "next_format", "Next format", id="export.format"),
    ]

    def __init__(self, article: Article | None, speaker: str | None, saved: int, root: Path | None = None) -> None:
        """`root`: a remote user's export folder; then only a file name is asked for, and it goes there."""
        super().__init__()
        self.root = root
        self.speaker = speaker
        self.choices: list[tuple[Literal["article", "speaker", "saved"], str, str]] = []  # (what, label, file stem)
        if article is not None:
            self.choices.append(("article", f"This article's digest: {article.title}", slug(article.title)))
        if speaker:
            self.choices.append(("speaker", f"Every quote of {speaker} in the corpus", slug(speaker)))
        self.choices.append(("saved", f"All saved quotes ({saved})", "saved-quotes"))
        self.fmt = "md"
        self._confirm: str | None = None  # the existing path the user was warned about

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Label("Export  ·  ↑↓ what, enter  ·  ctrl+t format  ·  enter writes  ·  escape", id="export-title")
            yield OptionList(*[Option(Text(label)) for _, label, _ in self.choices], id="export-what")
            yield Label("", id="export-format")
            yield Input(id="export-path")
            yield Label("", id="export-note")

    def on_mount(self) -> None:
        what = self.query_one("#export-what", OptionList)
        what.highlighted = 0
        self._refresh_path()
        what.focus()  # choose what (enter), then the path is focused: enter there writes

    def _stem(self) -> str:
        index = self.query_one("#export-what", OptionList).highlighted or 0
        return self.choices[index][2]

    def _refresh_path(self) -> None:
        self.query_one("#export-format", Label).update(
            "format: " + "  ".join(f"[reverse] {f} [/]" if f == self.fmt else f" {f} " for f in FORMATS)
        )
        name = f"{self._stem()}.{self.fmt}"
        self.query_one("#export-path", Input).value = name if self.root is not None else str(Path.cwd() / name)
        self._confirm = None
        self._note("a file name: it goes to your export folder" if self.root is not None else "")

    def _note(self, text: str | Text) -> None:
        self.query_one("#export-note", Label).update(Text(text) if isinstance(text, str) else text)

    @on(OptionList.OptionHighlighted, "#export-what")
    def _what_changed(self) -> None:
        self._refresh_path()

    @on(OptionList.OptionSelected, "#export-what")
    def _what_chosen(self) -> None:
        self.query_one("#export-path", Input).focus()

    def action_next_format(self) -> None:
        self.fmt = FORMATS[(FORMATS.index(self.fmt) + 1) % len(FORMATS)]
        self._refresh_path()

    @on(Input.Changed, "#export-path")
    def _path_edited(self, event: Input.Changed) -> None:
        if self._confirm is not None and event.value != self._confirm:
            self._confirm = None
            self._note("")

    @on(Input.Submitted, "#export-path")
    def _submit(self, event: Input.Submitted) -> None:
        raw = event.value.strip()
        if not raw:
            self._note(Text("a file name is needed", style="bold"))
            return
        if self.root is not None:
            inside = confined(self.root, raw)
            if inside is None:
                self._note(Text("a file name only: no folders, no leading dot", style="bold"))
                return
            path = inside
        else:
            path = Path(raw).expanduser()
        if path.is_dir():
            self._note(Text.assemble((str(path), "bold"), " is a folder: name a file"))
            return
        overwrite = False
        if path.exists():
            if self._confirm != raw:
                self._confirm = raw
                self._note(
                    Text.assemble((f"{path.name} exists.", "bold"), " Enter again replaces it; or edit the name.")
                )
                return
            overwrite = True
        index = self.query_one("#export-what", OptionList).highlighted or 0
        what = self.choices[index][0]
        speaker = self.speaker if what == "speaker" else None
        self.dismiss(ExportChoice(what, self.fmt, str(path), overwrite, speaker))
