"""A card's tags written as a field or a column are read as its tags (the first its
topic, all of them the question's own: core.question_tags; none ends its answer as a
``#label``), whatever their place: an
Anki note copied as "Tags: …" / "Front: …" / "Back: …" records, an export whose tags
column comes before the question, a "Tags: …" line under an answer. They were read
as the question's title, or kept as text of its answer."""

from __future__ import annotations

from studyapp.core.parse import parse_path


def _read(path):
    return [(q.title, q.topic_path, q.answer_markdown) for q in parse_path(path).questions]


def _tags(path):
    return [q.tags for q in parse_path(path).questions]


def test_anki_notes_copied_with_their_tags_field_first(tmp_path):
    path = tmp_path / "go.txt"
    path.write_text(
        "Tags: go concurrency\nFront: What is a goroutine?\nBack: A function run concurrently.\n\n"
        "Tags: go\nFront: What is a channel?\nBack: A typed pipe between goroutines.\n\n"
        "Tags: go memory\nFront: What does the GC do?\nBack: Frees unreachable memory.\n",
        encoding="utf-8",
    )
    assert _read(path) == [
        ("What is a goroutine?", ("go",), "A function run concurrently."),
        ("What is a channel?", ("go",), "A typed pipe between goroutines."),
        ("What does the GC do?", ("go",), "Frees unreachable memory."),
    ]


def test_practice_records_with_a_tags_field_last(tmp_path):
    path = tmp_path / "leetcode.txt"
    path.write_text(
        "Problem: Two Sum\nApproach: A map from value to index.\nTags: arrays, hashing\n\n"
        "Problem: Valid Parentheses\nApproach: A stack of open brackets.\nTags: stacks\n\n"
        "Problem: Merge Intervals\nApproach: Sort by start, then sweep.\nTags: arrays, sorting\n",
        encoding="utf-8",
    )
    assert _read(path) == [
        ("Two Sum", ("arrays",), "A map from value to index."),
        ("Valid Parentheses", ("stacks",), "A stack of open brackets."),
        ("Merge Intervals", ("arrays",), "Sort by start, then sweep."),
    ]


def test_an_anki_export_with_its_tags_column_first(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text(
        "#separator:tab\n#html:true\n"
        "go concurrency\tWhat is a goroutine?\tA function run concurrently.\n"
        "go\tWhat is a channel?\tA typed pipe between goroutines.\n"
        "go\tWhat is a slice?\tA view of an array.\n",
        encoding="utf-8",
    )
    assert _read(path) == [
        ("What is a goroutine?", ("go",), "A function run concurrently."),
        ("What is a channel?", ("go",), "A typed pipe between goroutines."),
        ("What is a slice?", ("go",), "A view of an array."),
    ]
    # an Anki export's tags are its notes' own, no text of the answer (core.question_tags)
    assert parse_path(path).questions[0].tags == ("go", "concurrency")


def test_a_headerless_sheet_with_a_column_of_labels_first(tmp_path):
    path = tmp_path / "cards.tsv"
    path.write_text(
        "sql\tWhat is a LEFT JOIN?\tAll rows of the left table.\n"
        "sql joins\tWhat is an inner join?\tOnly the matching rows.\n"
        "python\tWhat is a generator?\tA function that yields.\n"
        "python\tWhat is a decorator?\tA function that wraps a function.\n",
        encoding="utf-8",
    )
    assert _read(path) == [
        ("What is a LEFT JOIN?", ("sql",), "All rows of the left table."),
        ("What is an inner join?", ("sql",), "Only the matching rows."),
        ("What is a generator?", ("python",), "A function that yields."),
        ("What is a decorator?", ("python",), "A function that wraps a function."),
    ]


def test_a_tags_line_under_an_answer_in_plain_text_and_in_markdown(tmp_path):
    text = tmp_path / "os.txt"
    text.write_text(
        "What is a process?\nA running program with its own memory.\nTags: os processes\n\n"
        "What is a thread?\nA path of execution inside a process.\nTags: os\n",
        encoding="utf-8",
    )
    assert _read(text) == [
        ("What is a process?", ("os",), "A running program with its own memory."),
        ("What is a thread?", ("os",), "A path of execution inside a process."),
    ]
    assert _tags(text) == [("os", "processes"), ("os",)]  # the line's tags, kept
    note = tmp_path / "net.md"
    note.write_text(
        "## What is TCP?\n\nA reliable byte stream.\n\n**Tags:** #networking, #transport\n\n"
        "## What is UDP?\n\nDatagrams, no delivery promise.\n\n**Tags:** #networking\n\n"
        "## Which tags do you use?\n\nTags: I never used them.\n",
        encoding="utf-8",
    )
    assert _read(note) == [
        ("What is TCP?", ("networking",), "A reliable byte stream."),
        ("What is UDP?", ("networking",), "Datagrams, no delivery promise."),
        # a sentence after "Tags:" is what the answer says (and no tag, no topic)
        ("Which tags do you use?", (), "Tags: I never used them."),
    ]


def test_a_questions_own_tags_after_its_title_beyond_the_first_are_its_tags(tmp_path):
    # the title shows none of them: the first is the topic, the others were lost
    headed = tmp_path / "os.md"
    headed.write_text(
        "## What is a mutex? #concurrency\nA lock.\n\n"
        "## What is a semaphore? #concurrency #os\nA counter of permits.\n",
        encoding="utf-8",
    )
    assert _read(headed) == [
        ("What is a mutex?", ("concurrency",), "A lock."),
        ("What is a semaphore?", ("concurrency",), "A counter of permits."),
    ]
    assert _tags(headed) == [("concurrency",), ("concurrency", "os")]
    bold = tmp_path / "memory.md"
    bold.write_text(
        "**What is a page?** #memory #os\nA fixed-size block of memory.\n\n"
        "**What is a TLB?** #memory #cpu #caching\nA cache of address translations.\n",
        encoding="utf-8",
    )
    assert _read(bold) == [
        ("What is a page?", ("memory",), "A fixed-size block of memory."),
        ("What is a TLB?", ("memory",), "A cache of address translations."),
    ]
