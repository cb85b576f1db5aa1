"""Browsing on a temporary store: the tree and its figures, showing answers safely,
J / K, search, and where the person was last time (BrowseController)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolButton

from studyapp.ui.topic_tree import NODE_ROLE
from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import (
    GD,
    LR,
    PV,
    QT_WARNINGS_FAIL,
    click_question,
    press,
    start_studying,
    tree_figures,
    tree_index,
    visible_questions,
)

pytestmark = QT_WARNINGS_FAIL


def test_tree_shows_counts_due_mastery_and_question_states(make_window, store):
    window = make_window(show=True)
    model = window.model
    assert model.figures(topic_id(store, "Optimization")) == (3, 0, 3, 0)
    optimization = model.topic_index(topic_id(store, "Optimization"))
    assert "3 questions · 0 due" in optimization.data(Qt.ItemDataRole.ToolTipRole)
    gd = model.question_index(qid(store, GD))
    assert gd.data(NODE_ROLE).key == qid(store, GD)
    assert model.state(qid(store, GD)) == "new"
    assert "New" in gd.data(Qt.ItemDataRole.ToolTipRole)
    window.tree.expandAll()
    assert not window.tree.grab().isNull()  # the delegate paints every kind of row


def test_clicking_a_question_shows_its_answer_and_names_it_in_the_title(qtbot, make_window, store):
    window = make_window(show=True)
    click_question(qtbot, window, qid(store, LR))
    assert window.current_qid == qid(store, LR)
    assert "The step size of each update." in window.answer.browser.toPlainText()
    assert LR in window.answer.title.text()
    assert window.windowTitle().startswith(LR)


def test_a_question_without_an_answer_says_so_instead_of_a_blank_pane(make_window, tmp_path):
    # A one-column CSV: the preview said "(no answer)", the pane stayed blank.
    from studyapp.core.store import Store
    from tests.ui.conftest import make_doc

    with Store.open(tmp_path / "bare.sqlite3") as bare:
        doc = make_doc(
            [("What is a heap?", ("Data",), ""), ("What is a trie?", ("Data",), "A tree.")]
        )
        bare.import_document(doc, str(tmp_path / "cards.csv"), "h")
        window = make_window(store=bare)
        browse = window.controllers["browse"]
        browse.show_question(qid(bare, "What is a heap?"))
        assert "Your notes give no answer to this question" in window.answer.browser.toPlainText()
        assert "Edit Question (F4)" in window.answer.browser.toPlainText()
        browse.show_question(qid(bare, "What is a trie?"))
        assert window.answer.browser.toPlainText().strip() == "A tree."
        window.close()


def test_rich_answer_renders_tables_code_and_lists(make_window, store):
    window = make_window()
    browse = window.controllers["browse"]
    browse.show_question(qid(store, GD))
    html = window.answer.answer_html()
    assert "<table" in html and 'border="1"' in html
    assert "<pre" in html and "<li>" in html and '<td class="quote">' in html
    assert "Adam" in window.answer.browser.toPlainText()


def test_j_and_k_walk_the_questions(qtbot, make_window, store):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, GD))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_J)
    assert window.current_qid == qid(store, LR)
    press(qtbot, window, Qt.Key.Key_K)
    assert window.current_qid == qid(store, GD)


def test_esc_after_a_search_gives_the_browsing_keys_back_to_the_tree(qtbot, make_window, store):
    """A tester searched, pressed Esc and then j: the j went into the search field (a
    new search, the selection jumped) instead of to the next question."""
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, GD))
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.field, "momen")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == "" and not window.search.field.hasFocus()
    press(qtbot, window, Qt.Key.Key_J)
    assert window.search.field.text() == ""
    assert window.current_qid == qid(store, LR)


def test_the_search_s_clear_button_gives_the_keys_back_to_the_tree(qtbot, make_window, store):
    """A tester cleared a search with its ⊗ and pressed Space to go back to a paused
    session: the space went into the search field instead. The ⊗ leaves the field as
    Esc does."""
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, GD))
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.field, "momen")
    button = window.search.field.findChild(QToolButton)  # the ⊗
    qtbot.waitUntil(button.isVisible)  # it fades in
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.search.field.hasFocus())
    assert window.search.field.text() == ""
    press(qtbot, window, Qt.Key.Key_J)
    assert window.search.field.text() == ""  # the j was the tree's: no new search


def test_progress_and_position_survive_a_restart(qtbot, make_window, store, clock):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    start_studying(qtbot, window, store, topic="Statistics")
    window.reveal()
    window.grade(3)
    graded = store.reviews()[0].question_id
    qtbot.waitUntil(lambda: window.model.state(graded) != "new")
    browse.show_question(qid(store, PV))
    state_before = window.model.state(graded)
    window.close()

    again = make_window(show=True)
    assert again.current_qid == qid(store, PV)
    assert again.tree.current_question_id() == qid(store, PV)
    # One Good is not "learned" (that takes a week of FSRS stability): no mastery yet.
    assert again.model.state(graded) == state_before == "learning"
    stats = again.model.node(again.model.topic_index(topic_id(store, "Statistics")))
    assert again.model.mastery(stats) == 0


def test_hostile_answer_renders_with_nothing_active(make_window, store, opened_urls):
    window = make_window()
    browse = window.controllers["browse"]
    browse.show_question(qid(store, "Is this answer safe?"))
    html = window.answer.answer_html().lower()
    for needle in ("<script", "alert('owned')", "onerror", "javascript:", "example.com/pixel"):
        assert needle not in html, needle
    shown = window.answer.browser.toHtml().lower()
    assert "javascript:" not in shown and "onerror" not in shown
    assert "before" in window.answer.browser.toPlainText().lower()
    # The remote image became a placeholder with its file name; nothing remote was
    # ever requested.
    assert "[image: pixel.png]" in window.answer.browser.toPlainText()
    assert not [u for u in window.answer.browser.refused if u.startswith("http")]


def test_browser_refuses_remote_and_outside_resources(make_window, notes_dir, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage, QTextDocument

    window = make_window()
    browser = window.answer.browser
    browser.base_dir = notes_dir
    inside = notes_dir / "img.png"
    outside = tmp_path / "secret.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(inside))
    image.save(str(outside))
    kind = QTextDocument.ResourceType.ImageResource
    assert browser.loadResource(kind, QUrl("https://example.com/x.png")) is None
    assert browser.loadResource(kind, QUrl.fromLocalFile(str(outside))) is None
    assert (
        browser.loadResource(
            QTextDocument.ResourceType.StyleSheetResource, QUrl.fromLocalFile(str(inside))
        )
        is None
    )
    loaded = browser.loadResource(kind, QUrl.fromLocalFile(str(inside)))
    assert isinstance(loaded, QImage) and not loaded.isNull()


def test_links_open_only_when_clicked_and_only_web_links(make_window, store, opened_urls):
    from PySide6.QtCore import QUrl

    window = make_window()
    browse = window.controllers["browse"]
    browse.show_question(qid(store, "Is this answer safe?"))
    assert opened_urls == []  # nothing opens by itself
    browser = window.answer.browser
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened_urls == []
    browser.anchorClicked.emit(QUrl("https://example.org/docs"))
    assert opened_urls == ["https://example.org/docs"]


def test_search_filters_the_tree_and_highlights_hits(qtbot, make_window, store):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, GD))
    resets = []
    window.model.modelReset.connect(lambda: resets.append(1))
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, "momen")
    assert len(visible_questions(window)) == 6  # debounced: nothing filtered yet
    with qtbot.waitSignal(window.search.search_requested, timeout=2000):
        pass
    # Title "What is momentum?" and the answer with the momentum column.
    assert visible_questions(window) == {qid(store, GD), qid(store, "What is momentum?")}
    # The best match (in its title) is shown, not the question on screen before.
    assert window.current_qid == qid(store, "What is momentum?")
    press(qtbot, window, Qt.Key.Key_Down)  # into the results, then the next one
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.current_qid == qid(store, GD)
    assert '<span class="hit">momen</span>tum' in window.answer.answer_html()
    assert "found" in window.search.count.text()
    assert resets == []  # the tree is filtered, never rebuilt
    window.search.field.clear()
    assert len(visible_questions(window)) == 6
    assert 'class="hit"' not in window.answer.answer_html()


def test_once_the_window_has_settled_the_answers_near_the_open_one_are_ready(
    qtbot, make_window, store
):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, GD))
    theme = window.theme.effective
    others = [q for q in store.questions() if q.id != window.current_qid]

    def ready() -> bool:
        return all(window.answer.is_prepared(window.cache.html(q, theme)) for q in others)

    qtbot.waitUntil(ready, timeout=5000)
    # Showing one of them is a document swap: nothing is parsed again.
    browse.show_question(others[-1].id)
    assert window.answer.browser.document() is window.answer.document_for(
        window.cache.html(others[-1], theme)
    )


def test_the_search_field_offers_a_clear_button_once_it_has_text(qtbot, make_window):
    window = make_window(show=True)
    field = window.search.field
    qtbot.keyClicks(field, "grad")
    assert field.isClearButtonEnabled()
    assert field.findChild(QAction, "_q_qlineeditclearaction") is not None
    button = field.findChild(QToolButton)
    qtbot.waitUntil(button.isVisible)  # it fades in
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert field.text() == ""


def test_clicks_and_keys_keep_working_after_a_search_comes_and_goes(qtbot, make_window, store):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, GD))
    browse.apply_search("momentum")
    click_question(qtbot, window, qid(store, "What is momentum?"))
    assert window.current_qid == qid(store, "What is momentum?")
    browse.apply_search("")
    # The question chosen during the search is still the tree's current row.
    assert window.tree.current_question_id() == qid(store, "What is momentum?")
    click_question(qtbot, window, qid(store, PV))
    assert window.current_qid == qid(store, PV)
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_J)
    assert window.current_qid not in (None, qid(store, PV))
    browse.apply_search("p-value")  # and into the filter again: the click follows
    click_question(qtbot, window, qid(store, PV))
    assert window.current_qid == qid(store, PV)


def test_search_without_match_hides_all(qtbot, make_window):
    window = make_window()
    browse = window.controllers["browse"]
    browse.apply_search("zzzqqq")
    assert visible_questions(window) == set()
    assert window.search.count.text() == "no match"


def test_a_search_matching_nothing_leaves_no_question_on_screen(qtbot, make_window):
    """A search that matches nothing says so in the answer pane, rather than leaving
    the question shown before with the earlier search's words marked in it."""
    window = make_window()
    browse = window.controllers["browse"]
    browse.apply_search("variance")
    assert window.current_qid is not None
    browse.apply_search("zzzqqq")
    assert window.current_qid is None
    assert "No question matches" in window.answer.title.text()
    assert "zzzqqq" in window.answer.notice_label.text()


