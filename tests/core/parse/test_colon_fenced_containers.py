"""Containers fenced with colons: Quarto's and pandoc's "::: {.callout-tip}" … ":::",
VuePress' "::: details Title", Docusaurus' ":::tip". The fences are no part of an
answer; a container that folds, with a title, is the toggle it shows."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_quarto_callouts_holding_the_answer_under_heading_questions():
    notes = (
        '---\ntitle: "Statistics review"\n---\n\n'
        "## What is a confidence interval?\n\n"
        '::: {.callout-tip collapse="true"}\n## Answer\n'
        "A range that covers the true parameter the stated share of the time.\n:::\n\n"
        "## What does a QQ plot show?\n\n"
        '::: {.callout-tip collapse="true"}\n## Answer\n'
        "Sample quantiles against theoretical ones.\n\n```{r}\nqqnorm(x)\n```\n:::\n"
    )
    assert pairs(notes) == [
        (
            "What is a confidence interval?",
            "A range that covers the true parameter the stated share of the time.",
        ),
        (
            "What does a QQ plot show?",
            "Sample quantiles against theoretical ones.\n\n```{r}\nqqnorm(x)\n```",
        ),
    ]


def test_vuepress_details_containers_are_questions_and_tips_are_not():
    notes = (
        "# Vue interview questions\n\n"
        "::: details What is the difference between computed and watch?\n"
        "`computed` is cached; `watch` runs side effects.\n:::\n\n"
        ":::tip\nRead the migration guide first.\n:::\n\n"
        "::: details What does nextTick do?\n"
        "Waits until pending DOM updates are flushed.\n:::\n"
    )
    assert pairs(notes) == [
        (
            "What is the difference between computed and watch?",
            "`computed` is cached; `watch` runs side effects.",
        ),
        ("What does nextTick do?", "Waits until pending DOM updates are flushed."),
    ]
