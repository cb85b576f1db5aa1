"""Flashcards kept as YAML or JSON read as the person wrote them (a review of the
YAML and JSON card readers found answers changed and whole decks refused):

- a YAML value is the text written, never a number, a boolean or a date a loader
  made of it, and "#" inside a plain value is part of it;
- YAML that a loader reads but that holds no list of cards (a mapping of question
  to answer, repeated Q:/A: keys) is read as its lines, as before;
- a JSON deck is cards when some records are answered (a deck still being written),
  or, with no answer field, when its questions ask and keep something to learn beside
  them (a quiz's options, a bank's notes); numbers and true/false are text too.
"""

from __future__ import annotations

import json

from studyapp.core.parse import parse_text


def cards(text: str, suffix: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=suffix).questions]


def test_yaml_values_are_the_text_written():
    deck = (
        "- q: Which Go version added generics?\n  a: 1.20\n"
        "- q: When does the London Stock Exchange open?\n  a: 8:00\n"
        "- q: Mode of a private key file?\n  a: 0600\n"
        "- q: What is 255 in hex?\n  a: 0xFF\n"
        "- q: Is Python dynamically typed?\n  a: Yes\n"
        "- q: What does JSON call nothing?\n  a: null\n"
        "- q: When was Go 1.0 released?\n  a: 2012-03-28\n"
    )
    assert [a for _, a in cards(deck, ".yaml")] == [
        "1.20",
        "8:00",
        "0600",
        "0xFF",
        "Yes",
        "null",
        "2012-03-28",
    ]


def test_a_hash_inside_a_plain_yaml_value_is_part_of_it():
    deck = (
        "- front: Why is C# called sharp?\n  back: A musical #, a step above C\n"
        "- front: What is rule #2 of code review?\n  back: Review the tests first.\n"
    )
    assert cards(deck, ".yml") == [
        ("Why is C# called sharp?", "A musical #, a step above C"),
        ("What is rule #2 of code review?", "Review the tests first."),
    ]


def test_yaml_yes_no_answers_and_numeric_terms_are_cards():
    flags = "- question: Is TLS 1.0 deprecated?\n  answer: yes\n- question: Is FTP encrypted?\n  answer: no\n"
    assert cards(flags, ".yaml") == [("Is TLS 1.0 deprecated?", "yes"), ("Is FTP encrypted?", "no")]
    ports = "- term: 6379\n  definition: Redis\n- term: 27017\n  definition: MongoDB\n"
    assert cards(ports, ".yaml") == [("6379", "Redis"), ("27017", "MongoDB")]


def test_yaml_that_maps_questions_to_answers_is_read_as_its_lines():
    mapping = (
        "What is a mutex?: A lock one thread holds at a time.\n"
        "What is a semaphore?: A counter of permits.\n"
        "What is a monitor?: A lock with condition variables.\n"
    )
    assert [t for t, _ in cards(mapping, ".yaml")] == [
        "What is a mutex?",
        "What is a semaphore?",
        "What is a monitor?",
    ]


def test_a_json_quiz_export_and_a_question_bank_are_cards():
    quiz = json.dumps(
        {
            "quiz": "Databases",
            "items": [
                {
                    "question": "Which isolation level stops phantoms?",
                    "choices": ["Read committed", "Repeatable read", "Serializable"],
                    "answer_index": 2,
                },
                {
                    "question": "Which index suits range scans?",
                    "choices": ["Hash", "B-tree"],
                    "answer_index": 1,
                },
            ],
        }
    )
    (first, _) = cards(quiz, ".json")
    assert first[0] == "Which isolation level stops phantoms?" and "Serializable" in first[1]
    bank = json.dumps(
        [
            {
                "question": "Describe a time you disagreed with a lead",
                "notes": "Use the migration story: data, then a prototype.",
            },
            {
                "question": "Why do you want this role?",
                "notes": "The team ships the tooling I use daily.",
            },
        ]
    )
    assert [t for t, _ in cards(bank, ".json")] == [
        "Describe a time you disagreed with a lead",
        "Why do you want this role?",
    ]


def test_a_json_deck_answered_in_part_numbers_and_booleans_are_cards():
    deck = json.dumps(
        [
            {
                "front": "What is a bloom filter?",
                "back": "A set that may say yes wrongly, never no.",
            },
            {"front": "What is a skip list?", "back": ""},
            {"front": "What is a trie?"},
            {"front": 8080, "back": "The usual HTTP alternate port"},
            {"front": "Is a heap a sorted array?", "back": False},
        ]
    )
    assert cards(deck, ".json") == [
        ("What is a bloom filter?", "A set that may say yes wrongly, never no."),
        ("What is a skip list?", ""),
        ("What is a trie?", ""),
        ("8080", "The usual HTTP alternate port"),
        ("Is a heap a sorted array?", "false"),
    ]


def test_data_that_only_names_questions_is_still_not_cards():
    results = json.dumps(
        {
            "q": "k8s",
            "hits": [
                {"title": "What is a Pod?", "link": "https://e.org/pod", "rank": 1},
                {"title": "What is a Service?", "link": "https://e.org/svc", "rank": 2},
            ],
        }
    )
    assert cards(results, ".json") == []


def test_an_answer_nested_past_the_stack_is_read_not_a_crash():
    answer: object = "deep"
    for _ in range(900):  # (json.dumps itself stops near 1,000)
        answer = [answer]
    deck = json.dumps(
        [{"question": "What is deep?", "answer": answer}, {"question": "And?", "answer": "b"}]
    )
    assert cards(deck, ".json") == [("What is deep?", "- deep"), ("And?", "b")]


def test_a_card_fronts_code_spans_lose_their_backticks_as_a_headings_do():
    deck = json.dumps(
        [
            {"question": "What does `defer` do?", "answer": "Runs the call at return."},
            {"question": "What is __init__ for?", "answer": "Setting up a new object."},
        ]
    )
    assert [t for t, _ in cards(deck, ".json")] == ["What does defer do?", "What is __init__ for?"]
    yaml_deck = (
        "- q: What does `defer` do?\n  a: Runs at return.\n- q: Why `go vet`?\n  a: Lints.\n"
    )
    assert [t for t, _ in cards(yaml_deck, ".yaml")] == ["What does defer do?", "Why go vet?"]


def test_a_dunder_in_a_csv_or_anki_front_keeps_its_underscores():
    """'What is __init__ for?' in a CSV row or an Anki text export was listed as 'What is
    init for?': the plain field's "__x__" was taken for Markdown bold."""
    rows = "question,answer\nWhat is __init__ for?,Setting up a new object.\n"
    rows += "What does __slots__ save?,Memory per instance.\n"
    assert [t for t, _ in cards(rows, ".csv")] == [
        "What is __init__ for?",
        "What does __slots__ save?",
    ]
    anki = "#separator:tab\nWhen is __del__ called?\tWhen the object is collected.\n"
    anki += "What is __all__?\tThe names a star import takes.\n"
    assert [t for t, _ in cards(anki, ".txt")] == ["When is __del__ called?", "What is __all__?"]
