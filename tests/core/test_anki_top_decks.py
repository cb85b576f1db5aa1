"""An Anki package of several top-level decks imports as a deck each, as the person
keeps them in Anki: each top deck its own deck here, named as it is there, its
sub-decks its topics. One made a single deck named after the file, every top deck a
topic of it. A package of one top deck is one deck, named as before; importing the
package again updates its decks (their progress kept), never adds a second copy."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from studyapp.core.anki_media import media_root_of
from studyapp.core.decks import deck_list, reimport_deck
from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file
from studyapp.core.parse import anki as anki_parse
from studyapp.core.render import deck_folder, render_markdown
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import DEFAULT_TOPIC, Store
from studyapp.core.watch import SourceWatch
from tests.helpers.anki_packages import Note, add_media, legacy_package, modern_package
from tests.helpers.store_views import topic_paths

START = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)
DAY = 86_400_000
PNG = b"\x89PNG\r\n\x1a\n"

TWO_DECKS = [
    Note(("What is TCP?", "A reliable stream."), "Networking"),
    Note(("What is a SYN?", "The first packet."), "Networking::TCP"),
    Note(
        ("What does DNS resolve?", "Names to addresses."),
        "Networking::DNS",
        reviews=((START, 3, 5_000, 0), (START + 2 * DAY, 3, 5_000, 1)),
    ),
    Note(("What is a LEFT JOIN?", "Every left row."), "Databases::SQL"),
    Note(("What is a B-tree?", "A balanced tree."), "Databases::Indexes"),
]


def _decks(store: Store) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each deck's name → its questions' topics."""
    return {deck.name: topic_paths(store, deck.id) for deck in store.decks()}


def test_each_top_deck_of_a_package_is_a_deck_of_its_own(tmp_path):
    package = modern_package(tmp_path / "collection-export.apkg", TWO_DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        summary = import_file(store, package)

        assert _decks(store) == {
            "Networking": {
                "What is TCP?": (DEFAULT_TOPIC,),
                "What is a SYN?": ("TCP",),
                "What does DNS resolve?": ("DNS",),
            },
            "Databases": {
                "What is a LEFT JOIN?": ("SQL",),
                "What is a B-tree?": ("Indexes",),
            },
        }
        assert summary.new == 5 and summary.history_reviews == 2
        assert sorted(summary.decks) == ["Databases", "Networking"]
        assert summary.deck_name == ", ".join(summary.decks)


def test_a_package_imported_again_updates_its_decks_and_keeps_their_progress(tmp_path):
    package = modern_package(tmp_path / "collection-export.apkg", TWO_DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        ids = {q.title: q.id for q in store.questions()}
        decks = {d.name: d.id for d in store.decks()}
        dns = ids["What does DNS resolve?"]
        reviews = [r.rating for r in store.reviews(dns)]

        assert import_file(store, package).skipped_unchanged_file  # the same bytes
        # one more note in Anki, in a deck of its own under Databases
        grown = [*TWO_DECKS, Note(("What is MVCC?", "Versions per row."), "Databases::Txn")]
        summary = import_file(store, modern_package(package, grown))

        assert {d.name: d.id for d in store.decks()} == decks
        assert {q.title: q.id for q in store.questions()} == {**ids, "What is MVCC?": ANY_ID}
        assert [r.rating for r in store.reviews(dns)] == reviews  # not taken twice
        assert (summary.new, summary.removed) == (1, 0)
        assert _decks(store)["Databases"]["What is MVCC?"] == ("Txn",)


class _AnyId:
    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and bool(other)


ANY_ID = _AnyId()


def deck_infos(store: Store):
    return deck_list(store, datetime.now(UTC), SpacedRepetition())


def test_decks_at_several_depths_and_an_empty_one(tmp_path):
    """Three top decks in an older package, one of them empty in Anki (no deck here:
    it has nothing to ask), one holding its notes only in sub-decks two levels down,
    and one without sub-decks, whose notes are sorted by their first tag as a deck
    without sub-decks always is."""
    notes = [
        Note(("What is an event loop?", "It runs tasks."), "Languages::Python::Async"),
        Note(("What is a goroutine?", "A green thread."), "Languages::Go"),
        Note(("What is the GIL?", "A lock."), "Languages::Python"),
        Note(("What is a prime?", "Two divisors."), "Math", ("Number_Theory",)),
        Note(("What is a group?", "A set with an operation."), "Math", ("Algebra",)),
    ]
    package = legacy_package(tmp_path / "all.apkg", notes, empty_decks=("Drafts::Later",))
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)

        assert _decks(store) == {
            "Languages": {
                "What is an event loop?": ("Python", "Async"),
                "What is a goroutine?": ("Go",),
                "What is the GIL?": ("Python",),
            },
            "Math": {
                "What is a prime?": ("Number Theory",),
                "What is a group?": ("Algebra",),
            },
        }


@pytest.mark.parametrize(
    ("decks", "name"),
    [
        (("Interview::SQL", "Interview::Networks", "Interview"), "Interview"),
        (("Interview::SQL", "Interview::SQL"), "SQL"),  # a sub-deck exported alone
        (("Default", "Default"), "One"),  # Anki's own deck: the file's name
    ],
)
def test_a_package_of_one_top_deck_is_one_deck_named_as_before(tmp_path, decks, name):
    notes = [Note((f"What is item {n}?", f"Answer {n}."), deck) for n, deck in enumerate(decks)]
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, modern_package(tmp_path / "one.apkg", notes))

        (deck,) = store.decks()
        assert deck.name == name
        assert len(store.questions(deck_id=deck.id)) == len(decks)


