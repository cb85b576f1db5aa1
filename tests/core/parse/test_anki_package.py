"""An Anki package (.apkg, .colpkg) imported as a deck: one question per note, the note
type's fields as question and answer, decks as topics, tags as tags; the modern
zstd-compressed collection read, never the stub beside it; each way a careless file goes
wrong a one-line message."""

from __future__ import annotations

import contextlib
import html as html_module
import re
import sqlite3
import zipfile

import pytest

from studyapp.cli import EXIT_OK, EXIT_USER_ERROR, main
from studyapp.core.deck_export import export_deck
from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file, parse_notes
from studyapp.core.model import StudyAppError
from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import parse_text
from studyapp.core.render import render_markdown
from studyapp.core.store import DEFAULT_TOPIC, Store
from tests.helpers.anki_packages import (
    STUB_TEXT,
    Note,
    legacy_package,
    modern_package,
    schema18_collection,
)
from tests.helpers.store_views import topic_paths

NOTES = """# Interview notes

## Machine Learning

### Deep Learning

#### What is dropout?

Randomly zeroing activations, *under* training only.

```python
x = x * mask
```

#### What is a GAN?

Two networks:

- a generator
- a discriminator

## Statistics

#### What is a p-value?

P(data at least this extreme | H0).
"""

INTERVIEW = [
    Note(("What is a hash map?", "Buckets of <b>key</b>/value pairs."), "Interview", ("ds",)),
    Note(
        ("What does <code>git rebase</code> do?", "Replays commits<br>onto another base."),
        "Interview::Tools::Git",
        ("git", "tools"),
    ),
    Note(("What is a B-tree?", "A balanced tree of wide nodes."), "Interview::Databases"),
]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as s:
        yield s


def shown(markdown: str, formulas: int = 0) -> str:
    """The text a person reads in the answer pane (the formulas drawn counted)."""
    html = render_markdown(markdown)
    assert html.count("<img") == formulas  # no formula drawn where text was
    return " ".join(re.sub(r"<[^>]+>", " ", html_module.unescape(html)).split())


# --- the round trip through StudyApp's own export (genanki: collection.anki2) ----------


