"""Notes kept in a Hugo site write their toggles as shortcodes: ``{{< expand "Q" >}}``
… ``{{< /expand >}}``, ``{{% details title="Q" %}}`` … ``{{% /details %}}``. Each is
the toggle the site shows: its title the question, its content the answer."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_expand_shortcodes_with_a_quoted_title_are_questions():
    notes = (
        '---\ntitle: "Go interview questions"\n---\n\n'
        "Questions I keep getting asked.\n\n"
        '{{< expand "What is a goroutine leak?" >}}\n'
        "A goroutine blocked forever.\nUse contexts with cancellation.\n"
        "{{< /expand >}}\n\n"
        '{{< expand "When would you use sync.Once?" >}}\n'
        "To run initialisation exactly once.\n"
        "{{< /expand >}}\n"
    )
    assert pairs(notes) == [
        (
            "What is a goroutine leak?",
            "A goroutine blocked forever.\nUse contexts with cancellation.",
        ),
        ("When would you use sync.Once?", "To run initialisation exactly once."),
    ]


def test_details_shortcodes_with_a_title_argument_under_sections():
    notes = (
        "## Producers\n\n"
        '{{% details title="What does acks=all mean?" closed="true" %}}\n\n'
        "The leader waits for every in-sync replica.\n\n"
        "{{% /details %}}\n\n"
        "## Consumers\n\n"
        '{{% details title="What triggers a rebalance?" closed="true" %}}\n\n'
        "A consumer joining or leaving.\n\n"
        "{{% /details %}}\n"
    )
    assert pairs(notes) == [
        ("What does acks=all mean?", "The leader waits for every in-sync replica."),
        ("What triggers a rebalance?", "A consumer joining or leaving."),
    ]
