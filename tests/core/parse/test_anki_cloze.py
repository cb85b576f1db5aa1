"""An Anki cloze note is a question per deletion number, as Anki's cards: each blanks
its own deletion, shows the others, marks the asked words in its answer and keeps its
own card's history; an export writes the note back as one Cloze note under its guid."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import UTC, datetime

import genanki
import pytest

from studyapp.core.deck_export import export_deck
from studyapp.core.importer import import_file, parse_notes
from studyapp.core.model import StudyAppError
from studyapp.core.parse import anki as anki_parse
from studyapp.core.parse.anki_cloze import ALL, key_parts
from studyapp.core.store import Store
from studyapp.core.store.anki_package import read_package
from tests.helpers.anki_packages import CLOZE, Note, legacy_package, modern_package

DAY = 86_400_000
START = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)
DROPOUT = Note(
    (
        "{{c1::Dropout::technique}} zeroes {{c2::activations}} at random.",
        "Only while <i>training</i>.",
    ),
    "ML",
    note_type=CLOZE,
    cards=2,
    reviews=((START, 3, 8_000, 0), (START + 2 * DAY, 3, 6_000, 1)),
    later_reviews=((1, ((START + DAY, 1, 9_000, 0),)),),
)
TCP = Note(
    ("{{c1::TCP}} is used in {{c2::HTTP/1.1}}; {{c1::TCP}} is reliable.", ""),
    "Networks",
    note_type=CLOZE,
    cards=2,
)


def test_each_deletion_number_is_a_question_blanking_its_own_words(tmp_path):
    for make in (modern_package, legacy_package):
        doc = parse_notes(make(tmp_path / f"{make.__name__}.apkg", [DROPOUT, TCP]))

        assert [(q.title, q.answer_markdown) for q in doc.questions] == [
            (
                "[technique] zeroes activations at random.",
                "==Dropout== zeroes activations at random.\n\n**Back Extra:** Only while *training*.",
            ),
            (
                "Dropout zeroes […] at random.",
                "Dropout zeroes ==activations== at random.\n\n**Back Extra:** Only while *training*.",
            ),
            # every deletion of one number is asked on the same card
            (
                "[…] is used in HTTP/1.1; […] is reliable.",
                "==TCP== is used in HTTP/1.1; ==TCP== is reliable.",
            ),
            (
                "TCP is used in […]; TCP is reliable.",
                "TCP is used in ==HTTP/1.1==; TCP is reliable.",
            ),
        ]
        # the note's guid, and each card's deletion number
        assert [key_parts(q.source_key) for q in doc.questions[:2]] == [("guid1", 1), ("guid1", 2)]


def test_a_nested_cloze_hides_the_outer_phrase_on_its_card(tmp_path):
    package = modern_package(
        tmp_path / "p.apkg",
        [Note(("{{c1::Paris is in {{c2::France}}}}, on the Seine.", ""), note_type=CLOZE)],
    )

    doc = parse_notes(package)

    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("[…], on the Seine.", "==Paris is in France==, on the Seine."),
        ("Paris is in […], on the Seine.", "Paris is in ==France==, on the Seine."),
    ]


def test_each_deletion_keeps_its_own_cards_history(tmp_path):
    path = modern_package(tmp_path / "p.apkg", [DROPOUT])
    with Store.open(tmp_path / "s.sqlite3") as store:
        summary = import_file(store, path)
        ids = {q.title: q.id for q in store.questions()}
        first = store.reviews(ids["[technique] zeroes activations at random."])
        second = store.reviews(ids["Dropout zeroes […] at random."])

        assert [(r.rating, r.reviewed_at_ms) for r in first] == [(3, START), (3, START + 2 * DAY)]
        assert [(r.rating, r.reviewed_at_ms) for r in second] == [(1, START + DAY)]
        assert (summary.history_reviews, summary.history_questions) == (3, 2)

        again = import_file(store, path, force=True)  # the same package: nothing changes

        assert (again.new, again.updated, again.removed, again.history_reviews) == (0, 0, 0, 0)
        assert {q.title: q.id for q in store.questions()} == ids


def _genanki_cloze(path, text: str, extra: str, guid: str):
    model = genanki.Model(
        1_607_392_319,
        "Cloze",
        fields=[{"name": "Text"}, {"name": "Back Extra"}],
        templates=genanki.CLOZE_MODEL.templates,
        model_type=genanki.Model.CLOZE,
    )
    deck = genanki.Deck(2_059_400_110, "Networks")
    deck.add_note(genanki.Note(model=model, fields=[text, extra], guid=guid))
    genanki.Package(deck).write_to_file(path)
    return path


def test_an_export_writes_the_questions_back_as_one_cloze_note_with_its_guid(tmp_path):
    for text, extra in (
        ("{{c1::TCP::protocol}} is used in {{c2::HTTP/1.1}}.", "Port <b>80</b>"),
        ("A {{c2::heap}} keeps its {{c1::minimum}} at the {{c3::root}}.", ""),
        ("A {{c1::generator}} yields lazily with the {{c1::yield}} keyword.", ""),  # one card
    ):
        source = _genanki_cloze(tmp_path / "in.apkg", text, extra, "Note-guid-1")
        with Store.open(tmp_path / "s.sqlite3") as store:
            import_file(store, source)
            deck = store.decks()[0]
            titles = sorted(q.title for q in store.questions(deck_id=deck.id))
            out = tmp_path / "out.apkg"
            export_deck(store, deck.id, out)

            (note,) = read_package(out).notes
            assert note.note_type.cloze
            assert note.guid == "Note-guid-1"
            assert note.fields[0] == f"<p>{text}</p>"
            assert [card[0] for card in note.cards] == list(range(len(titles)))
            # read back, the export gives the same questions: StudyApp's own export
            assert sorted(q.title for q in parse_notes(out).questions) == titles
            with pytest.raises(StudyAppError, match="own export"):
                import_file(store, out)
        (tmp_path / "s.sqlite3").unlink()


def test_an_export_gives_each_deletion_its_own_cards_progress(tmp_path):
    path = modern_package(tmp_path / "p.apkg", [DROPOUT])
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, path)
        out = tmp_path / "out.apkg"
        export_deck(store, store.decks()[0].id, out)

    with zipfile.ZipFile(out) as package:
        (tmp_path / "c.sqlite3").write_bytes(package.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.sqlite3")
    rows = conn.execute(
        "SELECT c.ord, r.ease FROM revlog r JOIN cards c ON c.id = r.cid ORDER BY c.ord, r.id"
    ).fetchall()
    conn.close()
    assert rows == [(0, 3), (0, 3), (1, 1)]


def test_a_store_read_one_question_a_note_gets_one_a_deletion_and_c1_keeps_its_id(
    tmp_path, monkeypatch
):
    """An older reader made one question of each note, with its first card's history;
    read again, its id and progress go to the c1 question (whose card that history
    was), and the others come in new, each with its own card's."""
    path = modern_package(tmp_path / "p.apkg", [DROPOUT, TCP])
    with Store.open(tmp_path / "s.sqlite3") as store:
        with monkeypatch.context() as patch:
            patch.setattr(anki_parse, "_card_numbers", lambda note: [ALL])
            import_file(store, path)
        old = {q.title: q.id for q in store.questions()}
        assert sorted(old) == [
            "[technique] zeroes […] at random.",
            "[…] is used in […]; […] is reliable.",
        ]

        import_file(store, path, force=True)

        ids = {q.title: q.id for q in store.questions()}
        assert len(ids) == 4
        assert (
            ids["[technique] zeroes activations at random."]
            == old["[technique] zeroes […] at random."]
        )
        assert (
            ids["[…] is used in HTTP/1.1; […] is reliable."]
            == old["[…] is used in […]; […] is reliable."]
        )
        assert [
            r.rating for r in store.reviews(ids["[technique] zeroes activations at random."])
        ] == [3, 3]
        assert [r.rating for r in store.reviews(ids["Dropout zeroes […] at random."])] == [1]


def test_a_notes_own_highlight_is_no_cloze_in_the_export(tmp_path):
    notes = tmp_path / "n.md"
    notes.write_text(
        "# DB\n\n## What does a WAL do?\n\nThe log is ==flushed first==, so a crash replays it.\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, notes)
        out = tmp_path / "n.apkg"
        export_deck(store, store.decks()[0].id, out)

    (note,) = read_package(out).notes
    assert not note.note_type.cloze
    assert note.fields[0] == "What does a WAL do?"
