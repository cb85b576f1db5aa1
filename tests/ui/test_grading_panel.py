"""The grading panel while browsing: what its Study button says of the selection."""

from __future__ import annotations

from studyapp.ui.grading_panel import GradingPanel
from tests.helpers.idle import until_idle


def settle(window) -> None:
    until_idle()
    window.layout().activate()


def test_nothing_due_here_names_what_is_due_elsewhere(qtbot):
    panel = GradingPanel()
    qtbot.addWidget(panel)
    button = panel.study_button
    panel.show_browse("", 0, 0, questions=8)
    assert button.text() == "Study   nothing due here" and not button.isEnabled()
    assert "all caught up" in button.toolTip()
    # The status bar says "1 due": the tip says where it is and how to study it.
    panel.show_browse("", 0, 0, questions=8, due_elsewhere=1)
    assert button.text() == "Study   nothing due here" and not button.isEnabled()
    assert "1 question is due in other topics" in button.toolTip()
    assert "Ctrl+Shift+D" in button.toolTip()
    panel.show_browse("", 1, 0, questions=8, due_elsewhere=3)
    assert button.text() == "Study   1 due · 0 new" and button.isEnabled()


def test_the_panel_keeps_its_height_from_question_to_answer(qtbot, make_window, store):
    """The answer's place did not stay put: on reveal the panel grew 14 px (the grade
    buttons' second line, the interval), pushing the answer's bottom edge up."""
    window = make_window(show=True)
    window.resize(1024, 640)
    qtbot.waitExposed(window)
    for width in (900, 1024):  # two rows (narrow pane) and one
        window.resize(width, 640)
        window.controllers["study"].start_study(all_topics=True)
        settle(window)
        panel = window.grading
        asking = (panel.height(), panel.mapTo(window, panel.rect().topLeft()).y())
        window.reveal()
        settle(window)
        assert panel.face == "grade"
        revealed = (panel.height(), panel.mapTo(window, panel.rect().topLeft()).y())
        assert revealed == asking, width
        window.controllers["study"].stop_study()


def test_the_study_button_gives_back_a_searchs_room_but_keeps_a_topics(qtbot):
    """The button keeps the width of its widest text, so a walk through the topics
    lays nothing out; a search's long label ("… (clears the search)") ended, the
    short one goes back to its own size instead of standing stretched."""
    panel = GradingPanel()
    qtbot.addWidget(panel)
    button = panel.study_button
    panel.show_browse("", 12, 30, questions=50)
    own = button.width()  # "Study   12 due · 30 new"
    panel.show_browse("", 1, 0, questions=50)
    assert button.width() == own  # a little shorter: the room is kept
    panel.show_browse("", 1, 0, questions=50, searching="the whole topic")
    assert button.width() > 1.5 * own
    panel.show_browse("", 1, 0, questions=50)
    assert button.width() <= own
