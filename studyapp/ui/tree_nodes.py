"""The topic tree's nodes, and the building of a whole tree of them from the store's
rows (read by the browse controller: ui.controllers.browse.read_tree): plain Python,
no Qt object, so that any thread may build one. After an import, the import's worker
builds the tree of the store it has just written, and the window only swaps it in
(ui.topic_tree's `install`): built on the window's own thread, ten thousand
questions' rows held it for a tenth of a second."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from studyapp.core.model import Deck, Question, Topic
from studyapp.core.progress import TopicProgress
from studyapp.core.title_math import readable

if TYPE_CHECKING:
    from studyapp.core.progress import ProgressIndex

DECK, TOPIC, QUESTION = 0, 1, 2


def listed_title(question: Question) -> str:
    """A question's title as the tree lists it: plain text, without Markdown's marks
    (a code span's backticks; **strong**, *emphasis* and links in a title typed in
    the app). The stored title is that already (its code is in it as text), but for
    a title typed in the app whose notes could not be written: only those are read
    (at load, 58,000 titles cost no more than reading them). Its TeX formulas read as
    plain text (core.title_math): "$O(n^2)$" as "O(n²)"."""
    if not question.edited:
        title = question.title  # (58,000 titles: no call for those without a formula)
        return title if "$" not in title and "\\(" not in title else readable(title)
    return "".join(text for text, _code in title_parts(question))


class Node:
    __slots__ = (
        "children",
        "due",
        "full",
        "hint",
        "id",
        "key",
        "kind",
        "learning",
        "mastered",
        "name",
        "new",
        "parent",
        "question",
        "row",
        "suspended",
        "total",
    )

    def __init__(self, node_id: int, kind: int, key: Any, name: str, parent: int | None) -> None:
        self.id = node_id
        self.kind = kind
        self.key = key  # deck id, topic id or question id
        self.name = name
        self.parent = parent  # node id, None for a deck
        self.children: list[Node] = []
        self.row = 0
        self.question: Question | None = None
        self.full = False  # `question` has its answer (else an outline: see load)
        self.hint = ""  # what tells it apart from a row of its topic of the same title
        self.total = self.due = self.mastered = self.new = self.learning = 0
        self.suspended = 0  # of `total`: counted, never due nor new


def title_parts(question: Question) -> list[tuple[str, bool]]:
    """The runs of `listed_title`: (text, whether it is code, drawn in the code face)."""
    from studyapp.core.title_marks import listed_parts

    return listed_parts(question.shown_title, typed_here=question.edited)


class BuiltTree:
    """A whole tree: its nodes (by id, and the decks' at the top), what looks them up,
    the questions not loaded under a topic (a first frame's), and the tree order.
    (A plain class, not a dataclass: the start imports no dataclasses.)"""

    __slots__ = ("by_deck", "by_question", "by_topic", "nodes", "order", "roots", "unloaded")

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.roots: list[Node] = []
        self.by_question: dict[str, Node] = {}
        self.by_topic: dict[int, Node] = {}
        self.by_deck: dict[int, Node] = {}
        self.unloaded: dict[int, int] = {}  # node id → questions not loaded
        self.order: list[str] = []  # question ids, tree order


def build_tree(
    decks: Sequence[Deck],
    topics: Mapping[int, Sequence[Topic]],
    questions: Iterable[Question],
    *,
    outlines: bool = False,
    counts: Mapping[int, int] | None = None,
) -> BuiltTree:
    """The tree of decks, each deck's topics (parents first) and `questions` (see
    `TopicTreeModel.load` for `outlines` and `counts`)."""
    built = BuiltTree()
    nodes, roots, by_topic = built.nodes, built.roots, built.by_topic

    def new(kind: int, key: Any, name: str, parent: Node | None) -> Node:
        node = Node(len(nodes), kind, key, name, None if parent is None else parent.id)
        nodes.append(node)
        siblings = roots if parent is None else parent.children
        node.row = len(siblings)
        siblings.append(node)
        return node

    for deck in decks:
        deck_node = built.by_deck[deck.id] = new(DECK, deck.id, deck.name, None)
        for topic in topics.get(deck.id, ()):
            parent = deck_node if topic.parent_id is None else by_topic.get(topic.parent_id)
            if parent is None:  # an orphan would be a store bug; show it at the top
                parent = deck_node
            by_topic[topic.id] = new(TOPIC, topic.id, topic.name, parent)
    # The questions (all but a few hundred of the nodes) without `new`'s call each.
    by_question, full = built.by_question, not outlines
    for question in questions:
        topic_node = by_topic.get(question.topic_id)
        if topic_node is None:
            continue
        node = Node(len(nodes), QUESTION, question.id, listed_title(question), topic_node.id)
        nodes.append(node)
        siblings = topic_node.children
        node.row = len(siblings)
        siblings.append(node)
        node.question = question
        node.full = full
        by_question[question.id] = node
    if counts is not None:
        loaded: dict[int, int] = {}
        for node in by_question.values():
            assert node.question is not None
            topic_id = node.question.topic_id
            loaded[topic_id] = loaded.get(topic_id, 0) + 1
        for topic_id, count in counts.items():
            topic_node = by_topic.get(topic_id)
            if topic_node is not None and count > loaded.get(topic_id, 0):
                built.unloaded[topic_node.id] = count - loaded.get(topic_id, 0)
    built.order = recount(roots, built.unloaded)
    return built


def recount(roots: Sequence[Node], unloaded: Mapping[int, int]) -> list[str]:
    """Each topic's and deck's total (the questions not loaded under it counted in);
    the question ids in tree order."""
    order: list[str] = []

    def walk(node: Node) -> int:
        if node.kind == QUESTION:
            order.append(node.key)
            return 1
        node.total = sum(walk(child) for child in node.children)
        node.total += unloaded.get(node.id, 0)
        return node.total

    for root in roots:
        walk(root)
    return order


def found_figures(
    nodes: Sequence[Node],
    by_question: Mapping[str, Node],
    qids: Iterable[str],
    figures_of: Callable[[str], Sequence[int]],
) -> dict[int, TopicProgress]:
    """Node id of each deck and topic above these questions (those a search lists) →
    its figures over them alone: what each adds to its topics' figures
    (`ProgressIndex.figures_of`, kept per question) summed up its branch. Nothing is
    counted again: O(questions × depth), as the search's own count of its rows."""
    sums: dict[int, list[int]] = {}
    for qid in set(qids):
        node = by_question.get(qid)
        if node is None:
            continue
        figures = figures_of(qid)
        parent = node.parent
        while parent is not None:
            row = sums.get(parent)
            if row is None:
                row = sums[parent] = [0] * len(figures)
            for i, figure in enumerate(figures):
                row[i] += figure
            parent = nodes[parent].parent
    return {node_id: TopicProgress(*row) for node_id, row in sums.items()}


class TreeReading(NamedTuple):
    """What the window shows of the store, read by another thread (an import's worker,
    once it has saved): the decks, their tree, and its figures (a ProgressIndex).
    `version`: the window's tree as it was when the reading was asked for; another
    since (a reload, a grade) makes the reading stale, and the window reads afresh."""

    decks: list[Deck]
    tree: BuiltTree
    index: ProgressIndex
    version: int
