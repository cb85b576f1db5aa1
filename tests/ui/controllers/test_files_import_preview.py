"""File → Import with a preview: nothing is written until Import; the deck name can
be changed; choosing another question unit splits again; a re-import shows what
would be new, updated, unchanged and removed; a file dropped on the window opens
the same preview."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from studyapp.core.importer import import_file

NOTES = """\
# Interview prep

Some words about this file.

## Databases

### What is an index?

A sorted structure for lookups.

### What is a transaction?

All or nothing.

## Networks

### What is TCP?

A reliable byte stream.
"""


def open_preview(qtbot, window, path):
    files = window.controllers["files"]
    files.import_paths([str(path)])
    dialog = files.preview_dialog
    assert dialog is not None and dialog.isVisible()
    if dialog.preview is None:
        with qtbot.waitSignal(dialog.ready, timeout=20000):
            pass
    return dialog


def click_import(qtbot, window, dialog):
    importer = window.controllers["files"].importer
    with qtbot.waitSignal(importer.finished, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def answer_column(dialog):
    return [
        dialog.questions.topLevelItem(i).text(2)
        for i in range(dialog.questions.topLevelItemCount())
    ]


def titles(dialog):
    return [
        dialog.questions.topLevelItem(i).text(0)
        for i in range(dialog.questions.topLevelItemCount())
    ]


def test_preview_shows_then_import_writes_with_the_name_typed(qtbot, make_window, store, tmp_path):
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    decks_before = [d.name for d in store.decks()]
    dialog = open_preview(qtbot, window, notes)
    assert titles(dialog) == ["What is an index?", "What is a transaction?", "What is TCP?"]
    assert dialog.questions.topLevelItem(2).text(1) == "Networks"
    assert dialog.unit_box.currentData() == "h3"
    assert "3 questions" in dialog.unit_box.currentText()
    skipped = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert any("line" in s for s in skipped)
    assert not dialog.counts.isVisible()  # a new deck: no re-import counts
    assert [d.name for d in store.decks()] == decks_before  # nothing written yet
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Prep")
    click_import(qtbot, window, dialog)
    assert sorted(d.name for d in store.decks()) == sorted([*decks_before, "Prep"])
    assert window.model.question_count() == 6 + 3


def test_choosing_another_unit_splits_again(qtbot, make_window, tmp_path):
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, notes)
    row = dialog.unit_box.findData("h2")
    assert row >= 0
    with qtbot.waitSignal(dialog.ready, timeout=20000):
        dialog.unit_box.setCurrentIndex(row)
        dialog.unit_box.activated.emit(row)  # as a click on the item does
    assert dialog.unit_box.currentData() == "h2"
    assert titles(dialog) == ["Databases", "Networks"]
    assert dialog.choice()[0] == "h2"


def test_a_deck_name_being_typed_keeps_the_keys_when_a_preview_comes_in(
    qtbot, make_window, tmp_path
):
    """A tester typed a deck's name while a big file was read: when the questions came
    in, the focus went to the Import button and the next keys went nowhere visible."""
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    dialog = open_preview(qtbot, make_window(show=True), notes)
    dialog.activateWindow()
    dialog.name_edit.setFocus()
    qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=2000)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Data")
    dialog.show_preview(dialog.preview)  # the questions come in while the name is typed
    assert dialog.name_edit.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "bases")
    assert dialog.name_edit.text() == "Databases"
    dialog.reject()


# A cloned interview-questions repository: numbered heading questions with their
# answers in <details>, then questions asked in the <summary> itself.
REPO_README = """# Frontend Interview Questions

## Contents

