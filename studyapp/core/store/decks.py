"""Decks, topics and questions: reading, search and the person's edits."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any, NamedTuple

from studyapp.core.model import (
    Deck,
    Question,
    Topic,
)
from studyapp.core.question_tags import read_tags, tag_test
from studyapp.core.store.base import _op
from studyapp.core.store.errors import StoreError
from studyapp.core.store.term_search import TermSearchPart
from studyapp.core.titles import has_unspaced_script
from studyapp.core.topic_names import DEFAULT_TOPIC as DEFAULT_TOPIC  # (the store's name)
from studyapp.core.topic_names import path_name, topic_key
from studyapp.lazy import lazy, lazy_pattern

search_terms = lazy("studyapp.core.search_terms")  # a search's terms: read when one is made
# Removed questions a search takes out of its results in memory (search_best); with
# more, a join to the question rows costs less. Below SQLite's 999 host parameters.
_REMOVED_IN_MEMORY = 500
_IDS_PER_QUERY = 500  # ids bound in one IN (…): below SQLite's 999 host parameters


def _as_written_first(ranked: list[str], titles: Mapping[str, str], text: str) -> list[str]:
    """`ranked` with the titles that hold the search as typed first ("Types of data"
    finds "Types of data analysis" before a title holding those words apart), those
    that start with it before the rest; otherwise in the index's order. Its last
    word whole: "merge sort" starting "Merge sorted lists" put that title above
    one saying "merge sort", which the index ranks first (`_rank_order`)."""
    typed = " ".join(text.casefold().split())
    if " " not in typed:  # one word: the index's ranking already weighs titles
        return ranked
    as_typed = re.compile(rf"(?<!\w){re.escape(typed)}(?!\w)")

    def place(qid: str) -> int:
        found = as_typed.search(" ".join(titles[qid].casefold().split()))
        return 2 if found is None else 0 if found.start() == 0 else 1

    return sorted(ranked, key=place)  # stable: the index's order within each


def _fts_rowid(qid: str) -> int:
    # 56 bits of a hash: positive, fits SQLite's 64-bit rowid, stable across VACUUM.
    return int.from_bytes(hashlib.sha1(qid.encode("utf-8")).digest()[:7], "big")


# A word as searched: "gra", a name with its symbols ("c++", "c#", "f#"), words joined
# by a hyphen, dot, slash or apostrophe ("p-value", "node.js", "tcp/ip"), or a call
# with what it takes ("O(n)", "O(log n)", "f(x)": one phrase, not the letters "o" and
# "n" matching every answer).
_SEARCH_WORD_RE = lazy_pattern(r"\w+\([^()]{1,40}\)|\w+(?:[-./'’]\w+)*[+#]*")


def search_words(text: str) -> list[str]:
    """The words of a search as typed, symbols kept (what the answer highlights)."""
    return _SEARCH_WORD_RE.findall(text)


def fts_query(text: str) -> str:
    """An FTS5 query matching every word of `text` as a prefix ("gra desc" → gradient
    descent). A word written with symbols the index does not keep ("c++", "c#") is
    matched whole: its letters alone as a prefix would match every word they start.
    Joined words ("p-value") are a phrase, the last one a prefix: "p" alone would
    match every word starting with p."""
    return " ".join(_fts_terms(text))


def _fts_terms(text: str, *, exact: bool = False) -> list[str]:
    """`fts_query`'s terms, one a word; with `exact`, none a prefix."""
    terms = []
    for word in search_words(text):
        bare = word.rstrip("+#")
        tokens = " ".join(re.findall(r"\w+", bare))
        terms.append(f'"{tokens}"' if bare != word or exact else f'"{tokens}"*')
    return terms


_BM25 = "bm25(questions_fts, 0.0, 5.0, 1.0)"
_HIT = "questions_fts.rowid IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?)"


def _rank_order(text: str) -> tuple[str, list[str]]:
    """The ORDER BY of a search of `text` in the index (`search`, `search_best`) and
    its parameters: questions with every word in the title first, then those with
    some of them there, then those with them only in the answer; within each, those
    with every word whole before those where a word is only some word's start
    ("huge-30" before "huge-3041"), in the title first; then bm25 (titles weigh
    more). bm25 alone put a title saying one word twice ("filter … filter") and the
    other in its answer above a title saying both."""
    terms, whole = _fts_terms(text), _fts_terms(text, exact=True)
    tiers = [f"title : ({' '.join(terms)})"]
    if len(terms) > 1:
        tiers.append(f"title : ({' OR '.join(terms)})")
    if whole != terms:
        tiers += [f"title : ({' '.join(whole)})", " ".join(whole)]
    return ", ".join([f"{_HIT} DESC"] * len(tiers) + [_BM25]), tiers


