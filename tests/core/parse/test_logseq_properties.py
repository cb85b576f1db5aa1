"""Logseq writes properties of its own under a block (``id::`` once it is referenced,
``collapsed::`` once folded, ``card-*::`` once a card is reviewed): none is the
person's answer. Their lines are named, not lost."""

from __future__ import annotations

from studyapp.core.parse import parse_file
from tests.helpers.parsing import pairs


def test_referenced_and_folded_cards_answer_without_their_id_and_collapsed_lines():
    notes = (
        "- ## Python internals\n"
        "\t- What is the GIL? #card\n"
        "\t  id:: 65a1f0c2-1b3e-4c55-9f1a-0a7d1e2b3c4d\n"
        "\t\t- A mutex that lets one thread run bytecode at a time.\n"
        "\t- What does `__slots__` do? #card\n"
        "\t  collapsed:: true\n"
        "\t\t- Replaces the per-instance `__dict__` with fixed slots.\n"
    )
    assert pairs(notes) == [
        ("What is the GIL?", "- A mutex that lets one thread run bytecode at a time."),
        ("What does __slots__ do?", "- Replaces the per-instance `__dict__` with fixed slots."),
    ]


def test_a_reviewed_cards_schedule_is_no_part_of_its_answer(tmp_path):
    path = tmp_path / "sql.md"
    path.write_text(
        "tags:: sql\n\n"
        "- What is a window function? #card\n"
        "  card-last-interval:: 4.1\n"
        "  card-repeats:: 2\n"
        "  card-next-schedule:: 2024-02-10T08:00:00.000Z\n"
        "\t- A function over rows related to the current row.\n"
        "- What does UNION remove? #card\n"
        "\t- Duplicates.\n"
        "\t  logseq.order-list-type:: number\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("What is a window function?", "- A function over rows related to the current row."),
        ("What does UNION remove?", "- Duplicates."),
    ]
    # the property after the last answer is named as what it is, not "notes"
    assert [(r.start_line, r.reason) for r in doc.skipped] == [
        (1, "Logseq block properties"),  # the page's "tags:: sql", above its outline
        (10, "Logseq block properties"),
    ]


def test_a_pages_property_on_its_first_line_names_no_deck(tmp_path):
    """A first line alone above the questions names the deck, in .md as in .txt; a
    page property ("tags:: sql", "alias:: db") is the page's metadata, not its title."""
    for first in ("tags:: sql", "alias:: databases, db"):
        path = tmp_path / "sql.md"
        path.write_text(
            f"{first}\n\n- What does UNION remove? #card\n\t- Duplicates.\n", encoding="utf-8"
        )
        doc = parse_file(path)
        assert doc.deck_name == "sql", (first, doc.deck_name)
        assert [q.title for q in doc.questions] == ["What does UNION remove?"]


def test_a_pages_title_property_names_its_deck(tmp_path):
    """`title:: Java` in a Logseq page's first block is the page's name (its file's name
    a slug of it): the deck was "Logseq Page", from the file's name."""
    path = tmp_path / "logseq-page.md"
    for properties, deck in (
        ("title:: Java\ntags:: interview, backend\n", "Java"),
        ("tags:: go\ntitle:: Go [[concurrency]] prep\nalias:: go-prep\n", "Go concurrency prep"),
        ("tags:: go\n", "logseq-page"),  # no title: the file names it, as before
    ):
        path.write_text(
            f"{properties}\n- Channels\n\t- What is a buffered channel?\n"
            "\t\t- A channel with room; a send blocks only when it is full.\n",
            encoding="utf-8",
        )
        doc = parse_file(path)
        assert doc.deck_name == deck
        assert [q.title for q in doc.questions] == ["What is a buffered channel?"]


def test_the_dates_and_query_settings_logseq_hides_are_no_cards_or_answers():
    # Recognisably Logseq (an "id::" it wrote): its hidden "created-at::", "query-*::"
    # lines are none of the person's cards; a property of their own ("Note::") stays.
    notes = (
        "- What is a B-tree?\n"
        "  id:: 6650a1f2-1c3d-4e5f-8a9b-0c1d2e3f4a5b\n"
        "\t- A balanced tree whose nodes hold many keys.\n"
        "\t  created-at:: 1716543210000\n"
        "\t  updated-at:: 1716543299000\n"
        "- Why are B+-tree leaves linked?\n"
        "  background_color:: yellow\n"
        "\t- So a range is read in order.\n"
        "\t  query-table:: true\n"
        "\t  Note:: also true of LSM levels\n"
    )
    assert pairs(notes) == [
        ("What is a B-tree?", "- A balanced tree whose nodes hold many keys."),
        (
            "Why are B+-tree leaves linked?",
            "- So a range is read in order.\n\n  Note:: also true of LSM levels",
        ),
    ]


def test_a_page_with_properties_over_its_outline_is_logseqs(tmp_path):
    path = tmp_path / "tcp.md"
    path.write_text(
        "tags:: networking\n\n"
        "- What does TCP slow start do?\n"
        "\t- It doubles the congestion window each round trip.\n"
        "\t  created-at:: 1716543210000\n"
        "\t  last-modified-at:: 1716543299000\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.questions[0].answer_markdown == "- It doubles the congestion window each round trip."
    assert any(r.reason == "Logseq block properties" for r in doc.skipped)  # named, not lost


def test_the_same_field_names_in_other_notes_are_the_persons(tmp_path):
    path = tmp_path / "reading.md"
    path.write_text(
        "# Reading notes\n\n## What is a B-tree?\n\n"
        "created-at:: 2024-05-01\nNote:: check the DDIA chapter\n"
        "A balanced tree whose nodes hold many keys.\n\n"
        "## Why are leaves linked?\n\nupdated-at:: 2024-05-03\nSo a range is read in order.\n",
        encoding="utf-8",
    )
    answer = parse_file(path).questions[0].answer_markdown
    assert answer.startswith("created-at:: 2024-05-01") and "Note:: check" in answer
