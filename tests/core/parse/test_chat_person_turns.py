"""A chat copied without its role labels: the person's question is a plain paragraph,
the assistant's reply under it (openers, sub-headings, a closing offer). The question
is the paragraph, the reply's sub-headings are parts of its answer."""

from __future__ import annotations

import textwrap

from studyapp.core.parse import parse_text


def parse(md: str, **kwargs):
    return parse_text(textwrap.dedent(md).lstrip("\n"), name="Chat", **kwargs)


COPIED = """
    Why is a B-tree used for database indexes?

    Great question! Three reasons stand out:

    ### 1. Shallow trees
    Each node holds hundreds of keys, so a lookup reads few pages.

    ### 2. Range scans
    Leaves are linked, so a range is read in order.

    Would you like me to draw one?

    what is a write-ahead log

    A write-ahead log records each change before the data pages are written.

    ### Recovery
    After a crash the log is replayed.

    Want me to show an example?
    """


def test_the_persons_paragraph_is_the_question_and_the_reply_its_answer():
    doc = parse(COPIED)
    assert [q.title for q in doc.questions] == [
        "Why is a B-tree used for database indexes?",
        "What is a write-ahead log",
    ]
    first, second = (q.answer_markdown for q in doc.questions)
    assert "Shallow trees" in first and "Range scans" in first  # parts, not questions
    assert not first.startswith("Great question") and "Would you like" not in first
    assert second.startswith("A write-ahead log records")  # the question not said again
    assert "Recovery" in second and "Want me to" not in second
    assert not doc.skipped  # the first question is no "intro"


def test_a_heading_over_the_first_turn_names_a_section():
    doc = parse("## Databases chat\n\n" + textwrap.dedent(COPIED).lstrip("\n"))
    assert [q.title for q in doc.questions][:1] == ["Why is a B-tree used for database indexes?"]
    assert doc.questions[0].topic_path == ("Databases chat",)


def test_replies_opening_with_certainly_and_closing_with_no_offer():
    doc = parse(
        """
        Can you explain what a mutex is?

        Certainly! Here's the short version.

        **The idea:** a lock that one thread holds at a time.

        **The cost:** threads that wait for it are blocked.

        Why does that matter? Contention slows everything down.

        Describe a deadlock

        Sure! Here's how it happens.

        **Cause:** two threads each hold a lock the other waits for.
        """
    )
    assert [q.title for q in doc.questions] == [
        "Can you explain what a mutex is?",
        "Describe a deadlock",
    ]
    mutex = doc.questions[0].answer_markdown
    assert mutex.startswith("**The idea:**")
    assert "Why does that matter?" in mutex  # a question inside a reply opens none


def test_an_openers_paragraph_keeps_what_it_goes_on_to_say():
    doc = parse(
        """
        What is a covering index?

        Of course! A covering index holds every column a query needs.

        **Example:** an index on (customer_id, order_date).

        Would you like more examples?

        Explain index selectivity

        Sure! Here's the idea:

        Selectivity is the share of distinct values in a column.
        """
    )
    covering, selectivity = (q.answer_markdown for q in doc.questions)
    assert covering.startswith("A covering index holds every column a query needs.")
    assert selectivity == "Selectivity is the share of distinct values in a column."


def test_split_at_asked_reads_no_closing_offer_as_a_question():
    doc = parse(COPIED.replace("Want me to", "Shall I"), split_at="asked")
    titles = [q.title for q in doc.questions]
    assert "Why is a B-tree used for database indexes?" in titles
    assert not any(t.startswith(("Would you like", "Shall I")) for t in titles), titles


def test_a_replys_first_part_named_by_a_word_of_the_question_stays():
    doc = parse(
        """
        what is the difference between a process and a thread?

        Great question! Here's a clear breakdown:

        ### Process
        Its own memory space.

        ### Thread
        Shares its process's memory.

        Would you like an example?
        """
    )
    assert doc.questions[0].answer_markdown.startswith("### Process")


def test_yes_please_to_an_offer_of_more_goes_on_with_the_answer():
    # "yes please" asks for what the offer offered: more of the answer it closed (an
    # example), not a question of its own named "Yes please".
    doc = parse(
        """
        what is consistent hashing

        Great question! Here's a clear breakdown:

        ### The idea
        Keys and servers sit on one ring; a key goes to the next server clockwise.

        Would you like me to walk through an example with three servers?

        yes please

        Sure! Here's a worked example.

        Servers A, B, C sit at 0, 120 and 240 degrees. A key at 130 goes to C.

        Would you like me to cover virtual nodes too?

        explain the difference between TCP and UDP

        Of course! TCP is reliable and ordered; UDP is best-effort.
        """
    )
    assert [q.title for q in doc.questions] == [
        "What is consistent hashing",
        "Explain the difference between TCP and UDP",
    ]
    hashing = doc.questions[0].answer_markdown
    assert "A key at 130 goes to C." in hashing  # the example joined its answer
    assert "yes please" not in hashing and "Sure!" not in hashing and "Would you" not in hashing


def test_accepting_an_offer_to_explain_something_next_asks_that():
    # As in a chat with its labels: the offer names what the reply answers.
    doc = parse(
        """
        How does a B-tree index speed up lookups?

        A B-tree keeps keys sorted in wide nodes, so a lookup reads a few pages.

        Would you like me to explain how range scans use the leaf level next?

        ok do that

        Certainly! Here's how it works.

        ### Leaf links
        Leaves are chained, so a range is read left to right.

        Want me to show you a concrete example?

        yes, show me

        Sure!

        `WHERE id BETWEEN 10 AND 20` finds 10 once, then walks the leaf chain.
        """
    )
    assert [q.title for q in doc.questions] == [
        "How does a B-tree index speed up lookups?",
        "Explain how range scans use the leaf level",
    ]
    scans = doc.questions[1].answer_markdown
    assert scans.startswith("### Leaf links") and "walks the leaf chain" in scans
    assert "yes, show me" not in scans and "Sure!" not in scans


def test_an_offer_to_do_it_again_for_what_was_said_asks_no_new_question():
    # "draw one", "show you how": the task names nothing but the answer just given.
    drawn = "draw one?\n\nsure\n\nA root of keys, its children below.\n\nLet me know!"
    chat = textwrap.dedent(COPIED).replace("draw one?", drawn)
    doc = parse(chat.replace("show an example?", "show you how?\n\nyes please\n\nRun it."))
    assert [q.title for q in doc.questions] == [
        "Why is a B-tree used for database indexes?",
        "What is a write-ahead log",
    ]
    assert doc.questions[0].answer_markdown.endswith("A root of keys, its children below.")
    assert doc.questions[1].answer_markdown.endswith("Run it.")
