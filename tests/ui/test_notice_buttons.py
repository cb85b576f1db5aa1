"""A notice's buttons replaced by another notice's go at once: deleted later, the old
"Study this deck" was drawn over the welcome page's "Import Notes…" in a screenshot
taken right after the last deck was removed."""

from __future__ import annotations

from studyapp.ui.answer_view import AnswerView


def test_a_new_notice_hides_the_old_notice_s_buttons_at_once(qtbot):
    view = AnswerView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    (old,) = view.show_notice("<p>A deck.</p>", [("Study this deck", lambda: None)])
    qtbot.waitUntil(old.isVisible)
    (new,) = view.show_notice("<p>Welcome.</p>", [("Import Notes…", lambda: None)])
    # At once, before the event loop turns: the old ones not left to be drawn, the
    # new ones there to be found and pressed.
    assert not old.isVisible() and new.isVisible()