def _ties_in_order(rows: Sequence[Sequence[Any]], order: Callable[[str], int]) -> list[str]:
    """The ids of `rows` ((id, its rank's keys…), best first), those ranked alike in
    `order`'s: two copies of a question, or a thousand titles that hold the words
    alike, came in the index's own order (its rowids, hashes of the ids)."""
    return [
        qid
        for _keys, alike in groupby(rows, key=lambda row: tuple(row[1:]))
        for qid in sorted((row[0] for row in alike), key=order)
    ]


def _unspaced_words(text: str) -> list[str]:
    """The words of a search in a script written without spaces (titles.has_unspaced_script):
    the index keeps a whole run of them as one token, so a word inside a sentence
    ("基本单位" in "线程是CPU调度的基本单位") is no token's prefix; found as a part."""
    return [word for word in search_words(text) if has_unspaced_script(word)]


def _symbol_words(text: str) -> list[str]:
    """The words of a search written with symbols the index drops ("c++", "c#")."""
    return [word for word in search_words(text) if word != word.rstrip("+#")]


def _holds_words(words: Sequence[str], text: str) -> bool:
    """Whether `text` has each of `words` whole, symbols and all: the index matched
    "c" alone for "c++" (a K-Means answer's lone "c" was a hit)."""
    return all(
        re.search(rf"(?<![\w+#]){re.escape(word)}(?![\w+#])", text, re.IGNORECASE) for word in words
    )


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


