"""Anki's plain-text export ("Notes in Plain Text", "Cards in Plain Text") of notes in
several top-level decks imports as a deck each, as its package does
(test_anki_top_decks): each top deck named as in Anki, its sub-decks its topics. It
made one deck named after the file, every top deck a topic of it. One top deck is one
deck as before; importing the file again updates its decks, never adds a copy."""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.core import reparse
from studyapp.core.anki_media import media_root_of
from studyapp.core.decks import deck_list
from studyapp.core.importer import import_file
from studyapp.core.parse import tabular
from studyapp.core.render import deck_folder
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import DEFAULT_TOPIC, Store
from studyapp.core.writeback import WRITTEN, edit_question
from tests.helpers.store_views import topic_paths

PNG = b"\x89PNG\r\n\x1a\n"

# "Notes in Plain Text" with every column Anki can add: guid, note type, deck, tags.
NOTES_HEADER = (
    "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n"
    "#deck column:3\n#tags column:6\n"
)
NOTES = [
    "a1B2c3D4e5\tBasic\tNetworking\tWhat is TCP?\tA reliable <b>stream</b>.\t",
    "f6G7h8I9j0\tBasic\tNetworking::TCP\tWhat is a SYN?\tThe first packet.\t",
    "k1L2m3N4o5\tBasic\tNetworking::DNS\tWhat does DNS resolve?\tNames to addresses.\t",
    "p6Q7r8S9t0\tBasic\tDatabases\tWhat is a LEFT JOIN?\tEvery left row.\tsql",
    "u1V2w3X4y5\tBasic\tDatabases\tWhat is a B-tree?\tA balanced tree.\tindexes",
]
# "Cards in Plain Text": no guid, no note type; the deck first, sub-decks two deep.
CARDS = (
    "#separator:tab\n#html:false\n#deck column:1\n"
    "Languages::Python::Async\tWhat is an event loop?\tIt runs tasks.\n"
    "Math\tWhat is a prime?\tTwo divisors.\n"
    "Languages::Go\tWhat is a goroutine?\tA green thread.\n"
    "Math::Algebra\tWhat is a group?\tA set with an operation.\n"
)


