"""Leave with your cards: a deck as an Anki package or a CSV that imports back the same."""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.deck_export import anki_tag, export_deck, stable_id
from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file
from studyapp.core.model import StudyAppError
from studyapp.core.store import Store
from tests.helpers.store_views import topic_paths

NOTES = """# Interview notes

## Machine Learning

### Deep Learning

#### What is dropout?

Randomly zeroing activations, "with quotes", commas; and tabs\there.

```python
x = x * mask  # a, b
```

#### What is a GAN?

Two networks:

- a generator
- a discriminator

## Statistics

### Tests

#### What is a p-value?

P(data at least this extreme | H0), *under* the null.
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as s:
        yield s


@pytest.fixture
def deck(store, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    import_file(store, notes)
    return store.decks()[0]


def content(store: Store, deck_id: int) -> list[tuple[str, str, tuple[str, ...]]]:
    paths = topic_paths(store, deck_id)
    return [(q.title, q.answer_markdown, paths[q.title]) for q in store.questions(deck_id=deck_id)]


def test_a_csv_export_imports_back_as_the_same_questions(store, deck, tmp_path):
    out = tmp_path / "cards.csv"
    result = export_deck(store, deck.id, out)
    assert result.questions == 3 and result.path == out
    summary = import_file(store, out)
    assert summary.new == 3
    again = next(d for d in store.decks() if d.id != deck.id)
    assert content(store, again.id) == content(store, deck.id)
    assert content(store, deck.id)[0][2] == ("Machine Learning", "Deep Learning")


def test_a_csv_export_names_its_deck_on_every_row(store, deck, tmp_path):
    import csv

    store.rename_deck(deck.id, "Stats & Probabilités — révisions")
    out = tmp_path / "stats.csv"
    export_deck(store, deck.id, out)
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["question", "answer", "topic", "deck", "tags"]
    assert {row[3] for row in rows[1:]} == {"Stats & Probabilités — révisions"}


def test_a_csv_export_imported_elsewhere_keeps_the_deck_name(store, deck, tmp_path):
    """`export-deck 5 --out stats.csv` then `import stats.csv` made a deck "Stats"."""
    store.rename_deck(deck.id, "Stats & Probabilités — révisions")
    out = tmp_path / "stats.csv"
    export_deck(store, deck.id, out)
    with Store.open(tmp_path / "other.sqlite3") as other:
        import_file(other, out)
        (again,) = other.decks()
        assert again.name == "Stats & Probabilités — révisions"
        assert content(other, again.id) == content(store, deck.id)


def read_apkg(path: Path, tmp_path: Path) -> tuple[list[tuple[str, str]], list[tuple], str]:
    with zipfile.ZipFile(path) as package:
        package.extract("collection.anki2", tmp_path)
    with contextlib.closing(sqlite3.connect(tmp_path / "collection.anki2")) as conn:
        notes = conn.execute("SELECT flds, tags, guid FROM notes ORDER BY id").fetchall()
        decks = conn.execute("SELECT decks FROM col").fetchone()[0]
    fields = [tuple(f.split("\x1f")) for f, _, _ in notes]
    return fields, notes, decks


def test_an_anki_package_has_one_note_per_question(store, deck, tmp_path):
    out = tmp_path / "cards.apkg"
    export_deck(store, deck.id, out)
    fields, notes, decks = read_apkg(out, tmp_path)
    assert [front for front, _ in fields] == [
        "What is dropout?",
        "What is a GAN?",
        "What is a p-value?",
    ]
    back = fields[0][1]
    assert "<pre" in back and "mask" in back  # the rendered answer, code block and all
    assert "<li>a generator</li>" in fields[1][1]
    assert "<em>under</em>" in fields[2][1]
    tags = [t.strip() for _, t, _ in notes]
    assert tags == [
        "Machine_Learning::Deep_Learning",
        "Machine_Learning::Deep_Learning",
        "Statistics::Tests",
    ]
    assert "Interview notes" in decks


def test_an_anki_package_files_each_question_in_its_topics_sub_deck(store, deck, tmp_path):
    """Anki keeps topics as sub-decks: its deck tree shows the topic tree, and each
    card is in its topic's deck (all had been in one deck, the topics only tags)."""
    out = tmp_path / "cards.apkg"
    export_deck(store, deck.id, out)
    read_apkg(out, tmp_path)
    with contextlib.closing(sqlite3.connect(tmp_path / "collection.anki2")) as conn:
        names = {
            str(i): d["name"]
            for i, d in json.loads(conn.execute("SELECT decks FROM col").fetchone()[0]).items()
        }
        filed = conn.execute(
            "SELECT n.flds, c.did FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id"
        ).fetchall()
    assert {flds.split("\x1f")[0]: names[str(did)] for flds, did in filed} == {
        "What is dropout?": "Interview notes::Machine Learning::Deep Learning",
        "What is a GAN?": "Interview notes::Machine Learning::Deep Learning",
        "What is a p-value?": "Interview notes::Statistics::Tests",
    }
    with Store.open(tmp_path / "other.sqlite3") as other:  # and it comes back the same
        import_file(other, out)
        (again,) = other.decks()
        assert again.name == "Interview notes"
        assert topic_paths(other, again.id) == topic_paths(store, deck.id)