- [JavaScript](#javascript)
- [CSS](#css)

## JavaScript

1. ### What is a closure?
<details><summary>Answer</summary>

A function that keeps the variables of the scope it was made in.

</details>

2. ### What does `this` refer to?
<details><summary>Answer</summary>

The object a function is called on.

</details>

## CSS

<details>
<summary>3. What is the box model?</summary>

Content, padding, border and margin.

</details>

<details>
<summary>4. What does z-index do?</summary>

It orders positioned elements front to back.

</details>
"""


def choose(qtbot, dialog, data) -> None:
    row = dialog.unit_box.findData(data)
    assert row >= 0, data
    with qtbot.waitSignal(dialog.ready, timeout=20000):
        dialog.unit_box.setCurrentIndex(row)
        dialog.unit_box.activated.emit(row)  # as a click on the item does


def test_the_reading_found_first_stays_a_choice_when_its_unit_alone_finds_fewer(
    qtbot, make_window, tmp_path
):
    """A new user's repository README: "4 questions found" under a split choice that
    said "list items — 2 questions", and once another was tried no choice gave the 4
    back (list items again gave 2): only Cancel and a new preview did. Its toggles
    are questions wherever they stand now, so list items alone give the 4; whichever
    way, a choice gives them back after another was tried."""
    notes = tmp_path / "README.md"
    notes.write_text(REPO_README, encoding="utf-8")
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, notes)
    assert len(titles(dialog)) == 4
    first, first_unit = dialog.unit_box.currentText(), dialog.unit_box.currentData()
    assert first in ("list items, as read — 4 questions", "list items — 4 questions")
    choose(qtbot, dialog, "details")
    choose(qtbot, dialog, first_unit)  # the reading it opened with, again
    assert len(titles(dialog)) == 4
    assert dialog.unit_box.currentText() == first


def test_a_reimport_counts_what_changes_and_cancel_writes_nothing(
    qtbot, make_window, store, tmp_path
):
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    import_file(store, notes)
    notes.write_text(
        NOTES.replace("All or nothing.", "Atomic.").replace(
            "### What is TCP?\n\nA reliable byte stream.",
            "### What is UDP?\n\nDatagrams, with no promise of delivery.",
        ),
        encoding="utf-8",
    )
    window = make_window(show=True)
    before = {q.id: q.answer_markdown for q in store.questions()}
    dialog = open_preview(qtbot, window, notes)
    assert dialog.counts.isVisible()
    assert "1 new, 1 updated, 1 unchanged, 1 removed" in dialog.counts.text()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert {q.id: q.answer_markdown for q in store.questions()} == before


def test_a_file_dropped_on_the_window_opens_the_preview(qtbot, make_window, tmp_path):
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(notes))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window takes notes files
    drop = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    dialog = window.controllers["files"].preview_dialog
    assert dialog is not None and dialog.path == notes


def test_several_files_are_previewed_in_turn_and_cancel_skips_one(
    qtbot, make_window, store, tmp_path
):
    first, second, third = (tmp_path / f"{name}.md" for name in ("one", "two", "three"))
    for path, topic in ((first, "Databases"), (second, "Networks"), (third, "Storage")):
        path.write_text(NOTES.replace("## Databases", f"## {topic}"), encoding="utf-8")
    window = make_window(show=True)
    files = window.controllers["files"]
    decks_before = [d.name for d in store.decks()]
    files.import_paths([str(first), str(second), str(third)])
    dialog = files.preview_dialog
    if dialog.preview is None:
        with qtbot.waitSignal(dialog.ready, timeout=20000):
            pass
    assert [d.name for d in store.decks()] == decks_before  # nothing before its Import
    dialog.name_edit.setText("One")
    click_import(qtbot, window, dialog)
    # the second file's preview opens once the first import has finished; Cancel skips it
    second_dialog = files.preview_dialog
    assert second_dialog is not None and second_dialog is not dialog
    second_dialog.reject()
    third_dialog = files.preview_dialog
    assert third_dialog is not None and third_dialog is not second_dialog
    if third_dialog.preview is None:
        with qtbot.waitSignal(third_dialog.ready, timeout=20000):
            pass
    third_dialog.name_edit.setText("Three")
    click_import(qtbot, window, third_dialog)
    assert files.preview_dialog is None  # the queue is done
    assert sorted(d.name for d in store.decks()) == sorted([*decks_before, "One", "Three"])


def test_a_folder_whose_files_split_their_own_ways_names_that_in_the_preview(
    qtbot, make_window, tmp_path
):
    folder = tmp_path / "prep"
    folder.mkdir()
    (folder / "sql.md").write_text(NOTES, encoding="utf-8")
    (folder / "cards.csv").write_text(
        "question,answer\nWhat is DNS?,Names to addresses.\nWhat is a port?,An endpoint.\n",
        encoding="utf-8",
    )
    dialog = open_preview(qtbot, make_window(show=True), folder)
    label = dialog.unit_box.currentText()
    assert not label.strip().startswith("—") and label.endswith("5 questions"), label
    dialog.reject()


def test_the_preview_shows_each_answer_s_first_words_and_says_when_there_is_none(
    qtbot, make_window, tmp_path
):
    path = tmp_path / "half.md"
    path.write_text(
        "## What is a heap?\n\nA tree kept in order.\n\n## What is a trie?\n\n## Why?\n\nBecause.\n",
        encoding="utf-8",
    )
    dialog = open_preview(qtbot, make_window(show=True), path)
    answers = answer_column(dialog)
    assert answers[0] == "A tree kept in order." and "(no answer)" in answers
    dialog.reject()


def test_a_file_without_questions_says_what_is_read_and_what_to_try(qtbot, make_window, tmp_path):
    window = make_window()
    prose = tmp_path / "diary.md"
    prose.write_text("I read a lot this week.\n\nAnd I slept well.\n", encoding="utf-8")
    dialog = open_preview(qtbot, window, prose)
    text = dialog.state.text()
    assert text.startswith("No questions found.")
    assert "Q:/A: lines" in text  # the shapes StudyApp reads, what to try
    assert "CSV/TSV" not in text and ".docx" not in text  # not every kind of file read
    assert len(text) < 400, text  # (it was ten lines of every ending read)
    assert not dialog.import_button.isEnabled()
    # No unit is offered as the one chosen (it read "level-1 headings — 0 questions").
    assert dialog.unit_box.currentText() == "no way of splitting finds a question"
    assert not dialog.unit_box.isEnabled()
    dialog.reject()
    # A second shape with nothing to split: one long line of text with no mark.
    blob = tmp_path / "export.txt"
    blob.write_text("word " * 50_000 + "\n", encoding="utf-8")
    dialog = open_preview(qtbot, window, blob)
    assert dialog.state.text().startswith("No questions found.")
    assert "heading" not in dialog.unit_box.currentText()
    dialog.reject()


def test_a_folder_where_no_file_could_be_read_lists_each_file_and_why(qtbot, make_window, tmp_path):
    folder = tmp_path / "onlybad"
    folder.mkdir()
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.md").write_text("", encoding="utf-8")
    window = make_window()
    dialog = open_preview(qtbot, window, folder)
    text = dialog.state.text()
    assert text.startswith("No questions found: no file in this folder could be read as notes")
    assert "split" not in text  # no other split would find anything
    listed = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert any("image.png" in line and "not a notes file (.png)" in line for line in listed)
    assert any("blob.bin" in line and "not a notes file (.bin)" in line for line in listed)
    assert any("empty.md" in line and "the file is empty" in line for line in listed)
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_a_file_that_cannot_be_read_shows_only_why_and_close(qtbot, make_window, store, tmp_path):
    picture = tmp_path / "notes.md"  # a screenshot saved under a notes name
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    window = make_window(show=True)
    decks_before = [d.name for d in store.decks()]
    dialog = open_preview(qtbot, window, picture)
    text = dialog.state.text()
    assert "Cannot import notes.md" in text and "PNG image" in text
    # it offered an empty deck name to type, an empty split choice, empty lists
    for widget in (dialog.name_edit, dialog.unit_box, dialog.questions, dialog.skipped):
        assert not widget.isVisible()
    assert not dialog.import_button.isVisible()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text().replace("&", "") == "Close" and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [d.name for d in store.decks()] == decks_before


def test_notes_imported_as_a_new_deck_are_shown_and_a_reimport_keeps_the_place(
    qtbot, make_window, store, tmp_path
):
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    gd = next(q.id for q in store.questions() if q.title == "What is gradient descent?")
    window.controllers["browse"].show_question(gd)
    click_import(qtbot, window, open_preview(qtbot, window, notes))
    # it stayed on gradient descent, the new deck somewhere down the tree
    node = window.tree.current_node()
    assert node is not None and node.name == "Interview prep"
    assert window.answer.title.text() == "Interview prep"  # the deck's overview
    assert "3 questions" in window.answer.notice_label.text()  # with "Study this deck"
    # a re-import of the same notes (changed) leaves the person where they are
    window.controllers["browse"].show_question(gd)
    notes.write_text(NOTES.replace("All or nothing.", "Atomic."), encoding="utf-8")
    click_import(qtbot, window, open_preview(qtbot, window, notes))
    assert window.current_qid == gd


def test_a_new_deck_a_search_would_hide_is_shown_and_the_search_cleared(
    qtbot, make_window, store, tmp_path
):
    # A search typed before importing hid the new deck, with no hint it was there.
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.search.field.setText("gradient")
    browse.search.flush()
    assert window.current_qid is not None  # a match shown
    matched_topic = window.model.question(window.current_qid).topic_id
    assert window.tree.isExpanded(window.tree.from_source(window.model.topic_index(matched_topic)))
    click_import(qtbot, window, open_preview(qtbot, window, notes))
    node = window.tree.current_node()
    assert node is not None and node.name == "Interview prep"
    assert browse.search.text() == ""
    assert "Cleared the search “gradient”" in window.statusBar().currentMessage()
    # The topic of the match shown before is folded again, as the tree starts: a
    # tester's was 20,000 questions long, the new deck at its bottom.
    tree, model = window.tree, window.model
    assert not tree.isExpanded(tree.from_source(model.topic_index(matched_topic)))


def test_a_code_file_whose_comments_ask_is_previewed_in_words_and_imports(
    qtbot, make_window, store, tmp_path
):
    """A .sql drill file: each question a comment over its query. The preview names
    the split in words (it showed the parser's own name, "comment"), and importing
    it as previewed makes one question per comment."""
    drills = tmp_path / "drills.sql"
    drills.write_text(
        "-- Q1: Find the second highest salary.\n"
        "SELECT max(salary) FROM emp WHERE salary < (SELECT max(salary) FROM emp);\n\n"
        "-- Q2: Count the orders per customer.\n"
        "SELECT customer_id, count(*) FROM orders GROUP BY customer_id;\n",
        encoding="utf-8",
    )
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, drills)
    label = dialog.unit_box.currentText()
    assert label == "comments over code — 2 questions", label
    first = dialog.questions.topLevelItem(0).text(2)
    assert first.startswith("SELECT max(salary) FROM emp"), first  # no "```sql" first
    click_import(qtbot, window, dialog)
    deck = next(d for d in store.decks() if d.source_path.endswith("drills.sql"))
    assert [q.title for q in store.questions(deck_id=deck.id)] == [
        "Find the second highest salary.",
        "Count the orders per customer.",
    ]


def test_an_anki_package_previews_as_its_notes_and_imports(qtbot, make_window, store, tmp_path):
    from studyapp.ui.import_worker import FILE_FILTER
    from tests.helpers.anki_packages import Note, modern_package

    assert "*.apkg" in FILE_FILTER.split(";;")[0]  # offered with the notes files
    path = modern_package(
        tmp_path / "Interview.apkg",
        [
            Note(("What is a B-tree?", "A balanced tree."), "Interview::Databases"),
            Note(("What is TCP?", "A byte stream."), "Interview::Networks"),
        ],
    )
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, path)
    assert titles(dialog) == ["What is a B-tree?", "What is TCP?"]
    assert dialog.questions.topLevelItem(1).text(1) == "Networks"
    assert dialog.unit_box.currentText() == "Anki notes — 2 questions"
    listed = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert listed == ["Nothing: every note is in a question."]  # a package has no lines
    # The fixture's deck is "Interview" already, and this file's name says no more
    # (it read "Interview (Interview)"): the second is numbered.
    assert dialog.name_edit.text() == "Interview (2)"
    click_import(qtbot, window, dialog)
    assert "Interview (2)" in [d.name for d in store.decks()]
    assert "error" not in window.messages.kinds()


def test_a_second_file_with_a_taken_deck_name_is_previewed_and_shown_under_its_own(
    qtbot, make_window, store, tmp_path
):
    """Two notes files titled "Interview prep": the second's preview proposes the
    name its import gives ("Interview prep (Later)"), and the deck shows at once."""
    first, later = tmp_path / "prep.md", tmp_path / "later.md"
    first.write_text(NOTES, encoding="utf-8")
    later.write_text(NOTES.replace("What is TCP?", "What is UDP?"), encoding="utf-8")
    import_file(store, first)
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, later)
    assert dialog.name_edit.text() == "Interview prep (Later)"
    click_import(qtbot, window, dialog)
    names = sorted(d.name for d in store.decks())
    assert "Interview prep (Later)" in names and "Interview prep" in names
    assert window.messages.kinds().count("error") == 0
    assert window.model.question_count() == 6 + 3 + 3  # shown without a restart


def test_a_reimport_preview_counts_questions_pasted_back_apart_from_new(
    qtbot, make_window, store, tmp_path
):
    """Questions cut from the notes and pasted back come back with their progress: the
    preview said "1 new" of them."""
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    import_file(store, notes)
    cut = NOTES.replace("### What is TCP?\n\nA reliable byte stream.\n", "")
    notes.write_text(cut, encoding="utf-8")
    assert import_file(store, notes).removed == 1
    notes.write_text(NOTES, encoding="utf-8")  # the cut undone
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, notes)
    assert dialog.counts.text() == (
        "Re-import of “Interview prep”: 0 new, 1 back with its progress, 0 updated,"
        " 2 unchanged, 0 removed."
    )
    dialog.reject()


def test_a_big_file_s_preview_moves_and_names_its_size_while_it_reads(
    qtbot, make_window, tmp_path, monkeypatch
):
    """A 19 MB file sat for 25 s at a still "Finding questions…" over an empty list."""
    from studyapp.ui import import_preview

    monkeypatch.setattr(import_preview, "BIG_FILE_BYTES", 100)  # this file counts as big
    notes = tmp_path / "big.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window()
    files = window.controllers["files"]
    files.import_paths([str(notes)])
    dialog = files.preview_dialog
    assert dialog is not None
    # The worker's answer comes through the event loop, which has not run yet.
    assert dialog.preview is None
    assert dialog.busy.isVisible() and dialog.busy.maximum() == 0  # moving, no end
    assert dialog.state.text() == "Finding questions in 1 KB of notes…"
    with qtbot.waitSignal(dialog.ready, timeout=20000):
        pass
    assert not dialog.busy.isVisible()
    assert "What is TCP?" in titles(dialog)


def test_the_preview_s_answer_column_shows_words_not_their_markup(qtbot, make_window, tmp_path):
    """`**network partition**` and `<sup>T</sup>` showed as typed in the column."""
    path = tmp_path / "marks.md"
    path.write_text(
        "## What is CAP?\n\nUnder a **network partition**, pick `C` or A.\n\n"
        "## What is a transpose?\n\nA<sup>T</sup> swaps rows and columns.\n",
        encoding="utf-8",
    )
    dialog = open_preview(qtbot, make_window(show=True), path)
    answers = answer_column(dialog)
    assert answers == [
        "Under a network partition, pick C or A.",
        "AT swaps rows and columns.",
    ]
    dialog.reject()


def test_an_answer_s_first_words_keep_table_cells_and_dunders_apart():
    """A table answer read "AspectRESTgRPCFormatJSON…" in the preview's column."""
    from studyapp.ui.import_preview import first_words

    table = "Compare:\n\n<table><tr><td>Aspect</td><td>REST</td><td>gRPC</td></tr></table>"
    assert first_words(table) == "Compare: Aspect REST gRPC"
    assert first_words("Call **`__init__`** first.") == "Call __init__ first."


def test_an_answer_s_first_words_keep_tags_named_in_prose():
    """A tester's preview read "Void elements such as  or  have no closing tag." where
    the pane shows the <br> and <img> it names (core.named_tags); tags used stay out."""
    from studyapp.ui.import_preview import first_words

    named = "Void elements such as <br> or <img> have no closing tag."
    assert first_words(named) == named
    assert first_words('The "<input>" element, then <b>bold</b>.') == (
        'The "<input>" element, then bold.'
    )


def test_an_answer_s_first_words_read_markdown_escapes_as_the_pane_does():
    """A tester's preview showed "\\_\\_enter\\_\\_" and "\\*args", which the pane renders
    as __enter__ and *args; a code span keeps its backslashes."""
    from studyapp.ui.import_preview import first_words

    assert (
        first_words(r"Defines \_\_enter\_\_ and \_\_exit\_\_.") == "Defines __enter__ and __exit__."
    )
    assert first_words(r"Takes \*args and \*\*kwargs \(any number\).") == (
        "Takes *args and **kwargs (any number)."
    )
    assert first_words(r"Match `a\_b` or C:\temp") == r"Match a\_b or C:\temp"


def test_an_answer_s_first_words_keep_angle_brackets_inside_code():
    """A tester's preview read "Use git revert : it creates…" for "Use `git revert
    <sha>`: …": a placeholder in code was taken for an HTML tag. Tags outside code
    still go, and code that shows a tag keeps it."""
    from studyapp.ui.import_preview import first_words

    assert first_words("Use `git revert <sha>`: it creates a **new commit**.") == (
        "Use git revert <sha>: it creates a new commit."
    )
    assert first_words("Wrap it in `<div>` and <b>never</b> `Vec<T>`.") == (
        "Wrap it in <div> and never Vec<T>."
    )


def test_the_preview_says_when_the_notes_are_a_copy_of_a_decks(qtbot, make_window, store, tmp_path):
    """A copy of notes already imported ("prep (1).md") was "A new deck." and made
    a second deck of the same questions without a word."""
    from studyapp.core.importer import import_file

    original = tmp_path / "prep.md"
    original.write_text("## What is a heap?\n\nA tree kept in order.\n", encoding="utf-8")
    import_file(store, original)
    deck = next(d for d in store.decks() if d.source_path.endswith("prep.md"))
    copy = tmp_path / "prep (1).md"
    copy.write_bytes(original.read_bytes())
    dialog = open_preview(qtbot, make_window(show=True), copy)
    text = dialog.state.text()
    assert "A new deck." in text and f"the same notes as the deck “{deck.name}”" in text, text
    assert f"imported from {original}" in text
    assert "second copy" in text
    dialog.reject()
    other = tmp_path / "other.md"
    other.write_text("## What is a trie?\n\nA tree of prefixes.\n", encoding="utf-8")
    dialog = open_preview(qtbot, make_window(show=True), other)
    assert "second copy" not in dialog.state.text()
    dialog.reject()


def test_the_preview_says_when_the_questions_are_a_decks_saved_another_way(
    qtbot, make_window, store, tmp_path
):
    """The same notes as Markdown and as a web page made two decks without a word."""
    from studyapp.core.importer import import_file

    original = tmp_path / "prep.md"
    original.write_text(
        "## What is a heap?\n\nA tree kept in order.\n\n## What is a trie?\n\nPrefixes.\n",
        encoding="utf-8",
    )
    import_file(store, original)
    deck = next(d for d in store.decks() if d.source_path.endswith("prep.md"))
    page = tmp_path / "prep.html"
    page.write_text(
        "<h2>What is a heap?</h2><p>A tree kept in order.</p>"
        "<h2>What is a trie?</h2><p>Prefixes.</p>",
        encoding="utf-8",
    )
    dialog = open_preview(qtbot, make_window(show=True), page)
    text = dialog.state.text()
    assert f"2 questions of these are already in the deck “{deck.name}”" in text, text
    assert "second deck" in text
    dialog.reject()


def test_the_preview_names_a_word_documents_headings_as_its_styles_say(
    qtbot, make_window, tmp_path
):
    """Under a Title, the questions set in Heading 2 were offered as "level-3 headings"."""
    from tests.helpers.word import paragraph, write_docx

    doc = write_docx(
        tmp_path / "net.docx",
        paragraph("Title", "Networking prep"),
        paragraph("Heading1", "Transport"),
        paragraph("Heading2", "What is TCP?"),
        paragraph(None, "A reliable byte stream."),
        paragraph("Heading2", "What is UDP?"),
        paragraph(None, "Datagrams."),
    )
    dialog = open_preview(qtbot, make_window(show=True), doc)
    offered = [dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())]
    assert "level-2 headings (Heading 2) — 2 questions" in offered, offered
    dialog.reject()


def test_numbered_notes_offer_their_numbered_lines_as_a_split(qtbot, make_window, tmp_path):
    """A new user's numbered notes lost "3. stack vs queue" into the answer above, and
    the split choice was greyed out: no other way of splitting was offered. Numbered
    lines are a split of their own now, offered beside the one found."""
    notes = tmp_path / "t7.txt"
    notes.write_text(
        "1. What is a hash map?\nA key-value store.\n"
        "2. Explain Big-O notation\nAn upper bound on growth.\n"
        "3. stack vs queue\nstack is LIFO, queue is FIFO.\n",
        encoding="utf-8",
    )
    dialog = open_preview(qtbot, make_window(show=True), notes)
    assert titles(dialog) == ["What is a hash map?", "Explain Big-O notation", "stack vs queue"]
    assert dialog.unit_box.isEnabled()
    offered = [dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())]
    assert "numbered lines — 3 questions" in offered, offered
    choose(qtbot, dialog, "numbered")
    assert titles(dialog) == ["What is a hash map?", "Explain Big-O notation", "stack vs queue"]
    assert answer_column(dialog)[2] == "stack is LIFO, queue is FIFO."
    assert dialog.choice()[0] == "numbered"
    dialog.reject()


def test_the_preview_shows_topics_and_first_words_as_the_import_will(qtbot, make_window, tmp_path):
    """A tester's 199 questions above the file's first topic had no topic in the
    preview and were under "General" once imported; and the Answer column showed
    "### Long…" and "| | Deployment | StatefulSet |" where the pane shows words."""
    path = tmp_path / "k8s.md"
    path.write_text(
        "# K8s\n\n### What is a pod?\n\n### Short answer\n\nThe smallest unit.\n\n"
        "### Long answer\n\nContainers that share a network.\n\n## Workloads\n\n"
        "### Deployment vs StatefulSet?\n\n| | Deployment | StatefulSet |\n|---|---|---|\n"
        "| Pods | alike | ordered |\n\n### What does P(ready | probe) mean?\n\n"
        "> The chance a pod is ready given the probe passed.\n",
        encoding="utf-8",
    )
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, path)
    rows = [
        (dialog.questions.topLevelItem(i).text(0), dialog.questions.topLevelItem(i).text(1))
        for i in range(dialog.questions.topLevelItemCount())
    ]
    assert rows[0] == ("What is a pod?", "General") and rows[1][1] == "Workloads"
    answers = answer_column(dialog)
    assert answers[0].startswith("Short answer The smallest unit.")
    assert answers[1] == "Deployment StatefulSet Pods alike ordered"
    assert answers[2] == "The chance a pod is ready given the probe passed."
    dialog.reject()


