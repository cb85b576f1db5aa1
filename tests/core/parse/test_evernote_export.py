"""An Evernote export (.enex): XML around notes, each a title and a page of HTML inside
CDATA. Its notes read as the pages they show: a title that asks is a question, the
page its answer; a title that names a topic holds the questions on its page. The
dates, tags, attachments' data and the XML around the pages are no part of them."""

from __future__ import annotations

from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import parse_file, parse_text

_PAGE = (
    '<![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
    '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
    "<en-note>{}</en-note>]]>"
)


def _export(*notes: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">\n'
        '<en-export export-date="20240110T101010Z" application="Evernote">\n'
        + "\n".join(notes)
        + "\n</en-export>\n"
    )


def _note(title: str, body: str, extra: str = "") -> str:
    return (
        f"<note><title>{title}</title><created>20231101T120000Z</created>"
        f"<tag>security</tag><content>{_PAGE.format(body)}</content>{extra}</note>"
    )


def test_notes_titled_by_questions_are_questions_with_their_pages_as_answers():
    text = _export(
        _note("What is a JWT?", "<div>A signed token.</div><div>Verified, not stored.</div>"),
        _note("What is CORS &amp; why?", "<div>Origins a server lets read its responses.</div>"),
        _note(
            "How do you prevent CSRF?",
            "<div>Forged requests.</div><ul><li>SameSite cookies</li><li>tokens</li></ul>",
        ),
    )
    doc = parse_text(text, suffix=".enex")
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("What is a JWT?", "A signed token.\n\nVerified, not stored."),
        ("What is CORS & why?", "Origins a server lets read its responses."),
        ("How do you prevent CSRF?", "Forged requests.\n\n- SameSite cookies\n- tokens"),
    ]


def test_a_note_of_marked_questions_names_them_and_attachments_are_left_out(tmp_path):
    resource = (
        '<resource><data encoding="base64">\n'
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA\n"
        "</data><mime>image/png</mime></resource>"
    )
    path = tmp_path / "java.enex"
    path.write_text(
        _export(
            _note(
                "Java collections",
                "<div><b>Q: How does HashMap handle collisions?</b></div>"
                "<div>A: Each bucket holds a list, a tree past 8 entries.</div>"
                "<div><b>Q: What is fail-fast iteration?</b></div>"
                '<div>A: The iterator throws when the collection changes.<en-media hash="4f1a" '
                'type="image/png" /></div><div><en-todo checked="false"/>review ZGC</div>',
                resource,
            )
        ),
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.deck_name == "Java collections"  # the one note's title, as a page's title
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("How does HashMap handle collisions?", "Each bucket holds a list, a tree past 8 entries."),
        (
            "What is fail-fast iteration?",
            "The iterator throws when the collection changes.\n\n☐ review ZGC",
        ),
    ]


def test_the_import_dialog_offers_evernote_exports():
    assert ".enex" in OFFERED_SUFFIXES


def test_each_note_starts_at_its_title_line_when_pages_run_over_several_lines():
    page = (  # a <div> a line, one under another
        '<![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
        "<en-note>\n<div>{}</div>\n<div>{}</div>\n<div>{}</div>\n</en-note>]]>"
    )
    notes = [
        ("What is a generator?", "A function that yields.", "It runs lazily."),
        ("List vs tuple", "Lists are mutable.", "Tuples can be dict keys."),
        ("What does with do?", "It calls __enter__ and __exit__.", "Even on an exception."),
    ]
    text = _export(
        *(
            f"<note><title>{t}</title><content>{page.format(a, a, b)}</content></note>"
            for t, a, b in notes
        )
    )
    lines = text.split("\n")
    doc = parse_text(text, name="Python", suffix=".enex")
    assert [q.title for q in doc.questions] == [t for t, _, _ in notes]
    for question, (title, _, last) in zip(doc.questions, notes, strict=True):
        assert title in lines[question.source_line - 1]  # the note's own line
        assert last in lines[question.end_line - 1]  # its page's last line
