"""An Obsidian embed of a part of a note, which cannot be shown here, reads as a link
to that part does: "![[#Costs]]" (a heading of the same note) as "Costs", not "!Costs";
"![[SQL#Plans]]" as "SQL > Plans"; a block of the same note by its id."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.importer import parse_notes


def _vault(tmp_path: Path, name: str, text: str) -> Path:
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / name).write_text(text, encoding="utf-8")
    return vault


def test_an_embed_of_a_heading_of_the_same_note_reads_as_the_heading(tmp_path):
    vault = _vault(
        tmp_path,
        "Joins.md",
        "# When is a hash join used?\n\nFor big unsorted inputs; see ![[#Costs]].\n\n"
        "## Costs\n\nMemory.\n",
    )
    (question,) = parse_notes(vault).questions
    assert "see Costs." in question.answer_markdown
    assert "!" not in question.answer_markdown and "[[" not in question.answer_markdown


def test_embeds_of_parts_of_this_and_other_notes_read_as_their_names(tmp_path):
    vault = _vault(
        tmp_path,
        "Locks.md",
        "# Why can a deadlock happen?\n\nTwo holders wait on each other: ![[#^cycle]]\n"
        "Prevented by ordering, per ![[Concurrency#Lock ordering]] and ![[#Ordering|how]].\n",
    )
    (question,) = parse_notes(vault).questions
    answer = question.answer_markdown
    assert "each other: cycle" in answer
    assert "per Concurrency > Lock ordering and Ordering." in answer
    assert "!" not in answer


def test_a_title_embedding_a_heading_reads_as_the_heading(tmp_path):
    vault = _vault(
        tmp_path,
        "Terms.md",
        "## What does ![[#Idempotency]] guarantee?\n\nThe same result however often.\n\n"
        "## What is ![[Glossary#Backpressure]]?\n\nSlowing producers to the consumer's pace.\n",
    )
    titles = [q.title for q in parse_notes(vault).questions]
    assert titles == ["What does Idempotency guarantee?", "What is Glossary > Backpressure?"]


def test_a_title_linking_a_heading_reads_as_the_heading_not_a_tag(tmp_path):
    vault = _vault(
        tmp_path,
        "Retries.md",
        "## When is [[#Backoff]] needed?\n\nWhen a service is overloaded.\n\n"
        "## Why add [[Jitter#^spread|jitter]] to [[Backoff#Capped]]?\n\nTo spread retries.\n",
    )
    titles = [q.title for q in parse_notes(vault).questions]
    assert titles == ["When is Backoff needed?", "Why add jitter to Backoff > Capped?"]