def test_a_notes_title_is_not_offered_as_a_way_to_split_it(qtbot, make_window, tmp_path):
    """A new user's "# Git & Linux interview prep" over numbered questions offered
    "level-1 headings — 4 questions", made of the title and the items under it; chosen,
    the title was a question and every topic "General". The title is no split; the
    sections are, counted as they split."""
    notes = tmp_path / "prep.md"
    notes.write_text(
        "# Git & Linux interview prep\n\nNotes from my prep. Rough, but mine.\n\n## Git\n\n"
        "1. What is a detached HEAD?\n   HEAD points at a commit, not a branch.\n\n"
        "2. What does `git fetch` do?\n   Downloads the remote's objects only.\n\n## Linux\n\n"
        "3. What is a zombie process?\n   A child whose parent has not called wait().\n",
        encoding="utf-8",
    )
    dialog = open_preview(qtbot, make_window(show=True), notes)
    offered = [dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())]
    assert not [o for o in offered if o.startswith("level-1 headings")], offered
    assert "level-2 headings — 2 questions" in offered, offered
    dialog.reject()


def test_a_word_document_of_minutes_says_briefly_what_was_read_and_what_to_try(
    qtbot, make_window, tmp_path
):
    """A .docx of meeting minutes showed ten lines listing every kind of file read,
    every ending, before what to try."""
    from tests.helpers.word import paragraph, write_docx

    minutes = write_docx(
        tmp_path / "minutes.docx",
        paragraph(None, "Meeting minutes, 3 March."),
        paragraph(None, "We discussed the budget for Q3."),
        paragraph(None, "Alice will send the report by Friday."),
    )
    dialog = open_preview(qtbot, make_window(), minutes)
    text = dialog.state.text()
    assert text.startswith("No questions found.") and "listed below" in text
    assert "a heading (a Heading style)" in text  # said in Word's words
    assert ".pptx" not in text and len(text) < 400, text
    assert not dialog.import_button.isEnabled()
    dialog.reject()
