"""The page after a mock interview: score and totals, a row per question (time, over
time, rating, coverage), the weakest questions, and what to do next.

Pure view over a core `MockSummary`; its buttons emit signals the window acts on
(retry the weak questions as a new mock, export them as a PDF, the history, back).
Enter on a row, or a double click, opens that question.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import format_clock, percent, score_text, unbroken
from studyapp.core.mock import MockSummary, MockSummaryRow
from studyapp.core.mock_results import SCORE_MEANS, score_scale
from studyapp.core.scheduler import RATING_NAMES
from studyapp.core.title_hints import listed_html
from studyapp.ui.screen_fit import ShrinkingScroll
from studyapp.ui.theme import COLORS, Card, mute, rows_table
from studyapp.ui.title_runs import TitleDelegate, set_title

COLUMNS = ("#", "Question", "Time", "Over time", "Rating", "Coverage")
TILES = ("graded", "skipped", "total", "average", "overtime", "coverage")
TILES_PER_ROW = 3
QID_ROLE = Qt.ItemDataRole.UserRole
NOT_GRADED = "not graded"  # answered (typed or revealed), then the mock was ended


def rating_text(row: MockSummaryRow) -> str:
    """The Rating column: the grade, "skipped", or "not graded" (answered, then ended)."""
    if row.rating is not None:
        return f"{row.rating} {RATING_NAMES[row.rating]}"
    return "skipped" if row.skipped else NOT_GRADED


def weak_reasons(row: MockSummaryRow) -> str:
    """Why a question counts as weak, in a few words."""
    reasons = []
    if row.skipped:
        reasons.append("skipped")
    elif row.rating is not None and row.rating <= 2:
        reasons.append(f"rated {RATING_NAMES[row.rating]}")
    elif row.ungraded and row.is_weak:  # next to none of the key points, and no grade
        reasons.append(f"{NOT_GRADED}, {percent(row.coverage)} of the key points")
    if row.overtime:
        reasons.append("over time")
    if row.coverage is not None and row.coverage < 0.5 and row.rating is not None:
        reasons.append(f"{percent(row.coverage)} of the key points")
    return ", ".join(reasons)


def weak_why_here(row: MockSummaryRow) -> str:
    """Why a weakest question is listed, starting from this mock: what went wrong in
    it, or, where nothing did, its result here and then why it is weak from before
    ("rated Good, 100 % of the key points here; weak from before: …"). The line gave
    the older reasons alone ("rated Hard last time"), read as this mock's result."""
    here = weak_reasons(row)
    if here or not row.weak_why:
        return here or row.weak_why
    result = f"rated {RATING_NAMES[row.rating]}" if row.rating is not None else NOT_GRADED
    if row.coverage is not None:
        result += f", {percent(row.coverage)} of the key points"
    return f"{result} here; weak from before: {row.weak_why}"


def weak_line(number: int, row: MockSummaryRow, muted: str) -> str:
    """A weakest question's line: its title as the table shows it (long words
    breakable: a label wraps only where a word may break), then why, muted."""
    hint = f" <span style='color:{muted}'>({escape(row.hint)})</span>" if row.hint else ""
    return (
        f"{number}. {listed_html(row.shown_title, typed_here=row.edited)}{hint}"
        f" <span style='color:{muted}'>— {escape(weak_why_here(row))}</span>"
    )


