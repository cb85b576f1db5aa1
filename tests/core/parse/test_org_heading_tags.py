"""An Org heading's tags (``** Ser vs estar   :drill:grammar:``) are its question's
tags, asked or named, inherited from the headings above as Org inherits them; a
flashcard package's tag (org-drill's ``:drill:``, org-fc's ``:fc:``) marks the card
and is no label: it showed as "#drill" under every asking card."""

from __future__ import annotations

from studyapp.core.importer import parse_notes
from studyapp.core.parse import parse_text

# An org-drill file as the package's manual writes them: cards tagged :drill:, some
# with tags of the person's own, under sections.
SPANISH = """#+TITLE: Spanish vocabulary

* Verbs
** Ser vs estar                                                      :drill:
   :PROPERTIES:
   :ID:       5a8c2c7e-1111
   :END:
Ser for permanent traits, estar for states and locations.

** Preterite of ir                                             :drill:grammar:
fui, fuiste, fue, fuimos, fuisteis, fueron

* Nouns
** What does "la cuenta" mean?                                     :drill:food:
The bill (at a restaurant).
"""


def _read(text):
    doc = parse_text(text, suffix=".org")
    return [(q.title, q.tags) for q in doc.questions], doc


def test_the_drill_tag_is_no_tag_and_the_others_are():
    found, _ = _read(SPANISH)
    assert found == [
        ("Ser vs estar", ()),
        ("Preterite of ir", ("grammar",)),
        ('What does "la cuenta" mean?', ("food",)),
    ]


def test_a_cards_own_tags_are_its_tags_and_drill_is_none(tmp_path):
    notes = tmp_path / "spanish.org"
    notes.write_text(SPANISH, encoding="utf-8")
    doc = parse_notes(notes)
    assert not any("drill" in q.answer_markdown or "drill" in q.title for q in doc.questions)
    assert "drill" not in {t for q in doc.questions for t in q.tags}
    # the question's own (kept and shown in the header: core.question_tags), no label
    assert "grammar" in doc.questions[1].tags and "#" not in doc.questions[1].answer_markdown
    assert "food" in doc.questions[2].tags and "#" not in doc.questions[2].answer_markdown


# The same kind written fresh: org-fc's ":fc:" mark, tags on a section that its cards
# inherit, named and asking cards, and a heading without the mark among the cards.
NETWORKING = """* Networking                                                         :net:
** TCP handshake                                                   :fc:tcp:
SYN, SYN-ACK, ACK.
** Why does slow start double the window?                              :fc:
It probes for bandwidth, one round trip at a time.
** Reading list
Stevens, TCP/IP Illustrated.
** Nagle's algorithm                                                :fc:tcp:
Small writes wait for the previous segment's ACK.
"""


def test_a_card_mark_among_inherited_tags_and_a_note_beside_the_cards():
    found, doc = _read(NETWORKING)
    assert found == [
        ("TCP handshake", ("net", "tcp")),
        ("Why does slow start double the window?", ("net",)),
        ("Nagle's algorithm", ("net", "tcp")),
    ]
    assert not any("Stevens" in q.answer_markdown for q in doc.questions)


def test_tags_of_org_notes_without_a_card_mark_are_tags_still():
    """The file's own tags (#+FILETAGS) first, as every heading inherits them."""
    text = (
        "#+FILETAGS: :interview:\n"
        "* Kubernetes\n** Explain a ReplicaSet       :k8s:\nKeeps N pods running.\n"
        "** What is a DaemonSet?      :k8s:nodes:\nOne pod on every node.\n"
    )
    found, doc = _read(text)
    assert found == [
        ("Explain a ReplicaSet", ("interview", "k8s")),
        ("What is a DaemonSet?", ("interview", "k8s", "nodes")),
    ]
    assert doc.questions[1].answer_markdown == "One pod on every node."


def test_org_drill_item_headings_name_no_topic_the_heading_above_does():
    notes = (
        "#+TITLE: Drill\n\n* Networking\n"
        "** Item :drill:\nWhat does TCP guarantee?\n*** Answer\nOrdered, reliable delivery.\n"
        "** Item :drill:\nWhat is a SYN flood?\n*** Answer\nHalf-open connections.\n"
        "* Databases\n"
        "** Item :drill:\nWhat is MVCC?\n*** Answer\nReaders see a snapshot.\n"
    )
    found = [(q.topic_path, q.title) for q in parse_text(notes, suffix=".org").questions]
    assert found == [
        (("Networking",), "What does TCP guarantee?"),
        (("Networking",), "What is a SYN flood?"),
        (("Databases",), "What is MVCC?"),
    ]
