"""A small file whose questions are mostly in a bigger deck: a tester's 7 questions, 4
of them in a deck of 20, previewed as "7 questions found. A new deck." and the import
made 4 duplicates without a word; the share was counted on the larger side (the deck's),
so a small file overlapping a big deck was never said to. Counted on the file's side,
the preview names the deck and the shared questions, importing stays the likely wish,
and the import's result says what it repeated. Notes sharing a couple of generic titles
("What is a closure?" in Python notes and in JavaScript notes) are not said to."""

from __future__ import annotations

import csv

import pytest

from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file
from studyapp.core.store import Store

# A big deck: twenty web questions.
WEB = [
    (f"What does the {name} header do?", f"It sets {name}.")
    for name in (
        "Cache-Control",
        "ETag",
        "Vary",
        "Expires",
        "Age",
        "Location",
        "Referer",
        "Origin",
        "Host",
        "Accept",
        "Cookie",
        "Range",
    )
] + [
    ("What is a closure?", "A function keeping the scope it was made in."),
    ("What is a Promise?", "A value that may arrive later."),
    ("What does === do compared to ==?", "Strict equality, no coercion."),
    ("What is the event loop?", "It runs queued tasks when the stack is empty."),
    ("What does !important do?", "It wins over normal declarations."),
    ("What is the box model?", "Content, padding, border, margin."),
    ("What is specificity?", "How a selector's weight is counted."),
    ("What is CORS?", "Rules for reading responses across origins."),
]


def markdown(title: str, pairs) -> str:
    return f"# {title}\n\n" + "".join(f"## {q}\n\n{a}\n\n" for q, a in pairs)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as s:
        notes = tmp_path / "web.md"
        notes.write_text(markdown("Web interview notes", WEB), encoding="utf-8")
        import_file(s, notes)
        yield s


def web_deck(store: Store) -> str:
    return next(d.name for d in store.decks() if d.source_path.endswith("web.md"))


def test_a_small_file_mostly_in_a_bigger_deck_names_the_deck_and_its_questions(store, tmp_path):
    """The tester's case: 7 questions, 4 in a deck of 20."""
    new = [
        ("What is optional chaining?", "?. stops at null."),
        ("What is debouncing?", "Waiting until calls stop."),
        ("What is a WeakMap?", "A map whose keys may be collected."),
    ]
    shared = [WEB[12], WEB[13], WEB[14], WEB[16]]
    notes = tmp_path / "web2.md"
    notes.write_text(markdown("Web notes v2", [shared[0], new[0], *shared[1:], *new[1:]]), "utf-8")

    preview = preview_import(store, notes)

    assert (preview.same_as, preview.shared, preview.same_new) == (web_deck(store), 4, 3)
    assert preview.shared_titles == tuple(q for q, _a in shared)
    assert not preview.mostly_there  # importing stays the likely wish
    summary = import_file(store, notes)
    assert summary.new == 7  # nothing refused: the duplicates are the person's choice
    said = str(summary)
    assert f'4 of these 7 questions are already in the deck "{web_deck(store)}"' in said
    assert "the other 3 are new" in said


def test_a_small_table_mostly_in_a_bigger_deck_is_said_to_be_so(store, tmp_path):
    """Another of the kind: a CSV of 5 cards, 3 of them (spelled in capitals) in the deck."""
    table = tmp_path / "cards.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["question", "answer"])
        writer.writerows(
            [
                (WEB[0][0].upper(), "Caching."),
                ("What is HTTP/3?", "HTTP over QUIC."),
                (WEB[19][0].upper(), "Cross-origin rules."),
                (WEB[1][0].upper(), "A version tag."),
                ("What is a service worker?", "A script between page and network."),
            ]
        )

    preview = preview_import(store, table)

    assert (preview.same_as, preview.shared, preview.same_new) == (web_deck(store), 3, 2)
    assert not preview.mostly_there


def test_a_small_file_all_in_a_bigger_deck_sends_you_to_it(store, tmp_path):
    """Every question of the file is in the deck: going there is the likely wish."""
    notes = tmp_path / "part.md"
    notes.write_text(markdown("Part", WEB[12:17]), encoding="utf-8")

    preview = preview_import(store, notes)

    assert (preview.same_as, preview.shared, preview.same_new) == (web_deck(store), 5, 0)
    assert preview.mostly_there


@pytest.mark.parametrize(
    "own", [2, 6, 20], ids=["a couple of its own", "six of its own", "twenty of its own"]
)
def test_notes_sharing_a_couple_of_generic_titles_are_a_new_deck_of_their_own(store, tmp_path, own):
    """Python notes that ask "What is a closure?" and "What is a Promise?" too."""
    python = [(f"What is the Python {w} module for?", "Things.") for w in range(own)]
    notes = tmp_path / "python.md"
    notes.write_text(markdown("Python", [WEB[12], *python, WEB[13]]), encoding="utf-8")

    preview = preview_import(store, notes)

    assert (preview.same_as, preview.shared) == (None, 0)
    assert import_file(store, notes).same_notes_as is None
