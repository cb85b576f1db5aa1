"""A note of heading questions with a section of ``Q:``/``A:`` pairs among them: a heading
that asks over its answer is a question wherever it stands, the last section's lone one
too (it was read as the note's footer) and the first section's (read as its intro)."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_lone_heading_question_in_the_last_section_is_no_footer():
    note = (
        "# Statistics\n\n"
        "## What is a p-value?\n\nThe chance, under the null, of data this extreme.\n\n"
        "## What is a confidence interval?\n\nA range that covers the parameter 95% of the time.\n\n"
        "# Quick ones from a friend\n\n"
        "Q: Mean vs median?\nA: The median is robust to outliers.\n\n"
        "Q: What is skew?\nA: Asymmetry of a distribution.\n\n"
        "Q: What is kurtosis?\nA: Tail heaviness.\n\n"
        "# Probability\n\n"
        "## What is Bayes' theorem?\n\nP(A|B) = P(B|A) P(A) / P(B).\n"
    )
    doc = parse_text(note)
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("What is a p-value?", ("Statistics",)),
        ("What is a confidence interval?", ("Statistics",)),
        ("Mean vs median?", ("Quick ones from a friend",)),
        ("What is skew?", ("Quick ones from a friend",)),
        ("What is kurtosis?", ("Quick ones from a friend",)),
        ("What is Bayes' theorem?", ("Probability",)),
    ]
    assert doc.questions[-1].answer_markdown.strip() == "P(A|B) = P(B|A) P(A) / P(B)."
    assert not [r for r in doc.skipped if r.reason == "footer"]


def test_a_lone_heading_question_in_the_first_section_is_no_intro():
    note = (
        "# Kubernetes prep\n\n## Networking\n\n"
        "### How does a Service route traffic?\n\n"
        "kube-proxy spreads connections over the endpoints.\n\n"
        "## Flashcards from the course\n\n"
        "Question: What is a Pod?\nAnswer: The smallest deployable unit.\n\n"
        "Question: What does a ReplicaSet do?\nAnswer: Keeps N replicas running.\n\n"
        "Question: What is a DaemonSet?\nAnswer: One Pod on every node.\n\n"
        "## Storage\n\n"
        "### What is a PersistentVolumeClaim?\n\nA request for storage.\n\n"
        "### When would you use a StatefulSet?\n\nFor Pods that need stable names.\n"
    )
    doc = parse_text(note)
    assert [(q.title, q.topic_path, q.answer_markdown.strip()) for q in doc.questions] == [
        (
            "How does a Service route traffic?",
            ("Networking",),
            "kube-proxy spreads connections over the endpoints.",
        ),
        ("What is a Pod?", ("Flashcards from the course",), "The smallest deployable unit."),
        (
            "What does a ReplicaSet do?",
            ("Flashcards from the course",),
            "Keeps N replicas running.",
        ),
        ("What is a DaemonSet?", ("Flashcards from the course",), "One Pod on every node."),
        ("What is a PersistentVolumeClaim?", ("Storage",), "A request for storage."),
        ("When would you use a StatefulSet?", ("Storage",), "For Pods that need stable names."),
    ]


def test_a_heading_that_names_a_part_after_the_pairs_stays_a_heading():
    # (what the rule must not take: a closing part that asks nothing)
    note = (
        "# Go\n\n## What is a goroutine?\n\nA cheap thread.\n\n"
        "## What does select do?\n\nWaits on several channels.\n\n"
        "# Drill\n\nQ: What is a nil map?\nA: A map you can read but not write.\n\n"
        "Q: What does defer do?\nA: Runs a call when the function returns.\n\n"
        "## Further reading\n\nThe Go memory model.\n"
    )
    titles = [q.title for q in parse_text(note).questions]
    assert "Further reading" not in titles
    assert titles[:2] == ["What is a goroutine?", "What does select do?"]


def test_one_heading_question_over_its_answer_beside_one_pair_keeps_both():
    note = (
        "# Data platform round\n\n"
        "### You have a 10 TB orders table and reads are slow at month end. How would you"
        " partition it?\n\nRange-partition by order month.\n\nKeep partitions under a few"
        " thousand.\n\n"
        "Q: Your nightly ETL now takes 9 hours instead of 2. Where do you look first?\n"
        "A: Input volume and skew first.\n"
    )
    doc = parse_text(note)
    assert [(q.title[:24], q.answer_markdown) for q in doc.questions] == [
        (
            "You have a 10 TB orders ",
            "Range-partition by order month.\n\nKeep partitions under a few thousand.",
        ),
        ("Your nightly ETL now tak", "Input volume and skew first."),
    ]


def test_a_heading_that_asks_over_an_introduction_to_its_pairs_names_them():
    note = (
        "# Prep\n\n## What did they ask at the phone screen?\n\nThese came up:\n\n"
        "Q: What is a mutex?\nA: A lock one thread holds at a time.\n"
    )
    assert [q.title for q in parse_text(note).questions] == ["What is a mutex?"]


def test_a_title_that_asks_over_one_pair_stays_the_title():
    note = "# What will they ask me?\n\nSome notes.\n\nQ: What is a mutex?\nA: A lock.\n"
    doc = parse_text(note)
    assert [q.title for q in doc.questions] == ["What is a mutex?"]
    assert doc.deck_name == "What will they ask me?"