def test_a_second_export_updates_the_same_anki_deck_and_notes(store, deck, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    export_deck(store, deck.id, first / "x.apkg")
    export_deck(store, deck.id, second / "x.apkg")
    _, notes_a, decks_a = read_apkg(first / "x.apkg", first)
    _, notes_b, decks_b = read_apkg(second / "x.apkg", second)
    assert [n[2] for n in notes_a] == [n[2] for n in notes_b]  # same guids
    assert str(stable_id("deck", deck)) in decks_a and str(stable_id("deck", deck)) in decks_b
    other = deck.__class__(deck.id + 1, "Other", "/elsewhere.md", "")
    assert stable_id("deck", other) != stable_id("deck", deck)
    assert 1 << 30 <= stable_id("model", deck) < 1 << 31


def test_an_html_title_is_escaped_on_the_front(store, tmp_path):
    notes = tmp_path / "n.md"
    notes.write_text("# T\n\n## Is a < b & c?\n\nYes.\n", encoding="utf-8")
    import_file(store, notes)
    out = tmp_path / "n.apkg"
    export_deck(store, store.decks()[0].id, out)
    fields, _, _ = read_apkg(out, tmp_path)
    assert fields[0][0] == "Is a &lt; b &amp; c?"


def test_anki_tags_have_no_spaces():
    assert anki_tag(("Deep  Learning", " NLP ")) == "Deep_Learning::NLP"
    assert anki_tag(()) == ""


def test_deleted_questions_are_not_exported(store, deck, tmp_path):
    store.delete_question(store.questions(deck_id=deck.id)[0].id)
    assert export_deck(store, deck.id, tmp_path / "c.csv").questions == 2


def test_an_unknown_format_or_deck_is_refused(store, deck, tmp_path):
    with pytest.raises(StudyAppError, match=r"\.apkg"):
        export_deck(store, deck.id, tmp_path / "cards.txt")
    with pytest.raises(StudyAppError, match="no deck"):
        export_deck(store, 999, tmp_path / "cards.csv")
    assert list(tmp_path.glob("cards*")) == []


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(store, deck, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StudyAppError, match="cannot write"):
        export_deck(store, deck.id, blocker / "sub" / "cards.csv")


def test_export_over_the_decks_own_notes_is_refused_and_the_notes_stay(store, tmp_path):
    """`export-deck 1 --out cards.csv` where the deck came from cards.csv replaced the
    person's file (its other columns gone) without a word."""
    notes = tmp_path / "cards.csv"
    original = "question,answer,source,difficulty\nWhat is a cat?,An animal.,book,2\n"
    notes.write_text(original, encoding="utf-8")
    import_file(store, notes)
    (deck,) = store.decks()
    with pytest.raises(StudyAppError, match=r'cards\.csv holds the notes of the deck "Cards"'):
        export_deck(store, deck.id, tmp_path / "sub" / ".." / "cards.csv")
    assert notes.read_text(encoding="utf-8") == original


def test_export_into_a_folder_decks_folder_is_refused(store, tmp_path):
    """A folder deck reads every notes file inside it: an export put there would come
    back as notes at the next re-import."""
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "stats.md").write_text(NOTES, encoding="utf-8")
    import_file(store, folder)
    (deck,) = store.decks()
    with pytest.raises(StudyAppError, match=r'inside the folder of the deck "Vault"'):
        export_deck(store, deck.id, folder / "export.csv")
    assert not (folder / "export.csv").exists()
    assert export_deck(store, deck.id, tmp_path / "export.csv").questions == 3


