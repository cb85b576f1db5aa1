"""The deck → topic → question tree's model (the view and its row painting are in
ui/topic_tree_view.py, the search filter in ui/tree_filter.py).

The model is a plain `QAbstractItemModel` over Python nodes built from the rows
the store already returned (no per-item Qt objects), so building it for ten
thousand questions costs a few milliseconds. Progress (counts, due, mastery,
each question's state) is pushed in by the browse controller (`set_progress`, then only the rows a
grade changed with `update_progress`); the model
never reads the store.

Moves by drag and drop are not applied by the model: it emits `move_requested`
and the window writes to the store, then calls `move_question` (the dragging itself:
the `QuestionDrags` of ui/tree_drag.py the model owns, which its Qt overrides ask).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
    QPixmap,
)

from studyapp.core.flags import flag_name
from studyapp.core.format import plural, suspended_words, whole_percent
from studyapp.core.model import Deck, Question, Topic
from studyapp.core.progress import TopicProgress
from studyapp.core.topic_names import path_name
from studyapp.ui.theme import COLORS, state_color, state_label
from studyapp.ui.tree_drag import KIND_FLAGS, MIME_QUESTIONS, QuestionDrags
from studyapp.ui.tree_nodes import (  # noqa: F401  (listed_title: the module's own, before)
    DECK,
    QUESTION,
    TOPIC,
    BuiltTree,
    Node,
    build_tree,
    found_figures,
    listed_title,
    recount,
    title_parts,
)

NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Node itself, for the delegate
COUNTING = "due, new and mastery being counted…"  # before the figures are in
UNKNOWN = "…"  # a figure not counted yet (a row's Due and Mastery)

ModelIndex = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()  # the invisible root, as a default argument
_NONE = TopicProgress()  # the figures of a row the search lists nothing in
_KIND_WORDS = {DECK: "deck", TOPIC: "topic"}
# A question keeping an edit made in the app apart from its notes: its row's mark
# (ui.topic_tree_view) and what its tooltip says of it.
EDITED_MARK = "✎"
EDITED_WORDS = (
    "✎ Edited in StudyApp: your notes differ, and their changes to it are not taken"
    " (right-click → Use the Notes' Text…)"
)


def shown_name(node: Node) -> str:
    """A row's name as text (its display role, its tooltip): a question's title with
    what tells it apart from a row of its topic of the same title, if it has that."""
    if not node.hint:
        return node.name
    from studyapp.core.title_hints import with_hint  # (loaded with the hints)

    return with_hint(node.name, node.hint)


def _dot(color: QColor, size: int = 10, *, hollow: bool = False) -> QPixmap:
    """A state dot; `hollow`, a ring (a buried question: set aside for today, told
    apart from a learning one's muted dot)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if hollow:
        pen = QPen(color)
        pen.setWidthF(1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(1.75, 1.75, size - 3.5, size - 3.5))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return pixmap


def _bar(
    fraction: float, fill: QColor, track: QColor, width: int = 32, height: int = 7, *, hollow=False
) -> QPixmap:
    """A mastery bar: `fill` over `track`, `fraction` of the way. `hollow`: the track
    is an outline, not a fill (on a selected row, where a filled light track read as
    a full bar at 0 %)."""
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QRectF(0, 0, width, height)
    if hollow:
        painter.setPen(track)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outline = outline.adjusted(0.5, 0.5, -0.5, -0.5)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
    painter.drawRoundedRect(outline, 3, 3)
    if fraction > 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(0, 0, max(height, width * fraction), height), 3, 3)
    painter.end()
    return pixmap


