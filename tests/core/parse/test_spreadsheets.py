"""A spreadsheet of cards imported as it is: an Excel workbook (.xlsx) or an
OpenDocument one (.ods), read as the CSV of its cells (core.parse.sheets). It was
refused as a binary file ("save the sheet as CSV")."""

from __future__ import annotations

import pytest

from studyapp.core.model import NotesFileError
from studyapp.core.parse import parse_file
from tests.helpers.sheets import write_ods, write_xlsx


def _cards(doc):
    return [(q.topic_path, q.title, q.answer_markdown.strip()) for q in doc.questions]


def test_a_workbook_whose_sheets_share_a_header_is_one_deck_a_topic_a_sheet(tmp_path):
    header = ["Question", "Answer"]
    path = write_xlsx(
        tmp_path / "ml.xlsx",
        [
            (
                "Statistics",
                [
                    header,
                    ["What is a p-value?", "The chance of data this extreme under the null."],
                    [
                        "Type I vs Type II error?",
                        "Type I: a false positive.\nType II: a false negative.",
                    ],
                ],
            ),
            ("ML", [header, ["How many folds are usual in k-fold CV?", 5]]),
            ("Empty", []),
        ],
    )
    assert _cards(parse_file(path)) == [
        (("Statistics",), "What is a p-value?", "The chance of data this extreme under the null."),
        (
            ("Statistics",),
            "Type I vs Type II error?",
            "Type I: a false positive.\nType II: a false negative.",
        ),
        (("ML",), "How many folds are usual in k-fold CV?", "5"),
    ]


def test_a_sheet_of_rows_that_ask_written_inline_with_no_header(tmp_path):
    path = write_xlsx(
        tmp_path / "sql.xlsx",
        [
            (
                "Sheet1",
                [
                    [
                        "What is a covering index?",
                        "",
                        "An index holding every column a query needs.",
                    ],
                    ["What does VACUUM do?", "", "Reclaims the space of dead rows."],
                    ["Why avoid SELECT *?", "", "It reads columns you do not need."],
                ],
            )
        ],
        inline=True,
    )
    assert [(q.title, q.answer_markdown.strip()) for q in parse_file(path).questions] == [
        ("What is a covering index?", "An index holding every column a query needs."),
        ("What does VACUUM do?", "Reclaims the space of dead rows."),
        ("Why avoid SELECT *?", "It reads columns you do not need."),
    ]


def test_an_opendocument_sheet_padded_to_its_edge_gives_its_cards(tmp_path):
    path = write_ods(
        tmp_path / "design.ods",
        [
            (
                "Cards",
                [
                    ["Front", "Back"],
                    ["What is a CDN?", "Servers near users that cache static content."],
                    ["", ""],
                    [
                        "What is backpressure?",
                        "A slow consumer slows its producers.\nQueues stay bounded.",
                    ],
                ],
            )
        ],
    )
    assert _cards(parse_file(path)) == [
        ((), "What is a CDN?", "Servers near users that cache static content."),
        ((), "What is backpressure?", "A slow consumer slows its producers.\nQueues stay bounded."),
    ]


def test_sheets_with_other_headers_read_the_first_that_holds_cells(tmp_path):
    path = write_ods(
        tmp_path / "mixed.ods",
        [
            ("Cards", [["Question", "Answer"], ["What is DNS?", "Names to addresses."]]),
            ("Log", [["Date", "Score"], ["2026-01-02", "7"]]),
        ],
    )
    assert _cards(parse_file(path)) == [((), "What is DNS?", "Names to addresses.")]


@pytest.mark.parametrize("name", ["cards.xlsx", "cards.ods"])
def test_a_zip_that_is_no_spreadsheet_says_so(tmp_path, name):
    import zipfile

    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("notes.txt", "hello")
    with pytest.raises(NotesFileError, match="not a spreadsheet"):
        parse_file(path)


def test_a_date_in_a_sheet_reads_as_its_day_where_its_format_shows_one(tmp_path):
    import zipfile

    made = write_xlsx(
        tmp_path / "made.xlsx",
        [("S", [["Question", "Answer", "Asked on"], ["What is TLS?", "Encryption.", 45352]])],
    )
    path = tmp_path / "dated.xlsx"
    styles = (
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>'
    )
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as package:
        for name in source.namelist():  # the number's cell styled as a date
            data = source.read(name).decode().replace('<c r="C2">', '<c r="C2" s="1">')
            package.writestr(name, data)
        package.writestr("xl/styles.xml", styles)
    from studyapp.core.parse.sheets import sheet_csv

    assert (
        sheet_csv(path.read_bytes(), "dated.xlsx").split("\n")[1]
        == "What is TLS?,Encryption.,2024-03-01"
    )


def test_sheets_whose_headers_name_their_sides_differently_are_one_deck(tmp_path):
    path = write_xlsx(
        tmp_path / "prep.xlsx",
        [
            ("SQL", [["Question", "Answer"], ["What is a view?", "A stored query."]]),
            (
                "Python",
                [["Front", "Notes", "Back"], ["GIL", "see the docs", "One thread runs bytecode."]],
            ),
            ("Log", [["Date", "Score"], ["2024-03-01", 7]]),
        ],
    )
    assert _cards(parse_file(path)) == [
        (("SQL",), "What is a view?", "A stored query."),
        (("Python",), "GIL", "One thread runs bytecode.\n\n**Notes:** see the docs"),
    ]
