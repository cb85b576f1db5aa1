"""The question unit found by structure: each way of marking questions, the person's
overrule, skipped regions, sections as topics and whole titles (fresh documents)."""

from __future__ import annotations

import textwrap

import pytest

from studyapp.core.parse import parse_text


def parse(md: str, **kwargs):
    return parse_text(textwrap.dedent(md).lstrip("\n"), **kwargs)


def titles(md: str, **kwargs) -> list[str]:
    return [q.title for q in parse(md, **kwargs).questions]


def test_every_heading_of_the_question_level_is_a_question_with_or_without_a_question_mark():
    doc = parse(
        """
        # My ML notes

        ## What is overfitting?
        When the model memorises noise.

        ## How do you handle class imbalance?
        Resample, reweight, or change the metric.

        ## Can you explain dropout?
        Randomly zeroing activations during training.

        ## Bias vs variance
        Underfitting against overfitting.

        ## Gradient descent
        Step against the gradient.

        ## Regularisation
        L1, L2, early stopping.

        ## What is a confusion matrix?
        Counts of TP, FP, TN, FN.

        ## Precision and recall
        Two views of errors.
        """
    )
    assert doc.unit == "h2" and doc.deck_name == "My ML notes"
    assert len(doc.questions) == 8
    assert doc.questions[1].answer_markdown == "Resample, reweight, or change the metric."
    assert doc.questions[3].title == "Bias vs variance"


@pytest.mark.parametrize(
    ("md", "unit", "expected"),
    [
        pytest.param(
            """
            Statistics prep

            1. What is a p-value?
               The probability of data this extreme under H0.
            2. What is statistical power?
               One minus the type II error rate.
            3. Explain bootstrapping.
               Resampling with replacement.
            """,
            "list-item",
            ["What is a p-value?", "What is statistical power?", "Explain bootstrapping."],
            id="numbered-list-answers-indented",
        ),
        pytest.param(
            """
            Question: Why use a virtualenv?
            Answer: To isolate dependencies.

            Q: What does pip freeze print?
            A: The installed packages, pinned.

            Q3. Where does pip install to?
            A: site-packages of the active interpreter.
            """,
            "prefix",
            [
                "Why use a virtualenv?",
                "What does pip freeze print?",
                "Where does pip install to?",
            ],
            id="q-and-a-lines",
        ),
        pytest.param(
            """
            ## Networking

            <details><summary><b>What is a SYN flood?</b></summary><br>

            - half-open connections
            - fills the backlog
            </details>

            <details>
            <summary>How does traceroute work?</summary>

            Increasing TTLs.
            </details>
            """,
            "details",
            ["What is a SYN flood?", "How does traceroute work?"],
            id="details-summary",
        ),
        pytest.param(
            """
            | Question | Answer |
            |---|---|
            | What is a foreign key? | A reference to another table's key. |
            | What does `a \\|\\| b` do in SQL? | Concatenates strings. |
            | What is an index? | A lookup structure. |
            """,
            "table",
            ["What is a foreign key?", "What does a || b do in SQL?", "What is an index?"],
            id="table-with-question-column",
        ),
        pytest.param(
            """
            ## Trees

            **What is entropy?**

            Expected information.

            **What is information gain?**

            The drop in entropy after a split.

            **Why prune a tree?**

            To stop it overfitting.
            """,
            "bold",
            ["What is entropy?", "What is information gain?", "Why prune a tree?"],
            id="bold-paragraphs",
        ),
        pytest.param(
            """
            Photosynthesis::The process by which plants make sugar from light.
            Mitochondria:::Powerhouse of the cell.

            What does chlorophyll absorb?
            ?
            Red and blue light.
            """,
            "card",
            ["Photosynthesis", "Mitochondria", "What does chlorophyll absorb?"],
            id="flashcards",
        ),
    ],
)
def test_each_way_of_marking_questions_is_found(md, unit, expected):
    doc = parse(md)
    assert doc.unit == unit
    assert [q.title for q in doc.questions] == expected
    assert doc.candidates[unit] == len(expected)


def test_a_numbered_question_written_as_a_bold_number_joins_the_numbered_list():
    doc = parse(
        """
        1. What is attention?
        - Answer:
            Weighted sums over values.

        **2.** What is a transformer block?
        - Answer:
            Attention plus an MLP.

        3. **What is positional encoding?**
        - Answer:
            Order information added to tokens.
        """
    )
    assert [q.title for q in doc.questions] == [
        "What is attention?",
        "What is a transformer block?",
        "What is positional encoding?",
    ]
    assert doc.questions[1].answer_markdown == "Attention plus an MLP."


def test_steps_inside_answers_are_not_questions():
    doc = parse(
        """
        1. **How do you deploy a model?**

           1. Package it.
           2. Serve it.

        2. **How do you monitor it?**

           Watch drift.

        ---

        Notes to self:

        1. Re-read the MLOps book.
        2. Practise on the whiteboard.
        """
    )
    assert [q.title for q in doc.questions] == [
        "How do you deploy a model?",
        "How do you monitor it?",
    ]
    assert "Package it." in doc.questions[0].answer_markdown
    assert doc.questions[1].answer_markdown == "Watch drift."
    assert [r.reason for r in doc.skipped if r.start_line >= 10] == ["footer"]


def test_sub_headings_inside_answers_stay_in_the_answer_and_sections_are_topics():
    doc = parse(
        """
        # Deck

        ## Databases

        ### 1. What is normalisation?
        Removing redundancy.
        #### First normal form
        Atomic values.

        ### 2. What is an index?
        A lookup structure.

        ## Caching

        ### 3. What is a cache stampede?
        Many misses at once.
        """
    )
    assert [q.topic_path for q in doc.questions] == [("Databases",)] * 2 + [("Caching",)]
    assert "#### First normal form" in doc.questions[0].answer_markdown
    assert doc.has_sections


