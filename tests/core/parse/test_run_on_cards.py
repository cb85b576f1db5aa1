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


def test_a_card_a_line_parted_by_a_comma_or_a_spaced_dash():
    commas = (
        "What is Terraform state?,A file mapping resources to real infrastructure; keep it remote.\n"
        "What is a Terraform module?,A reusable package of .tf files.\n"
        "terraform plan vs apply,plan shows the diff, apply executes it\n"
    )
    assert _cards(commas) == [
        (
            "What is Terraform state?",
            "A file mapping resources to real infrastructure; keep it remote.",
        ),
        ("What is a Terraform module?", "A reusable package of .tf files."),
        ("terraform plan vs apply", "plan shows the diff, apply executes it"),
    ]
    dashes = (
        "What does ACID stand for? - Atomicity, consistency, isolation, durability.\n"
        "WAL - write-ahead log: changes are logged before data pages are written.\n"
        "What is MVCC? - Readers see a snapshot while writers make new versions.\n"
    )
    assert [t for t, _ in _cards(dashes)] == ["What does ACID stand for?", "WAL", "What is MVCC?"]


def test_prose_lines_with_commas_are_no_cards():
    text = "Why did it fail?, I do not know, maybe the network.\nWe retried, it worked.\nLater, it failed again.\n"
    assert [t for t, _ in _cards(text)] != ["Why did it fail?", "We retried", "Later"]


def test_a_definition_holding_the_rows_separator_goes_on_after_it():
    text = (
        "What is Terraform state?,A file mapping resources to real infrastructure; store it "
        "remotely.;What is a Terraform module?,A reusable package of .tf files.;terraform plan "
        'vs apply,"plan shows the diff, apply executes it";'
    )
    assert _cards(text) == [
        (
            "What is Terraform state?",
            "A file mapping resources to real infrastructure; store it remotely.",
        ),
        ("What is a Terraform module?", "A reusable package of .tf files."),
        ("terraform plan vs apply", "plan shows the diff, apply executes it"),
    ]


def test_a_spaced_dash_between_term_and_definition_is_not_read_as_one_question():
    text = (
        "What is a Docker volume? - Persistent storage outside the container layer.;"
        "What is docker compose? - A tool to define multi-container apps in YAML.;"
        "GIL - The global interpreter lock of CPython, one thread at a time.;"
    )
    assert [t for t, _ in _cards(text)] == [
        "What is a Docker volume?",
        "What is docker compose?",
        "GIL",
    ]
