"""An interview written down ends the way calls end: the interviewer's last turn closes
it ("Great, that's all from my side."), with no answer after it. That turn must not stop
the transcript from reading as one, and the pacing around each question ("Hi!", "Okay.
Last one:") is no part of its title."""

from studyapp.core.parse import parse_file, parse_text


def test_a_transcript_ending_with_the_interviewers_goodbye_reads_as_questions(tmp_path):
    transcript = (
        "Mock interview with Raj - 12 Nov\n\n"
        "Interviewer: Thanks for joining. Let's start. Can you walk me through how HTTPS works?\n"
        "Me: The client and server do a TLS handshake.\n"
        "Then all traffic is encrypted symmetrically.\n"
        "Interviewer: Good. What happens if the certificate is expired?\n"
        "Me: The browser refuses the connection.\n"
        "Interviewer: Okay. Last one: how would you debug a slow API endpoint?\n"
        "Me: Metrics first, then traces, then a profile of the slow span.\n"
        "Interviewer: Great, that's all from my side.\n"
    )
    notes = tmp_path / "mock.txt"
    notes.write_text(transcript, encoding="utf-8")
    parsed = parse_file(notes)
    assert [(q.title, q.answer_markdown.strip()) for q in parsed.questions] == [
        (
            "Can you walk me through how HTTPS works?",
            "The client and server do a TLS handshake.\n"
            "Then all traffic is encrypted symmetrically.",
        ),
        ("What happens if the certificate is expired?", "The browser refuses the connection."),
        (
            "How would you debug a slow API endpoint?",
            "Metrics first, then traces, then a profile of the slow span.",
        ),
    ]
    assert [(s.start_line, s.reason) for s in parsed.skipped] == [(1, "intro"), (10, "footer")]


def test_a_greeting_ending_with_an_exclamation_mark_is_no_part_of_the_question():
    transcript = (
        "Interviewer: Hi! Let's begin. What is a process?\n"
        "Me: A program running with its own address space.\n"
        "Interviewer: Nice. What is a thread?\n"
        "Me: A path of execution sharing its process's memory.\n"
    )
    parsed = parse_text(transcript, suffix=".txt")
    assert [q.title for q in parsed.questions] == ["What is a process?", "What is a thread?"]
