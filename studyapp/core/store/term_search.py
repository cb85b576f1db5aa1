"""A search with terms (core.search_terms: ``tag:``, ``flag:``, ``deck:``, ``is:``,
``prop:due``, a word or a term with "-" before it): the questions each term names,
narrowed term by term, those of the terms and words written with "-" left out; ranked as the words'
search ranks them (core.store.decks), without words in the order the caller gives
(the window's: the tree's, which lists decks by name), else in file order. A search with
``or``, brackets or words in quotes (a `Group`) is the same reading part by part: the questions of
either side of an ``or`` joined, of the parts side by side narrowed, those of a
negated part left out; ranked by the best place any of its words' searches gives
a question, then in the caller's order (else file order).

Words in quotes (a "phrase" term) are looked up in the search index first, each of
their words that it can find, and only those questions' titles and answers are read
for the phrase (core.search_terms.phrase_test): a scan of every question's text took
far longer on 10,000 (benchmarks/bench_store_reads.py).

A question's state is read as Anki reads a card's, from its stored card: no card is
new; fsrs's learning and relearning states are learning, review and relearning
review (as Anki's ``is:review`` takes relearning cards); due when its due time has
come (a learning step's, or within the learn-ahead limit, or a review's) and it is
neither suspended nor buried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from studyapp.core.scheduler import due_iso
from studyapp.core.settings_schema import LEARN_AHEAD
from studyapp.core.settings_schema import read as read_setting
from studyapp.core.store.base import StoreBase, _op
from studyapp.core.titles import has_unspaced_script

if TYPE_CHECKING:  # (the search is parsed when one is made, not at start-up)
    from studyapp.core.search_terms import Group, Search, Term

_FSRS_STATE = "(CASE WHEN json_valid(c.fsrs_json) THEN json_extract(c.fsrs_json, '$.state') END)"
_BURIED = "q.id IN (SELECT question_id FROM buried WHERE until_ms > :now_ms)"
_SET_ASIDE = f"(q.suspended = 1 OR {_BURIED})"
# Each state as Anki's search reads it (`STATES`), over a question `q` and its card `c`.
_STATE_SQL = {
    "new": "c.question_id IS NULL",
    "learn": f"{_FSRS_STATE} IN (1, 3) AND NOT {_SET_ASIDE}",
    "review": f"{_FSRS_STATE} IN (2, 3)",
    # A learning step within the learn-ahead limit is due, as a session shows it (and
    # as Anki's is:due takes it): the status bar counts it so.
    "due": f"(c.due <= :now_iso OR ({_FSRS_STATE} IN (1, 3) AND c.due <= :ahead_iso))"
    f" AND NOT {_SET_ASIDE}",
    "suspended": "q.suspended = 1",
    "buried": f"q.suspended = 0 AND {_BURIED}",
}


def _keep(ordered: Sequence[str], wanted: Iterable[str]) -> list[str]:
    have = set(wanted)
    return [qid for qid in ordered if qid in have]


class TermSearchPart(StoreBase):
    # flagged_ids, tagged_ids and _word_search: core.store.decks, beside it in Store.

    def _term_search(
        self,
        search: Search,
        deck_id: int | None,
        now: datetime | None,
        order: Callable[[str], int] | None = None,
    ) -> list[str]:
        """The questions `search` finds (see the module); none for a search with a
        term not understood, which the window says. Those its words do not rank (all,
        with no words) in `order` (a question id's place: the tree's) where given,
        else in file order."""
        if not search.understood:
            return []
        if search.group is not None:
            return self._group_search(search.group, deck_id, now, order)
        found: list[str] | None = None
        for term in search.terms:
            if not term.negated:
                ids = self._term_ids(term, deck_id, now)
                found = ids if found is None else _keep(found, ids)
                if not found:
                    return []
        left_out: set[str] = set()
        for term in search.terms:
            if term.negated:
                left_out.update(self._term_ids(term, deck_id, now))
        for word in search.without_words:
            left_out.update(self._word_search(word, 1 << 62, deck_id))  # type: ignore[attr-defined]
        from studyapp.core.store.word_search import searches_for  # (which builds on this part)

        if searches_for(search.words):
            ranked = self._word_search(search.words, 1 << 62, deck_id, order=order)  # type: ignore[attr-defined]
            found = ranked if found is None else _keep(ranked, found)
        else:
            if found is None:  # only terms left out: of every question
                found = [qid for qid, _topic in self._live_rows(deck_id)]
            if order is not None:
                found.sort(key=order)
        return [qid for qid in found if qid not in left_out]

    def _group_search(
        self,
        group: Group,
        deck_id: int | None,
        now: datetime | None,
        order: Callable[[str], int] | None,
    ) -> list[str]:
        """The questions `group` finds (a search with ``or`` or brackets), best first,
        those ranked alike in `order` if given, else in file order."""
        from studyapp.core.search_terms import Term  # (loaded with the search parsed)

        in_order = [qid for qid, _topic in self._live_rows(deck_id)]  # (file order)
        every = frozenset(in_order)
        ranks: dict[str, int] = {}  # a question's best place in a search of words

        def held(part: Term | Group, ranked: bool) -> set[str]:
            if not part.negated:
                return found(part, ranked)
            return set(every - found(part, ranked=False))

        def found(part: Term | Group, ranked: bool) -> set[str]:
            """The questions of `part`, its own "-" aside; `ranked`: not left out, its
            words' places kept for the order."""
            if isinstance(part, Term) and part.kind in ("word", "phrase"):
                if part.kind == "phrase":  # (its hits in the title first)
                    hits = self._phrase_ids(part.value, deck_id)
                else:
                    hits = self._word_search(
                        part.value, 1 << 62, deck_id, ranked=ranked, order=order
                    )  # type: ignore[attr-defined]
                for place, qid in enumerate(hits if ranked else ()):
                    ranks[qid] = min(place, ranks.get(qid, place))
                return set(hits)
            if isinstance(part, Term):
                return set(self._term_ids(part, deck_id, now))
            if part.any_of:
                return set().union(*(held(p, ranked) for p in part.parts))
            kept: set[str] | None = None
            for p in part.parts:  # each must hold: those left out last, from what is kept
                if not p.negated:
                    kept = found(p, ranked) if kept is None else kept & found(p, ranked)
            kept = set(every) if kept is None else kept
            for p in part.parts:
                if p.negated and kept:
                    kept -= found(p, ranked=False)
            return kept

        matches = held(group, ranked=True)
        ordered = [qid for qid in in_order if qid in matches]
        last = len(in_order)
        if order is not None:
            ordered.sort(key=order)
        ordered.sort(key=lambda qid: ranks.get(qid, last))  # stable: `order` within
        return ordered

    def _term_ids(self, term: Term, deck_id: int | None, now: datetime | None) -> list[str]:
        if term.kind == "flag":
            return self.flagged_ids(term.flags(), deck_id)  # type: ignore[attr-defined]
        if term.kind == "tag":
            return self.tagged_ids([term.value], deck_id)  # type: ignore[attr-defined]
        if term.kind == "deck":
            return self._deck_ids(term.value, deck_id)
        if term.kind == "prop":
            return self._due_day_ids(term, deck_id, now or datetime.now(UTC))
        return self._state_ids(term.value, deck_id, now or datetime.now(UTC))

    def _due_day_ids(self, term: Term, deck_id: int | None, now: datetime) -> list[str]:
        """The questions due the days from today `term` names (``prop:due<=1``), days
        counted in `now`'s own zone: the caller gives the person's local time (the
        browse controller does), else they are days in UTC. As Anki's: questions in
        their steps or in review, neither suspended nor buried now, in file order."""
        from studyapp.core.clock import days_from_today

        wanted = term.due_days_test()
        zone = now.tzinfo or UTC
        dues = self.scheduled_dues(deck_id, buried_at_ms=int(now.timestamp() * 1000))  # type: ignore[attr-defined]
        return [
            qid
            for qid, due in dues
            if wanted(days_from_today(datetime.fromisoformat(due), now, zone))
        ]

    def _live_rows(self, deck_id: int | None) -> list[tuple[str, int]]:
        """(id, topic id) of the questions not removed (of one deck), in file order."""
        sql = "SELECT id, topic_id FROM questions WHERE removed_at IS NULL"
        params: tuple[int, ...] = ()
        if deck_id is not None:
            sql += " AND deck_id = ?"
            params = (deck_id,)
        return self._conn.plain_rows(sql + " ORDER BY deck_id, position", params)

    def _deck_ids(self, pattern: str, deck_id: int | None) -> list[str]:
        """The questions of the decks and topics `pattern` names (``deck:``), a topic
        being its deck's sub-deck: "Backend::Networking", in file order."""
        from studyapp.core.search_terms import deck_test

        test = deck_test(pattern)
        rows = self._conn.plain_rows(
            "SELECT t.id, t.parent_id, t.name, d.name FROM topics t"
            " JOIN decks d ON d.id = t.deck_id"
        )
        named = {tid: (parent, name, deck) for tid, parent, name, deck in rows}
        paths: dict[int, str] = {}

        def path(tid: int, seen: frozenset[int] = frozenset()) -> str:
            if tid not in paths:
                parent, name, deck = named[tid]
                above = (
                    path(parent, seen | {tid})
                    if parent in named and parent not in seen | {tid}
                    else str(deck)
                )
                paths[tid] = f"{above}::{name}"
            return paths[tid]

        wanted = {tid for tid in named if test(path(tid))}
        if not wanted:
            return []
        return [qid for qid, topic in self._live_rows(deck_id) if topic in wanted]

    def _phrase_ids(self, phrase: str, deck_id: int | None) -> list[str]:
        """The questions whose title or answer holds `phrase` (words in quotes), those
        with it in the title first, in file order within: those the index finds with
        each of its words (whole, or a word's start before a wildcard), then each read
        for the phrase."""
        from studyapp.core.search_terms import phrase_test, phrase_words
        from studyapp.core.store.search_text import searchable

        sql = "SELECT id, title, answer_markdown FROM questions WHERE removed_at IS NULL"
        params: list[Any] = []
        looked_up = [
            f'"{word}"' + ("" if whole else "*")
            for word, whole in phrase_words(phrase)
            if not has_unspaced_script(word)  # (a run of such letters is one token)
        ]
        if looked_up:
            sql += " AND id IN (SELECT qid FROM questions_fts WHERE questions_fts MATCH ?)"
            params.append(" ".join(looked_up))
        if deck_id is not None:
            sql += " AND deck_id = ?"
            params.append(deck_id)
        test = phrase_test(phrase)
        in_title: list[str] = []
        in_answer: list[str] = []
        for qid, title, answer in self._conn.plain_rows(
            sql + " ORDER BY deck_id, position", params
        ):
            if test(title):
                in_title.append(qid)
            elif test(searchable(answer or "")):  # (not in a picture's base64)
                in_answer.append(qid)
        return in_title + in_answer

    def _state_ids(self, state: str, deck_id: int | None, now: datetime) -> list[str]:
        """The questions in Anki's `state` (core.search_terms.STATES) at `now`."""
        sql = (
            "SELECT q.id FROM questions q LEFT JOIN cards c ON c.question_id = q.id"
            f" WHERE q.removed_at IS NULL AND {_STATE_SQL[state]}"
        )
        ahead = timedelta(minutes=read_setting(self, LEARN_AHEAD))  # type: ignore[arg-type]
        params: dict[str, Any] = {
            "now_iso": due_iso(now),
            "ahead_iso": due_iso(now + ahead),
            "now_ms": int(now.timestamp() * 1000),
        }
        if deck_id is not None:
            sql += " AND q.deck_id = :deck"
            params["deck"] = deck_id
        sql += " ORDER BY q.deck_id, q.position"
        return [r[0] for r in self._conn.plain_rows(sql, params)]  # type: ignore[arg-type]

    @_op
    def learning_steps_between(
        self,
        after: datetime,
        until: datetime,
        *,
        deck_id: int | None = None,
        topic_id: int | None = None,
    ) -> tuple[int, datetime | None]:
        """The learning (and relearning) steps due after `after` and by `until`, of a
        topic (its sub-topics in) or a deck (every deck with neither), neither
        suspended nor buried at `after`: how many, and when the first is due. One
        range of the cards' due index: the Study button and the status bar ask it
        after every grade (reading every card to find them took 60 ms on 10,000)."""
        params: dict[str, Any] = {
            "now_iso": due_iso(after),
            "until_iso": due_iso(until),
            "now_ms": int(after.timestamp() * 1000),
        }
        prefix, where = "", ""
        if topic_id is not None:
            prefix = (  # UNION, not UNION ALL: a loop of parents (damage) ends
                "WITH RECURSIVE sub(id) AS (SELECT :topic UNION"
                " SELECT t.id FROM topics t JOIN sub ON t.parent_id = sub.id) "
            )
            where += " AND q.topic_id IN sub"
            params["topic"] = topic_id
        if deck_id is not None:
            where += " AND q.deck_id = :deck"
            params["deck"] = deck_id
        count, first = self._conn.execute(
            f"{prefix}SELECT count(*), min(c.due) FROM cards c"
            " CROSS JOIN questions q ON q.id = c.question_id"
            " WHERE c.due > :now_iso AND c.due <= :until_iso AND q.removed_at IS NULL"
            f" AND {_FSRS_STATE} IN (1, 3) AND NOT {_SET_ASIDE}{where}",
            params,
        ).fetchone()
        return int(count), (datetime.fromisoformat(first) if count else None)
