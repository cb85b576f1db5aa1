"""A note that asks most of its questions one way and a few another way: each question
is a question of its own, whatever the mix (other_styles.py). Before, the few were
pasted into the answer above them (or read as the intro) and nothing said two
questions were missing. What an answer holds of its own stays in it: bold parts,
follow-ups, rhetorical questions, an example dialogue, a list of questions it raises."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def _found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    doc = parse_text(text)
    return [(q.title, q.topic_path, q.answer_markdown.strip()) for q in doc.questions]


def test_a_bold_question_and_a_marked_pair_between_heading_questions():
    note = (
        "# Python\n\n"
        "## What is a generator?\n\nA function that yields values lazily.\n\n"
        "## What is a context manager?\n\nAn object with __enter__ and __exit__.\n\n"
        "**What is a metaclass?**\nThe class of a class; it creates classes.\n\n"
        "## What is the MRO?\n\nThe order Python searches base classes (C3).\n\n"
        "Q: What does `*args` do?\nA: Collects extra positional arguments into a tuple.\n"
    )
    assert pairs(note) == [
        ("What is a generator?", "A function that yields values lazily."),
        ("What is a context manager?", "An object with __enter__ and __exit__."),
        ("What is a metaclass?", "The class of a class; it creates classes."),
        ("What is the MRO?", "The order Python searches base classes (C3)."),
        ("What does *args do?", "Collects extra positional arguments into a tuple."),
    ]


def test_four_styles_once_each_are_four_questions_and_the_heading_is_no_intro():
    note = (
        "# Behavioral + system design\n\nSome notes from my prep call. Not questions.\n\n"
        "## Tell me about a conflict with a coworker?\n\nUse STAR, end with what I learned.\n\n"
        "Q: How would you design a URL shortener?\nA: Counter to base62 id, a KV store.\n\n"
        "**What is CAP theorem?**\nIn a partition you pick consistency or availability.\n\n"
        "- What is eventual consistency?\n  Replicas converge if writes stop.\n"
    )
    doc = parse_text(note)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("Tell me about a conflict with a coworker?", "Use STAR, end with what I learned."),
        ("How would you design a URL shortener?", "Counter to base62 id, a KV store."),
        ("What is CAP theorem?", "In a partition you pick consistency or availability."),
        ("What is eventual consistency?", "Replicas converge if writes stop."),
    ]
    assert [(r.start_line, r.reason) for r in doc.skipped] == [(1, "title"), (3, "intro")]


def test_numbered_questions_with_question_and_answer_lines_among_them():
    note = (
        "# Operating systems\n\n"
        "1. What is a process?\n   A running program with its own address space.\n\n"
        "2. What is a thread?\n   A unit of execution sharing its process's memory.\n\n"
        "Question: What is a context switch?\nAnswer: Saving one task's registers.\n\n"
        "3. What is virtual memory?\n   Each process sees its own address space.\n\n"
        "Question: What does the scheduler do?\nAnswer: Picks the next ready task.\n"
    )
    assert pairs(note) == [
        ("What is a process?", "A running program with its own address space."),
        ("What is a thread?", "A unit of execution sharing its process's memory."),
        ("What is a context switch?", "Saving one task's registers."),
        ("What is virtual memory?", "Each process sees its own address space."),
        ("What does the scheduler do?", "Picks the next ready task."),
    ]


def test_a_bold_question_in_a_headed_note_keeps_its_topic_and_the_answers_own_parts_stay():
    note = (
        "# Economics\n\n## Micro\n\n"
        "### What is price elasticity of demand?\n\nHow much demand moves with the price.\n\n"
        "**Why does it matter for pricing?**\nElastic demand punishes a price rise.\n\n"
        "**What is a public good?**\nNon-rival and non-excludable, like defence.\n\n"
        "### What causes inflation?\n\nToo much money chasing too few goods.\n\n"
        "**Why it matters**\n\nSavers lose purchasing power.\n\n"
        "## Macro\n\n### What is GDP?\n\nThe value of final goods produced in a year.\n\n"
        "Key follow-ups:\n\n"
        "**How is real GDP different from nominal GDP?**\nReal GDP removes price changes.\n\n"
        "**What about unemployment?**\nPeople looking for work and not finding it.\n"
    )
    found = _found(note)
    assert [(t, p) for t, p, _ in found] == [
        ("What is price elasticity of demand?", ("Micro",)),
        ("What is a public good?", ("Micro",)),
        ("What causes inflation?", ("Micro",)),
        ("What is GDP?", ("Macro",)),
    ]
    assert "Why does it matter for pricing?" in found[0][2]  # it: the elasticity above
    assert "Why it matters" in found[2][2]  # a bold part, asking nothing
    assert "How is real GDP different" in found[3][2]  # what "Key follow-ups:" introduces
    assert "What about unemployment?" in found[3][2]


def test_a_bold_question_that_takes_up_a_word_of_the_answer_is_a_follow_up():
    note = (
        "## How does TLS start?\n\nWith a handshake that agrees on keys.\n\n"
        "**Why are the keys not sent in the clear?**\nAnyone on the path could read them.\n\n"
        "## What is HSTS?\n\nA header that makes browsers use HTTPS only.\n"
    )
    assert [t for t, _ in pairs(note)] == ["How does TLS start?", "What is HSTS?"]


def test_lists_dialogues_and_quotes_inside_an_answer_stay_in_it():
    note = (
        "# Cloud\n\n"
        "## What is Kubernetes?\n\nA system that schedules containers.\n\n"
        "Things people confuse:\n\n"
        "- Is a Pod a container?\n  No, it can hold several.\n"
        "- Is a Node a VM?\n  It can be a VM or a machine.\n\n"
        "## What is Terraform?\n\nInfrastructure as code.\n\n"
        "- What is a provider?\n  A plugin for one API.\n"
        "- Why keep state?\n\n"
        "## What is Helm?\n\nA package manager for Kubernetes.\n\n"
        "Interviewer: Have you used it?\nMe: Yes, for our staging charts.\n\n"
        "> **Is Helm 2 still supported?**\n> No, use Helm 3.\n\n"
        "Why would anyone template YAML? Because the same chart ships to many clusters.\n"
    )
    assert [t for t, _ in pairs(note)] == [
        "What is Kubernetes?",
        "What is Terraform?",
        "What is Helm?",
    ]


def test_a_list_of_asked_and_answered_items_after_a_marked_pair_is_questions():
    note = (
        "Q: What is a B-tree?\nA: A balanced tree with many keys per node.\n\n"
        "Q: What is a WAL?\nA: A log written before the pages.\n\n"
        "- What is a covering index?\n  One that holds every column a query reads.\n"
        "- What is a partial index?\n  One over the rows a condition picks.\n"
    )
    assert pairs(note) == [
        ("What is a B-tree?", "A balanced tree with many keys per node."),
        ("What is a WAL?", "A log written before the pages."),
        ("What is a covering index?", "One that holds every column a query reads."),
        ("What is a partial index?", "One over the rows a condition picks."),
    ]


def test_a_question_that_goes_on_from_the_answer_stays_in_it():
    note = (
        "## How do you scale reads?\n\nAdd replicas behind a load balancer.\n\n"
        "**What about writes?**\nShard by key.\n\n"
        "**And how do you keep replicas fresh?**\nStream the primary's log.\n\n"
        "## What is a cache stampede?\n\nMany misses at once hit the database.\n"
    )
    assert [t for t, _ in pairs(note)] == [
        "How do you scale reads?",
        "What is a cache stampede?",
    ]


def test_a_title_that_asks_over_marked_pairs_stays_the_title():
    note = (
        "# What will they ask me?\n\nSome notes I collected.\n\n"
        "Q: What is a mutex?\nA: A lock one thread holds at a time.\n\n"
        "Q: What is a semaphore?\nA: A counter of permits.\n"
    )
    doc = parse_text(note)
    assert [q.title for q in doc.questions] == ["What is a mutex?", "What is a semaphore?"]
    assert doc.deck_name == "What will they ask me?"


def test_every_split_the_person_may_choose_finds_them_too():
    note = (
        "## Tell me about a conflict with a coworker?\n\nUse STAR.\n\n"
        "Q: How would you design a URL shortener?\nA: Counter to base62 id.\n\n"
        "**What is CAP theorem?**\nPick consistency or availability in a partition.\n\n"
        "- What is eventual consistency?\n  Replicas converge if writes stop.\n"
    )
    for kind in ("h2", "prefix", "bold", "list-item"):
        assert len(parse_text(note, split_at=kind).questions) == 4, kind
    # and the choices say so (the preview lists each split with what it gives)
    counts = parse_text(note).candidates
    assert {kind: counts[kind] for kind in ("h2", "prefix", "bold", "list-item")} == {
        "h2": 4,
        "prefix": 4,
        "bold": 4,
        "list-item": 4,
    }


def test_an_edit_that_parts_a_bold_question_from_its_answer_is_parsed_in_full():
    """A small edit is patched into the last parse only where a full parse gives the
    same (reparse.py): taking out the word a bold question took up makes it a
    question of its own, which the question's lines parsed alone must show."""
    from studyapp.core.reparse import patched

    old = (
        "# Python\n\n## What is a generator?\n\nA function that yields lazily.\n\n"
        "## What is a context manager?\n\nAn object with enter and exit, not a metaclass.\n\n"
        "**What is a metaclass?**\nThe class of a class.\n\n"
        "## What is the MRO?\n\nThe order bases are searched in.\n"
    )
    new = old.replace(", not a metaclass.", ", used with `with`.")
    before = parse_text(old, name="Python")
    assert "What is a metaclass?" not in [q.title for q in before.questions]
    full = [q.title for q in parse_text(new, name="Python").questions]
    assert "What is a metaclass?" in full
    edited = patched(old, before, new)
    assert edited is None or [q.title for q in edited.questions] == full