def study(store: Store, qid: str, answers: list[tuple[datetime, int]]) -> None:
    """Grade a question through the scheduler at the given times, as a session would."""
    from studyapp.core.scheduler import SpacedRepetition

    scheduler = SpacedRepetition()
    card = store.card_json(qid)
    for when, rating in answers:
        card, due = scheduler.grade(card, rating, when)
        store.record_review(qid, rating, 12.5, "study", card, due, int(when.timestamp() * 1000))


def test_an_anki_package_keeps_what_was_learnt(store, deck, tmp_path):
    """A studied question goes to Anki as a review card, due the day StudyApp has it due,
    with every answer in Anki's review log; one never studied stays new; a suspended
    one stays suspended. Imported back, the answers come back as reviews."""
    dropout, gan, _ = store.questions(deck_id=deck.id)
    day = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    study(store, dropout.id, [(day, 3), (day + timedelta(days=2), 1), (day + timedelta(days=3), 3)])
    study(store, gan.id, [(day, 4)])
    store.set_suspended([gan.id])
    out = tmp_path / "cards.apkg"
    export_deck(store, deck.id, out)

    with zipfile.ZipFile(out) as package:
        package.extract("collection.anki2", tmp_path)
    with contextlib.closing(sqlite3.connect(tmp_path / "collection.anki2")) as conn:
        crt = conn.execute("SELECT crt FROM col").fetchone()[0]
        cards = {
            flds.split("\x1f")[0]: row
            for flds, *row in conn.execute(
                "SELECT n.flds, c.id, c.type, c.queue, c.due, c.ivl, c.reps, c.lapses"
                " FROM cards c JOIN notes n ON n.id = c.nid"
            )
        }
        log = conn.execute("SELECT cid, id, ease, time, type FROM revlog ORDER BY id").fetchall()
    cid, kind, queue, due, interval, reps, lapses = cards["What is dropout?"]
    assert (reps, lapses) == (3, 1)  # the Again on day 2 lapsed a card two days old
    card = json.loads(store.card_json(dropout.id))
    card_due = datetime.fromisoformat(card["due"]).astimezone(UTC)
    if card["state"] == 2:  # reviewed: due by its day, counted from the collection's
        created = datetime.fromtimestamp(crt, UTC).date()
        assert (kind, queue) == (2, 2) and interval >= 1
        assert due == (card_due.date() - created).days
    else:  # in its learning steps: a learning card due at its second (long past here)
        assert (kind, queue) == ({1: 1, 3: 3}[card["state"]], 1)
        assert due == int(card_due.timestamp())
    assert [(c, i, e, t) for c, i, e, t, _ in log if c == cid] == [
        (cid, int((day + timedelta(days=d)).timestamp() * 1000), e, 12500)
        for d, e in ((0, 3), (2, 1), (3, 3))
    ]
    assert cards["What is a GAN?"][2] == -1  # suspended, history and all
    _, kind, queue, _, _, reps, _ = cards["What is a p-value?"]
    assert (kind, queue, reps) == (0, 0, 0)  # new

    with Store.open(tmp_path / "other.sqlite3") as other:
        import_file(other, out)
        back = {q.title: q.id for q in other.questions()}
        ratings = [r.rating for r in other.reviews(back["What is dropout?"])]
        assert ratings == [3, 1, 3]
        assert other.reviews(back["What is a p-value?"]) == []


