"""Every message the user sees goes through one `Messages` object.

Errors the user can fix (`StudyAppError`: an unreadable file, a locked store) get
a plain message box with the reason and a hint; anything else is a bug and gets
the crash dialog with the traceback to copy into a report. Questions to the user
(a name, a choice) are asked here too, so tests can answer them by swapping this
object for a scripted one.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

import studyapp
from studyapp.core.html_escape import escape_html
from studyapp.core.model import StudyAppError
from studyapp.ui.literal_text import literal
from studyapp.ui.style import flat_bars_in
from studyapp.ui.title_room import make_room_for_title

MIN_READING_WIDTH = 480.0  # a reference page's text, at the least
NAME_NEEDED = "A name is needed: type at least one letter."
WITHDRAWN = object()  # a question taken back: what it asked about has ended

# The message boxes, input dialogs and the crash dialog's parts are imported where
# they are used: importing a Qt class builds its Python enums, and start-up (which
# makes a Messages) shows none of them.


# The property that marks a notice's box (`Messages.notice`): a message that stops nothing.
NOTICE = "studyapp_notice"


class PlainText(str):
    """Message text to show as it is. Every message's text is, unless it is
    `RichText`: this only says so where the text is built from the person's data."""


class RichText(str):
    """Message text written as HTML on purpose: the app's own bold and paragraphs,
    the person's names in it escaped (escape_html). Any other text is shown as it
    is: Qt, left to guess, read anything that looks like a tag as rich text, and a
    deck or file name such as ``R&D <draft>`` lost its "<draft>"."""


def as_html(text: str) -> str:
    """`text` as rich text: itself when it is `RichText`, else escaped, its line
    breaks kept."""
    if isinstance(text, RichText):
        return text
    return escape_html(text, quote=False).replace("\n", "<br>")


def text_format(text: str) -> Qt.TextFormat:
    """How a message's text is shown: rich only when written as HTML on purpose."""
    return Qt.TextFormat.RichText if isinstance(text, RichText) else Qt.TextFormat.PlainText