def test_clearing_a_search_that_matched_nothing_goes_back_to_the_question(
    qtbot, make_window, store
):
    """A new user pressed Esc on a search that matched nothing: every row came back but
    the pane still said 'No question matches "zzzqqq"' with nothing selected. Clearing
    the search goes back to the question open before it."""
    window = make_window()
    browse = window.controllers["browse"]
    browse.show_question(qid(store, LR))
    browse.remember_question()
    browse.apply_search("zzzqqq")
    assert window.current_qid is None
    browse.apply_search("")  # Esc in the field
    assert window.current_qid == qid(store, LR)
    assert "No question matches" not in window.answer.title.text()
    assert window.tree.current_question_id() == qid(store, LR)


def test_due_count_shows_in_the_tree(make_window, store, clock):
    window = make_window()
    browse = window.controllers["browse"]
    study = window.controllers["study"]
    window.tree.select_topic(topic_id(store, "Statistics"))
    study.start_study()
    window.reveal()
    window.grade(1)  # Again: due again within minutes
    study.stop_study()
    clock.advance(hours=1)
    browse.refresh_progress()
    assert window.model.figures(topic_id(store, "Statistics"))[1] == 1


def test_the_selected_question_row_is_highlighted_and_the_others_are_not(qtbot, make_window, store):
    window = make_window(show=True)
    click_question(qtbot, window, qid(store, LR))
    viewport = window.tree.viewport()
    image = viewport.grab().toImage()
    ratio = image.devicePixelRatio()
    highlight = window.tree.palette().highlight().color()

    def row_colour(question_id):
        rect = window.tree.visualRect(tree_index(window, question_id))
        # Right of the state dot, left of the title: the row's own background.
        return image.pixelColor(int((rect.left() + 14) * ratio), int(rect.center().y() * ratio))

    assert row_colour(qid(store, LR)) == highlight
    assert row_colour(qid(store, PV)) != highlight
    click_question(qtbot, window, qid(store, PV))
    image = viewport.grab().toImage()
    assert row_colour(qid(store, PV)) == highlight
    assert row_colour(qid(store, LR)) != highlight
    # The selected row's state dot stands out from the highlight (it was drawn in
    # the "new" blue, which vanished on a blue highlight).
    rect = window.tree.visualRect(tree_index(window, qid(store, PV)))
    dot = image.pixelColor(int((rect.left() + 7) * ratio), int((rect.center().y() + 1) * ratio))
    assert abs(dot.lightness() - highlight.lightness()) > 60


