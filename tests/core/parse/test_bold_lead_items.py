"""A list of questions each in bold at the start of its item, the answer after it on the
same line ("- **What is an image?** A read-only template …"): the bold part is the
question, the rest of the item its answer, as for such a paragraph."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_bold_questions_leading_their_items_answer_with_the_rest_of_the_item():
    notes = (
        "# Docker\n\n"
        "- **What is an image?** A read-only template for containers.\n"
        "- **What is a container?** A running instance of an image,\n"
        "  isolated by namespaces.\n"
        "- **What does a Dockerfile do?** It lists the steps to build an image.\n"
        "- **What is a volume?** Storage that outlives its container.\n"
    )
    assert pairs(notes) == [
        ("What is an image?", "A read-only template for containers."),
        ("What is a container?", "A running instance of an image,\nisolated by namespaces."),
        ("What does a Dockerfile do?", "It lists the steps to build an image."),
        ("What is a volume?", "Storage that outlives its container."),
    ]


def test_numbered_items_with_a_bold_question_and_a_dash_before_the_answer():
    notes = (
        "1. **Why do leaves change colour in autumn?** – Chlorophyll breaks down.\n"
        "2. **What is photosynthesis?** – Making sugar from light, water and CO2.\n"
        "3. **Why are most plants green?** – Chlorophyll reflects green light.\n"
    )
    assert pairs(notes) == [
        ("Why do leaves change colour in autumn?", "Chlorophyll breaks down."),
        ("What is photosynthesis?", "Making sugar from light, water and CO2."),
        ("Why are most plants green?", "Chlorophyll reflects green light."),
    ]