def test_a_deck_exported_as_apkg_imports_back_with_its_questions_topics_and_tags(store, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    import_file(store, notes)
    (first,) = store.decks()
    package = tmp_path / "cards.apkg"
    export_deck(store, first.id, package)

    # Imported into another store (into its own, it is refused: that deck's own export).
    other = Store.open(tmp_path / "other.sqlite3")
    summary = import_file(other, package)

    assert summary.new == 3 and summary.deck_name == "Interview notes"
    (again,) = other.decks()
    assert (
        topic_paths(other, again.id)
        == topic_paths(store, first.id)
        == {
            "What is dropout?": ("Machine Learning", "Deep Learning"),
            "What is a GAN?": ("Machine Learning", "Deep Learning"),
            "What is a p-value?": ("Statistics",),
        }
    )
    answers = {q.title: q.answer_markdown for q in other.questions(deck_id=again.id)}
    assert answers["What is dropout?"] == (
        "Randomly zeroing activations, *under* training only.\n\n```python\nx = x * mask\n```"
    )
    assert answers["What is a GAN?"] == "Two networks:\n\n- a generator\n- a discriminator"
    assert answers["What is a p-value?"] == "P(data at least this extreme | H0)."
    tags = {q.title: q.tags for q in parse_notes(package).questions}
    assert tags["What is dropout?"] == ("Machine_Learning::Deep_Learning",)
    other.close()


@pytest.mark.parametrize("make", [modern_package, legacy_package])
def test_a_deck_from_an_anki_package_goes_back_to_anki_as_the_same_notes(store, tmp_path, make):
    """Its notes keep their guids: imported into the collection they came from, the
    export updates the person's notes, history and all, instead of adding a copy of
    each (every guid had been new)."""
    package = make(tmp_path / "Interview.apkg", INTERVIEW)
    import_file(store, package)
    (deck,) = store.decks()
    out = tmp_path / "back.apkg"
    export_deck(store, deck.id, out)
    with zipfile.ZipFile(out) as exported:
        exported.extract("collection.anki2", tmp_path / "x")
    with contextlib.closing(sqlite3.connect(tmp_path / "x" / "collection.anki2")) as conn:
        guids = {
            field.split("\x1f")[0]: guid
            for guid, field in conn.execute("SELECT guid, flds FROM notes")
        }
    assert sorted(guids.values()) == ["guid1", "guid2", "guid3"]
    assert guids["What is a hash map?"] == "guid1"


# --- the modern package: collection.anki21b (zstd, schema 18) beside the legacy stub ----


def test_a_modern_package_reads_its_compressed_collection_not_the_stub(tmp_path):
    package = modern_package(tmp_path / "Interview.apkg", INTERVIEW)

    doc = parse_notes(package)

    titles = [q.title for q in doc.questions]
    assert STUB_TEXT not in " ".join(titles)
    assert set(titles) == {
        "What is a hash map?",
        "What does git rebase do?",
        "What is a B-tree?",
    }
    assert doc.deck_name == "Interview"  # the one top deck names it
    by_title = {q.title: q for q in doc.questions}
    assert by_title["What does git rebase do?"].topic_path == ("Tools", "Git")
    assert by_title["What is a B-tree?"].topic_path == ("Databases",)
    assert by_title["What does git rebase do?"].tags == ("git", "tools")
    # a note in the deck itself: its tag is its question's, no line of its answer (the
    # header shows it, core.question_tags)
    assert by_title["What is a hash map?"].tags == ("ds",)
    assert by_title["What is a hash map?"].answer_markdown == "Buckets of **key**/value pairs."
    assert by_title["What does git rebase do?"].answer_markdown == (
        "Replays commits\nonto another base."
    )


def test_a_package_of_several_top_decks_keeps_them_as_topics_under_the_files_name(tmp_path):
    package = modern_package(
        tmp_path / "all-decks.colpkg",
        [Note(("What is TCP?", "A stream.")), Note(("What is Go?", "A language."), "Go")],
    )

    doc = parse_notes(package)

    assert doc.deck_name == "All Decks"
    assert {q.title: q.topic_path for q in doc.questions} == {
        "What is TCP?": ("Default",),
        "What is Go?": ("Go",),
    }


def test_a_note_whose_cards_sit_in_a_filtered_deck_keeps_its_own_deck(tmp_path):
    package = modern_package(
        tmp_path / "p.apkg",
        [
            Note(("What is a mutex?", "A lock."), "CS::Concurrency", filtered_into="Cram"),
            Note(("What is a heap?", "A tree."), "CS::Structures"),
        ],
    )

    topics = {q.title: q.topic_path for q in parse_notes(package).questions}

    assert topics == {"What is a mutex?": ("Concurrency",), "What is a heap?": ("Structures",)}


# --- note types ----------------------------------------------------------------------------


def test_an_image_occlusion_note_asks_with_its_picture_and_header(tmp_path):
    occlusion = ("Image Occlusion", ("Occlusion", "Image", "Header", "Back Extra"), True)
    shapes = (
        "{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.1:oi=1}}"
        "{{c2::image-occlusion:ellipse:left=.5:top=.5:width=.2:height=.2:oi=1}}"
    )
    package = modern_package(
        tmp_path / "p.apkg",
        [Note((shapes, '<img src="heart.png">', "Chambers of the heart", ""), note_type=occlusion)],
    )

    (question,) = parse_notes(package).questions  # its shapes are no questions of their own

    assert question.title == "[image: heart.png]"  # no shape's geometry in it
    assert question.answer_markdown == "Chambers of the heart"


def test_the_reversed_and_typing_note_types_give_one_question_a_note(tmp_path):
    notes = [
        Note(
            ("What is CAP?", "Consistency, availability, partition tolerance."),
            note_type=("Basic (and reversed card)", ("Front", "Back"), False),
            cards=2,
        ),
        Note(
            ("Capital of France?", "Paris"),
            note_type=("Basic (type in the answer)", ("Front", "Back"), False),
        ),
        Note(
            ("What is ACID?", "Atomicity …", ""),
            note_type=("Basic (optional reversed card)", ("Front", "Back", "Add Reverse"), False),
        ),
        Note(
            ("What is BASE?", "Basically available …", "y"),
            note_type=("Basic (optional reversed card)", ("Front", "Back", "Add Reverse"), False),
            cards=2,
        ),
    ]
    doc = parse_notes(modern_package(tmp_path / "p.apkg", notes))

    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is CAP?", "Consistency, availability, partition tolerance."),
        ("Capital of France?", "Paris"),
        ("What is ACID?", "Atomicity …"),
        ("What is BASE?", "Basically available …"),  # "Add Reverse: y" is a setting
    ]


def test_a_custom_note_type_answers_with_each_other_field_under_its_name(tmp_path):
    term = ("ML term", ("Term", "Definition", "Example"), False)
    asked_second = ("Interview card", ("Company", "Question", "Answer"), False)
    package = modern_package(
        tmp_path / "p.apkg",
        [
            Note(("Overfitting", "Fitting the noise.", "A deep tree on 10 rows."), note_type=term),
            Note(("Recall", "Found share of positives.", ""), note_type=term),
            Note(("Acme", "Why Acme?", "The <b>mission</b>."), note_type=asked_second),
        ],
    )

    doc = parse_notes(package)

    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "Overfitting",
            "**Definition:** Fitting the noise.\n\n**Example:** A deep tree on 10 rows.",
        ),
        ("Recall", "Found share of positives."),  # one field with text: no label
        ("Why Acme?", "**Company:** Acme\n\n**Answer:** The **mission**."),
    ]


