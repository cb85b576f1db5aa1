"""A folder reads every kind of notes a single import reads: a folder of Google Docs'
or Word's exports (.docx, .odt, .html, .htm, .pdf …) is one deck of their questions,
where it was refused ("no notes files"). A cloned repository's web pages stay its site;
an Anki package is named to import on its own, saying why. A Notion export's database,
written twice ("<title> <id>.csv" and "<title> <id>_all.csv", every row), is read
once, its topic named without Notion's id."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.importer import import_file
from studyapp.core.parse import parse_path
from studyapp.core.store import Store
from tests.helpers.word import odt_paragraph, paragraph, write_docx, write_odt

_DOCS_PAGE = (
    '<html><head><style type="text/css">.c0{font-weight:400}.c2{font-weight:700}</style>'
    '</head><body class="doc-content"><p class="c3"><span class="c2">{q1}</span></p>'
    '<p class="c3"><span class="c0">{a1}</span></p><p class="c3"><span class="c2">{q2}'
    '</span></p><p class="c3"><span class="c0">{a2}</span></p></body></html>'
)


def _docs_page(path: Path, q1: str, a1: str, q2: str, a2: str) -> None:
    page = _DOCS_PAGE.replace("{q1}", q1).replace("{a1}", a1).replace("{q2}", q2)
    path.write_text(page.replace("{a2}", a2), encoding="utf-8")


def _left_out(doc) -> dict[str, str]:
    return {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}


def test_a_folder_of_google_docs_exports_reads_the_docx_and_the_page(tmp_path):
    folder = tmp_path / "Drive exports"
    folder.mkdir()
    write_docx(
        folder / "ML notes.docx",
        paragraph("Heading2", "What is overfitting?"),
        paragraph(None, "Fitting the noise of the training data."),
        paragraph("Heading2", "What is a random forest?"),
        paragraph(None, "Many decorrelated trees, their votes averaged."),
    )
    _docs_page(
        folder / "SQL questions.html",
        "What does HAVING do?",
        "Filters groups after GROUP BY.",
        "What is a window function?",
        "A function over rows related to the current one.",
    )
    doc = parse_path(folder)
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("ML notes",), "What is overfitting?"),
        (("ML notes",), "What is a random forest?"),
        (("SQL questions",), "What does HAVING do?"),
        (("SQL questions",), "What is a window function?"),
    ]
    assert _left_out(doc) == {}
    with Store.open(tmp_path / "s.sqlite3") as store:
        assert import_file(store, folder).new == 4


def test_an_opendocument_and_a_word_web_page_in_sub_folders_are_read(tmp_path):
    """Other documents of the same sort, deeper: LibreOffice's .odt, Word's .htm."""
    root = tmp_path / "prep"
    (root / "os").mkdir(parents=True)
    (root / "net").mkdir()
    write_odt(
        root / "os" / "processes.odt",
        odt_paragraph(("What is a process?", True)),
        odt_paragraph("A running program with its own memory."),
        odt_paragraph(("What is a thread?", True)),
        odt_paragraph("A path of execution inside a process."),
    )
    (root / "net" / "tcp.htm").write_text(
        "<html><head><style>p.Asked {font-weight:bold}</style></head><body>\n"
        "<p class=Asked>What is a TCP handshake?</p>\n\n<p class=MsoNormal>SYN, SYN-ACK, ACK.</p>"
        "\n\n<p class=Asked>What is a port?</p>\n\n<p class=MsoNormal>A number naming a"
        " socket's end.</p>\n</body></html>\n",
        encoding="utf-8",
    )
    doc = parse_path(root)
    assert sorted((q.topic_path[0], q.title) for q in doc.questions) == [
        ("Net", "What is a TCP handshake?"),
        ("Net", "What is a port?"),
        ("OS", "What is a process?"),
        ("OS", "What is a thread?"),
    ]


def test_a_cloned_repositorys_pages_stay_quiet_and_an_anki_package_says_why(tmp_path):
    repo = tmp_path / "interview-repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "README.md").write_text(
        "# What is a pod?\n\nThe smallest unit.\n\n# What is a node?\n\nA machine.\n"
    )
    (repo / "docs" / "index.html").write_text(
        "<html><body><h2>What is this site?</h2><p>The repository's pages.</p></body></html>"
    )
    (repo / "deck.apkg").write_bytes(b"PK\x03\x04" + bytes(64))
    doc = parse_path(repo)
    assert [q.title for q in doc.questions] == ["What is a pod?", "What is a node?"]
    left = _left_out(doc)
    assert "docs/index.html" not in left  # the repository's site, as before
    assert left["deck.apkg"].startswith("an Anki package (.apkg): a deck of its own")


_ID = "8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d"
_HEADER = "Question,Answer,Topic\n"
_ROWS = [
    "What is gradient descent?,Steps against the gradient of the loss.,Optimization\n",
    "What is L2 regularization?,A penalty on squared weights.,Regularization\n",
    "What is recall?,The share of positives found.,Metrics\n",
]


def test_a_notion_database_written_twice_is_read_once_without_its_id(tmp_path):
    export = tmp_path / "Export-notion"
    export.mkdir()
    # the view (filtered: two rows) and every row
    (export / f"Questions DB {_ID}.csv").write_text(_HEADER + "".join(_ROWS[:2]))
    (export / f"Questions DB {_ID}_all.csv").write_text(_HEADER + "".join(_ROWS))
    (export / "Prep 3f2a9c1b8d7e4a6f9b0c1d2e3f4a5b6c.md").write_text(
        "# Prep\n\n## What is a p-value?\n\nThe chance of data this extreme under H0.\n\n"
        "## What is bias?\n\nError from wrong assumptions.\n"
    )
    doc = parse_path(export)
    titles = [q.title for q in doc.questions]
    assert len(titles) == len(set(titles)) == 5  # each row once
    topics = {q.topic_path[0] for q in doc.questions}
    assert topics == {"Questions DB", "Prep"}  # no "…_all", no id
    assert _left_out(doc) == {
        f"Questions DB {_ID}.csv": (
            "Notion's view of a database: its _all.csv beside it, every row, is read"
        )
    }


def test_a_notion_all_file_imported_alone_is_named_without_its_id(tmp_path):
    path = tmp_path / f"Reading list {_ID}_all.csv"
    path.write_text(_HEADER + "".join(_ROWS))
    with Store.open(tmp_path / "s.sqlite3") as store:
        summary = import_file(store, path)
    assert summary.deck_name == "Reading list" and summary.new == 3
