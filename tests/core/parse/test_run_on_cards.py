"""A flashcard set exported with its cards run on along one line, parted by the
separators the export was told to use (Quizlet: "Between term and definition" and
"Between rows", each a tab, comma, semicolon or custom text): each term is a card,
its definition the answer. Prose with semicolons stays no cards."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _cards(text: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=".txt").questions]


def test_one_separator_between_terms_and_definitions_and_between_cards():
    text = (
        "What is a primary key?;A column that identifies each row.;"
        "What is a foreign key?;A column referencing another table's key.;"
        "What is the difference between WHERE and HAVING?;WHERE filters rows, "
        "HAVING filters groups.;What is an index?;A B-tree that speeds up lookups."
    )
    assert _cards(text) == [
        ("What is a primary key?", "A column that identifies each row."),
        ("What is a foreign key?", "A column referencing another table's key."),
        (
            "What is the difference between WHERE and HAVING?",
            "WHERE filters rows, HAVING filters groups.",
        ),
        ("What is an index?", "A B-tree that speeds up lookups."),
    ]


def test_custom_separators_for_fields_and_rows():
    text = (
        "GIL|The global interpreter lock.##Decorator|A callable wrapping a function."
        "##Generator|A function that yields values lazily.##Context manager|An object "
        "with __enter__ and __exit__."
    )
    assert _cards(text) == [
        ("GIL", "The global interpreter lock."),
        ("Decorator", "A callable wrapping a function."),
        ("Generator", "A function that yields values lazily."),
        ("Context manager", "An object with __enter__ and __exit__."),
    ]


def test_a_comma_between_term_and_definition_parts_at_the_first_comma():
    text = (
        "Pod,the smallest deployable unit, one or more containers;"
        "Service,a stable virtual IP in front of pods;"
        "Deployment,declares replicas and rolls out versions;"
    )
    assert _cards(text) == [
        ("Pod", "the smallest deployable unit, one or more containers"),
        ("Service", "a stable virtual IP in front of pods"),
        ("Deployment", "declares replicas and rolls out versions"),
    ]


def test_rows_run_on_over_a_few_lines():
    text = (
        "Tell me about yourself~~A two-minute pitch.@@Why are you leaving?~~For larger "
        "systems.@@What is your strength?~~Calm debugging.\n"
        "What salary do you expect?~~A range from market data.@@Where in five years?~~"
        "Leading a team.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, q.answer_markdown, q.source_line) for q in doc.questions] == [
        ("Tell me about yourself", "A two-minute pitch.", 1),
        ("Why are you leaving?", "For larger systems.", 1),
        ("What is your strength?", "Calm debugging.", 1),
        ("What salary do you expect?", "A range from market data.", 2),
        ("Where in five years?", "Leading a team.", 2),
    ]


def test_prose_with_semicolons_is_no_cards():
    text = (
        "We met on Monday; the plan changed twice; I wrote the doc; the team "
        "reviewed it; we shipped on Friday; the retro was useful."
    )
    assert _cards(text) == []


def test_settings_parted_by_semicolons_are_no_cards():
    assert _cards("a=1;b=2;c=3;d=4;e=5;f=6\n") == []
