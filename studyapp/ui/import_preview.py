"""File → Import: what a file or folder would become, before anything is written.

The dialog shows the deck name (editable), the question unit found with the other
units and how many questions each gives (choosing one splits again, on a worker
thread: a big file takes a while), the first questions with their topics, the
regions left out, and for a re-import how many questions are new, updated,
unchanged and removed (core.import_preview). Import accepts; the files controller
then imports with the chosen unit and name.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import plural, size_label
from studyapp.core.table_rule import TABLE_RULE
from studyapp.core.title_math import readable
from studyapp.core.topic_names import DEFAULT_TOPIC
from studyapp.ui.import_worker import PreviewTask, cannot_import
from studyapp.ui.literal_text import literal_title
from studyapp.ui.screen_fit import fitted_layout, refit

if TYPE_CHECKING:  # (the parsing stack: loaded by the preview's worker, not by a click)
    from studyapp.core.importer import Reading

SHOWN_QUESTIONS = 50
BIG_FILE_BYTES = 2_000_000  # the preview names a file's size from here up
FENCES = ("```", "~~~")
AS_READ = ""  # the split choice's entry for the reading the dialog opened with


# In one pass, left to right: code as written ("`__init__`", "`git revert <sha>`"),
# its ticks left out; a block's tag parting words ("<td>Aspect</td><td>REST"), an
# inline one not ("A<sup>T"); a backslash escape ("\_\_enter\_\_", "\*args") read as
# the character it keeps literal; bold marks left out.
_MARKS = re.compile(
    r"`(?P<code>[^`\n]*)`"
    r"|(?P<block></?(?:td|th|tr|table|p|div|li|ul|ol|br|h[1-6]|pre)\b[^>\n]*>)"
    r"|<[^>\n]*>"
    r"|\\(?P<escaped>[!-/:-@\[-`{-~])|\*\*|(?<!\w)__|__(?!\w)",
    re.IGNORECASE,
)


def _mark_words(mark: re.Match[str]) -> str:
    """What one of `_MARKS` reads as in the preview's column."""
    if mark["code"] is not None:
        return mark["code"]
    if mark[0].startswith("<"):
        from studyapp.core.named_tags import named_in_prose

        if named_in_prose(mark.string, mark.start(), mark.end()):
            return mark[0]  # "such as <br> or <img>": named, shown as the pane shows it
    return " " if mark["block"] else mark["escaped"] or ""


# A heading's "### " and a quote's "> " opening a line; a table's rule line.
_LINE_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|(?:>\s?)+)")


def _table_row(line: str) -> str:
    """A table's row with its cells apart ("| Pods | same |"): not a bar in prose,
    "P(data | H0)"."""
    row = line.strip()
    return row.strip("|").replace("|", " ") if row.startswith("|") and row.endswith("|") else line


def first_words(markdown: str) -> str:
    """An answer's words on one line, for the preview's column: a code block's fence
    lines ("```sql") and a table's rule ("|---|") left out, so a code answer starts
    with its code; a heading's and a quote's marks, a table's bars, bold marks, code
    ticks, backslash escapes and HTML tags left out, as the pane shows the words."""
    lines = (
        _table_row(_LINE_MARKS.sub("", line))
        for line in markdown.splitlines()
        if not line.lstrip().startswith(FENCES) and not TABLE_RULE.match(line)
    )
    return " ".join(_MARKS.sub(_mark_words, " ".join(lines)).split())