class MockSummaryView(QWidget):
    retry_weak_clicked = Signal()
    export_weak_clicked = Signal(list)  # the weak question ids, weakest first
    history_clicked = Signal()
    new_mock_clicked = Signal()
    done_clicked = Signal()
    question_activated = Signal(str)
    play_clicked = Signal(str)  # the recording of the chosen row (a spoken mock)

    def __init__(self, parent: QWidget | None = None, *, can_export: bool = True) -> None:
        super().__init__(parent)
        self.summary: MockSummary | None = None
        self._recordings: dict[int, str] = {}  # row position (1-based) → recording file
        self._theme = "light"

        self.card = Card()
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() + 5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        # Every label of the page wraps: beside the tree in a 700 px window the page is
        # as narrow as the tabs go (440 px), and unwrapped it was cut at its right edge
        # ("Mock interview ended e", "skipped · 2 not asl").
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)  # beside the score in a narrow window it was cut
        mute(self.subtitle)

        self.score = QLabel()
        score_font = QFont(self.font())
        score_font.setPointSizeF(30)
        score_font.setBold(True)
        self.score.setFont(score_font)
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.score_caption = QLabel("score")
        mute(self.score_caption)
        self.score_caption.setAlignment(Qt.AlignmentFlag.AlignRight)

        # The totals as small tiles, a figure over its caption, in rows of three: six
        # in a row need more room than the page has beside the tree in a small window.
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        tiles = QGridLayout()
        tiles.setHorizontalSpacing(28)
        tiles.setVerticalSpacing(8)
        figure_font = QFont(self.font())
        figure_font.setPointSizeF(figure_font.pointSizeF() + 4)
        figure_font.setBold(True)
        for i, key in enumerate(TILES):
            figure, caption = QLabel(), QLabel()
            figure.setFont(figure_font)
            figure.setWordWrap(True)
            caption.setWordWrap(True)
            mute(caption)
            tile = QVBoxLayout()
            tile.setSpacing(0)
            tile.addWidget(figure)
            tile.addWidget(caption)
            tiles.addLayout(tile, i // TILES_PER_ROW, i % TILES_PER_ROW)
            self.tiles[key] = (figure, caption)
        tiles.setColumnStretch(TILES_PER_ROW, 1)

        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        score_box = QVBoxLayout()
        score_box.setSpacing(0)
        score_box.addWidget(self.score)
        score_box.addWidget(self.score_caption)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addLayout(score_box)

        self.table = rows_table(COLUMNS, "Questions of this mock interview")
        self.table.setItemDelegateForColumn(1, TitleDelegate(self.table))
        self.table.itemActivated.connect(self._on_activated)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # all rows
        self.table.currentCellChanged.connect(lambda *_: self._update_play())

        self.weak_heading = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        self.weak_heading.setFont(bold)
        self.weak_heading.setWordWrap(True)
        # The notes "what to remember next time" typed after each reveal: kept, and
        # shown nowhere, not even in the mock they were written in.
        self.notes_heading = QLabel()
        self.notes_heading.setFont(bold)
        self.notes_list = QLabel()
        self.notes_list.setTextFormat(Qt.TextFormat.RichText)
        self.notes_list.setWordWrap(True)
        self.weak_list = QLabel()
        self.weak_list.setTextFormat(Qt.TextFormat.RichText)
        self.weak_list.setWordWrap(True)

        # Retry weak starts a timed mock at once: it is a deliberate choice (a click or
        # Ctrl+R), never what Enter does. Enter, pressed again after "End now", started
        # one while it had the focus. Done is the page's default (see `take_focus`).
        self.retry_button = QPushButton("Retry weak   Ctrl+R")
        self.retry_button.setAutoDefault(True)
        self.retry_button.setToolTip("A new mock interview on the weakest questions (Ctrl+R)")
        self.retry_button.clicked.connect(self.retry_weak_clicked)
        self.export_button = QPushButton("Export weak (PDF)…")
        self.export_button.setAutoDefault(True)
        self.export_button.clicked.connect(self._on_export)
        self.export_button.setVisible(can_export)
        self.play_button = QPushButton("▶  Hear answer")
        self.play_button.setAutoDefault(True)
        self.play_button.setToolTip("Play back the spoken answer of the chosen question")
        self.play_button.clicked.connect(self._on_play)
        self.play_button.hide()
        self.history_button = QPushButton("History   Ctrl+H")
        self.history_button.setAutoDefault(True)
        self.history_button.clicked.connect(self.history_clicked)
        self.new_button = QPushButton("New mock…")
        self.new_button.setAutoDefault(True)
        self.new_button.setToolTip("Set up a new mock interview (Ctrl+M)")
        self.new_button.clicked.connect(self.new_mock_clicked)
        self.done_button = QPushButton("Done   Esc")
        self.done_button.setObjectName("primary")
        self.done_button.setAutoDefault(True)
        self.done_button.clicked.connect(self.done_clicked)
        # Two rows: what to do with the weak questions, then where to go next. In one
        # row the five need more room than the page has beside the tree at 1024 px.
        weak_row = QHBoxLayout()
        weak_row.setSpacing(8)
        weak_row.addWidget(self.retry_button)
        weak_row.addWidget(self.export_button)
        weak_row.addStretch(1)
        next_row = QHBoxLayout()
        next_row.setSpacing(8)
        next_row.addWidget(self.play_button)
        next_row.addStretch(1)
        next_row.addWidget(self.history_button)
        next_row.addWidget(self.new_button)
        next_row.addWidget(self.done_button)
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        buttons.addLayout(weak_row)
        buttons.addLayout(next_row)

        # What there is to read scrolls as one, above the buttons, which stay in sight:
        # on a 1024 x 600 screen the table showed 3 of its rows in a box of its own,
        # the weakest list stopped at 5 with "...", and the page's last row of buttons
        # was under the window's edge, to be scrolled to.
        self.body = QWidget()
        self.body.setObjectName("summaryBody")
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(22, 18, 22, 4)
        inner.setSpacing(10)
        inner.addLayout(top)
        inner.addSpacing(4)
        inner.addLayout(tiles)
        inner.addSpacing(6)
        inner.addWidget(self.table)  # as tall as its rows (_fill_table): the body scrolls
        inner.addSpacing(6)
        inner.addWidget(self.weak_heading)
        inner.addWidget(self.weak_list)
        inner.addWidget(self.notes_heading)
        inner.addWidget(self.notes_list)
        inner.addStretch(1)
        self.body_scroll = ShrinkingScroll(self.body, sideways=False)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop of its own on Tab
        self.body_scroll.viewport().setAutoFillBackground(False)
        self.body.setAutoFillBackground(False)
        footer = QVBoxLayout()
        footer.setContentsMargins(22, 8, 22, 16)
        footer.addLayout(buttons)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(0, 0, 0, 0)
        card.setSpacing(0)
        card.addWidget(self.body_scroll, 1)
        card.addLayout(footer)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)

    # --- content -----------------------------------------------------------------------

    def set_summary(self, summary: MockSummary, *, when: str = "") -> None:
        self.summary = summary
        self._recordings = {}
        self.play_button.hide()
        # One rule, the history's too (core.mock_results.how_it_ended)
        self.title.setText(f"Mock interview {summary.ending or 'finished'}")
        self.subtitle.setText(when)
        # In words under the figure: "50 % score" alone read as anything (key points
        # said? answers right?); it is the average of the person's own grades. With
        # nothing graded there is no figure: a dash at the score's size read as a heavy
        # bar, a glyph, not "no score"; the words alone say it.
        graded = summary.score is not None
        self.score.setText(score_text(summary.score) if graded else "")
        self.score.setVisible(graded)
        self.score_caption.setText(
            # short lines: beside the title in the narrowest window
            f"average of your\nown grades:\n{score_scale(2)}"
            if graded
            else "no score:\nnothing graded"
        )
        self.score_caption.setToolTip(f"{SCORE_MEANS} In %: {score_scale()}.")
        skipped = ["skipped"]  # then the questions a mock ended with no grade for
        if summary.ungraded:
            skipped.append(unbroken(f"{summary.ungraded} {NOT_GRADED}"))
        if summary.not_answered:
            skipped.append(unbroken(f"{summary.not_answered} not answered"))
        if summary.not_asked:
            skipped.append(unbroken(f"{summary.not_asked} not asked"))
        figures = {
            "graded": (f"{summary.graded} of {summary.planned}", "graded"),
            "skipped": (str(summary.skipped), " · ".join(skipped)),
            # The answering, not the whole mock: a mock left open after its time ran
            # out read as minutes of answering the questions' own times never had.
            "total": (
                format_clock(summary.answering_seconds),
                f"answering · {format_clock(summary.elapsed_seconds)} in all",
            ),
            "average": (format_clock(summary.average_seconds), "average a question"),
            "overtime": (str(summary.overtime_count), "over time"),
            "coverage": (percent(summary.mean_coverage), "key points covered"),
        }
        for key, (figure, caption) in figures.items():
            self.tiles[key][0].setText(figure)
            self.tiles[key][1].setText(caption)
        self.tiles["skipped"][1].setToolTip(
            "Skipped: moved on from without a grade (what was typed is kept). Answered, not"
            " graded: typed or revealed when the mock was ended (its answer and coverage are"
            " kept). Not answered: on screen, nothing typed, when the mock was left. Not"
            " asked: never came up."
        )
        self.tiles["total"][1].setToolTip(
            "Answering: the questions' clocks added up. In all: the whole mock, reading"
            " the model answers and grading included, pauses left out."
        )
        self._fill_table(summary)
        weakest = summary.weakest
        if weakest:
            self.weak_heading.setText(f"Weakest questions ({len(weakest)})")
            muted = COLORS[self._theme].muted
            # every one: the page scrolls (it stopped at 5, "…" for the rest)
            self.weak_list.setText(
                "<br>".join(weak_line(i, row, muted) for i, row in enumerate(weakest, start=1))
            )
        elif not summary.graded:
            self.weak_heading.setText("Weakest questions")
            self.weak_list.setText("None yet: no question was graded in this mock.")
        else:
            self.weak_heading.setText("Weakest questions")
            self.weak_list.setText("None: no question of this mock is weak now.")
        self.retry_button.setEnabled(bool(weakest))
        self.export_button.setEnabled(bool(weakest))
        self._show_notes(summary)

    def _show_notes(self, summary: MockSummary) -> None:
        """Each note of this mock under its question's title, in asking order, the
        list numbered on its own (1, 2, …) as the weakest questions' above it: the
        table's row number read as a rank in a list of its own ("2." for the only note)."""
        noted = [row for row in summary.rows if row.note and row.note.strip()]
        self.notes_heading.setVisible(bool(noted))
        self.notes_list.setVisible(bool(noted))
        self.notes_heading.setText(f"Your notes for next time ({len(noted)})")
        muted = COLORS[self._theme].muted
        self.notes_list.setText(
            "<br>".join(
                f"{number}. {listed_html(row.shown_title, typed_here=row.edited)}"
                f" <span style='color:{muted}'>—</span> "
                + escape((row.note or "").strip()).replace("\n", "<br>")
                for number, row in enumerate(noted, start=1)
            )
        )

    def set_recordings(self, recordings: dict[int, str]) -> None:
        """The spoken answers of this mock, by row position (1-based): "Hear answer"
        shows when there is one and plays the chosen row's."""
        self._recordings = dict(recordings)
        self.play_button.setVisible(bool(self._recordings))
        if self._recordings and self.summary is not None:
            first = min(self._recordings)
            row = next(i for i, r in enumerate(self.summary.rows) if r.position == first)
            self.table.setCurrentCell(row, 1)
        self._update_play()

    def _chosen_recording(self) -> str | None:
        row = self.table.currentRow()
        if self.summary is None or not 0 <= row < len(self.summary.rows):
            return None
        return self._recordings.get(self.summary.rows[row].position)

    def _update_play(self) -> None:
        self.play_button.setEnabled(self._chosen_recording() is not None)

    def _on_play(self) -> None:
        path = self._chosen_recording()
        if path is not None:
            self.play_clicked.emit(path)

    def _fill_table(self, summary: MockSummary) -> None:
        colors = COLORS[self._theme]
        grade_colors = {1: colors.weak, 2: colors.due, 3: colors.learned, 4: colors.new}
        self.table.setRowCount(len(summary.rows))
        for r, row in enumerate(summary.rows):
            cells = [
                str(row.position),
                "",  # the title: set_title below
                format_clock(row.seconds),
                "over time" if row.overtime else "",
                rating_text(row),
                "" if row.skipped else percent(row.coverage),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(QID_ROLE, row.question_id)
                if c == 1:  # no Markdown marks, its code in the code face, a twin told apart
                    set_title(item, row.shown_title, typed_here=row.edited, hint=row.hint)
                if c == 3 and row.overtime:
                    item.setForeground(QColor(colors.weak))
                if c == 4:
                    if row.rating is None:
                        item.setForeground(QColor(colors.muted))
                    else:
                        item.setForeground(QColor(grade_colors[row.rating]))
                self.table.setItem(r, c, item)
        # A column with nothing in it (no question over time, no coverage measured)
        # is hidden: its header's width came out of the question's titles, cut at
        # 800 px ("Which generative A…") beside two empty columns.
        indexes = range(len(summary.rows))
        for c in range(len(COLUMNS)):
            self.table.setColumnHidden(
                c, bool(indexes) and not any(self.table.item(r, c).text() for r in indexes)
            )
        self.table.resizeRowsToContents()
        # As tall as all its rows, the weakest questions right under: the page's body
        # scrolls, not the table in it (it showed 3 rows on a 1024 x 600 screen). The
        # page's own least height stays small, so a short window never grows for it.
        rows = sum(self.table.rowHeight(r) for r in range(len(summary.rows))) or 24
        chrome = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(chrome + rows)
        self.table.setVisible(bool(summary.rows))  # no answer: no empty band of a table

    def totals_text(self) -> str:
        """The tiles as one line: "4 of 5 graded · 1 skipped · …" (plain spaces)."""
        line = " · ".join(f"{f.text()} {c.text()}" for f, c in self.tiles.values())
        return line.replace("\u00a0", " ")

    def rows_text(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and accessibility checks)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        if self.summary is not None:
            self._fill_table(self.summary)

    def take_focus(self) -> None:
        """Done has the focus: Enter leaves the page, the safe way (nothing starts)."""
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- signals -----------------------------------------------------------------------

    def _on_export(self) -> None:
        if self.summary is not None and self.summary.weak_question_ids:
            self.export_weak_clicked.emit(list(self.summary.weak_question_ids))

    def _on_activated(self, item: QTableWidgetItem) -> None:
        qid = item.data(QID_ROLE)
        if qid:
            self.question_activated.emit(str(qid))
