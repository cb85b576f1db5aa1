"""The Weak Topics tab: topics ranked weakest first, each with its weak questions and
why each is weak, and buttons to study them, run a mock on them or export the PDF.

The ranking comes from core.weak.weak_report (no Markdown is rendered here, so a
refresh costs one pass over the deck's history). The view is lazy: after
`mark_dirty()` it asks for a new report (`refresh_wanted`) when next shown, and
keeps the last one on screen until `set_report` brings it (it is computed off the
UI thread: ui/figures_worker.py). Clicking a question emits
`question_activated(qid)` for the answer pane; the buttons act on the selected
questions, the questions of the selected topics, or, with nothing selected, on
every weak question in ranked order.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import numbers_kept, whole_percent
from studyapp.core.weak import WeakReport, describe
from studyapp.ui.after_paint import AfterPaint
from studyapp.ui.elide import elide_parts, head_budgets
from studyapp.ui.theme import COLORS, mute
from studyapp.ui.title_runs import paint_title, set_title

QID_ROLE = Qt.ItemDataRole.UserRole
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1
PARTS_ROLE = Qt.ItemDataRole.UserRole + 2  # a topic row's (rank, deck and parents, topic)
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 3  # a topic row's topic id

COLUMNS = ("Topic / question", "Weakness", "Why")
SEPARATOR = " / "  # between a topic path's deck and topics
SCORE_COLUMN_WIDTH = 110
# Narrower than this beside the buttons, the summary goes above them: squeezed into
# one row, it wrapped word by word and the buttons' labels were cut off.
SUMMARY_MIN_WIDTH = 240
# Narrower than this, "Why" goes under each row's name: in a column as narrow as the
# Weak Topics tab was in a 720 px window (120 px) a question's reasons took five
# lines, and four questions filled the list.
WHY_MIN_WIDTH = 200
HINT_NOTHING_STUDIED = (
    "Nothing studied yet.\n\nStudy a topic (Space shows the answer, 1–4 grade it) or "
    "run a mock interview. Your questions will be ranked here by weakness, weakest "
    "topic first."
)
HINT_SCORING = "Scoring your questions…"
UPDATING = "Updating…"
HINT_FAILED = "The weak topics could not be computed. Show this tab again to retry."
# A new report that takes longer than this says it is on its way; a quicker one
# replaces the last without a flash of text.
UPDATING_AFTER_MS = 150
HINT_NOTHING_WEAK = (
    "No weak questions: everything you have studied is holding up.\n\nKeep reviewing "
    "what falls due; questions that slip will show up here."
)


ROW_PADDING = 10  # px above and below a line: the topic tree's rows (topic_tree_view)


STUDY_TIP = "Study the selected weak questions (all, if none is selected)"
MOCK_TIP = "A mock interview on the selected weak questions (or all)"


class RowDelegate(QStyledItemDelegate):
    """Rows as tall as the topic tree's (a line and 10 px), not Fusion's tight 14 px
    ones that read cramped beside it."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        line = QFontMetrics(option.font).height() + ROW_PADDING
        return QSize(hint.width(), max(hint.height(), line))


class WhyDelegate(RowDelegate):
    """The reasons, wrapped at the column's width: as many lines tall as they need."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        tree = self.parent()
        width = tree.header().sectionSize(index.column()) - NameDelegate.TEXT_MARGINS
        text = str(index.data() or "")
        if width <= 0 or not text:
            return hint
        flags = Qt.TextFlag.TextWordWrap
        lines = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 10**6), flags, text)
        return QSize(hint.width(), max(hint.height(), lines.height() + ROW_PADDING))


class ScoreDelegate(RowDelegate):
    """The weakness column as a small bar with the score (0–100) beside it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect: QRect = option.rect.adjusted(6, 0, -6, 0)
        dark = option.palette.color(QPalette.ColorRole.Base).lightness() < 128
        colors = COLORS["dark" if dark else "light"]
        text_w = option.fontMetrics.horizontalAdvance("100") + 6
        bar_w = max(0, rect.width() - text_w)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.bar_track))
        track = QRect(rect.left(), rect.center().y() - 3, bar_w, 6)
        painter.drawRoundedRect(track, 3, 3)
        painter.setBrush(QColor(colors.weak))
        painter.drawRoundedRect(
            QRect(track.left(), track.top(), round(bar_w * float(score)), 6), 3, 3
        )
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(rect.right() - text_w, rect.top(), text_w, rect.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(whole_percent(float(score))),
        )
        painter.restore()