def test_each_decks_pictures_show_from_its_own_media_folder(tmp_path):
    notes = [
        Note(("What does the diagram show?", '<img src="tcp.png">'), "Networking::TCP"),
        Note(("What does the plan show?", '<img src="plan.png">'), "Databases"),
    ]
    package = add_media(
        modern_package(tmp_path / "c.apkg", notes), {"tcp.png": PNG + b"t", "plan.png": PNG + b"p"}
    )
    (tmp_path / "data").mkdir()
    with Store.open(tmp_path / "data" / "s.sqlite3") as store:
        import_file(store, package)

        shown = {}
        for deck in store.decks():
            folder = deck_folder(deck.source_path, media_root_of(store.path))
            (question,) = store.questions(deck_id=deck.id)
            html = render_markdown(question.answer_markdown, base_dir=folder, image_root=folder)
            shown[deck.name] = ([p.read_bytes() for p in folder.iterdir()], html.count("<img"))
        assert shown == {"Networking": ([PNG + b"t"], 1), "Databases": ([PNG + b"p"], 1)}


def test_the_decks_of_a_package_are_there_while_it_is_and_read_it_again(tmp_path):
    """Each deck's notes are the package: not "source missing" while it is there, and a
    re-import of either deck reads the package (every deck of it) again."""
    package = modern_package(tmp_path / "c.apkg", TWO_DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        assert not any(info.source_missing for info in deck_infos(store))
        check = SourceWatch().check(store.decks())
        assert not check  # nothing changed, nothing missing

        databases = next(d for d in store.decks() if d.name == "Databases")
        grown = [*TWO_DECKS, Note(("What is WAL?", "A log first."), "Databases::Txn")]
        summary = reimport_deck(store, databases, force=True)
        assert summary.new == 0  # (the same package, read again)
        modern_package(package, grown)
        summary = reimport_deck(store, databases)

        assert summary.new == 1 and len(store.decks()) == 2
        package.unlink()
        assert all(info.source_missing for info in deck_infos(store))


def test_the_preview_names_the_decks_the_import_makes(tmp_path):
    package = modern_package(tmp_path / "collection-export.apkg", TWO_DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        before = preview_import(store, package)
        assert sorted(before.decks) == ["Databases", "Networking"]
        assert before.counts is None and before.existing_deck is None

        import_file(store, package)
        again = preview_import(store, modern_package(package, TWO_DECKS[1:]))

        assert set(again.decks) == {d.name for d in store.decks()}
        assert (again.counts.new, again.counts.unchanged, again.counts.removed) == (0, 4, 1)
        assert len(store.decks()) == 2 and len(store.questions()) == 5  # nothing written


def test_a_package_read_whole_before_stays_one_deck(tmp_path, monkeypatch):
    """A store whose import read the package as one deck (before its top decks were
    decks) keeps that deck, its progress and all, read again: no second copy of its
    questions in new decks beside it."""
    package = modern_package(tmp_path / "collection-export.apkg", TWO_DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        with monkeypatch.context() as patch:
            patch.setattr(anki_parse, "_parts", lambda *_args: [])
            import_file(store, package)
        ids = {q.title: q.id for q in store.questions()}

        summary = import_file(store, package, force=True)

        assert [d.name for d in store.decks()] == ["Collection Export"]
        assert {q.title: q.id for q in store.questions()} == ids
        assert (summary.new, summary.removed) == (0, 0)


@pytest.mark.parametrize(
    ("make", "renames", "added"),
    [
        (modern_package, {"Networking": "Computer Networks"}, []),
        # both renamed, and a new top deck beside them
        (
            legacy_package,
            {"Networking": "Nets", "Databases": "DB"},
            [Note(("What is a ring?", "A set with two operations."), "Math")],
        ),
    ],
)
def test_a_top_deck_renamed_in_anki_goes_on_as_its_deck(tmp_path, make, renames, added):
    """Networking renamed Computer Networks in Anki: its deck here takes its notes, its
    name and progress kept (as a single deck's is when the notes' deck is renamed),
    rather than a second deck of the same notes beside it."""
    package = make(tmp_path / "c.apkg", TWO_DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        ids = {q.title: q.id for q in store.questions()}
        decks = {d.name: d.id for d in store.decks()}

        def renamed(note: Note) -> Note:
            top, _, rest = note.deck.partition("::")
            return replace(note, deck="::".join(filter(None, (renames.get(top, top), rest))))

        summary = import_file(store, make(package, [*map(renamed, TWO_DECKS), *added]))

        assert {d.name: d.id for d in store.decks() if d.name != "Math"} == decks
        assert {q.title: q.id for q in store.questions() if q.title in ids} == ids
        assert (summary.new, summary.removed) == (len(added), 0)
        assert _decks(store)["Networking"]["What is a SYN?"] == ("TCP",)
        assert list(_decks(store).get("Math", {})) == [n.fields[0] for n in added]