def test_an_anki_package_keeps_the_flags(store, deck, tmp_path):
    """A flagged question is a card with that flag in Anki (cards.flags), studied or
    new; an unflagged one has none."""
    dropout, gan, pvalue = store.questions(deck_id=deck.id)
    study(store, dropout.id, [(datetime(2026, 3, 1, 9, 0, tzinfo=UTC), 3)])
    store.set_flag([dropout.id], 1)
    store.set_flag([pvalue.id], 4)
    out = tmp_path / "cards.apkg"
    export_deck(store, deck.id, out)
    with zipfile.ZipFile(out) as package:
        package.extract("collection.anki2", tmp_path)
    with contextlib.closing(sqlite3.connect(tmp_path / "collection.anki2")) as conn:
        flags = dict(
            conn.execute(
                "SELECT substr(n.flds, 1, instr(n.flds, char(31)) - 1), c.flags"
                " FROM cards c JOIN notes n ON n.id = c.nid"
            )
        )
    assert flags == {dropout.title: 1, gan.title: 0, pvalue.title: 4}


def test_a_card_in_its_learning_steps_goes_to_anki_as_a_learning_card(store, deck, tmp_path):
    """A question answered Again a moment ago is due again in minutes: in Anki a
    learning card (queue 1) due at that second, its answer a learning one in the log,
    no lapse. New cards keep the notes' order, and each note has the checksum Anki
    finds duplicates by."""
    _, gan, _ = store.questions(deck_id=deck.id)
    now = datetime.now(UTC)
    study(store, gan.id, [(now - timedelta(minutes=2), 1)])
    out = tmp_path / "cards.apkg"
    export_deck(store, deck.id, out)
    with zipfile.ZipFile(out) as package:
        package.extract("collection.anki2", tmp_path)
    with contextlib.closing(sqlite3.connect(tmp_path / "collection.anki2")) as conn:
        rows = conn.execute(
            "SELECT n.flds, n.csum, c.id, c.type, c.queue, c.due, c.lapses"
            " FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.id"
        ).fetchall()
        log = conn.execute("SELECT cid, type FROM revlog").fetchall()
    by_title = {flds.split("\x1f")[0]: row for flds, *row in rows}
    _, cid, kind, queue, due, lapses = by_title["What is a GAN?"]
    card_due = datetime.fromisoformat(json.loads(store.card_json(gan.id))["due"])
    assert (kind, queue, lapses) == (1, 1, 0)
    assert due == int(card_due.timestamp())  # (a minute after the Again)
    assert log == [(cid, 0)]  # a learning answer
    new = [by_title[t][4] for t in ("What is dropout?", "What is a p-value?")]
    assert new == [0, 1]  # in the notes' order
    assert all(csum != 0 for _, csum, *_ in rows)


def test_a_decks_own_export_imported_back_here_is_refused_with_why(store, deck, tmp_path):
    """Imported into the store it came from, a deck's own .apkg made a second deck and
    counted every review twice (a new user): it is refused, saying why; into another
    store it imports, and here it imports again once its deck is gone."""
    dropout = store.questions(deck_id=deck.id)[0]
    study(store, dropout.id, [(datetime(2026, 3, 1, 9, 0, tzinfo=UTC), 3)])
    out = tmp_path / "cards.apkg"
    export_deck(store, deck.id, out)
    with pytest.raises(StudyAppError, match="own export of your deck"):
        import_file(store, out)
    # The preview says so too, before a name is chosen and Import pressed (it showed
    # "A new deck" and refused only after Import).
    with pytest.raises(StudyAppError, match="own export of your deck"):
        preview_import(store, out)
    assert len(store.decks()) == 1 and len(store.reviews()) == 1
    with Store.open(tmp_path / "other.sqlite3") as other:
        assert import_file(other, out).new == 3
    store.remove_deck(deck.id)
    assert import_file(store, out).new == 3


PNG = b"\x89PNG\r\n\x1a\n"  # enough of a picture for a package: its bytes travel as they are

