"""A folder of notes as one deck: the walk, topics from folders and files, one-question notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion, StudyAppError
from studyapp.core.parse.flashcards import parse_flashcards
from studyapp.core.parse.folder import parse_folder, parse_single_note
from studyapp.core.parse.tabular import parse_tabular
from tests.conftest import CORPORA, require
from tests.helpers.corpus_score import score

FOLDERS = [
    "30-seconds__30-seconds-of-interviews__questions",
    "po4yka__interview_questions__InterviewQuestions",
]


def _no_unit(path: Path) -> ParsedDocument:
    """A parse_one that finds no repeating unit, as the engine does in a one-question file."""
    return ParsedDocument(path.stem, "markdown", [])


def _answer_keys(path: Path) -> bool:
    return path.name.endswith(".labels.tsv")


def parse_one(path: Path) -> ParsedDocument:
    """A small dispatcher over this branch's readers (the engine wires the real one)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".csv", ".tsv"):
        return parse_tabular(text, name=path.stem, suffix=path.suffix)
    return parse_flashcards(text, name=path.stem) or _no_unit(path)


@pytest.mark.parametrize("name", FOLDERS)
def test_corpus_folders_of_one_question_files_score_above_the_bar(name):
    root = require(CORPORA / name)
    doc = parse_folder(root, _no_unit, exclude=_answer_keys)
    result = score(doc, root)
    assert result.meets(found=0.95, titles=0.90, answers=0.90), str(result)
    assert doc.format == "folder"
    assert doc.deck_name == name
    assert doc.skipped == []


def test_obsidian_notes_take_topic_and_tags_from_front_matter():
    root = require(CORPORA / FOLDERS[1])
    doc = parse_folder(root, _no_unit, exclude=_answer_keys)
    jwt = next(q for q in doc.questions if q.source_file.startswith("q-jwt-tokens"))
    assert jwt.topic_path == ("security",)
    assert "jwt" in jwt.tags
    assert jwt.answer_markdown.startswith("# Vopros (RU)\n> ")
    assert "[[c-jwt]]" not in jwt.answer_markdown and "- c-jwt" in jwt.answer_markdown


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "Interview prep"
    _write(
        root,
        "ml/trees.csv",
        "question,answer,tags\nWhat is a stump?,A one-split tree.,Trees\nWhat is CART?,A tree learner.,trees\n",
    )
    _write(
        root,
        "ml/deep/what-is-dropout.md",
        "# What is dropout?\n\nRandomly zeroes units while training.\n<!-- level: 2 -->\n",
    )
    _write(
        root,
        "ml/deep/optim.md",
        "# Optimisation\n\n## Schedules\n\nWarm-up::A slow start of the LR.\n\nCosine decay::Half a cosine.\n",
    )
    _write(root, "broken.csv", "1,2\n3,4\n")
    _write(root, "empty.md", "\n\n")
    _write(root, ".hidden/secret.md", "# What is hidden?\n\nThis.\n")
    _write(root, ".draft.md", "# What is a draft?\n\nThis.\n")
    _write(root, "zz/picture.png", "not notes")
    return root


def test_fresh_nested_folder_is_one_deck_with_folder_topics(notes):
    seen = []
    doc = parse_folder(
        notes, parse_one, progress=lambda done, total, rel: seen.append((done, total, rel))
    )
    assert doc.deck_name == "Interview prep"
    rows = [
        (q.source_file, q.source_line, q.end_line, q.topic_path, q.title) for q in doc.questions
    ]
    assert rows == [
        ("ml/deep/optim.md", 5, 5, ("ML", "Deep", "Optimisation", "Schedules"), "Warm-up"),
        ("ml/deep/optim.md", 7, 7, ("ML", "Deep", "Optimisation", "Schedules"), "Cosine decay"),
        ("ml/deep/what-is-dropout.md", 1, 3, ("ML", "Deep"), "What is dropout?"),
        ("ml/trees.csv", 2, 2, ("ML", "Trees"), "What is a stump?"),
        ("ml/trees.csv", 3, 3, ("ML", "Trees"), "What is CART?"),
    ]
    assert doc.questions[2].answer_markdown == "Randomly zeroes units while training."
    reasons = {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}
    assert reasons.keys() == {"broken.csv", "empty.md", "zz/picture.png"}
    assert reasons["zz/picture.png"] == "not a notes file (.png)"  # named, not read
    assert reasons["broken.csv"].startswith("no column holds question text")
    assert reasons["empty.md"] == "the file is empty (only whitespace)"
    assert ("ml/trees.csv", "header row") in {(r.source_file, r.reason) for r in doc.skipped}
    assert [rel for _, _, rel in seen] == [
        "broken.csv",
        "empty.md",
        "ml/deep/optim.md",
        "ml/deep/what-is-dropout.md",
        "ml/trees.csv",
        "",
    ]
    assert seen[0][1] == 5


def test_exclude_leaves_out_files_and_folders(notes):
    doc = parse_folder(notes, parse_one, exclude=lambda p: p.name in ("deep", "broken.csv"))
    assert {q.source_file for q in doc.questions} == {"ml/trees.csv"}
    assert [r.source_file for r in doc.skipped if r.start_line == 0] == [
        "empty.md",
        "zz/picture.png",  # not excluded: named as not a notes file
    ]


