"""A package exported from a sub-deck (``Interview Prep::Backend and ML``) is that deck:
its name is the deepest deck all the notes share, a note's topic its deck path below
that; where no note sits below it, its first tag, as in a package of one flat deck."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file, parse_notes
from studyapp.core.store import DEFAULT_TOPIC, Store
from tests.helpers.anki_packages import Note, legacy_package, modern_package
from tests.helpers.store_views import topic_paths

EXPORTED = "Interview Prep::Backend and ML"


def _notes(deck_of, tags_of=lambda i: ()) -> list[Note]:
    asked = ["What is CAP?", "What is an index?", "What is dropout?", "What is Adam?"]
    return [Note((q, f"Answer {i}."), deck_of(i), tags_of(i)) for i, q in enumerate(asked)]


@pytest.mark.parametrize("write", [modern_package, legacy_package])
def test_a_subdeck_export_is_named_for_the_subdeck_and_sorted_by_first_tag(tmp_path, write):
    tags = [("systems", "distributed"), ("backend", "db"), ("ml", "dl"), ("ml",)]
    package = write(tmp_path / "export.apkg", _notes(lambda i: EXPORTED, lambda i: tags[i]))

    doc = parse_notes(package)

    assert doc.deck_name == "Backend and ML"
    assert [q.topic_path for q in doc.questions] == [
        ("systems",),
        ("backend",),
        ("ml",),
        ("ml",),
    ]


def test_the_imported_subdeck_files_no_tagged_note_under_the_general_topic(tmp_path):
    tags = [("systems",), ("backend",), ("ml",), ("Machine_Learning::Optimisers",)]
    package = modern_package(tmp_path / "a.apkg", _notes(lambda i: EXPORTED, lambda i: tags[i]))

    with Store.open(tmp_path / "db.sqlite3") as store:
        summary = import_file(store, package)
        (deck,) = store.decks()
        topics = topic_paths(store, deck.id)

    assert summary.deck_name == "Backend and ML"
    assert (DEFAULT_TOPIC,) not in topics.values()
    assert topics["What is Adam?"] == ("Machine Learning", "Optimisers")


def test_notes_in_two_subdecks_below_the_exported_deck_take_those_as_topics(tmp_path):
    below = ["Systems", "Systems::Storage", "ML", "ML"]
    package = modern_package(
        tmp_path / "b.apkg",
        _notes(lambda i: f"{EXPORTED}::{below[i]}", lambda i: ("tagged",)),
    )

    doc = parse_notes(package)

    assert doc.deck_name == "Backend and ML"
    assert [q.topic_path for q in doc.questions] == [
        ("ML",),
        ("ML",),
        ("Systems",),
        ("Systems", "Storage"),
    ]


def test_a_note_in_the_exported_subdeck_itself_is_general_beside_subdeck_notes(tmp_path):
    decks = [EXPORTED, f"{EXPORTED}::Storage", EXPORTED, f"{EXPORTED}::Storage"]
    tags = [("systems",), (), (), ()]
    package = legacy_package(tmp_path / "c.apkg", _notes(lambda i: decks[i], lambda i: tags[i]))

    topics = {q.title: q.topic_path for q in parse_notes(package).questions}

    assert parse_notes(package).deck_name == "Backend and ML"
    assert topics == {
        "What is CAP?": (),  # its tag is no sub-deck: the deck's general topic
        "What is an index?": ("Storage",),
        "What is dropout?": (),
        "What is Adam?": ("Storage",),
    }


def test_a_subdeck_export_without_tags_is_sorted_by_the_taxonomy(tmp_path):
    package = modern_package(tmp_path / "d.apkg", _notes(lambda i: EXPORTED))

    doc = parse_notes(package)

    assert doc.deck_name == "Backend and ML" and not doc.has_sections
    assert all(q.topic_path and q.topic_path != ("Backend and ML",) for q in doc.questions)
