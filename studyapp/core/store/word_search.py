"""Searching the questions' words: the search index (questions_fts) read for a
search as typed, ranked title first (the window's search field, `Store.search` and
`search_best`), and Anki's terms handed on to core.store.term_search."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from studyapp.core.store.base import _op
from studyapp.core.store.term_search import TermSearchPart
from studyapp.core.titles import has_unspaced_script
from studyapp.lazy import lazy, lazy_pattern

search_terms = lazy("studyapp.core.search_terms")  # a search's terms: read when one is made
search_text = lazy("studyapp.core.store.search_text")  # what is indexed: when a question is
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


# Around a word, what a sentence puts there ("what is x?", "(see 'foo')"), not a term's.
_AROUND = "\"'“”‘’()[]{}"
_AFTER = ",.;:?!"


def written_terms(text: str) -> list[str]:
    """The terms of a search made of punctuation or holding some the index drops
    ("===", "==", "!important", "std::vector", "a?.b"): found as written, anywhere in
    a title or answer. The index keeps words only: "===" found nothing and
    "!important" every "importance". Quotes and brackets around a word and a
    sentence's stop after it are no part of it: "x?" is the word "x"."""
    terms = []
    for token in text.split():
        if any(ch.isalnum() or ch == "_" for ch in token):
            token = token.strip(_AROUND).rstrip(_AFTER).strip(_AROUND)
            if not token or search_words(token) == [token]:
                continue  # a word as the index reads it ("c++", "node.js", "O(n)")
        elif len(token) == 1 and token in _AFTER + _AROUND:
            continue  # a stray "?" or "(": no term
        terms.append(token)
    return terms


def _words_apart(text: str) -> tuple[str, list[str]]:
    """`text`'s words for the index, and its `written_terms` (their words not asked
    of the index: "!important" is no "important")."""
    written = written_terms(text)
    if not written:
        return text, []
    kept = [
        token
        for token in text.split()
        if token not in written
        and token.strip(_AROUND).rstrip(_AFTER).strip(_AROUND) not in written
    ]
    return " ".join(kept), written


def marked_words(text: str) -> list[str]:
    """What a search's words mark in the answer: its words as the index reads them and
    its `written_terms` as written ("!important" whole, not its "important")."""
    words, written = _words_apart(text)
    return [*search_words(words), *written]


def searches_for(text: str) -> bool:
    """Whether a search's words ask anything: words or `written_terms`."""
    return bool(fts_query(text) or written_terms(text))


def _ascii_lower(text: str) -> str:
    # As SQLite's lower() folds: ASCII letters only (a search's "Ä" stays as it is).
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _symbol_words(text: str) -> list[str]:
    """The words of a search written with symbols the index drops ("c++", "c#")."""
    return [word for word in search_words(text) if word != word.rstrip("+#")]


def _holds_words(words: Sequence[str], text: str) -> bool:
    """Whether `text` has each of `words` whole, symbols and all: the index matched
    "c" alone for "c++" (a K-Means answer's lone "c" was a hit)."""
    return all(
        re.search(rf"(?<![\w+#]){re.escape(word)}(?![\w+#])", text, re.IGNORECASE) for word in words
    )


class WordSearchPart(TermSearchPart):
    def _fts_put(self, qid: str, title: str, answer: str) -> None:
        rowid = _fts_rowid(qid)
        self._conn.execute("DELETE FROM questions_fts WHERE rowid = ?", (rowid,))
        self._conn.execute(
            "INSERT INTO questions_fts (rowid, qid, title, answer) VALUES (?, ?, ?, ?)",
            (rowid, qid, search_text.searchable(title), search_text.searchable(answer)),
        )

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
        words, written = _words_apart(text)
        query = fts_query(words)
        if not query and not written:
            return []
        if written or _unspaced_words(words):
            return self._search_within(words, written, deck_id)[:limit]
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
        written = written_terms(text)
        if not query and not written:
            return [], 0
        if written or _symbol_words(text) or _unspaced_words(text):  # hit by hit (`search`)
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

    def _search_within(self, text: str, written: Sequence[str], deck_id: int | None) -> list[str]:
        """`search` for words of an unspaced script or terms found as written
        (`written_terms`, not in `text`): those found anywhere in the title or answer
        (a scan of the questions, letters of any case), the other words through the
        index; title hits first, then file order."""
        unspaced = _unspaced_words(text)
        parts = [_ascii_lower(part) for part in (*unspaced, *written)]
        where = ["removed_at IS NULL"]
        params: list[Any] = []
        for part in parts:  # (no letters to fold, no lower(): "===" read twice as fast)
            title, answer = (
                ("lower(title)", "lower(answer_markdown)")
                if any("a" <= ch <= "z" for ch in part)
                else ("title", "answer_markdown")
            )
            where.append(f"(instr({title}, ?) > 0 OR instr({answer}, ?) > 0)")
            params += [part, part]
        spaced = " ".join(w for w in search_words(text) if w not in unspaced)
        if spaced:
            where.append("id IN (SELECT qid FROM questions_fts WHERE questions_fts MATCH ?)")
            params.append(fts_query(spaced))
        if deck_id is not None:
            where.append("deck_id = ?")
            params.append(deck_id)
        title_hits = " + ".join("(instr(lower(title), ?) > 0)" for _ in parts)  # (few rows)
        rows = self._conn.plain_rows(
            f"SELECT id, title, answer_markdown FROM questions WHERE {' AND '.join(where)}"
            f" ORDER BY {title_hits} DESC, deck_id, position",
            [*params, *parts],
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
