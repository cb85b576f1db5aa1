"""A card export with a column of picture addresses (Quizlet's "Image", a CSV's third
column): the address was shown as text ("**Image:** https://…/abc.jpg"); it is the
picture, shown as one."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_quizlets_image_column_is_a_picture():
    text = (
        "Term\tDefinition\tImage\n"
        "mitochondria\tthe powerhouse of the cell, makes ATP\thttps://o.quizlet.com/abc.jpg\n"
        "ribosome\tbuilds proteins from mRNA\t\n"
        "nucleus\tholds the DNA of the cell\thttps://o.quizlet.com/def.png\n"
    )
    doc = parse_text(text, suffix=".tsv")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "mitochondria",
            "the powerhouse of the cell, makes ATP\n\n![Image](https://o.quizlet.com/abc.jpg)",
        ),
        ("ribosome", "builds proteins from mRNA"),
        ("nucleus", "holds the DNA of the cell\n\n![Image](https://o.quizlet.com/def.png)"),
    ]


def test_a_csv_with_a_picture_column_and_a_link_column():
    text = (
        "Front,Back,Image,Source\n"
        "What organelle makes ATP?,Mitochondria,"
        "https://o.quizlet.com/i/mito_diagram-1.png?w=300,https://en.wikipedia.org/wiki/ATP\n"
        "What does a ribosome build?,Proteins,,\n"
    )
    doc = parse_text(text, suffix=".csv")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "What organelle makes ATP?",
            "Mitochondria\n\n![Image](https://o.quizlet.com/i/mito_diagram-1.png?w=300)\n\n"
            "**Source:** https://en.wikipedia.org/wiki/ATP",
        ),
        ("What does a ribosome build?", "Proteins"),
    ]
