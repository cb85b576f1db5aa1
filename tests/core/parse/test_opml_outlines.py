"""An outline exported as OPML (Workflowy, Dynalist, OmniOutliner): its nested items
read as the bullets they are, so topics, questions and answers come out as from a
Markdown outline. An outline exported from one item is titled by it; an item's note
answers it."""

from __future__ import annotations

from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import parse_text

_WORKFLOWY = """<?xml version="1.0"?>
<opml version="2.0">
  <head>
    <ownerEmail>me@example.com</ownerEmail>
  </head>
  <body>
    <outline text="Interview prep">
      <outline text="Databases">
        <outline text="What is an index?">
          <outline text="A structure that speeds up lookups." />
        </outline>
        <outline text="What is a transaction?">
          <outline text="A unit of work that is all-or-nothing." />
        </outline>
      </outline>
      <outline text="Networking">
        <outline text="What is &quot;TCP slow start&quot;?">
          <outline text="The window grows exponentially until loss." />
        </outline>
      </outline>
    </outline>
  </body>
</opml>
"""


def test_an_outline_exported_from_one_item_gives_its_topics_and_questions():
    doc = parse_text(_WORKFLOWY, suffix=".opml")
    assert doc.deck_name == "Interview prep"
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (("Databases",), "What is an index?", "- A structure that speeds up lookups."),
        (("Databases",), "What is a transaction?", "- A unit of work that is all-or-nothing."),
        (
            ("Networking",),
            'What is "TCP slow start"?',
            "- The window grows exponentially until loss.",
        ),
    ]
    assert ".opml" in OFFERED_SUFFIXES


def test_notes_of_items_in_a_one_line_export_answer_them():
    text = (
        '<?xml version="1.0" encoding="utf-8"?><opml version="2.0"><head><title>ML</title>'
        '</head><body><outline text="Evaluation"><outline text="What is precision?" '
        '_note="Of the predicted positives, the share truly positive."/><outline '
        'text="What is recall?" _note="Of the true positives, the share found."/></outline>'
        "</body></opml>\n"
    )
    doc = parse_text(text, suffix=".opml")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is precision?", "Of the predicted positives, the share truly positive."),
        ("What is recall?", "Of the true positives, the share found."),
    ]


def test_a_freemind_mind_map_reads_as_the_same_outline():
    text = (
        '<map version="1.0.1">\n'
        '<node ID="ID_1" TEXT="ML interview">\n'
        '<node ID="ID_2" POSITION="right" TEXT="Regularisation">\n'
        '<node ID="ID_3" TEXT="What does L1 do?">\n'
        '<node ID="ID_4" TEXT="Pushes weights to exactly zero."/>\n'
        "</node>\n"
        '<node ID="ID_5" TEXT="What does L2 do?">\n'
        '<node ID="ID_6" TEXT="Shrinks weights towards zero."/>\n'
        "</node>\n"
        "</node>\n"
        "</node>\n"
        "</map>\n"
    )
    doc = parse_text(text, suffix=".mm")
    assert doc.deck_name == "ML interview"
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (("Regularisation",), "What does L1 do?", "- Pushes weights to exactly zero."),
        (("Regularisation",), "What does L2 do?", "- Shrinks weights towards zero."),
    ]


def test_an_outline_whose_items_never_close_does_not_grow_as_its_square():
    """A broken export whose elements never close nests every item one deeper; its
    Markdown stays about as long as the file (deeper items stay at the deepest
    indent), so a 200 KB file of them reads in a moment, not seconds."""
    from studyapp.core.parse.opml import MAX_DEPTH, to_markdown

    items = 3000
    text = "<opml><body>" + '<outline text="What is it?">\n' * items + "</body></opml>"
    markdown = to_markdown(text)
    assert markdown.count("What is it?") == items
    assert len(markdown) < items * (2 * MAX_DEPTH + 20)
