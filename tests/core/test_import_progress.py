"""What an import of a big file says while it runs: a tester's 12 MB file sat at
"Finding questions 30 %" for 20 s and at "Saving 80 %" for a long stretch.

The steps name their stage and count what they go through (lines, questions, saved
questions); the percent only rises; a cancel at any of them writes nothing."""

from __future__ import annotations

import re

import pytest

from studyapp.core import work_progress
from studyapp.core.import_preview import preview_import
from studyapp.core.importer import ImportCancelled, import_file
from studyapp.core.store import Store
from tests.helpers.big_notes import headings, numbered

QUESTIONS = 1500


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.mark.parametrize("make", [headings, numbered])
def test_a_big_import_says_each_stage_with_counts_and_its_percent_only_rises(store, tmp_path, make):
    path = tmp_path / "big.md"
    path.write_text(make(QUESTIONS), encoding="utf-8")
    told: list[tuple[str, int]] = []
    summary = import_file(store, path, progress=lambda step, pct: told.append((step, pct)))
    assert summary.new == QUESTIONS
    percents = [pct for _step, pct in told]
    assert percents == sorted(percents) and percents[0] == 0 and percents[-1] == 100
    steps = [step for step, _pct in told]
    assert steps[0] == "Reading big.md"
    counted = {
        "lines": r"Finding questions in big\.md: reading line [\d,]+ of [\d,]+$",
        "questions": rf"Finding questions in big\.md: reading question [\d,]+ of {QUESTIONS:,}$",
        "saving": rf"Saving big\.md: [\d,]+ of {QUESTIONS:,} questions$",
    }
    for stage, pattern in counted.items():
        said = [s for s in steps if re.match(pattern, s)]
        assert len(said) > 5, stage  # the count moves through the stage, not once
        shares = {pct for s, pct in told if s in said}
        assert len(shares) > 2, stage  # and the bar with it
    assert steps[-1] == "Done"


@pytest.mark.parametrize("stage", ["reading line", "reading question", "Saving big.md: 1,000"])
def test_a_cancel_at_any_stage_of_a_big_import_leaves_the_store_as_it_was(store, tmp_path, stage):
    first = tmp_path / "first.md"
    first.write_text(numbered(20), encoding="utf-8")
    import_file(store, first)
    before = (store.decks(), store.question_count())
    path = tmp_path / "big.md"
    path.write_text(headings(QUESTIONS), encoding="utf-8")
    reached = []

    def progress(step: str, _pct: int) -> None:
        if stage in step:
            reached.append(step)

    with pytest.raises(ImportCancelled):
        import_file(store, path, progress=progress, cancelled=lambda: bool(reached))
    assert reached and (store.decks(), store.question_count()) == before


def test_the_preview_of_a_big_file_says_how_far_its_parse_has_got(store, tmp_path):
    path = tmp_path / "big.md"
    path.write_text(headings(QUESTIONS), encoding="utf-8")
    told: list[tuple[str, int]] = []
    preview = preview_import(store, path, progress=lambda step, pct: told.append((step, pct)))
    assert len(preview.doc.questions) == QUESTIONS
    percents = [pct for _step, pct in told]
    assert percents == sorted(percents) and len(set(percents)) > 20
    assert any(re.search(r"reading question [\d,]+ of 1,500$", s) for s, _pct in told)
    assert store.decks() == []


def test_nothing_is_told_where_nobody_listens_and_a_part_maps_into_its_share():
    assert not work_progress.listening()
    work_progress.at("nobody hears this", 0.5)  # no teller: nothing happens
    heard: list[tuple[str, float]] = []
    with work_progress.telling(lambda words, f: heard.append((words, f))):
        with work_progress.part(0.5, 1.0, "second half"):
            list(work_progress.counting(range(4), lambda d, t: f"{d} of {t}"))
        work_progress.at("back at the start", 0.1)  # told as the furthest point reached
    assert heard[0] == ("second half", 0.5)
    assert heard[-2] == ("4 of 4", 1.0)
    assert heard[-1] == ("back at the start", 1.0)


def test_a_folder_s_preview_counts_its_files_and_its_percent_rises_within_each(store, tmp_path):
    """A tester's 400-file folder sat at "Finding questions…" under a full, moving bar
    for half a minute: a folder's files were not told. Each file is counted now, the
    percent rising through each file's own share, the file's own passes unsaid."""
    folder = tmp_path / "prep"
    for topic in ("os", "networks", "databases", "python"):
        (folder / topic).mkdir(parents=True)
        body = "".join(f"## Question {i} on {topic}?\n\nAnswer {i}.\n\n" for i in range(60))
        (folder / topic / "notes.md").write_text(f"# {topic}\n\n{body}", encoding="utf-8")
    told: list[tuple[str, int]] = []
    preview = preview_import(store, folder, None, lambda step, pct: told.append((step, pct)))
    assert len(preview.doc.questions) == 240
    percents = [pct for _step, pct in told]
    assert percents == sorted(percents)
    files = [re.search(r"file (\d) of 4, (\w+)/notes\.md$", step) for step, _ in told]
    named = [(m[1], m[2]) for m in files if m]
    assert sorted(set(named)) == [
        ("1", "databases"),
        ("2", "networks"),
        ("3", "os"),
        ("4", "python"),
    ]
    # each file's share of the bar: the fourth file begins three quarters of the way
    first_of_last = next(pct for step, pct in told if "file 4 of 4" in step)
    assert 60 <= first_of_last <= 75
    assert all("file" in step for step, pct in told if pct < first_of_last)


def test_a_quiet_part_tells_how_far_it_has_got_in_the_words_around_it():
    told: list[tuple[str, float]] = []
    with work_progress.telling(lambda words, fraction: told.append((words, fraction))):
        work_progress.at("file 1 of 2", 0.0)
        with work_progress.part(0.0, 0.5, quiet=True):
            work_progress.at("splitting the lines", 0.5)
            list(work_progress.counting(range(10), lambda d, t: f"line {d} of {t}"))
        work_progress.at("file 2 of 2", 0.5)
    assert {words for words, _ in told} == {"file 1 of 2", "file 2 of 2"}
    assert [f for _, f in told] == sorted(f for _, f in told) and (0.25 in [f for _, f in told])