class TopicTreeModel(QAbstractItemModel):
    """Decks, their topics (nested) and questions, with per-topic progress."""

    move_requested = Signal(list, int)  # question ids, target topic id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[Node] = []
        self._roots: list[Node] = []
        self._by_question: dict[str, Node] = {}
        self._by_topic: dict[int, Node] = {}
        self._by_deck: dict[int, Node] = {}
        self._order: list[str] = []  # question ids, tree order
        self._places: dict[str, int] | None = None  # id → its index in _order, when asked
        self._states: dict[str, str] = {}
        # The figures are in (`set_progress`): before, no row's state nor counts are
        # known (a studied question is not "New", its topic's due not "–").
        self.counted = False
        # During a search, each shown row's matches (`nodes_with_ancestors`): its Qs
        # column said the deck's "6" beside the 2 rows the search listed.
        self.shown_counts: dict[int, int] | None = None
        # ... and each deck's and topic's figures over those questions alone: its Due
        # and Mastery said 13 due and the deck's 5 % beside the 1 question listed.
        self.shown_figures: dict[int, TopicProgress] | None = None
        self._found: list[str] | None = None  # the questions the search lists
        self._phase_of: Callable[[str], str] = lambda _qid: ""  # its card type
        self._figures_of: Callable[[str], Sequence[int]] | None = None  # a question's
        self._theme = "light"
        self._pixmaps: dict[tuple[str, Any], QPixmap] = {}
        self._load_question: Callable[[str], Question | None] | None = None
        self._unloaded: dict[int, int] = {}
        self._hinted: set[str] = set()  # questions whose rows show a hint
        self.drags = QuestionDrags(self, self.move_requested.emit)

    def set_question_loader(self, load: Callable[[str], Question | None]) -> None:
        """Where `question()` gets a whole question (its answer) that was loaded as an
        outline: the browse controller passes the store's `question`."""
        self._load_question = load

    # --- building ------------------------------------------------------------

    def load(
        self,
        decks: Sequence[Deck],
        topics: Mapping[int, Sequence[Topic]],
        questions: Iterable[Question],
        *,
        outlines: bool = False,
        counts: Mapping[int, int] | None = None,
    ) -> None:
        """Replace the whole tree: decks, each deck's topics (parents first), all questions.
        `outlines`: the questions came without their answers (the store's
        `question_outlines`, a tenth of the work on a large deck); `question()` loads
        a whole one when it is asked for. `counts` (questions per topic, from the
        store): `questions` are some topics' only, for a first frame; the others show
        their counts and an arrow, and get their rows with the next whole `load`."""
        self.install(build_tree(decks, topics, questions, outlines=outlines, counts=counts))

    def install(self, built: BuiltTree) -> None:
        """Replace the whole tree with one built before (`build_tree`, which any thread
        may run: after an import, the import's worker builds it)."""
        self.beginResetModel()
        self.counted = False
        self._nodes, self._roots = built.nodes, built.roots
        self._unloaded = built.unloaded
        self._by_question, self._by_topic = built.by_question, built.by_topic
        self._by_deck = built.by_deck
        self._hinted = set()
        self._order, self._places = built.order, None
        self.endResetModel()

    def complete(self) -> bool:
        """Whether every question has its row (see `load`'s `counts`)."""
        return not self._unloaded

    def has_rows(self, node: Node) -> bool:
        """Whether the node has rows under it, loaded or not (its expand arrow)."""
        return bool(node.children) or node.id in self._unloaded

    def _recount(self) -> None:
        """Totals per topic and deck, and the tree order of questions."""
        self._order, self._places = recount(self._roots, self._unloaded), None

    def set_progress(
        self,
        progress: Mapping[int, Any],
        states: Mapping[str, str],
        figures_of: Callable[[str], Sequence[int]] | None = None,
        phase_of: Callable[[str], str] | None = None,
    ) -> None:
        """Per-topic progress (sub-topics included: .due, .new, .mastered, as
        core.progress.ProgressIndex gives it) and each question's state; a deck adds
        up its top-level topics. `figures_of`: what a question adds to its topics'
        figures (`ProgressIndex.figures_of`), for a search's figures (`show_found`);
        `phase_of`: its card type (`ProgressIndex.phase`), for its row's word."""
        self._states = dict(states)
        self.counted = True
        self._figures_of = figures_of or self._figures_of
        self._phase_of = phase_of or self._phase_of
        self._count_found()
        for node in self._nodes:
            if node.kind == TOPIC:
                self._set_figures(node, progress.get(node.key))
        for deck in self._roots:
            self._sum_deck(deck)
        self._all_changed()

    def update_progress(self, progress: Mapping[int, Any], states: Mapping[str, str]) -> None:
        """Some topics' figures and some questions' states changed (a grade): those
        rows and their decks change, nothing else is recounted or repainted."""
        self._states.update(states)
        self._count_found()  # (a search's rows change only where their topics did)
        rows = [self._by_question[q] for q in states if q in self._by_question]
        decks: set[int] = set()
        for topic_id, figures in progress.items():
            node = self._by_topic.get(topic_id)
            if node is not None:
                self._set_figures(node, figures)
                rows.append(node)
                decks.add(self._root_of(node).id)
        for deck in self._roots:
            if deck.id in decks:
                self._sum_deck(deck)
                rows.append(deck)
        for node in rows:
            index = self._index(node)
            self.dataChanged.emit(index, index)

    @staticmethod
    def _set_figures(node: Node, figures: Any) -> None:
        node.due = getattr(figures, "due", 0)
        node.new = getattr(figures, "new", 0)
        node.mastered = getattr(figures, "mastered", 0)
        node.learning = getattr(figures, "learning", 0)  # due in a learning step
        node.suspended = getattr(figures, "suspended", 0)

    @staticmethod
    def _sum_deck(deck: Node) -> None:
        tops = [child for child in deck.children if child.kind == TOPIC]
        deck.due = sum(child.due for child in tops)
        deck.new = sum(child.new for child in tops)
        deck.mastered = sum(child.mastered for child in tops)
        deck.learning = sum(child.learning for child in tops)
        deck.suspended = sum(child.suspended for child in tops)

    def _root_of(self, node: Node) -> Node:
        while node.parent is not None:
            node = self._nodes[node.parent]
        return node

    def questions(self) -> list[Question]:
        """Every question in the tree, in tree order."""
        return [
            question
            for qid in self._order
            if (question := self._by_question[qid].question) is not None
        ]

    def title_twins(self) -> list[Question]:
        """The questions whose title another question of their topic shares (letter
        case aside), as outlines, in no particular order: the rows a topic lists
        alike. A topic of distinct titles costs one set of its titles."""
        found: list[Question] = []
        for topic in self._by_topic.values():
            rows = [child for child in topic.children if child.kind == QUESTION]
            if len({row.name.casefold() for row in rows}) == len(rows):
                continue
            folded = [row.name.casefold() for row in rows]
            seen: dict[str, int] = {}
            for title in folded:
                seen[title] = seen.get(title, 0) + 1
            found += [
                row.question
                for row, title in zip(rows, folded, strict=True)
                if seen[title] > 1 and row.question is not None
            ]
        return found

    def set_hints(self, hints: Mapping[str, str]) -> None:
        """What tells each of these questions' rows apart from a row of the same title
        (core.title_hints), muted after its title; the other rows show none."""
        for qid in self._hinted | hints.keys():
            node = self._by_question.get(qid)
            hint = hints.get(qid, "")
            if node is not None and node.hint != hint:
                node.hint = hint
                index = self._index(node)
                self.dataChanged.emit(index, index)
        self._hinted = {qid for qid, hint in hints.items() if hint and qid in self._by_question}

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        self._all_changed()

    def _all_changed(self) -> None:
        # One signal per parent: views repaint only what is visible.
        if self._roots:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._roots) - 1, 0))
        for node in self._nodes:
            if node.kind != QUESTION and node.children:
                parent = self._index(node)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(node.children) - 1, 0, parent)
                )

    # --- lookups ---------------------------------------------------------------

    def node(self, index: ModelIndex) -> Node | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    def child_node(self, parent: ModelIndex, row: int) -> Node:
        children = (
            self._roots if not parent.isValid() else self._nodes[parent.internalId()].children
        )
        return children[row]

    def _index(self, node: Node, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row, column, node.id)

    def question_index(self, qid: str) -> QModelIndex:
        node = self._by_question.get(qid)
        return QModelIndex() if node is None else self._index(node)

    def topic_index(self, topic_id: int) -> QModelIndex:
        node = self._by_topic.get(topic_id)
        return QModelIndex() if node is None else self._index(node)

    def deck_index(self, deck_id: int) -> QModelIndex:
        node = self._by_deck.get(deck_id)
        return QModelIndex() if node is None else self._index(node)

    def question(self, qid: str) -> Question | None:
        """The whole question (with its answer), None if the tree has no such question."""
        node = self._by_question.get(qid)
        if node is None:
            return None
        if not node.full and self._load_question is not None:
            whole = self._load_question(qid)
            if whole is not None:
                node.question, node.full = whole, True
        return node.question

    def flag_of(self, qid: str) -> int:
        """The question's flag as its row has it (0: none, or no such row)."""
        node = self._by_question.get(qid)
        return 0 if node is None or node.question is None else node.question.flag

    def set_question(self, question: Question) -> None:
        """A question changed in the store (an edit, suspended): its row paints from it."""
        node = self._by_question.get(question.id)
        if node is not None:
            node.question, node.full = question, True
            node.name = listed_title(question)
            index = self._index(node)
            self.dataChanged.emit(index, index)

    def topic_name(self, topic_id: int) -> str:
        node = self._by_topic.get(topic_id)
        return "" if node is None else node.name

    def topic_path(self, topic_id: int, *, with_deck: bool = False) -> str:
        """ "Parent / Child" for a topic (`with_deck`: "Deck / Parent / Child")."""
        names = []
        node = self._by_topic.get(topic_id)
        while node is not None and (node.kind == TOPIC or with_deck):
            names.append(node.name)
            node = None if node.parent is None else self._nodes[node.parent]
        return path_name(reversed(names))

    def deck_topics(self, deck_id: int) -> list[tuple[int, str]]:
        """(topic id, path) of every topic of a deck, in tree order."""
        result: list[tuple[int, str]] = []
        deck = self._by_deck.get(deck_id)

        def walk(node: Node, prefix: str) -> None:
            for child in node.children:
                if child.kind == TOPIC:
                    path = f"{prefix}{child.name}"
                    result.append((child.key, path))
                    walk(child, f"{path} / ")

        if deck is not None:
            walk(deck, "")
        return result

    def show_found(self, qids: Iterable[str] | None) -> dict[int, int]:
        """During a search, the questions it lists (None: no search): each row's count
        of them (`shown_counts`, its Qs column) and each deck's and topic's figures
        over them alone (`shown_figures`, its Due and Mastery: `row_figures`). The
        rows to show (`nodes_with_ancestors`) are returned."""
        self._found = None if qids is None else list(qids)
        found = self._found
        accepted = self.nodes_with_ancestors(found or ())
        self.shown_counts = None if found is None else accepted
        self._count_found()
        return accepted

    def _count_found(self) -> None:
        found, figures_of = self._found, self._figures_of
        if found is None or figures_of is None or not self.counted:
            self.shown_figures = None
        else:
            self.shown_figures = found_figures(self._nodes, self._by_question, found, figures_of)

    def row_figures(self, node: Node) -> TopicProgress:
        """A deck's or topic's figures as its row shows them: during a search, those of
        the questions the search lists in it (`show_found`), else the whole topic's."""
        shown = self.shown_figures
        if shown is not None:
            return shown.get(node.id, _NONE)
        return TopicProgress(
            node.total, node.due, node.new, node.mastered, 0, node.learning, 0, node.suspended
        )

    def nodes_with_ancestors(self, qids: Iterable[str]) -> dict[int, int]:
        """Node ids of these questions and of every topic and deck above them, each with
        how many of the questions it holds (what its Qs column says during a search)."""
        accepted: dict[int, int] = {}
        for qid in set(qids):
            node = self._by_question.get(qid)
            while node is not None:
                accepted[node.id] = accepted.get(node.id, 0) + 1
                node = None if node.parent is None else self._nodes[node.parent]
        return accepted

    def parent_node(self, node: Node) -> Node | None:
        return None if node.parent is None else self._nodes[node.parent]

    def depth(self, node: Node) -> int:
        """0 for a deck, 1 for its top-level topics, and so on."""
        depth = 0
        while node.parent is not None:
            node = self._nodes[node.parent]
            depth += 1
        return depth

    def deck_id_of(self, node: Node) -> int:
        while node.parent is not None:
            node = self._nodes[node.parent]
        return node.key

    def state(self, qid: str) -> str:
        """The question's state as its row says it; "suspended" for one set aside (it is
        not studied, so no state of its card applies to it until taken back), and
        "buried" (from the progress index) for one buried until the next study day."""
        node = self._by_question.get(qid)
        if node is not None and node.question is not None and node.question.suspended:
            return "suspended"
        return self._states.get(qid, "new")

    def label(self, qid: str) -> str:
        """The row's word (theme.state_label); "" while the figures are not in."""
        state = self.known_state(qid)
        return "" if state is None else state_label(state, self._phase_of(qid))

    def known_state(self, qid: str) -> str | None:
        """`state`, or None while the figures are not in (a suspended question says so
        from itself)."""
        state = self.state(qid)
        return state if self.counted or state == "suspended" else None

    def question_order(self) -> list[str]:
        return self._order

    def place(self, qid: str) -> int:
        """A question's place in tree order (one not listed: after the last)."""
        if self._places is None:
            self._places = {key: i for i, key in enumerate(self._order)}
        return self._places.get(qid, len(self._order))

    def question_count(self) -> int:
        return len(self._order)

    def first_question(self) -> str | None:
        return self._order[0] if self._order else None

    # --- edits -----------------------------------------------------------------

    def move_question(self, qid: str, topic_id: int) -> bool:
        """Show a question under another topic (after the store moved it)."""
        node = self._by_question.get(qid)
        target = self._by_topic.get(topic_id)
        if node is None or target is None or node.parent == target.id:
            return False
        source = self._nodes[node.parent]  # type: ignore[index]
        assert node.question is not None
        position = node.question.position
        dest_row = sum(
            1
            for child in target.children
            if child.kind == TOPIC or (child.question and child.question.position < position)
        )
        source_parent, target_parent = self._index(source), self._index(target)
        self.beginMoveRows(source_parent, node.row, node.row, target_parent, dest_row)
        source.children.pop(node.row)
        for row, child in enumerate(source.children):
            child.row = row
        target.children.insert(dest_row, node)
        for row, child in enumerate(target.children):
            child.row = row
        node.parent = target.id
        node.question = node.question._replace(topic_id=topic_id)
        self.endMoveRows()
        self._recount()
        return True

    def rename_topic(self, topic_id: int, name: str) -> None:
        node = self._by_topic.get(topic_id)
        if node is not None:
            node.name = name
            index = self._index(node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def add_topic(self, topic: Topic) -> QModelIndex:
        parent = (
            self._by_deck.get(topic.deck_id)
            if topic.parent_id is None
            else self._by_topic.get(topic.parent_id)
        )
        if parent is None:
            return QModelIndex()
        # Topics come before questions among a parent's children.
        row = sum(1 for child in parent.children if child.kind == TOPIC)
        self.beginInsertRows(self._index(parent), row, row)
        node = Node(len(self._nodes), TOPIC, topic.id, topic.name, parent.id)
        self._nodes.append(node)
        parent.children.insert(row, node)
        for i, child in enumerate(parent.children):
            child.row = i
        self._by_topic[topic.id] = node
        self.endInsertRows()
        return self._index(node)

    # --- Qt model interface ------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        children = (
            self._roots if not parent.isValid() else self._nodes[parent.internalId()].children
        )
        if 0 <= row < len(children) and column == 0:
            return self.createIndex(row, column, children[row].id)
        return QModelIndex()

    def parent(self, index: ModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._nodes[index.internalId()].parent
        if parent_id is None:
            return QModelIndex()
        return self._index(self._nodes[parent_id])

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: ModelIndex = _ROOT) -> bool:
        if not parent.isValid():
            return bool(self._roots)
        return parent.column() == 0 and self.has_rows(self._nodes[parent.internalId()])

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Few roles on purpose: the delegate paints a row from the node in one call,
        # instead of the view asking a dozen roles per cell through the proxy.
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        if role == NODE_ROLE:
            return node
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_name(node)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(node)
        return None

    # --- drags and drops (Qt asks the model; its QuestionDrags answers) ---------------

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return KIND_FLAGS[self._nodes[index.internalId()].kind]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_QUESTIONS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return self.drags.mime_data(indexes)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return self.drags.target(data, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return self.drags.drop(data, parent)

    def describe(self, node: Node) -> str:
        if node.kind == QUESTION:
            state = self.known_state(node.key)
            flag = flag_name(self.flag_of(node.key))  # what its pennant says, in words
            flagged = f"{flag} flag\n" if flag else ""
            said = self.label(node.key) if state else "State being counted…"
            edited = node.question is not None and node.question.edited
            return f"{shown_name(node)}\n{flagged}{said}" + (f"\n{EDITED_WORDS}" if edited else "")
        if not self.counted:
            return f"{node.name}\n{plural(node.total, 'question')} · {COUNTING}"
        whole = self._figures_words(node, plural(node.total, "question"))
        shown = self.shown_figures
        if shown is None:
            return f"{node.name}\n{whole}"
        found = shown.get(node.id, _NONE)
        # The row's figures are the search's: said first, the whole topic's after.
        listed = self._figures_words(found, f"{found.total} found by the search")
        return f"{node.name}\n{listed}\n\nThe whole {_KIND_WORDS[node.kind]}: {whole}"

    def _figures_words(self, figures: Node | TopicProgress, counted: str) -> str:
        suspended = suspended_words(figures.suspended)
        return (
            f"{counted} · {figures.due:,} due · {figures.new:,} new\n"
            + (f"{suspended}\n" if suspended else "")
            + f"Mastered: {figures.mastered:,} of {figures.total:,} ({self.mastery(figures)} %)"
        )

    @staticmethod
    def mastery(node: Node | TopicProgress) -> int:
        """Percent of a topic's questions mastered."""
        return whole_percent(node.mastered / node.total) if node.total else 0

    def figures(self, topic_id: int) -> tuple[int, int, int, int]:
        """(total, due, new, mastered) of a topic, sub-topics included."""
        node = self._by_topic[topic_id]
        return node.total, node.due, node.new, node.mastered

    @property
    def theme(self) -> str:
        return self._theme

    def pixmap(self, kind: str, value: Any, on: QColor | None = None) -> QPixmap:
        """A cached state dot ("dot", state) or mastery bar ("bar", 0–20). `on`: the
        row's highlight text colour when the row is selected: the dot and the bar are
        drawn in it, the bar's track as an outline (a blue dot vanished on the blue
        highlight, and an empty bar's filled light track read as a full one)."""
        key = (f"{kind}-{self._theme}", value, None if on is None else on.rgba())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            colors = COLORS[self._theme]
            if kind == "dot":
                pixmap = _dot(on or state_color(self._theme, value), hollow=value == "buried")
            elif on is None:
                pixmap = _bar(value / 20, QColor(colors.learned), QColor(colors.bar_track))
            else:
                track = QColor(on)
                track.setAlphaF(0.75)
                pixmap = _bar(value / 20, on, track, hollow=True)
            self._pixmaps[key] = pixmap
        return pixmap


def __getattr__(name: str) -> Any:
    # The view moved to topic_tree_view (this module was over the size limit).
    if name == "QuestionFilter":  # (moved to tree_filter)
        from studyapp.ui.tree_filter import QuestionFilter

        return QuestionFilter
    if name in ("TopicTree", "TreeDelegate", "TreeLegend", "slots"):
        from studyapp.ui import topic_tree_view

        return getattr(topic_tree_view, name)
    raise AttributeError(name)