def test_a_bold_part_that_only_ends_with_a_question_mark_stays_a_part():
    note = (
        "## How would you design a rate limiter?\n\nA token bucket per client key.\n\n"
        "**Trade-offs?**\nMemory per key against burst tolerance.\n\n"
        "**What does it mean for an API to be idempotent?**\n"
        "Repeating a request leaves the same state as sending it once.\n\n"
        "## What is a circuit breaker?\n\nIt stops calls to a failing service for a while.\n"
    )
    found = pairs(note)
    assert [t for t, _ in found] == [
        "How would you design a rate limiter?",
        "What does it mean for an API to be idempotent?",
        "What is a circuit breaker?",
    ]
    assert "**Trade-offs?**" in found[0][1]


def test_a_list_whose_questions_go_on_from_the_answer_above_stays_in_it():
    note = (
        "**What is REST?**\nAn architectural style for APIs over HTTP.\n\n"
        "- Is it a protocol?\n  No, a set of constraints.\n"
        "- What about state?\n  Each request carries its own.\n\n"
        "**What is gRPC?**\nRPC over HTTP/2 with Protocol Buffers.\n\n"
        "**What is GraphQL?**\nA query language the client shapes its answer with.\n"
    )
    found = pairs(note)
    assert [t for t, _ in found] == ["What is REST?", "What is gRPC?", "What is GraphQL?"]
    assert "Is it a protocol?" in found[0][1]


