"""Notes exported from a word processor (pandoc, Google Docs): what their escapes mean."""

from __future__ import annotations

from tests.helpers.parsing import titles


def test_a_titles_escaped_punctuation_reads_as_the_characters_typed():
    # pandoc's Markdown writer escapes any ASCII punctuation it could read as markup.
    doc = (
        '**1.** What\\\'s the difference between \\"==\\" and \\"is\\"?\n\n'
        "Equality against identity\\.\n\n"
        "**2.** Why did the \\$5 plan lose 30\\% of users \\@ launch?\n\n"
        "Pricing\\.\n\n"
        "**3.** What does \\<T\\> mean in Java \\& C\\#?\n\n"
        "A type parameter\\.\n\n"
        "**4.** What does `'\\''` do in a shell string?\n\n"
        "Ends the quote, adds one, reopens it.\n"
    )
    assert titles(doc) == [
        'What\'s the difference between "==" and "is"?',
        "Why did the $5 plan lose 30% of users @ launch?",
        "What does <T> mean in Java & C#?",
        "What does '\\'' do in a shell string?",
    ]


def test_front_bar_back_lines_under_a_title_are_cards_even_when_most_fronts_are_terms():
    from studyapp.core.parse import parse_text

    doc = (
        "Kubernetes cards\n\n"
        "pod | the smallest deployable unit: one or more containers\n"
        "What is a Service? | a stable address in front of a set of pods\n"
        "kubelet | the agent on each node that runs the pods\n"
        "What does a liveness probe do? | restarts a container that hangs\n"
        "taint | a node property that repels pods without a toleration\n"
    )
    doc_read = parse_text(doc, name="k8s", suffix=".txt")
    assert [(q.title, q.answer_markdown, q.source_line) for q in doc_read.questions] == [
        ("pod", "the smallest deployable unit: one or more containers", 3),
        ("What is a Service?", "a stable address in front of a set of pods", 4),
        ("kubelet", "the agent on each node that runs the pods", 5),
        ("What does a liveness probe do?", "restarts a container that hangs", 6),
        ("taint", "a node property that repels pods without a toleration", 7),
    ]


def test_shell_pipelines_under_a_title_are_not_cards():
    from studyapp.core.parse.tabular import sniff_tabular

    doc = (
        "Handy commands\n\n"
        "ps aux | grep python\n"
        "cat access.log | sort | uniq -c\n"
        "du -sh * | sort -h\n"
        "history | tail -20\n"
    )
    assert not sniff_tabular(doc, ".txt")


def test_a_debriefs_lead_in_who_asked_is_not_part_of_the_question():
    doc = (
        "# Onsite debrief, Acme\n\n"
        "The interviewer asked: What is the difference between a process and a thread?\n"
        "Threads share the address space.\n\n"
        "He asked me: How would you find a memory leak in production?\n"
        "Heap dumps, then compare them over time.\n\n"
        "Asked: Why do you want to leave your current job?\n"
        "To work on larger systems.\n"
    )
    assert titles(doc) == [
        "What is the difference between a process and a thread?",
        "How would you find a memory leak in production?",
        "Why do you want to leave your current job?",
    ]


def test_words_before_a_colon_that_only_end_in_asked_questions_stay():
    doc = "## Frequently asked questions: what is a lock?\nA mutex.\n\n## Why ask: is it worth it?\nYes.\n"
    assert titles(doc) == [
        "Frequently asked questions: what is a lock?",
        "Why ask: is it worth it?",
    ]