def test_a_front_with_code_under_it_shows_the_code_above_the_answer(tmp_path):
    package = modern_package(
        tmp_path / "p.apkg",
        [Note(("What does this print?<pre>print(1 + 1)</pre>", "2"))],
    )

    (question,) = parse_notes(package).questions

    # the question is the title; the code its body, before the answer's label
    assert question.title == "What does this print?"
    assert question.answer_markdown == "```\nprint(1 + 1)\n```\n\n**Answer:**\n\n2"


def test_sounds_and_pictures_become_plain_mentions(tmp_path):
    package = modern_package(
        tmp_path / "p.apkg",
        [
            Note(("What does a ReLU look like?", 'Like this: <img src="relu_plot.png">')),
            Note(('<img src="diagram.png">', "The OSI model [sound:osi.mp3]")),
        ],
    )

    first, second = parse_notes(package).questions

    assert shown(first.answer_markdown) == "Like this: [image: relu_plot.png]"
    assert second.title == "[image: diagram.png]"
    assert shown(second.answer_markdown) == "The OSI model [sound: osi.mp3]"


def test_brackets_in_a_field_show_as_brackets_not_as_a_formula(tmp_path):
    """The renderer reads \\[ … \\] as display math: a field's a[i] must not become one."""
    package = modern_package(
        tmp_path / "p.apkg",
        [Note(("What is a[i] after the loop?", "a[i] == max(a[:i]) and \\[x^2\\] is math"))],
    )
    (question,) = parse_notes(package).questions

    # the one formula written as one is drawn; the brackets are text
    assert shown(question.answer_markdown, formulas=1).startswith("a[i] == max(a[:i]) and")
    text_export = "#separator:tab\n#html:true\nWhat is b[j]?\tb[j] is <b>set</b>\n"
    (row,) = parse_text(text_export, name="cards", suffix=".txt").questions
    assert shown(row.answer_markdown) == "b[j] is set"


def test_a_deck_without_subdecks_or_tags_is_sorted_by_the_taxonomy(tmp_path):
    package = modern_package(
        tmp_path / "p.apkg",
        [Note(("What is gradient descent?", "Steps against the gradient."), "Prep")],
    )

    doc = parse_notes(package)

    assert doc.deck_name == "Prep" and not doc.has_sections
    assert doc.questions[0].topic_path  # a topic all the same


# --- the app's paths: re-import, preview, the import dialog --------------------------------


def test_reimporting_the_same_package_changes_nothing_and_an_edited_one_updates(store, tmp_path):
    path = tmp_path / "Interview.apkg"
    modern_package(path, INTERVIEW)
    assert import_file(store, path).new == 3
    assert import_file(store, path).skipped_unchanged_file

    path.unlink()
    edited = [*INTERVIEW[:2], Note(("What is a B-tree?", "Wide nodes, few levels."), "Interview")]
    modern_package(path, edited)
    summary = import_file(store, path)

    assert (summary.new, summary.updated, summary.unchanged) == (0, 1, 2)
    (deck,) = store.decks()
    # moved up to the top deck: the deck's general topic
    assert topic_paths(store, deck.id)["What is a B-tree?"] == (DEFAULT_TOPIC,)


def test_the_preview_shows_the_package_as_an_import_would(store, tmp_path):
    path = modern_package(tmp_path / "Interview.apkg", INTERVIEW)

    preview = preview_import(store, path)

    assert preview.deck_name == "Interview" and preview.unit == "note"
    assert len(preview.doc.questions) == 3 and preview.existing_deck is None


def test_an_edit_in_the_app_is_kept_in_the_app_and_no_editor_opens_the_zip(store, tmp_path):
    from studyapp.core.editor_command import open_in_editor_command
    from studyapp.core.writeback import STORED, edit_question

    path = modern_package(tmp_path / "Interview.apkg", INTERVIEW)
    import_file(store, path)
    question = next(q for q in store.questions() if q.title == "What is a B-tree?")
    before = path.read_bytes()

    result = edit_question(store, question.id, question.title, "Wide nodes.")

    assert result.outcome == STORED and path.read_bytes() == before
    assert import_file(store, path).skipped_unchanged_file
    assert store.question(question.id).answer_markdown == "Wide nodes."
    with pytest.raises(StudyAppError, match="is an Anki package"):
        open_in_editor_command(store, question.id, {"EDITOR": "vi"}, "linux")


def test_the_import_dialog_offers_anki_packages():
    assert {".apkg", ".colpkg"} <= set(OFFERED_SUFFIXES)