PICTURE_NOTES = """# Pictures

## What does a ROC curve show?

TPR against FPR: ![ROC](roc.png)

## What does a wide figure show?

Another picture of the same name, in another folder: ![Wide](figures/roc.png)

## What is drawn where no file is?

![Gone](gone.png) and one outside the deck's folder: ![Out](../outside.png)
"""


def apkg_media(path: Path) -> dict[str, bytes]:
    """An Anki package's media: its name → its bytes."""
    with zipfile.ZipFile(path) as package:
        index = json.loads(package.read("media"))
        return {name: package.read(entry) for entry, name in index.items()}


def test_an_anki_package_carries_the_pictures_its_answers_show(store, tmp_path):
    folder = tmp_path / "deck"
    (folder / "figures").mkdir(parents=True)
    (folder / "roc.png").write_bytes(PNG + b"roc")
    (folder / "figures" / "roc.png").write_bytes(PNG + b"wide")
    (tmp_path / "outside.png").write_bytes(PNG + b"outside")
    notes = folder / "notes.md"
    notes.write_text(PICTURE_NOTES, encoding="utf-8")
    import_file(store, notes)
    out = tmp_path / "out" / "pictures.apkg"
    result = export_deck(store, store.decks()[0].id, out)

    media = apkg_media(out)
    assert sorted(media.values()) == [PNG + b"roc", PNG + b"wide"]
    assert all(name.endswith("-roc.png") for name in media)
    assert len(set(media)) == 2  # named alike, apart in the package
    fields, _, _ = read_apkg(out, tmp_path / "out")
    answers = [back for _, back in fields]
    by_bytes = {data: name for name, data in media.items()}
    assert f'src="{by_bytes[PNG + b"roc"]}"' in answers[0]
    assert f'src="{by_bytes[PNG + b"wide"]}"' in answers[1]
    assert "file:" not in "".join(answers)
    missing = "— not in your notes"
    assert f"[image: gone.png {missing}]" in answers[2]
    assert f"[image: outside.png {missing}]" in answers[2]
    assert (result.images_bundled, result.images_left_out) == (2, 2)
    assert "2 images bundled, 2 left out" in str(result)


def test_a_package_without_pictures_has_empty_media_and_says_nothing_of_them(store, deck, tmp_path):
    out = tmp_path / "cards.apkg"
    result = export_deck(store, deck.id, out)
    assert apkg_media(out) == {}
    assert "image" not in str(result)


CODE_TITLES = """# Python

## How does `is` differ from `==`?

Identity against equality.

## When is `__slots__` worth it?

Many small objects.

## What is a decorator?

A function of a function.
"""


def test_code_in_titles_leaves_with_the_export_and_comes_back(store, tmp_path):
    """A title's inline code is part of what it says: the CSV keeps its backticks and
    the Anki front its <code>, and each imports back with the same marks."""
    notes = tmp_path / "py.md"
    notes.write_text(CODE_TITLES, encoding="utf-8")
    import_file(store, notes)
    deck = store.decks()[0]
    shown = [q.shown_title for q in store.questions(deck_id=deck.id)]
    assert shown[0] == "How does `is` differ from `==`?"
    export_deck(store, deck.id, tmp_path / "py.csv")
    export_deck(store, deck.id, tmp_path / "py.apkg")
    fields, _, _ = read_apkg(tmp_path / "py.apkg", tmp_path)
    assert fields[1][0] == "When is <code>__slots__</code> worth it?"
    assert fields[2][0] == "What is a decorator?"
    for name in ("py.csv", "py.apkg"):
        with Store.open(tmp_path / f"{name}.sqlite3") as other:
            import_file(other, tmp_path / name)
            assert [q.shown_title for q in other.questions()] == shown


# Topics whose own names hold what parts a path in a cell: " / " and "::".
SLASHED = """# Interview notes

## Networking / TCP

### Sockets

#### What is a socket?

An endpoint of a connection.

## C++ / std::vector

#### When does a vector reallocate?

When its size passes its capacity.

## CI/CD

#### What is a pipeline?

Stages a change passes through.
"""


