"""A table of cards keeps columns about each card beside its answer: a Notion
database's "Difficulty" and "Last reviewed", a sheet's "Company", "Asked on" and a
"Starred" checkbox, an Anki-like export's "Status" and "Reps". They were written into
the answer ("**Difficulty:** Easy" / "**Last reviewed:** March 4, 2025") and became
its only key points: a right answer to "What is gradient descent?" scored 0 %. Judged
by the column's values over all rows, labels from a small set and ticked checkboxes
become tags (no text of the answer: the answer pane shows the answer, not
"#Difficulty/Easy" under it), dates and numbers are left out, prose stays in the
answer."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from studyapp.core.parse import parse_text

NOTION_DATABASE = (
    "Question,Answer,Topic,Difficulty,Last reviewed\n"
    'What is gradient descent?,"Iteratively move parameters in the direction of the '
    'negative gradient of the loss, with step size set by the learning rate.",'
    'Optimization,Easy,"March 4, 2025"\n'
    'What is L1 regularization?,"Adds |w| to the loss and drives weights to exactly '
    'zero.",Regularization,Medium,"March 5, 2025"\n'
    'What is cross-validation?,"Split the data into k folds, train on k-1 and validate '
    'on the rest, rotate, average.",Evaluation,Easy,\n'
    "What is the vanishing gradient problem?,Gradients shrink as they are backpropagated"
    ' through many layers.,Deep Learning,Hard,"March 6, 2025"\n'
)


def test_a_notion_databases_difficulty_is_a_tag_and_its_review_date_left_out():
    doc = parse_text(NOTION_DATABASE, suffix=".csv")
    first = doc.questions[0]
    assert first.answer_markdown == (
        "Iteratively move parameters in the direction of the negative gradient of the "
        "loss, with step size set by the learning rate."
    )
    assert first.tags == ("Difficulty::Easy",)
    assert [q.topic_path for q in doc.questions] == [
        ("Optimization",),
        ("Regularization",),
        ("Evaluation",),
        ("Deep Learning",),
    ]
    assert all("March" not in q.answer_markdown for q in doc.questions)
    points = key_terms(first.answer_markdown, question=first.title)
    assert points and not any("Difficult" in p or "review" in p for p in points), points


def test_a_sheet_of_asked_questions_keeps_its_notes_and_tags_its_company():
    """Another shape: questions asked at interviews, with the company (repeating), the
    day asked, a checkbox, and a column of notes in sentences (the person's own)."""
    text = (
        "Question,Answer,Company,Asked on,Starred,Notes\n"
        "What is a mutex?,A lock only its holder releases.,Google,2024-11-02,Yes,"
        "They wanted the difference from a semaphore.\n"
        "What is a deadlock?,Threads each waiting on a lock another holds.,Meta,2024-11-05,"
        "No,Draw the cycle of waits.\n"
        "What is a race condition?,Shared state whose result depends on timing.,Google,"
        "2024-11-09,Yes,\n"
    )
    doc = parse_text(text, suffix=".csv")
    assert [(q.answer_markdown, q.tags) for q in doc.questions] == [
        (
            "A lock only its holder releases.\n\n"
            "**Notes:** They wanted the difference from a semaphore.",
            ("Company::Google", "Starred"),
        ),
        (
            "Threads each waiting on a lock another holds.\n\n**Notes:** Draw the cycle of waits.",
            ("Company::Meta",),
        ),
        (
            "Shared state whose result depends on timing.",
            ("Company::Google", "Starred"),
        ),
    ]
    assert not any(q.topic_path for q in doc.questions)  # a company names no topic


def test_an_anki_like_export_with_a_status_and_a_count():
    text = (
        "Front\tBack\tDeck\tStatus\tReps\tExample\n"
        "What is a closure?\tA function with the variables it captured.\tPython\treview\t12"
        "\tA counter made by make_counter() keeps its count between calls.\n"
        "What is a decorator?\tA function that wraps another.\tPython\tnew\t0\t\n"
        "What is the GIL?\tA lock that lets one thread run bytecode at a time.\tPython\t"
        "review\t7\tTwo CPU-bound threads run no faster than one.\n"
    )
    doc = parse_text(text, suffix=".tsv")
    assert [(q.answer_markdown, q.tags) for q in doc.questions] == [
        (
            "A function with the variables it captured.\n\n**Example:** A counter made by "
            "make_counter() keeps its count between calls.",
            ("Status::review",),
        ),
        ("A function that wraps another.", ("Status::new",)),
        (
            "A lock that lets one thread run bytecode at a time.\n\n**Example:** Two "
            "CPU-bound threads run no faster than one.",
            ("Status::review",),
        ),
    ]


def test_short_terms_that_differ_on_every_row_stay_in_the_answer():
    """A column of short values is no record keeping when they do not repeat (a
    problem's "Pattern"), nor a quiz's options, numbers though they are."""
    text = (
        "question,a,b,c,answer,Pattern\n"
        "What is 2+2?,3,4,5,b,Addition\n"
        "What is 3*3?,6,9,12,b,Multiplication\n"
        "What is 8/2?,2,4,6,b,Division\n"
    )
    doc = parse_text(text, suffix=".csv")
    assert doc.questions[0].answer_markdown == (
        "b\n\n**a:** 3\n\n**b:** 4\n\n**c:** 5\n\n**Pattern:** Addition"
    )
    assert doc.questions[0].tags == ()


def test_json_cards_keys_of_record_keeping_are_tags_or_left_out():
    text = (
        '[{"question": "What is a mutex?", "answer": "A lock only its holder releases.",'
        ' "difficulty": "easy", "last_reviewed": "2024-11-02", "tags": "os"},\n'
        ' {"question": "What is a deadlock?", "answer": "Threads wait on each other.",'
        ' "difficulty": "hard", "last_reviewed": "2024-11-03"}]\n'
    )
    doc = parse_text(text, suffix=".json")
    assert [(q.answer_markdown, q.tags, q.topic_path) for q in doc.questions] == [
        (
            "A lock only its holder releases.",
            ("os", "difficulty::easy"),
            ("os",),
        ),
        ("Threads wait on each other.", ("difficulty::hard",), ()),
    ]


def test_yaml_cards_status_and_checkbox():
    text = (
        "- question: What is a mutex?\n"
        "  answer: A lock only its holder releases.\n"
        "  status: learning\n"
        "  starred: true\n"
        "  example: Two threads that both print take turns holding it.\n"
        "- question: What is a deadlock?\n"
        "  answer: Threads wait on each other.\n"
        "  status: new\n"
        "  starred: false\n"
    )
    doc = parse_text(text, suffix=".yaml")
    assert [(q.answer_markdown, q.tags) for q in doc.questions] == [
        (
            "A lock only its holder releases.\n\n"
            "**example:** Two threads that both print take turns holding it.",
            ("status::learning", "starred"),
        ),
        ("Threads wait on each other.", ("status::new",)),
    ]


def test_a_markdown_table_of_cards_keeps_its_record_keeping_out_of_answers():
    text = (
        "# Blind 75\n\n"
        "| Problem | Difficulty | Approach | Solved on |\n|---|---|---|---|\n"
        "| Two Sum | Easy | Hash map of value to index | 2024-10-01 |\n"
        "| Container With Most Water | Medium | Two pointers from both ends | 2024-10-02 |\n"
        "| Valid Parentheses | Easy | A stack of open brackets | |\n"
    )
    doc = parse_text(text)
    assert [(q.answer_markdown, q.tags) for q in doc.questions] == [
        ("Hash map of value to index", ("Difficulty::Easy",)),
        ("Two pointers from both ends", ("Difficulty::Medium",)),
        ("A stack of open brackets", ("Difficulty::Easy",)),
    ]


def test_short_examples_that_repeat_stay_in_the_answer():
    """Short cells that repeat are no record keeping under a name that says something
    of the answer ("Example")."""
    text = (
        "Question,Answer,Example\n"
        "What is a mutable type?,One whose value can change in place.,list\n"
        "What is a hashable type?,One with a hash that never changes.,tuple\n"
        "What is a growable sequence?,One that appends in amortised O(1).,list\n"
        "What is a fixed record?,One whose fields never change.,tuple\n"
    )
    doc = parse_text(text, suffix=".csv")
    assert doc.questions[0].answer_markdown == (
        "One whose value can change in place.\n\n**Example:** list"
    )
    assert doc.questions[0].tags == ()


def test_labels_of_record_keeping_name_no_topic_of_a_file(tmp_path):
    """Read as a file is read (its path: a note's tags may name its topics there), a
    sheet's Company and a card's difficulty stay labels: the rows were filed under
    "Company / Google" and "Difficulty / Easy" instead of the deck's one topic."""
    from studyapp.core.importer import parse_notes

    sheet = tmp_path / "interview log.tsv"
    sheet.write_text(
        "Prompt\tResponse\tCompany\tAsked on\n"
        "What is a deadlock?\tThreads each wait for a lock another holds.\tGoogle\t2025-03-02\n"
        "What does VACUUM do?\tIt reclaims the space of dead tuples.\tStripe\t2025-04-11\n"
        "Why a bloom filter?\tMembership in little memory, false positives only.\tGoogle\t"
        "2025-05-21\n",
        encoding="utf-8",
    )
    cards = tmp_path / "cards.json"
    cards.write_text(
        '[{"q": "What is a mutex?", "a": "A lock one thread holds at a time.",'
        ' "difficulty": "easy"},'
        ' {"q": "What is a semaphore?", "a": "A counter of permits.", "difficulty": "hard"},'
        ' {"q": "What is a monitor?", "a": "A lock with condition variables.",'
        ' "difficulty": "easy"}]',
        encoding="utf-8",
    )
    for path, label in ((sheet, "Company::Google"), (cards, "difficulty::easy")):
        doc = parse_notes(path)
        assert label in {tag for q in doc.questions for tag in q.tags}, path.name
        assert {q.topic_path for q in doc.questions} <= {(), ("General",)}, path.name
