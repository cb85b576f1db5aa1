"""A section naming its list as still to answer ("## Open questions", "## Still to
research") after bold questions is the notes' footer, as it is after Q:/A: notes; a
section of unanswered questions under a subject's name ("## Simple questions") still
holds questions."""

from studyapp.core.parse import parse_file

NOTES = (
    "# Data engineering\n\n## Spark\n\n"
    "**What is a shuffle?**\nRedistributing data across partitions.\n\n"
    "**What is a broadcast join?**\nSending a small table to every executor.\n\n"
    "## Airflow\n\n**What is a DAG?**\nA graph of tasks.\n\n"
    "## {heading}\n\n- Why is my Spark job skewed?\n- How to test DAGs?\n"
)


def _parse(tmp_path, heading):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES.format(heading=heading), encoding="utf-8")
    return parse_file(notes)


def test_open_questions_after_bold_questions_are_the_footer(tmp_path):
    parsed = _parse(tmp_path, "Open questions")
    assert [q.title for q in parsed.questions] == [
        "What is a shuffle?",
        "What is a broadcast join?",
        "What is a DAG?",
    ]
    assert (16, 19, "footer") in [(s.start_line, s.end_line, s.reason) for s in parsed.skipped]


def test_a_section_of_questions_under_a_subjects_name_still_holds_questions(tmp_path):
    titles = [q.title for q in _parse(tmp_path, "Simple questions").questions]
    assert titles[-2:] == ["Why is my Spark job skewed?", "How to test DAGs?"]
