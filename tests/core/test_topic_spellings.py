"""Topic names that differ only in case or spacing are one topic, shown as first spelled.

"System Design" in one heading and "system design" in another, a sheet's label column
holding "Machine Learning" and "machine  learning", two files of a folder titled
"SYSTÈME" and "Système", a re-import that respells a heading: the tree shows one topic
holding all their questions, not two side by side. A store that already holds two such
topics makes them one on the deck's next import, every question keeping its progress.
"""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file, parse_notes
from studyapp.core.store import Store
from studyapp.core.store.errors import StoreError
from tests.helpers.cards import record


@pytest.fixture
def store(tmp_path):
    (tmp_path / "data").mkdir()
    with Store.open(tmp_path / "data" / "studyapp.sqlite3") as opened:
        yield opened


def _tree(store: Store) -> dict[str, list[str]]:
    """Topic name → the titles of its questions, as the topic tree shows them (of the
    store's one deck)."""
    (deck,) = store.decks()
    topics = {t.id: t.name for t in store.topics(deck.id)}
    tree: dict[str, list[str]] = {name: [] for name in topics.values()}
    for q in store.questions(deck_id=deck.id):
        tree[topics[q.topic_id]].append(q.title)
    return {name: titles for name, titles in tree.items() if titles}


HEADINGS = """# Interview

## System Design

### What is a load balancer?

It spreads requests over several servers.

## Databases

### What is an index?

A structure that speeds up lookups.

## system  design

### What is sharding?

Splitting data across machines by a key.

## SYSTÈME

### Qu'est-ce qu'un cache ?

Une mémoire rapide devant une plus lente.

## Système

### Qu'est-ce qu'une file d'attente ?

Une structure où le premier entré est le premier sorti.
"""


def test_headings_spelled_otherwise_are_one_topic_named_as_first_written(store, tmp_path):
    notes = tmp_path / "interview.md"
    notes.write_text(HEADINGS, encoding="utf-8")
    import_file(store, notes)

    assert _tree(store) == {
        "System Design": ["What is a load balancer?", "What is sharding?"],
        "Databases": ["What is an index?"],
        "SYSTÈME": ["Qu'est-ce qu'un cache ?", "Qu'est-ce qu'une file d'attente ?"],
    }


def test_the_parse_the_preview_shows_has_one_topic_too(tmp_path):
    notes = tmp_path / "interview.md"
    notes.write_text(HEADINGS, encoding="utf-8")
    paths = [q.topic_path for q in parse_notes(notes).questions]
    assert paths == [("System Design",), ("Databases",), ("System Design",)] + [("SYSTÈME",)] * 2


def test_a_sheets_labels_spelled_otherwise_are_one_topic(store, tmp_path):
    sheet = tmp_path / "ml.csv"
    sheet.write_text(
        "Question,Answer,Topic\n"
        "What is overfitting?,Fitting the noise of the training data.,Machine Learning\n"
        "What is a B-tree?,A balanced tree kept on disk pages.,Databases\n"
        "What is dropout?,Zeroing random units while training.,machine  learning\n"
        "What is a join?,Rows of two tables matched on a key.,DATABASES\n",
        encoding="utf-8",
    )
    import_file(store, sheet)

    assert _tree(store) == {
        "Machine Learning": ["What is overfitting?", "What is dropout?"],
        "Databases": ["What is a B-tree?", "What is a join?"],
    }


def test_two_files_of_a_folder_titled_alike_are_one_topic(store, tmp_path):
    folder = tmp_path / "prep"
    folder.mkdir()
    (folder / "a.md").write_text(
        "# Straße und Verkehr\n\n## Was ist ein Kreisverkehr?\n\nEine runde Kreuzung.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "# STRASSE UND VERKEHR\n\n## Was ist eine Ampel?\n\nEin Lichtsignal.\n",
        encoding="utf-8",
    )
    paths = {q.title: q.topic_path for q in parse_notes(folder).questions}
    assert paths == {
        "Was ist ein Kreisverkehr?": ("Straße und Verkehr",),
        "Was ist eine Ampel?": ("Straße und Verkehr",),
    }


