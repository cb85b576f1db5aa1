"""Shapes of notes a second blind importer round found misread: code under a plain-text
answer's mark, glossaries of 'Term: definition' lines, MediaWiki definition lists,
notes pasted as HTML lines, questions in SQL comments."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_code_indented_under_an_answers_mark_after_a_blank_line_stays_code():
    notes = (
        "Q: How do you reverse a list in place?\n"
        "A: Use the list's own method:\n\n"
        "    items = [1, 2, 3]\n"
        "    items.reverse()\n\n"
        "Q: How do you memoize a function?\n"
        "A: functools.lru_cache:\n\n"
        "    @lru_cache(maxsize=None)\n"
        "    def fib(n):\n"
        "        return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    )
    assert pairs(notes, suffix=".txt") == [
        (
            "How do you reverse a list in place?",
            "Use the list's own method:\n\n    items = [1, 2, 3]\n    items.reverse()",
        ),
        (
            "How do you memoize a function?",
            "functools.lru\\_cache:\n\n"
            "    @lru_cache(maxsize=None)\n"
            "    def fib(n):\n"
            "        return n if n < 2 else fib(n - 1) + fib(n - 2)",
        ),
    ]
    tabs = (
        "Question: How do you count words?\nAnswer: collections.Counter\n\n"
        "\tcounts = Counter(text.split())\n\tcounts.most_common(3)\n\n"
        "Question: How do you flatten a nested list?\nAnswer: two for clauses\n\n"
        "\tflat = [x for row in grid for x in row]\n"
    )
    assert [a for _, a in pairs(tabs, suffix=".txt")] == [
        "collections.Counter\n\n\tcounts = Counter(text.split())\n\tcounts.most_common(3)",
        "two for clauses\n\n\tflat = [x for row in grid for x in row]",
    ]


def test_an_answer_marked_as_a_list_item_keeps_its_own_margin():
    notes = (
        "1. What is transfer learning?\n- Answer:\n\n    Two phases: pre-training, fine-tuning.\n\n"
        "2. What is RLHF?\n- Answer:\n\n    A reward model trained from human preferences.\n"
    )
    assert [a for _, a in pairs(notes)] == [
        "Two phases: pre-training, fine-tuning.",
        "A reward model trained from human preferences.",
    ]


def test_a_glossary_of_term_definition_lines_gives_a_card_per_term():
    txt = (
        "ML glossary\n\n"
        "Bias: error from wrong assumptions; high bias underfits.\n"
        "Variance: error from sensitivity to the sample; high variance overfits.\n"
        "F1 score: harmonic mean of precision and recall.\n"
        "Epoch: one full pass over the training data.\n"
    )
    assert pairs(txt, suffix=".txt") == [
        ("Bias", "error from wrong assumptions; high bias underfits."),
        ("Variance", "error from sensitivity to the sample; high variance overfits."),
        ("F1 score", "harmonic mean of precision and recall."),
        ("Epoch", "one full pass over the training data."),
    ]
    dashed = (
        "# Kubernetes words\n\n"
        "Pod - the smallest deployable unit.\n\n"
        "ReplicaSet — keeps a number of identical pods running,\n"
        "replacing the ones that die.\n\n"
        "DaemonSet – one copy of a pod on every node.\n"
    )
    assert pairs(dashed) == [
        ("Pod", "the smallest deployable unit."),
        ("ReplicaSet", "keeps a number of identical pods running,\nreplacing the ones that die."),
        ("DaemonSet", "one copy of a pod on every node."),
    ]


def test_lines_that_only_look_like_a_glossary_are_not_one():
    records = (
        "Problem: Two Sum\nApproach: a hash map of complements.\nComplexity: O(n)\n\n"
        "Problem: Valid Parentheses\nApproach: a stack of openers.\nComplexity: O(n)\n\n"
        "Problem: Merge Intervals\nApproach: sort by start, then sweep.\nComplexity: O(n log n)\n"
    )
    assert [t for t, _ in pairs(records)] == ["Two Sum", "Valid Parentheses", "Merge Intervals"]
    prose = (
        "## What is a deadlock?\n\nTwo threads each hold a lock the other waits for.\n"
        "It needs mutual exclusion, hold and wait, no preemption and a cycle.\n\n"
        "Note: ordering the locks breaks the cycle.\nTip: so does a timeout.\n"
        "Fix: acquire every lock in one global order.\n\n"
        "## What is a livelock?\n\nThreads keep reacting to each other and make no progress.\n"
    )
    assert [t for t, _ in pairs(prose)] == ["What is a deadlock?", "What is a livelock?"]
