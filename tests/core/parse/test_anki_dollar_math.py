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