def test_grades_update_the_rows_as_a_full_recount_would(qtbot, make_window, store):
    window = make_window()
    browse = window.controllers["browse"]
    study = window.controllers["study"]
    study.start_study(all_topics=True)
    for rating in (1, 3, 4, 2, 3):
        window.reveal()
        window.grade(rating)
    qtbot.waitUntil(lambda: not browse.figures._pending)
    shown = tree_figures(window)
    assert sum(state != "new" for state in shown[1].values()) == 5
    browse.refresh_progress()  # what the tree said before the index: recount it all
    assert tree_figures(window) == shown
    assert window.totals_label.text().startswith("6 questions")


def test_a_question_falling_due_changes_its_row_when_the_clock_gets_there(
    qtbot, make_window, store, clock
):
    window = make_window()
    browse = window.controllers["browse"]
    graded = qid(store, PV)
    browse.show_question(graded)
    study = window.controllers["study"]
    study.start_study()
    window.reveal()
    window.grade(3)
    study.stop_study()
    qtbot.waitUntil(lambda: window.model.state(graded) != "new")
    assert window.model.state(graded) != "due"
    assert browse.figures._clock_timer.isActive()  # set to the index's next change
    clock.advance(days=400)
    browse.figures._advance()  # what the timer does when it fires
    assert window.model.state(graded) in ("due", "weak")


