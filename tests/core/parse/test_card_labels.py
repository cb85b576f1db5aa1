"""A card's label before its front ("Flashcard: What is …? :: …", "Card 2 - What is …?")
names the kind of note: the question is what follows it."""

from studyapp.core.parse import parse_text


def test_a_flashcard_label_is_no_part_of_the_title():
    notes = (
        "# Python cards\n\n"
        "Flashcard: What does the GIL protect? :: CPython's interpreter state.\n"
        "Flashcard: What is a generator? :: A function that yields values lazily.\n"
    )
    assert [q.title for q in parse_text(notes).questions] == [
        "What does the GIL protect?",
        "What is a generator?",
    ]


def test_numbered_card_labels_in_a_text_file():
    notes = (
        "Card 1 - What is a hash collision?\nTwo keys map to one bucket.\n\n"
        "Card 2 - What is open addressing?\nProbing other slots on a collision.\n"
    )
    assert [q.title for q in parse_text(notes, suffix=".txt").questions] == [
        "What is a hash collision?",
        "What is open addressing?",
    ]


def test_a_title_about_cards_keeps_its_words():
    notes = "## Card sorting: how do you run one?\n\nGive users cards and let them group them.\n"
    assert [q.title for q in parse_text(notes).questions] == ["Card sorting: how do you run one?"]
