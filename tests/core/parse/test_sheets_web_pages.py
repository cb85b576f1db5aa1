"""A sheet of questions saved by Google Sheets as a web page ("Download → Web page"):
one line of HTML whose table carries the sheet's grid, a first row of column letters
("", "A", "B", "C") and a first column of row numbers in ``<th>`` cells. The letters
were read as the table's header, so no column was named Question and the whole sheet
came in as one question, its title the page's name. Without the grid, the sheet's own
first row is the header and each row below it a question."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _row(number: int, cells: list[str]) -> str:
    head = f'<th id="0R{number}" class="row-headers-background"><div class="row-header-wrapper">{number + 1}</div></th>'
    return (
        '<tr style="height: 20px">'
        + head
        + "".join(f'<td class="s1">{c}</td>' for c in cells)
        + "</tr>"
    )


def _sheet(rows: list[list[str]]) -> str:
    letters = "".join(
        f'<th id="0C{n}" class="column-headers-background">{chr(65 + n)}</th>'
        for n in range(len(rows[0]))
    )
    body = "".join(_row(n, cells) for n, cells in enumerate(rows))
    return (
        '<html><head><meta charset="utf-8"><title>Cards</title></head><body>\n'
        '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0">'
        f'<thead><tr><th class="row-header freezebar-origin-ltr"></th>{letters}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>\n"
        "</body></html>\n"
    )


def test_each_row_of_a_sheet_saved_as_a_web_page_is_a_question():
    page = _sheet(
        [
            ["Question", "Answer", "Tags"],
            [
                "What is a hash join?",
                "Build a hash table on the smaller input, probe it with the other.",
                "sql",
            ],
            [
                "What is a B-tree?",
                "A balanced tree with many keys per node, shallow on disk.",
                "storage",
            ],
        ]
    )
    doc = parse_text(page, name="cards", suffix=".html")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "What is a hash join?",
            "Build a hash table on the smaller input, probe it with the other.",
        ),
        ("What is a B-tree?", "A balanced tree with many keys per node, shallow on disk."),
    ]


def test_a_table_whose_first_row_only_looks_like_letters_keeps_it():
    # no row numbers down the side: a table of its own, its header as written
    page = (
        "<html><body>\n<table><tr><th>Question</th><th>Answer</th></tr>"
        "<tr><td>What is A?</td><td>The first letter.</td></tr>"
        "<tr><td>What is B?</td><td>The second.</td></tr></table>\n</body></html>\n"
    )
    doc = parse_text(page, name="letters", suffix=".html")
    assert [q.title for q in doc.questions] == ["What is A?", "What is B?"]
