"""A heading that asks nothing over nothing but links ("## Related" over [[wikilinks]])
is where the notes lead on, not a question whose answer is its links; a numbered one
("## 26. Notes from a course" over its link) stays a card. A question struck through
with a note beside it ("~~What is PermGen?~~ (removed in Java 8)") still asks it: the
struck words are its title's, where without them nothing would ask."""

from studyapp.core.parse import parse_text
from studyapp.core.parse.titles import whole_title


def _parse(text):
    return parse_text(text, name="n")


def test_a_heading_over_wikilinks_only_is_no_question():
    doc = _parse(
        "# Python internals\n\n## How does asyncio run coroutines?\n\nAn event loop.\n\n"
        "## What is the GIL?\n\nA lock on the interpreter.\n\n"
        "## Related\n- [[Concurrency]]\n- [[GIL]]\n"
    )
    assert [q.title for q in doc.questions] == [
        "How does asyncio run coroutines?",
        "What is the GIL?",
    ]
    assert doc.questions[-1].answer_markdown == "A lock on the interpreter."
    assert (11, 13, "resources and links") in [
        (r.start_line, r.end_line, r.reason) for r in doc.skipped
    ]


def test_links_between_questions_under_any_name_end_the_answer_above():
    doc = _parse(
        "## What is Raft?\n\nA consensus protocol with a leader.\n\n"
        "## Connected notes\n\n[Paxos](paxos.md), [[Zab]]\n- https://raft.github.io\n\n"
        "## What is a quorum?\n\nA majority of the nodes.\n\n"
        "## 3. Course notes\n[Slides](https://example.com/slides)\n"
    )
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is Raft?", "A consensus protocol with a leader."),
        ("What is a quorum?", "A majority of the nodes."),
        ("Course notes", "[Slides](https://example.com/slides)"),
    ]


def test_a_struck_question_with_a_note_beside_it_keeps_its_words():
    assert whole_title("~~What is PermGen?~~ (removed in Java 8)") == (
        "What is PermGen? (removed in Java 8)"
    )
    assert whole_title("~~Explain PermGen~~ (gone)") == "Explain PermGen (gone)"
    # a correction inside a question still withdraws the struck words
    assert whole_title("What is ~~a mutex~~ a semaphore?") == "What is a semaphore?"
