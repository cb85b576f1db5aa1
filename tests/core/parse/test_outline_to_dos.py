"""An outline of cards (Logseq's "- What is X? #card" over its child blocks, Roam's
nested bullets) often ends with to-dos written beside the questions ("- TODO read
about Y", "- {{[[TODO]]}} review Z"): they are no part of the last answer."""

import pytest

from studyapp.core.parse import parse_file


@pytest.mark.parametrize(
    "to_do", ["TODO read about Server Components", "LATER try it", "{{[[TODO]]}} review hooks"]
)
def test_a_to_do_beside_the_cards_is_not_the_last_answer(tmp_path, to_do):
    notes = tmp_path / "react.md"
    notes.write_text(
        "- What is reconciliation? #card\n"
        "\t- React diffs the new tree against the old one.\n"
        "- What does useEffect cleanup do? #card\n"
        "\t- It runs before the effect re-runs and on unmount.\n"
        f"- {to_do}\n",
        encoding="utf-8",
    )
    parsed = parse_file(notes)
    assert [q.answer_markdown.strip() for q in parsed.questions] == [
        "- React diffs the new tree against the old one.",
        "- It runs before the effect re-runs and on unmount.",
    ]
    assert [(s.start_line, s.reason) for s in parsed.skipped] == [(5, "footer")]


def test_a_to_do_inside_the_last_answer_stays_there(tmp_path):
    notes = tmp_path / "react.md"
    notes.write_text(
        "- What is reconciliation? #card\n"
        "\t- React diffs the new tree against the old one.\n"
        "- What does useEffect cleanup do? #card\n"
        "\t- It runs before the effect re-runs.\n"
        "\t- TODO check the strict-mode double run\n",
        encoding="utf-8",
    )
    assert "TODO check" in parse_file(notes).questions[-1].answer_markdown