def _slashed_deck(store, tmp_path):
    notes = tmp_path / "slashed.md"
    notes.write_text(SLASHED, encoding="utf-8")
    import_file(store, notes)
    return next(d for d in store.decks() if d.name == "Interview notes")


def test_a_topic_named_with_a_slash_comes_back_from_a_csv_as_one_topic(store, tmp_path):
    """ "Networking / TCP" went out as "Networking / TCP::Sockets" and came back as three
    nested topics, Networking › TCP › Sockets."""
    deck = _slashed_deck(store, tmp_path)
    out = tmp_path / "slashed.csv"
    export_deck(store, deck.id, out)
    with Store.open(tmp_path / "other.sqlite3") as other:
        import_file(other, out)
        (again,) = other.decks()
        assert topic_paths(other, again.id) == topic_paths(store, deck.id)
        assert topic_paths(other, again.id)["What is a socket?"] == ("Networking / TCP", "Sockets")


def test_such_a_name_is_in_quotes_in_the_cell_as_a_spreadsheet_shows_it(store, tmp_path):
    import csv

    deck = _slashed_deck(store, tmp_path)
    out = tmp_path / "slashed.csv"
    export_deck(store, deck.id, out)
    with out.open(encoding="utf-8", newline="") as f:
        cells = {row[0]: row[2] for row in csv.reader(f)}
    assert cells["What is a socket?"] == '"Networking / TCP"::Sockets'
    assert cells["When does a vector reallocate?"] == '"C++ / std::vector"'
    assert cells["What is a pipeline?"] == "CI/CD"


def test_an_older_csv_without_quotes_reads_its_paths_as_before(store, tmp_path):
    older = tmp_path / "older.csv"
    older.write_text(
        "question,answer,topic,deck\n"
        "What is a socket?,An endpoint.,Networking / TCP::Sockets,Notes\n"
        'What is "C++"?,A language.,"""C++"" basics",Notes\n',
        encoding="utf-8",
    )
    import_file(store, older)
    (deck,) = store.decks()
    assert topic_paths(store, deck.id) == {
        "What is a socket?": ("Networking", "TCP", "Sockets"),
        'What is "C++"?': ('"C++" basics',),
    }


# Answers whose Markdown holds an inline tag too: the file then looked like Anki's HTML,
# and the import escaped every ** and bullet (or, read as plain text, every heading).
MARKDOWN_WITH_TAGS = [
    """# Data notes

## What are the types of analysis?

There are **four main types**:<br>each serves a purpose.

---

### **1. Descriptive**

* Summarizes *history*.
* Trends & simple metrics.

![chart](img/chart.png)
""",
    """# Chemistry

## What is water made of?

H<sub>2</sub>O: two hydrogens, one oxygen.

1. Hydrogen bonds
2. A bent shape

#### Why it matters
Setext-looking lines stay:

```python
print("a <b> c")
```
""",
]


@pytest.mark.parametrize("notes_text", MARKDOWN_WITH_TAGS)
def test_a_csv_export_round_trips_markdown_answers_as_written(store, tmp_path, notes_text):
    """Export → CSV → import into another store: every title and answer Markdown as it
    was, and the deck's name (the answers came back as raw \\*\\* and \\### marks)."""
    notes = tmp_path / "notes.md"
    notes.write_text(notes_text, encoding="utf-8")
    import_file(store, notes)
    (deck,) = store.decks()
    out = tmp_path / "export.csv"
    export_deck(store, deck.id, out)
    with Store.open(tmp_path / "other.sqlite3") as other:
        import_file(other, out)
        (again,) = other.decks()
        assert again.name == deck.name
        assert content(other, again.id) == content(store, deck.id)


