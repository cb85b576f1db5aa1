"""Paragraphs that open with a bold prompt, the answer after it on the same line: the
prompt may ask ("**What is a CDN?** …") or command ("**Design a URL shortener.** …").
Each is a question; none is lost as an intro or glued onto the answer above it."""

from __future__ import annotations

from tests.helpers.parsing import pairs, skipped


def test_bold_commands_and_questions_with_their_answers_on_the_line():
    notes = (
        "# System design drills\n\n"
        "**Design a URL shortener.** Base62 ids, KV store, cache hot links.\n\n"
        "**Explain consistent hashing.** A hash ring with virtual nodes.\n\n"
        "**Describe the CAP theorem.** Under a partition choose C or A.\n\n"
        "**What is a CDN?** Edge caches close to users.\n"
    )
    assert pairs(notes) == [
        ("Design a URL shortener.", "Base62 ids, KV store, cache hot links."),
        ("Explain consistent hashing.", "A hash ring with virtual nodes."),
        ("Describe the CAP theorem.", "Under a partition choose C or A."),
        ("What is a CDN?", "Edge caches close to users."),
    ]
    assert [reason for *_, reason in skipped(notes)] == ["title"]


def test_a_run_of_bold_prompts_takes_in_a_verb_it_does_not_know():
    notes = (
        "# Backend drills\n\n"
        "**Sketch a rate limiter.** A token bucket per client.\n\n"
        "__Implement an LRU cache.__ A hash map plus a doubly linked list.\n\n"
        "**Walk me through a TLS handshake.** Hello, certificate, key exchange.\n\n"
        "**How does a B-tree stay balanced?** Nodes split when full.\n"
    )
    assert [title for title, _ in pairs(notes)] == [
        "Sketch a rate limiter.",
        "Implement an LRU cache.",
        "Walk me through a TLS handshake.",
        "How does a B-tree stay balanced?",
    ]


def test_one_bold_command_among_bold_questions_is_not_glued_to_the_answer_above():
    notes = (
        "# JS quick notes\n\n"
        "**What is hoisting?** Declarations move to the top of their scope.\n\n"
        "**What is a closure?** A function with the variables it captured.\n\n"
        "**Explain `this` in arrow functions.** Taken from the enclosing scope.\n\n"
        "**What is the event loop?**\n"
        "It runs the stack, then microtasks, then one macrotask.\n"
    )
    assert pairs(notes)[1:3] == [
        ("What is a closure?", "A function with the variables it captured."),
        ("Explain this in arrow functions.", "Taken from the enclosing scope."),
    ]


def test_a_bold_command_between_bold_titled_answers_with_a_note_beside_it():
    notes = (
        "Interview notes\n\n"
        "**What is the virtual DOM?**\n"
        "An in-memory tree React diffs.\n\n"
        "**What is event delegation?**\n\n"
        "One listener on a parent handles its children.\n\n"
        "**Compare let and var.** `let` is block scoped, `var` function scoped.\n\n"
        "**Note:** review CSS specificity.\n\n"
        "**What is CORS?**\n"
        "Headers that let a server allow cross-origin requests.\n"
    )
    assert [title for title, _ in pairs(notes)] == [
        "What is the virtual DOM?",
        "What is event delegation?",
        "Compare let and var.",
        "What is CORS?",
    ]


def test_a_bold_warning_in_an_answer_stays_in_the_answer():
    notes = (
        "**What is an index?** A sorted copy of some columns.\n\n"
        "**Why index foreign keys?** Joins use them.\n"
        "**Do not** index every column: writes slow down.\n"
    )
    assert [title for title, _ in pairs(notes)] == ["What is an index?", "Why index foreign keys?"]


def test_bold_commands_leading_list_items_or_after_their_numbers():
    bulleted = (
        "# Drills\n\n"
        "- **Design a URL shortener.** Base62 ids.\n"
        "- **Explain consistent hashing.** A ring of virtual nodes.\n"
        "- **What is a CDN?** Edge caches.\n"
    )
    numbered = (
        "# Drills\n\n"
        "**1. Design a URL shortener.** Base62 ids.\n\n"
        "**2. Explain consistent hashing.** A ring of virtual nodes.\n\n"
        "**3. What is a CDN?** Edge caches.\n"
    )
    expected = [
        ("Design a URL shortener.", "Base62 ids."),
        ("Explain consistent hashing.", "A ring of virtual nodes."),
        ("What is a CDN?", "Edge caches."),
    ]
    assert pairs(bulleted) == expected
    assert pairs(numbered) == expected
