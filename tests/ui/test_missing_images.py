"""Pictures an answer names but cannot show read as a plain note in the answer pane,
never as Qt's broken-image box: the bundled deck's, and any notes' (a file that is not
there, or a file by that name that holds no image)."""

from __future__ import annotations

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.ui.conftest import qid


def shown(window) -> str:
    """The answer's text as read: the zero-width breaks a long name is given are not seen."""
    return window.answer.browser.toPlainText().replace("\u200b", "")


def test_the_bundled_decks_missing_pictures_say_so(make_window, default_store):
    window = make_window(store=default_store)
    browse = window.controllers["browse"]
    for title, name in (
        ("Correlation vs Causation in Data Analysis", "a3be24c8-6c20-4dbc-b1c2-3571ecb4c37c.png"),
        ("Where did data analysis help?", "ChatGPT Image Jun 18, 2025, 12_25_08 PM.png"),
    ):
        browse.show_question(qid(default_store, title))
        assert f"[image: {name} — not in your notes]" in shown(window)
        assert window.answer.browser.refused == []  # no picture asked for and not given


def test_a_file_that_holds_no_picture_reads_as_a_note(make_window, tmp_path):
    """A picture saved badly (an empty file, a web page under the picture's name): the
    pane drew a broken-image box for it."""
    notes = tmp_path / "notes"
    (notes / "img").mkdir(parents=True)
    (notes / "img" / "saved.png").write_text("<html>a saved web page</html>")
    (notes / "img" / "empty.jpg").write_bytes(b"")
    (notes / "db.md").write_text(
        "# Databases\n\n## What is the CAP theorem?\n\n![CAP](img/saved.png)\n\n"
        "Pick two of three.\n\n![twice](img/empty.jpg) and ![gone](img/gone.gif)\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, notes / "db.md")
        window = make_window(store=store)
        window.controllers["browse"].show_question(qid(store, "What is the CAP theorem?"))
        text = shown(window)
        assert "[image: saved.png — not a picture StudyApp can read]" in text
        assert "[image: empty.jpg — not a picture StudyApp can read]" in text
        assert "[image: gone.gif — not in your notes]" in text
        assert window.answer.browser.refused == []
        window.close()  # before its store closes
