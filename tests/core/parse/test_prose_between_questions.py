"""A heading among question headings that asks nothing and heads the person's own
notes ("## Notes from the recruiter call", "## Things to review") is neither a question
nor a part of the answer above it: its lines are named skipped. A subject written
without asking amid them stays a card, and so does every heading of notes whose
headings name their subjects. A heading above the questions' level with no question
under it ends the answer above it too."""

from studyapp.core.parse import parse_file

ASKED = (
    "# Amazon prep\n\n"
    "## What are the Leadership Principles you relate to most?\n\nOwnership.\n\n"
    "## Notes from the recruiter call\n\nThe loop is 5 rounds. Bar raiser in round 4.\n\n"
    "## Tell me about a time you failed.\n\nMissed a deadline on a migration.\n\n"
    "## Things to review\n\n- STAR format\n- Dive Deep stories\n\n"
    "## Describe a time you disagreed and committed.\n\nPostgres over DynamoDB.\n"
)


def _parse(tmp_path, text):
    notes = tmp_path / "notes.md"
    notes.write_text(text, encoding="utf-8")
    return parse_file(notes)


def test_notes_between_question_headings_are_no_question_nor_an_answers_part(tmp_path):
    parsed = _parse(tmp_path, ASKED)
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        ("What are the Leadership Principles you relate to most?", "Ownership."),
        ("Tell me about a time you failed.", "Missed a deadline on a migration."),
        ("Describe a time you disagreed and committed.", "Postgres over DynamoDB."),
    ]
    skipped = [(s.start_line, s.end_line) for s in parsed.skipped]
    assert (7, 9) in skipped and (15, 18) in skipped


def test_feedback_and_reminders_among_deeper_question_headings(tmp_path):
    text = (
        "# Onsite\n\n## Systems\n\n"
        "### How does consistent hashing work?\n\nKeys and nodes on a ring.\n\n"
        "### Feedback from the phone screen\n\nState complexity up front.\n\n"
        "### Why use a bloom filter?\n\nMembership in little memory.\n\n"
        "### Time complexity of quicksort\n\nO(n log n) on average.\n\n"
        "### Reminders\n\n- Sleep well\n\n"
        "### Explain leader election.\n\nNodes agree on one coordinator.\n"
    )
    parsed = _parse(tmp_path, text)
    assert [q.title for q in parsed.questions] == [
        "How does consistent hashing work?",
        "Why use a bloom filter?",
        "Time complexity of quicksort",  # a subject amid questions: a card still
        "Explain leader election.",
    ]
    assert parsed.questions[1].answer_markdown == "Membership in little memory."
    assert parsed.questions[2].answer_markdown == "O(n log n) on average."


def test_a_higher_heading_after_the_questions_ends_the_last_answer(tmp_path):
    text = (
        "# Journal\n\n## Week 1 plan\n\nSQL this week.\n\n## Interview questions\n\n"
        "### What is database sharding?\n\nSplitting rows across servers.\n\n"
        "### What is a write-ahead log?\n\nChanges logged before applied.\n\n"
        "## Reflections after the Stripe interview\n\nIt went OK.\n"
    )
    parsed = _parse(tmp_path, text)
    assert [q.answer_markdown for q in parsed.questions] == [
        "Splitting rows across servers.",
        "Changes logged before applied.",
    ]
    assert any(s.start_line == 17 for s in parsed.skipped)


def test_headings_that_name_their_subjects_stay_cards(tmp_path):
    text = (
        "# Kubernetes\n\n## Pods\n\nThe smallest deployable unit.\n\n"
        "## Notes on scheduling\n\nThe scheduler picks a node.\n\n"
        "## What is a Service?\n\nA stable address for pods.\n\n"
        "## Deployments\n\nReplicaSets rolled out.\n"
    )
    titles = [q.title for q in _parse(tmp_path, text).questions]
    assert titles == ["Pods", "Notes on scheduling", "What is a Service?", "Deployments"]
