"""A card whose subject opens with a footer's word: "Support vector machines", "Credit
scoring", "Links between tables". Footer headings were known by their first word, so
in a file of named cards these were read as footers and lost without a word. A
footer's single word now counts alone or as a footer goes on ("Support the project",
"Credits and thanks", "License (MIT)"); its phrases ("Further reading on …") still
count wherever they open a heading."""

from __future__ import annotations

from studyapp.core.parse import parse_text

ML_CARDS = """\
# ML flashcards

## Decision trees
Split on the feature that most reduces impurity; prone to overfitting.

## Support vector machines
Find the maximum-margin hyperplane; kernels handle non-linear boundaries.

## Credit scoring
A classification task; calibrated probabilities matter more than accuracy.

## Naive Bayes
Assumes features are independent given the class.
"""

# Another person's notes: C++ and databases, with a real footer after the cards.
CPP_CARDS = """\
# Systems notes

## References in C++
An alias for an existing object; it cannot be reseated.

## Links between tables
Foreign keys tie a row to a row of another table.

## Authorization vs authentication
Who you are, then what you may do.

## Support the project
Star the repo if it helped.

## License (MIT)
Free to use.
"""


def _titles(text: str) -> list[str]:
    return [q.title for q in parse_text(text, suffix=".md").questions]


def test_named_cards_opening_with_a_footer_word_are_cards():
    assert _titles(ML_CARDS) == [
        "Decision trees",
        "Support vector machines",
        "Credit scoring",
        "Naive Bayes",
    ]


def test_another_file_of_such_cards_keeps_them_and_its_real_footer_out():
    doc = parse_text(CPP_CARDS, suffix=".md")
    assert [q.title for q in doc.questions] == [
        "References in C++",
        "Links between tables",
        "Authorization vs authentication",
    ]
    assert doc.questions[-1].answer_markdown == "Who you are, then what you may do."
