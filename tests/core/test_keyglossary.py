"""A glossary's points say what each name means (`core.keyglossary`): a misconception
that names every entry ticks none, a right answer in its own words ticks them."""

from __future__ import annotations

from studyapp.core.keymatch import split_point
from studyapp.core.keyterms import key_terms, ticked_terms

ACID = (
    "ACID describes the guarantees of a database transaction:\n\n"
    "- **Atomicity**: a transaction happens completely or not at all.\n"
    "- **Consistency**: a transaction moves the database from one valid state to another.\n"
    "- **Isolation**: concurrent transactions do not see each other's partial changes.\n"
    "- **Durability**: once committed, changes survive a crash.\n"
)
PILLARS = (
    "The four pillars:\n\n"
    "- **Encapsulation**: an object hides its state and exposes it only through methods.\n"
    "- **Abstraction**: callers use a simple interface without knowing the implementation"
    " details.\n"
    "- **Inheritance**: a class reuses and extends the behaviour of a parent class.\n"
    "- **Polymorphism**: one interface works with objects of different types.\n"
)


def _ticked(answer: str, question: str, typed: str) -> dict[str, bool]:
    points = key_terms(answer, question=question)
    return {
        split_point(p)[0]: tick
        for p, tick in zip(points, ticked_terms(points, typed, question), strict=True)
    }


def test_a_glossary_entry_is_its_name_with_what_it_means():
    points = key_terms(ACID, question="What does ACID mean?")
    assert [split_point(p)[0] for p in points] == [
        "Atomicity",
        "Consistency",
        "Isolation",
        "Durability",
    ]
    assert all(split_point(p)[1] for p in points), points
    assert "Atomicity: transaction happens completely or not at all" in points


def test_naming_every_entry_with_wrong_meanings_ticks_none():
    question = "What does ACID mean?"
    wrong = (
        "Atomicity means transactions run one at a time, consistency means reads are always"
        " fast, isolation means each table is on its own disk, and durability means the"
        " hardware lasts long."
    )
    assert not any(_ticked(ACID, question, wrong).values())
    names = "Atomicity, consistency, isolation, durability."
    assert not any(_ticked(ACID, question, names).values())
    right = (
        "Atomic means the whole transaction completes or nothing does; consistent means it"
        " leaves the db valid; isolated means concurrent transactions can't see partial"
        " changes; durable means committed changes survive crashes."
    )
    assert all(_ticked(ACID, question, right).values())


def test_a_second_glossary_is_heard_the_same_way():
    # Written after the fix, as a check (not tuned on).
    question = "What are the four pillars of object-oriented programming?"
    right = (
        "Encapsulation = hiding internal state behind methods; abstraction = exposing a"
        " simple interface and hiding details; inheritance = child classes extend parent"
        " classes; polymorphism = one interface, many types."
    )
    assert all(_ticked(PILLARS, question, right).values())
    wrong = (
        "Encapsulation means putting code in packages, abstraction means using abstract"
        " classes only, inheritance means copying code between files, polymorphism means a"
        " function can have many names."
    )
    assert not any(_ticked(PILLARS, question, wrong).values())


def test_a_question_asking_for_the_kinds_is_answered_by_their_names():
    question = "Which properties make up ACID?"
    points = key_terms(ACID, question=question)
    assert points == ["Atomicity", "Consistency", "Isolation", "Durability"]
    assert all(ticked_terms(points, "Atomicity, consistency, isolation, durability.", question))


def test_numbered_steps_say_what_each_does_and_actions_keep_their_leads():
    """A numbered item whose name a colon parts from what it says is an entry too: its
    name alone ("Input") is what any answer naming the steps says."""
    steps = (
        "1. **Input**: the generator receives random noise.\n"
        "2. **Generation**: the generator produces a fake sample.\n"
    )
    assert key_terms(steps, question="How do GANs work?") == [
        "Input: generator receives random noise",
        "Generation: generator produces a fake sample",
    ]
    said = "1. **Clone** the repository\n2. **Install** the dependencies with pip\n"
    assert not any(split_point(p)[1] for p in key_terms(said, question="How do you start?"))
    tips = (
        "- **Use connection pooling**: opening connections is slow.\n"
        "- **Avoid global state**: it makes tests depend on each other.\n"
    )
    assert key_terms(tips, question="How do you speed up a web app?") == [
        "Use connection pooling",
        "Avoid global state",
    ]


def test_one_word_defined_alone_in_a_list_is_a_point_with_what_it_means():
    """One bold word with its meaning among plain items ("- **Idempotent**: …") is no
    glossary of two, but the word alone would be ticked by any answer naming it: the point
    is the word and what it means."""
    put = (
        "- **Idempotent**: repeating the request has the same effect as sending it once\n"
        "- It replaces the whole resource\n"
    )
    question = "What does PUT guarantee?"
    assert split_point(key_terms(put, question=question)[0]) == (
        "Idempotent",
        "repeating the request has the same effect",
    )
    said = "It's idempotent: repeating a request gives the same effect as doing it once."
    assert _ticked(put, question, said)["Idempotent"]
    for wrong in ("Idempotent.", "It's idempotent, so it never changes anything on the server."):
        assert not _ticked(put, question, wrong)["Idempotent"], wrong
    tuples = (
        "- **Immutable**: its items cannot be replaced after it is created\n"
        "- Often used as dictionary keys\n"
    )
    question = "What is special about a Python tuple?"
    assert key_terms(tuples, question=question)[0].startswith("Immutable: items cannot")
    assert not _ticked(tuples, question, "It's immutable.")["Immutable"]


def test_a_numbered_list_of_names_with_what_each_means_is_a_glossary():
    """ "1. **Slow start**: …": the names swapped between their meanings say none of them;
    said with what each means, they say each."""
    question = "What are the phases of TCP congestion control?"
    answer = (
        "1. **Slow start**: the congestion window doubles every round trip\n"
        "2. **Congestion avoidance**: the window grows by one segment per round trip\n"
        "3. **Fast recovery**: after three duplicate ACKs the window is halved\n"
    )
    points = key_terms(answer, question=question)
    assert all(split_point(p)[1] for p in points), points
    swapped = (
        "Slow start grows the window by one segment per round trip; congestion avoidance"
        " doubles it every round trip; fast recovery doubles it too."
    )
    assert not any(ticked_terms(points, swapped, question, answer)), points
    right = (
        "In slow start the congestion window doubles each round trip, in congestion"
        " avoidance the window grows by one segment per round trip, and fast recovery"
        " halves the window after three duplicate ACKs."
    )
    assert all(ticked_terms(points, right, question, answer)), points


def test_a_mark_that_is_what_an_entry_says_is_no_second_point():
    """ "- **Reuse**: each request borrows **an open TCP connection**": the mark is what
    the entry says, so one point, not the same one twice (nor counted twice)."""
    answer = (
        "- **Reuse**: each request borrows **an open TCP connection**\n"
        "- **Limits** (max size)\n"
        "- A **health check** before handing one out"
    )
    points = key_terms(answer, question="What does a connection pool do?")
    assert len(points) == len(set(points)), points
    assert "an open TCP connection" not in points, points