def test_the_app_counts_the_figures_after_the_first_frame(qtbot, make_window, store):
    window = make_window(progress_after_paint=True)
    # Nothing counted before anything is shown, and the bar says so (it was blank).
    assert window.totals_label.text() == "6 questions · due, new and mastery being counted…"
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.totals_label.text().startswith("6 questions · 0 due"))


def test_idle_work_waits_until_the_person_pauses(qtbot, make_window, store):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    pane = window.controllers["pane"]
    order = window.model.question_order()
    qtbot.waitUntil(lambda: not pane._prerender, timeout=5000)
    window.cache.clear_memory()  # nothing prepared any more
    window.answer.drop_documents()
    steps: list[int] = []
    pane._idle.timeout.connect(lambda: steps.append(1))  # one step of idle work
    for question_id in order[:4]:  # clicks in a row, each handled at once
        browse.show_question(question_id)
        for _ in range(3):  # the event loop turns a few times before the next click
            QApplication.processEvents()
    assert steps == []  # nothing laid out or saved between the clicks
    theme = window.theme.effective
    nxt = window.model.question(order[4])
    qtbot.waitUntil(lambda: window.answer.is_prepared(window.cache.html(nxt, theme)), timeout=5000)
    assert steps  # then, in the pause


def test_a_new_search_straight_after_one_is_cleared_follows_the_new_matches(
    qtbot, make_window, store
):
    # Typed quickly: the search is cleared and a new one starts before the event loop
    # has run. The selection of the search before must not answer for the tree.
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.apply_search("what")
    browse.show_question(qid(store, PV))
    browse.apply_search("")
    bias = qid(store, "What is bias-variance?")
    browse.apply_search("bias")  # the question open is not a match; its neighbour is
    assert visible_questions(window) == {bias}
    assert window.current_qid == bias
    assert window.tree.current_question_id() == bias


