"""A topic moved to another deck by hand (its deck_id changed in a database browser,
the way one would move it) while its questions stayed in their deck. The window lists
each deck's own topics, so those questions were in none of them: missing from the
topic tree without a word, their progress out of sight. The start now gives them a
topic of the same name in their own deck, keeps a copy of the file, and says so."""

from __future__ import annotations

import contextlib
import html
import sqlite3

import pytest

from studyapp import startup
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.store.test_hand_edited_tables import NOW, studied
from tests.ui.conftest import ScriptedMessages


def visible(store: Store) -> set[str]:
    """The questions the topic tree shows: those under a topic their deck lists."""
    shown = set()
    for deck in store.decks():
        topics = {t.id for t in store.topics(deck.id)}
        shown |= {q.id for q in store.questions(deck_id=deck.id) if q.topic_id in topics}
    return shown


@pytest.mark.parametrize("to_deck", ["a new deck", "the other deck"])
def test_questions_of_a_topic_moved_to_another_deck_show_again(tmp_path, to_deck):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    titles = studied(path)
    with Store.open(path) as store:
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # today's check is done
        reviews = len(store.reviews())
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("INSERT INTO decks (name, id_name) VALUES ('Other', 'Other')")
        if to_deck == "the other deck":  # the other deck has its own topic of that name
            conn.execute("INSERT INTO topics (deck_id, name) SELECT max(id), 'Models' FROM decks")
            conn.execute("UPDATE topics SET name = 'Models (moved)' WHERE name = 'Models'"
                         " AND deck_id = 1")  # fmt: skip
        conn.execute(
            "UPDATE topics SET deck_id = (SELECT max(id) FROM decks)"
            " WHERE id = (SELECT min(id) FROM topics WHERE deck_id = 1)"
        )

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        assert visible(opened.store) == set(titles)
        assert len(opened.store.reviews()) == reviews
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    assert kind == "warn" and "topic is in another deck" in html.unescape(text)