def test_the_bundled_decks_csv_imported_here_leaves_the_bundled_deck_alone(store, tmp_path):
    """The sample deck's CSV imported back took the sample deck over (its source was
    "gone": it has no file): renamed, its source the CSV, its answers replaced."""
    from studyapp.core.importer import import_default_deck

    import_default_deck(store)
    (bundled,) = store.decks()
    before = content(store, bundled.id)
    out = tmp_path / "d.csv"
    export_deck(store, bundled.id, out)
    summary = import_file(store, out)
    assert summary.new == len(before) and summary.updated == 0
    after = store.deck(bundled.id)
    assert (after.name, after.source_path) == (bundled.name, bundled.source_path)
    assert content(store, bundled.id) == before
    (copy,) = [d for d in store.decks() if d.id != bundled.id]
    assert copy.source_path == str(out.resolve())
    # said as it happened: the questions are in the bundled deck too, studied apart
    assert summary.same_notes_as is not None and summary.same_notes_as.deck_name == bundled.name


# Notes that give their questions tags: a note's front matter, a sheet's columns.
TAGGED_NOTES = [
    (
        "sql.md",
        "---\ntags: [sql, system design]\n---\n# SQL\n\n## What is a join?\n\n"
        "Rows of two tables matched on a key.\n\n## What is an index?\n\n"
        "A sorted copy of columns for fast lookups.\n",
        {
            "What is a join?": {"SQL", "sql", "system_design"},
            "What is an index?": {"SQL", "sql", "system_design"},
        },
    ),
    (
        "problems.csv",
        "Question,Answer,Difficulty,Company\n"
        "What is a join?,Rows of two tables matched on a key.,Medium,Big Corp\n"
        "What is an index?,A sorted copy of columns for fast lookups.,Easy,Big Corp\n"
        "What is a view?,A stored query read as a table.,Medium,Small Shop\n",
        {
            "What is a join?": {"Difficulty::Medium", "Company::Big_Corp"},
            "What is an index?": {"Difficulty::Easy", "Company::Big_Corp"},
            "What is a view?": {"Difficulty::Medium", "Company::Small_Shop"},
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "wanted"), TAGGED_NOTES)
def test_an_anki_package_carries_the_questions_tags_and_they_come_back(
    store, tmp_path, name, text, wanted
):
    """The tags a note or a sheet gave are the Anki notes' tags (no spaces: Anki parts
    its tags at them), beside the topic's; imported elsewhere, they are the questions'
    tags again, and no line of an answer."""
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    import_file(store, notes)
    out = tmp_path / "cards.apkg"
    export_deck(store, store.decks()[0].id, out)
    fields, rows, _ = read_apkg(out, tmp_path)
    exported = {
        front: set(tags.split()) for (front, _), (_, tags, _) in zip(fields, rows, strict=True)
    }
    general = {"General"}  # a sheet's rows have no topic of their own
    assert {t: tags - general for t, tags in exported.items()} == wanted

    with Store.open(tmp_path / "other.sqlite3") as other:
        import_file(other, out)
        back = {q.title: set(q.tags) for q in other.questions()}
        assert {t: tags - general for t, tags in back.items()} == wanted
        assert not any("#" in q.answer_markdown for q in other.questions())


@pytest.mark.parametrize(("name", "text", "packaged"), TAGGED_NOTES)
def test_a_csv_export_carries_the_questions_tags_and_they_come_back(
    store, tmp_path, name, text, packaged
):
    """The CSV has a tags column, Anki's spelling parted by spaces; imported elsewhere
    its tags are the questions' tags again, no topic and no line of an answer."""
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    import_file(store, notes)
    (deck,) = store.decks()
    out = tmp_path / "cards.csv"
    export_deck(store, deck.id, out)
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    # the package's tags but its topic's: the CSV has a topic column
    topics = {"SQL", "General"}
    wanted = {title: tags - topics for title, tags in packaged.items()}
    assert {row["question"]: set(row["tags"].split()) for row in rows} == wanted

    with Store.open(tmp_path / "other.sqlite3") as other:
        import_file(other, out)
        (again,) = other.decks()
        assert {q.title: set(q.tags) for q in other.questions()} == wanted
        assert content(other, again.id) == content(store, deck.id)  # topics and answers


def anki_filing(path: Path, tmp_path: Path) -> tuple[dict[str, str], set[str]]:
    """Each card's front → the name of the Anki deck it sits in; every deck's name."""
    read_apkg(path, tmp_path)
    with contextlib.closing(sqlite3.connect(tmp_path / "collection.anki2")) as conn:
        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
        names = {str(i): d["name"] for i, d in decks.items()}
        filed = conn.execute(
            "SELECT n.flds, c.did FROM notes n JOIN cards c ON c.nid = n.id"
        ).fetchall()
    return {flds.split("\x1f")[0]: names[str(did)] for flds, did in filed}, set(names.values())


@pytest.mark.parametrize(
    ("top", "notes"),
    [
        (
            "Algorithms",
            [
                ("What is big-O?", "Algorithms"),
                ("What is quicksort?", "Algorithms::Sorting"),
                ("What is BFS?", "Algorithms::Graphs::BFS"),
            ],
        ),
        (  # a second input of the kind: two cards in the top deck, a sub-deck beside
            "Networking",
            [
                ("What is TCP?", "Networking"),
                ("What is UDP?", "Networking"),
                ("What is a SYN?", "Networking::TCP"),
            ],
        ),
    ],
)
def test_a_card_of_the_top_deck_goes_back_to_the_top_deck(tmp_path, top, notes):
    """A card that sat in the top deck itself in Anki (here under the topic "General")
    went back in a new sub-deck "Algorithms::General"; it goes back to "Algorithms",
    without a "General" tag, and imported again it is where it was."""
    from tests.helpers.anki_packages import Note, legacy_package

    package = legacy_package(tmp_path / "in.apkg", [Note((f, "A."), d) for f, d in notes])
    out = tmp_path / "out.apkg"
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        (deck,) = store.decks()
        export_deck(store, deck.id, out)
        filed, names = anki_filing(out, tmp_path)
        assert filed == dict(notes)
        assert f"{top}::General" not in names
        _, rows, _ = read_apkg(out, tmp_path)
        assert all("General" not in tags for _, tags, _ in rows)
        with Store.open(tmp_path / "again.sqlite3") as again:
            import_file(again, out)
            (back,) = again.decks()
            assert topic_paths(again, back.id) == topic_paths(store, deck.id)


@pytest.mark.parametrize(
    ("steps", "ratings", "left"),
    [
        ("1m 10m", (1,), 2002),  # Again: on the first of two steps, both to do
        ("1m 10m", (1, 3), 1001),  # then Good: on the last step
        ("1m 10m 1h", (1,), 3003),  # a second input: three steps set in Preferences
        ("1m 10m 1h", (1, 3), 2002),
    ],
)
def test_a_learning_card_goes_to_anki_with_the_steps_it_has_left(
    store, deck, tmp_path, steps, ratings, left
):
    """Anki's cards.left is the steps left today * 1000 + the steps left (its v3
    scheduler reads the units, counted from the end of the deck's steps): every
    learning card went as 1001, one step left, even on the first of two."""
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.settings_schema import LEARNING_STEPS, load_settings, write

    write(store, LEARNING_STEPS, steps)
    scheduler = SpacedRepetition.from_settings(load_settings(store))
    _, gan, _ = store.questions(deck_id=deck.id)
    when = datetime.now(UTC) - timedelta(seconds=30)
    card = None
    for rating in ratings:
        card, due = scheduler.grade(card, rating, when)
        store.record_review(gan.id, rating, 5.0, "study", card, due, int(when.timestamp() * 1000))
    out = tmp_path / "cards.apkg"
    export_deck(store, deck.id, out)
    read_apkg(out, tmp_path)
    with contextlib.closing(sqlite3.connect(tmp_path / "collection.anki2")) as conn:
        rows = conn.execute(
            "SELECT n.flds, c.type, c.left FROM cards c JOIN notes n ON n.id = c.nid"
        ).fetchall()
    by_title = {flds.split("\x1f")[0]: (kind, kept) for flds, kind, kept in rows}
    assert by_title["What is a GAN?"] == (1, left)
    assert by_title["What is dropout?"] == (0, 0)  # never studied: new, nothing left
