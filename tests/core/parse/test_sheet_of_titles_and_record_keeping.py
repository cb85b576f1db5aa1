"""A sheet with a column of questions and only columns of record keeping beside it (a
Notion database's table exported alone, without its pages; a tracker of problems) was
read with its header row as a question, "Name", answered "Difficulty / Tags / Status",
and a "Difficulty" or "Asked on" column taken for every row's answer ("Medium"). The
header row names its columns by their record keeping, so it is a header; the
questions have no answer in the file, their record keeping their labels."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_path


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


@pytest.mark.parametrize(
    ("name", "text", "titles"),
    [
        (
            "Interview DB.csv",
            "Name,Difficulty,Tags,Status,Last reviewed\n"
            'What is a deadlock?,Medium,os,Done,"March 3, 2024"\n'
            "Explain the CAP theorem,Hard,distributed,To do,\n"
            'What is a bloom filter?,Easy,data structures,In progress,"March 5, 2024"\n',
            ["What is a deadlock?", "Explain the CAP theorem", "What is a bloom filter?"],
        ),
        (
            "Questions.tsv",
            "Name\tPriority\tCreated\tTags\n"
            "What is a closure?\tHigh\tMarch 3, 2024\tjs\n"
            "How does the event loop work?\tLow\tMarch 4, 2024\tjs\n",
            ["What is a closure?", "How does the event loop work?"],
        ),
    ],
    ids=["notion csv", "tsv"],
)
def test_a_header_of_record_keeping_is_no_question(tmp_path, name, text, titles):
    doc = _read(tmp_path, name, text)
    assert [q.title for q in doc.questions] == titles
    assert [(r.start_line, r.reason) for r in doc.skipped] == [(1, "header row")]
    for question in doc.questions:
        # no answer in the file: its record keeping gives tags, no answer text
        assert question.answer_markdown == ""
        assert question.tags


def test_the_record_keeping_becomes_labels(tmp_path):
    doc = _read(
        tmp_path,
        "Interview DB.csv",
        "Name,Difficulty,Tags,Status,Last reviewed\n"
        'What is a deadlock?,Medium,os,Done,"March 3, 2024"\n'
        "Explain the CAP theorem,Hard,distributed,To do,\n",
    )
    deadlock = doc.questions[0]
    assert {"Difficulty::Medium", "Status::Done"} <= set(deadlock.tags)
    assert deadlock.topic_path == ("os",)


@pytest.mark.parametrize(
    "text",
    [
        "Question,Difficulty\nWhat is a deadlock?,Medium\nExplain the CAP theorem,Hard\n"
        "What is a bloom filter?,Easy\n",
        "Title,Company,Round,Asked on,Status\n"
        "Design a rate limiter,Stripe,Onsite,2024-03-02,Done\n"
        "Reverse a linked list,Meta,Phone screen,2024-03-09,To do\n"
        "Explain consistent hashing,Stripe,Onsite,2024-04-11,Done\n",
    ],
    ids=["difficulty", "tracker"],
)
def test_a_column_of_record_keeping_is_no_answer(tmp_path, text):
    for question in _read(tmp_path, "sheet.csv", text).questions:
        # not "Medium", not "2024-03-02", not "#Difficulty/Medium": tags
        assert question.answer_markdown == "", question.answer_markdown
        assert question.tags


def test_a_sheet_with_an_answer_column_beside_them_keeps_its_answers(tmp_path):
    doc = _read(
        tmp_path,
        "sheet.csv",
        "Name,Notes,Difficulty,Last reviewed\n"
        'What is a deadlock?,Two tasks each wait for the other.,Medium,"March 3, 2024"\n'
        'What is a mutex?,A lock one thread holds at a time.,Easy,"March 4, 2024"\n',
    )
    assert [q.answer_markdown.split("\n")[0] for q in doc.questions] == [
        "Two tasks each wait for the other.",
        "A lock one thread holds at a time.",
    ]