def test_a_labelled_note_between_marked_answers_is_not_part_of_them():
    doc = parse(
        """
        **Q:** What is RAG?
        **A:** Retrieval, then generation.

        **Tip:** mention re-ranking.

        **Q:** What is chunking?
        **A:** Splitting documents for retrieval.
        """
    )
    assert doc.questions[0].answer_markdown == "Retrieval, then generation."
    assert any(r.reason == "notes between questions" for r in doc.skipped)


def test_every_non_blank_line_is_a_question_or_a_named_skipped_region():
    md = textwrap.dedent(
        """
        # Interview notes

        Collected from three loops.

        ## Contents
        - [Basics](#basics)
        - [Advanced](#advanced)

        ## Basics

        ### 1. What is a mutex?
        A lock.

        ### 2. What is a semaphore?
        A counter.

        ---

        ## License
        MIT
        """
    ).lstrip("\n")
    doc = parse_text(md)
    covered = set()
    for q in doc.questions:
        covered.update(range(q.source_line, q.end_line + 1))
    reasons = {}
    for r in doc.skipped:
        for n in range(r.start_line, r.end_line + 1):
            covered.add(n)
            reasons[n] = r.reason
    lines = md.split("\n")
    assert all(n in covered for n, line in enumerate(lines, 1) if line.strip())
    assert reasons[3] == "intro"
    assert reasons[5] == reasons[6] == reasons[7] == "table of contents"
    assert reasons[9] == "section heading"
    assert reasons[19] == reasons[20] == "footer"
    assert len(doc.questions) == 2 and doc.questions[1].answer_markdown == "A counter."


def test_split_at_overrules_the_unit_and_json_candidates_count_each_kind():
    md = """
    ## Arrays
    - What is a slice?
    - What is a stride?

    ## Maps
    - What is a hash collision?
    """
    assert parse(md).unit == "list-item"
    doc = parse(md, split_at="h2")
    assert doc.unit == "h2"
    assert [q.title for q in doc.questions] == ["Arrays", "Maps"]
    assert doc.candidates["list-item"] == 3 and doc.candidates["h2"] == 2


def test_a_kind_that_finds_nothing_gives_no_questions():
    assert parse("Just a shopping list.\n\nMilk.\n", split_at="details").questions == []
    assert parse("Just a shopping list.\n\nMilk.\n").questions == []


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("## 12. What's the output? 👶", "What's the output?"),
        ("## Q: Fill in: `x = ___` makes the loop stop", "Fill in: x = ___ makes the loop stop"),
        (
            "## 3) Why is <b>HTTP/2</b> faster? [[src]](https://example.org)",
            "Why is HTTP/2 faster?",
        ),
        ("## What does https://example.org/x return?", "What does return?"),
        ("## 10 quick points about hardening", "10 quick points about hardening"),
        ("## :rocket: Why use <code>epoll</code>?", "Why use epoll?"),
        ("## Why does `<header>` exist?", "Why does <header> exist?"),
        ("## What is \u202egnirts\u200b a?", "What is gnirts a?"),
        ("## What is a [[wiki link|link]] here?", "What is a link here?"),
        ("## Is 2 &lt; 3?", "Is 2 < 3?"),
    ],
)
def test_titles_are_the_whole_question_without_residue(raw, title):
    long_tail = " and then some" * 20
    (found,) = titles(f"{raw}\nAnswer.\n")
    assert found == title
    (long,) = titles(f"## Why {long_tail}?\nAnswer.\n")
    assert long == f"Why {long_tail.strip()}?"  # never cut


def test_line_breaks_follow_the_kind_of_document():
    assert parse("## What is X?\nIt is.\n").line_breaks == "space"
    assert parse("Q: What is X?\nA: It is.\n", suffix=".txt").line_breaks == "break"
    chat = "### What is X?\nGreat question!\n\nIt is.\n\nWould you like more?\n"
    assert parse(chat).line_breaks == "break" and parse(chat).unit == "chat"


def test_plain_text_keeps_underscores_and_stars_as_written():
    doc = parse(
        "Q: What are *args and **kwargs?\nA: Extra arguments.\n\nQ: What is __init__?\nA: The initialiser.\n",
        suffix=".txt",
    )
    assert [q.title for q in doc.questions] == ["What are *args and **kwargs?", "What is __init__?"]


def test_a_txt_file_written_in_markdown_is_read_as_markdown():
    md = "# Notes\n\n## What is **RAII**?\nScope-bound cleanup.\n\n## Why use `unique_ptr`?\nOwnership.\n"
    doc = parse(md, suffix=".txt")
    assert [q.title for q in doc.questions] == ["What is RAII?", "Why use unique_ptr?"]
    assert doc.format == "markdown" and doc.line_breaks == "space"


def test_a_glossary_table_inside_answers_is_not_the_questions():
    parts = ["# Glossary quiz", ""]
    for n in range(6):
        parts += [f"## What is concept {n}?", "", f"Concept {n} explained.", ""]
        parts += ["| Term | Definition |", "|---|---|"]
        parts += [f"| word{n}{k} | meaning {k} |" for k in range(3)] + [""]
    doc = parse_text("\n".join(parts), name="glossary")
    assert doc.unit == "h2" and len(doc.questions) == 6
    assert "| word00 | meaning 0 |" in doc.questions[0].answer_markdown
    terms_only = "| Term | Definition |\n|---|---|\n| Entropy | Expected surprise |\n"
    assert [q.title for q in parse_text(terms_only).questions] == ["Entropy"]
