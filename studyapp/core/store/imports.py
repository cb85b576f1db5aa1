"""The re-import policy: a parsed notes file becomes a deck, keeping all progress."""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from studyapp.core.paths import notes_gone
from studyapp.core.question_tags import stored_tags
from studyapp.core.reading import READING
from studyapp.core.store.base import StoreBase, _op
from studyapp.core.store.decks import DEFAULT_TOPIC
from studyapp.core.titles import normalize_title, question_id, question_ids
from studyapp.core.topic_names import display_name, one_spelling, topic_key
from studyapp.lazy import lazy

if TYPE_CHECKING:
    from studyapp.core.parsed import ImportSummary, ParsedDocument, ParsedQuestion

records = lazy("studyapp.core.parsed")  # an import's records, loaded by the first import


# What the import compares of each question of the deck.
_EXISTING_COLUMNS = (
    "id, topic_id, title, answer_hash, source_line, position, topic_locked, removed_at,"
    " end_line, source_file, deleted, edited, title_markup, tags, source_key"
)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _answer_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=4096)  # a deck has few distinct paths, each met many times
def _topic_path(raw: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(display_name(name) for name in raw if name.strip()) or (DEFAULT_TOPIC,)


# A question reworded in the file is still that question when its answer is the same
# as the old one's and no other's (and says enough to tell it apart), its title close
# or sharing a word of substance; or when both its title and its answer are this close
# to the old ones ("What is X?" and "What is Y?" are close titles, not answers).
RETITLE_MIN_ANSWER = 20  # characters
# How often a long import looks whether it was cancelled (import_document's `between`):
# a 58,000-question file took 25 s to save, and a cancel waited for all of it. It is
# told how many are saved too: the bar sat at "Saving 80 %" all that time.
BETWEEN_EVERY = 100
RETITLE_SIMILARITY = 88  # rapidfuzz ratio of the normalized titles, out of 100
RETITLE_LOOSE_SIMILARITY = 75  # the same answer: a title this close is the same question
RETITLE_ANSWER_SIMILARITY = 60  # and of the answers (their first 2,000 characters)
RETITLE_REACH = 50  # places in the file a reworded question may have moved
# An answer this close to the old one's (a word changed) is that question's when the
# titles share a word of substance ("What is a generator?" → "How do generators work?").
RETITLE_CLOSE_ANSWER = 90
RETITLE_LOOSE_REACH = 5  # places such a question may have moved
# Words every question has: two titles sharing only these share nothing.
_PLAIN_TITLE_WORDS = frozenset(
    str.split(
        "a an and are as at be by can do does for from how in is it of on or the to vs was"
        " what when where which who why with you your explain describe define tell about"
        " work works mean difference between"
    )
)


def within(one: set[str], other: set[str]) -> bool:
    """Whether one title's words of substance are all among the other's: a title
    reworded ("What is a generator?" → "How do generators work in Python?") keeps them,
    another question's ("left join" for "right join") trades one for another."""
    return bool(one) and bool(other) and (one <= other or other <= one)


def _substance(title: str) -> set[str]:
    """A title's words of substance, by stem ("metaclasses" shares "metaclass")."""
    from studyapp.core.keymatch import stem

    return {stem(w) for w in title.split() if len(w) > 2 and w not in _PLAIN_TITLE_WORDS}


def respelled(title: str, old: str) -> bool:
    """Whether the words of substance one title has and the other lacks are the same
    words spelled otherwise, the other title maybe saying more (as `within`): split or
    joined ("overfitting" → "over-fitting", "hashmap" → "hash map") or one typo apart
    in a word of five letters or more ("genrator" → "generator"). Another subject
    trades a word for another ("min" → "max", "encoder" → "decoder", "supervised" →
    "unsupervised", "CNN" → "RNN"): two edits or more, or a short word changed."""
    from studyapp.core.keymatch import stem

    words = [[w for w in t.split() if w not in _PLAIN_TITLE_WORDS] for t in (title, old)]
    stems = [{stem(w) for w in side} for side in words]
    one, other = ([w for w in side if stem(w) not in stems[1 - n]] for n, side in enumerate(words))
    if not one or not other:
        return False
    return _spelled_in(one, other) or _spelled_in(other, one)


RESPELLED_WORDS = 8  # words of a title's rest looked at for a respelled run (titles are short)


def _spelled_in(words: list[str], other: list[str]) -> bool:
    """Whether `words`, joined, are a run of whole words of `other`, joined, spelled
    alike ("overfitting" in "over fitting in practice"; not "supervised" in
    "unsupervised")."""
    from rapidfuzz.distance import OSA

    joined = "".join(words)
    runs = (
        "".join(other[start:end])
        for start in range(min(len(other), RESPELLED_WORDS))
        for end in range(start + 1, min(len(other), start + RESPELLED_WORDS) + 1)
    )
    return any(
        run == joined
        or (min(len(run), len(joined)) >= 5 and OSA.distance(run, joined, score_cutoff=1) <= 1)
        for run in runs
    )


def _numbered(title: str) -> set[str]:
    """A title's words with a digit ("1nf", "http2", "3"): told apart by them alone."""
    return {w for w in title.split() if any(c.isdigit() for c in w)}


def _by_source_key(
    doc: ParsedDocument, gone: dict[str, sqlite3.Row], fresh: list[int]
) -> dict[int, str]:
    """A note of the notes' app (its source_key: an Anki note's guid) that was one
    question and is read as several now (a cloze note, a question per card): its old
    question's id goes to the first of them (card 1, whose history the one question
    had), where no question of the note keeps an id of its own. Taken from `gone`."""
    from studyapp.core.parse.anki_cloze import key_parts  # (the note's: its cards share it)

    def note(key: str) -> str:
        return key_parts(key)[0] if key else ""

    keys = Counter(note(row["source_key"]) for row in gone.values() if row["source_key"])
    new = set(fresh)
    kept = {note(q.source_key) for i, q in enumerate(doc.questions) if i not in new}
    matched: dict[int, str] = {}
    by_key = {
        note(row["source_key"]): qid
        for qid, row in gone.items()
        if row["source_key"] and keys[note(row["source_key"])] == 1
    }
    for i in fresh:
        key = note(doc.questions[i].source_key)
        if key and key in by_key and key not in kept:
            matched[i] = by_key.pop(key)
            del gone[matched[i]]
    return matched


def _retitled(
    ids: list[str],
    doc: ParsedDocument,
    existing: dict[str, sqlite3.Row],
    stored_answer: Callable[[str], str],
) -> dict[int, str]:
    """The questions of `doc` (by index) that are questions of `existing` reworded in
    the file (a typo fixed, a title made clearer), with the id each keeps, and so its
    progress: an old question the import would otherwise remove.

    First by answer: the same answer as one old question's, and no other question's
    on either side (a placeholder answer proves nothing), the titles close or sharing
    a word of substance. Then, for the rest, by title and answer both close, within
    RETITLE_REACH places, the closest pairs first; there, titles that differ in a
    number ("1NF" and "3NF") are never the same, nor titles that trade a word of
    substance for another, but for a word only respelled (`respelled`: a typo fixed,
    a word split in two) by a question within RETITLE_LOOSE_REACH places. Each old
    question is taken once; linear in the deck, but for the close pairs within reach."""
    present = set(ids)
    gone = {
        qid: row
        for qid, row in existing.items()
        if qid not in present and row["removed_at"] is None and not row["deleted"]
    }
    fresh = [i for i, qid in enumerate(ids) if qid not in existing]
    if not gone or not fresh:
        return {}
    from rapidfuzz import fuzz

    titles = {i: normalize_title(doc.questions[i].title) for i in fresh}
    old_titles = {qid: normalize_title(row["title"]) for qid, row in gone.items()}

    substance, numbered = functools.cache(_substance), functools.cache(_numbered)
    answers: dict[str, str] = {}  # an old question's answer, read once

    def same_subject(title: str, old: str) -> bool:
        return bool(substance(title) & substance(old)) or (
            fuzz.ratio(title, old, score_cutoff=RETITLE_LOOSE_SIMILARITY) > 0
        )

    matched = _by_source_key(doc, gone, fresh)
    fresh_by_answer: dict[str, list[int]] = {}
    for i in fresh:
        answer = doc.questions[i].answer_markdown
        if len(answer.strip()) >= RETITLE_MIN_ANSWER:
            fresh_by_answer.setdefault(_answer_hash(answer), []).append(i)
    gone_by_answer: dict[str, list[str]] = {}
    for qid, row in gone.items():
        gone_by_answer.setdefault(row["answer_hash"], []).append(qid)
    for digest, (i, *others) in fresh_by_answer.items():
        if i in matched:
            continue
        olds = gone_by_answer.get(digest, [])
        if others or len(olds) != 1:
            continue  # shared by several: a placeholder, not one question's answer
        (qid,) = olds
        if same_subject(titles[i], old_titles[qid]):
            matched[i] = qid
            del gone[qid]

    by_place: dict[int, list[str]] = {}
    for qid, row in gone.items():
        by_place.setdefault(row["position"], []).append(qid)
    pairs: list[tuple[float, int, int, str]] = []
    for i in fresh:
        answer = doc.questions[i].answer_markdown
        if i in matched or len(answer.strip()) < RETITLE_MIN_ANSWER:
            continue
        for place in range(i - RETITLE_REACH, i + RETITLE_REACH + 1):
            for qid in by_place.get(place, ()):
                title, old = titles[i], old_titles[qid]
                if numbered(title) != numbered(old):
                    continue
                closeness = fuzz.ratio(title, old)
                close = closeness >= RETITLE_SIMILARITY
                near = abs(place - i) <= RETITLE_LOOSE_REACH
                if not (close or (near and same_subject(title, old))):
                    continue
                if not (
                    within(substance(title), substance(old)) or (near and respelled(title, old))
                ):
                    continue  # "left join" / "right join", "min-heap" / "max-heap": another
                if qid not in answers:
                    answers[qid] = stored_answer(qid)
                old_answer = answers[qid]
                if len(old_answer.strip()) < RETITLE_MIN_ANSWER:
                    continue
                need = RETITLE_ANSWER_SIMILARITY if close else RETITLE_CLOSE_ANSWER
                if fuzz.ratio(answer[:2000], old_answer[:2000], score_cutoff=need) > 0:
                    pairs.append((-closeness, abs(place - i), i, qid))
    for _closeness, _distance, i, qid in sorted(pairs):
        if i not in matched and qid in gone:
            matched[i] = qid
            del gone[qid]
    return matched


def _letters(text: str) -> str:
    """Letters and digits only, in any case: "SQL" and "sql" read the same."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _more_words(file_title: str, name: str) -> str:
    """The words of a file's title that its deck's name lacks, as written: what the
    file's name adds to tell two decks of one name apart ("Interview Prep" of "SQL
    Interview Prep" beside "SQL"; none of "ML Prep" beside "ML Interview Prep", which
    was suggested as "ML Interview Prep (ML Prep)"). Small words alone add nothing."""
    from studyapp.core.deck_names import SMALL_WORDS

    had = {_letters(word) for word in name.split()}
    more = [word for word in file_title.split() if _letters(word) not in had]
    return " ".join(more) if any(w.casefold() not in SMALL_WORDS for w in more) else ""


def _unique_name(name: str, taken: set[str]) -> str:
    """`name`, or `name (2)`…, whose key (core.topic_names) is none of `taken`."""
    candidate, n = name, 2
    while topic_key(candidate) in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


class ImportsPart(StoreBase):
    # --- import ----------------------------------------------------------------

    @_op
    def moved_deck_name(self, doc: ParsedDocument, source_hash: str) -> str | None:
        """The deck `doc` (notes read from a new place, their hash `source_hash`) is the
        moved notes of, as an import of it takes it over; None where it is none."""
        row = self._moved_deck(doc, source_hash)
        return None if row is None else row["name"]

    def _moved_deck(self, doc: ParsedDocument, source_hash: str) -> sqlite3.Row | None:
        """The deck of the notes' name whose file is gone, where the notes are its own,
        moved or renamed (core.moved_notes: the same bytes, or most of its questions);
        another file that only shares its name is not."""
        from studyapp.core.moved_notes import moved_notes

        row = self._conn.execute(
            "SELECT id, name, source_hash, read_by, source_path, id_name, source_missing"
            " FROM decks WHERE name = ?",
            (doc.deck_name.strip(),),
        ).fetchone()
        if row is None or not notes_gone(row["source_path"]):
            return None  # the bundled deck is never "moved": a CSV of it took it over
        names: dict[str, set[str]] = {}
        for r in self._conn.execute(
            "SELECT id, norm_title FROM questions WHERE deck_id = ? AND removed_at IS NULL"
            " AND NOT deleted UNION ALL SELECT a.question_id, a.norm_title"
            " FROM question_aliases a JOIN questions q ON q.id = a.question_id"
            " WHERE a.deck_id = ? AND q.removed_at IS NULL AND NOT q.deleted",
            (row["id"], row["id"]),
        ):
            names.setdefault(r[0], set()).add(r[1])
        titles = {normalize_title(q.title) for q in doc.questions}
        same_bytes = row["source_hash"] == source_hash
        return row if moved_notes(names.values(), titles, same_bytes=same_bytes) else None

    @_op
    def free_deck_name(self, name: str, source_path: str) -> str:
        """The name a new deck from `source_path` gets: `name`, else `name (file)`."""
        return self._free_deck_name(name, source_path)

    def _free_deck_name(self, name: str, source_path: str) -> str:
        """`name`, or, when another file's deck has it, `name (File Name)`: the words of
        the file's name as a title (core.deck_names) that the name lacks, as a person
        tells the two apart. Where that says nothing more than the name ("SQL" from
        sql.md, which read "SQL (sql)"; "ML Prep" beside "ML Interview Prep"), or is
        taken too, the name is numbered: "SQL (2)". Only a new deck is named
        here: an existing deck's name never changes.

        A renamed deck keeps the name its question ids were made from (`id_name`):
        that name stays taken too, or a new deck would make the same ids."""
        from studyapp.core.deck_names import name_title

        taken: set[str] = set()  # in any case, as decks are found by name (rename_deck)
        for row in self._conn.execute("SELECT name, id_name FROM decks"):
            taken.update(n.casefold() for n in (row["name"], row["id_name"]) if n)
        if name.casefold() not in taken:
            return name
        stem = source_path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        file_title = name_title(stem) if stem.strip() else ""
        if (more := _more_words(file_title, name)) and _letters(file_title) not in _letters(name):
            candidate = f"{name} ({more})"
            if candidate.casefold() not in taken:
                return candidate
        number = 2
        while (candidate := f"{name} ({number})").casefold() in taken:
            number += 1
        return candidate

    @_op
    def import_document(
        self,
        doc: ParsedDocument,
        source_path: str,
        source_hash: str,
        *,
        force: bool = False,
        between: Callable[[int], None] | None = None,
        siblings: Mapping[str, ParsedQuestion] | None = None,
    ) -> ImportSummary:
        """Store a parsed notes file as the deck `doc.deck_name`, keeping all progress.

        Questions are matched by stable id (deck + normalized title + duplicate index;
        duplicates of a title told apart by answer or topic, store.same_titles):
        new ones are added, changed ones updated in place (their cards, reviews and a
        user-chosen topic kept), missing ones soft-removed (their history is kept for
        when they come back; a returning question counts as `back`). The deck is keyed by
        source file: two files with the same title are two decks (the second one's
        name gets its file name added), and a re-import keeps its deck's name.
        Unless `force`, a file with the hash of the last import is skipped.
        `between(done)` is called every BETWEEN_EVERY questions, `done` of them saved:
        what it raises (a cancel) rolls the whole import back, nothing of it written.
        A question follows its note's key (an Anki note's guid) from another deck
        (core.store.note_moves); `siblings`: the questions of every deck the same
        import reads from the file, by their notes' keys (importer.notes_by_key).
        """
        deck_name = doc.deck_name.strip()
        if not deck_name:
            raise ValueError("a document needs a deck name")
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                "SELECT id, name, source_hash, read_by, id_name, source_missing FROM decks"
                " WHERE source_path = ?",
                (source_path,),
            ).fetchone()
            if row is None:
                row = self._moved_deck(doc, source_hash)
            deck_name = row["name"] if row else self._free_deck_name(deck_name, source_path)
            if (
                row is not None
                and not force
                and row["source_hash"] == source_hash
                and row["read_by"] == READING
            ):
                if row["source_missing"]:  # read just now: its notes are there
                    self._log.decks = True
                    conn.execute("UPDATE decks SET source_missing = 0 WHERE id = ?", (row["id"],))
                return records.ImportSummary(deck_name, skipped_unchanged_file=True)
            self._log.decks = self._log.topics = True
            now = _now_iso()
            if row is None:
                deck_id = conn.execute(
                    "INSERT INTO decks (name, source_path, source_hash, imported_at, id_name,"
                    " read_by) VALUES (?, ?, ?, ?, ?, ?)",
                    (deck_name, source_path, source_hash, now, deck_name, READING),
                ).lastrowid
            else:
                deck_id = row["id"]
                conn.execute(
                    # Its notes read just now are there: no longer "source missing"
                    # (the CLI's import left it so; only the window's watch cleared it).
                    "UPDATE decks SET source_path = ?, source_hash = ?, imported_at = ?,"
                    " read_by = ?, source_missing = 0 WHERE id = ?",
                    (source_path, source_hash, now, READING, deck_id),
                )
            assert deck_id is not None

            # (names of one topic spelled alike: core.topic_names)
            paths = one_spelling([_topic_path(tuple(q.topic_path)) for q in doc.questions])
            topic_ids = self._resolve_topics(deck_id, paths)
            existing = {
                r["id"]: r
                for r in conn.execute(
                    f"SELECT {_EXISTING_COLUMNS} FROM questions WHERE deck_id = ?", (deck_id,)
                )
            }
            # A renamed deck's questions keep the ids they got under its first name.
            id_name = (row["id_name"] if row is not None else "") or deck_name
            from studyapp.core.store import note_moves, same_titles  # an import's, not a start's
            from studyapp.core.title_marks import marked

            # Questions whose notes this import reads into another deck of the file:
            # that deck takes them (core.store.note_moves), this one leaves them be.
            kept_for_others = note_moves.reserved(
                conn, deck_id, source_path, existing, siblings or {}, doc
            )

            topics = [topic_ids[path] for path in paths]
            plain = question_ids(id_name, (q.title for q in doc.questions))
            ids = self._with_aliases(deck_id, list(plain), doc)
            # Questions sharing a title keep their own ids by answer or topic, not by
            # their order in the file (core.store.same_titles).
            ids = same_titles.by_content(
                ids,
                plain,
                [normalize_title(q.title) for q in doc.questions],
                [_answer_hash(q.answer_markdown) for q in doc.questions],
                topics,
                existing,
                normalize_title,
                lambda i, k: question_id(id_name, doc.questions[i].title, k),
            )
            # A note another deck holds (moved in Anki to another top deck) brings its
            # question here, its progress kept (core.store.note_moves).
            ids = note_moves.follow(
                conn,
                deck_id,
                source_path,
                doc.questions,
                ids,
                existing,
                topics,
                kept_for_others,
                lambda i, n: question_id(id_name, doc.questions[i].title, -n),
                lambda qid: conn.execute(
                    f"SELECT {_EXISTING_COLUMNS} FROM questions WHERE id = ?", (qid,)
                ).fetchone(),
            )
            # A question reworded in the file keeps its id, and keeps it: its new title
            # becomes an alias of the id, as an edit made in the app does.
            mine = {k: v for k, v in existing.items() if k not in kept_for_others}
            for i, qid in _retitled(ids, doc, mine, self._stored_answer).items():
                ids[i] = qid
                conn.execute(
                    "INSERT OR REPLACE INTO question_aliases (deck_id, norm_title, question_id)"
                    " VALUES (?, ?, ?)",
                    (deck_id, normalize_title(doc.questions[i].title), qid),
                )
            new = back = updated = unchanged = kept_edits = 0
            for position, (qid, parsed, path) in enumerate(
                zip(ids, doc.questions, paths, strict=True)
            ):
                if between is not None and position % BETWEEN_EVERY == 0:
                    between(position)
                values = {
                    "id": qid,
                    "deck_id": deck_id,
                    "topic_id": topic_ids[path],
                    "title": parsed.title,
                    "title_markup": marked(parsed.title, parsed.raw_title),
                    "norm_title": normalize_title(parsed.title),
                    "answer_markdown": parsed.answer_markdown,
                    "answer_hash": _answer_hash(parsed.answer_markdown),
                    "source_line": parsed.source_line,
                    "position": position,
                    "end_line": parsed.end_line,
                    "source_file": parsed.source_file,
                    "tags": stored_tags(parsed.tags),
                    "source_key": parsed.source_key,
                }
                old = existing.get(qid)
                if old is None:
                    conn.execute(
                        "INSERT INTO questions (id, deck_id, topic_id, title, norm_title,"
                        " answer_markdown, answer_hash, source_line, position, end_line,"
                        " source_file, title_markup, tags, source_key) VALUES (:id, :deck_id,"
                        " :topic_id, :title, :norm_title, :answer_markdown, :answer_hash,"
                        " :source_line, :position, :end_line, :source_file, :title_markup,"
                        " :tags, :source_key)",
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
                    # Edited in the app where the file could not take it: the edit wins,
                    # and the summary says so where the file's text differs.
                    theirs = (values["title"], values["answer_hash"])
                    values["title"], values["answer_hash"] = old["title"], old["answer_hash"]
                    values["title_markup"] = old["title_markup"]
                    if theirs != (values["title"], values["answer_hash"]):
                        kept_edits += 1
                text_changed = old["title"] != values["title"] or (
                    old["answer_hash"] != values["answer_hash"]
                )
                moved = old["topic_id"] != values["topic_id"]
                # its notes' tags, read again: a re-import writes them as they are now
                retagged = old["tags"] != values["tags"]
                restored = old["removed_at"] is not None
                shifted = (
                    old["source_line"],
                    old["position"],
                    old["end_line"],
                    old["source_file"],
                ) != (parsed.source_line, position, parsed.end_line, parsed.source_file)
                # the title's code marks only (a store from before they were kept): its
                # row takes them, and the question counts as unchanged
                shifted |= old["title_markup"] != values["title_markup"]
                shifted |= old["source_key"] != values["source_key"]  # (as unchanged, too)
                if old["edited"] and (text_changed or moved or restored or shifted or retagged):
                    self._log.questions.add(qid)
                    conn.execute(
                        "UPDATE questions SET topic_id = :topic_id, source_line = :source_line,"
                        " position = :position, end_line = :end_line, tags = :tags,"
                        " source_key = :source_key, source_file = :source_file,"
                        " removed_at = NULL WHERE id = :id",
                        values,
                    )
                elif text_changed or moved or restored or shifted or retagged:
                    self._log.questions.add(qid)
                    conn.execute(
                        "UPDATE questions SET topic_id = :topic_id, title = :title,"
                        " title_markup = :title_markup,"
                        " norm_title = :norm_title, answer_markdown = :answer_markdown,"
                        " answer_hash = :answer_hash, source_line = :source_line,"
                        " position = :position, end_line = :end_line,"
                        " source_file = :source_file, tags = :tags, source_key = :source_key,"
                        " removed_at = NULL WHERE id = :id",
                        values,
                    )
                if text_changed:
                    self._fts_put(qid, parsed.title, parsed.answer_markdown)
                if old["answer_hash"] != values["answer_hash"]:
                    conn.execute("DELETE FROM rendered_cache WHERE question_id = ?", (qid,))
                if restored:  # its progress kept while it was gone: not new
                    back += 1
                elif text_changed or moved or retagged:
                    updated += 1
                else:
                    unchanged += 1

            present = set(ids)
            gone = [
                (now, qid)
                for qid, r in existing.items()
                if r["removed_at"] is None and qid not in present and qid not in kept_for_others
            ]
            conn.executemany("UPDATE questions SET removed_at = ? WHERE id = ?", gone)
            self._log.questions.update(qid for _, qid in gone)
        return records.ImportSummary(
            deck_name,
            new,
            updated,
            unchanged,
            len(gone),
            kept_edits=kept_edits,
            back=back,
            removed_ids=tuple(qid for _, qid in gone),
        )

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

        Names are compared as topics are (core.topic_names: case and spacing aside).
        First by source_name (so user renames survive; of two stored topics one name
        now stands for, the one spelled as the file spells it, else the first: the
        file's questions all go to it, and the other is left without them), then by
        current name among topics no heading claimed (a user-made topic, or one the
        user renamed to what the file now says), else a new topic, its name made
        unique if a rename took it. A topic the file respells takes the file's
        spelling, unless the person renamed it in the app.
        """
        conn = self._conn
        rows = conn.execute(
            "SELECT id, name, source_name, position FROM topics"
            " WHERE deck_id = ? AND parent_id IS ? ORDER BY position, id",
            (deck_id, parent_id),
        ).fetchall()
        by_source: dict[str, list[sqlite3.Row]] = {}
        for r in rows:
            if r["source_name"] is not None:
                by_source.setdefault(topic_key(r["source_name"]), []).append(r)
        result: list[int | None] = [None] * len(names)
        claimed: set[int] = set()
        for i, name in enumerate(names):
            same = by_source.get(topic_key(name), [])
            row = next((r for r in same if r["source_name"] == name), same[0] if same else None)
            if row is not None:
                result[i] = row["id"]
                claimed.add(row["id"])
                if row["source_name"] != name:
                    self._respelled(row, name, rows)
        by_name: dict[str, list[sqlite3.Row]] = {}
        for r in rows:
            by_name.setdefault(topic_key(r["name"]), []).append(r)
        for i, name in enumerate(names):
            if result[i] is not None:
                continue
            same = by_name.get(topic_key(name), [])
            row = next((r for r in same if r["id"] not in claimed), None)
            if row is not None:
                conn.execute("UPDATE topics SET source_name = ? WHERE id = ?", (name, row["id"]))
                result[i] = row["id"]
                claimed.add(row["id"])
        taken = set(by_name)
        for i, name in enumerate(names):
            if result[i] is not None:
                continue
            unique = _unique_name(name, taken)
            taken.add(topic_key(unique))
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

    def _respelled(self, row: sqlite3.Row, name: str, siblings: list[sqlite3.Row]) -> None:
        """A stored topic the file now spells `name` ("system design" for "System
        Design"): it is that topic, shown as the file spells it where the person did not
        rename it in the app and no sibling is already shown so."""
        conn = self._conn
        conn.execute("UPDATE topics SET source_name = ? WHERE id = ?", (name, row["id"]))
        if row["name"] == row["source_name"] and all(r["name"] != name for r in siblings):
            conn.execute("UPDATE topics SET name = ? WHERE id = ?", (name, row["id"]))
