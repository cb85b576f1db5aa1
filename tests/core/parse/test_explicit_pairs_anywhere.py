"""A ``Q:`` line with its ``A:`` (``Question:``/``Answer:``, ``Frage:``/``Antwort:`` …) is a
question wherever it stands, whatever unit holds the rest of the note: after numbered
bold questions, in the last section of heading questions, one pair alone. Before, pairs
written with a blank line between question and answer, pairs written one under the
other without blank lines, and pairs whose question does not ask ("Q: WHERE vs
HAVING") were pasted into the last answer above them, or named a footer, and nothing
said so; the preview's other reading dropped the first questions as an intro."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text

_BOLD_NUMBERED = (
    "# Interview notes\n\n"
    "**1. What does the central limit theorem say?**\n\n"
    "The mean of many independent samples tends to a normal distribution.\n\n"
    "It holds when the variance is finite.\n\n"
    "**2. What is a p-value?**\n\n"
    "The probability of data at least as extreme as observed.\n\n"
    "**3. What is overfitting?**\n\n"
    "A model that learns the noise of its training data.\n\n"
)
_TITLES = [
    "What does the central limit theorem say?",
    "What is a p-value?",
    "What is overfitting?",
]


def _read(text: str, **kwargs) -> list[tuple[str, tuple[str, ...], str]]:
    doc = parse_text(text, **kwargs)
    return [(q.title, q.topic_path, q.answer_markdown.strip()) for q in doc.questions]


@pytest.mark.parametrize("between", ["", "## SQL\n\n"])
def test_pairs_with_their_answers_a_paragraph_below_after_numbered_bold_questions(between):
    note = (
        _BOLD_NUMBERED + between + "Q: What is the difference between WHERE and HAVING?\n\n"
        "A: WHERE filters rows before grouping; HAVING filters groups.\n\n"
        "Q: Which join types are there?\n\nA: Inner, left, right, full outer and cross.\n\n"
        "Q: What is a window function?\n\nA: A function over rows related to the current one.\n"
    )
    doc = parse_text(note)
    topic = ("SQL",) if between else ()
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        *((t, ()) for t in _TITLES),
        ("What is the difference between WHERE and HAVING?", topic),
        ("Which join types are there?", topic),
        ("What is a window function?", topic),
    ]
    assert doc.questions[2].answer_markdown.strip() == (
        "A model that learns the noise of its training data."
    )
    assert doc.questions[3].answer_markdown.strip() == (
        "WHERE filters rows before grouping; HAVING filters groups."
    )
    assert not [r for r in doc.skipped if r.reason not in ("title", "section heading")]
    # the preview's readings: the Q: lines' reading gives all six as well
    assert len(parse_text(note, split_at="prefix").questions) == 6


def test_pairs_written_one_under_the_other_without_blank_lines_are_each_a_question():
    note = (
        _BOLD_NUMBERED + "Q: What is the difference between WHERE and HAVING?\n"
        "A: WHERE filters rows before grouping; HAVING filters groups.\n"
        "Q: Which join types are there?\n"
        "A: Inner, left, right, full outer and cross.\n"
        "Q: What is a window function?\n"
        "A: A function over rows related to the current one.\n"
    )
    assert [t for t, _, _ in _read(note)] == [
        *_TITLES,
        "What is the difference between WHERE and HAVING?",
        "Which join types are there?",
        "What is a window function?",
    ]


def test_a_pair_whose_question_does_not_ask_is_a_question_by_its_marks():
    note = (
        _BOLD_NUMBERED + "Q: WHERE vs HAVING\nA: WHERE filters rows; HAVING filters groups.\n\n"
        "Q: Join types\nA: Inner, left, right, full outer and cross.\n\n"
        "Q: Window functions\nA: Functions over rows related to the current one.\n"
    )
    assert [(t, a) for t, _, a in _read(note)][3:] == [
        ("WHERE vs HAVING", "WHERE filters rows; HAVING filters groups."),
        ("Join types", "Inner, left, right, full outer and cross."),
        ("Window functions", "Functions over rows related to the current one."),
    ]


@pytest.mark.parametrize(
    "pair",
    [
        "**Q: What is a hash map?**\n\nA: Buckets indexed by a hash of the key.\n",
        "Q: What is a hash map?\n\nA: Buckets indexed by a hash of the key.\n",
        "**Question:** What is a hash map?\n\n**Answer:** Buckets indexed by a hash of the key.\n",
    ],
)
def test_one_pair_in_the_last_section_of_heading_questions_is_no_footer(pair):
    note = (
        "# Basics\n\n"
        "## What is the GIL?\n\nA lock that lets one thread run bytecode at a time.\n\n"
        "## How do you reverse a list?\n\nUse `lst.reverse()` or `lst[::-1]`.\n\n"
        "# Data structures\n\n" + pair
    )
    doc = parse_text(note)
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("What is the GIL?", ("Basics",)),
        ("How do you reverse a list?", ("Basics",)),
        ("What is a hash map?", ("Data structures",)),
    ]
    assert doc.questions[-1].answer_markdown.strip() == "Buckets indexed by a hash of the key."
    assert not [r for r in doc.skipped if r.reason == "footer"]


def test_pairs_marked_in_another_language_after_bold_questions():
    note = (
        "# Netzwerke\n\n"
        "**1. What is a subnet mask?**\n\nIt says which part of an address names the network.\n\n"
        "**2. What does NAT do?**\n\nIt maps private addresses to one public address.\n\n"
        "Frage: Was ist DNS?\n\nAntwort: Der Dienst, der Namen in Adressen übersetzt.\n\n"
        "Frage: Was ist ein Port?\n\nAntwort: Eine Nummer, die einen Dienst bezeichnet.\n"
    )
    assert [(t, a) for t, _, a in _read(note)] == [
        ("What is a subnet mask?", "It says which part of an address names the network."),
        ("What does NAT do?", "It maps private addresses to one public address."),
        ("Was ist DNS?", "Der Dienst, der Namen in Adressen übersetzt."),
        ("Was ist ein Port?", "Eine Nummer, die einen Dienst bezeichnet."),
    ]


@pytest.mark.parametrize(
    "numbered",
    [
        # numbered items, each answer the paragraph under it
        "1. What is starvation?\n\nA thread never gets the resource it waits for.\n\n"
        "2. What is a livelock?\n\nThreads keep changing state in answer to each other.\n\n",
        # numbered bold questions, each answered on its own line
        "**1. What is starvation?** A thread never gets the resource it waits for.\n\n"
        "**2. What is a livelock?** Threads keep changing state in answer to each other.\n\n",
    ],
)
def test_numbered_questions_before_the_pairs_of_a_note_of_pairs_are_no_intro(numbered):
    note = (
        "# Concurrency\n\n" + numbered + "Q: What is a race condition?\n"
        "A: The result depends on the threads' timing.\n\n"
        "Q: What is a deadlock?\nA: Threads wait on each other's locks forever.\n\n"
        "Q: What is a semaphore?\nA: A counter that limits how many threads enter.\n"
    )
    doc = parse_text(note)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions][:2] == [
        ("What is starvation?", "A thread never gets the resource it waits for."),
        ("What is a livelock?", "Threads keep changing state in answer to each other."),
    ]
    assert [q.title for q in doc.questions][2:] == [
        "What is a race condition?",
        "What is a deadlock?",
        "What is a semaphore?",
    ]
    assert [r.reason for r in doc.skipped] == ["title"]


def test_an_example_dialogue_an_answer_introduces_stays_in_it_a_pair_apart_does_not():
    note = (
        "**1. How do you answer 'tell me about yourself'?**\n\n"
        "Past, present, future, in two minutes.\n\nFrom my mock:\n\n"
        "Q: Tell me about yourself.\n\nA: I build data pipelines at a bank.\n\n"
        "**2. How do you close an interview?**\n\nAsk one question about the team.\n\n"
        "**3. How do you follow up?**\n\nA short thank-you mail the same day.\n\n"
        "Q: What do you ask about the team?\n\nA: How it decides what to build next.\n"
    )
    found = _read(note)
    assert [t for t, _, _ in found] == [
        "How do you answer 'tell me about yourself'?",
        "How do you close an interview?",
        "How do you follow up?",
        "What do you ask about the team?",
    ]
    assert "I build data pipelines at a bank." in found[0][2]
    assert found[2][2] == "A short thank-you mail the same day."


def test_the_import_preview_reads_the_mixed_note_whole_whichever_reading(tmp_path):
    from studyapp.core import reparse
    from studyapp.core.import_preview import preview_import
    from studyapp.core.importer import import_file
    from studyapp.core.store import Store

    reparse.forget()
    path = tmp_path / "interview.md"
    path.write_text(
        _BOLD_NUMBERED + "## SQL\n\n"
        "Q: What is the difference between WHERE and HAVING?\n\n"
        "A: WHERE filters rows before grouping; HAVING filters groups.\n\n"
        "Q: Which join types are there?\n\nA: Inner, left, right, full outer and cross.\n\n"
        "Q: What is a window function?\n\nA: A function over rows related to the current one.\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "store.sqlite3") as store:
        preview = preview_import(store, path)
        assert len(preview.doc.questions) == 6
        assert preview.candidates["bold"] == preview.candidates["prefix"] == 6
        assert len(preview_import(store, path, split_at="prefix").doc.questions) == 6
        assert import_file(store, path).new == 6
        deck = store.decks()[0]
        assert [t.name for t in store.topics(deck.id)] == ["General", "SQL"]


def test_one_pair_above_heading_questions_is_no_intro():
    note = (
        "# Networking\n\n"
        "Q: What is a socket?\n\nA: An endpoint for sending and receiving data.\n\n"
        "## What is TCP?\n\nA reliable, ordered byte stream.\n\n"
        "## What is UDP?\n\nDatagrams without delivery guarantees.\n"
    )
    doc = parse_text(note)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("What is a socket?", "An endpoint for sending and receiving data."),
        ("What is TCP?", "A reliable, ordered byte stream."),
        ("What is UDP?", "Datagrams without delivery guarantees."),
    ]
    assert [r.reason for r in doc.skipped] == ["title"]


@pytest.mark.parametrize(
    ("pair", "title", "answer"),
    [
        (
            "Pregunta: ¿Qué es un índice?\n\nRespuesta: Una estructura que acelera búsquedas.\n",
            "¿Qué es un índice?",
            "Una estructura que acelera búsquedas.",
        ),
        (
            "Question : Qu'est-ce qu'un index ?\n\nRéponse : Une structure pour chercher vite.\n",
            "Qu'est-ce qu'un index ?",
            "Une structure pour chercher vite.",
        ),
        ("问题：什么是索引？\n\n答案：加快查找的结构。\n", "什么是索引？", "加快查找的结构。"),
        (
            "Вопрос: Что такое индекс?\n\nОтвет: Структура, ускоряющая поиск.\n",
            "Что такое индекс?",
            "Структура, ускоряющая поиск.",
        ),
    ],
)
def test_one_pair_marked_in_another_language_after_bold_questions(pair, title, answer):
    note = (
        "**1. What is a p-value?**\n\nThe probability of data this extreme under the null.\n\n"
        "**2. What is a confidence interval?**\n\nA range covering the true value mostly.\n\n"
        + pair
    )
    found = _read(note)
    assert [(t, a) for t, _, a in found][1:] == [
        ("What is a confidence interval?", "A range covering the true value mostly."),
        (title, answer),
    ]


def test_a_pair_in_a_later_section_of_numbered_list_questions_is_no_footer():
    note = (
        "# Rust\n\n"
        "1. What is ownership?\n\n   Each value has one owner; it is dropped with it.\n\n"
        "2. What is borrowing?\n\n   Using a value through a reference.\n\n"
        "3. What is a lifetime?\n\n   How long a reference stays valid.\n\n"
        "## From the mock\n\n"
        "Q: Why can't two mutable references coexist?\n\n"
        "A: Two writers could race; the borrow checker forbids it.\n"
    )
    doc = parse_text(note)
    assert [(q.title, q.topic_path) for q in doc.questions][2:] == [
        ("What is a lifetime?", ()),
        ("Why can't two mutable references coexist?", ("From the mock",)),
    ]
    assert doc.questions[2].answer_markdown.strip() == "How long a reference stays valid."
    assert not [r for r in doc.skipped if r.reason == "footer"]


@pytest.mark.parametrize(("suffix", "gap"), [(".txt", "\n"), (".md", "\n\n")])
def test_a_pair_after_plain_lines_that_ask_is_a_question_of_its_own(suffix, gap):
    note = (
        f"What is a process?{gap}A running program with its own memory.\n\n"
        f"What is a thread?{gap}A path of execution inside a process.\n\n"
        f"Q: What is a zombie process?{gap}A: A child whose exit status nobody read.\n"
    )
    found = _read(note, suffix=suffix)
    assert [(t, a) for t, _, a in found] == [
        ("What is a process?", "A running program with its own memory."),
        ("What is a thread?", "A path of execution inside a process."),
        ("What is a zombie process?", "A child whose exit status nobody read."),
    ]


@pytest.mark.parametrize(
    "questions",
    [
        "<details>\n<summary>What is a closure?</summary>\n\n"
        "A function that keeps its defining scope.\n\n</details>\n\n"
        "<details>\n<summary>What is hoisting?</summary>\n\n"
        "Declarations moved to the top of their scope.\n\n</details>\n\n",
        "| Question | Answer |\n|---|---|\n"
        "| What is a closure? | A function that keeps its defining scope. |\n"
        "| What is hoisting? | Declarations moved to the top of their scope. |\n\n",
    ],
)
def test_a_pair_after_toggles_or_table_rows_is_no_footer(questions):
    note = (
        "# JavaScript\n\n" + questions + "Q: What is the event loop?\n"
        "A: It runs queued callbacks when the stack is empty.\n"
    )
    doc = parse_text(note)
    assert [(t, a) for t, _, a in _read(note)] == [
        ("What is a closure?", "A function that keeps its defining scope."),
        ("What is hoisting?", "Declarations moved to the top of their scope."),
        ("What is the event loop?", "It runs queued callbacks when the stack is empty."),
    ]
    assert not [r for r in doc.skipped if r.reason == "footer"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("headed", [2, 3])
def test_pairs_right_after_the_last_heading_questions_answer_leave_it_a_question(gap, headed):
    heads = [
        ("What is a goroutine?", "A function run concurrently by the Go runtime."),
        ("What is a channel?", "A typed pipe between goroutines."),
        ("What is a mutex?", "A lock one goroutine holds at a time."),
    ][:headed]
    note = "# Go\n\n" + "".join(f"## {t}\n\n{a}\n\n" for t, a in heads)
    note += (
        f"Q: What is a closure?{gap}A: A function that keeps its defining scope.\n\n"
        f"Q: What is a slice?{gap}A: A window onto an array.\n\n"
        f"Q: What is a map?{gap}A: A hash table from keys to values.\n"
    )
    doc = parse_text(note)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        *heads,
        ("What is a closure?", "A function that keeps its defining scope."),
        ("What is a slice?", "A window onto an array."),
        ("What is a map?", "A hash table from keys to values."),
    ]
    assert [r.reason for r in doc.skipped] == ["title"]


@pytest.mark.parametrize("numbered", ["**{n}.** {q}", "**{n})** {q}"])
def test_the_q_lines_reading_keeps_questions_numbered_in_bold_before_the_pairs(numbered):
    asked = [
        ("What does the central limit theorem say?", "Sample means tend to a normal law."),
        ("What is a p-value?", "The chance of data this extreme under the null."),
    ]
    note = "# Interview notes\n\n" + "".join(
        numbered.format(n=n, q=q) + f"\n\n{a}\n\n" for n, (q, a) in enumerate(asked, 1)
    )
    note += (
        "Q: What is the difference between WHERE and HAVING?\n"
        "A: WHERE filters rows; HAVING filters groups.\n\n"
        "Q: Which join types are there?\nA: Inner, left, right, full outer and cross.\n"
    )
    for split in (None, "prefix"):
        doc = parse_text(note, split_at=split)
        assert [(q.title, q.answer_markdown.strip()) for q in doc.questions][:2] == asked
        assert len(doc.questions) == 4
        assert [r.reason for r in doc.skipped] == ["title"]


@pytest.mark.parametrize(
    "flat",
    [
        "**{n}. {q}**\n\n{a}\n\n",
        "{n}. {q}\n\n   {a}\n\n",
        "Q: {q}\nA: {a}\n\n",
    ],
)
@pytest.mark.parametrize("part", ["", "# More\n\n"])
def test_heading_questions_after_the_last_flat_question_are_no_footer(flat, part):
    asked = [
        ("What is a mutex?", "A lock one thread holds at a time."),
        ("What is a futex?", "A mutex that waits in the kernel only when contended."),
        ("What is a spinlock?", "A lock that busy-waits."),
    ]
    note = "# Locks\n\n" + "".join(flat.format(n=n, q=q, a=a) for n, (q, a) in enumerate(asked, 1))
    last = part + "## What is a semaphore?\n\nA counter of permits.\n"
    doc = parse_text(note + last)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        *asked,
        ("What is a semaphore?", "A counter of permits."),
    ]
    assert not [r for r in doc.skipped if r.reason == "footer"]
    # a closing part that asks nothing, over text of its own, stays the notes' own part
    closing = "## Questions to ask them\n\n- How big is the team?\n\n"
    doc = parse_text(note + closing + last)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions][:3] == asked


@pytest.mark.parametrize(
    ("above", "pair"),
    [
        # a Word document's: a list the colon introduces, then the next section's pair
        (
            "Three ways:\n\n1. lst[::-1]\n1. reversed(lst)\n",
            "**Q: What is a hash map?**\n\nA: Buckets indexed by a key's hash.\n",
        ),
        # another: a code block the colon introduces, then a plain pair
        (
            "Like this:\n\n```python\nwith open(p) as f:\n    data = f.read()\n```\n",
            "Q: What is a context manager?\nA: An object that sets up and tears down.\n",
        ),
    ],
)
def test_a_colon_in_the_section_before_does_not_fold_the_next_sections_pair(above, pair):
    """An answer's "Three ways:" made all that followed it, up to the next question, its
    example: past the next section's heading, a Q:/A: pair there was folded into it."""
    note = (
        "# Python prep\n\n## Basics\n\n### What is the GIL?\n\nA lock.\n\n"
        f"### How do you do it?\n\n{above}\n## Data structures\n\n{pair}"
    )
    titles = [q.title for q in parse_text(note, suffix=".md").questions]
    assert len(titles) == 3, titles
    assert titles[:2] == ["What is the GIL?", "How do you do it?"]
