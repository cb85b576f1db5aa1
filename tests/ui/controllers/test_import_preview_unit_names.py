"""The import preview's "Questions are:" choice names each way apart. A practice log
read as found gave "level-2 headings, as read — 0 questions" beside "level-2 headings
— 4 questions": one name, two counts, and no telling which was which. A folder of
one-question notes was said to hold "Anki notes"."""

from __future__ import annotations

RECIPE = """# Banana bread

## Ingredients
3 ripe bananas, 75 g melted butter, 1 egg.

## Method
Mash the bananas, stir in the butter, then the egg.

## Baking
Pour into a lined loaf tin and bake for an hour.

## Storage
Keeps three days wrapped at room temperature.
"""

LEETCODE_LOG = """# LeetCode log

## Two Sum (Easy)
Use a hash map value→index; one pass. O(n) time, O(n) space.

## LRU Cache (Medium)
Hash map + doubly linked list; move to front on get/put, evict tail.

## Resources
- https://neetcode.io

## TODO
- redo Median of Two Sorted Arrays
"""


def open_preview(qtbot, window, path):
    files = window.controllers["files"]
    files.import_paths([str(path)])
    dialog = files.preview_dialog
    assert dialog is not None and dialog.isVisible()
    if dialog.preview is None:
        with qtbot.waitSignal(dialog.ready, timeout=20000):
            pass
    return dialog


def choices(dialog):
    return [dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())]


def titles(dialog):
    return [
        dialog.questions.topLevelItem(i).text(0)
        for i in range(dialog.questions.topLevelItemCount())
    ]


def test_the_reading_as_found_and_every_heading_are_told_apart(qtbot, make_window, tmp_path):
    notes = tmp_path / "banana-bread.md"
    notes.write_text(RECIPE, encoding="utf-8")
    dialog = open_preview(qtbot, make_window(show=True), notes)
    names = choices(dialog)
    assert "level-2 headings, as found (4 left out) — 0 questions" in names
    assert "level-2 headings, every one — 4 questions" in names
    assert len(set(names)) == len(names)


def test_a_practice_log_opens_on_its_problems(qtbot, make_window, tmp_path):
    notes = tmp_path / "leetcode_log.md"
    notes.write_text(LEETCODE_LOG, encoding="utf-8")
    dialog = open_preview(qtbot, make_window(show=True), notes)
    assert titles(dialog) == ["Two Sum", "LRU Cache"]
    assert dialog.unit_box.currentText() == "level-2 headings — 2 questions"


def test_a_folder_of_one_question_notes_is_one_question_per_file(qtbot, make_window, tmp_path):
    vault = tmp_path / "vault"
    (vault / "python").mkdir(parents=True)
    (vault / "python" / "gil.md").write_text(
        "---\ntitle: What is the GIL?\n---\n\nA lock: one thread runs bytecode at a time.\n",
        encoding="utf-8",
    )
    (vault / "python" / "mro.md").write_text(
        "---\ntitle: What is the MRO?\n---\n\nThe order in which bases are searched.\n",
        encoding="utf-8",
    )
    dialog = open_preview(qtbot, make_window(show=True), vault)
    assert sorted(titles(dialog)) == ["What is the GIL?", "What is the MRO?"]
    assert dialog.unit_box.currentText() == "one question per file — 2 questions"


def test_a_mixed_folder_is_one_reading_said_per_kind(qtbot, make_window, tmp_path):
    """Notes split at their headings beside notes of one question each: the reading
    said "each file its own way", and the notes of one question stood apart as another
    ("one question per file — 2 questions"), which splitting at read as before."""
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for topic in ("caching", "queues", "sharding"):
        (mixed / f"{topic}.md").write_text(
            f"# {topic}\n\n## What is {topic}?\n\nIts definition.\n\n"
            f"## When is {topic} worth it?\n\nIts trade-off.\n",
            encoding="utf-8",
        )
    for name, title in (("gil", "What is the GIL?"), ("mro", "What is the MRO?")):
        (mixed / f"{name}.md").write_text(
            f"---\ntitle: {title}\n---\n\nThe one answer.\n", encoding="utf-8"
        )
    dialog = open_preview(qtbot, make_window(show=True), mixed)
    assert len(titles(dialog)) == 8
    said = "5 files: 3 Markdown notes (level-2 headings), 2 one question per file — 8 questions"
    assert dialog.unit_box.currentText() == said
    # and the one split that reads it another way, with what it gives ("level-2
    # headings — 6 questions", beside, gave the same 8)
    assert choices(dialog) == [said, "level-1 headings — 5 questions"]
