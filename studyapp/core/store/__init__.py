"""The SQLite store: schema, migrations, imports, queries. The only package that writes SQL
(and the only one that imports sqlite3).

One `Store` wraps one connection. Every public method is one user action and runs
in one transaction (`transaction()`: BEGIN IMMEDIATE … COMMIT, ROLLBACK on any
exception), so a crash or an error mid-way never leaves half an import or a review
without its card. Environment failures (locked, unreadable, full disk) come out as
`StoreError` with a plain message and a hint; anything else is a bug and propagates.

Durability: WAL with `synchronous=FULL`. NORMAL would also keep the file
consistent, but a power cut could then drop the last few commits, i.e. grades the
user already saw saved. Writes happen at human pace (one per grade, one per
import), so the extra fsync per commit costs nothing anyone can notice.

`Store` is composed of one part per area, each in its own module:
  changes.py  what a write changed (Store.last_changes), for views to refresh only that
  errors.py   StoreError and SQLite's environment failures in plain words
  schema.py   the schema, its migrations (PRAGMA user_version) and the connection
  base.py     the connection, its lock and transactions
  imports.py  the re-import policy (a notes file becomes a deck, keeping progress)
  decks.py    decks, topics, questions, search and the person's edits
  deckops.py  renaming and removing decks, suspend, delete with undo, text edits,
              PRAGMA data_version
  reviews.py  cards and reviews
  buried.py   questions buried until the next study day (Anki's Bury)
  mocks.py    mock interviews
  kv.py       settings and the rendered-HTML cache
  backup.py   naming, listing, checking and restoring backups (core.backup uses it)
  backup_writer.py  making a backup file
  swap.py     database files copied, put in place and moved aside
  header.py   the file's header read without SQLite: a database at all, and whole?
  recovery.py opening a store safely, repairing damage from a backup
  daily_check.py  the full check and the repairs in place that lose nothing
  rescue.py   a damaged store's way back: its salvage, a backup, or a fresh store
  location.py where the store's file really is (a symbolic link), and whether it is there
  side_files.py  a log or journal beside the store that another database left there
  pages.py    rows read from leaf pages no b-tree reaches (a lost root), for the salvage
  health.py   the full checks of a database file, and the repairs that need no backup;
              search_index.py and row_repairs.py hold those of the search index and of rows,
              repeated_reviews.py that of reviews recorded twice, unread_settings.py
              that of preferences whose stored value cannot be read
"""

from __future__ import annotations

from studyapp.core.store.base import StoreBase
from studyapp.core.store.buried import BuriedPart
from studyapp.core.store.changes import Changes
from studyapp.core.store.deckops import DeckOpsPart, DeckRemoval
from studyapp.core.store.decks import DEFAULT_TOPIC, DecksPart, QuestionPlace
from studyapp.core.store.errors import StoreBusy, StoreError, translate_error
from studyapp.core.store.imports import ImportsPart
from studyapp.core.store.kv import KeyValuePart
from studyapp.core.store.mocks import (
    MOCK_STATES,
    MockAnswerRecord,
    MockNote,
    MockReview,
    MockSessionRecord,
    MockSessionStats,
    MocksPart,
    WeakMockAttempt,
)
from studyapp.core.store.reviews import REVIEW_MODES, CardInfo, ReviewsPart
from studyapp.core.store.schema import (
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    SCHEMA_VERSION,
    connect,
    migrate,
    schema_version,
)
from studyapp.core.store.word_search import fts_query, marked_words, search_words

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DEFAULT_TOPIC",
    "MIGRATIONS",
    "MOCK_STATES",
    "REVIEW_MODES",
    "SCHEMA_VERSION",
    "CardInfo",
    "Changes",
    "DeckRemoval",
    "MockAnswerRecord",
    "MockNote",
    "MockReview",
    "MockSessionRecord",
    "MockSessionStats",
    "QuestionPlace",
    "Store",
    "StoreBusy",
    "StoreError",
    "WeakMockAttempt",
    "connect",
    "fts_query",
    "marked_words",
    "migrate",
    "schema_version",
    "search_words",
    "translate_error",
]


class Store(
    ImportsPart,
    DeckOpsPart,
    DecksPart,
    ReviewsPart,
    BuriedPart,
    MocksPart,
    KeyValuePart,
    StoreBase,
):
    """The app's database. Open with `Store.open(path)`; use as a context manager or close()."""
