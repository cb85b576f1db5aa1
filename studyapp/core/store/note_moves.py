"""A question follows its note from one deck to another, by the key the notes' own app
knows the note by (questions.source_key: an Anki note's guid, a cloze card's key).

A note moved in Anki from one top-level deck to another keeps its guid: it is the same
note. Each top deck of a package is a deck here (core.importer.deck_parts), and
questions are found by deck and title, so the note was a new question in the deck it
went to, its reviews, flag and mock answers left with a question removed from the deck
it left. Its question now goes with it, into the new deck and topic, progress and all.

A question of another deck is taken by its key where that deck is read from the same
file (the file is read whole: a note sits in one of its decks only), or where it is
gone from its deck's notes (another file that no longer has it). Never from a deck
whose notes still hold it: two exports of one note are two decks, studied apart. The
deck the note left keeps the question until the deck it went to takes it in the same
import (`reserved`), so it is neither "removed" there nor "new" here, whichever of the
two decks is read first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from studyapp.core.deck_sources import source_file
from studyapp.core.store.imports import _answer_hash
from studyapp.core.titles import normalize_title

if TYPE_CHECKING:
    from studyapp.core.parsed import ParsedDocument, ParsedQuestion

_BATCH = 500  # ids looked up in one statement


def _held_elsewhere(
    conn: sqlite3.Connection, deck_id: int, keys: set[str]
) -> dict[str, list[sqlite3.Row]]:
    """Key → the questions of other decks with that key (with their title, answer hash,
    whether removed, and their deck's source_path); none read where `keys` is empty."""
    if not keys:
        return {}
    held: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute(
        "SELECT q.id, q.source_key, q.norm_title, q.answer_hash, q.removed_at, d.source_path"
        " FROM questions q JOIN decks d ON d.id = q.deck_id"
        " WHERE q.deck_id != ? AND q.source_key != ''",
        (deck_id,),
    ):
        if row["source_key"] in keys:
            held.setdefault(row["source_key"], []).append(row)
    return held


def _alike(norm_title: str, answer_hash: str, question: ParsedQuestion) -> bool:
    """Whether a stored question is `question` by what it says as well: its title or its
    answer the same. A note moved is the same note; a key that now names something else
    entirely (a tool that numbers its notes' keys by their place) is not followed."""
    return norm_title == normalize_title(question.title) or answer_hash == _answer_hash(
        question.answer_markdown
    )


def reserved(
    conn: sqlite3.Connection,
    deck_id: int,
    source_path: str,
    existing: Mapping[str, sqlite3.Row],
    siblings: Mapping[str, ParsedQuestion],
    doc: ParsedDocument,
) -> set[str]:
    """The ids of this deck's questions whose notes the import reads into another deck
    of the same file (`siblings`, by key, less `doc`'s own), alike there, where no other
    deck of the file has a question of the key: that deck takes them (`follow`)."""
    own = {q.source_key for q in doc.questions}
    mine = {
        row["source_key"]: qid
        for qid, row in existing.items()
        if (moved := siblings.get(row["source_key"])) is not None
        and row["source_key"] not in own
        and _alike(normalize_title(row["title"]), row["answer_hash"], moved)
    }
    if not mine:
        return set()
    here = source_file(source_path)
    held = _held_elsewhere(conn, deck_id, set(mine))
    return {
        qid
        for key, qid in mine.items()
        if not any(source_file(r["source_path"]) == here for r in held.get(key, ()))
    }


def follow(
    conn: sqlite3.Connection,
    deck_id: int,
    source_path: str,
    questions: Sequence[ParsedQuestion],
    ids: list[str],
    existing: dict[str, sqlite3.Row],
    topics: Sequence[int],
    kept_for_others: set[str],
    fresh_id: Callable[[int, int], str],
    read_row: Callable[[str], sqlite3.Row],
) -> list[str]:
    """`ids` (the questions' ids, by their titles) where a question's note (its
    source_key) is a question of another deck this one takes (see the module), alike
    (`_alike`): that question, moved here, into topic `topics[i]` (a topic chosen in the
    other deck is not this deck's), its row put in `existing`. A question whose id by
    title is another's (a question of another deck, or one of this deck's
    `kept_for_others` of another note) gets an id of its own: `fresh_id(i, n)`, the
    first n from 1 that no one else has."""
    keys = [q.source_key for q in questions]
    mine = {row["source_key"] for row in existing.values() if row["source_key"]}
    wanted = {key for key in keys if key and key not in mine}
    here = source_file(source_path)
    held = _held_elsewhere(conn, deck_id, wanted)
    out = list(ids)
    for i, key in enumerate(keys):
        if key not in held:
            continue
        rows = [r for r in held.pop(key) if _alike(r["norm_title"], r["answer_hash"], questions[i])]
        same = [r for r in rows if source_file(r["source_path"]) == here]
        gone = [r for r in rows if r["removed_at"] is not None]
        found = same if len(same) == 1 else gone if len(gone) == 1 and not same else []
        if not found:
            continue  # none alike, or several copies of the note: whose is unknown
        qid = found[0]["id"]
        conn.execute(
            "UPDATE questions SET deck_id = ?, topic_locked = 0 WHERE id = ?", (deck_id, qid)
        )
        conn.execute(
            "UPDATE OR REPLACE question_aliases SET deck_id = ? WHERE question_id = ?",
            (deck_id, qid),
        )
        existing[qid] = read_row(qid)  # its topic the old one: the import says it moved
        # (in a topic of this deck even where the import leaves it be: deleted here)
        conn.execute("UPDATE questions SET topic_id = ? WHERE id = ?", (topics[i], qid))
        out[i] = qid
    return _own_ids(conn, deck_id, keys, out, existing, kept_for_others, fresh_id)


def _own_ids(
    conn: sqlite3.Connection,
    deck_id: int,
    keys: Sequence[str],
    ids: list[str],
    existing: Mapping[str, sqlite3.Row],
    kept_for_others: set[str],
    fresh_id: Callable[[int, int], str],
) -> list[str]:
    """`ids`, each a question of this deck or none yet: an id by title that is a
    question of another deck (it followed its note there), or one of `kept_for_others`
    of another note, is given up for `fresh_id`'s first free one."""
    others = _of_other_decks(conn, deck_id, (qid for qid in ids if qid not in existing))
    clash = [
        i
        for i, qid in enumerate(ids)
        if qid in others or (qid in kept_for_others and existing[qid]["source_key"] != keys[i])
    ]
    if not clash:
        return ids
    taken = set(ids) | others | kept_for_others
    for i in clash:
        n = 1
        while (candidate := fresh_id(i, n)) in taken or _of_other_decks(
            conn, deck_id, (candidate,)
        ):
            n += 1
        ids[i] = candidate
        taken.add(candidate)
    return ids


def _of_other_decks(conn: sqlite3.Connection, deck_id: int, qids: Iterable[str]) -> set[str]:
    """Those of `qids` that are questions of another deck."""
    wanted = list(qids)
    found: set[str] = set()
    for start in range(0, len(wanted), _BATCH):
        batch = wanted[start : start + _BATCH]
        marks = ", ".join("?" * len(batch))
        found.update(
            r[0]
            for r in conn.execute(
                f"SELECT id FROM questions WHERE id IN ({marks}) AND deck_id != ?",
                (*batch, deck_id),
            )
        )
    return found
