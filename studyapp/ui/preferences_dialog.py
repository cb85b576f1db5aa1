"""Edit → Preferences… (Ctrl+,): the study plan's settings, one row per setting of
`core.settings_schema.SETTINGS`, built from that list and nothing else.

The type of a setting decides its editor: a spin box for an int (its range, step
and suffix), a decimal spin box for a float (two decimals, its range), a check box
for a bool, a text field for a str (a combo box where the setting has choices; OK
refuses a text its setting cannot read, as "5x" in the learning steps), and
for a list (the fitted FSRS weights, under "Advanced") what is in
use and a button to go back to FSRS's defaults. Each row says what the setting
changes. A pure view: values in through the constructor, out through `values()`;
the prefs controller stores them on OK.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.settings_schema import SETTINGS, Setting
from studyapp.ui.screen_fit import fitted_layout
from studyapp.ui.theme import mute

TITLE = "Preferences"


class _ListEditor(QWidget):
    """A list setting (FSRS weights): not typed by hand; shows what is in use and
    offers the defaults back."""

    def __init__(self, value: Sequence[float] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = None if not value else list(value)
        self.label = QLabel()
        self.reset_button = QPushButton("Use FSRS's defaults")
        self.reset_button.clicked.connect(lambda: self.set_value(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.reset_button)
        self.set_value(self._value)

    def set_value(self, value: Sequence[float] | None) -> None:
        self._value = None if not value else list(value)
        if self._value is None:
            self.label.setText("FSRS's defaults")
        else:
            self.label.setText(f"fitted to your reviews ({len(self._value)} weights)")
        self.reset_button.setEnabled(self._value is not None)

    def value(self) -> list[float] | None:
        return None if self._value is None else list(self._value)


class WheelGuard(QObject):
    """Lets the wheel scroll the form, not turn the editor under the mouse: a spin box
    or combo box passed over while scrolling keeps its value unless it has the focus
    (clicked or tabbed into), and the wheel goes on to the scroll area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # not taken here: it goes on to the scroll area
            return True
        return super().eventFilter(watched, event)


def guard_wheel(editor: QWidget, guard: QObject) -> None:
    """Wheel-turned editors (spin boxes, combo boxes, inside `editor` too) take the
    wheel only when focused, and take the focus by click or Tab, not by the wheel."""
    kinds = (QAbstractSpinBox, QComboBox)
    found = [editor] if isinstance(editor, kinds) else []
    found += [w for w in editor.findChildren(QWidget) if isinstance(w, kinds)]
    for widget in found:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)


def make_editor(spec: Setting, value: Any) -> QWidget:
    """The editor a setting's type asks for, showing `value`."""
    if spec.type is bool:
        box = QCheckBox()
        box.setChecked(bool(value))
        return box
    if spec.type is int:
        spin = QSpinBox()
        spin.setRange(
            int(spec.minimum or 0), int(spec.maximum if spec.maximum is not None else 2**31 - 1)
        )
        spin.setSingleStep(int(spec.step or 1))
        if spec.suffix:
            spin.setSuffix(f" {spec.suffix}")
        spin.setValue(int(value))
        return spin
    if spec.type is float:
        decimal = QDoubleSpinBox()
        decimal.setDecimals(2)
        decimal.setRange(spec.minimum or 0.0, spec.maximum if spec.maximum is not None else 1e9)
        decimal.setSingleStep(spec.step or 0.01)
        if spec.suffix:
            decimal.setSuffix(f" {spec.suffix}")
        decimal.setValue(float(value))
        return decimal
    if spec.type is str:
        if spec.choices:
            combo = QComboBox()
            for choice in spec.choices:
                combo.addItem(spec.choice_label(choice), choice)
            _set_text(combo, value)
            return combo
        line = QLineEdit()
        line.setPlaceholderText(
            spec.placeholder if spec.placeholder is not None else str(spec.default or "")
        )
        _set_text(line, value)
        return line
    if spec.type is list:
        return _ListEditor(value)
    raise TypeError(f"no editor for a setting of type {spec.type!r}")


def _rows() -> QGridLayout:
    grid = QGridLayout()
    grid.setColumnStretch(1, 1)
    return grid


def _add_row(grid: QGridLayout, text: str, editor: QWidget, cell: QWidget) -> None:
    """A setting's row: its name (at the top, the editor's buddy) beside `cell`."""
    row = grid.rowCount() if grid.count() else 0
    name = QLabel(text)
    name.setBuddy(editor)
    # As tall as the editor beside it, so the name reads level with it.
    name.setMinimumHeight(editor.sizeHint().height())
    grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    grid.addWidget(cell, row, 1)


def _on_edit(editor: QWidget, slot: Callable[..., None]) -> None:
    """Call `slot` whenever the person changes a text setting's editor."""
    if isinstance(editor, QLineEdit):
        editor.textChanged.connect(slot)
    elif isinstance(editor, QComboBox):
        editor.currentIndexChanged.connect(slot)
        editor.editTextChanged.connect(slot)


