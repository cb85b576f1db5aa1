"""Dialog titles fit their title bar (ui/title_room.py): short, without the app's name
(the title bar adds it), and the message boxes and progress dialogs as wide as their
whole title bar needs. A new user read "Impor… dyApp", "Export…dyApp" and "Quit
during an… rt — StudyApp" in narrow boxes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

import studyapp
from studyapp.ui.messages import Messages, message_box
from studyapp.ui.title_room import TITLE_MAX, title_bar_width

PACKAGE = Path(studyapp.__file__).parent
# Where dialogs are made: the UI, and the start before the window (the core has none).
SOURCES = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "startup.py", PACKAGE / "app.py"]
NOT_TITLES = {"titled"}  # its title is the text's bold first line, not a window's
# Where each call takes its dialog's title (the index of the positional argument).
TITLE_AT = {
    "info": 0,
    "warn": 0,
    "error": 0,
    "notice": 0,
    "reference": 0,
    "exception": 0,
    "confirm": 0,
    "confirm_replace": 0,
    "ask_text": 0,
    "ask_choice": 0,
    "show_critical": 0,
    "setWindowTitle": 0,
    "message_box": 2,
    "_ask": 1,
    "_launch": 2,
}
# Receivers whose calls by those names are not dialogs: a logger, the main window
# (its title is the question or page on screen, and ends with the app's name).
NOT_DIALOGS = ("log", "logger", "logging", "shell", "self.shell", "window", "self.window")


def _title_params() -> dict[str, int]:
    """Every function of the package with a `title` parameter: where its callers pass
    it (a helper such as `show_write_error(title, exc)` hands it on to a box)."""
    found = dict(TITLE_AT)
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                names = names[1:] if names[:1] in (["self"], ["cls"]) else names
                if "title" in names and node.name not in {*found, *NOT_TITLES}:
                    found[node.name] = names.index("title")
    return found


def _written(arg: ast.expr, constants: dict[str, ast.expr]) -> str | None:
    """The text written for a title: a string, the written parts of an f-string (its
    fields, a file's or deck's name, left out), or a module constant holding one."""
    if isinstance(arg, ast.Name) and arg.id in constants:
        arg = constants[arg.id]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr):
        return "".join(v.value for v in arg.values if isinstance(v, ast.Constant)).strip()
    return None


def literal_titles() -> list[tuple[str, int, str]]:
    """(file, line, title) for every dialog title written in the code: passed to a
    call that takes a title, or set as a `title` variable."""
    at_of = _title_params()
    found = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: node.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            args: list[ast.expr] = []
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if isinstance(func, ast.Attribute) and ast.unparse(func.value) in NOT_DIALOGS:
                    continue
                at = at_of.get(name)
                if at is not None and len(node.args) > at:
                    args.append(node.args[at])
                args += [k.value for k in node.keywords if k.arg == "title"]
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "title" for t in node.targets
            ):
                args.append(node.value)
            for arg in args:
                text = _written(arg, constants)
                if text is not None:
                    found.append((str(path.relative_to(PACKAGE)), node.lineno, text))
    return found


def test_the_titles_are_found():
    titles = {title for _file, _line, title in literal_titles()}
    assert {"Import notes", "Quit during an import", "Edit Question"} <= titles


def test_every_dialog_title_is_short_and_leaves_the_app_s_name_to_the_title_bar():
    long_or_named = [
        (file, line, title)
        for file, line, title in literal_titles()
        # ("About StudyApp" ends with the name: the title bar adds nothing to it)
        if len(title) > TITLE_MAX or ("StudyApp" in title and not title.endswith("StudyApp"))
    ]
    assert long_or_named == []


@pytest.fixture
def display_name(qapp):
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("StudyApp")
    yield
    qapp.setApplicationDisplayName(before)


@pytest.mark.parametrize("title", ["Import notes", "Quit during an import", "Export"])
def test_a_message_box_is_as_wide_as_its_title_bar(qtbot, display_name, title):
    box = message_box(None, "info", title, "Done.")
    qtbot.addWidget(box)
    box.show()
    assert box.width() >= title_bar_width(title)


@pytest.mark.parametrize("title", ["Quit during an import", "Open the notes"])
def test_a_question_is_as_wide_as_its_title_bar(qtbot, display_name, title):
    widths = []

    def measure_and_answer() -> None:
        box = QApplication.activeModalWidget()
        widths.append(box.width())
        box.reject()

    QTimer.singleShot(0, measure_and_answer)
    Messages(None).confirm(title, "Sure?", "Short.", "Go")
    assert widths and widths[0] >= title_bar_width(title)


def test_a_progress_dialog_is_as_wide_as_its_title_bar(qtbot, display_name):
    from studyapp.ui.background import BackgroundController

    parent = QProgressDialog()  # any widget: the controller's dialogs are its children
    qtbot.addWidget(parent)
    controller = BackgroundController(parent)
    controller._dialog_args = ("Saving", "Import notes", 0)
    controller._open_dialog()
    dialog = controller.dialog
    dialog.show()
    assert dialog.width() >= title_bar_width("Import notes")
    assert (
        title_bar_width("Import notes")
        > QProgressDialog("Saving", "Cancel", 0, 100).sizeHint().width()
    )
