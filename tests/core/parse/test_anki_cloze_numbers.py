"""A cloze note goes back to Anki with its deletions numbered as Anki numbered them, and
a nested deletion with a card of its own: Anki's cards keep their own histories.

A person who deleted c2 of a note with c1, c2 and c3 has the cards of c1 and c3 in Anki;
an export that renumbered them c1 and c2 gave the c3 card's answers to a c2 card (and
left the c3 card without its text). Nested deletions (``{{c1::Paris is in
{{c2::France}}}}``) are cards of their own in Anki: the export gave only the outer one a
card, and the inner card's answers were dropped."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import UTC, datetime

import pytest

from studyapp.core.deck_export import export_deck
from studyapp.core.importer import import_file, parse_notes
from studyapp.core.store import Store
from studyapp.core.store.anki_package import read_package
from tests.helpers.anki_packages import CLOZE, Note, legacy_package, modern_package

DAY = 86_400_000
START = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)


def _exported(tmp_path, make, note: Note):
    """The note the export of `note`'s deck writes, and its answers by card ord."""
    package = make(tmp_path / "in.apkg", [note])
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        out = tmp_path / "out.apkg"
        export_deck(store, store.decks()[0].id, out)
    (written,) = read_package(out).notes
    with zipfile.ZipFile(out) as archive:
        (tmp_path / "c.sqlite3").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.sqlite3")
    answers: dict[int, list[int]] = {}
    for ord_, ease in conn.execute(
        "SELECT c.ord, r.ease FROM revlog r JOIN cards c ON c.id = r.cid ORDER BY c.ord, r.id"
    ):
        answers.setdefault(ord_, []).append(ease)
    conn.close()
    return written, answers


@pytest.mark.parametrize(
    ("make", "text", "ords", "cards"),
    [
        # c2 deleted in Anki: the cards of c1 and c3 are left
        (
            modern_package,
            "A {{c1::heap}} keeps its {{c3::minimum}} at the root.",
            (0, 2),
            "A {{c1::heap}} keeps its {{c3::minimum}} at the root.",
        ),
        # only c2 and c4 left, written out of order, with a hint
        (
            legacy_package,
            "{{c4::UDP::protocol}} drops, {{c2::TCP}} retransmits.",
            (1, 3),
            "{{c4::UDP::protocol}} drops, {{c2::TCP}} retransmits.",
        ),
    ],
)
def test_an_export_keeps_each_deletions_number_and_its_cards_answers(
    tmp_path, make, text, ords, cards
):
    first, second = ords
    note = Note(
        (text, ""),
        "Data",
        note_type=CLOZE,
        ords=ords,
        later_reviews=(
            (first, ((START + 1, 3, 5_000, 0),)),
            (second, ((START, 1, 5_000, 0), (START + DAY, 3, 5_000, 1))),
        ),
    )

    written, answers = _exported(tmp_path, make, note)

    assert written.fields[0] == f"<p>{cards}</p>"
    assert [card[0] for card in written.cards] == list(ords)
    assert answers == {first: [3], second: [1, 3]}


@pytest.mark.parametrize(
    ("text", "ords"),
    [
        ("{{c1::Paris is in {{c2::France}}}}, on the Seine.", (0, 1)),
        # the inner deletion the lower number, and a third beside them
        ("{{c2::A {{c1::B-tree}} node}} splits when {{c3::full}}.", (0, 1, 2)),
    ],
)
def test_a_nested_deletion_goes_back_as_a_card_of_its_own(tmp_path, text, ords):
    note = Note(
        (text, ""),
        "Data",
        note_type=CLOZE,
        ords=ords,
        later_reviews=tuple((ord_, ((START + ord_ * DAY, 3, 5_000, 0),)) for ord_ in ords),
    )

    written, answers = _exported(tmp_path, modern_package, note)

    assert written.fields[0] == f"<p>{text}</p>"
    assert [card[0] for card in written.cards] == list(ords)
    assert answers == {ord_: [3] for ord_ in ords}


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        ("{{c1::x {{c1::y}} z}} w", [("[…] w", "==x y z== w")]),
        (
            "{{c2::a {{c1::b {{c2::c}} d}} e}} f",
            [("a […] e f", "a ==b c d== e f"), ("[…] f", "==a b c d e== f")],
        ),
    ],
)
def test_a_deletion_inside_one_of_its_own_number_is_asked_with_it(tmp_path, text, cards):
    """Anki blanks the outer deletion whole on their card: the answer marks it once
    (it marked "==x ==y== z==", which showed stray "==" and went back to Anki as a
    plain note)."""
    package = modern_package(tmp_path / "p.apkg", [Note((text, ""), note_type=CLOZE)])

    doc = parse_notes(package)

    assert [(q.title, q.answer_markdown) for q in doc.questions] == cards
