"""A recorded mock interview's transcript as captions (Zoom's, Teams' or Meet's WebVTT,
a SubRip file): read as the interview it is, each question with the answer spoken
after it. It was read as cards named "1", "2", "3" (the cue numbers), the timings and
the speakers' names in every answer."""

from __future__ import annotations

from studyapp.core.parse import parse_file
from tests.helpers.parsing import pairs


def _pairs(path):
    return [(q.title, q.answer_markdown.strip()) for q in parse_file(path).questions]


def test_a_zoom_transcript_gives_the_interviewers_questions_the_answers_spoken_after(tmp_path):
    path = tmp_path / "mock.vtt"
    path.write_text(
        "WEBVTT\n\n"
        "1\n00:00:02.100 --> 00:00:06.400\nDana Fox: What is vertical scaling?\n\n"
        "2\n00:00:07.000 --> 00:00:15.200\nAlex Chen: A bigger machine for the same service.\n\n"
        "3\n00:00:15.500 --> 00:00:19.900\nDana Fox: How would you make a service stateless?\n\n"
        "4\n00:00:20.300 --> 00:00:26.800\nAlex Chen: Keep sessions in a shared store like Redis,\n\n"
        "5\n00:00:27.000 --> 00:00:31.000\nAlex Chen: and uploads in object storage.\n",
        encoding="utf-8",
    )
    assert _pairs(path) == [
        ("What is vertical scaling?", "A bigger machine for the same service."),
        (
            "How would you make a service stateless?",
            "Keep sessions in a shared store like Redis,\n\nand uploads in object storage.",
        ),
    ]


def test_teams_voice_tags_and_a_note_block_in_captions_named_as_text():
    captions = (
        "WEBVTT\n\nNOTE recorded with Teams\n\n"
        "a1b2/12-0\n00:01:02.000 --> 00:01:05.000\n<v Priya Shah>Why is a B-tree shallow?</v>\n\n"
        "a1b2/13-0\n00:01:06.000 --> 00:01:12.000\n<v Sam Lee>Each node holds hundreds of keys.</v>\n\n"
        "a1b2/14-0\n00:01:13.000 --> 00:01:16.000\n<v Priya Shah>When is a hash index better?</v>\n\n"
        "a1b2/15-0\n00:01:17.000 --> 00:01:21.000\n<v Sam Lee>For equality lookups only.</v>\n"
    )
    assert pairs(captions, suffix=".txt") == [
        ("Why is a B-tree shallow?", "Each node holds hundreds of keys."),
        ("When is a hash index better?", "For equality lookups only."),
    ]


def test_subrip_captions_with_numbered_speakers(tmp_path):
    path = tmp_path / "call.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nSpeaker 1: What does a load balancer do?\n\n"
        "2\n00:00:04,500 --> 00:00:09,000\nSpeaker 2: It spreads requests over healthy servers.\n\n"
        "3\n00:00:09,500 --> 00:00:12,000\nSpeaker 1: What is a health check?\n\n"
        "4\n00:00:12,500 --> 00:00:16,000\nSpeaker 2: A probe that tells it which servers are up.\n",
        encoding="utf-8",
    )
    assert _pairs(path) == [
        ("What does a load balancer do?", "It spreads requests over healthy servers."),
        ("What is a health check?", "A probe that tells it which servers are up."),
    ]


def _cues(*turns: str) -> str:
    return "WEBVTT\n\n" + "".join(
        f"{n}\n00:00:{n:02d}.000 --> 00:00:{n:02d}.900\n{turn}\n\n"
        for n, turn in enumerate(turns, 1)
    )


def test_a_calls_greetings_and_goodbyes_are_no_questions(tmp_path):
    """A tester's captions gave "For your time!" (from "Thanks for your time!", its
    thanks taken as a nod), "Morning, sorry I'm a couple of minutes late." and "Any
    questions for me?" as questions, and kept "Last question." in a title."""
    path = tmp_path / "call.vtt"
    path.write_text(
        _cues(
            "Lee Park: Morning, sorry I'm a couple of minutes late.",
            "Ana Ruiz: No worries at all.",
            "Lee Park: What is a mutex?",
            "Ana Ruiz: A lock only one thread holds at a time.",
            "Lee Park: Last question. Explain what a semaphore counts.",
            "Ana Ruiz: The permits left; a wait takes one.",
            "Lee Park: Cool. Any questions for me?",
            "Ana Ruiz: Yes, what does on-call look like?",
            "Lee Park: Perfect, that's all from me. Thanks for your time!",
            "Ana Ruiz: Thank you, bye!",
        ),
        encoding="utf-8",
    )
    assert _pairs(path) == [
        ("What is a mutex?", "A lock only one thread holds at a time."),
        ("Explain what a semaphore counts.", "The permits left; a wait takes one."),
    ]


def test_a_second_call_opening_and_closing_otherwise_is_read_the_same(tmp_path):
    path = tmp_path / "second.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nINTERVIEWER: Good afternoon! Thanks for having me"
        " on such short notice.\n\n"
        "2\n00:00:03,500 --> 00:00:05,000\nCANDIDATE: Happy to be here.\n\n"
        "3\n00:00:06,000 --> 00:00:08,000\nINTERVIEWER: What does an index cost on writes?\n\n"
        "4\n00:00:08,500 --> 00:00:11,000\nCANDIDATE: Every insert updates it too.\n\n"
        "5\n00:00:12,000 --> 00:00:14,000\nINTERVIEWER: Next question. Why shard a table?\n\n"
        "6\n00:00:14,500 --> 00:00:17,000\nCANDIDATE: To spread writes over machines.\n\n"
        "7\n00:00:18,000 --> 00:00:20,000\nINTERVIEWER: Great. Thanks for your time today.\n",
        encoding="utf-8",
    )
    assert _pairs(path) == [
        ("What does an index cost on writes?", "Every insert updates it too."),
        ("Why shard a table?", "To spread writes over machines."),
    ]
