"""The same notes saved another way: a deck imported from Markdown, then the same
questions as a web page or a CSV. The preview said "A new deck." and the import made
a second deck of the same questions, studied apart, without a word (a byte-for-byte
copy was already named). Now the preview names the deck and how many are shared."""

from __future__ import annotations

import csv

import pytest

from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file
from studyapp.core.parsed import SameNotes
from studyapp.core.store import Store

QA = [
    ("What is a heap?", "A tree kept in heap order."),
    ("What is a trie?", "A tree of prefixes."),
    ("What is a B-tree?", "A balanced tree with many keys per node."),
    ("What is a skip list?", "Linked lists in layers."),
    ("What is a bloom filter?", "A bit array that may say yes wrongly, never no wrongly."),
]


def markdown(pairs) -> str:
    return "".join(f"## {q}\n\n{a}\n\n" for q, a in pairs)


def web_page(pairs) -> str:
    body = "".join(f"<h2>{q}</h2>\n<p>{a}</p>\n" for q, a in pairs)
    return f"<html><head><title>Data structures</title></head><body>{body}</body></html>"


def write_csv(path, pairs) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["question", "answer"])
        writer.writerows(pairs)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as s:
        notes = tmp_path / "structures.md"
        notes.write_text(markdown(QA), encoding="utf-8")
        import_file(s, notes)
        yield s


def deck_name(store: Store) -> str:
    return next(d.name for d in store.decks() if d.source_path.endswith("structures.md"))


def test_the_same_questions_as_a_web_page_name_the_deck_they_are_in(store, tmp_path):
    page = tmp_path / "structures.html"
    page.write_text(web_page([*QA[:4], ("What is a rope?", "A tree of strings.")]), "utf-8")
    preview = preview_import(store, page)
    assert preview.existing_deck is None
    assert (preview.same_as, preview.shared) == (deck_name(store), 4)


def test_the_same_questions_as_a_csv_name_the_deck_they_are_in(store, tmp_path):
    table = tmp_path / "cards.csv"
    write_csv(table, [(q.upper().replace("WHAT IS", "What is"), a) for q, a in QA])
    preview = preview_import(store, table)
    assert (preview.same_as, preview.shared) == (deck_name(store), 5)


def test_notes_sharing_a_few_questions_are_a_new_deck_of_their_own(store, tmp_path):
    other = [(f"What is structure {i}?", "Something.") for i in range(6)]
    notes = tmp_path / "more.md"
    notes.write_text(markdown(QA[:2] + other), encoding="utf-8")
    preview = preview_import(store, notes)
    assert (preview.same_as, preview.shared) == (None, 0)


def test_notes_sharing_some_questions_and_bringing_new_ones_say_how_many_are_new(store, tmp_path):
    """Three of five shared, two new (the tester's week-2 notes): the preview said they
    were "the same notes saved another way?", went to the deck on Enter and said the
    deck had these notes already, leaving the two new questions in no deck."""
    new = [("What is a rope?", "A tree of strings."), ("What is a treap?", "Tree + heap.")]
    notes = tmp_path / "week2.md"
    notes.write_text(markdown([QA[0], new[0], QA[2], QA[4], new[1]]), encoding="utf-8")
    preview = preview_import(store, notes)
    assert (preview.same_as, preview.shared, preview.same_new) == (deck_name(store), 3, 2)
    assert preview.shared_titles == (QA[0][0], QA[2][0], QA[4][0])
    assert not preview.mostly_there  # importing is the likely wish
    gone = preview.gone_to_words(deck_name(store))
    assert "has these notes already" not in gone
    assert "3 of these 5 questions" in gone and "the other 2 are in no deck" in gone


def test_a_table_sharing_most_but_not_all_questions_is_new_notes_too(store, tmp_path):
    table = tmp_path / "cards.csv"
    write_csv(
        table,
        [
            *QA[:4],
            ("What is a rope?", "A tree of strings."),
            ("What is a gap buffer?", "An array with a gap."),
        ],
    )
    preview = preview_import(store, table)
    assert (preview.shared, preview.same_new) == (4, 2)
    assert not preview.mostly_there
    assert "2 are new" in str(SameNotes(preview.same_as, "", preview.shared, 6))


def test_the_same_questions_saved_another_way_still_send_you_to_their_deck(store, tmp_path):
    table = tmp_path / "cards.csv"
    write_csv(table, QA)
    preview = preview_import(store, table)
    assert (preview.shared, preview.same_new) == (5, 0) and preview.mostly_there
    assert "has these notes already" in preview.gone_to_words(deck_name(store))
