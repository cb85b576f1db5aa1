"""A glossary written in a Markdown note as HTML (``<dl>``, ``<dt>``, ``<dd>``: Markdown
has no glossary of its own, and one pasted from a web page comes so): each term is a
card over its definition, as Markdown Extra's ``Term`` / ``: definition`` are, each
keeping its own source lines. It was one block of HTML, the answer of the heading
above it."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs

PRETTY_PRINTED = """\
# HTTP terms

<dl>
  <dt>ETag</dt>
  <dd>A version tag of a resource, sent back in <code>If-None-Match</code>.</dd>
  <dt>Keep-alive</dt>
  <dd>Reusing one TCP connection for several requests.</dd>
  <dt>CORS</dt>
  <dd>Rules for reading responses from another origin.</dd>
</dl>
"""


def test_each_term_of_a_pretty_printed_list_is_a_card():
    assert pairs(PRETTY_PRINTED) == [
        ("ETag", "A version tag of a resource, sent back in `If-None-Match`."),
        ("Keep-alive", "Reusing one TCP connection for several requests."),
        ("CORS", "Rules for reading responses from another origin."),
    ]
    lines = [(q.source_line, q.end_line) for q in parse_text(PRETTY_PRINTED).questions]
    assert lines == [(4, 5), (6, 7), (8, 9)]


def test_definitions_over_several_lines_and_a_list_in_code_read_as_written():
    notes = (
        "# Caching glossary\n\n"
        "Terms from the caching chapter.\n\n"
        "<DL class='terms'>\n"
        "<DT>Cache stampede</DT>\n"
        "<DD>\n"
        "  Many requests missing one key at once, all hitting the database.\n"
        "  Fixed with a lock or an early refresh.\n"
        "</DD>\n\n"
        "<dt><em>Stale-while-revalidate</em></dt>\n"
        "<dd>Serve the old copy while a new one is fetched.</dd>\n"
        "<dt>Write-through</dt>\n"
        "<dd>Writing to the cache and\n  the store in one operation.</dd>\n"
        "</DL>\n\n"
        "```html\n<dl>\n<dt>Not a card</dt>\n<dd>An example.</dd>\n</dl>\n```\n"
    )
    assert pairs(notes) == [
        (
            "Cache stampede",
            "Many requests missing one key at once, all hitting the database.\n"
            "Fixed with a lock or an early refresh.",
        ),
        ("Stale-while-revalidate", "Serve the old copy while a new one is fetched."),
        ("Write-through", "Writing to the cache and\nthe store in one operation."),
    ]
