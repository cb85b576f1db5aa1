"""Searching the tree, the browse controller's part for it: the search field's text
filters the tree to the questions that match, the best match listed first and shown
(or the question on screen kept, `search_keeps`), a search not understood lists
nothing and says why, and a search the clock decides ("is:due") runs again when the
clock moves the figures.

`TreeSearch` is an object the BrowseController (this package) owns: it is given the
context, the window (its tree, model and search field), the pane and the controller as
a `SearchHost` (the pages a search shows), and keeps which search is applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, Qt

from studyapp.core.html_escape import escape_html
from studyapp.core.store import marked_words
from studyapp.lazy import lazy
from studyapp.ui.topic_tree_view import OpenRows
from studyapp.ui.tree_nodes import DECK, QUESTION
from studyapp.ui.ui_state import Mode

if TYPE_CHECKING:
    from collections.abc import Callable

    from studyapp.ui.context import AppContext
    from studyapp.ui.main_window import MainWindow
    from studyapp.ui.question_pane import QuestionPane
    from studyapp.ui.topic_tree_view import TopicTree

search_terms = lazy("studyapp.core.search_terms")  # parsed when a search is made
# Every match is counted and the best ones are listed: expanding a tree costs a Python
# call per row, so a search that matches thousands of questions would freeze typing
# for 100 ms+.
SEARCH_SHOWN = 300

# A search that keeps the question on screen, not its best match (listed first), says so.
KEPT_STUDIED = "The session's question stays; the best match is listed first."
KEPT_CHOSEN = "Kept the question you chose; the best match is listed first."


def no_match_words(searched: str) -> str:
    """The pane's words when the search `searched` matches nothing; a term it does not
    understand says so ("tag:" alone, "prop:ivl>10")."""
    hint = "".join(
        f"<p>{escape_html(problem, quote=False)}</p>"
        for problem in search_terms.parse_search(searched).problems
    )
    return (
        f"<p>No question matches “{escape_html(searched)}”.</p>{hint}"
        "<p>Change the search, or press Esc in the search field to see every question.</p>"
    )


def search_keeps(text: str, before: str, chosen: bool, studying: bool) -> bool:
    """Whether a search (`text`) keeps the question on screen, which it matches, rather
    than show its best match, listed first (kept whenever it matched, the question on
    screen was often in the middle of the results): a study session's question, the
    one on screen when the search is cleared, and one the person `chosen` among the
    results of the search now typed on (`before`), not the one that search showed."""
    return studying or not text or (bool(before) and chosen)


def list_none(tree: TopicTree, keep: str | None) -> None:
    """A search not understood lists nothing but `keep` (a session's question, in sight)."""
    tree.set_matches((), refused=True)
    tree.keep_shown(keep)


def open_now(tree: TopicTree) -> OpenRows:
    """The decks of the tree and every deck and topic open in it, those inside a closed
    deck or topic too (Qt keeps them open for when it opens again; `open_rows` walks
    open rows only, what a reload keeps), for the tree unfiltered: what a search
    cleared opens again (`TreeSearch`)."""
    source = tree.source
    decks = [source.child_node(QModelIndex(), row) for row in range(source.rowCount())]
    opened: set[tuple[int, object]] = set()
    stack = list(decks)
    while stack:
        node = stack.pop()
        found = source.deck_index(node.key) if node.kind == DECK else source.topic_index(node.key)
        if tree.isExpanded(tree.from_source(found)):
            opened.add((node.kind, node.key))
        stack.extend(child for child in node.children if child.kind != QUESTION)
    return OpenRows(frozenset(opened), frozenset(deck.key for deck in decks))


class SearchHost(Protocol):
    """The pages a search shows, which the browse controller has."""

    def show_question(self, qid: str) -> bool: ...
    def restore_position(self) -> None: ...
    def show_no_match(self, text: str | None = None) -> None: ...
    def overview_again(self) -> bool: ...


class TreeSearch:
    """The search over the tree."""

    def __init__(
        self,
        ctx: AppContext,
        shell: MainWindow,
        pane: QuestionPane,
        host: SearchHost,
        *,
        browsed_away: Callable[[], object],  # a search left a session's last page: browse
    ) -> None:
        self.ctx = ctx
        self.shell = shell
        self.pane = pane
        self.host = host
        self.browsed_away = browsed_away
        self.tree = shell.tree
        self.model = shell.model
        self.search = shell.search
        self.applied = ""  # the search the tree shows
        self._refused = False  # the one typed since is not understood: not run again
        self._shown: str | None = None  # the question a search itself showed
        # The decks and topics open when a search began (`open_now`), opened again
        # when it is cleared: Esc, the field's clear button or its text deleted.
        self._open_before: OpenRows | None = None

    def leave(self) -> None:
        """Down or Enter in the search field: into the results, the first one shown
        where none is marked; during a session only the focus moves (its question,
        which the search may hide, stays on screen; see `StudyController`)."""
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.shell.mode is Mode.BROWSE and self.tree.current_question_id() is None:
            qid = self.tree.neighbour_question(1)
            if qid is not None:
                self.host.show_question(qid)

    def apply(self, text: str) -> None:
        """Filter the tree to questions matching `text`, its best match shown unless
        `search_keeps` the one on screen; "" shows all. One not understood ("udp or",
        "prop:ivl>1") lists nothing, the count says why, the question on screen stays."""
        text = text.strip()
        if text and (problems := search_terms.parse_search(text).problems):
            self.search.not_understood(problems)
            self._refused = True  # (the clock runs the last search again no more)
            self._remember_open()
            list_none(self.tree, self.pane.current_qid if self.shell.mode is Mode.STUDY else None)
            return
        before, self.applied, self._refused = self.applied, text, False
        if not text:  # a search cleared: what it said of the question kept goes with it
            self.shell.statusBar().take_back(KEPT_STUDIED, KEPT_CHOSEN)
        ids = self._filter(text)
        if text and self.shell.mode is Mode.STUDY and not self.shell.state.on_question:
            self.browsed_away()  # its last page: no question to keep, browse
        keep = self.pane.current_qid
        studying = self.shell.mode is Mode.STUDY
        matched = keep is not None and self.tree.accepts(keep)
        if matched and search_keeps(text, before, keep != self._shown, studying):
            question = self.model.question(keep)
            if studying and question is not None:
                self.pane.select(keep)
                self.pane.display(question, reveal=self.shell.state.revealed)
            else:
                self.host.show_question(keep)
            if text and ids and keep != ids[0]:  # said: the first listed is not the one shown
                self.shell.status(KEPT_STUDIED if studying else KEPT_CHOSEN, 6000)
        elif self.shell.mode is Mode.BROWSE:
            self._shown = ids[0] if ids else None
            if ids:
                self.host.show_question(ids[0])
            elif text.strip():  # not the last question shown, marked for words it lacks
                self.host.show_no_match(text)
            else:  # a search cleared (Esc) over its no-match page: where the person was
                self.host.restore_position()  # (the welcome in an empty library)

    def refilter(self) -> None:
        """The questions changed (deleted, edited or imported): the search applied
        finds them again, the count with it."""
        if self.applied:
            self._filter(self.applied)

    def run_again(self) -> None:
        """The clock changed what the tree counts (`TreeFigures.clock_moved`): a search
        the clock decides ("is:due": `Search.timed`) is run again, as Anki's browser
        runs its search when it refreshes (a step that fell due while "is:due" was
        listed never showed). The row selected stays, the question on screen too, one
        the search no longer finds kept in sight (as a session's); the same results
        change nothing but the count."""
        text = self.applied
        if not text or self._refused or not search_terms.parse_search(text).timed:
            return
        ids, total = self.best(text)
        if frozenset(ids) == self.tree.matches():
            self.search.set_count(
                len(ids), total, ranked=bool(search_terms.parse_search(text).words)
            )
            return
        keep = self.pane.current_qid
        self._filter(text, (ids, total))
        if keep is not None:
            self.tree.keep_shown(keep)  # (none of its rows change while it matches)
            self.pane.select(keep)
        elif not self.host.overview_again() and self.shell.mode is Mode.BROWSE:
            if ids:  # "No question matches" said before: the first match now
                self.host.show_question(ids[0])
            else:
                self.host.show_no_match(text)

    def best(self, text: str) -> tuple[list[str], int]:
        """The best matches of `text` listed (those ranked alike in the tree's order:
        the first listed is the one shown) and how many match, "is:due" as the tree
        counts it now; "prop:due=1" in the person's days (the clock's zone)."""
        clock = self.ctx.clock
        now = clock.now().astimezone(clock.timezone())
        return self.ctx.store.search_best(text, SEARCH_SHOWN, now, self.model.place)

    def _filter(self, text: str, found: tuple[list[str], int] | None = None) -> list[str]:
        """The tree filtered to the questions matching `text` (all for ""; `found`:
        `best` already asked), the count beside the field: the best matches' ids."""
        ids, total = found or (self.best(text) if text else ([], 0))
        if not text:
            self.pane.search_terms = []
            self.tree.set_matches(None)
            self.search.set_count(None)
            self._fold_to_topics()
        else:
            # The words alone are marked: "flag:1", "is:due" are no words of the answer.
            search = search_terms.parse_search(text)
            # (a phrase's whole words in quotes, as typed: marked whole, `highlight`)
            self.pane.search_terms = [
                f'"{word}"' if word in search.whole else word for word in marked_words(search.words)
            ]
            self._remember_open()
            self.tree.set_matches(ids)
            if self.shell.mode is Mode.STUDY:  # the session's question stays in sight
                self.tree.keep_shown(self.pane.current_qid)
            self.search.set_count(len(ids), total, ranked=bool(search.words))
            self.tree.expandAll()
        return ids

    def _remember_open(self) -> None:
        """A search about to filter the tree: if none filters it yet, what the person
        has open in it, for `_fold_to_topics` when the search is cleared."""
        if self.tree.matches() is None:
            self._open_before = open_now(self.tree)

    def _fold_to_topics(self) -> None:
        """A search cleared: the decks and topics open as the person had them before
        the search (as Anki's browser and a file manager's filter keep them; a deck
        imported since open, as at a start), or as at a start (each deck open on its
        topics) if none was kept; the question on the page shown in its topic, its
        deck opened for it. (Every row opened by the search, then as at a start, was
        closed: decks the person had closed opened again, topics opened closed.)"""
        self.tree.collapseAll()
        before, self._open_before = self._open_before, None
        if before is None:
            self.tree.expand_decks()
        else:
            self.tree.reopen(before)
        if self.pane.current_qid is not None:
            self.pane.select(self.pane.current_qid)
