"""Decks, topics and questions: reading them, and the person's edits (search: word_search)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from studyapp.core.model import (
    Deck,
    Question,
    Topic,
)
from studyapp.core.question_tags import read_tags, tag_test
from studyapp.core.store.base import _op
from studyapp.core.store.errors import StoreError
from studyapp.core.store.word_search import _IDS_PER_QUERY, WordSearchPart
from studyapp.core.topic_names import DEFAULT_TOPIC as DEFAULT_TOPIC  # (the store's name)
from studyapp.core.topic_names import path_name, topic_key

_QUESTION_COLUMNS = (
    "id, deck_id, topic_id, title, answer_markdown, source_line, position,"
    " end_line, source_file, suspended, edited, title_markup, flag, tags, source_key"
)


def _flag(value: object) -> int:
    """A flag as stored, 0 (none) for a value no flag has (another tool's write)."""
    return value if type(value) is int and 0 <= value <= 7 else 0


def _question(row: sqlite3.Row) -> Question:
    return Question(
        id=row["id"],
        deck_id=row["deck_id"],
        topic_id=row["topic_id"],
        title=row["title"],
        answer_markdown=row["answer_markdown"],
        source_line=row["source_line"],
        position=row["position"],
        end_line=row["end_line"],
        source_file=row["source_file"],
        suspended=bool(row["suspended"]),
        edited=bool(row["edited"]),
        title_markup=row["title_markup"],
        flag=_flag(row["flag"]),
        tags=read_tags(row["tags"]),
        source_key=row["source_key"] if isinstance(row["source_key"], str) else "",
    )


_OUTLINE_COLUMNS = (
    "id, deck_id, topic_id, title, source_line, position, end_line, source_file, suspended,"
    " edited, title_markup, flag"
)


def _in_file_order(
    columns: str,
    topic_id: int | None,
    deck_id: int | None,
    include_subtopics: bool,
    *,
    source: str = "questions",
    where: str = "removed_at IS NULL",
) -> tuple[str, list[Any]]:
    """The query for `columns` of the questions not removed (`where`), of a topic (and
    its sub-topics) and/or a deck, in file order."""
    clauses = [where]
    params: list[Any] = []
    prefix = ""
    if topic_id is not None and include_subtopics:
        prefix = (  # UNION, not UNION ALL: a loop of parents (damage) ends
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION"
            " SELECT t.id FROM topics t JOIN sub ON t.parent_id = sub.id) "
        )
        params.append(topic_id)
        clauses.append("topic_id IN sub")
    elif topic_id is not None:
        clauses.append("topic_id = ?")
        params.append(topic_id)
    if deck_id is not None:
        clauses.append("deck_id = ?")
        params.append(deck_id)
    sql = (
        f"{prefix}SELECT {columns} FROM {source} WHERE {' AND '.join(clauses)}"
        " ORDER BY deck_id, position"
    )
    return sql, params


class QuestionPlace(NamedTuple):
    """Where a question sits: what its topic's figures and a mock's choice need of it."""

    id: str
    deck_id: int
    topic_id: int
    suspended: int  # 1: set aside (Ctrl+J), 0 not (as stored: a bool per row cost more)


class DecksPart(WordSearchPart):
    # --- reading ---------------------------------------------------------------

    @_op
    def decks(self) -> list[Deck]:
        return [
            Deck(r["id"], r["name"], r["source_path"], r["source_hash"], r["read_by"])
            for r in self._conn.execute(
                "SELECT id, name, source_path, source_hash, read_by FROM decks"
                " ORDER BY name COLLATE NOCASE, id"
            )
        ]

    @_op
    def topics(self, deck_id: int) -> list[Topic]:
        """The deck's visible topics, parents before children, siblings by position.

        Visible: a topic holding a question that is not removed, one the user created,
        or an ancestor of either. A heading that left the notes file leaves no husk.
        """
        rows = self._conn.execute(
            "SELECT id, deck_id, parent_id, name, position, user_created FROM topics"
            " WHERE deck_id = ? ORDER BY position, id",
            (deck_id,),
        ).fetchall()
        # One index look-up per topic, not a pass over every question of the deck.
        used = {
            r[0]
            for r in self._conn.execute(
                "SELECT t.id FROM topics t WHERE t.deck_id = ? AND EXISTS (SELECT 1"
                " FROM questions q WHERE q.topic_id = t.id AND q.removed_at IS NULL)",
                (deck_id,),
            )
        }
        parent_of = {r["id"]: r["parent_id"] for r in rows}
        visible: set[int] = set()
        for r in rows:
            if r["id"] in used or r["user_created"]:
                topic_id: int | None = r["id"]
                while topic_id is not None and topic_id not in visible:
                    visible.add(topic_id)
                    topic_id = parent_of.get(topic_id)
        children: dict[int | None, list[sqlite3.Row]] = {}
        for r in rows:
            if r["id"] in visible:
                children.setdefault(r["parent_id"], []).append(r)
        ordered: list[Topic] = []
        seen: set[int] = set()

        def walk(r: sqlite3.Row, parent_id: int | None) -> None:
            seen.add(r["id"])
            ordered.append(Topic(r["id"], r["deck_id"], parent_id, r["name"], r["position"]))
            for child in children.get(r["id"], []):
                if child["id"] not in seen:
                    walk(child, r["id"])

        for r in children.get(None, []):
            walk(r, None)
        # Topics whose parents lead round in a loop (damage: a topic its own ancestor)
        # reach no top topic: shown at the top, or their questions would be missing
        # from the tree (and every walk down from a parent would never end).
        for r in rows:
            if r["id"] in visible and r["id"] not in seen:
                walk(r, None)
        return ordered

    @_op
    def questions(
        self,
        topic_id: int | None = None,
        deck_id: int | None = None,
        *,
        include_subtopics: bool = False,
    ) -> list[Question]:
        """Questions not removed, in file order, filtered by topic and/or deck."""
        sql, params = _in_file_order(_QUESTION_COLUMNS, topic_id, deck_id, include_subtopics)
        return [_question(r) for r in self._conn.execute(sql, params)]

    @_op
    def question_outlines(
        self,
        topic_id: int | None = None,
        deck_id: int | None = None,
        *,
        include_subtopics: bool = False,
    ) -> list[Question]:
        """Every question not removed (of one topic or one deck, if given), in file
        order, without its answer: its `answer_markdown` is "" (the tree's rows, the
        progress figures, the weak-topic scores and a study session's queue need the
        rest; `question(qid)` and `answers` give the whole). A tenth of the work of
        `questions()` on a large deck."""
        sql, params = _in_file_order(_OUTLINE_COLUMNS, topic_id, deck_id, include_subtopics)
        rows = self._conn.plain_rows(sql, params)
        return [
            Question(
                qid,
                deck,
                topic,
                title,
                "",
                line,
                position,
                end,
                file,
                bool(sus),
                bool(ed),
                marks,
                _flag(flag),
            )
            for (qid, deck, topic, title, line, position, end, file, sus, ed, marks, flag) in rows
        ]

    @_op
    def study_queue(
        self,
        topic_id: int | None = None,
        deck_id: int | None = None,
        *,
        include_subtopics: bool = False,
    ) -> list[tuple[str, str | None]]:
        """(question id, its card's JSON or None if never reviewed) of every question
        to study: not removed, not suspended, of one topic or one deck if given, in file
        order. What a study session's queue is built from, without the questions' text
        nor the cards' latest ratings (a session reads each question as it shows it)."""
        sql, params = _in_file_order(
            "questions.id, cards.fsrs_json",
            topic_id,
            deck_id,
            include_subtopics,
            source="questions LEFT JOIN cards ON cards.question_id = questions.id",
            where="removed_at IS NULL AND NOT suspended",
        )
        return self._conn.plain_rows(sql, params)

    @_op
    def question_topics(
        self, deck_id: int | None = None, *, suspended: bool = True
    ) -> list[tuple[str, int]]:
        """(question id, topic id) of every question not removed (of one deck, or all;
        without the suspended ones if not `suspended`), in file order: where each
        question sits, without reading the rest of its row."""
        where, params = (" AND deck_id = ?", (deck_id,)) if deck_id is not None else ("", ())
        if not suspended:
            where += " AND NOT suspended"
        return [
            (qid, topic_id)
            for qid, topic_id in self._conn.plain_rows(
                f"SELECT id, topic_id FROM questions WHERE removed_at IS NULL{where}"
                " ORDER BY deck_id, position",
                params,
            )
        ]

    @_op
    def question_places(self) -> list[QuestionPlace]:
        """Where every question not removed sits (id, deck, topic, suspended), in file
        order: the figures of every topic without the rest of each row (read from the
        index of outlines, a few milliseconds per ten thousand)."""
        sql, params = _in_file_order("id, deck_id, topic_id, suspended", None, None, False)
        return list(map(QuestionPlace._make, self._conn.plain_rows(sql, params)))

    @_op
    def questions_by_id(self, qids: Sequence[str]) -> dict[str, Question]:
        """These questions whole (those still there), by id."""
        found: dict[str, Question] = {}
        for start in range(0, len(qids), _IDS_PER_QUERY):
            chunk = qids[start : start + _IDS_PER_QUERY]
            rows = self._conn.execute(
                f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE removed_at IS NULL"
                f" AND id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found.update((q.id, q) for q in map(_question, rows))
        return found

    @_op
    def rendered_hashes(
        self, theme: str, after: int, limit: int
    ) -> list[tuple[int, Question, str | None]]:
        """Up to `limit` questions in storage order after the row `after` (0 from the
        first), each with its row number and the Markdown hash of the HTML kept for
        `theme` (None: none kept). Idle time walks them to render ahead what is missing
        or out of date, so a click finds its HTML; walking by row number ends the pass
        whatever the ids hold."""
        rows = self._conn.execute(
            f"SELECT q.rowid AS row_number, c.md_hash AS kept_hash, {_QUESTION_COLUMNS}"
            " FROM questions q LEFT JOIN rendered_cache c"
            " ON c.question_id = q.id AND c.theme = ?"
            " WHERE q.removed_at IS NULL AND q.rowid > ? ORDER BY q.rowid LIMIT ?",
            (theme, after, limit),
        )
        found = []
        for row in rows:
            kept = row["kept_hash"] if isinstance(row["kept_hash"], str) else None
            found.append((row["row_number"], _question(row), kept))
        return found

    @_op
    def question(self, qid: str) -> Question | None:
        row = self._conn.execute(
            f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE id = ? AND removed_at IS NULL",
            (qid,),
        ).fetchone()
        return None if row is None else _question(row)

    @_op
    def question_counts(self, *, suspended: bool = True, reviewed: bool = True) -> dict[int, int]:
        """How many questions each topic holds itself (its sub-topics' not included):
        without the suspended ones if not `suspended`, only those never reviewed (no
        card) if not `reviewed`. One query, however many questions."""
        where = "" if suspended else " AND NOT suspended"
        if not reviewed:
            where += " AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.question_id = q.id)"
        source = "questions"
        if where:
            # From the outline index, which holds `suspended`: left to choose, SQLite
            # took the questions_live index and read each row of the table (past its
            # answer) for it, 2.5 times as long. (ORDER BY with LIMIT -1 keeps the
            # subquery its own.)
            source = (
                "(SELECT deck_id, topic_id FROM questions q WHERE removed_at IS NULL"
                f"{where} ORDER BY deck_id, position LIMIT -1)"
            )
        rows = self._conn.plain_rows(
            f"SELECT topic_id, count(*) FROM {source}"
            f"{' WHERE removed_at IS NULL' if not where else ''}"
            " GROUP BY deck_id, topic_id"  # in the order of the questions_live index
        )
        return {topic: count for topic, count in rows}

    @_op
    def question_count(self, deck_id: int | None = None) -> int:
        sql = "SELECT count(*) FROM questions WHERE removed_at IS NULL"
        params: tuple[Any, ...] = ()
        if deck_id is not None:
            sql += " AND deck_id = ?"
            params = (deck_id,)
        return int(self._conn.execute(sql, params).fetchone()[0])

    @_op
    def flagged_ids(self, flags: Iterable[int], deck_id: int | None = None) -> list[str]:
        """The questions (not removed) with one of Anki's `flags` (0: those with none),
        of one deck if given, in file order."""
        wanted = ", ".join(str(f) for f in sorted({int(f) for f in flags}))
        if not wanted:
            return []
        where = f"removed_at IS NULL AND flag IN ({wanted})"
        sql, params = _in_file_order("id", None, deck_id, False, where=where)
        return [r[0] for r in self._conn.plain_rows(sql, params)]

    @_op
    def tagged_ids(self, names: Sequence[str], deck_id: int | None = None) -> list[str]:
        """The questions (not removed) with a tag of each of `names` or under it
        (core.question_tags.tag_test: "Difficulty" finds "Difficulty::Hard"), of one
        deck if given, in file order."""
        tests = [tag_test(name) for name in names]
        where = "removed_at IS NULL AND tags != ''"
        sql, params = _in_file_order("id, tags", None, deck_id, False, where=where)
        return [
            qid
            for qid, tags in self._conn.plain_rows(sql, params)
            if isinstance(tags, str) and all(test(tags) for test in tests)
        ]

    # --- user edits ------------------------------------------------------------

    @_op
    def move_question(self, qid: str, topic_id: int) -> None:
        """Put a question under another topic of its deck; re-imports leave it there."""
        with self.transaction():
            question = self._conn.execute(
                "SELECT deck_id FROM questions WHERE id = ? AND removed_at IS NULL", (qid,)
            ).fetchone()
            if question is None:
                raise KeyError(qid)
            topic = self._conn.execute(
                "SELECT deck_id FROM topics WHERE id = ?", (topic_id,)
            ).fetchone()
            if topic is None:
                raise KeyError(topic_id)
            if topic["deck_id"] != question["deck_id"]:
                raise ValueError("a question can only move to a topic of its own deck")
            self._conn.execute(
                "UPDATE questions SET topic_id = ?, topic_locked = 1 WHERE id = ?",
                (topic_id, qid),
            )
            self._log.questions.add(qid)
            self._log.topics = True

    @_op
    def rename_topic(self, topic_id: int, name: str) -> None:
        """Rename a topic; re-imports still recognise it by the heading it came from."""
        name = self._check_topic_name(name)
        with self.transaction():
            row = self._conn.execute(
                "SELECT deck_id, parent_id FROM topics WHERE id = ?", (topic_id,)
            ).fetchone()
            if row is not None and self._sibling_named(
                row["deck_id"], row["parent_id"], name, topic_id
            ):
                raise self._duplicate_topic(name)
            try:
                cursor = self._conn.execute(
                    "UPDATE topics SET name = ? WHERE id = ?", (name, topic_id)
                )
            except sqlite3.IntegrityError as exc:
                raise self._duplicate_topic(name) from exc
            if cursor.rowcount == 0:
                raise KeyError(topic_id)
            self._log.topics = True

    @_op
    def create_topic(self, deck_id: int, name: str, parent_id: int | None = None) -> Topic:
        """A topic of the user's own, kept by re-imports even while empty."""
        name = self._check_topic_name(name)
        conn = self._conn
        with self.transaction():
            if conn.execute("SELECT 1 FROM decks WHERE id = ?", (deck_id,)).fetchone() is None:
                raise KeyError(deck_id)
            if parent_id is not None:
                parent = conn.execute(
                    "SELECT deck_id FROM topics WHERE id = ?", (parent_id,)
                ).fetchone()
                if parent is None:
                    raise KeyError(parent_id)
                if parent["deck_id"] != deck_id:
                    raise ValueError("a topic's parent must belong to the same deck")
            if self._sibling_named(deck_id, parent_id, name):
                raise self._duplicate_topic(name)
            position = conn.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM topics"
                " WHERE deck_id = ? AND parent_id IS ?",
                (deck_id, parent_id),
            ).fetchone()[0]
            try:
                topic_id = conn.execute(
                    "INSERT INTO topics (deck_id, parent_id, name, position, user_created)"
                    " VALUES (?, ?, ?, ?, 1)",
                    (deck_id, parent_id, name, position),
                ).lastrowid
            except sqlite3.IntegrityError as exc:
                raise self._duplicate_topic(name) from exc
            self._log.topics = True
        assert topic_id is not None
        return Topic(topic_id, deck_id, parent_id, name, position)

    @staticmethod
    def _check_topic_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise StoreError("A topic needs a name.", "Type at least one letter.")
        return name

    def _sibling_named(
        self, deck_id: int, parent_id: int | None, name: str, other_than: int | None = None
    ) -> bool:
        """Whether a topic beside the place named is already called `name`, case and
        spacing aside (core.topic_names): "system design" beside "System Design"
        would read as one topic shown twice."""
        key = topic_key(name)
        return any(
            topic_key(r["name"]) == key and r["id"] != other_than
            for r in self._conn.execute(
                "SELECT id, name FROM topics WHERE deck_id = ? AND parent_id IS ?",
                (deck_id, parent_id),
            )
        )

    @staticmethod
    def _duplicate_topic(name: str) -> StoreError:
        return StoreError(f'There is already a topic named "{name}" here.', "Choose another name.")

    @_op
    def topic_places(self, topic_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """Topic id → (its deck's name, its path as the answer's header names it:
        "Graphs / BFS"), for the ids that still exist. (Its own name alone, "BFS",
        left a subtopic's parent to guess.)"""
        ids = list(dict.fromkeys(topic_ids))
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self._conn.execute(
            "WITH RECURSIVE up(start, id, parent_id, name, depth) AS ("
            " SELECT id, id, parent_id, name, 0 FROM topics"
            f" WHERE id IN ({marks})"
            " UNION ALL SELECT up.start, t.id, t.parent_id, t.name, up.depth + 1"
            " FROM topics t JOIN up ON t.id = up.parent_id WHERE up.depth < 64)"
            " SELECT up.start, up.name, d.name AS deck FROM up"
            " JOIN topics s ON s.id = up.start JOIN decks d ON d.id = s.deck_id"
            " ORDER BY up.start, up.depth DESC",
            ids,
        )
        paths: dict[int, tuple[str, list[str]]] = {}
        for r in rows:
            paths.setdefault(r["start"], (r["deck"], []))[1].append(r["name"])
        return {tid: (deck, path_name(names)) for tid, (deck, names) in paths.items()}