class ImportPreviewDialog(QDialog):
    """Built for one file or folder; `ready` once a preview is on show."""

    ready = Signal()
    # "Go to the deck": notes another deck has already, not imported; that deck's name.
    use_deck = Signal(str)

    def __init__(
        self,
        store_path: str | Path,
        path: str | Path,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store_path, self.path = store_path, Path(path)
        self._pool = pool or QThreadPool.globalInstance()
        self._tasks: list[PreviewTask] = []
        self._finding = ""  # "Finding questions in 12.6 MB of notes…" while one runs
        self.preview = None
        # The reading the dialog opened with (the unit remembered, else found) and its
        # count: offered first in the split choice, where a split at its unit alone can
        # find fewer ("list items — 2 questions" while 4 were found), so it is its own.
        self._as_read: tuple[str, int] | None = None
        self._first_candidates: dict[str, int] | None = None
        self._showing_as_read = True
        self.setWindowTitle(literal_title(f"Import {self.path.name}"))
        self.name_edit = QLineEdit()
        self.unit_box = QComboBox()
        self.unit_box.activated.connect(self._on_unit_chosen)
        self.state = QLabel("Reading…")
        self.state.setWordWrap(True)
        # Moving while the worker reads: a big file's split takes many seconds, and a
        # still "Finding questions…" over an empty list read as a hang.
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)  # (the deck's name escaped)
        self.counts.setWordWrap(True)
        # A file whose "questions" look like no notes (a CV's, an invoice's, a paper's
        # headings): said before Import, which then reads "Import Anyway".
        self.unlike = QLabel()
        self.unlike.setTextFormat(Qt.TextFormat.RichText)
        self.unlike.setWordWrap(True)
        self.unlike.hide()
        self.questions = QTreeWidget()
        # The answer's first words beside each title: a split that goes wrong (answers
        # left empty, or run into the next question) shows before anything is written.
        self.questions.setHeaderLabels(["Question", "Topic", "Answer"])
        self.questions.setRootIsDecorated(False)
        self.questions.setColumnWidth(0, 380)
        self.questions.setColumnWidth(1, 150)
        self.skipped = QListWidget()
        self.skipped.setMaximumHeight(90)
        # Not "Left out": a title and section headings name the deck and its topics,
        # and read as lost under that word.
        self.skipped_label = QLabel(
            "Lines in no question (a title and headings name the deck and its topics):"
        )
        self.form = form = QFormLayout()
        form.addRow("&Deck name:", self.name_edit)
        form.addRow("&Questions are:", self.unit_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            "&Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        # Notes a deck here has already (a copy of its file): that deck instead, offered
        # beside Import (a person may want both: a copy to edit apart).
        self.use_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.use_button.setVisible(False)
        self.use_button.clicked.connect(self._use_existing)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QWidget()
        self._body_layout = layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.busy)
        layout.addWidget(self.counts)
        layout.addWidget(self.unlike)
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped)
        # On a short screen the preview scrolls; Import and Cancel stay in sight.
        fitted_layout(self, body, self.buttons, QSize(900, 560))
        self.split(None)

    # --- the worker ---------------------------------------------------------------------

    def split(self, unit: str | None) -> None:
        """Parse again at `unit` (None: remembered or detected), on the worker."""
        self.import_button.setEnabled(False)
        self.unit_box.setEnabled(False)
        self._finding = f"Finding questions{self._in_how_much()}…"
        self.state.setText(self._finding)
        self.busy.setRange(0, 0)  # moving, until the parse says how far it has got
        self.busy.show()
        task, fresh = PreviewTask.joined(self.store_path, self.path, unit, self._on_preview)
        task.signals.progress.connect(self._on_progress)
        task.as_read = unit is None  # type: ignore[attr-defined]
        self._tasks.append(task)  # kept alive until it reports
        if fresh:  # else a closed preview's parse of the same file, joined
            self._pool.start(task)

    def _in_how_much(self) -> str:
        """ " in 19.2 MB of notes" for a file big enough to take a while; else nothing."""
        try:
            size = self.path.stat().st_size if self.path.is_file() else 0
        except OSError:
            size = 0
        return f" in {size_label(size)} of notes" if size >= BIG_FILE_BYTES else ""

    def _on_progress(self, step: str, percent: int) -> None:
        """The parse under way says how far it has got: its percent on the bar and in
        words, with what it is reading ("Reading question 5,000 of 11,181"). A big
        file's preview took 25 s under a bar that only moved to and fro."""
        if not self._tasks or self.sender() is not self._tasks[-1].signals:
            return  # an older split's, a newer one under way
        stage, sep, detail = step.partition(": ")
        heading = self._finding if stage.startswith("Finding questions") else f"{stage}…"
        words = f"{heading} {percent}%"
        if sep:
            words += f"\n{detail[:1].upper()}{detail[1:]}"
        self.state.setText(words)
        self.busy.setRange(0, 100)
        self.busy.setValue(percent)

    def _on_preview(self, preview: object, error: object) -> None:
        done = [t for t in self._tasks if t.signals is self.sender()]
        self._tasks = [t for t in self._tasks if t.signals is not self.sender()]
        self.busy.setVisible(bool(self._tasks))  # a newer split still running
        if error is not None:
            reason = str(error).splitlines()[-1]
            if self.preview is None:
                self.show_unreadable(reason)
            else:  # a new split failed: the last preview stays, with why
                self.state.setText(f"Cannot import: {html.escape(reason)}")
            self.ready.emit()
            return
        self._showing_as_read = all(getattr(t, "as_read", False) for t in done)
        self.show_preview(preview)
        self.ready.emit()

    def _on_unit_chosen(self, row: int) -> None:
        unit = self.unit_box.itemData(row)
        if self.preview is None:
            return
        if unit == AS_READ:
            if not self._showing_as_read:
                self.split(None)  # as the dialog opened: remembered, else found
        elif unit != self.preview.unit or (self._showing_as_read and self._read_differs()):
            self.split(unit)

    # --- showing --------------------------------------------------------------------------

    def show_unreadable(self, reason: str) -> None:
        """Nothing could be read: only why, and Close. An empty deck name to type into,
        an empty split choice and empty lists offered what could not be done. `reason`:
        plain text, "NAME: why" or only why."""
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, False)
        for widget in (self.counts, self.questions, self.skipped_label, self.skipped):
            widget.hide()
        self.import_button.hide()
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setText(cannot_import(self.path.name, reason))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText("&Close")
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        self._body_layout.addStretch(1)
        center = self.geometry().center()  # smaller, where it was
        refit(self, QSize(520, 160))
        self.move(self.pos() + center - self.geometry().center())

    def _use_existing(self) -> None:
        if self.preview is not None and (deck := _go_to(self.preview)):
            self.use_deck.emit(deck)
        self.reject()

    def show_preview(self, preview) -> None:  # an ImportPreview
        # Loaded by the worker that read it: opening the dialog loaded the whole parsing
        # stack on the window's thread, which held the click for a third of a second.
        from studyapp.core.import_preview import removal_warning
        from studyapp.core.importer import nothing_readable, skipped_place

        self.preview = preview
        doc = preview.doc
        # Notes other decks read through a folder: one such deck is offered as a copy
        # is; several are said, and Cancel is the default where they hold nearly all.
        held = bool(preview.held_by) and bool(doc.questions)
        twin = bool(_go_to(preview)) and bool(doc.questions)
        if twin:
            shown = _go_to(preview).replace("&", "&&")  # a name's "&" is no shortcut
            self.use_button.setText(f"&Go to “{shown}” instead")
        self.use_button.setVisible(twin)
        if self._as_read is None:
            self._as_read = (preview.unit, len(doc.questions))
            self._first_candidates = dict(preview.candidates)
        if preview.decks:  # several decks, each named as in their app: no one name
            self.name_edit.setText(preview.deck_name)
            self.name_edit.setToolTip("Each deck keeps its name from Anki.")
        elif not self.name_edit.text() or not self.name_edit.isModified():
            self.name_edit.setText(preview.deck_name)
        self.name_edit.setReadOnly(bool(preview.decks))
        self._fill_unit_box(preview)
        total = len(doc.questions)
        if not total and not any(preview.candidates.values()):
            # No way of splitting finds a question: naming one ("level-1 headings —
            # 0 questions") as the choice made reads as if StudyApp had chosen it.
            self.unit_box.clear()
            self.unit_box.addItem("no way of splitting finds a question", preview.unit)
            self.unit_box.setEnabled(False)
        first = min(total, SHOWN_QUESTIONS)
        if total:
            self.state.setText(
                f"{plural(total, 'question')} found"
                + (f"; the first {first} are listed." if total > first else ".")
                + _new_decks(preview)
                + _same_notes(preview)
                + (f" {preview.held_words}" if held else "")
                + (f" {preview.saved_as}" if preview.saved_as else "")  # (a .docx named .md)
                + (f" {preview.code_page}" if preview.code_page else "")  # (Windows-1251…)
            )
        elif nothing_readable(doc):  # a folder of images, binaries, empty files
            self.state.setText(
                "No questions found: no file in this folder could be read as notes. "
                "Each file is listed below with why it gave nothing."
            )
        else:  # what StudyApp reads, and the way out the split choice gives
            other = max((n for u, n in preview.candidates.items() if u != preview.unit), default=0)
            # What was found (listed below) and what to try: the list of every kind of
            # file read, ten lines of it, buried both.
            self.state.setText(
                "No questions found. What was read is listed below, with why none of it is"
                f" a question. StudyApp takes a question from {preview.understood}. "
                + (
                    "Choose another split above to try them."
                    if other
                    else "Give each question one of these shapes, then import the file again."
                )
            )
        counts = preview.counts
        # Studied questions it would remove: said before Import, as the command line
        # says it before it asks (their progress is kept).
        warning = removal_warning(counts.removed, preview.studied_removed) if counts else ""
        studied, _, kept = (html.escape(line) for line in warning.partition("\n"))
        self.counts.setText(
            ""
            if counts is None
            else f"Re-import of “{html.escape(preview.existing_deck)}”: {counts.new} new, "
            + (f"{counts.back_said}, " if counts.back else "")
            + f"{counts.updated} updated, {counts.unchanged} unchanged, {counts.removed} removed."
            + (f"<br><b>{studied}</b><br>{kept}" if warning else "")
        )
        self.counts.setVisible(counts is not None)
        self._say_unlike(preview.unlike_notes if total else "")
        self.questions.clear()
        for question in doc.questions[:SHOWN_QUESTIONS]:
            answer = first_words(question.answer_markdown)
            title = readable(question.title)  # its formulas as text: Ω(n log n)
            topic = " › ".join(question.topic_path)
            item = QTreeWidgetItem(
                # (a question under no heading goes into "General", as the import says)
                [title, topic or DEFAULT_TOPIC, answer[:120] or "(no answer)"]
            )
            item.setToolTip(0, title)
            if answer:
                item.setToolTip(2, answer[:600])
            else:
                item.setForeground(2, self.palette().placeholderText())
            self.questions.addTopLevelItem(item)
        self.skipped.clear()
        for region in doc.skipped:
            self.skipped.addItem(f"{skipped_place(region)}: {region.reason}")
        if not doc.skipped:
            part = "note" if doc.format == "anki-package" else "line"  # a package has no lines
            self.skipped.addItem(f"Nothing: every {part} is in a question.")
        self.import_button.setEnabled(total > 0)
        # Where the dialog warns, Enter must not import: the safe choice is the default
        # and has the focus. Notes a deck has already: going to that deck (Enter made a
        # second copy of every question); the file is no notes, or studied questions
        # would leave the deck: Cancel. Else Import: a folder one of whose files is a
        # deck (5 of its 25 questions) is new notes, mostly (Enter went to that deck
        # and said the notes were in it).
        # Notes sharing some questions with a deck and bringing new ones are an import
        # too (Enter went to the deck and left the new ones in none).
        mostly = preview.mostly_there
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chosen = (
            self.use_button
            if twin and mostly
            else cancel
            if self.unlike.text() or warning or (held and mostly)
            else self.import_button
        )
        for button in (cancel, self.import_button, self.use_button):
            button.setAutoDefault(button is chosen)
            button.setDefault(button is chosen)
        if not self.name_edit.hasFocus():  # a name being typed keeps its keys
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_unlike(self, unlike: str) -> None:
        """`unlike` (core.notes_look's sentence) over the questions, its first clause
        in bold, and Import named for what it then does; "": neither."""
        head, _, rest = unlike.partition(": ")
        self.unlike.setText(
            f"<b>{html.escape(head)}:</b> {html.escape(rest)} Import it anyway, or Cancel."
            if unlike
            else ""
        )
        self.unlike.setVisible(bool(unlike))
        self.import_button.setText("&Import Anyway" if unlike else "&Import")

    def _fill_unit_box(self, preview) -> None:
        """Each unit with what a split at it gives, most questions first. Where the
        reading the dialog opened with found more than a split at its unit alone (list
        items, and questions in <details> blocks too), it is offered first, as read:
        its unit's line said "list items — 2 questions" while 4 were found, and no
        choice gave the 4 back."""
        self.unit_box.clear()
        first_unit, first_count = self._as_read or (preview.unit, len(preview.doc.questions))
        shown = {u: n for u, n in preview.candidates.items() if n or u == preview.unit}
        if not self._showing_as_read:
            shown[preview.unit] = len(preview.doc.questions)  # what is on show
        # The reading as found and the split at its unit alone, side by side, each say
        # how they differ (both read "level-2 headings", one "as read", before).
        strict = self._first_candidates.get(first_unit) if self._read_differs() else None
        if strict is not None:
            self.unit_box.addItem(
                preview.unit_label(first_unit, first_count, as_read=True, beside=strict),
                AS_READ,
            )
        else:
            shown.setdefault(first_unit, first_count)
        for unit, count in sorted(shown.items(), key=lambda kv: -kv[1]):
            beside = first_count if strict is not None and unit == first_unit else None
            self.unit_box.addItem(preview.unit_label(unit, count, beside=beside), unit)
        here = AS_READ if self._showing_as_read and self._read_differs() else preview.unit
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(here)))
        self.unit_box.setEnabled(self.unit_box.count() > 1)

    def _read_differs(self) -> bool:
        """The first reading found another number than a split at its unit alone."""
        if self._as_read is None or self._first_candidates is None:
            return False
        unit, count = self._as_read
        strict = self._first_candidates.get(unit)
        return strict is not None and strict != count

    def reading(self) -> Reading | None:
        """The preview's reading of the file (core.importer.Reading), for its import:
        taken where it is the same file, bytes and unit; None before any preview."""
        return None if self.preview is None else self.preview.reading

    def choice(self) -> tuple[str | None, str]:
        """(the unit to split at, None for the reading the dialog opened with; the deck
        name)."""
        if self.preview is None or self._showing_as_read:
            return None, self.name_edit.text()
        unit = self.preview.unit
        if self._as_read is not None and unit == self._as_read[0] and not self._read_differs():
            return None, self.name_edit.text()  # the same split as found
        return unit, self.name_edit.text()


