"""A bold command leading a paragraph ("**Create a replication user.** …") is a step or
a piece of advice when headings already split the notes, or when the verb is no
exam's ("**Write tests first.**"): the headings' sections stay whole, none dropped as
an intro or glued onto another answer."""

from __future__ import annotations

import pytest

from tests.helpers.parsing import pairs, skipped


def test_bold_steps_under_headings_stay_in_their_sections():
    notes = (
        "# Setting up a Postgres replica\n\n"
        "## Step 1: primary\n\n"
        "**Create a replication user.** Give it the REPLICATION attribute.\n\n"
        "Then allow it in pg_hba.conf and reload.\n\n"
        "## Step 2: base backup\n\n"
        "**Take a base backup.** pg_basebackup -R\n\n"
        "## Step 3: verify\n\n"
        "**Check replication lag.** Query pg_stat_replication.\n"
    )
    assert [title for title, _ in pairs(notes)] == [
        "Step 1: primary",
        "Step 2: base backup",
        "Step 3: verify",
    ]
    assert "Then allow it in pg_hba.conf" in pairs(notes)[0][1]


def test_exam_verbs_in_sections_of_prose_do_not_split_them():
    notes = (
        "# JavaScript notes\n\n"
        "## Closures\n\n"
        "**Explain closures with a counter.** The inner function keeps it alive.\n\n"
        "Closures are also how module patterns hide state.\n\n"
        "## Promises\n\n"
        "A promise is a value that arrives later.\n\n"
        "**Describe the three states.** Pending, fulfilled, rejected.\n\n"
        "## Modules\n\n"
        "ES modules are static.\n"
    )
    assert [title for title, _ in pairs(notes)] == ["Closures", "Promises", "Modules"]
    assert [reason for *_, reason in skipped(notes)] == ["title"]


ADVICE = (
    "# Advice from my mentor\n\n"
    "**Write tests before you refactor.** Otherwise you cannot tell.\n\n"
    "**Name things for what they do.** A good name saves a comment.\n\n"
    "**Find the bottleneck before optimizing.** Profile first.\n"
)
RETRO = (  # "What …." with no question mark: a label, not a question
    "# Sprint 14 retro\n\n"
    "**What went well.** The cache rollout was smooth.\n\n"
    "**What didn't.** Two hotfixes on Friday.\n\n"
    "**How we'll fix it.** Refresh staging nightly.\n"
)


@pytest.mark.parametrize("notes", [ADVICE, RETRO], ids=["advice", "retro"])
def test_bold_advice_or_labels_under_a_title_are_no_question_list(notes):
    found = pairs(notes)
    assert len(found) == 1
    assert notes.rsplit("** ", 1)[1].strip() in found[0][1]


def test_topic_headings_over_runs_of_bold_prompts_keep_the_prompts():
    notes = (
        "# Prep\n\n"
        "## System design\n\n"
        "**Design a URL shortener.** Base62 ids from a counter.\n\n"
        "**Sketch a rate limiter.** Token bucket per user.\n\n"
        "## Behavioral\n\n"
        "**Tell me about a conflict.** The API versioning debate.\n\n"
        "**Describe a failure.** The billing migration.\n"
    )
    assert [title for title, _ in pairs(notes)] == [
        "Design a URL shortener.",
        "Sketch a rate limiter.",
        "Tell me about a conflict.",
        "Describe a failure.",
    ]
