"""A question title's inline code, where the window shows it: the tree lists the
title without Markdown's marks and draws its code in the code face (it showed the
author's backticks), the answer pane draws the code in the code face. Both read
"How does is differ from ==?" before the code was kept."""

from __future__ import annotations

from studyapp.core.answer_look import TITLE_CODE_STYLE
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.ui.title_runs import TITLE_RUNS_ROLE

from .window_helpers import QT_WARNINGS_FAIL, click_question, tree_index

pytestmark = QT_WARNINGS_FAIL

PLAIN = "How does is differ from ==?"
MARKED = "How does `is` differ from `==`?"


def test_a_titles_code_shows_in_the_tree_and_the_answer_pane(qtbot, store, make_window, notes_dir):
    doc = ParsedDocument(
        "Python",
        "markdown",
        [ParsedQuestion(PLAIN, "Identity, not value.", 3, ("Operators",), raw_title=MARKED)],
    )
    store.import_document(doc, str(notes_dir / "python.md"), "hash-py")
    (qid,) = [q.id for q in store.questions() if q.title == PLAIN]
    window = make_window(show=True)

    assert tree_index(window, qid).data() == PLAIN
    assert drawn_in_code_face(qtbot, window) >= {"is", "=="}
    click_question(qtbot, window, qid)
    code = f'<code style="{TITLE_CODE_STYLE}">'
    assert window.answer.title.text() == f"How does {code}is</code> differ from {code}==</code>?"
    assert window.windowTitle().startswith(PLAIN)  # (a window title is plain text)


def test_a_mock_asks_and_sums_up_a_title_with_its_code(qtbot, store, make_window, notes_dir):
    from studyapp.core.mock import MockSettings, save_settings

    doc = ParsedDocument(
        "Python",
        "markdown",
        [ParsedQuestion(PLAIN, "Identity, not value.", 3, ("Operators",), raw_title=MARKED)],
    )
    store.import_document(doc, str(notes_dir / "python.md"), "hash-py")
    (qid,) = [q.id for q in store.questions() if q.title == PLAIN]
    save_settings(store, MockSettings(seconds_per_question=60))
    window = make_window(show=True)
    mock = window.controllers["mock"]
    assert mock.start_mock_on([qid])
    code = f'<code style="{TITLE_CODE_STYLE}">'
    assert window.answer.title.text() == f"How does {code}is</code> differ from {code}==</code>?"
    window.reveal()
    window.grade(1)
    view = mock.summary_view
    # plain text, no backticks; its code drawn in the code face (ui.title_runs)
    assert view.rows_text()[0][1] == PLAIN
    runs, _hint = view.table.item(0, 1).data(TITLE_RUNS_ROLE)
    assert [text for text, code in runs if code] == ["is", "=="]
    assert f"How does {code}is</code>" in view.weak_list.text()


def drawn_in_code_face(qtbot, window) -> set[str]:
    """The texts the tree has drawn in the code face, once it has painted; no text it
    drew holds a backtick."""
    window.tree.expandAll()
    window.tree.viewport().repaint()
    texts = window.tree.itemDelegate()._texts
    assert not [text for text, _face, _width in texts if "`" in text]
    return {text for text, face, _width in texts if face == "code"}


def test_the_tree_lists_titles_without_markdown_marks(qtbot, store, make_window, notes_dir):
    """Another title's code, elided in a narrow tree; a title typed in the app (its
    notes could not be written) with **strong** and a link: no marks in the list."""
    long_plain = "What is a detached HEAD and git switch --detach in a long title?"
    long_marked = "What is a detached HEAD and `git switch --detach` in a long title?"
    doc = ParsedDocument(
        "Git",
        "markdown",
        [
            ParsedQuestion(long_plain, "HEAD names a commit.", 3, ("Refs",), raw_title=long_marked),
            ParsedQuestion("Why not force-push?", "Others' history.", 6, ("Refs",)),
        ],
    )
    store.import_document(doc, str(notes_dir / "git.md"), "hash-git")
    ids = {q.title: q.id for q in store.questions()}
    typed = "Why is **force-push** risky after a [rebase](https://git-scm.com)?"
    store.edit_question_text(
        ids["Why not force-push?"], typed, "Others' history.", keep_over_imports=True
    )
    window = make_window(show=True)
    window.resize(700, 500)
    window.tree.expandAll()
    assert tree_index(window, ids[long_plain]).data() == long_plain
    typed_id = ids["Why not force-push?"]
    assert tree_index(window, typed_id).data() == "Why is force-push risky after a rebase?"
    # Drawn in the code face, elided where the row ends ("git switch --det…"), and
    # nothing after it (the title's end drawn after a "…" read as a title cut twice).
    assert "git switch --detach" in drawn_in_code_face(qtbot, window)
    drawn = window.tree.itemDelegate()._texts
    assert [width for text, face, width in drawn if text == "git switch --detach" and width]
    assert not [key for key in drawn if key[0] == " in a long title?"]