def _new_decks(preview) -> str:  # an ImportPreview
    """ " A new deck." for notes that make one; for several, how many and their names."""
    if preview.decks:
        return f" {len(preview.decks)} decks, one for each deck in Anki: {preview.deck_name}."
    return "" if preview.existing_deck else " A new deck."


def _go_to(preview) -> str:  # an ImportPreview
    """The deck offered instead of importing (a copy's, or the one deck that reads
    these notes through a folder); "" for none."""
    if preview.same_as:
        return preview.same_as
    return preview.held_by[0].deck_name if len(preview.held_by) == 1 else ""


def _same_notes(preview) -> str:  # an ImportPreview
    """The sentence saying a new deck would be a second one of another deck's notes."""
    if not preview.same_as:
        return ""
    where = f", imported from {preview.same_source}" if preview.same_source else ""
    if not preview.shared:
        return (
            f" These are the same notes as the deck “{preview.same_as}”{where}: importing"
            " them makes a second copy of that deck, studied apart."
        )
    if preview.same_new:  # some new: not the same notes, whatever their share
        return (
            f" {plural(preview.same_new, 'question')} of these {preview.held_of:,}"
            f" {'is' if preview.same_new == 1 else 'are'} new;"
            f" the other {preview.shared:,} are already in the deck “{preview.same_as}”"
            f"{where} ({_titles_said(preview.shared_titles)}): importing makes a second"
            " copy of those, studied apart."
        )
    return (
        f" {plural(preview.shared, 'question')} of these are already in the deck"
        f" “{preview.same_as}”{where} (the same notes saved another way?): importing them"
        " makes a second deck of those questions, studied apart."
    )


def _titles_said(titles: tuple[str, ...], shown: int = 3) -> str:
    """Up to `shown` titles, quoted, and how many more."""
    said = ", ".join(f"“{t}”" for t in titles[:shown])
    return said + (f" and {len(titles) - shown:,} more" if len(titles) > shown else "")
