"""The main window end to end on a temporary store: browse, study, undo, restart, edit."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolButton

from studyapp.core.render import answer_css
from studyapp.core.store import Store
from studyapp.ui.main_window import K_GEOMETRY, K_LAST_QUESTION, K_SPLITTER, K_ZOOM
from studyapp.ui.topic_tree import NODE_ROLE, QUESTION

from .conftest import make_doc, qid, topic_id

# Any Qt warning fails a test; the offscreen platform's note that it cannot pass
# window size hints on is about the test platform, not the app.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

GD = "What is gradient descent?"
LR = "What is a learning rate?"
PV = "What is a p-value?"


def tree_index(window, question_id):
    return window.tree.proxy.mapFromSource(window.model.question_index(question_id))


def click_question(qtbot, window, question_id):
    index = tree_index(window, question_id)
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press as the user makes it: to whatever widget has focus in the window."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def start_studying(qtbot, window, store, topic="Optimization"):
    window.tree.select_topic(topic_id(store, topic))
    window.start_study()
    assert window.mode == "study"


# --- layout ---------------------------------------------------------------------


def test_window_has_tree_answer_grading_menus_and_icon(make_window):
    window = make_window()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[0] == "File" and {"View", "Study", "Help"} <= set(menus)
    assert window.splitter.count() == 2
    assert not window.windowIcon().isNull()
    assert window.timer_slot.isHidden()  # room for the mock-interview timer


def test_every_shortcut_is_listed_in_a_menu(make_window):
    window = make_window()
    listed = {keys for _, keys in window.shortcut_rows()}
    for keys in ("Space", "1", "2", "3", "4", "J", "K", "Ctrl+F", "Ctrl+Z", "Ctrl+O"):
        assert keys in listed, keys


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


# --- browsing -------------------------------------------------------------------


def test_clicking_a_question_shows_its_answer_and_names_it_in_the_title(qtbot, make_window, store):
    window = make_window(show=True)
    click_question(qtbot, window, qid(store, LR))
    assert window.current_qid == qid(store, LR)
    assert "The step size of each update." in window.answer.browser.toPlainText()
    assert LR in window.answer.title.text()
    assert window.windowTitle().startswith(LR)


def test_rich_answer_renders_tables_code_and_lists(make_window, store):
    window = make_window()
    window.show_question(qid(store, GD))
    html = window.answer.answer_html()
    assert "<table" in html and 'border="1"' in html
    assert "<pre" in html and "<li>" in html and "<blockquote>" in html
    assert "Adam" in window.answer.browser.toPlainText()


def test_j_and_k_walk_the_questions(qtbot, make_window, store):
    window = make_window(show=True)
    window.show_question(qid(store, GD))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_J)
    assert window.current_qid == qid(store, LR)
    press(qtbot, window, Qt.Key.Key_K)
    assert window.current_qid == qid(store, GD)


# --- studying -------------------------------------------------------------------


def test_study_hides_the_answer_until_space(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    assert not window.answer.is_answer_visible()
    assert window.grading.face == "hidden"
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.answer.is_answer_visible()
    assert window.grading.face == "grade"
    # Each grade button names the interval it would give.
    for rating, button in window.grading.grade_buttons.items():
        assert button.text().split("\n")[1], rating


@pytest.mark.parametrize(
    ("key", "rating"), [(Qt.Key.Key_1, 1), (Qt.Key.Key_2, 2), (Qt.Key.Key_3, 3), (Qt.Key.Key_4, 4)]
)
def test_keys_1_to_4_write_one_review_row(qtbot, make_window, store, clock, key, rating):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    first = window.current_qid
    clock.advance(seconds=12)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(seconds=3)
    press(qtbot, window, key)
    reviews = store.reviews()
    assert len(reviews) == 1
    review = reviews[0]
    assert (review.question_id, review.rating, review.mode) == (first, rating, "study")
    assert review.seconds == pytest.approx(15.0)
    assert store.card_json(first) is not None
    assert window.current_qid != first  # the next question, already committed before


def test_a_whole_session_by_keyboard(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_4):
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, key)
    assert [r.rating for r in store.reviews()] == [3, 1, 4]
    # The Good and the Again are in learning steps (10 and 1 minutes): the session waits.
    assert window.grading.face == "waiting"
    assert window.search.text() == ""  # no key went astray into the search field


def test_grade_keys_do_nothing_before_reveal(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    press(qtbot, window, Qt.Key.Key_3)
    assert store.reviews() == []


def test_study_walks_the_topic_then_says_it_is_empty(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    assert "2 new" in re.sub("<[^>]+>", "", window.grading.status.text())
    for _ in range(2):
        window.reveal()
        window.grade(4)  # Easy: straight to review (Good would come back in its step)
    assert window.grading.face == "done"
    assert not window.answer.is_answer_visible()
    assert "All caught up" in window.answer.notice_label.text()
    assert len(store.reviews()) == 2
    # What to do next is offered: all topics, or back to browsing.
    window.start_study(all_topics=True)
    assert window.session is not None and window.session.remaining() == (0, 4)


def test_undo_restores_the_card_and_removes_the_log_row(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    first = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_4)
    assert len(store.reviews()) == 1
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.reviews() == []
    assert store.card_json(first) is None
    assert window.current_qid == first
    assert not window.answer.is_answer_visible()  # asked again from the start


def test_progress_and_position_survive_a_restart(qtbot, make_window, store, clock):
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    window.reveal()
    window.grade(3)
    graded = store.reviews()[0].question_id
    qtbot.waitUntil(lambda: window.model.state(graded) != "new")
    window.show_question(qid(store, PV))
    state_before = window.model.state(graded)
    window.close()

    again = make_window(show=True)
    assert again.current_qid == qid(store, PV)
    assert again.tree.current_question_id() == qid(store, PV)
    # One Good is not "learned" (that takes a week of FSRS stability): no mastery yet.
    assert again.model.state(graded) == state_before == "learning"
    stats = again.model.node(again.model.topic_index(topic_id(store, "Statistics")))
    assert again.model.mastery(stats) == 0


def test_geometry_splitter_and_zoom_persist(qtbot, make_window, settings_path):
    window = make_window(show=True)
    window.splitter.setSizes([300, 900])
    window.zoom_in()
    window.zoom_in()
    window.close()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    for key in (K_GEOMETRY, K_SPLITTER, K_LAST_QUESTION):
        assert settings.value(key) is not None, key
    assert int(settings.value(K_ZOOM)) == 2
    again = make_window(show=True)
    assert again.answer.zoom == 2
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_zoom_keys(qtbot, make_window):
    window = make_window(show=True)
    press(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.answer.zoom == 1
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.answer.zoom == -1


# --- theme ------------------------------------------------------------------------


def test_theme_switch_changes_the_answer_css(make_window, store, settings_path):
    window = make_window()
    window.show_question(qid(store, GD))
    window.set_theme_mode("light")
    light_doc_css = window.answer.browser.document().defaultStyleSheet()
    assert light_doc_css == answer_css("light")
    light_html = window.answer.answer_html()
    window.set_theme_mode("dark")
    assert window.theme.effective == "dark"
    assert window.answer.browser.document().defaultStyleSheet() == answer_css("dark")
    assert window.answer.answer_html() != light_html  # code colours follow the theme
    assert window.theme_actions["dark"].isChecked()
    window.close()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("view/theme") == "dark"


# --- safety ---------------------------------------------------------------------


def test_hostile_answer_renders_with_nothing_active(make_window, store, opened_urls):
    window = make_window()
    window.show_question(qid(store, "Is this answer safe?"))
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
    window.show_question(qid(store, "Is this answer safe?"))
    assert opened_urls == []  # nothing opens by itself
    browser = window.answer.browser
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened_urls == []
    browser.anchorClicked.emit(QUrl("https://example.org/docs"))
    assert opened_urls == ["https://example.org/docs"]


# --- search -----------------------------------------------------------------------


def visible_questions(window) -> set[str]:
    proxy = window.tree.proxy
    found: set[str] = set()

    def walk(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            node = window.model.node(proxy.mapToSource(index))
            if node.kind == QUESTION:
                found.add(node.key)
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_search_filters_the_tree_and_highlights_hits(qtbot, make_window, store):
    window = make_window(show=True)
    window.show_question(qid(store, GD))
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
    window.show_question(qid(store, GD))
    theme = window.theme.effective
    others = [q for q in store.questions() if q.id != window.current_qid]

    def ready() -> bool:
        return all(window.answer.is_prepared(window.cache.html(q, theme)) for q in others)

    qtbot.waitUntil(ready, timeout=5000)
    # Showing one of them is a document swap: nothing is parsed again.
    window.show_question(others[-1].id)
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


def test_search_without_match_hides_all(qtbot, make_window):
    window = make_window()
    window.apply_search("zzzqqq")
    assert visible_questions(window) == set()
    assert window.search.count.text() == "no match"


# --- editing ----------------------------------------------------------------------


def test_move_question_persists_across_reimport(make_window, store, notes_dir):
    window = make_window()
    moved = qid(store, LR)
    target = topic_id(store, "Statistics")
    assert window.move_question(moved, target)
    assert store.question(moved).topic_id == target
    assert window.model.question(moved).topic_id == target
    summary = store.import_document(make_doc(), str(notes_dir / "interview.md"), "h2", force=True)
    assert summary.removed == 0
    window.reload_tree()
    assert store.question(moved).topic_id == target
    parent = window.model.parent_node(window.model.node(window.model.question_index(moved)))
    assert parent.key == target


def test_move_by_context_menu_choice(make_window, store):
    window = make_window()
    window.show_question(qid(store, PV))
    window.messages.answers.append("Security")
    window.move_current_question()
    assert store.question(qid(store, PV)).topic_id == topic_id(store, "Security")


def test_drag_and_drop_moves_a_question(make_window, store):
    window = make_window()
    model = window.model
    moved = qid(store, PV)
    mime = model.mimeData([model.question_index(moved)])
    target = model.topic_index(topic_id(store, "Optimization"))
    action = Qt.DropAction.MoveAction
    assert model.canDropMimeData(mime, action, -1, -1, target)
    assert not model.canDropMimeData(mime, action, -1, -1, model.question_index(qid(store, GD)))
    model.dropMimeData(mime, action, -1, -1, target)
    assert store.question(moved).topic_id == topic_id(store, "Optimization")
    assert model.figures(topic_id(store, "Optimization"))[0] == 4


def test_rename_and_create_topic(make_window, store):
    window = make_window()
    stats = topic_id(store, "Statistics")
    window.tree.select_topic(stats)
    window.messages.answers.append("Stats & Probability")
    window.rename_current_topic()
    assert topic_id(store, "Stats & Probability") == stats
    assert window.model.topic_name(stats) == "Stats & Probability"
    window.messages.answers.append("Statistics")
    window.create_topic_here()
    new_topic = topic_id(store, "Statistics")
    assert window.model.topic_name(new_topic) == "Statistics"
    # The new topic survives a re-import even while empty; the rename too.
    store.import_document(make_doc(), "x.md", "h3", force=True)
    names = {t.name for t in store.topics(store.decks()[0].id)}
    assert {"Stats & Probability", "Statistics"} <= names


def test_duplicate_topic_name_is_a_plain_error(make_window, store):
    window = make_window()
    window.tree.select_topic(topic_id(store, "Statistics"))
    window.messages.answers.append("Security")
    window.rename_current_topic()
    assert window.messages.kinds() == ["error"]
    assert "already a topic" in window.messages.shown[0][2]


def test_a_second_window_on_the_same_store_sees_edits(make_window, store, store_path):
    window = make_window()
    window.move_question(qid(store, LR), topic_id(store, "Security"))
    window.close()
    with Store.open(store_path) as other:
        again = make_window(store=other)
        node = again.model.node(again.model.question_index(qid(store, LR)))
        assert again.model.parent_node(node).name == "Security"
        again.close()


def test_due_count_shows_in_the_tree(make_window, store, clock):
    window = make_window()
    window.tree.select_topic(topic_id(store, "Statistics"))
    window.start_study()
    window.reveal()
    window.grade(1)  # Again: due again within minutes
    window.stop_study()
    clock.advance(hours=1)
    window.refresh_progress()
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