def _respelled(store, tmp_path, first: str, then: str):
    notes = tmp_path / "design.md"
    body = "### What is a cache?\n\nFast storage in front of slow storage.\n\n"
    notes.write_text(f"# Design\n\n## Basics\n\n### Why?\n\nBecause.\n\n## {first}\n\n{body}")
    import_file(store, notes)
    (qid,) = [q.id for q in store.questions() if q.title == "What is a cache?"]
    record(store, qid, 3, 8.0, "study", 1_000)
    notes.write_text(f"# Design\n\n## Basics\n\n### Why?\n\nBecause.\n\n## {then}\n\n{body}")
    return notes, qid


def test_a_reimport_that_respells_a_heading_keeps_the_topic_and_its_progress(store, tmp_path):
    notes, qid = _respelled(store, tmp_path, "System Design", "system   DESIGN")
    topic_before = store.question(qid).topic_id

    summary = import_file(store, notes)

    assert (summary.new, summary.removed) == (0, 0)
    assert store.question(qid).topic_id == topic_before
    assert _tree(store) == {"Basics": ["Why?"], "system DESIGN": ["What is a cache?"]}
    assert len(store.reviews(qid)) == 1


def test_a_topic_renamed_in_the_app_keeps_its_name_when_the_file_respells_it(store, tmp_path):
    notes, qid = _respelled(store, tmp_path, "Caching", "CACHING")
    store.rename_topic(store.question(qid).topic_id, "Caches and CDNs")

    import_file(store, notes)

    assert _tree(store) == {"Basics": ["Why?"], "Caches and CDNs": ["What is a cache?"]}


def test_two_such_topics_of_an_older_store_become_one_on_the_next_import(store, tmp_path):
    notes = tmp_path / "design.md"
    questions = {
        "System Design": ["What is a load balancer?", "What is sharding?"],
        "system design": ["What is a CDN?", "What is sharding?"],  # a title in both
    }
    notes.write_text(
        "# Design\n\n"
        + "".join(
            f"## {topic}\n\n"
            + "".join(f"### {t}\n\n{t} is explained under {topic}.\n\n" for t in titles)
            for topic, titles in questions.items()
        ),
        encoding="utf-8",
    )
    import_file(store, notes)
    deck = store.decks()[0]
    # As an older version stored it: the second spelling a topic of its own.
    conn = store._conn
    first_id = store.topics(deck.id)[0].id
    conn.execute(
        "INSERT INTO topics (deck_id, parent_id, name, source_name, position)"
        " VALUES (?, NULL, 'system design', 'system design', 1)",
        (deck.id,),
    )
    second_id = conn.execute("SELECT max(id) FROM topics").fetchone()[0]
    later = [q for q in store.questions(deck_id=deck.id) if q.position >= 2]
    conn.executemany(
        "UPDATE questions SET topic_id = ? WHERE id = ?", [(second_id, q.id) for q in later]
    )
    conn.commit()
    assert len(_tree(store)) == 2
    for n, q in enumerate(store.questions(deck_id=deck.id)):
        record(store, q.id, 1 + n % 4, 5.0, "study", 1_000 + n)
    progress = {q.id: store.reviews(q.id) for q in store.questions(deck_id=deck.id)}

    import_file(store, notes, force=True)

    assert _tree(store) == {
        "System Design": [
            "What is a load balancer?",
            "What is sharding?",
            "What is a CDN?",
            "What is sharding?",
        ]
    }
    assert {q.topic_id for q in store.questions(deck_id=deck.id)} == {first_id}
    assert {q.id: store.reviews(q.id) for q in store.questions(deck_id=deck.id)} == progress


def test_a_topic_of_ones_own_spelled_as_one_beside_it_is_refused(store, tmp_path):
    notes = tmp_path / "interview.md"
    notes.write_text(HEADINGS, encoding="utf-8")
    import_file(store, notes)
    deck = store.decks()[0]
    databases = next(t for t in store.topics(deck.id) if t.name == "Databases")

    with pytest.raises(StoreError, match="already a topic"):
        store.create_topic(deck.id, "system DESIGN")
    with pytest.raises(StoreError, match="already a topic"):
        store.rename_topic(databases.id, "Système")
    store.rename_topic(databases.id, "DATABASES")  # its own name, respelled

    assert "DATABASES" in _tree(store)
