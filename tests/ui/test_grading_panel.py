"""The grading panel while browsing: what its Study button says of the selection."""

from __future__ import annotations

from studyapp.ui.grading_panel import GradingPanel


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
