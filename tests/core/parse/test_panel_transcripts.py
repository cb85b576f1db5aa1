"""A panel interview written down: several interviewers, numbered or lettered
("Interviewer 1:", "Interviewer B:", "Panelist 2:", or a chat's "[14:03] Interviewer 2"
header), each ask; the candidate's turns are the answers. A transcript quoted whole
keeps no quote marks in its questions or answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.parse import parse_path


def _pairs(path: Path, text: str) -> list[tuple[str, str]]:
    path.write_text(text, encoding="utf-8")
    return [(q.title, q.answer_markdown) for q in parse_path(path).questions]


EXPECTED = [
    ("What is the CAP theorem?", "Under a partition you choose consistency or availability."),
    ("Give an example of an AP system.", "Cassandra with a low consistency level."),
    ("What would you pick for leader election?", "ZooKeeper."),
]


@pytest.mark.parametrize(
    ("first", "second", "me"),
    [
        ("Interviewer 1:", "Interviewer 2:", "Candidate:"),
        ("Interviewer A:", "Interviewer B:", "Me:"),
        ("Panelist 1:", "Panelist 2:", "Candidate:"),
    ],
)
def test_each_interviewer_of_a_panel_asks(tmp_path, first, second, me):
    text = (
        f"Panel interview, March 3\n\n"
        f"{first} What is the CAP theorem?\n"
        f"{me} Under a partition you choose consistency or availability.\n"
        f"{second} Give an example of an AP system.\n"
        f"{me} Cassandra with a low consistency level.\n"
        f"{first} What would you pick for leader election?\n"
        f"{me} ZooKeeper.\n"
    )
    assert _pairs(tmp_path / "panel.txt", text) == EXPECTED


def test_a_panel_pasted_from_a_chat_with_a_header_per_message(tmp_path):
    text = (
        "[14:00] Interviewer 1\nWhat is the CAP theorem?\n"
        "[14:01] Me\nUnder a partition you choose consistency or availability.\n"
        "[14:03] Interviewer 2\nGive an example of an AP system.\n"
        "[14:04] Me\nCassandra with a low consistency level.\n"
        "[14:06] Interviewer 1\nWhat would you pick for leader election?\n"
        "[14:07] Me\nZooKeeper.\n"
    )
    assert _pairs(tmp_path / "panel.txt", text) == EXPECTED


def test_a_transcript_quoted_whole_keeps_no_quote_marks(tmp_path):
    text = (
        "## Mock\n\n"
        "> **Interviewer:** What is a B-tree?\n>\n"
        "> **Candidate:** A balanced tree with many keys per node.\n>\n"
        "> **Interviewer:** Why do databases use them?\n>\n"
        "> **Candidate:** Few disk reads per lookup.\n"
    )
    assert _pairs(tmp_path / "mock.md", text) == [
        ("What is a B-tree?", "A balanced tree with many keys per node."),
        ("Why do databases use them?", "Few disk reads per lookup."),
    ]


def test_a_recordings_numbered_speakers_the_one_who_asks_is_the_interviewer(tmp_path):
    text = (
        "Speaker 1  0:03\nWhat is the CAP theorem?\n\n"
        "Speaker 2  0:09\nUnder a partition you choose consistency or availability.\n\n"
        "Speaker 1  0:21\nGive an example of an AP system.\n\n"
        "Speaker 2  0:25\nCassandra with a low consistency level.\n\n"
        "Speaker 1  0:40\nWhat would you pick for leader election?\n\n"
        "Speaker 2  0:44\nZooKeeper.\n"
    )
    assert _pairs(tmp_path / "recording.txt", text) == EXPECTED