def _decks(store: Store) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each deck's name → its questions' topics."""
    return {deck.name: topic_paths(store, deck.id) for deck in store.decks()}


def test_a_notes_export_of_two_top_decks_is_two_decks_updated_on_reimport(tmp_path):
    export = tmp_path / "All Decks.txt"
    export.write_text(NOTES_HEADER + "\n".join(NOTES) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        summary = import_file(store, export)

        assert _decks(store) == {
            "Networking": {
                "What is TCP?": (DEFAULT_TOPIC,),
                "What is a SYN?": ("TCP",),
                "What does DNS resolve?": ("DNS",),
            },
            "Databases": {  # no sub-decks: sorted by first tags, as in a package
                "What is a LEFT JOIN?": ("sql",),
                "What is a B-tree?": ("indexes",),
            },
        }
        assert summary.new == 5
        sources = sorted(d.source_path.rpartition("::")[2] for d in store.decks())
        assert sources == ["Databases", "Networking"]
        assert not any(
            info.source_missing for info in deck_list(store, datetime.now(UTC), SpacedRepetition())
        )
        ids = {q.title: q.id for q in store.questions()}
        decks = {d.name: d.id for d in store.decks()}

        assert import_file(store, export).skipped_unchanged_file
        row = "z9Y8x7W6v5\tBasic\tDatabases::Txn\tWhat is MVCC?\tVersions per row.\t"
        export.write_text(NOTES_HEADER + "\n".join([*NOTES, row]) + "\n", encoding="utf-8")
        summary = import_file(store, export)

        assert {d.name: d.id for d in store.decks()} == decks
        assert {t: i for t, i in ((q.title, q.id) for q in store.questions()) if t in ids} == ids
        assert (summary.new, summary.removed, len(store.questions())) == (1, 0, 6)
        assert _decks(store)["Databases"]["What is MVCC?"] == ("Txn",)


def test_a_cards_export_without_guids_is_a_deck_per_top_deck(tmp_path):
    export = tmp_path / "cards.txt"
    export.write_text(CARDS, encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, export)
        ids = {q.title: q.id for q in store.questions()}

        assert _decks(store) == {
            "Languages": {
                "What is an event loop?": ("Python", "Async"),
                "What is a goroutine?": ("Go",),
            },
            "Math": {"What is a prime?": (DEFAULT_TOPIC,), "What is a group?": ("Algebra",)},
        }
        summary = import_file(store, export, force=True)

        assert {q.title: q.id for q in store.questions()} == ids
        assert (summary.new, summary.removed, len(store.decks())) == (0, 0, 2)


def test_an_export_of_one_top_deck_is_one_deck_as_before(tmp_path):
    export = tmp_path / "networking.txt"
    rows = [r for r in NOTES if "\tNetworking" in r]
    export.write_text(NOTES_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, export)

        (deck,) = store.decks()
        assert deck.name == "Networking" and "::" not in deck.source_path
        assert len(store.questions(deck_id=deck.id)) == 3


def test_an_edit_in_one_of_the_decks_is_written_into_the_export(tmp_path):
    """Each deck's notes are the export's lines: an answer edited in the app is written
    there, as it was while the export made one deck, and read back into its deck."""
    export = tmp_path / "All Decks.txt"
    export.write_text(NOTES_HEADER + "\n".join(NOTES) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, export)
        syn = next(q for q in store.questions() if q.title == "What is a SYN?")

        result = edit_question(store, syn.id, syn.title, "The packet that opens a connection.")

        assert result.outcome == WRITTEN
        assert "\tThe packet that opens a connection.\t" in export.read_text(encoding="utf-8")
        assert store.question(syn.id).answer_markdown == "The packet that opens a connection."
        assert len(store.decks()) == 2


def test_pictures_beside_the_export_show_in_each_deck(tmp_path):
    """A picture the export's fields name is looked for beside the export, in each of
    its decks, a top deck whose name holds a "/" too."""
    export = tmp_path / "export.txt"
    (tmp_path / "tcp.png").write_bytes(PNG)
    export.write_text(
        "#separator:tab\n#html:true\n#deck column:1\n"
        'CS/Networking::TCP\tWhat does the diagram show?\t<img src="tcp.png">\n'
        "Databases\tWhat is a B-tree?\tA balanced tree.\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, export)

        shown = {
            d.name: deck_folder(d.source_path, media_root_of(store.path)) for d in store.decks()
        }
        assert shown == {"CS/Networking": tmp_path, "Databases": tmp_path}


def test_an_export_read_whole_before_stays_one_deck(tmp_path, monkeypatch):
    """A store that read the export as one deck (before its top decks were decks) keeps
    that deck and its questions when the file is read again: no second copy beside it."""
    export = tmp_path / "All Decks.txt"
    export.write_text(NOTES_HEADER + "\n".join(NOTES) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        with monkeypatch.context() as patch:
            patch.setattr(tabular, "top_deck_parts", lambda *_args: [])
            import_file(store, export)
        reparse.forget()  # (its parse of one deck kept for a re-import: read afresh)
        ids = {q.title: q.id for q in store.questions()}

        summary = import_file(store, export, force=True)

        assert [d.name for d in store.decks()] == ["All Decks"]
        assert {q.title: q.id for q in store.questions()} == ids
        assert (summary.new, summary.removed) == (0, 0)


def test_a_note_repeated_in_the_export_is_imported_once_in_its_deck(tmp_path):
    """The preview says a question and answer written twice is imported once: its deck
    holds it once, as a file of one deck does."""
    export = tmp_path / "export.txt"
    export.write_text(
        "#separator:tab\n#html:true\n#deck column:1\n"
        "Networking\tWhat is TCP?\tA stream.\n"
        "Networking\tWhat is TCP?\tA stream.\n"
        "Databases::SQL\tWhat is a view?\tA stored query.\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        summary = import_file(store, export)

        assert _decks(store) == {
            "Networking": {"What is TCP?": (DEFAULT_TOPIC,)},
            "Databases": {"What is a view?": ("SQL",)},
        }
        assert summary.new == len(store.questions()) == 2