class NameDelegate(RowDelegate):
    """A topic's path "Deck / Parent / Child" keeps its topic whole and cuts what is
    above it (cut at the end, every topic of a deck read "Deck / …"; in the middle,
    both the deck and the topic were cut); a question's title is drawn as the topic
    tree draws it (ui.title_runs). Where the tree hides "Why" (too narrow for it), a
    row's reasons are drawn under its name, muted and wrapped."""

    TEXT_MARGINS = 8  # the style's margins either side of an item's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._budget_key: tuple | None = None
        self._budget: dict[str, float] = {}

    def line_under(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """What goes under the row's name where "Why" is hidden ("" where it shows): its
        reasons, after its deck and parents where its path does not fit whole (the
        name then says its topic alone: `_head_under`)."""
        tree = self.parent()
        if not isinstance(tree, QTreeWidget) or not tree.isColumnHidden(2):
            return ""
        # A figure kept with its unit where the line wraps ("recall 74" then "%").
        why = str(index.siblingAtColumn(2).data() or "").replace(" %", "\u00a0%")
        head = self._head_under(index)
        return f"{head} · {why}" if head else why

    def _head_under(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """A topic row's deck and parents where they go under its name: "Why" hidden, and
        the path too long for the name's width. The line under has the room the name
        has not: "4. AI an…tions / Data Analysis & Statistics" (the deck cut alike in
        every row of it, for the longest) reads "4. Data Analysis & Statistics" over
        "AI and ML Questions · 1 weak of 2 · mastery 0 %"."""
        tree = self.parent()
        parts = index.data(PARTS_ROLE)
        if index.parent().isValid() or not parts or not parts[1]:
            return ""
        if not isinstance(tree, QTreeWidget) or not tree.isColumnHidden(2):
            return ""
        prefix, head, tail = parts
        room = tree.header().sectionSize(0) - tree.indentation() - self.TEXT_MARGINS
        font = index.data(Qt.ItemDataRole.FontRole) or tree.font()
        whole = QFontMetrics(font).horizontalAdvance(prefix + head + SEPARATOR + tail)
        return head if whole > room else ""

    def _why_rect(self, index: QModelIndex | QPersistentModelIndex, why: str) -> QRect:
        """Where the reasons are drawn, from the name's left edge, at (0, 0): as wide
        as the name's room, as tall as they wrap in it."""
        tree = self.parent()
        depth = 2 if index.parent().isValid() else 1
        width = max(1, tree.header().sectionSize(0) - tree.indentation() * depth)
        width -= self.TEXT_MARGINS
        room = QRect(0, 0, max(width, 1), 10**6)
        wrapped = QFontMetrics(tree.font()).boundingRect(room, Qt.TextFlag.TextWordWrap, why)
        return QRect(0, 0, room.width(), wrapped.height())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        why = self.line_under(index)
        if not why:
            return hint
        line = QFontMetrics(option.font).height()
        return QSize(hint.width(), line + self._why_rect(index, why).height() + ROW_PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        why = self.line_under(index)
        if not why:
            self._paint_name(painter, option, index)
            return
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        whole.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(style.ControlElement.CE_ItemViewItem, whole, painter, widget)
        line = QFontMetrics(whole.font).height()
        top = QStyleOptionViewItem(option)
        top.rect = QRect(
            option.rect.left(), option.rect.top() + ROW_PADDING // 2, option.rect.width(), line
        )
        self._paint_name(painter, top, index)
        text = style.subElementRect(style.SubElement.SE_ItemViewItemText, whole, widget)
        rect = self._why_rect(index, why)
        rect.moveTo(text.left() + 2, top.rect.bottom() + 1)
        selected = bool(option.state & style.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setFont(widget.font())
        painter.setPen(option.palette.color(role))
        painter.drawText(rect, Qt.TextFlag.TextWordWrap, why)
        painter.restore()

    def _paint_name(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not paint_title(self, painter, option, index):  # a question's title
            super().paint(painter, option, index)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        parts = index.data(PARTS_ROLE)
        if not index.parent().isValid() and parts:
            prefix, head, tail = parts
            width = option.rect.width() - self.TEXT_MARGINS
            if self._head_under(index):  # the deck whole under the name: the topic alone
                option.text = elide_parts(option.fontMetrics, width, tail, prefix=prefix)
                return
            tree = self.parent()
            # A deck cut alike in its rows: only beside "Why" (a column narrowed by
            # hand); under it, a path that fits is whole, one that does not names its
            # deck under it (a deck's longest row cut the deck in all its rows).
            beside = isinstance(tree, QTreeWidget) and not tree.isColumnHidden(2)
            budgets = self._budgets(option.fontMetrics, width, index.model()) if beside else {}
            option.text = elide_parts(
                option.fontMetrics,
                width,
                tail,
                head=head,
                separator=SEPARATOR,
                prefix=prefix,
                head_room=budgets.get(head.split(SEPARATOR, 1)[0]),
            )

    def _budgets(self, metrics: QFontMetrics, width: int, model) -> dict[str, float]:
        """elide.head_budgets over every topic row, kept while the width, font and
        rows are the same (each row's paint asks)."""
        rows = [model.index(r, 0).data(PARTS_ROLE) for r in range(model.rowCount())]
        key = (width, metrics.height(), metrics.averageCharWidth(), tuple(rows))
        if self._budget_key != key:
            self._budget_key = key
            self._budget = head_budgets(metrics, width, [r for r in rows if r], SEPARATOR)
        return self._budget


def _text_width(item: QTreeWidgetItem, depth: int) -> int:
    """Column 0 of `item` whole, in its font, with the tree's indentation for `depth`."""
    tree = item.treeWidget()
    return QFontMetrics(item.font(0)).horizontalAdvance(item.text(0)) + tree.indentation() * depth


class WeakView(QWidget):
    """Weak topics of one deck (or all): embed as a tab."""

    question_activated = Signal(str)  # a question was clicked: show it in the answer pane
    start_mock_requested = Signal(list)  # question ids, weakest first
    start_study_requested = Signal(list)  # question ids, weakest first
    export_requested = Signal()  # "Export PDF…": the window asks where and exports
    refresh_wanted = Signal(object)  # deck id (None: all decks): send a new report

    def __init__(self, parent: QWidget | None = None, *, deck_id: int | None = None) -> None:
        """The view asks for its report (`refresh_wanted`) when it is shown after
        `mark_dirty()`, and gets it through `set_report`: it holds no store."""
        super().__init__(parent)
        self.deck_id = deck_id
        self.report: WeakReport | None = None
        self.can_study = True  # False in a read-only window: see set_can_study
        self._dirty = True
        self._after_paint = AfterPaint(self)
        self.waiting = False  # a report was asked for and has not come yet
        self._updating = QTimer(self)
        self._updating.setSingleShot(True)
        self._updating.setInterval(UPDATING_AFTER_MS)
        self._updating.timeout.connect(self._say_updating)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        # The reasons wrap onto a second line rather than end in "…" ("forgotten o…"):
        # rows are as tall as their reasons.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(RowDelegate(self.tree))
        self.tree.setItemDelegateForColumn(0, NameDelegate(self.tree))
        self.tree.setItemDelegateForColumn(1, ScoreDelegate(self.tree))
        self.tree.setItemDelegateForColumn(2, WhyDelegate(self.tree))
        # The titles take what they need of what the score bar leaves, up to a share
        # of it (_fit_columns); the reasons take the rest, wrapped (each cell's tip
        # holds its whole text).
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, SCORE_COLUMN_WIDTH)
        # The reasons' heights at their new width (WhyDelegate; NameDelegate where
        # they go under the names).
        header.sectionResized.connect(
            lambda column, _old, _new: (
                (column == 2 or self.tree.isColumnHidden(2)) and self.tree.doItemsLayout()
            )
        )
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        mute(self.hint)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.hint)

        self.study_button = QPushButton("Study these")
        self.mock_button = QPushButton("Mock on these")
        self.export_button = QPushButton("Export PDF…")
        self.study_button.setToolTip(STUDY_TIP)
        self.mock_button.setToolTip(MOCK_TIP)
        self.export_button.setToolTip("File → Export weak topics as PDF… (Ctrl+E)")
        self.study_button.clicked.connect(
            lambda: self.start_study_requested.emit(self.target_ids())
        )
        self.mock_button.clicked.connect(lambda: self.start_mock_requested.emit(self.target_ids()))
        self.export_button.clicked.connect(self.export_requested.emit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.study_button)
        buttons.addWidget(self.mock_button)
        buttons.addWidget(self.export_button)
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.addWidget(self.summary, 1)
        self.header.addLayout(buttons)
        self.header.setAlignment(buttons, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.header)
        layout.addWidget(self.pages, 1)
        self._update_buttons()

    # --- data ------------------------------------------------------------------------

    def set_deck(self, deck_id: int | None) -> None:
        self.deck_id = deck_id
        self.mark_dirty()

    def mark_dirty(self) -> None:
        """The store changed: ask for a new report now if shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Ask for a new report; the last one stays on screen until it comes."""
        self._dirty = False
        self.waiting = True
        if self.report is None:
            self.summary.setVisible(False)
            self.hint.setText(HINT_SCORING)
            self.pages.setCurrentWidget(self.hint)
        else:
            self._updating.start()
        # Once the tab is on screen: the other thread's work would hold it back.
        deck_id = self.deck_id
        self._after_paint.call(lambda: self.refresh_wanted.emit(deck_id))

    def show_failure(self) -> None:
        """The report could not be computed (the error is said elsewhere): the last
        one stays, and the next show asks again."""
        self.waiting = False
        self._updating.stop()
        self._dirty = True
        if self.report is None:
            self.hint.setText(HINT_FAILED)
        else:
            self._describe(self.report)

    def _say_updating(self) -> None:
        if self.waiting:
            self.summary.setText(UPDATING)
            self.summary.setVisible(True)

    def _describe(self, report: WeakReport) -> None:
        # The hint says it all when there is nothing to list; the header line only
        # repeated it.
        self.summary.setText("" if report.nothing_studied else numbers_kept(describe(report)))
        self.summary.setVisible(not report.nothing_studied)

    def set_report(self, report: WeakReport) -> None:
        """Show `report`. What was selected stays selected (and the list scrolled as
        it was): the last report could be used while this one was computed."""
        self.waiting = False
        self._updating.stop()
        self.report = report
        self._describe(report)
        chosen = {
            (item.data(0, QID_ROLE), item.data(0, TOPIC_ROLE)) for item in self.tree.selectedItems()
        }
        self.tree.clear()
        if report.nothing_studied or report.nothing_weak:
            self.hint.setText(HINT_NOTHING_STUDIED if report.nothing_studied else HINT_NOTHING_WEAK)
            self.pages.setCurrentWidget(self.hint)
        else:
            self.pages.setCurrentWidget(self.tree)
            for rank, topic in enumerate(report.topics, start=1):
                item = QTreeWidgetItem(
                    [
                        f"{rank}. {topic.name}",
                        "",
                        numbers_kept(topic.row_words),
                    ]
                )
                item.setData(1, SCORE_ROLE, topic.score)
                item.setData(0, TOPIC_ROLE, topic.topic_id)
                # The rank and the topic's own name stay whole when the path is cut.
                head, tail = "", topic.name
                if topic.leaf and topic.name.endswith(SEPARATOR + topic.leaf):
                    head, tail = topic.name[: -len(topic.leaf) - 3], topic.leaf
                item.setData(0, PARTS_ROLE, (f"{rank}. ", head, tail))
                item.setToolTip(0, topic.name)
                item.setToolTip(2, item.text(2))
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setFirstColumnSpanned(False)
                for question in topic.questions:
                    child = QTreeWidgetItem(["", "", numbers_kept(question.reasons_text)])
                    # no Markdown marks, its code in the code face, a twin told apart
                    set_title(
                        child, question.shown_title, typed_here=question.edited, hint=question.hint
                    )
                    child.setData(0, QID_ROLE, question.qid)
                    child.setData(1, SCORE_ROLE, question.score)
                    child.setToolTip(2, child.text(2))
                    item.addChild(child)
                self.tree.addTopLevelItem(item)
            self.tree.expandAll()
            self._fit_columns()
            if chosen:
                self._choose(chosen)
        self._update_buttons()

    def _choose(self, chosen: set[tuple[str | None, int | None]]) -> None:
        questions = {qid for qid, _topic in chosen if qid}
        topics = {topic for qid, topic in chosen if not qid}
        for i in range(self.tree.topLevelItemCount()):
            topic = self.tree.topLevelItem(i)
            topic.setSelected(topic.data(0, TOPIC_ROLE) in topics)
            for j in range(topic.childCount()):
                child = topic.child(j)
                child.setSelected(child.data(0, QID_ROLE) in questions)

    # --- selection -------------------------------------------------------------------

    def all_ids(self) -> list[str]:
        return [q.qid for q in self.report.questions] if self.report else []

    def target_ids(self) -> list[str]:
        """The selected questions and the questions of the selected topics, in ranked
        order; every weak question when nothing is selected."""
        selected = self.tree.selectedItems()
        if not selected:
            return self.all_ids()
        wanted: set[str] = set()
        for item in selected:
            qid = item.data(0, QID_ROLE)
            if qid:
                wanted.add(qid)
            else:
                wanted.update(item.child(i).data(0, QID_ROLE) for i in range(item.childCount()))
        return [qid for qid in self.all_ids() if qid in wanted]

    def set_can_study(self, can_study: bool) -> None:
        """A read-only window cannot grade: "Study these" and "Mock on these" stay off."""
        self.can_study = can_study
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_weak = bool(self.all_ids())
        count = len(self.target_ids()) if has_weak else 0
        suffix = f" ({count})" if count else ""
        self.study_button.setText(f"Study these{suffix}")
        self.mock_button.setText(f"Mock on these{suffix}")
        self.study_button.setEnabled(has_weak and self.can_study)
        self.mock_button.setEnabled(has_weak and self.can_study)
        self.export_button.setEnabled(has_weak)
        # With nothing weak there is nothing to study, mock or export: the buttons go
        # (they stood beside "No weak questions", one of them enabled); a window that
        # cannot grade keeps them off and says why.
        for button in (self.study_button, self.mock_button, self.export_button):
            button.setVisible(has_weak)
        why = "" if self.can_study else " (not in a read-only window)"
        self.study_button.setToolTip(STUDY_TIP + why)
        self.mock_button.setToolTip(MOCK_TIP + why)
        self._fit_header()  # the counts in the labels change their width

    def _on_item(self, item: QTreeWidgetItem, _column: int) -> None:
        qid = item.data(0, QID_ROLE)
        if qid:
            self.question_activated.emit(qid)

    def question_item(self, qid: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            topic = self.tree.topLevelItem(i)
            for j in range(topic.childCount()):
                if topic.child(j).data(0, QID_ROLE) == qid:
                    return topic.child(j)
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Tab from the list reaches its buttons (the list first: choose, then act). Set
        # once the view is in the window, whose focus chain it then joins; before, Tab
        # went from the list back to the search field, past the buttons.
        QWidget.setTabOrder(self.tree, self.study_button)
        QWidget.setTabOrder(self.study_button, self.mock_button)
        QWidget.setTabOrder(self.mock_button, self.export_button)
        if self._dirty:
            self.refresh()
        self._fit_header()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The topic and title column as wide as its widest row, "Why" the rest, where
        that leaves "Why" at least WHY_MIN_WIDTH: the reasons wrap, none of their words
        lost, where a name cut loses its words ("2. AI and M…uestions / Data Analysis
        & Statistics" at 1200 px beside a "Why" with room to spare). Where the names
        whole leave "Why" less, the reasons go under each name and the names take
        what the scores leave (a deck, if still too long, cut before its topic:
        NameDelegate)."""
        free = self.tree.viewport().width() - SCORE_COLUMN_WIDTH
        if free <= 0:
            return
        want = 0
        for i in range(self.tree.topLevelItemCount()):
            topic = self.tree.topLevelItem(i)
            want = max(want, _text_width(topic, 1))
            for j in range(topic.childCount()):
                want = max(want, _text_width(topic.child(j), 2))
        want += NameDelegate.TEXT_MARGINS
        names = max(want, free // 3)
        under = free - names < WHY_MIN_WIDTH  # the reasons under the names, full width
        header = self.tree.header()
        if self.tree.isColumnHidden(2) != under:
            self.tree.setColumnHidden(2, under)
            # the names take what the scores leave, as "Why" did (a scroll bar come
            # or gone included)
            mode = QHeaderView.ResizeMode.Stretch if under else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(0, mode)
            self.tree.doItemsLayout()
        if not under:
            header.resizeSection(0, names)

    def _fit_header(self) -> None:
        """The summary beside the buttons where both fit, else above them."""
        buttons = (self.study_button, self.mock_button, self.export_button)
        margins = self.layout().contentsMargins()
        one_row = (
            SUMMARY_MIN_WIDTH
            + sum(b.sizeHint().width() for b in buttons)
            + self.header.spacing() * len(buttons)
            + margins.left()
            + margins.right()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= one_row
            else QBoxLayout.Direction.TopToBottom
        )
        if self.header.direction() != direction:
            self.header.setDirection(direction)