def _set_text(editor: QComboBox | QLineEdit, value: Any) -> None:
    text = "" if value is None else str(value)
    if isinstance(editor, QLineEdit):
        editor.setText(text)
        return
    index = editor.findData(text)  # a setting's choice (its label shown)
    if index < 0:
        index = editor.findText(text)  # a choice found on this machine (a microphone)
    editor.setCurrentIndex(index if index >= 0 else 0)


def editor_value(spec: Setting, editor: QWidget) -> Any:
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QComboBox):
        value = editor.currentData()
        return value if isinstance(value, str) else editor.currentText()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QDoubleSpinBox):
        return round(editor.value(), 4)
    if isinstance(editor, _ListEditor):
        return editor.value()
    raise TypeError(f"no value for {spec.key}")


class PreferencesDialog(QDialog):
    def __init__(
        self,
        values: Mapping[str, Any],
        parent: QWidget | None = None,
        specs: Sequence[Setting] = SETTINGS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setMinimumWidth(520)
        self.specs = tuple(specs)
        self.editors: dict[str, QWidget] = {}
        # What a typed setting refuses ("5x" in the learning steps), under its editor;
        # OK stays in the dialog, and nothing is stored, until it is put right.
        self.problems: dict[str, QLabel] = {}
        self._wheel_guard = WheelGuard(self)
        # The settings scroll where the screen is shorter than they are; the buttons
        # stay in sight (a squeezed form cut its help lines in half).
        content = QWidget()
        form = QVBoxLayout(content)
        form.setContentsMargins(0, 0, 0, 0)
        # A grid, not a QFormLayout: a form laid its rows out with their old heights
        # when a problem line appeared under an editor, and squeezed the help of a row
        # further down to a line and a half.
        plan = _rows()
        advanced = _rows()
        for spec in self.specs:
            editor = make_editor(spec, values.get(spec.key, spec.default))
            editor.setToolTip(spec.description)
            editor.setObjectName(spec.key)
            guard_wheel(editor, self._wheel_guard)
            self.editors[spec.key] = editor
            note = QLabel(spec.description)
            note.setWordWrap(True)
            mute(note)
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 6)
            column.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft)
            if spec.normalize is not None:
                _on_edit(editor, lambda *_, key=spec.key: self._recheck(key))
                problem = QLabel()
                problem.setWordWrap(True)
                problem.setObjectName(f"{spec.key}.problem")
                problem.setStyleSheet("QLabel { color: #d0312d; }")
                problem.hide()
                self.problems[spec.key] = problem
                column.addWidget(problem)
            column.addWidget(note)
            _add_row(advanced if spec.advanced else plan, f"{spec.label}:", editor, cell)
        form.addLayout(plan)
        if advanced.count():
            group = QGroupBox("Advanced")
            group.setLayout(advanced)
            form.addWidget(group)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        self.scroll = fitted_layout(self, content, buttons)
        if self.editors:  # the first setting takes the keys: a number typed goes in
            first = next(iter(self.editors.values()))
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QAbstractSpinBox):
                first.selectAll()

    def accept(self) -> None:
        """OK: closes only when every typed setting reads (the first one refused says
        why under its editor and takes the focus; nothing is stored)."""
        refused = self.refused()
        for key in self.problems:
            self._show_problem(key, refused.get(key, ""))
        if refused:
            editor = self.editors[next(iter(refused))]
            self.scroll.ensureWidgetVisible(editor)
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def _recheck(self, key: str) -> None:
        """A setting OK refused, edited again: its problem line follows the text (gone
        once it reads, the new reason while it does not). A setting not yet refused
        says nothing while it is typed."""
        if self.problems[key].isHidden():
            return
        self._show_problem(key, self.refused().get(key, ""))

    def _show_problem(self, key: str, why: str) -> None:
        label = self.problems[key]
        label.setText(why)
        label.setVisible(bool(why))

    def refused(self) -> dict[str, str]:
        """The typed settings whose text cannot be read, key → why (as the setting says)."""
        refused: dict[str, str] = {}
        for spec in self.specs:
            if spec.normalize is None:
                continue
            try:
                spec.coerce(editor_value(spec, self.editors[spec.key]))
            except ValueError as exc:
                refused[spec.key] = str(exc)
        return refused

    def values(self) -> dict[str, Any]:
        """Every setting's value as the editors show it, key → value."""
        return {spec.key: editor_value(spec, self.editors[spec.key]) for spec in self.specs}

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QLineEdit | QComboBox):
            _set_text(editor, value)
        elif isinstance(editor, _ListEditor):
            editor.set_value(value)

    def restore_defaults(self) -> None:
        """Every editor back to its setting's default (stored only on OK)."""
        for spec in self.specs:
            self.set_value(spec.key, spec.default)