def test_the_command_line_imports_a_package_and_lists_it(tmp_path, capsys):
    path = modern_package(tmp_path / "Interview.apkg", INTERVIEW)
    data = tmp_path / "data"

    assert main(["--data-dir", str(data), "import", str(path)]) == EXIT_OK
    assert "Interview: 3 new" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "decks"]) == EXIT_OK
    assert "Interview" in capsys.readouterr().out


# --- what a careless user hands it ---------------------------------------------------------


def _zip(path, entries: dict[str, bytes]):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _modern_then(tmp_path, change):
    path = modern_package(tmp_path / "deck.apkg", INTERVIEW)
    with zipfile.ZipFile(path) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    change(entries)
    path.unlink()
    return _zip(path, entries)


def _empty_collection(tmp_path):
    schema18_collection(tmp_path / "empty.sqlite3", [])
    import zstandard

    raw = (tmp_path / "empty.sqlite3").read_bytes()
    return _zip(tmp_path / "deck.apkg", {"collection.anki21b": zstandard.compress(raw)})


BAD_PACKAGES = {
    "not a zip": (
        lambda tmp: (tmp / "deck.apkg").write_text("front;back\n") and tmp / "deck.apkg",
        "not an Anki package",
    ),
    "a zip without a collection": (
        lambda tmp: _zip(tmp / "deck.apkg", {"notes.txt": b"hello"}),
        "not a deck exported from Anki",
    ),
    "a collection that is not SQLite": (
        lambda tmp: _zip(tmp / "deck.apkg", {"collection.anki2": b"not a database" * 100}),
        "is damaged or not a collection",
    ),
    "a compressed collection cut short": (
        lambda tmp: _modern_then(
            tmp, lambda e: e.update({"collection.anki21b": e["collection.anki21b"][:200]})
        ),
        "does not decompress",
    ),
    "only the stub for old versions": (
        lambda tmp: _modern_then(tmp, lambda e: e.pop("collection.anki21b")),
        "export the deck from Anki again",
    ),
    "an empty deck": (_empty_collection, "holds no notes"),
    "notes without text": (
        lambda tmp: modern_package(tmp / "deck.apkg", [Note(("", "")), Note((" ", "<br>"))]),
        "none of the 2 notes",
    ),
}


@pytest.mark.parametrize("case", BAD_PACKAGES)
def test_a_bad_package_is_a_one_line_error_naming_the_file(case, store, tmp_path, capsys):
    make, says = BAD_PACKAGES[case]
    path = make(tmp_path)

    with pytest.raises(StudyAppError) as raised:
        import_file(store, path)

    message = str(raised.value)
    assert message.startswith("deck.apkg: ") and says in message and "\n" not in message
    assert store.decks() == []
    code = main(["--data-dir", str(tmp_path / "data"), "import", str(path)])
    err = capsys.readouterr().err
    assert code == EXIT_USER_ERROR and says in err and "Traceback" not in err


def test_split_at_does_not_apply_to_a_package(store, tmp_path):
    path = modern_package(tmp_path / "deck.apkg", INTERVIEW)

    with pytest.raises(StudyAppError, match="one question per note"):
        import_file(store, path, split_at="h2")


def test_a_note_in_the_top_deck_beside_subdecks_goes_to_the_general_topic(tmp_path):
    """Where sub-decks sort the deck, a note in the top deck itself is in none of them:
    the deck's general topic, not its first tag (a lower-case "behavioral" beside
    "Databases" read as a random rule). Its tags stay its question's."""
    path = modern_package(
        tmp_path / "Interview.apkg",
        [
            Note(("Tell me about yourself", "Briefly."), "Interview", tags=("behavioral",)),
            Note(("What is a B-tree?", "A balanced tree."), "Interview::Databases", tags=("db",)),
        ],
    )
    doc = parse_notes(path)
    assert [q.topic_path for q in doc.questions] == [(), ("Databases",)]
    assert doc.questions[0].tags == ("behavioral",)


def test_a_note_reworded_in_anki_keeps_its_question_and_progress(tmp_path):
    """Its guid says it is the same note, however its words changed."""
    path = tmp_path / "deck.apkg"
    tcp = Note(("What is TCP?", "A stream."), "Net")
    modern_package(path, [Note(("What is a mutex?", "A lock."), "Net"), tcp])
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, path)
        before = {q.title: q.id for q in store.questions()}
        path.unlink()
        reworded = Note(("Define mutual exclusion locks", "Only one holder at once."), "Net")
        modern_package(path, [reworded, tcp])

        import_file(store, path)

        after = {q.title: q.id for q in store.questions()}
        assert after == {
            "Define mutual exclusion locks": before["What is a mutex?"],
            "What is TCP?": before["What is TCP?"],
        }
