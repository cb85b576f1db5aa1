"""The Edit Question dialog's preview wraps its answer to its width, as the answer
pane does: the sample deck's "Types of data analysis" showed a horizontal scroll bar
under its preview (s119.png), its table's long words unbroken."""

from __future__ import annotations

from tests.ui.conftest import qid

# Another answer of the kind, typed in the dialog: a table of long words.
TYPED = """Compared:

| Approach | Strengths | Weaknesses | Typical deployments |
|---|---|---|---|
| Microservices | Independently-deployable, horizontally-scalable | Operationally-demanding, network-chatty | Kubernetes-orchestrated e-commerce platforms |
| Monolith | Straightforward, transactionally-consistent | Tightly-coupled, redeployment-heavy | Early-stage startups, internal administration tools |
"""


def edit_dialog(qtbot, make_window, store, title: str):
    window = make_window(store=store, show=True)
    window.resize(1000, 700)
    window.controllers["browse"].show_question(qid(store, title))
    editing = window.controllers["editing"]
    editing.edit_current_question()
    dialog = editing.edit_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_sample_answers_preview_has_no_sideways_scroll_bar(qtbot, make_window, default_store):
    dialog = edit_dialog(qtbot, make_window, default_store, "Types of data analysis")
    assert "Common Tools" in dialog.preview.toPlainText()  # its table
    # (A table found too wide is laid out anew, its words hyphenated, once the layout
    # that found it is over: as in the answer pane.)
    qtbot.waitUntil(lambda: not dialog.preview.horizontalScrollBar().isVisible())


def test_a_typed_tables_preview_wraps_too(qtbot, make_window, default_store):
    dialog = edit_dialog(qtbot, make_window, default_store, "What is SHAP?")
    dialog.answer_edit.setPlainText(TYPED)
    dialog.update_preview()
    assert "Kubernetes" in dialog.preview.toPlainText()
    qtbot.waitUntil(lambda: not dialog.preview.horizontalScrollBar().isVisible())
    # Typed on: the new preview is checked again.
    dialog.answer_edit.setPlainText(TYPED.replace("Early-stage", "Venture-capital-funded"))
    dialog.update_preview()
    assert "Venture" in dialog.preview.toPlainText()
    qtbot.waitUntil(lambda: not dialog.preview.horizontalScrollBar().isVisible())