def test_a_folder_without_notes_files_is_an_error(tmp_path):
    _write(tmp_path / "pics", "a.png", "x")
    with pytest.raises(
        StudyAppError, match=r"pics: no notes files \(\.md, .*\.tsv.*\) in this folder"
    ):
        parse_folder(tmp_path / "pics", parse_one)


@pytest.mark.parametrize(
    ("text", "line", "end_line", "title", "answer"),
    [
        ("### What is `<T>`?\n\n```ts\nlet x: T\n```\n#### Answer\nA type.\n\n<!-- tags: (ts) -->\n",
         1, 7, "What is <T>?", "```ts\nlet x: T\n```\n#### Answer\nA type."),
        ("# Topic\n\n## Question (EN)\n> How does **TCP** open\n> a connection?\n\n## Answer\nSYN, SYN-ACK, ACK.\n",
         4, 8, "How does TCP open a connection?", "# Topic\n\n## Answer\nSYN, SYN-ACK, ACK."),
        ("Why is the sky blue?\nRayleigh scattering.\n\nShort waves scatter more.\n",
         1, 4, "Why is the sky blue?", "Rayleigh scattering.\n\nShort waves scatter more."),
        ("Notes with no question in them.\n", 1, 1, "cache notes", "Notes with no question in them."),
        ("### Explain false sharing\n\nTwo cores, one line.\n\n#### Why does it hurt?\n\nInvalidations.\n", 1, 7,
         "Explain false sharing", "Two cores, one line.\n\n#### Why does it hurt?\n\nInvalidations."),
        ("Q: What is a cache line?\nA: 64 bytes\nmoved as one.\n", 1, 3, "What is a cache line?",
         "64 bytes\nmoved as one."),
        ("## Question 3: Why align structs?\n\nFewer cache misses.\n", 1, 3, "Why align structs?",
         "Fewer cache misses."),
    ],
)  # fmt: skip
def test_single_note_question_and_answer(text, line, end_line, title, answer):
    doc = parse_single_note(text, name="cache-notes")
    (question,) = doc.questions
    assert (question.source_line, question.end_line, question.title) == (line, end_line, title)
    assert question.answer_markdown == answer


@pytest.mark.parametrize("text", ["", "\n\n", "---\ntitle: x\n---\n\n<!-- only metadata -->\n"])
def test_a_note_with_no_text_gives_nothing(text):
    assert parse_single_note(text, name="n") is None


