"""Display math written ``$$…$$`` in an Anki note (genanki decks, card makers) kept its
formula: read as text, its backslashes were escaped, ``$$O(\\\\log n)$$``, and the
answer showed a broken formula. MathJax's ``\\(…\\)`` and ``\\[…\\]`` were already kept."""

from __future__ import annotations

from studyapp.core.parse import parse_path
from tests.helpers.anki_packages import Note, legacy_package


def _answers(tmp_path, *backs: str) -> list[str]:
    notes = [Note((f"Q{i}?", back)) for i, back in enumerate(backs)]
    package = legacy_package(tmp_path / "math.apkg", notes)
    return [q.answer_markdown for q in parse_path(package).questions]


def test_dollar_math_keeps_its_backslashes(tmp_path):
    assert _answers(
        tmp_path,
        "$$O(\\log n)$$",
        "Cost: $$\\frac{a}{b}$$ per <b>item_x</b>",
        "\\(\\sigma(z)\\)",
    ) == [
        "$$O(\\log n)$$",
        "Cost: $$\\frac{a}{b}$$ per **item_x**",
        "\\(\\sigma(z)\\)",
    ]


def test_a_lone_pair_of_dollars_is_text(tmp_path):
    assert _answers(tmp_path, "Costs $$ and more \\o/") == ["Costs $$ and more \\\\o/"]


def test_an_anki_text_exports_dollar_math_keeps_its_backslashes(tmp_path):
    """An Anki text export with HTML fields went through the same converter as a
    package's fields: `$$O(\\log n)$$` came out as `$$O(\\\\log n)$$`."""
    from studyapp.core.parse import parse_path

    path = tmp_path / "cards.txt"
    path.write_text(
        "#separator:tab\n#html:true\n"
        "What is the cost of binary search?\t$$O(\\log n)$$ in the <b>worst</b> case\n"
        "What is softmax?\t$$\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$\n",
        encoding="utf-8",
    )
    answers = [q.answer_markdown for q in parse_path(path).questions]
    assert answers == [
        "$$O(\\log n)$$ in the **worst** case",
        "$$\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$",
    ]
