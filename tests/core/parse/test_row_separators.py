"""A flashcard set exported with its rows parted by semicolons instead of new lines
(Quizlet's "Between rows: Semicolon"): "term<TAB>definition;term<TAB>definition;…",
often one long line. Each term is a card; a definition that holds a semicolon of its
own is no such set (the tabs would not pair up)."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _cards(text: str, suffix: str = ".txt") -> list[tuple[str, str, int]]:
    return [
        (q.title, q.answer_markdown, q.source_line)
        for q in parse_text(text, suffix=suffix).questions
    ]


def test_cards_parted_by_semicolons_on_one_line():
    text = (
        "mitosis\tone division, two identical cells;"
        "meiosis\ttwo divisions, four gametes;"
        "allele\ta version of a gene;"
        "phenotype\tthe traits you can observe;"
    )
    assert _cards(text) == [
        ("mitosis", "one division, two identical cells", 1),
        ("meiosis", "two divisions, four gametes", 1),
        ("allele", "a version of a gene", 1),
        ("phenotype", "the traits you can observe", 1),
    ]


def test_a_tsv_of_semicolon_parted_rows_over_two_lines():
    text = "le four\tthe oven;l'évier\tthe sink;\nla pelouse\tthe lawn;le tuyau\tthe hose\n"
    assert _cards(text, ".tsv") == [
        ("le four", "the oven", 1),
        ("l'évier", "the sink", 1),
        ("la pelouse", "the lawn", 2),
        ("le tuyau", "the hose", 2),
    ]


def test_a_definition_with_a_semicolon_of_its_own_keeps_it():
    text = "mitosis\tone division; two cells\nmeiosis\ttwo divisions; four gametes\n"
    assert _cards(text) == [
        ("mitosis", "one division; two cells", 1),
        ("meiosis", "two divisions; four gametes", 2),
    ]


def test_a_semicolon_that_ends_an_html_entity_parts_no_cards():
    text = (
        "docker login\tLog into Docker Hub\t\n"
        "docker pull [image]\tPull an image from the&nbsp;Docker Hub repository\t\n"
        "docker ps\tList the running containers\t\n"
    )
    assert [q.title for q in parse_text(text, suffix=".tsv").questions] == [
        "docker login",
        "docker pull [image]",
        "docker ps",
    ]


def _notes(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(q.title, q.answer_markdown, q.tags) for q in parse_text(text, suffix=".txt").questions]


def test_an_anki_export_with_a_tags_column_keeps_a_semicolon_in_its_answer():
    """Anki's header says how the lines read ("#separator:tab", "#tags column:3"): one
    note a line, whatever ";" its fields hold (a user's notes became two questions)."""
    text = (
        "#separator:tab\n#html:true\n#tags column:3\n"
        "What does <b>this</b> refer to?\tThe object it is called on; arrows are lexical.\tjs\n"
        "Why add an index?\tReads get faster; writes get slower; space grows.\tsql perf\n"
    )
    assert _notes(text) == [
        ("What does this refer to?", "The object it is called on; arrows are lexical.", ("js",)),
        # its tags its note's, no text of its answer (as an Anki package's)
        ("Why add an index?", "Reads get faster; writes get slower; space grows.", ("sql", "perf")),
    ]


def test_column_headers_alone_say_the_lines_are_notes():
    """No "#separator:" line, but "#tags column:3": still one note a line."""
    text = (
        "#tags column:3\n"
        "Why add an index?\tReads get faster; writes get slower.\tsql\n"
        "What is a deadlock?\tTwo waits; one rolls back.\tsql\n"
    )
    assert _notes(text) == [
        ("Why add an index?", "Reads get faster; writes get slower.", ("sql",)),
        ("What is a deadlock?", "Two waits; one rolls back.", ("sql",)),
    ]


def test_the_separator_header_names_the_separator():
    """Anki writes "#separator:Pipe" (or Semicolon, Comma, Space, Colon, Tab)."""
    text = (
        "#separator:Pipe\n#notetype column:1\n#tags column:4\n"
        "Basic|Why add an index?|Reads faster; writes slower.|sql db\n"
        "Basic|What is a deadlock?|Two waits; one rolls back.|sql\n"
    )
    assert _notes(text) == [
        ("Why add an index?", "Reads faster; writes slower.", ("sql", "db")),
        ("What is a deadlock?", "Two waits; one rolls back.", ("sql",)),
    ]


def test_a_headerless_tags_column_keeps_a_semicolon_in_its_answer():
    """No header at all (an older Anki export, a spreadsheet saved as text): a line of
    three fields that does not part at ";" says the file's lines are rows, so the
    others' ";" are their own (one such line made two questions and the file prose)."""
    text = (
        "What is a closure?\tA function that captures variables.\tjavascript\n"
        "What is the event loop?\tIt runs callbacks when the stack is empty.\tjavascript node\n"
        "What does this refer to?\tThe object it is called on; arrows are lexical.\tjavascript\n"
    )
    expected = [
        ("What is a closure?", "A function that captures variables.", ("javascript",)),
        (
            "What is the event loop?",
            "It runs callbacks when the stack is empty.",
            ("javascript", "node"),
        ),
        (
            "What does this refer to?",
            "The object it is called on; arrows are lexical.",
            ("javascript",),
        ),
    ]
    assert _notes(text) == expected
    assert [
        (q.title, q.answer_markdown, q.tags) for q in parse_text(text, suffix=".tsv").questions
    ] == expected


def test_every_answer_with_a_semicolon_and_a_tags_column_still_one_note_a_line():
    text = (
        "What is TCP?\tA reliable stream; uses ACKs.\tnetworking\n"
        "What is UDP?\tConnectionless; no guarantees.\tnetworking\n"
        "What port does HTTPS use?\t443; HTTP/3 uses UDP 443.\tnetworking web\n"
    )
    assert _notes(text) == [
        ("What is TCP?", "A reliable stream; uses ACKs.", ("networking",)),
        ("What is UDP?", "Connectionless; no guarantees.", ("networking",)),
        ("What port does HTTPS use?", "443; HTTP/3 uses UDP 443.", ("networking", "web")),
    ]