def _bullets_as_questions(path: Path) -> ParsedDocument:
    """A parse_one that takes every bullet for a question (an answer's list repeats)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    found = [
        ParsedQuestion(text[2:], "", number)
        for number, text in enumerate(lines, start=1)
        if text.startswith("- ")
    ]
    return ParsedDocument(path.stem, "markdown", found, unit="list-item")


def test_a_note_with_one_question_heading_is_one_question_whatever_its_lists(tmp_path):
    one = "# Question\n> Why shard a database?\n\n## Answer\n- scale writes\n- isolate tenants\n"
    two = "## Question 1\nWhat is a shard?\n\n- a part\n\n## Question 2\nWhat is a replica?\n\n- a copy\n"
    _write(tmp_path, "one.md", one)
    _write(tmp_path, "two.md", two)
    doc = parse_folder(tmp_path, _bullets_as_questions)
    assert [(q.source_file, q.title) for q in doc.questions] == [
        ("one.md", "Why shard a database?"),
        ("two.md", "a part"),
        ("two.md", "a copy"),
    ]
    assert doc.questions[0].answer_markdown == "## Answer\n- scale writes\n- isolate tenants"


def test_a_question_the_engine_found_once_is_kept_with_its_section(tmp_path):
    _write(
        tmp_path,
        "net.md",
        "# Networking\n\n## TCP\n\n### What is a SYN flood?\n\nHalf-open connections.\n",
    )

    def engine(path: Path) -> ParsedDocument:
        found = ParsedQuestion("What is a SYN flood?", "Half-open connections.", 5, ("TCP",), 7)
        return ParsedDocument("Networking", "markdown", [found], has_sections=True, unit="h3")

    (question,) = parse_folder(tmp_path, engine).questions
    assert (question.title, question.topic_path, question.source_line) == (
        "What is a SYN flood?",
        ("Networking", "TCP"),  # the file's title over its section, as with two questions
        5,
    )
    alone = parse_folder(tmp_path, _no_unit).questions[0]
    assert (alone.title, alone.source_line) == ("What is a SYN flood?", 5)


def test_obsidian_links_embeds_and_highlights_are_plain_markdown_in_a_folder(tmp_path):
    def engine(path: Path) -> ParsedDocument:
        found = ParsedQuestion(
            "Why [[Dropout|drop units]]?", "See ![[curve.png]] and ==this== `[[kept]]`.", 1
        )
        return ParsedDocument("n", "markdown", [found], unit="h1")

    _write(tmp_path, "note.md", "# Why [[Dropout|drop units]]?\n\nSee ![[curve.png]].\n")
    (question,) = parse_folder(tmp_path, engine).questions
    assert question.title == "Why drop units?"
    assert question.answer_markdown == "See ![curve.png](curve.png) and ==this== `[[kept]]`."


def test_a_vaults_templates_are_not_questions(tmp_path):
    from studyapp.core.parse import parse_path

    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / ".obsidian" / "templates.json").write_text('{"folder": "Meta/Blueprints"}')
    _write(vault, "Go/Channels.md", "# What is a buffered channel?\n\nOne with capacity.\n")
    _write(vault, "Templates/Card.md", "# {{title}}\n\n{{answer}}\n")
    _write(vault, "Meta/Blueprints/Quiz.md", "## <% tp.file.title %>\n\nAnswer here.\n")
    doc = parse_path(vault)
    assert [q.title for q in doc.questions] == ["What is a buffered channel?"]


def test_templates_outside_a_known_templates_folder_are_named_not_imported(tmp_path):
    """A vault copied without its .obsidian folder: its templates' "{{question}}" over
    "{{answer}}" became a question (a new user's report)."""
    from studyapp.core.parse import parse_path

    notes = tmp_path / "vault_noobs"
    _write(notes, "ML/Dropout.md", "# What does dropout do?\n\nZeroes random units.\n")
    _write(notes, "templates/question-template.md", "## {{question}}\n\n{{answer}}\n")
    # The same kind, written afresh: Templater's, Jinja's and ${} fields.
    _write(notes, "meta/card.md", "### <% tp.file.title %>:\n\n<% tp.file.cursor() %>\n")
    _write(notes, "meta/jinja.md", "**{{ front }}**\n\n{{ back }}\n")
    _write(notes, "meta/shell.md", "Q: ${QUESTION}\nA: ${ANSWER}\n")
    doc = parse_path(notes)
    assert [q.title for q in doc.questions] == ["What does dropout do?"]
    skipped = {r.source_file: r.reason for r in doc.skipped}
    for template in ("templates/question-template.md", "meta/card.md", "meta/jinja.md"):
        assert skipped[template].startswith("a template"), skipped
    assert skipped["meta/shell.md"].startswith("a template"), skipped


def test_a_vaults_journal_and_index_notes_are_not_questions(tmp_path):
    from studyapp.core.parse import parse_path

    vault = tmp_path / "vault"
    _write(vault, "Rust/Borrowing.md", "Shared or mutable references, never both at once.\n")
    _write(vault, "Rust/Lifetimes.md", "# Why do lifetimes exist?\n\nSo references never dangle.\n")
    _write(vault, "Journal/2024-06-11.md", "Two hours on the borrow checker.\nStill shaky.\n")
    _write(
        vault,
        "Journal/2024-06-12 Wednesday.md",
        "## Done\n- lifetimes chapter\n  all exercises\n## Next\n- traits\n  chapter 10\n",
    )
    _write(vault, "Journal/2024-06-13.md", "Q: What is a trait object?\nA: A dyn pointer.\n")
    _write(
        vault,
        "Rust MOC.md",
        "# Rust\n\n## Memory\n- [[Borrowing]]\n- [[Lifetimes]], [[Smart pointers]]\n\n"
        "[The Book](https://doc.rust-lang.org/book/)\n",
    )
    doc = parse_path(vault)
    assert [q.title for q in doc.questions] == [
        "What is a trait object?",  # a dated note that asks keeps its question
        "Borrowing",  # a note named by its subject is that subject's card
        "Why do lifetimes exist?",
    ]
    skipped = {r.source_file: r.reason for r in doc.skipped}
    assert skipped["Rust MOC.md"] == "an index of other notes (links only)"
    assert "Journal/2024-06-11.md" in skipped
    assert "asks nothing" in skipped["Journal/2024-06-12 Wednesday.md"]


def test_notions_export_ids_leave_folder_and_file_topics(tmp_path):
    """Notion names every exported page and database '<title> <32 hex digits>': the
    topics read 'Interview DB 8f3c2a1b… / networking'."""
    from studyapp.core.parse import parse_path

    root = tmp_path / "Export-0c1d2e3f"
    page = root / "Prep 0123456789abcdef0123456789abcdef"
    page.mkdir(parents=True)
    (page / "system-design 89abcdef0123456789abcdef01234567.md").write_text(
        "## What is sharding?\n\nSplitting data across nodes.\n\n"
        "## What is a replica?\n\nA copy kept in step.\n",
        encoding="utf-8",
    )
    doc = parse_path(root)
    assert {q.topic_path for q in doc.questions} == {("Prep", "System Design")}


def test_a_folder_without_notes_names_every_kind_a_scan_reads(tmp_path):
    """The message listed .md … .rst but not the JSON and YAML cards a scan also reads."""
    import pytest

    from studyapp.core.model import StudyAppError
    from studyapp.core.parse import parse_path

    (tmp_path / "diagram.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(StudyAppError) as raised:
        parse_path(tmp_path)
    assert all(kind in str(raised.value) for kind in (".md", ".csv", ".json", ".yaml"))
