"""The topic tree's view: a QTreeView over TopicTreeModel through its search
filter, a delegate that paints a row (name, counts, due, mastery bar, state dot)
from its node in one call, and the legend above the tree."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from studyapp.core.html_escape import escape_html
from studyapp.core.model import Question
from studyapp.ui.flag_marks import flag_mark
from studyapp.ui.style import flat_scroll_area
from studyapp.ui.theme import state_color
from studyapp.ui.topic_tree import (
    DECK,
    EDITED_MARK,
    NODE_ROLE,
    QUESTION,
    UNKNOWN,
    ModelIndex,
    Node,
    TopicTreeModel,
    title_parts,
)
from studyapp.ui.tree_filter import QuestionFilter
from studyapp.ui.tree_rows import paint_rows

# Right-hand slots of a row, in pixels from the right edge: questions, due, mastery.
SLOT_PAD = 8
COUNT_W, DUE_W, MASTERY_W, BAR_W = 34, 34, 76, 32


MIN_NAME_W = 120  # px a name keeps before the count and due columns give way


class OpenRows(NamedTuple):
    """What of the tree is open (`TopicTreeView.open_rows`), kept over a reload."""

    opened: frozenset[tuple[int, object]]  # (DECK or TOPIC, its id) of each open row
    decks: frozenset[object]  # every deck shown, open or not


def is_narrow(width: int) -> bool:
    """Whether a tree `width` px wide gives its names the place of the count and due
    columns (the names come first: a name is not cut below MIN_NAME_W for them)."""
    return width - 2 * SLOT_PAD - MASTERY_W - DUE_W - COUNT_W - 40 < MIN_NAME_W


def slots(rect: QRect, narrow: bool = False) -> tuple[QRect, QRect, QRect]:
    """(count, due, mastery) rectangles at the right of a row; in a `narrow` tree the
    count and due ones are zero wide, the mastery one (a question's state) stays."""
    right = rect.right() - SLOT_PAD
    due_w, count_w = (0, 0) if narrow else (DUE_W, COUNT_W)
    mastery = QRect(right - MASTERY_W + 1, rect.top(), MASTERY_W, rect.height())
    due = QRect(mastery.left() - due_w, rect.top(), due_w, rect.height())
    count = QRect(due.left() - count_w, rect.top(), count_w, rect.height())
    return count, due, mastery


ARROW_SIZE = 9  # px: the expand arrow's square


def arrow_pixmap(expanded: bool, color: QColor, ratio: float = 1.0) -> QPixmap:
    """A small filled triangle pointing down (expanded) or right, as Fusion draws it."""
    pixmap = QPixmap(round(ARROW_SIZE * ratio), round(ARROW_SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    # Wide and flat (8 × 3.5 px), as Fusion's branch arrow is.
    if expanded:
        points = [QPointF(0.5, 3.0), QPointF(8.5, 3.0), QPointF(4.5, 6.5)]
    else:
        points = [QPointF(3.0, 0.5), QPointF(6.5, 4.5), QPointF(3.0, 8.5)]
    painter.drawPolygon(QPolygonF(points))
    painter.end()
    return pixmap


def fill(painter: QPainter, rect: QRect, brush: QBrush) -> None:
    """`painter.fillRect(rect, brush)` without its overloads: choosing among them
    builds PySide's enum types for QGradient (about 4 ms of start-up, on the first
    selected row painted)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawRect(rect)
    painter.restore()


_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_MUTED = QPalette.ColorRole.PlaceholderText
_ELIDE = Qt.TextElideMode.ElideRight
PREPARED_TEXTS = 4000  # laid-out strings kept: a few screens of rows at a few widths


class TreeDelegate(QStyledItemDelegate):
    """Paints a whole row from its node: name, counts, due, a mastery bar, or a
    question's state dot and label. One model call per row keeps scrolling cheap.

    Every string is drawn as a `QStaticText` laid out once (per font and width):
    `drawText` shapes its string on every call, and that was most of a row's cost
    (each click repaints the rows it selects and deselects; scrolling, all of them).
    """

    def __init__(self, model: TopicTreeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._height = 0
        self._fonts: dict[bool, QFont] = {}
        self._font_key = ""
        self._texts: dict[tuple[str, bool | str, int], QStaticText] = {}
        self._narrow = False
        self._code_font: QFont | None = None  # made when a title with code is painted
        self._parts: dict[str, list[tuple[str, bool]]] = {}  # display form → its runs

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        if not self._height:
            self._height = QFontMetrics(option.font).height() + 10
        return QSize(200, self._height)

    def begin(self, base: QFont, width: int = 0) -> None:
        """Before painting rows in `base` (the view's font) in a view `width` px wide:
        once per paint, not per row."""
        self._narrow = is_narrow(width) if width else False
        key = base.key()
        if key != self._font_key:  # the view's font changed: start again
            self._font_key = key
            self._texts.clear()
            self._code_font = None
            for bold in (False, True):
                font = QFont(base)
                font.setBold(bold)
                self._fonts[bold] = font

    def _text(self, text: str, font: QFont, bold: bool | str, width: int = 0) -> QStaticText:
        """`text` laid out in `font` (`bold`: True, False or "code", the font's key),
        elided to `width` px when a width is given."""
        key = (text, bold, width)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) >= PREPARED_TEXTS:
                self._texts.clear()
                self._parts.clear()
            shown = QFontMetrics(font).elidedText(text, _ELIDE, width) if width else text
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._texts[key] = static
        return static

    def _draw(
        self, painter: QPainter, rect: QRect, text: str, bold: bool, align: str, width: int = 0
    ) -> None:
        """Draw `text` in `rect`, centred vertically, aligned "left", "center" or "right"."""
        font = self._fonts[bold]
        static = self._text(text, font, bold, width)
        size = static.size()
        if align == "left":
            x = rect.left()
        elif align == "right":
            x = rect.right() + 1 - size.width()
        else:
            x = rect.left() + (rect.width() - size.width()) / 2
        painter.setFont(font)
        painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - size.height()) / 2), static)

    def _code(self) -> QFont:
        """The code face, as tall as the tree's own font."""
        if self._code_font is None:
            from PySide6.QtGui import QFontDatabase

            base = self._fonts[False]
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            if base.pixelSize() > 0:
                font.setPixelSize(base.pixelSize())
            else:
                font.setPointSizeF(base.pointSizeF())
            self._code_font = font
        return self._code_font

    def _draw_title(self, painter: QPainter, rect: QRect, node: Node, muted: QColor) -> None:
        """A question's title whose code is drawn in the code face, then what tells it
        apart from a row of the same title (`node.hint`) in `muted`, run after run on
        one baseline, the last run that fits elided."""
        question = node.question
        assert question is not None
        parts = self._parts.get(question.shown_title)
        if parts is None:
            parts = self._parts[question.shown_title] = title_parts(question)
        plain = self._fonts[False]
        ascent = QFontMetrics(plain).ascent()
        top = rect.top() + (rect.height() - QFontMetrics(plain).height()) / 2
        x, right = rect.left(), rect.right() + 1
        runs: list[tuple[str, bool, QColor | None]] = [(t, code, None) for t, code in parts]
        if node.hint:
            # (core, not ui.title_runs: its Qt classes' enums cost a grade 19 ms)
            from studyapp.core.title_hints import HINT_GAP

            runs.append((HINT_GAP + node.hint, False, muted))
        for text, code, pen in runs:
            font, key = (self._code(), "code") if code else (plain, False)
            static = self._text(text, font, key)
            cut = x + static.size().width() > right
            if cut:  # the last run drawn, ending in "…" (no run after it)
                static = self._text(text, font, key, max(1, int(right - x)))
            if pen is not None:
                painter.setPen(pen)
            painter.setFont(font)
            y = top + ascent - QFontMetrics(font).ascent()
            painter.drawStaticText(QPointF(x, y), static)
            x += static.size().width()
            if cut:
                break

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """A row as Qt asks for it outside the view's own painting (a drag's picture):
        the view paints its rows with `paint_row` (TopicTree.drawRow)."""
        node = index.data(NODE_ROLE)
        if node is None:
            return
        # Selection from the view, not `option.state`: reading QStyle's flags from
        # Python builds PySide's enum types for all of QStyle (about 10 ms of start-up).
        view = self.parent()
        selected = isinstance(view, QTreeView) and view.selectionModel().isSelected(index)
        if selected:
            fill(painter, option.rect, option.palette.highlight())
        self.begin(option.font, view.width() if isinstance(view, QTreeView) else 0)
        self.paint_row(painter, option.rect, node, selected, option.palette)

    def paint_row(
        self,
        painter: QPainter,
        rect: QRect,
        node: Node,
        selected: bool,
        palette: QPalette,
    ) -> None:
        """The row's contents in `rect` (its highlight, if selected, is already drawn),
        after `begin`. `palette` is in the view's colour group (active or not)."""
        painter.save()
        text = palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT)
        muted = text if selected else palette.color(_MUTED)
        theme = self._model.theme
        count_rect, due_rect, mastery_rect = slots(rect, self._narrow)
        bold_name = node.kind == DECK
        if node.kind == QUESTION:
            if node.question is not None and node.question.suspended:
                painter.setOpacity(0.45)  # suspended: kept, shown dimmed, not studied
            # Not known before the figures are in: no dot and no word (not "New").
            state = self._model.known_state(node.key)
            if state is not None:
                dot = self._model.pixmap("dot", state, text if selected else None)
                painter.drawPixmap(rect.left() + 2, rect.center().y() - dot.height() // 2 + 1, dot)
            # A question shows no count or due: its title runs up to its state's word
            # ("New"), so a narrow tree still tells long titles apart.
            label = self._model.label(node.key)
            label_w = int(self._text(label, self._fonts[False], False, 0).size().width())
            left = rect.left() + 18
            name_w = mastery_rect.right() - label_w - 12 - left
            flag = node.question.flag if node.question is not None else 0
            if flag:  # Anki's flag: its pennant between the title and the state's word
                mark = flag_mark(flag, text if selected else None)
                name_w -= mark.width() + 6
                y = rect.center().y() - mark.height() // 2
                painter.drawPixmap(left + name_w + 4, y, mark)
            if node.question is not None and node.question.edited:  # kept apart from notes
                edited_w = int(self._text(EDITED_MARK, self._fonts[False], False, 0).size().width())
                name_w -= edited_w + 6
                painter.setPen(muted)
                edited_rect = QRect(left + name_w + 4, rect.top(), edited_w, rect.height())
                self._draw(painter, edited_rect, EDITED_MARK, False, "left")
            name_rect = QRect(left, rect.top(), name_w, rect.height())
            if state is not None:
                painter.setPen(text if selected else state_color(theme, state))
                self._draw(painter, mastery_rect, label, False, "right")
        else:
            name_rect = QRect(
                rect.left() + 2, rect.top(), count_rect.left() - rect.left() - 6, rect.height()
            )
            painter.setPen(muted)
            if count_rect.width():  # (zero wide in a narrow tree: see `slots`)
                self._draw(painter, count_rect, self.count_text(node), False, "center")
            due = self.due_text(node)
            if due_rect.width() and due.isdigit():
                painter.setPen(text if selected else state_color(theme, "due"))
                self._draw(painter, due_rect, due, True, "center")
            elif due_rect.width():  # "–", or "…" before the figures are counted
                self._draw(painter, due_rect, due, False, "center")
            if self._model.counted:
                self._draw_mastery(painter, mastery_rect, rect, node, text, selected)
            else:  # not counted yet: not "0%"
                self._draw(painter, mastery_rect, UNKNOWN, False, "right")
        painter.setPen(text)
        question = node.question
        if question is not None and (question.title_markup or node.hint):
            self._draw_title(painter, name_rect, node, muted)
        else:
            self._draw(painter, name_rect, node.name, bold_name, "left", max(1, name_rect.width()))
        painter.restore()

    def count_text(self, node: Node) -> str:
        """A deck's or topic's Qs: during a search the questions it lists (its total,
        with its due and mastery, in the row's tooltip)."""
        shown = self._model.shown_counts
        return str(node.total if shown is None else shown.get(node.id, 0))

    def due_text(self, node: Node) -> str:
        """A deck's or topic's Due: during a search, of the questions it lists (as its
        Qs): "1 question, 13 due" read as a contradiction."""
        if not self._model.counted:
            return UNKNOWN
        due = self._model.row_figures(node).due
        return str(due) if due else "–"

    def mastery_text(self, node: Node) -> str:
        """A deck's or topic's Mastery, of the same questions as its Qs and Due."""
        return f"{self._model.mastery(self._model.row_figures(node))}%"

    def _draw_mastery(
        self, painter: QPainter, slot: QRect, rect: QRect, node: Node, text: QColor, selected: bool
    ) -> None:
        percent = self._model.mastery(self._model.row_figures(node))
        bar = self._model.pixmap("bar", round(percent / 5), text if selected else None)
        painter.drawPixmap(slot.left(), rect.center().y() - bar.height() // 2 + 1, bar)
        painter.setPen(text)
        self._draw(painter, slot, f"{percent}%", False, "right")


SEARCH_CAPTION = "Topic · of the search's results"
REFUSED_CAPTION = "None listed: the search is not understood"
SEARCH_TIP = (
    "During a search, Qs, Due and Mastery count only the questions the search lists "
    "(a row's tooltip gives the whole topic's too); clear the search for the whole figures."
)


class TreeLegend(QWidget):
    """The column captions above the tree, lined up with the delegate's slots."""

    CAPTIONS = ("Qs", "Due", "Mastery")
    TIPS = (
        "Questions in the topic (sub-topics included)",
        "Questions due for review now",
        "Share of questions learned",  # the rule itself from set_tip (browse controller)
    )

    def __init__(self, tree: QTreeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tree = tree
        self._tips = dict(zip(self.CAPTIONS, self.TIPS, strict=True))
        self.searching = self.refused = False
        self._bar_needed: bool | None = None  # the tree's range calls for its bar
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        self.setFont(font)
        self.setFixedHeight(QFontMetrics(font).height() + 6)
        self._show_tips()
        # Lined up with the tree's viewport, which narrows when the scroll bar shows
        # up (its range changes first). A signal, not an event filter on the viewport:
        # PySide wraps a filtered plain QWidget by trying every QWidget subclass it
        # knows, which built 75 enum types at start-up (about 7 ms), and a filter
        # turns every viewport event into a Python call.
        tree.verticalScrollBar().rangeChanged.connect(self._on_range_changed)

    def set_tip(self, caption: str, tip: str) -> None:
        """What a column counts, said in the tooltip (the Mastery column's rule lives
        in core.progress: its controller says it)."""
        self._tips[caption] = tip
        self._show_tips()

    def set_searching(self, searching: bool, refused: bool = False) -> None:
        """A search on: the figures are of the questions it lists, and the caption and
        the tooltip say so (the whole topic's figures come back when it clears);
        `refused`: the search typed is not understood, and lists nothing."""
        if (searching, refused) != (self.searching, self.refused):
            self.searching, self.refused = searching, refused
            self._show_tips()
            self.update()

    def caption(self) -> str:
        """The caption over the names: "Topic", or what the figures count in a search."""
        if self.refused:
            return REFUSED_CAPTION
        return SEARCH_CAPTION if self.searching else "Topic"

    def _show_tips(self) -> None:
        # Rich text, so a tooltip wraps to the screen (a plain line would run off it).
        tips = "<br>".join(f"<b>{c}</b>: {escape_html(t)}" for c, t in self._tips.items())
        self.setToolTip(f"{escape_html(SEARCH_TIP)}<br>{tips}" if self.searching else tips)

    def _on_range_changed(self, minimum: int, maximum: int) -> None:
        # Painted again only where the bar comes or goes: a grade opening a topic
        # changes the range, and repainted the legend and the three panels under it.
        needed = maximum > minimum
        if needed is not self._bar_needed:
            self._bar_needed = needed
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        # The viewport's place, from the tree and its scroll bar: asking the tree for
        # its viewport (a plain QWidget made in C++) would make PySide wrap it (above).
        tree = self._tree
        frame = tree.frameWidth()
        left = self.mapFromGlobal(tree.mapToGlobal(QPoint(frame, 0))).x()
        bar = tree.verticalScrollBar()
        width = tree.width() - 2 * frame - (bar.width() if bar.isVisible() else 0)
        row = QRect(left, 0, width, self.height())
        columns = slots(row, is_narrow(tree.width()))
        names = QRect(
            row.left() + 22, 0, min(c.left() for c in columns) - row.left() - 28, row.height()
        )
        caption = self.fontMetrics().elidedText(self.caption(), _ELIDE, max(0, names.width()))
        painter.drawText(names, Qt.AlignmentFlag.AlignVCenter, caption)
        for rect, caption in zip(columns, self.CAPTIONS, strict=True):
            if not rect.width():
                continue
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight
                if caption == "Mastery"
                else Qt.AlignmentFlag.AlignHCenter
            )
            painter.drawText(rect, align, caption)
        painter.end()


def _screen_reader() -> bool:
    """Whether an assistive technology listens. (QAccessible loaded here: PySide6
    makes a class and its enums when first asked, 1.7 ms a first frame would pay.)"""
    from PySide6.QtGui import QAccessible

    return QAccessible.isActive()


class TopicTree(QTreeView):
    """The tree view: selection by question id, next/previous, a context menu request.

    The view shows the model itself, and goes through the search filter (a
    `QSortFilterProxyModel`) only while a search is on: through the proxy, every row
    painted costs a dozen more calls of the Python model's `index()` and `parent()`,
    about 40 % of a full repaint (each grade in a study session scrolls the tree).
    Indexes of the view are mapped with `to_source` / `from_source`."""

    context_requested = Signal(object, QPoint)  # Node | None, global position
    current_changed = Signal(QModelIndex, QModelIndex)  # current, previous: of the view
    move_held = Signal()  # a key would have moved the current row while moves are held

    def __init__(self, model: TopicTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = QuestionFilter(model, self)
        self._filtered = False
        self.setModel(model)
        self.selectionModel().currentChanged.connect(self.current_changed)
        self._delegate = TreeDelegate(model, self)
        self.setItemDelegate(self._delegate)
        self._painting_current = QModelIndex()
        self._own_rows = False  # the first frame Qt's: the loop's first use cost 44M instr.
        self._arrows: dict[tuple[bool, int, float], QPixmap] = {}
        self.setUniformRowHeights(True)  # cheap layout for thousands of rows
        self.setAnimated(False)
        self.setHeaderHidden(True)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        flat_scroll_area(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.legend = TreeLegend(self)
        self._moves_held = False

    # --- painting --------------------------------------------------------------

    def dataChanged(
        self, top_left: ModelIndex, bottom_right: ModelIndex, roles: Iterable[int] = ()
    ) -> None:
        """Rows changed (their figures, their theme): those shown are painted again.
        Qt's own handling of a range works out each row's rectangle, one call of the
        Python model's `index()` and `parent()` per row, shown or not: at start-up the
        first figures signal every topic's rows, 44,600 rows in a tester's store, and
        that took longer than counting them. The rows of a closed topic are drawn from
        the model when it opens; those of an open one are painted with the viewport.
        One row, or a screen reader listening, still goes Qt's way."""
        if top_left.row() == bottom_right.row() or _screen_reader():
            super().dataChanged(top_left, bottom_right, list(roles))
            return
        parent = top_left.parent()
        if not parent.isValid() or self.isExpanded(parent):
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painting_current = self.currentIndex()  # once per pass, not per row
        self._delegate.begin(self.font(), self.width())
        own, self._own_rows = self._own_rows, True  # (Qt's loop first: see __init__)
        if not (own and paint_rows(self, event, self.draw_row)):  # ui/tree_rows
            super().paintEvent(event)

    def drawRow(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        self.draw_row(painter, option.rect, option.palette, index)

    def draw_row(self, painter: QPainter, rect: QRect, palette: QPalette, index: ModelIndex):
        """A whole row in one Python call: the highlight, the expand arrow, then the
        delegate's `paint_row`, in `rect`, the viewport's full width. QTreeView's own
        drawRow asks the Python model for each row's parent, siblings, flags and
        children a dozen times (branch lines, selection checks): more than the paint."""
        node = self.source.node(self.to_source(index))
        if node is None:
            return
        selected = index == self._painting_current and self.selectionModel().isSelected(index)
        if selected:
            fill(painter, rect, palette.highlight())
        step = self.indentation()
        indent = step * (self.source.depth(node) + 1)  # the decks' arrows are indented too
        if self.source.has_rows(node):
            color = palette.color(_HIGHLIGHTED_TEXT if selected else _MUTED)
            arrow = self._arrow(self.isExpanded(index), color)
            painter.drawPixmap(
                rect.left() + indent - step + (step - ARROW_SIZE) // 2,
                rect.top() + (rect.height() - ARROW_SIZE) // 2,
                arrow,
            )
        cell = QRect(rect.left() + indent, rect.top(), rect.width() - indent, rect.height())
        self._delegate.paint_row(painter, cell, node, selected, palette)

    def _arrow(self, expanded: bool, color: QColor) -> QPixmap:
        """The expand (▸) or collapse (▾) arrow, drawn once per colour and direction."""
        key = (expanded, color.rgba(), self.devicePixelRatioF())
        pixmap = self._arrows.get(key)
        if pixmap is None:
            pixmap = arrow_pixmap(expanded, color, key[2])
            self._arrows[key] = pixmap
        return pixmap

    # --- the filter ------------------------------------------------------------

    def to_source(self, index: ModelIndex) -> ModelIndex:
        """The model's index for an index of the view."""
        return self.proxy.mapToSource(index) if self._filtered else index

    def from_source(self, index: ModelIndex) -> ModelIndex:
        """The view's index for an index of the model (invalid when filtered out)."""
        return self.proxy.mapFromSource(index) if self._filtered else index

    def set_matches(self, qids: Iterable[str] | None, *, refused: bool = False) -> None:
        """Show only these questions (and the topics above them); None shows all;
        `refused`: none, the search being not understood (the caption says so). The
        expansion of rows is left to the caller (a search expands every match)."""
        self.proxy.set_matches(qids)
        filtered = qids is not None
        self.legend.set_searching(filtered, refused)
        if filtered == self._filtered:
            return
        current = self.to_source(self.currentIndex())
        old = self.selectionModel()
        self._filtered = filtered
        self.setModel(self.proxy if filtered else self.source)
        selection = self.selectionModel()
        view_current = self.from_source(current)
        if view_current.isValid():  # kept, before anyone listens: it is no change
            selection.setCurrentIndex(
                view_current, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        selection.currentChanged.connect(self.current_changed)
        # setModel leaves the old selection model to its owner, alive until the event
        # loop runs: a filter change before then would move its current row and send
        # an index of the other model to our listeners.
        old.currentChanged.disconnect(self.current_changed)
        old.deleteLater()

    def accepts(self, qid: str) -> bool:
        """Whether the filter shows this question (always, without a search)."""
        return self.proxy.accepts(qid)

    def matches(self) -> frozenset[str] | None:
        """The questions the search shows (None: no search)."""
        return self.proxy.matches

    def keep_shown(self, qid: str | None) -> None:
        """`qid` shown during a search whether it matches or not (`QuestionFilter.
        show_also`), the rows opened again as the search opened them."""
        if self.proxy.show_also(qid):
            self.expandAll()

    # --- keys ------------------------------------------------------------------

    def hold_moves(self, held: bool) -> None:
        """While held (a study session on a question), no key moves the current row:
        arrows, Page Up/Down, Home/End and typed letters stay on it, `move_held` says
        each refusal; folding a row (Left, Right) still works, and a click still moves
        (asked for with the mouse, not a key pressed on the way elsewhere)."""
        self._moves_held = held

    def moves_held(self) -> bool:
        return self._moves_held

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        moved = super().moveCursor(cursor_action, modifiers)  # (folds on Left, Right)
        current = self.currentIndex()
        if self._moves_held and moved != current:
            self.move_held.emit()
            return current
        return moved

    def keyboardSearch(self, search: str) -> None:
        """A typed letter jumps to a row starting with it, unless moves are held."""
        if self._moves_held:
            self.move_held.emit()
            return
        super().keyboardSearch(search)

    # --- selection -------------------------------------------------------------

    def current_node(self) -> Node | None:
        return self.source.node(self.to_source(self.currentIndex()))

    def current_question(self) -> Question | None:
        node = self.current_node()
        return node.question if node is not None and node.kind == QUESTION else None

    def current_question_id(self) -> str | None:
        node = self.current_node()
        return node.key if node is not None and node.kind == QUESTION else None

    def select_question(self, qid: str) -> bool:
        """Make a question current (expanding its topics); False if hidden or unknown:
        then nothing is current, so the tree never marks another question than the one
        on screen (a study session's question that a search hides)."""
        index = self.from_source(self.source.question_index(qid))
        if not index.isValid():
            self.selectionModel().clear()
            return False
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        self._expand_to(index)
        self.scrollTo(index)
        return True

    def _expand_to(self, index: QModelIndex) -> None:
        """Its topics expanded: scrollTo expands them only while the view is idle, not
        in a drop (a question dragged onto a collapsed topic was current, out of sight)."""
        parent = index.parent()
        while parent.isValid():
            if not self.isExpanded(parent):
                self.expand(parent)
            parent = parent.parent()

    def select_topic(self, topic_id: int) -> bool:
        return self._select(self.from_source(self.source.topic_index(topic_id)))

    def select_deck(self, deck_id: int) -> bool:
        return self._select(self.from_source(self.source.deck_index(deck_id)))

    def _select(self, index: QModelIndex) -> bool:
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self._expand_to(index)
        self.scrollTo(index)
        return True

    def neighbour_question(self, step: int) -> str | None:
        """The next (step=1) or previous (-1) question in tree order that the filter shows."""
        order = self._listed_questions() if self._filtered else self.source.question_order()
        if not order:
            return None
        current = self.current_question_id()
        node = self.current_node()
        if current is not None and current in order:
            start = order.index(current)
        elif node is not None and node.kind != QUESTION:
            # On a topic: its first question going down, the one before it going up.
            first = (
                next(iter(self._listed_questions(self.currentIndex())), None)
                if self._filtered
                else self._first_question_under(node)
            )
            if first is None:
                return None
            start = order.index(first) - (1 if step > 0 else 0)
        else:
            start = -1 if step > 0 else len(order)
        i = start + step
        while 0 <= i < len(order):
            if self.accepts(order[i]):
                return order[i]
            i += step
        return None

    def _listed_questions(self, parent: QModelIndex | None = None) -> list[str]:
        """The questions a search lists (under `parent`), in the order shown: best
        first (`QuestionFilter`), not the tree's order J and K then went by."""
        model, found = self.model(), []
        stack = [parent or QModelIndex()]
        while stack:
            index = stack.pop()
            node = self.source.node(self.to_source(index)) if index.isValid() else None
            if node is not None and node.kind == QUESTION:
                found.append(node.key)
            stack.extend(
                model.index(row, 0, index) for row in reversed(range(model.rowCount(index)))
            )
        return found

    def _first_question_under(self, node: Node) -> str | None:
        stack = [node]
        while stack:
            current = stack.pop()
            if current.kind == QUESTION:
                return current.key
            stack.extend(reversed(current.children))
        return None

    def expand_decks(self) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            self.expand(model.index(row, 0))

    def open_rows(self) -> OpenRows:
        """The decks shown and the decks and topics open now (walked through open rows
        only), for `reopen` after the rows are filled again."""
        model, opened, decks = self.model(), set(), set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                node = self.source.node(self.to_source(index))
                if node is None or node.kind == QUESTION:
                    continue
                if node.kind == DECK:
                    decks.add(node.key)
                if self.isExpanded(index):
                    opened.add((node.kind, node.key))
                    stack.append(index)
        return OpenRows(frozenset(opened), frozenset(decks))

    def reopen(self, before: OpenRows) -> None:
        """Open what was open before a reload (a re-import, an edit): a deck new since is
        open, as at a start; one closed then stays closed. A live re-import of a saved
        file closed every topic the person had open."""
        source = self.source
        for kind, key in sorted(before.opened):
            found = source.deck_index(key) if kind == DECK else source.topic_index(key)
            if found.isValid():
                self.expand(self.from_source(found))
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            node = source.node(self.to_source(index))
            if node is not None and node.key not in before.decks:
                self.expand(index)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid():
            self.setCurrentIndex(index)
        node = self.source.node(self.to_source(index)) if index.isValid() else None
        self.context_requested.emit(node, self.viewport().mapToGlobal(pos))
