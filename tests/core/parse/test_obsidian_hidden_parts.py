"""What an Obsidian note hides stays out of the questions: a comment over lines of its
own ("%%" … "%%"), an Excalidraw drawing kept as a note in the vault, an answer
callout's own header ("> > [!success]- Answer")."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.importer import parse_notes
from studyapp.core.parse import parse_text


def _pairs(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    note = tmp_path / "note.md"
    note.write_text(text, encoding="utf-8")
    return [(q.title, q.answer_markdown) for q in parse_notes(note).questions]


def test_a_comment_block_asks_nothing_and_ends_no_answer(tmp_path):
    text = (
        "# Go notes\n\n## What is a goroutine?\nA lightweight thread.\n\n"
        "%%\n## What is a channel?\nTODO: write this later\n%%\n\n"
        "## What is a defer?\nSchedules a call for the function's return.\n"
    )
    assert _pairs(text, tmp_path) == [
        ("What is a goroutine?", "A lightweight thread."),
        ("What is a defer?", "Schedules a call for the function's return."),
    ]


def test_a_comment_opening_with_words_hides_a_list():
    text = (
        "1. What is a mutex?\n   A lock one holder at a time.\n"
        "%% draft, not ready:\n2. What is a semaphore?\n   Counts holders.\n%%\n"
        "3. What is a spinlock?\n   A lock that busy-waits.\n"
    )
    assert [q.title for q in parse_text(text, suffix=".md").questions] == [
        "What is a mutex?",
        "What is a spinlock?",
    ]


def test_a_mermaid_comment_in_a_fence_is_the_diagrams():
    text = (
        "## What is a DAG?\nA graph with no cycles.\n\n```mermaid\n%% the edges\n"
        "graph TD\n```\n\n## What is a tree?\nA connected acyclic graph.\n"
    )
    assert [q.title for q in parse_text(text, suffix=".md").questions] == [
        "What is a DAG?",
        "What is a tree?",
    ]


def test_a_cell_magic_opens_no_comment():
    """A line opening with "%%timeit" is Jupyter's cell magic, no comment's opening."""
    text = (
        "## How do you time a cell?\n%%timeit\nruns it many times.\n\n"
        "## How do you time a line?\n%time runs it once.\n\n"
        "## What does %% mean in Python?\nThe modulo operator, escaped in a format.\n"
    )
    assert [q.title for q in parse_text(text, suffix=".md").questions] == [
        "How do you time a cell?",
        "How do you time a line?",
        "What does %% mean in Python?",
    ]


def _vault(tmp_path: Path) -> Path:
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / "Excalidraw").mkdir()
    drawing = (
        "---\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n---\n"
        "# Text Elements\nWhat is a load balancer? ^aB3dE9\n\n"
        "Distributes traffic ^xY7zQ1\n\n# Drawing\n```compressed-json\nN4KAkARALgnA\n```\n"
    )
    (vault / "Excalidraw" / "Drawing 2024-03-02 10.15.22.excalidraw.md").write_text(drawing)
    (vault / "Excalidraw" / "Sketch.excalidraw.md").write_text(drawing.replace("load", "hot"))
    (vault / "Excalidraw" / "Older.excalidraw").write_text('{"type": "excalidraw"}')
    (vault / "System Design.md").write_text(
        "# System Design\n\n## What is a load balancer?\nA proxy that spreads requests."
        " ![[Drawing 2024-03-02 10.15.22.excalidraw]]\n\n## What is caching?\n"
        "Keeping hot data in fast storage. ![[Sketch.excalidraw|400]]\n"
    )
    return vault


def test_a_vaults_drawings_are_no_notes(tmp_path):
    doc = parse_notes(_vault(tmp_path))
    assert [(q.source_file, q.title) for q in doc.questions] == [
        ("System Design.md", "What is a load balancer?"),
        ("System Design.md", "What is caching?"),
    ]
    assert not any("excalidraw" in region.reason for region in doc.skipped)


def test_an_embedded_drawing_is_named_as_one(tmp_path):
    answers = [q.answer_markdown for q in parse_notes(_vault(tmp_path)).questions]
    assert answers == [
        "A proxy that spreads requests. (drawing: Drawing 2024-03-02 10.15.22)",
        "Keeping hot data in fast storage. (drawing: Sketch)",
    ]


def test_a_nested_answer_callouts_header_is_no_answer(tmp_path):
    text = (
        "> [!question] What does a liveness probe do?\n> > [!success]- Answer\n"
        "> > Restarts the container when the probe fails.\n\n"
        "> [!faq] What does a readiness probe do?\n> > [!check] Show answer\n"
        "> > Removes the pod from endpoints until it passes.\n"
    )
    assert _pairs(text, tmp_path) == [
        ("What does a liveness probe do?", "Restarts the container when the probe fails."),
        ("What does a readiness probe do?", "Removes the pod from endpoints until it passes."),
    ]


def test_an_answer_callout_titled_with_its_answer_keeps_it(tmp_path):
    text = (
        "> [!question] What port does HTTPS use?\n> > [!answer] 443\n\n"
        "> [!question] What port does SSH use?\n> > [!answer] 22\n"
    )
    assert _pairs(text, tmp_path) == [
        ("What port does HTTPS use?", "443"),
        ("What port does SSH use?", "22"),
    ]


def test_a_double_percent_in_a_sentence_neither_opens_nor_closes_a_comment():
    """ "%% starts a MATLAB section" opens nothing that "%%prun" in a later answer ends."""
    text = (
        "## What does %% mean in MATLAB?\n\n%% starts a code section in the editor.\n\n"
        "## How do you see the slow calls?\n\nRun the cell.\n\n"
        "## Why is my cell slow?\n\nProfile it with %%prun first.\n"
    )
    assert [(q.title, q.answer_markdown) for q in parse_text(text, suffix=".md").questions] == [
        ("What does %% mean in MATLAB?", "%% starts a code section in the editor."),
        ("How do you see the slow calls?", "Run the cell."),
        ("Why is my cell slow?", "Profile it with %%prun first."),
    ]


def test_matlab_sections_stay_and_a_comment_closed_after_words_hides():
    text = (
        "## How do you split a MATLAB script?\n\n%% Load data\nx = load('s.mat');\n"
        "%% Plot\nplot(x)\n\n%%\n## What is a window function?\nto write %%\n\n"
        "## What does fft return?\n\nComplex coefficients.\n"
    )
    questions = parse_text(text, suffix=".md").questions
    assert [q.title for q in questions] == [
        "How do you split a MATLAB script?",
        "What does fft return?",
    ]
    assert "%% Plot\nplot(x)" in questions[0].answer_markdown
