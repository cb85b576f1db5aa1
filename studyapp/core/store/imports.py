"""The re-import policy: a parsed notes file becomes a deck, keeping all progress."""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.model import (
    ImportSummary,
    ParsedDocument,
)
from studyapp.core.store.base import StoreBase, _op
from studyapp.core.store.decks import DEFAULT_TOPIC
from studyapp.core.titles import normalize_title, question_ids


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _answer_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=4096)  # a deck has few distinct paths, each met many times
def _topic_path(raw: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name.strip() for name in raw if name.strip()) or (DEFAULT_TOPIC,)


# A question reworded in the file is still that question when its answer is the same
# (and says enough to tell it apart), or when both its title and its answer are this
# close to the old ones ("What is X?" and "What is Y?" are close titles, not answers).
RETITLE_MIN_ANSWER = 20  # characters
RETITLE_SIMILARITY = 88  # rapidfuzz ratio of the normalized titles, out of 100
RETITLE_ANSWER_SIMILARITY = 60  # and of the answers (their first 2,000 characters)
RETITLE_REACH = 50  # places in the file a reworded question may have moved


def _retitled(
    ids: list[str],
    doc: ParsedDocument,
    existing: dict[str, sqlite3.Row],
    stored_answer: Callable[[str], str],
) -> list[str]:
    """`ids`, where a question whose title changed in the file (a typo fixed, a question
    reworded) keeps the id, and so the progress, of the question it was: one the import
    would otherwise remove, with the same answer, else with a title and an answer nearly
    the same within RETITLE_REACH places of it; the nearest when several could be it.
    Each old question is taken once. Linear in the deck (a whole deck replaced costs no
    comparison of every title with every other)."""
    present = set(ids)
    gone = {
        qid: row
        for qid, row in existing.items()
        if qid not in present and row["removed_at"] is None and not row["deleted"]
    }
    fresh = [i for i, qid in enumerate(ids) if qid not in existing]
    if not gone or not fresh:
        return ids
    from rapidfuzz import fuzz

    by_answer: dict[str, list[str]] = {}
    by_place: dict[int, list[str]] = {}
    for qid, row in gone.items():
        by_answer.setdefault(row["answer_hash"], []).append(qid)
        by_place.setdefault(row["position"], []).append(qid)
    out = list(ids)
    for i in fresh:
        parsed = doc.questions[i]
        answer = parsed.answer_markdown
        close: list[str] = []
        if len(answer.strip()) >= RETITLE_MIN_ANSWER:
            close = [q for q in by_answer.get(_answer_hash(answer), ()) if q in gone]
        if not close:
            title = normalize_title(parsed.title)
            near = (
                q
                for place in range(i - RETITLE_REACH, i + RETITLE_REACH + 1)
                for q in by_place.get(place, ())
                if q in gone
            )
            close = [
                q
                for q in near
                if fuzz.ratio(title, normalize_title(gone[q]["title"])) >= RETITLE_SIMILARITY
                and fuzz.ratio(answer[:2000], stored_answer(q)[:2000]) >= RETITLE_ANSWER_SIMILARITY
            ]
        if close:
            was = min(close, key=lambda q: abs(gone[q]["position"] - i))
            out[i] = was
            del gone[was]
    return out


