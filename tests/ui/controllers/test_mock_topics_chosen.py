"""The topics of a mock as a tester met them: ticked three, five questions drawn from
two, and the summary and History named the two; the next Ctrl+M fell back to the
row selected in the tree. The label names what was ticked (a topic none of whose
questions came up marked so, shortened when many), and the set-up opens on the
deck's last ticks until another row of the tree is chosen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studyapp.core.mock import MockSettings, mock_history, save_settings
from studyapp.core.store import Store
from tests.ui.conftest import make_doc

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]

CTRL = Qt.KeyboardModifier.ControlModifier
AI = (
    ("What is a p-value?", ("Data Analysis",), "A **p-value** measures **evidence**."),
    ("Correlation vs causation?", ("Data Analysis",), "**Correlation** is not **causation**."),
    ("What is a GAN?", ("Generative Models",), "A **generator** and a **discriminator**."),
    ("What is a VAE?", ("Generative Models",), "An **encoder** and a **decoder**."),
    ("What does GPT stand for?", ("LLMs & NLP",), "**Generative** **Pre-trained**."),
    ("What is a vector index?", ("Vector Databases",), "**ANN** search over **embeddings**."),
    ("What is Q-learning?", ("Reinforcement Learning",), "A **Q-table** of **rewards**."),
    ("What is k-means?", ("Clustering",), "**Centroids** move to the **mean**."),
)
SQL = (
    ("What is a join?", ("Joins",), "A **join** combines **rows**."),
    ("What is an index?", ("Indexes",), "An **index** speeds **lookups**."),
)
TICKED = ("Data Analysis", "Generative Models", "LLMs & NLP")


@pytest.fixture
def decks(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "topics.sqlite3") as s:
        s.import_document(make_doc(AI, deck="AI and ML"), str(tmp_path / "ai.md"), "a")
        s.import_document(make_doc(SQL, deck="SQL"), str(tmp_path / "sql.md"), "b")
        save_settings(s, MockSettings(count=2, seconds_per_question=60))
        yield s


def deck_id(store: Store, name: str) -> int:
    return next(d.id for d in store.decks() if d.name == name)


def topic_id(store: Store, deck: str, name: str) -> int:
    return next(t.id for t in store.topics(deck_id(store, deck)) if t.name == name)


def question_id(store: Store, title: str) -> str:
    return next(q.id for q in store.questions() if q.title == title)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def ticked_names(dialog) -> set[str]:
    from studyapp.core.mock_topics import TopicWords

    store = dialog.parent().controllers["mock"].store
    words = TopicWords(store).of(dialog.settings().topic_ids, None, known=False)
    return {name for deck in words.decks for name, _ in deck.names} if words else set()


def tick_by_keys(qtbot, dialog, names) -> None:
    """In the set-up's topic tree: Space on the deck unticks it all, then Down to each
    of `names` and Space."""
    tree = dialog.tree
    assert tree.currentItem() is tree.topLevelItem(0)  # the deck: ticked, as selected
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    for _ in range(tree.topLevelItem(0).childCount()):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        if tree.currentItem().text(0).split("   (")[0] in names:
            qtbot.keyClick(tree, Qt.Key.Key_Space)


def run_a_mock_on_three_ticked_topics(qtbot, window, store):
    """The tester's steps: the deck selected in the tree, Ctrl+M, three topics ticked,
    Return; the first question answered and graded Good, Esc and Enter on the second."""
    assert window.tree.select_deck(deck_id(store, "AI and ML"))
    press(qtbot, window, Qt.Key.Key_M, CTRL)
    mock = window.controllers["mock"]
    dialog = mock.mock_setup
    tick_by_keys(qtbot, dialog, TICKED)
    assert ticked_names(dialog) == set(TICKED)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Start
    assert window.mode == "mock" and mock.mock.position() == (1, 2)
    qtbot.keyClicks(QApplication.focusWidget(), "an answer")
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # reveal
    press(qtbot, window, Qt.Key.Key_3)  # Good
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Return)  # End now
    assert window.mode == "browse"
    return mock


def test_the_summary_and_history_name_every_topic_ticked(qtbot, make_window, decks):
    window = make_window(store=decks, show=True)
    mock = run_a_mock_on_three_ticked_topics(qtbot, window, decks)
    (answer,) = decks.mock_answers(mock.summary_view.summary.session_id)
    asked = next(q for q in decks.questions() if q.id == answer.question_id)
    asked_topic = next(t.name for t in decks.topics(asked.deck_id) if t.id == asked.topic_id)
    subtitle = " ".join(mock.summary_view.subtitle.text().split())
    for name in TICKED:  # two of the three were dropped: no question came of them
        shown = name if name == asked_topic else f"{name} (none asked)"
        assert shown in subtitle, subtitle
    mock.show_mock_history()
    label = mock.history_view.rows_text()[0][1]
    assert label.startswith("AI and ML: ") and all(name in label for name in TICKED)


def test_the_next_ctrl_m_opens_on_the_last_ticks_until_another_row_is_chosen(
    qtbot, make_window, decks
):
    window = make_window(store=decks, show=True)
    run_a_mock_on_three_ticked_topics(qtbot, window, decks)
    press(qtbot, window, Qt.Key.Key_Escape)  # Done: back to browsing
    mock = window.controllers["mock"]

    # The same row selected (the deck): the three topics, not the whole deck.
    press(qtbot, window, Qt.Key.Key_M, CTRL)
    assert ticked_names(mock.mock_setup) == set(TICKED)
    mock.mock_setup.reject()

    # A question of one of them selected (studying it, say): the three still.
    assert window.tree.select_question(question_id(decks, "Correlation vs causation?"))
    press(qtbot, window, Qt.Key.Key_M, CTRL)
    assert ticked_names(mock.mock_setup) == set(TICKED)
    mock.mock_setup.reject()

    # Another topic chosen in the tree: that one is the choice.
    assert window.tree.select_topic(topic_id(decks, "AI and ML", "Vector Databases"))
    press(qtbot, window, Qt.Key.Key_M, CTRL)
    assert ticked_names(mock.mock_setup) == {"Vector Databases"}
    mock.mock_setup.reject()

    # Another deck, never mocked: the row selected, as before; this deck's ticks wait.
    assert window.tree.select_deck(deck_id(decks, "SQL"))
    press(qtbot, window, Qt.Key.Key_M, CTRL)
    assert ticked_names(mock.mock_setup) == {"Joins", "Indexes"}
    mock.mock_setup.reject()
    assert window.tree.select_question(question_id(decks, "What is a p-value?"))
    press(qtbot, window, Qt.Key.Key_M, CTRL)
    assert ticked_names(mock.mock_setup) == set(TICKED)
    mock.mock_setup.reject()


def test_many_topics_are_shortened_and_named_in_full_in_the_tip(qtbot, make_window, decks):
    ai = [t.id for t in decks.topics(deck_id(decks, "AI and ML"))][:4]
    chosen = (*ai, topic_id(decks, "SQL", "Joins"))  # five topics of two decks
    save_settings(decks, MockSettings(topic_ids=chosen, count=1, order="random"))
    window = make_window(store=decks, show=True)
    mock = window.controllers["mock"]
    assert mock.start_mock()
    mock.skip_mock_question()
    (row,) = mock_history(decks)
    assert row.topic_label.endswith(" and 2 more") and row.topic_label.count(",") == 2
    for name in (*TICKED, "Vector Databases", "Joins"):
        assert name in row.topic_tip and name in mock.summary_view.subtitle.toolTip()
    assert " and 2 more" in mock.summary_view.subtitle.text()