def test_a_folder_decks_picture_beside_its_notes_folder_shows(make_window, tmp_path):
    """A cloned interview repo: `questions/db.md` shows `../assets/cap.png`, inside
    the folder the person imported."""
    from PySide6.QtGui import QColor, QImage

    from studyapp.core.importer import import_file
    from studyapp.core.store import Store

    repo = tmp_path / "repo"
    (repo / "questions").mkdir(parents=True)
    (repo / "assets").mkdir()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(repo / "assets" / "cap.png"))
    (repo / "questions" / "db.md").write_text(
        "# Databases\n\n## What is the CAP theorem?\n\n![CAP](../assets/cap.png)\n\n"
        "Pick two of three during a partition.\n\n## What is an index?\n\nA lookup structure.\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, repo)
        window = make_window(store=store)
        window.controllers["browse"].show_question(qid(store, "What is the CAP theorem?"))
        assert "[image: cap.png]" not in window.answer.browser.toPlainText()
        assert (repo / "assets" / "cap.png").resolve().as_uri() in window.answer.answer_html()
        assert window.answer.browser.refused == []
        window.close()  # before its store closes


def test_a_search_cleared_in_an_empty_library_shows_the_welcome(qtbot, make_window, store):
    """With no questions at all, clearing the search shows the welcome, not "No question
    matches “”"."""
    for deck in store.decks():
        store.remove_deck(deck.id)
    window = make_window()
    browse = window.controllers["browse"]
    browse.apply_search("zzz")
    browse.apply_search("")
    assert "Welcome" in window.answer.title.text()


def test_an_anki_packages_picture_shows_in_the_answer_pane(make_window, tmp_path):
    """An .apkg's media picture, written to the deck's media folder at import, is
    what the pane shows (no placeholder, nothing refused)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from studyapp.core.importer import import_file
    from studyapp.core.store import Store
    from tests.helpers.anki_packages import Note, add_media, legacy_package

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    notes = [Note(("What does a ROC curve show?", 'TPR against FPR <img src="roc.png">'))]
    package = add_media(legacy_package(tmp_path / "ml.apkg", notes), {"roc.png": bytes(data)})
    (tmp_path / "data").mkdir()
    with Store.open(tmp_path / "data" / "studyapp.sqlite3") as store:
        import_file(store, package)
        window = make_window(store=store)
        window.controllers["browse"].show_question(qid(store, "What does a ROC curve show?"))
        assert "[image: roc.png]" not in window.answer.browser.toPlainText()
        assert "/data/media/" in window.answer.answer_html()
        assert window.answer.browser.refused == []
        window.close()  # before its store closes


def test_a_topic_page_names_its_topic_once(qtbot, make_window, store):
    window = make_window(show=True)
    window.tree.setCurrentIndex(window.tree.model().index(0, 0))  # the deck's row
    name = window.tree.current_node().name
    assert name in window.answer.title.text().replace("\u200b", "")  # in the header
    notice = window.answer.notice_label.text()
    assert name not in notice and "question" in notice  # below it, only its figures


def test_typing_a_search_after_a_session_keeps_the_focus_in_the_field(qtbot, make_window, store):
    """The answer had the focus during a study session; later, a search whose page
    changed (a question, then no match) took the focus back from the field, and the
    next words typed went nowhere."""
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, "What is gradient descent?"))
    window.answer.take_focus()  # as a study session leaves it
    field = window.search.field
    field.setFocus()
    assert window.focusWidget() is field
    browse.apply_search("zzzqqq")  # the no-match page replaces the answer
    assert window.focusWidget() is field
    browse.apply_search("gradient")  # and a question again
    assert window.focusWidget() is field