def message_box(parent: QWidget | None, kind: str, title: str, text: str):
    """The message box for `kind` ("info", "warn", "error"), not yet shown; `text`
    plain unless it is `RichText`."""
    from PySide6.QtWidgets import QMessageBox

    icons = {
        "info": QMessageBox.Icon.Information,
        "warn": QMessageBox.Icon.Warning,
        "error": QMessageBox.Icon.Critical,
    }
    box = QMessageBox(icons[kind], title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(text_format(text))
    make_room_for_title(box)
    return box


def format_traceback(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


class CrashDialog(QDialog):
    """ "Something went wrong": what happened, and the traceback to copy. Fitted to
    its screen (ui/screen_fit.py): on a small one the text scrolls, and Copy details
    and Close stay in sight."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

        from studyapp.ui.screen_fit import fitted_layout

        super().__init__(parent)
        self.setWindowTitle("Unexpected error")
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(
            "<b>Something went wrong inside StudyApp.</b><br>"
            "Your study progress is saved after every grade, so nothing you did "
            "before this is lost. If you report the problem, please include the "
            f"text below.<br><br>{escape_html(summary)}"
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(f"StudyApp {studyapp.__version__}\n\n{details}")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy details", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        fitted_layout(self, body, buttons, QSize(640, 420))
        flat_bars_in(self)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def reference_dialog(parent: QWidget | None, title: str, text: str) -> QDialog:
    """A page to read (the keyboard shortcuts): rich text that scrolls, as wide as its
    lines and no taller than most of the screen, with a Close button; fitted to its
    screen (ui/screen_fit.py), the Close button in sight."""
    from PySide6.QtGui import QTextDocument, QTextTable
    from PySide6.QtWidgets import QDialogButtonBox, QStyle, QTextBrowser

    from studyapp.ui.screen_fit import fitted_layout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    page = QTextBrowser()
    page.setHtml(text)
    page.setOpenLinks(False)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    body = QWidget()
    QVBoxLayout(body).addWidget(page, 1)
    document = page.document()
    shown_on = parent.screen() if parent is not None else QApplication.primaryScreen()
    screen = shown_on.availableGeometry()
    frame = 2 * page.frameWidth() + 24
    # A table is as wide as its unwrapped rows, the paragraphs wrapped to that width.
    # Measured on a document of its own: the browser's lays out for its viewport (at
    # first narrow: each name and key wrapped, "Move Question to / Topic…").
    probe = QTextDocument()
    probe.setDefaultFont(document.defaultFont())
    probe.setHtml(text)
    probe.setTextWidth(-1)
    tables = [f for f in probe.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if tables:
        frames = probe.documentLayout()
        natural = max(frames.frameBoundingRect(t).width() for t in tables)
        ideal = max(natural + 2 * probe.documentMargin() + 1, MIN_READING_WIDTH)
        probe.setTextWidth(ideal)
        tall = probe.size().height()
        bar = page.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    else:
        document.setTextWidth(document.idealWidth())
        ideal, tall, bar = document.idealWidth(), document.size().height(), 0
    width = min(int(ideal) + frame + 24 + bar, int(screen.width() * 0.9))
    height = min(int(tall) + frame + 60, int(screen.height() * 0.8))
    fitted_layout(dialog, body, buttons, QSize(max(width, 360), max(height, 240)))
    flat_bars_in(dialog)
    return dialog


class Messages:
    """Shows messages and asks questions, parented to the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    @property
    def owner(self) -> QWidget | None:
        """The window a message stands over: a dialog open over the main window (an
        edit asking whether to discard), else the main window."""
        return QApplication.activeModalWidget() or self.parent

    def _back_to_window(self) -> None:
        """Keys go to the window again once a message or question has closed: not
        every platform hands the activation back by itself (without a window manager,
        none does, and the window's shortcuts then answer nothing). To the dialog it
        stood over where one is still open, else to the main window."""
        owner = self.owner
        if owner is not None and owner.isVisible():
            owner.activateWindow()

    # --- telling -------------------------------------------------------------

    def _show(self, kind: str, title: str, text: str) -> None:
        box = message_box(self.owner, kind, title, text)
        box.exec()
        box.deleteLater()
        self._back_to_window()

    def info(self, title: str, text: str) -> None:
        self._show("info", title, text)

    def warn(self, title: str, text: str) -> None:
        self._show("warn", title, text)

    def error(self, title: str, text: str) -> None:
        self._show("error", title, text)

    def notice(
        self,
        title: str,
        text: str,
        action: str | None = None,
        on_action: Callable[[], object] | None = None,
        *,
        wait: bool = False,
    ) -> QWidget | None:
        """A message that stops nothing: it stays beside the window, which goes on
        answering, until closed (what a start has to say that needs no answer now).
        `action`: a button that closes it and runs `on_action`. `wait`: shown as a
        question is, closed before this returns (a start's question follows it); None
        then."""
        from PySide6.QtWidgets import QMessageBox

        box = message_box(self.owner, "warn", title, text)
        box.setWindowModality(
            Qt.WindowModality.ApplicationModal if wait else Qt.WindowModality.NonModal
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setProperty(NOTICE, True)  # put aside through a mock (ui.notices_aside)
        if action is not None and on_action is not None:
            button = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda: on_action())
        if wait:
            box.exec()
            self._back_to_window()
            return None
        box.show()
        return box

    def reference(self, title: str, text: str) -> None:
        """A page to read rather than a message: it scrolls where a box would run off
        the screen."""
        dialog = reference_dialog(self.parent, title, text)
        dialog.exec()
        dialog.deleteLater()
        self._back_to_window()

    def crash(self, summary: str, details: str) -> None:
        CrashDialog(summary, details, self.parent).exec()
        self._back_to_window()

    def exception(
        self,
        title: str,
        exc: BaseException,
    ) -> None:
        """A user-fixable error as a message; anything else as a crash with its traceback."""
        if isinstance(exc, StudyAppError):
            self.error(title, error_words(exc))
        else:
            self.crash(
                f"{title}: {type(exc).__name__}: {exc}",
                format_traceback(type(exc), exc, exc.__traceback__),
            )

    # --- asking --------------------------------------------------------------

    def confirm(
        self,
        title: str,
        headline: str,
        text: str,
        action: str,
        *,
        until: Any = None,
        cancel: str = "Cancel",
        over: QWidget | None = None,
        keeps: bool = False,
    ) -> bool | None:
        """Ask before something that destroys: `action` or `cancel` (the default). With
        `until` (a signal: the work the question is about has ended), the question is
        withdrawn when it fires while asked, and the answer is None. `over`: a window
        beside the main window the question is about (an import's progress), kept
        under it. `keeps`: `action` is what keeps the person's work (a copy with their
        grades, where `cancel` leaves them out): it is the default, which Enter takes."""
        role = "AcceptRole" if keeps else "DestructiveRole"
        chosen = _ask(
            self.owner,
            title,
            headline,
            text,
            [(action, role), (cancel, "RejectRole")],
            default=0 if keeps else 1,
            escape=1,
            until=until,
            over=over,
        )
        self._back_to_window()
        return None if chosen is WITHDRAWN else chosen == 0

    def confirm_replace(self, title: str, typed: str | Path, target: Path) -> bool:
        """True when writing `target` is fine: it is what the save dialog confirmed
        (`typed`), it does not exist, or the person agrees to replace it."""
        if Path(typed) == target or not target.exists():
            return True
        return self.confirm(
            title,
            f"Replace {target.name}?",
            f"The file is saved as {target.name} (its type added to the name you typed), "
            f"and {target.name} already exists in {target.parent}. Replacing it loses "
            "what it holds.",
            "Replace",
        )

    def confirm_save_over(self, why: str) -> bool:
        """An edit whose question changed in the notes while it was edited (`why`
        says how): True when the person's text is to go over that change."""
        return bool(
            self.confirm(
                "Edit Question",
                "This question changed in your notes while you edited it",
                f"{why}\n\nKeep editing to copy what you need, or cancel the dialog and"
                " open the question again to see its new text.",
                "Save Mine",
                cancel="Keep Editing",
            )
        )

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """The text typed, None when cancelled (a blank one is not taken: OK waits, and
        the dialog says a name is needed). `label` is shown as written:
        it names the person's topics and decks, and "&" in them is no mnemonic. Built
        as the Move dialog (ask_choice) is, with the app's flat buttons: the static
        QInputDialog.getText gave OK and Cancel the desktop's ✓ and ✗. Enter is OK,
        Esc cancels, and the field has the focus with its text selected, to type over."""
        from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit

        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextValue(text)
        dialog.setOkButtonText("OK")  # (Qt builds the field and buttons now, not at show)
        flat_bars_in(dialog)
        make_room_for_title(dialog)
        bar = dialog.findChild(QDialogButtonBox)
        ok_button = bar.button(QDialogButtonBox.StandardButton.Ok) if bar is not None else None

        def say_if_blank(value: str, *, typed: bool = True) -> None:
            # A blank name was taken as a cancel, without a word: OK waits for a
            # letter, and once something was typed the dialog says so while the field
            # is blank (a dialog that opens blank does not open on a reproach).
            blank = not value.strip()
            said = blank and typed
            dialog.setLabelText(literal(label + (f"\n{NAME_NEEDED}" if said else "")))
            if ok_button is not None:
                ok_button.setEnabled(not blank)

        say_if_blank(text, typed=False)
        dialog.textValueChanged.connect(say_if_blank)
        field = dialog.findChild(QLineEdit)
        if field is not None:
            field.setPlaceholderText("Type a name")
            field.selectAll()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.textValue()
        dialog.deleteLater()
        self._back_to_window()
        return value if ok and value.strip() else None

    def ask_choice(
        self, title: str, label: str, choices: list[str], current: int = 0
    ) -> int | None:
        """The index of the chosen item, None when cancelled; `current` is preselected.
        `label` is shown as written (a question's title, "&" no mnemonic)."""
        if not choices:
            return None
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self.parent)  # as QInputDialog.getItem, with flat bars
        dialog.setWindowTitle(title)
        dialog.setLabelText(literal(label))
        dialog.setComboBoxItems(choices)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(choices[current if 0 <= current < len(choices) else 0])
        flat_bars_in(dialog)
        make_room_for_title(dialog)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.textValue()
        dialog.deleteLater()
        self._back_to_window()
        return choices.index(value) if ok and value in choices else None


# --- start-up questions (asked before the window has its Messages) --------------------


def with_mnemonics(labels: list[str]) -> list[str]:
    """Each button's label with an Alt key of its own: its first letter not taken by a
    label before it ("&Discard", "&Cancel"; "&Replace", "R&estore"). A label written
    with its "&" keeps it; a letter-less one gets none."""
    taken = {label[label.index("&") + 1].casefold() for label in labels if "&" in label[:-1]}
    out = []
    for label in labels:
        if "&" in label:
            out.append(label)
            continue
        at = next((i for i, c in enumerate(label) if c.isalnum() and c.casefold() not in taken), -1)
        if at < 0:
            out.append(label)
            continue
        taken.add(label[at].casefold())
        out.append(f"{label[:at]}&{label[at:]}")
    return out


def _ask(
    parent: QWidget | None,
    title: str,
    headline: str,
    text: str,
    buttons: list[tuple[str, str]],
    *,
    default: int,
    escape: int,
    question: bool = True,
    until: Any = None,
    over: QWidget | None = None,
    on_top: bool = False,
) -> Any:
    """A message box with `buttons` ((label, role name)); the index of the one
    clicked, None when the box was closed otherwise, WITHDRAWN when `until` (a
    signal) fired while it was open. The headline in bold; `text` under it, plain
    unless it is `RichText`. `over` (a window shown beside `parent`): the box is its
    transient, which every window manager keeps above it; a sibling of it, the box
    opened under it where it came up later or was clicked (a quit's question under
    the import's progress, which waited for the answer). `on_top`: kept above other
    windows, for a box with no window of its own app to stand over."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question if question else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(f"<b>{escape_html(headline)}</b>")  # a deck's name: "<" and "&" as typed
    box.setInformativeText(as_html(text))
    box.setTextFormat(Qt.TextFormat.RichText)  # the headline's bold; never Qt's guess
    labels = with_mnemonics([label for label, _role in buttons])
    made = [
        box.addButton(label, getattr(QMessageBox.ButtonRole, role))
        for label, (_label, role) in zip(labels, buttons, strict=True)
    ]
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[escape])
    make_room_for_title(box)
    if on_top:
        box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
    if over is not None and over.isVisible():
        box.winId()  # its window made now, to be given the one it stands over
        box.windowHandle().setTransientParent(over.windowHandle())
    withdrawn: list[bool] = []

    def withdraw(*_args: object) -> None:
        if box.isVisible() and not withdrawn:
            withdrawn.append(True)
            box.done(-1)

    if until is not None:
        until.connect(withdraw)
    try:
        box.exec()
    finally:
        if until is not None:
            until.disconnect(withdraw)
    clicked = box.clickedButton()
    box.deleteLater()
    if withdrawn:
        return WITHDRAWN
    return next((i for i, button in enumerate(made) if clicked is button), None)


def close_open_boxes() -> None:
    """Every question box on screen closed unanswered, as Esc closes it: the session is
    ending (SIGTERM) and nobody is there to answer (app.end_on_sigterm)."""
    from PySide6.QtWidgets import QMessageBox

    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.reject()


def ask_resume(parent: QWidget | None, text: str) -> str | None:
    """Resume / Leave as abandoned; None when the box is closed (asked again next time)."""
    choice = _ask(
        parent,
        "Unfinished mock interview",
        "StudyApp was closed during a mock interview.",  # (by you, or by a crash)
        RichText(text),  # its Resume and Leave as abandoned in bold (ui/mock_keeper.py)
        [
            ("Resume", "AcceptRole"),
            ("Leave as abandoned", "DestructiveRole"),
            ("Not now", "RejectRole"),
        ],
        default=0,
        escape=2,
    )
    return {0: "resume", 1: "abandon"}.get(choice) if choice is not None else None


FREED_POLL_MS = 500  # how often an open "Already open" box looks whether the other has quit


def ask_read_only(owner: int | None, freed: Callable[[], bool] | None = None) -> bool:
    """Another StudyApp holds the data folder: open a read-only window here too?

    The box stays above other windows: two starts at once had the first's window,
    shown a moment later and brought forward, cover it, and the second process went
    on waiting unseen. `freed` (polled while the box is open) says whether the other
    has let the folder go; the box then closes itself, and the start goes on as the
    only one (the box named a process that had quit, and its button opened nothing)."""
    from PySide6.QtCore import QObject, QTimer, Signal

    class Watch(QObject):
        gone = Signal()

    watch = Watch()
    timer = QTimer(watch)

    def look() -> None:
        if freed is not None and freed():
            timer.stop()
            watch.gone.emit()

    timer.timeout.connect(look)
    if freed is not None:
        timer.start(FREED_POLL_MS)
    running = f" (process {owner})" if owner else ""
    text = RichText(
        f"StudyApp is already running{running} with this data folder; its window has "
        "been brought to the front.<br><br>You can also open a <b>read-only</b> window "
        "here to look things up. It cannot grade, import or edit: only one StudyApp "
        "saves your study data at a time, so nothing is lost."
    )
    buttons = [("Open Read-Only", "AcceptRole"), ("Use the Open Window", "RejectRole")]
    choice = _ask(
        None,
        "Already open",  # (the title bar adds "— StudyApp")
        "StudyApp is already open.",
        text,
        buttons,
        default=1,
        escape=1,
        question=False,
        until=watch.gone,
        on_top=True,
    )
    timer.stop()
    return choice == 0


def show_critical(title: str, message: str) -> None:
    """A start that cannot go on, said in a box of its own (no window yet)."""
    box = message_box(None, "error", title, message)  # a path in it as it is
    box.exec()
    box.deleteLater()


def error_words(exc: BaseException) -> str:
    """An error as the window says it: a store's (core.store.StoreError) with the hint
    for the window, what to do there, not the command line's ("choose another folder
    with --data-dir", an option nobody can type in a window)."""
    hint = getattr(exc, "window_hint", None)
    if hint is None:
        return str(exc)
    return f"{getattr(exc, 'message', exc)} {hint}".strip()