class DecksPart(TermSearchPart):
    def _fts_put(self, qid: str, title: str, answer: str) -> None:
        rowid = _fts_rowid(qid)
        self._conn.execute("DELETE FROM questions_fts WHERE rowid = ?", (rowid,))
        self._conn.execute(
            "INSERT INTO questions_fts (rowid, qid, title, answer) VALUES (?, ?, ?, ?)",
            (rowid, qid, title, answer),
        )

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
    def search(
        self,
        text: str,
        limit: int = 50,
        deck_id: int | None = None,
        now: datetime | None = None,
    ) -> list[str]:
        """Ids of questions whose title or answer has words starting with each word of
        `text`, best first (title hits weigh more); with Anki's terms ("flag:1",
        "tag:sql", "deck:Backend", "is:due" at `now`, "-word": core.search_terms),
        of the questions they name (core.store.term_search)."""
        search = search_terms.parse_search(text)
        if not search.plain:
            return self._term_search(search, deck_id, now)[:limit]
        return self._word_search(search.words, limit, deck_id)  # ("and" read, not a word)

    def _word_search(
        self, text: str, limit: int, deck_id: int | None, *, ranked: bool = True, order: Any = None
    ) -> list[str]:
        """`search` of words alone, those ranked alike in `order` (a question id's place)
        if given; not `ranked`, in no order (the questions a search leaves out: ranking
        every match of "a" took most of 50 ms on 10,000)."""
        query = fts_query(text)
        if not query:
            return []
        if unspaced := _unspaced_words(text):
            return self._search_within(text, unspaced, deck_id)[:limit]
        symbols = _symbol_words(text)
        columns = ", questions_fts.title, questions_fts.answer" if symbols else ""
        sql = (
            f"SELECT questions_fts.qid{columns} FROM questions_fts"
            " JOIN questions q ON q.id = questions_fts.qid"
            " WHERE questions_fts MATCH ? AND q.removed_at IS NULL"
        )
        params: list[Any] = [query]
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params.append(deck_id)
        if ranked:
            ranking, ranks = _rank_order(text)
            self._conn.create_function("tie_place", 1, order, deterministic=True)  # (None: gone)
            sql += f" ORDER BY {ranking}{', tie_place(q.id)' if order else ''}"
            params += ranks
        if symbols:  # the index's hits checked for the words as written
            rows = self._conn.plain_rows(sql, params)
            return [r[0] for r in rows if _holds_words(symbols, f"{r[1]}\n{r[2]}")][:limit]
        sql += " LIMIT ?"
        params.append(limit)
        # Plain rows: a broad prefix matches thousands, one decode call each otherwise.
        return [r[0] for r in self._conn.plain_rows(sql, params)]

    @_op
    def search_best(
        self,
        text: str,
        shown: int,
        now: datetime | None = None,
        order: Callable[[str], int] | None = None,
    ) -> tuple[list[str], int]:
        """The `shown` best matches of `text` (ranked as `search`) and how many match in
        all: what the search field lists and counts. Matches ranked alike in `order`
        (a question id's place: the tree's), where given, and those listed of many
        ranked alike the first in it (a search of terms alone ranks them all alike).

        Counted and ranked in the search index alone. Joining every match to its
        question row first read each match's id: a first letter typed on a 10,000-
        question store matches them all, and took twice as long per pause in typing
        (benchmarks/bench_store_reads.py).
        Removed questions stay indexed (core.store.schema), so the best are fetched
        with as many more as there are removed questions, and those are taken out
        of the count; with very many removed, the join is cheaper after all."""
        search = search_terms.parse_search(text)
        if not search.plain:
            ids = self._term_search(search, None, now, order)
            return ids[:shown], len(ids)
        text = search.words  # the words as read: "dog and cat" is "dog cat", as in Anki
        query = fts_query(text)
        if not query:
            return [], 0
        if _symbol_words(text) or _unspaced_words(text):  # hit by hit (see `search`)
            ids = self._word_search(text, 1 << 62, None, order=order)
            return ids[:shown], len(ids)
        matches = " FROM questions_fts WHERE questions_fts MATCH ?"
        total = int(self._conn.execute("SELECT count(*)" + matches, (query,)).fetchone()[0])
        if not total:
            return [], 0
        removed = [
            _fts_rowid(r[0])
            for r in self._conn.execute("SELECT id FROM questions WHERE removed_at IS NOT NULL")
        ]
        if len(removed) > _REMOVED_IN_MEMORY:
            ids = self._word_search(text, 1 << 62, None, order=order)
            return ids[:shown], len(ids)
        # Ranked as `_rank_order` ranks (its tiers, then bm25), the keys read with each
        # row to see ties by; ordered by the columns, each worked out once.
        _ranking, ranks = _rank_order(text)
        keys = ", ".join([_HIT] * len(ranks) + [_BM25])
        by = ", ".join([f"{3 + i} DESC" for i in range(len(ranks))] + [str(3 + len(ranks))])
        limit = shown + len(removed)
        best = self._conn.plain_rows(
            f"SELECT rowid, qid, {keys}{matches} ORDER BY {by} LIMIT ?", (*ranks, query, limit + 1)
        )
        tie = best[limit][2:] if order is not None and len(best) > limit else None
        best, tie = best[:limit], tie if tie and tie == best[limit - 1][2:] else None
        if tie is not None:
            # Ranked alike across the cut: which are listed is `order`'s choice (the
            # index gave its own, the hashes of their ids), so every one so ranked is
            # read: one pass of the index, no sort (the whole ranking read took as
            # long again as the search: bench_ui.py's filter after a pause, 18 → 42 ms).
            alike = " AND ".join([f"({_HIT}) = ?"] * len(ranks) + [f"{_BM25} = ?"])
            listed = {row[0] for row in best}
            best += [
                (rowid, qid, *tie)
                for rowid, qid in self._conn.plain_rows(
                    f"SELECT rowid, qid{matches} AND {alike}",
                    (query, *(v for pair in zip(ranks, tie, strict=False) for v in pair), tie[-1]),
                )
                if rowid not in listed
            ]
        if removed:
            gone = set(removed)
            total -= len(
                self._conn.plain_rows(
                    "SELECT rowid" + matches + f" AND rowid IN ({', '.join('?' * len(gone))})",
                    (query, *gone),
                )
            )
            best = [row for row in best if row[0] not in gone]
        # An entry whose question row is gone (another tool deleting, a lost page)
        # is not listed; the daily check rebuilds an index out of step with the
        # questions (search_index.search_index_problem), which puts the count right.
        titles = self._present([row[1] for row in best])
        kept = [row[1:] for row in best if row[1] in titles]
        ranked = [row[0] for row in kept] if order is None else _ties_in_order(kept, order)
        return _as_written_first(ranked, titles, text)[:shown], total

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

    def _search_within(self, text: str, unspaced: Sequence[str], deck_id: int | None) -> list[str]:
        """`search` for a text with words of an unspaced script: those found anywhere in
        the title or answer (a scan of the questions), the other words through the
        index; title hits first, then file order."""
        where = ["removed_at IS NULL"]
        params: list[Any] = []
        for word in unspaced:
            where.append("(instr(title, ?) > 0 OR instr(answer_markdown, ?) > 0)")
            params += [word, word]
        spaced = " ".join(w for w in search_words(text) if w not in unspaced)
        if spaced:
            where.append("id IN (SELECT qid FROM questions_fts WHERE questions_fts MATCH ?)")
            params.append(fts_query(spaced))
        if deck_id is not None:
            where.append("deck_id = ?")
            params.append(deck_id)
        title_hits = " + ".join("(instr(title, ?) > 0)" for _ in unspaced)
        rows = self._conn.plain_rows(
            f"SELECT id, title, answer_markdown FROM questions WHERE {' AND '.join(where)}"
            f" ORDER BY {title_hits} DESC, deck_id, position",
            [*params, *unspaced],
        )
        symbols = _symbol_words(text)  # "c++": checked as written, as `search` does
        return [r[0] for r in rows if not symbols or _holds_words(symbols, f"{r[1]}\n{r[2]}")]

    def _present(self, qids: Sequence[str]) -> dict[str, str]:
        """Which of these questions are in the store and not removed: id → title."""
        found: dict[str, str] = {}
        for start in range(0, len(qids), _IDS_PER_QUERY):
            chunk = qids[start : start + _IDS_PER_QUERY]
            found.update(
                self._conn.plain_rows(
                    "SELECT id, title FROM questions WHERE removed_at IS NULL"
                    f" AND id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return found

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