def _unique_name(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


class ImportsPart(StoreBase):
    # --- import ----------------------------------------------------------------

    @_op
    def deck_source_hash(self, deck_name: str) -> str | None:
        """The hash of the file the deck was last imported from, to skip re-parsing it."""
        row = self._conn.execute(
            "SELECT source_hash FROM decks WHERE name = ?", (deck_name.strip(),)
        ).fetchone()
        return None if row is None else row["source_hash"]

    @_op
    def _moved_deck(self, name: str) -> sqlite3.Row | None:
        """The deck of this name whose file is gone: the notes were moved or renamed."""
        row = self._conn.execute(
            "SELECT id, name, source_hash, source_path, id_name FROM decks WHERE name = ?",
            (name,),
        ).fetchone()
        if row is None or not row["source_path"] or Path(row["source_path"]).exists():
            return None
        return row

    def _free_deck_name(self, name: str, source_path: str) -> str:
        """`name`, or, when another file's deck has it, `name (file)` (then numbered).

        A renamed deck keeps the name its question ids were made from (`id_name`):
        that name stays taken too, or a new deck would make the same ids."""
        taken: set[str] = set()  # in any case, as decks are found by name (rename_deck)
        for row in self._conn.execute("SELECT name, id_name FROM decks"):
            taken.update(n.casefold() for n in (row["name"], row["id_name"]) if n)
        if name.casefold() not in taken:
            return name
        stem = source_path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0] or "notes"
        candidate, number = f"{name} ({stem})", 2
        while candidate.casefold() in taken:
            candidate, number = f"{name} ({stem} {number})", number + 1
        return candidate

    @_op
    def import_document(
        self,
        doc: ParsedDocument,
        source_path: str,
        source_hash: str,
        *,
        force: bool = False,
    ) -> ImportSummary:
        """Store a parsed notes file as the deck `doc.deck_name`, keeping all progress.

        Questions are matched by stable id (deck + normalized title + duplicate index):
        new ones are added, changed ones updated in place (their cards, reviews and a
        user-chosen topic kept), missing ones soft-removed (their history is kept for
        when they come back; a returning question counts as new). The deck is keyed by
        source file: two files with the same title are two decks (the second one's
        name gets its file name added), and a re-import keeps its deck's name.
        Unless `force`, a file with the hash of the last import is skipped.
        """
        deck_name = doc.deck_name.strip()
        if not deck_name:
            raise ValueError("a document needs a deck name")
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                "SELECT id, name, source_hash, id_name FROM decks WHERE source_path = ?",
                (source_path,),
            ).fetchone()
            if row is None:
                row = self._moved_deck(deck_name)
            deck_name = row["name"] if row else self._free_deck_name(deck_name, source_path)
            if row is not None and not force and row["source_hash"] == source_hash:
                return ImportSummary(deck_name, skipped_unchanged_file=True)
            self._log.decks = self._log.topics = True
            now = _now_iso()
            if row is None:
                deck_id = conn.execute(
                    "INSERT INTO decks (name, source_path, source_hash, imported_at, id_name)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (deck_name, source_path, source_hash, now, deck_name),
                ).lastrowid
            else:
                deck_id = row["id"]
                conn.execute(
                    "UPDATE decks SET source_path = ?, source_hash = ?, imported_at = ?"
                    " WHERE id = ?",
                    (source_path, source_hash, now, deck_id),
                )
            assert deck_id is not None

            paths = [_topic_path(tuple(q.topic_path)) for q in doc.questions]
            topic_ids = self._resolve_topics(deck_id, paths)
            existing = {
                r["id"]: r
                for r in conn.execute(
                    "SELECT id, topic_id, title, answer_hash, source_line, position,"
                    " topic_locked, removed_at, end_line, source_file, deleted, edited"
                    " FROM questions WHERE deck_id = ?",
                    (deck_id,),
                )
            }
            # A renamed deck's questions keep the ids they got under its first name.
            id_name = (row["id_name"] if row is not None else "") or deck_name
            ids = self._with_aliases(
                deck_id, question_ids(id_name, (q.title for q in doc.questions)), doc
            )
            ids = _retitled(ids, doc, existing, self._stored_answer)
            new = updated = unchanged = 0
            for position, (qid, parsed, path) in enumerate(
                zip(ids, doc.questions, paths, strict=True)
            ):
                values = {
                    "id": qid,
                    "deck_id": deck_id,
                    "topic_id": topic_ids[path],
                    "title": parsed.title,
                    "norm_title": normalize_title(parsed.title),
                    "answer_markdown": parsed.answer_markdown,
                    "answer_hash": _answer_hash(parsed.answer_markdown),
                    "source_line": parsed.source_line,
                    "position": position,
                    "end_line": parsed.end_line,
                    "source_file": parsed.source_file,
                }
                old = existing.get(qid)
                if old is None:
                    conn.execute(
                        "INSERT INTO questions (id, deck_id, topic_id, title, norm_title,"
                        " answer_markdown, answer_hash, source_line, position, end_line,"
                        " source_file) VALUES (:id, :deck_id, :topic_id, :title, :norm_title,"
                        " :answer_markdown, :answer_hash, :source_line, :position, :end_line,"
                        " :source_file)",
                        values,
                    )
                    self._fts_put(qid, parsed.title, parsed.answer_markdown)
                    self._log.questions.add(qid)
                    new += 1
                    continue
                if old["deleted"]:
                    continue  # the person deleted it: only their undo brings it back
                if old["topic_locked"]:
                    values["topic_id"] = old["topic_id"]
                if old["edited"]:
                    # Edited in the app where the file could not take it: the edit wins.
                    values["title"], values["answer_hash"] = old["title"], old["answer_hash"]
                text_changed = old["title"] != values["title"] or (
                    old["answer_hash"] != values["answer_hash"]
                )
                moved = old["topic_id"] != values["topic_id"]
                restored = old["removed_at"] is not None
                shifted = (
                    old["source_line"],
                    old["position"],
                    old["end_line"],
                    old["source_file"],
                ) != (parsed.source_line, position, parsed.end_line, parsed.source_file)
                if old["edited"] and (text_changed or moved or restored or shifted):
                    self._log.questions.add(qid)
                    conn.execute(
                        "UPDATE questions SET topic_id = :topic_id, source_line = :source_line,"
                        " position = :position, end_line = :end_line,"
                        " source_file = :source_file, removed_at = NULL WHERE id = :id",
                        values,
                    )
                elif text_changed or moved or restored or shifted:
                    self._log.questions.add(qid)
                    conn.execute(
                        "UPDATE questions SET topic_id = :topic_id, title = :title,"
                        " norm_title = :norm_title, answer_markdown = :answer_markdown,"
                        " answer_hash = :answer_hash, source_line = :source_line,"
                        " position = :position, end_line = :end_line,"
                        " source_file = :source_file, removed_at = NULL WHERE id = :id",
                        values,
                    )
                if text_changed:
                    self._fts_put(qid, parsed.title, parsed.answer_markdown)
                if old["answer_hash"] != values["answer_hash"]:
                    conn.execute("DELETE FROM rendered_cache WHERE question_id = ?", (qid,))
                if restored:
                    new += 1
                elif text_changed or moved:
                    updated += 1
                else:
                    unchanged += 1

            present = set(ids)
            gone = [
                (now, qid)
                for qid, r in existing.items()
                if r["removed_at"] is None and qid not in present
            ]
            conn.executemany("UPDATE questions SET removed_at = ? WHERE id = ?", gone)
            self._log.questions.update(qid for _, qid in gone)
        return ImportSummary(deck_name, new, updated, unchanged, len(gone))

    def _stored_answer(self, qid: str) -> str:
        row = self._conn.execute(
            "SELECT answer_markdown FROM questions WHERE id = ?", (qid,)
        ).fetchone()
        return row[0] if row is not None else ""

    def _with_aliases(self, deck_id: int, ids: list[str], doc: ParsedDocument) -> list[str]:
        """`ids`, where a title the person edited in the app (and wrote to the file) keeps
        the id its question had before the edit, so its progress stays with it."""
        aliases = {
            r["norm_title"]: r["question_id"]
            for r in self._conn.execute(
                "SELECT norm_title, question_id FROM question_aliases WHERE deck_id = ?",
                (deck_id,),
            )
        }
        if not aliases:
            return ids
        taken = set(ids)
        out = list(ids)
        for i, question in enumerate(doc.questions):
            alias = aliases.get(normalize_title(question.title))
            if alias is not None and alias not in taken:
                taken.discard(out[i])
                out[i] = alias
                taken.add(alias)
        return out

    def _resolve_topics(
        self, deck_id: int, paths: Sequence[tuple[str, ...]]
    ) -> dict[tuple[str, ...], int]:
        """Topic ids for every path, creating topics as needed, level by level."""
        prefixes: dict[tuple[str, ...], None] = {}  # first-appearance order
        for path in paths:
            for depth in range(1, len(path) + 1):
                prefixes.setdefault(path[:depth])
        resolved: dict[tuple[str, ...], int] = {}
        for depth in range(1, max(map(len, prefixes), default=0) + 1):
            groups: dict[tuple[str, ...], list[str]] = {}
            for prefix in prefixes:
                if len(prefix) == depth:
                    groups.setdefault(prefix[:-1], []).append(prefix[-1])
            for parent_path, names in groups.items():
                ids = self._resolve_siblings(deck_id, resolved.get(parent_path), names)
                for name, topic_id in zip(names, ids, strict=True):
                    resolved[(*parent_path, name)] = topic_id
        return resolved

    def _resolve_siblings(self, deck_id: int, parent_id: int | None, names: list[str]) -> list[int]:
        """Match the file's headings under one parent to stored topics.

        First by source_name (so user renames survive), then by current name among
        topics no heading claimed (a user-made topic, or one the user renamed to what
        the file now says), else a new topic, its name made unique if a rename took it.
        """
        conn = self._conn
        rows = conn.execute(
            "SELECT id, name, source_name, position FROM topics"
            " WHERE deck_id = ? AND parent_id IS ?",
            (deck_id, parent_id),
        ).fetchall()
        by_source = {r["source_name"]: r for r in rows if r["source_name"] is not None}
        result: list[int | None] = [None] * len(names)
        claimed: set[int] = set()
        for i, name in enumerate(names):
            if (row := by_source.get(name)) is not None:
                result[i] = row["id"]
                claimed.add(row["id"])
        for i, name in enumerate(names):
            if result[i] is not None:
                continue
            row = next((r for r in rows if r["name"] == name and r["id"] not in claimed), None)
            if row is not None:
                conn.execute("UPDATE topics SET source_name = ? WHERE id = ?", (name, row["id"]))
                result[i] = row["id"]
                claimed.add(row["id"])
        taken = {r["name"] for r in rows}
        for i, name in enumerate(names):
            if result[i] is not None:
                continue
            unique = _unique_name(name, taken)
            taken.add(unique)
            result[i] = conn.execute(
                "INSERT INTO topics (deck_id, parent_id, name, source_name, position)"
                " VALUES (?, ?, ?, ?, ?)",
                (deck_id, parent_id, unique, name, i),
            ).lastrowid
        ids = [topic_id for topic_id in result if topic_id is not None]
        conn.executemany(
            "UPDATE topics SET position = ? WHERE id = ? AND position != ?",
            [(i, topic_id, i) for i, topic_id in enumerate(ids)],
        )
        return ids
