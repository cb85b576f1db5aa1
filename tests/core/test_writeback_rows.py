"""Write-back into a CSV or TSV of cards: the question's row takes the edit in its
question's and answer's cells, written as the csv module writes them in the file's
dialect; every other cell, its quotes and the file's other rows stay byte for byte.
A row whose cells do not hold the stored text (an Anki export's HTML) keeps the edit
in the app and says why; the live re-import after a write keeps the question."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.writeback import STORED, WRITTEN, edit_question
from tests.helpers.cards import record
from tests.helpers.written_notes import by_title, imported

CARDS = (
    "question,answer,source\n"
    'What is a GAN?,Two networks that compete.,"book"\n'
    '"What is RL, really?","Rewards, ""mostly"".",course\n'
    "What is dropout?,Zeroing units at random.,\n"
)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as s:
        yield s


def test_a_csv_rows_answer_is_written_into_its_cell_and_the_rest_kept(store, tmp_path):
    """The other cells keep their quotes ("book" needs none, and keeps them), the
    file its CRLF line endings."""
    cards = imported(store, tmp_path / "cards.csv", CARDS, "\r\n")
    q = by_title(store, "What is a GAN?")
    record(store, q.id, 3, 5.0, "study", 1)

    result = edit_question(store, q.id, q.title, "A generator and a discriminator.")

    assert result.outcome == WRITTEN, result.message
    assert cards.read_bytes() == CARDS.replace(
        "Two networks that compete.", "A generator and a discriminator."
    ).replace("\n", "\r\n").encode("utf-8")
    assert result.backup is not None
    assert store.question(q.id).answer_markdown == "A generator and a discriminator."
    assert [r.question_id for r in store.reviews()] == [q.id]


def test_a_quoted_cell_stays_quoted_and_new_text_is_quoted_where_it_needs(store, tmp_path):
    cards = imported(store, tmp_path / "cards.csv", CARDS)
    rl = by_title(store, "What is RL, really?")
    dropout = by_title(store, "What is dropout?")

    first = edit_question(store, rl.id, "What is RL?", 'Rewards, "mostly", and a policy.')
    second = edit_question(store, dropout.id, q_title := "What is dropout, in short?", "Noise.")

    assert (first.outcome, second.outcome) == (WRITTEN, WRITTEN), (first, second)
    assert cards.read_text(encoding="utf-8") == (
        "question,answer,source\n"
        'What is a GAN?,Two networks that compete.,"book"\n'
        '"What is RL?","Rewards, ""mostly"", and a policy.",course\n'
        '"What is dropout, in short?",Noise.,\n'
    )
    assert by_title(store, q_title).id == dropout.id


def test_a_multi_line_answer_becomes_a_quoted_cell_over_its_lines(store, tmp_path):
    cards = imported(store, tmp_path / "cards.csv", CARDS)
    q = by_title(store, "What is dropout?")

    result = edit_question(store, q.id, q.title, "Zeroing units at random.\nOnly in training.")

    assert result.outcome == WRITTEN, result.message
    assert cards.read_text(encoding="utf-8").endswith(
        'What is dropout?,"Zeroing units at random.\nOnly in training.",\n'
    )
    assert len(store.questions()) == 3
    after = store.question(q.id)
    assert after.answer_markdown == "Zeroing units at random.\nOnly in training."
    assert (after.source_line, after.end_line) == (4, 5)


def test_a_tsv_and_a_semicolon_csv_in_a_legacy_encoding_take_an_edit(store, tmp_path):
    tsv_text = "front\tback\ttags\nWhat is HTTP/2?\tMultiplexed streams.\tweb\n"
    tsv = imported(store, tmp_path / "net.tsv", tsv_text)
    semi_text = "Frage;Antwort\nWas ist ein Café?;Ein Ort für Kaffee.\nWas ist Tee?;Ein Aufguss.\n"
    semi = imported(store, tmp_path / "de.csv", semi_text, encoding="cp1252")
    http = by_title(store, "What is HTTP/2?")
    tea = by_title(store, "Was ist Tee?")

    # (the tags column's label ends the answer as the import shows it, and is typed so)
    one = edit_question(
        store, http.id, http.title, http.answer_markdown.replace("streams", "streams, one TCP")
    )
    two = edit_question(store, tea.id, "Was ist Tee?", "Ein Aufguss; heiß.")

    assert (one.outcome, two.outcome) == (WRITTEN, WRITTEN), (one.message, two.message)
    assert tsv.read_text(encoding="utf-8") == tsv_text.replace("streams.", "streams, one TCP.")
    assert semi.read_bytes() == semi_text.replace("Ein Aufguss.", '"Ein Aufguss; heiß."').encode(
        "cp1252"
    )


@pytest.mark.parametrize(
    ("text", "title", "answer", "why"),
    [
        (  # an Anki export: the cell is HTML, the stored answer its Markdown
            "#separator:tab\n#html:true\nWhat is a B-tree?\t<b>Balanced</b> tree<br>of pages\n",
            "What is a B-tree?",
            "A balanced tree.",
            "no cells holding its question and answer as they are stored",
        ),
        (  # one row's two cells with the same text: which is the answer is not known
            "question,answer\nEcho?,Echo?\nWhat is a REST API?,Resources over HTTP.\n",
            "Echo?",
            "An answer.",
            "no cells holding its question and answer as they are stored",
        ),
        (  # no answer yet, and two empty cells: which is the answer's is not known
            "question,answer,notes\nWhat is a mutex?,,\nWhat is a lock?,A mutex.,\n",
            "What is a mutex?",
            "A lock.",
            "no cells holding its question and answer as they are stored",
        ),
    ],
)
def test_a_row_whose_cells_do_not_hold_the_stored_text_writes_nothing(
    store, tmp_path, text, title, answer, why
):
    cards = imported(
        store, tmp_path / "cards.txt" if text.startswith("#") else tmp_path / "c.csv", text
    )
    q = by_title(store, title)

    result = edit_question(store, q.id, q.title, answer)

    assert result.outcome == STORED and why in result.message, result.message
    assert cards.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("name", "text", "title", "answer", "written"),
    [
        (  # a card written with its answer to come: the row's one empty cell is its own
            "os.csv",
            "question,answer\nWhat is a mutex?,\nWhat is a semaphore?,A counter.\n",
            "What is a mutex?",
            "A lock, one holder at a time.",
            'question,answer\nWhat is a mutex?,"A lock, one holder at a time."\n'
            "What is a semaphore?,A counter.\n",
        ),
        (  # spaces around the old text: the edit is the cell's whole text, as typed
            "api.csv",
            "question,answer\nWhat is idempotence?, Same result twice. \n",
            "What is idempotence?",
            "Repeating it changes nothing.",
            "question,answer\nWhat is idempotence?,Repeating it changes nothing.\n",
        ),
        (  # Anki's "Notes in Plain Text" (.txt, tabs): read as rows, written as rows
            "anki.txt",
            "#separator:tab\n#html:false\nWhat is a heap?\tA tree kept in order.\n",
            "What is a heap?",
            "A tree kept in order,\nparent first.",
            '#separator:tab\n#html:false\nWhat is a heap?\t"A tree kept in order,\nparent first."\n',
        ),
    ],
)
def test_an_answer_cell_holds_the_answer_as_typed(
    store, tmp_path, name, text, title, answer, written
):
    cards = imported(store, tmp_path / name, text)
    q = by_title(store, title)

    result = edit_question(store, q.id, q.title, answer)

    assert result.outcome == WRITTEN, result.message
    assert cards.read_text(encoding="utf-8") == written
    assert store.question(q.id).answer_markdown == answer


@pytest.mark.parametrize(
    ("name", "text", "title", "answer"),
    [
        ("cards.csv", CARDS, "What is a GAN?", "Adversarial nets."),
        (
            "net.tsv",
            "front\tback\nWhat is DNS?\tNames to addresses.\nWhat is TLS?\tCrypto.\n",
            "What is TLS?",
            "Encryption in transit,\nwith certificates.",
        ),
    ],
)
def test_the_live_reimport_after_a_row_is_written_keeps_the_question(
    store, tmp_path, name, text, title, answer
):
    cards = imported(store, tmp_path / name, text)
    q = by_title(store, title)
    record(store, q.id, 3, 5.0, "study", 1)
    count = len(store.questions())

    assert edit_question(store, q.id, q.title, answer).outcome == WRITTEN

    for force in (False, True):  # the watch's re-import; one that reads the file anew
        summary = import_file(store, cards, force=force)
        assert (summary.new, summary.removed) == (0, 0)
        assert len(store.questions()) == count
        assert store.question(q.id).answer_markdown == answer
    assert [r.question_id for r in store.reviews()] == [q.id]


def test_rows_the_person_chose_to_read_otherwise_are_written_as_lines(store, tmp_path):
    """A tab between a question and its answer, imported as lines that ask (chosen
    at import): the answer is the line's text after the tab, not a cell, and is
    written as such: no csv quotes around a quote typed into it."""
    text = "What is a tab?\tA gap, between fields.\nWhat is a row?\tOne card.\n"
    notes = tmp_path / "terms.txt"
    notes.write_text(text, encoding="utf-8")
    import_file(store, notes, split_at="asked")
    q = by_title(store, "What is a tab?")

    result = edit_question(store, q.id, q.title, 'A "gap" between fields.')

    assert result.outcome == WRITTEN, result.message
    assert notes.read_text(encoding="utf-8") == text.replace(
        "A gap, between fields.", 'A "gap" between fields.'
    )


SHEET = (
    "Question,Answer,Topic,Difficulty,Notes\n"
    "What is a JOIN?,Rows of two tables matched on a key,SQL,Easy,Asked in round two\n"
    'What is an index?,"A structure for fast lookups",SQL,Medium,"see B-tree, hash"\n'
    "What is a view?,A stored query,SQL,Easy,\n"
)


@pytest.mark.parametrize(
    ("title", "edited", "row"),
    [
        (  # the answer's own text changed, the note below it kept
            "What is a JOIN?",
            'Rows of two tables matched on a key, e.g. "INNER" and "LEFT"'
            "\n\n**Notes:** Asked in round two",
            'What is a JOIN?,"Rows of two tables matched on a key, e.g. ""INNER"" and'
            ' ""LEFT""",SQL,Easy,Asked in round two',
        ),
        (  # the note edited, the answer kept: each goes to its own cell
            "What is an index?",
            "A structure for fast lookups\n\n**Notes:** see B-tree, hash, GiST",
            'What is an index?,"A structure for fast lookups",SQL,Medium,"see B-tree, hash, GiST"',
        ),
        (  # a note taken out of the edit empties its cell
            "What is a JOIN?",
            "Rows of two tables matched on a key",
            "What is a JOIN?,Rows of two tables matched on a key,SQL,Easy,",
        ),
    ],
)
def test_a_rows_other_column_shown_under_its_answer_is_written_into_its_own_cell(
    store, tmp_path, title, edited, row
):
    """A tester's sheet had a Notes column, which the answer shows under its own text
    ("**Notes:** Asked in round two"): every edit of such a row was kept in StudyApp
    only, "its row … has no cells holding its question and answer"."""
    cards = imported(store, tmp_path / "cards.csv", SHEET)
    q = by_title(store, title)
    assert "**Notes:**" in q.answer_markdown

    result = edit_question(store, q.id, q.title, edited)

    assert result.outcome == WRITTEN, result.message
    lines = cards.read_text(encoding="utf-8").split("\n")
    assert row in lines, lines
    assert lines[2 if title == "What is an index?" else 1] == row
    others = [line for line in SHEET.split("\n") if not line.startswith(title)]
    assert all(line in lines for line in others)
    assert store.question(q.id).answer_markdown == edited
