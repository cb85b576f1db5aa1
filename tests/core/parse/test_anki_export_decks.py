"""The same Anki cards exported two ways, as a package (.apkg) and as Anki's "Notes in
Plain Text" (.txt), import as the same deck with the same topics: the deck the notes
share names it, its sub-deck paths are the topics, a note in that deck itself goes to
the deck's general topic, and only a deck without sub-decks is sorted by first tags."""

from __future__ import annotations

from studyapp.core.importer import import_file
from studyapp.core.store import DEFAULT_TOPIC, Store
from tests.helpers.anki_packages import Note, modern_package
from tests.helpers.store_views import topic_paths

HEADER = "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n"

WITH_SUBDECKS = [
    ("Interview", "What is overfitting?", "Fitting the noise.", ("ml",)),
    ("Interview::SQL", "What is a primary key?", "A row's unique id.", ("sql", "db")),
    ("Interview::SQL::Joins", "What is a LEFT JOIN?", "Every left row.", ("Joins_Etc",)),
    ("Interview::SQL", "What is an index?", "A lookup structure.", ()),
]
FLAT = [
    ("Data Science", "What is bias?", "Error from assumptions.", ("Machine_Learning::Basics",)),
    ("Data Science", "What is a p-value?", "How extreme the data is.", ("leech", "stats")),
    ("Data Science", "What is variance?", "Spread.", ()),
]


def _both(tmp_path, cards) -> dict[str, tuple[str, dict[str, tuple[str, ...]]]]:
    """The deck name and topics each export of `cards` imports as."""
    package = modern_package(
        tmp_path / "anki-notes.apkg", [Note((q, a), deck, tags) for deck, q, a, tags in cards]
    )
    text = tmp_path / "anki-notes.txt"
    rows = (f"Basic\t{deck}\t{q}\t{a}\t{' '.join(tags)}\n" for deck, q, a, tags in cards)
    text.write_text(HEADER + "".join(rows), encoding="utf-8")
    imported = {}
    for path in (package, text):
        with Store.open(tmp_path / f"{path.suffix[1:]}.sqlite3") as store:
            summary = import_file(store, path)
            (deck,) = store.decks()
            imported[path.suffix] = (summary.deck_name, topic_paths(store, deck.id))
    return imported


def test_a_deck_with_subdecks_reads_alike_from_a_package_and_a_text_export(tmp_path):
    imported = _both(tmp_path, WITH_SUBDECKS)

    assert imported[".txt"] == imported[".apkg"]
    name, topics = imported[".apkg"]
    assert name == "Interview"
    assert topics == {
        "What is overfitting?": (DEFAULT_TOPIC,),  # in the top deck itself, tag or not
        "What is a primary key?": ("SQL",),
        "What is a LEFT JOIN?": ("SQL", "Joins"),
        "What is an index?": ("SQL",),
    }


def test_a_deck_without_subdecks_is_sorted_by_first_tags_from_either_export(tmp_path):
    imported = _both(tmp_path, FLAT)

    assert imported[".txt"] == imported[".apkg"]
    name, topics = imported[".apkg"]

    assert name == "Data Science"
    assert topics["What is bias?"] == ("Machine Learning", "Basics")
    assert topics["What is a p-value?"] == ("stats",)  # Anki's own "leech" is no topic
    assert topics["What is variance?"] == (DEFAULT_TOPIC,)
