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
