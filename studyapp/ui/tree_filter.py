"""The topic tree's search filter: a `QSortFilterProxyModel` over the tree's model
that checks each question against a set of matching ids (no rebuild per keystroke),
and follows the model only while a search is on.

The results are listed best first: the matches come ranked (`Store.search_best`),
and each row sorts by the best match it holds (a question by its own rank, a topic
or deck by its best question's), ties in the tree's order. The first row listed is
then the best match, the one a search shows, and Down goes on to the next best of
its topic, then to the next topic's. (In the tree's order, the best match was often
in the middle of the list: a tester's "embedding" showed result 3 of 5, and Down
went on from there.)"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel

from studyapp.ui.topic_tree import ModelIndex, TopicTreeModel


class QuestionFilter(QSortFilterProxyModel):
    """Shows only matching questions (and the topics above them); all when no search."""

    def __init__(self, source: TopicTreeModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._matches: frozenset[str] | None = None
        self._also: str | None = None  # shown beside the matches: a session's question
        self._accepted: dict[int, int] = {}
        self._rank: dict[int, int] = {}  # node id → its best match's place in the ranking
        # The source is set only while a search is on (`set_matches`): a proxy follows
        # every change of its source, and Qt 6 builds its mapping of a parent's rows
        # (a Python call per row) for each parent a change is signalled under, even
        # when no view shows the proxy. The first figures at start-up signal every
        # topic: with a source of 44,600 questions, a second spent on a filter unused.

    @property
    def matches(self) -> frozenset[str] | None:
        return self._matches

    def set_matches(self, matches: Iterable[str] | None) -> None:
        # A reset, not a filter change: Qt works out a change row by row, each a call
        # into the Python model (clearing a search of a 10,000-question deck took three
        # times as long, benchmarks/bench_ui.py); a search expands the view afresh.
        ranked = [] if matches is None else list(dict.fromkeys(matches))  # best first
        self.beginResetModel()
        self._matches = None if matches is None else frozenset(ranked)
        self._also = None
        # The rows to keep, ancestors included, worked out once here: each row's
        # check is then one set lookup, and no topic's subtree is searched again
        # for a match (Qt's recursive filtering walked every row of every topic).
        self._accepted = self._source.show_found(None if self._matches is None else self._shown())
        self._rank = {}
        self._rank_rows(ranked)
        self.endResetModel()
        source = None if self._matches is None else self._source
        if self.sourceModel() is not source:  # (itself a reset)
            self.setSourceModel(source)
            # a move followed after the proxy's own handling of it (connected above)
            if source is None:
                self._source.rowsMoved.disconnect(self._rows_moved)
            else:
                source.rowsMoved.connect(self._rows_moved)
        if source is not None and self.sortColumn() != 0:
            self.sort(0)  # (once: each reset then lists its rows sorted, `lessThan`)

    def show_also(self, qid: str | None) -> bool:
        """Show `qid` beside the matches, whether the search finds it or not (the
        question a study session is on: a search typed meanwhile hid it, and the tree
        marked nothing); the one shown so before goes, unless it matches. True when
        the rows changed (a reset, as a search's: the caller opens them again)."""
        if self._matches is None or qid == self._also:
            return False
        hidden = {q for q in (self._also, qid) if q is not None and q not in self._matches}
        self._also = qid
        if not hidden:
            return False
        self.beginResetModel()
        self._accepted = self._source.show_found(self._shown())
        if qid is not None and qid not in self._matches:
            self._rank_rows([qid], after=len(self._matches))  # listed after the matches
        self.endResetModel()
        return True

    def _shown(self) -> list[str]:
        shown = list(self._matches or ())
        return shown if self._also is None else [*shown, self._also]

    def _rank_rows(self, ranked: Iterable[str], after: int = 0) -> None:
        """Each question's place in `ranked` (counted from `after`), and each topic's
        and deck's above it the best place of the questions it holds."""
        source, ranks = self._source, self._rank
        for place, qid in enumerate(ranked, start=after):
            node = source.node(source.question_index(qid))
            while node is not None and ranks.get(node.id, place + 1) > place:
                ranks[node.id] = place
                node = source.parent_node(node)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        """Best match first (a row's internal id is its node's id: no Python model
        call per comparison); rows ranked alike keep the tree's order."""
        rank, last = self._rank, len(self._rank)
        left_rank, right_rank = (
            rank.get(left.internalId(), last),
            rank.get(right.internalId(), last),
        )
        if left_rank != right_rank:
            return left_rank < right_rank
        return left.row() < right.row()

    def accepts(self, qid: str) -> bool:
        return self._matches is None or qid in self._matches or qid == self._also

    def _rows_moved(self, *_moved: object) -> None:
        """A question moved (Ctrl+Shift+M, a drop) during a search: shown under its new
        topic (the tree kept "1 found" with no row for it, and with no question
        selected the Study button counted every deck's)."""
        if self._matches is not None:
            self.beginFilterChange()
            self._accepted = self._source.show_found(self._shown())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._matches is None:
            return True
        return self._source.child_node(source_parent, source_row).id in self._accepted
