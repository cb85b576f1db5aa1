"""A chat saved by the "ChatGPT Exporter" browser extension: each turn under a heading
of its part, "## Prompt:" over the person's words and "## Response:" over the reply,
under a header block of fields (user, dates, link). The prompts are the questions,
the responses their answers; the header block, a goodbye and the exporter's credit
are none."""

import pytest

from studyapp.core.parse import parse_text

HEADER = (
    "# Statistics prep\n\n"
    "**User:** Anna K.\n**Created:** 3/2/2026 10:15\n**Updated:** 3/2/2026 11:02\n"
    "**Link:** [https://chatgpt.com/c/abc](https://chatgpt.com/c/abc)\n\n"
)
CREDIT = "\n---\nPowered by [ChatGPT Exporter](https://www.chatgptexporter.com)\n"


def _chat(person: str, assistant: str, turns: list[tuple[str, str]]) -> str:
    return HEADER + "".join(
        f"{person}\n{asked}\n\n{assistant}\n{said}\n\n" for asked, said in turns
    )


TURNS = [
    ("what is a p-value", "The chance of data this extreme if the null hypothesis holds."),
    (
        "why does this print 0?\n\n```python\nprint(1 // 2)\n```",
        "`//` is floor division.",
    ),
    ("what is a confidence interval", "A range that covers the parameter in 95% of samples."),
    ("thank you!", "You're welcome, good luck!"),
]


def test_prompts_over_responses_are_the_questions():
    doc = parse_text(_chat("## Prompt:", "## Response:", TURNS) + CREDIT)
    assert [q.title for q in doc.questions] == [
        "What is a p-value",
        "Why does this print 0?",
        "What is a confidence interval",
    ]
    assert (
        doc.questions[1].answer_markdown
        == "```python\nprint(1 // 2)\n```\n\n`//` is floor division."
    )
    assert "Powered by" not in doc.questions[-1].answer_markdown


@pytest.mark.parametrize(
    ("person", "assistant"), [("## Prompt:", "## Response:"), ("#### You:", "#### ChatGPT:")]
)
def test_the_header_block_is_no_question(person, assistant):
    doc = parse_text(_chat(person, assistant, TURNS[:2]), name="chat")
    assert "Anna K." not in " ".join(q.title for q in doc.questions)
    assert len(doc.questions) == 2
    assert any(r.reason == "intro" and (r.start_line, r.end_line) == (3, 6) for r in doc.skipped)


def test_prompt_and_response_as_words_of_a_note_are_no_turns():
    notes = (
        "# Prompting\n\n## What is few-shot prompting?\n\nExamples in the prompt.\n\n"
        "Prompt: Translate 'cat'.\nResponse: 'chat'.\n\n"
        "## What is chain of thought?\n\nAsking for the steps.\n\nPrompt: Add 2 and 3.\n"
        "Response: 2 + 3 = 5.\n"
    )
    titles = [q.title for q in parse_text(notes).questions]
    assert titles == ["What is few-shot prompting?", "What is chain of thought?"]


def test_a_speaker_who_asks_in_a_block_of_fields_takes_a_turn():
    notes = (
        "Interviewer: What is a mutex?\nRound: 1\nDuration: 45 min\n\n"
        "Me: A lock one thread holds.\n\nInterviewer: What is a semaphore?\n\n"
        "Me: A counter of permits.\n"
    )
    titles = [q.title for q in parse_text(notes).questions]
    assert len(titles) == 2
    assert titles[0].startswith("What is a mutex?")


def test_example_prompts_under_headings_of_a_note_are_no_turns():
    example = "### Prompt\n\nTranslate 'cat' to French.\n\n### Response\n\n'chat'\n\n"
    notes = (
        "# Prompting\n\n## What is zero-shot prompting?\n\nAsking with no examples.\n\n"
        + example
        + "## What is few-shot prompting?\n\nAsking with examples.\n\n"
        + example
    )
    assert [q.title for q in parse_text(notes).questions] == [
        "What is zero-shot prompting?",
        "What is few-shot prompting?",
    ]


@pytest.mark.parametrize(
    "fields",
    [
        "**User:** Lee  \n**Created:** 2/2/2026 8:00  \n",
        "**User:** Anna K.\n**Link:** https://chatgpt.com/c/1\n",
    ],
)
def test_a_short_header_of_a_name_and_a_date_is_no_turn(fields):
    """Only "**User:**" and "**Created:**" over the turns: the whole chat was one card
    titled by the chat's name (a regression reader's export)."""
    text = (
        "# SQL interview\n\n"
        + fields
        + "\n"
        + "".join(f"## Prompt:\n{asked}\n\n## Response:\n{said}\n\n" for asked, said in TURNS[:2])
    )
    doc = parse_text(text, name="chat")
    assert [q.title for q in doc.questions] == ["What is a p-value", "Why does this print 0?"]


def test_a_role_label_the_person_typed_is_no_part_of_the_question():
    # The person typed "Prompt:" (or "User:") before their words, as in a prompt
    # template; the question is what follows it.
    turns = [
        ("Prompt: explain CAP theorem", "At most two of consistency, availability, partitions."),
        ("User: what is a vector clock?", "One counter per node, to order events."),
    ]
    doc = parse_text(_chat("## Prompt:", "## Response:", turns) + CREDIT)
    assert [q.title for q in doc.questions] == [
        "Explain CAP theorem",
        "What is a vector clock?",
    ]


def test_a_role_label_under_a_heading_of_that_role_is_the_messages_own_word():
    # "### User" over "User: how does …": one turn of the person, not two.
    doc = parse_text(
        "# Networking chat\n\n"
        "### User\nUser: how does the TLS handshake work?\n\n"
        "### ChatGPT\nThe peers agree on a cipher suite and derive session keys.\n\n"
        "### User\nprompt: explain head-of-line blocking\n\n"
        "### ChatGPT\nOne lost packet stalls every stream on the connection.\n"
    )
    assert [q.title for q in doc.questions] == [
        "How does the TLS handshake work?",
        "Explain head-of-line blocking",
    ]
    assert doc.questions[0].answer_markdown.startswith("The peers agree")


def test_prompt_headings_of_a_drill_list_are_titled_by_what_they_ask():
    doc = parse_text(
        "# System design drills\n\n"
        "## Prompt: design a URL shortener\n\nBase62 of a counter, kept in a key-value store.\n\n"
        "## Prompt: design a rate limiter\n\nA token bucket per client.\n"
    )
    titles = [q.title.casefold() for q in doc.questions]
    assert titles == ["design a url shortener", "design a rate limiter"]
