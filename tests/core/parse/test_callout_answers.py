"""An answer folded into an Obsidian callout under its question, the callout titled
only as the answer ("> [!note]- Answer", "> [!success]- Solution", "Show answer"): the
answer is the callout's text; a callout whose title says something stays as written."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_answer_callouts_under_asking_lines_are_unwrapped():
    notes = (
        "# Kubernetes\n\n"
        "What is a DaemonSet?\n"
        "> [!note]- Answer\n"
        "> Runs one copy of a pod on every node.\n\n"
        "What does kube-proxy do?\n"
        "> [!note]- Answer\n"
        "> Programs iptables rules so Service IPs reach their pods.\n"
    )
    assert pairs(notes) == [
        ("What is a DaemonSet?", "Runs one copy of a pod on every node."),
        ("What does kube-proxy do?", "Programs iptables rules so Service IPs reach their pods."),
    ]


def test_solution_callouts_keep_their_code_and_what_follows_and_others_stay():
    notes = (
        "## How do you detect a cycle in a directed graph?\n\n"
        "> [!success]- Solution\n"
        "> DFS with three colours.\n>\n> ```python\n> def has_cycle(g): ...\n> ```\n\n"
        "## How do you find shortest paths in an unweighted graph?\n\n"
        "> [!example]- Show answer\n> BFS from the source.\n\n"
        "Complexity: O(V + E).\n\n"
        "## What is a topological order?\n\n"
        "> [!warning] Only for DAGs\n> A graph with a cycle has none.\n\n"
        "An order where every edge goes forward.\n"
    )
    assert pairs(notes) == [
        (
            "How do you detect a cycle in a directed graph?",
            "DFS with three colours.\n\n```python\ndef has_cycle(g): ...\n```",
        ),
        (
            "How do you find shortest paths in an unweighted graph?",
            "BFS from the source.\n\nComplexity: O(V + E).",
        ),
        (
            "What is a topological order?",
            "> [!warning] Only for DAGs\n> A graph with a cycle has none.\n\n"
            "An order where every edge goes forward.",
        ),
    ]
