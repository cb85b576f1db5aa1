"""What follows the last question but is no part of its answer: a part of the notes
under a heading of its own ("## Questions to ask them", "## Practice later") where
the answers are written without such headings. It is named as skipped, not glued to
the last answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

QA = (
    "# Behavioral prep\n\n"
    "Q: Tell me about a conflict.\nA: I gathered data and proposed a staged release.\n\n"
    "Q: What is your biggest weakness?\nA: I used to over-engineer.\n\n"
    "Q: Why do you want to join us?\nA: The scale and the focus on reliability.\n\n"
)


def test_a_closing_heading_after_qa_lines_ends_the_last_answer():
    text = QA + (
        "## Questions to ask them\n\n- What does a typical week look like?\n"
        "- What is the on-call rotation like?\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == [
        "Tell me about a conflict.",
        "What is your biggest weakness?",
        "Why do you want to join us?",
    ]
    assert doc.questions[-1].answer_markdown == "The scale and the focus on reliability."
    assert doc.questions[-1].end_line == 10
    skipped = {(r.start_line, r.end_line) for r in doc.skipped}
    assert (12, 15) in skipped  # the heading and its list, named


def test_a_shallower_heading_after_heading_questions_ends_the_last_answer():
    text = (
        "# Go\n\n### What is a goroutine?\n\nCheap thread.\n\n### What is a channel?\n\n"
        "A conduit.\n\n### What is select?\n\nWaits on channels.\n\n"
        "## Practice later\n\n- worker pools\n- context cancellation\n"
    )
    doc = parse_text(text)
    assert doc.questions[-1].answer_markdown == "Waits on channels."


def test_bold_questions_then_a_heading_of_things_to_do():
    text = (
        "# Go\n\n**What is a goroutine?**\nCheap thread.\n\n**What is a channel?**\n"
        "A conduit.\n\n**What is select?**\nWaits on channels.\n\n"
        "## To practise\n\n- worker pools\n"
    )
    assert parse_text(text).questions[-1].answer_markdown == "Waits on channels."


def test_a_sub_heading_in_every_answer_stays_in_the_last_one_too():
    text = (
        "# Go\n\nQ: What is a goroutine?\nA: Cheap thread.\n\n### Example\n\n    go f()\n\n"
        "Q: What is a channel?\nA: A conduit.\n\n### Example\n\n    ch <- 1\n\n"
        "Q: What is select?\nA: Waits on channels.\n\n### Example\n\n    select {}\n"
    )
    doc = parse_text(text)
    assert all("### Example" in q.answer_markdown for q in doc.questions)
    assert doc.questions[-1].answer_markdown.endswith("select {}")


BOLD = (
    "# Kafka\n\n**What is a partition?**\nAn ordered, append-only log.\n\n"
    "**What is a consumer group?**\nConsumers sharing a topic's partitions.\n\n"
    "**What is ISR?**\nIn-sync replicas: followers caught up with the leader.\n\n"
)


def test_a_closing_label_after_one_paragraph_answers_ends_the_last():
    doc = parse_text(BOLD + "Still to look up:\n- exactly-once semantics\n- log compaction\n")
    assert doc.questions[-1].answer_markdown == (
        "In-sync replicas: followers caught up with the leader."
    )
    assert (12, 14) in {(r.start_line, r.end_line) for r in doc.skipped}


def test_qa_lines_with_blank_lines_between_mark_and_answer():
    text = (
        "Q: What is a goroutine?\n\nA: Cheap thread.\n\nQ: What is a channel?\n\nA: A conduit.\n\n"
        "Q: What is select?\n\nA: Waits on channels.\n\nStill to look up:\n- preemption\n"
    )
    assert parse_text(text).questions[-1].answer_markdown == "Waits on channels."


def test_a_label_over_code_stays_the_last_answers_example():
    doc = parse_text(BOLD + "Example:\n\n```bash\nkafka-topics --describe\n```\n")
    assert doc.questions[-1].answer_markdown.endswith("```bash\nkafka-topics --describe\n```")


def test_answers_of_several_paragraphs_keep_a_label_in_the_last():
    text = (
        "**What is a partition?**\nA log.\n\nIt is ordered.\n\n"
        "**What is a consumer group?**\nConsumers.\n\nThey share partitions.\n\n"
        "**What is ISR?**\nIn-sync replicas.\n\nKey points:\n- lag\n- min.insync.replicas\n"
    )
    assert parse_text(text).questions[-1].answer_markdown.endswith("- min.insync.replicas")


def test_a_label_of_the_answers_own_stays_in_the_last_answer():
    # "Steps:" and "Things to check:" go on with the answer; only a label that names
    # a part of the notes ("TODO before Friday:", "Resources:") closes it
    qa = (
        "Q: How do you scale reads?\nA: Add replicas.\n\nQ: What is a canary?\n"
        "A: A small rollout first.\n\nQ: How do you roll back?\nA: Use the previous ReplicaSet.\n\n"
    )
    for label in ("Steps:", "Things to check:", "How to check it worked:", "Key points:"):
        doc = parse_text(qa + label + "\n- kubectl rollout undo\n- watch the pods\n")
        assert doc.questions[-1].answer_markdown.endswith("- watch the pods"), label
    for label in ("TODO before Friday:", "Resources:", "Things to review:"):
        doc = parse_text(qa + label + "\n- kubectl rollout undo\n")
        assert doc.questions[-1].answer_markdown == "Use the previous ReplicaSet.", label


def test_a_sub_heading_under_the_last_heading_question_stays_in_its_answer():
    text = (
        "## What is X?\n\nA.\n\n## What is Y?\n\nB.\n\n## How do you deploy?\n\nC.\n\n"
        "### Steps\n\n- build\n- ship\n"
    )
    assert parse_text(text).questions[-1].answer_markdown == "C.\n\n### Steps\n\n- build\n- ship"


def test_an_example_heading_under_the_last_qa_answer_stays_in_it():
    qa = "Q: What is X?\nA: a.\n\nQ: What is Y?\nA: b.\n\nQ: How do you deploy?\nA: c.\n\n"
    example = parse_text(qa + "### Example\n\n- make deploy\n").questions[-1]
    assert example.answer_markdown == "c.\n\n### Example\n\n- make deploy"
    script = parse_text(qa + "### Code\n\n```sh\nmake deploy\n```\n").questions[-1]
    assert script.answer_markdown.endswith("```sh\nmake deploy\n```")
