"""A long word in an answer (a call in inline code, a path, a URL): the pane wraps
between words only, so it ran past the pane's edge, cut off, and a horizontal scroll
bar came under the whole answer. Now it breaks after its joining characters
(_ . , ( / …), and a copy of it reads as written, without the breaks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_answer_reading import blocks, shown
from tests.ui.test_wide_tables import settled

CLIPPING = (
    "Rescale the gradient when its norm exceeds a threshold:"
    " `torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)`."
    " It prevents exploding gradients in RNNs and transformers."
)
DOTTED = "Set `spark.sql.adaptive.coalescePartitions.minPartitionSize=1MB` before the join."
URL_TEXT = (
    "Read https://example.org/guides/batch_norm_versus_layer_norm_for_small_batches_in_practice"
    " first."
)


def fits(view) -> bool:
    bar = view.browser.horizontalScrollBar()
    return bar.maximum() <= 3 and not bar.isVisible()


@pytest.mark.parametrize(
    ("markdown", "word"),
    [
        (CLIPPING, "torch.nn.utils.clip_grad_norm_(model.parameters(),"),
        (DOTTED, "spark.sql.adaptive.coalescePartitions.minPartitionSize=1MB"),
        (URL_TEXT, "example.org/guides/batch_norm_versus_layer_norm_for_small_batches_in_practice"),
    ],
    ids=["inline call", "inline setting", "URL in prose"],
)
def test_a_long_word_wraps_in_a_narrow_pane_and_nothing_scrolls_sideways(qtbot, markdown, word):
    view = settled(shown(qtbot, markdown, 360))
    assert fits(view)
    text = "".join(block.text() for block in blocks(view)).replace("\u200b", "")
    assert word in text  # every character still there


def copied(view) -> str:
    QApplication.clipboard().clear()
    view.browser.selectAll()
    view.browser.copy()
    return QApplication.clipboard().text()


@pytest.mark.parametrize("markdown", [CLIPPING, URL_TEXT + " " + "z" * 80])
def test_a_copy_of_the_answer_has_no_break_the_pane_put_in(qtbot, markdown):
    view = settled(shown(qtbot, markdown, 360))
    text = copied(view)
    assert "\u200b" not in text and "\u00ad" not in text
    assert "clip_grad_norm_(model.parameters(), 1.0)" in text or "z" * 80 in text
