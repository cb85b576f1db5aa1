"""A numbered question typed with its mark damaged and its number out of the list's
sequence ("5 What about fibers?" inside the answer of "2.") is not left silently in the
answer above: it is named among the lines in no question, for the person to fix. It is
not split off (two slips at once is too little to split on); a numbered run of the
answer's own, or a numbered line that asks nothing, stays in the answer."""

from __future__ import annotations

from studyapp.core.parse import parse_path
from studyapp.core.parse.mistyped_marks import OUT_OF_SEQUENCE
from tests.helpers.parsing import pairs, skipped

CONCURRENCY = """\
# Concurrency interview notes

1. What is a thread?
A unit of execution inside a process. Threads share memory.

2. How do coroutines differ from threads?
Coroutines yield cooperatively; threads are preempted by the OS.
They are cheap to create.

5 What about fibers?
Fibers are user-space threads scheduled cooperatively.

3. What would an interviewer follow up with?
Typical follow-ups:

1 Why not processes?
Heavier to create and switch.

2 How do you share state?
Locks or queues.

4. How do you reproduce a race?
Steps:

4 Start two threads on one counter.

2019 What changed in Python 3.8 here?
Nothing for this example.
"""


def test_the_stray_numbered_question_is_named_not_kept_in_the_answer(tmp_path):
    notes = tmp_path / "concurrency.md"
    notes.write_text(CONCURRENCY, encoding="utf-8")
    doc = parse_path(notes)
    titles = [q.title for q in doc.questions]
    assert titles == [
        "What is a thread?",
        "How do coroutines differ from threads?",
        "What would an interviewer follow up with?",
        "How do you reproduce a race?",
    ]
    coroutines, follow_ups, race = doc.questions[1:]
    assert "fibers" not in coroutines.answer_markdown.lower()
    assert coroutines.answer_markdown.strip().endswith("They are cheap to create.")
    named = [(r.start_line, r.end_line) for r in doc.skipped if r.reason == OUT_OF_SEQUENCE]
    assert named == [(10, 11)]
    # a numbered run of the answer's own, a step, a year: the answer's, as written
    assert "2 How do you share state?" in follow_ups.answer_markdown
    assert "4 Start two threads" in race.answer_markdown
    assert "Nothing for this example." in race.answer_markdown


def test_the_import_summary_says_where_the_stray_question_is(tmp_path):
    from studyapp.core.importer import describe_skipped

    notes = tmp_path / "concurrency.md"
    notes.write_text(CONCURRENCY, encoding="utf-8")
    assert f"{OUT_OF_SEQUENCE}: lines 10–11" in describe_skipped(parse_path(notes).skipped)


def test_other_slips_of_the_kind_are_named_too():
    tight = (
        "## Python\n\n"
        "1. What is the GIL?\nA lock that lets one thread run bytecode at a time.\n"
        "2. How does asyncio work?\nAn event loop runs coroutines until they await.\n"
        "7 Why use uvloop?\nIt is a faster event loop built on libuv.\n"
        "3. What is a generator?\nA function that yields values lazily.\n"
    )
    assert (7, 8, OUT_OF_SEQUENCE) in skipped(tight)
    parens_last = (
        "1) What is DNS?\nIt maps names to addresses.\n\n"
        "2) How does TLS start?\nWith a handshake.\n\n"
        "12 How does HTTP/2 multiplex?\nStreams share one connection.\n"
    )
    assert (7, 8, OUT_OF_SEQUENCE) in skipped(parens_last)
    assert pairs(parens_last)[-1] == ("How does TLS start?", "With a handshake.")
