"""The chat filler a chat's answers leave out (an assistant's "Sure! Here's a quick
overview:", its closing offers with their list, its "Hope this helps!") is named as
skipped, each line with its text: the import no longer says "skipped: nothing" of a
chat it cut lines from."""

from __future__ import annotations

from studyapp.core.importer import describe_skipped
from studyapp.core.parse import parse_path

_CHAT = """You said:
how does DNS resolution work?
ChatGPT said:

Sure! Here's a quick overview:

A resolver asks the root, then the TLD server, then the domain's authoritative server, caching each answer for its TTL.

Would you like:
- a diagram of the lookup
- the dig commands to watch it

You said:
what is a CNAME record?
ChatGPT said:

Of course! A CNAME points one name at another, canonical name.

Hope this helps!
"""


def test_the_filler_cut_from_a_chats_answers_is_named_line_by_line(tmp_path):
    notes = tmp_path / "dns chat.md"
    notes.write_text(_CHAT, encoding="utf-8")
    parsed = parse_path(notes)
    answers = [q.answer_markdown for q in parsed.questions]
    assert answers == [
        "A resolver asks the root, then the TLD server, then the domain's authoritative"
        " server, caching each answer for its TTL.",
        "A CNAME points one name at another, canonical name.",
    ]
    filler = [(r.start_line, r.text) for r in parsed.skipped if r.reason == "chat filler"]
    assert filler == [
        (5, "Sure! Here's a quick overview:"),
        (9, "Would you like:"),
        (10, "- a diagram of the lookup"),
        (11, "- the dig commands to watch it"),
        (19, "Hope this helps!"),
    ]  # (line 17 goes on to answer: its answer is kept, the line is no filler)
    assert "chat filler (5 lines)" in describe_skipped(parsed.skipped)