def test_a_bold_question_answered_by_a_list_is_a_question_of_its_own():
    note = (
        "# Python\n\n"
        "## What is the GIL?\n\nA lock that lets one thread run Python bytecode at once.\n\n"
        "**What are Python's built-in scopes?**\n- local\n- enclosing\n- global\n- built-in\n\n"
        "## What is a descriptor?\n\nAn object that defines __get__ or __set__.\n"
    )
    found = pairs(note)
    assert [t for t, _ in found] == [
        "What is the GIL?",
        "What are Python's built-in scopes?",
        "What is a descriptor?",
    ]
    assert found[1][1].startswith("- local")


def test_bold_questions_right_under_a_heading_that_asks_stay_its_answer():
    # (split out, they would leave the heading asking with no answer: it groups them)
    note = (
        "# Py\n\n## What is Python?\n\n"
        "**What is a decorator?**\nA function that wraps another.\n\n"
        "**What is a closure?**\nA function that keeps its enclosing names.\n\n"
        "## What is the GIL?\n\nA lock.\n"
    )
    assert [t for t, _ in pairs(note)] == ["What is Python?", "What is the GIL?"]


def test_a_heading_that_asks_about_the_note_above_its_questions_is_no_question():
    for heading in ("What is this list?", "What's in here?"):
        note = (
            f"## {heading}\n\nQuestions from my onsite loop.\n\n"
            "1. What is a mutex?\n   A lock one thread holds at a time.\n"
            "2. What is a semaphore?\n   A counter of permits.\n"
        )
        assert [t for t, _ in pairs(note)] == ["What is a mutex?", "What is a semaphore?"]
