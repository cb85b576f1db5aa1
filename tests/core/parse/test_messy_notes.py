"""Messy personal notes in a text file: lower-case labels glued to the question under
them, questions without a question mark whose answer hangs indented below them (after
the indented sub-point of the answer above), a bold label written with spaces inside.
What a person would call the questions comes out, each with its own answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    doc = parse_text(text, suffix=".txt")
    return [(q.title, q.topic_path, q.answer_markdown.strip()) for q in doc.questions]


def test_messy_notes_give_the_questions_a_person_sees():
    notes = (
        "random notes from my interview prep   (todo: clean up)\n\n"
        "kubernetes stuff\n"
        "what is a pod??\n"
        "smallest deployable unit, one or more containers sharing network\n"
        "   - they share an IP\n"
        "what's a deployment\n"
        "  manages replicasets, rolling updates\n\n"
        "** Docker **\n"
        "Difference between CMD and ENTRYPOINT ?\n"
        " CMD = default args, ENTRYPOINT = the executable\n"
        "TODO look up multi-stage builds\n\n"
        "what is a volume?\n"
        "persistent storage\n"
        "     that outlives the container\n"
    )
    result = found(notes)
    assert [(title, topic) for title, topic, _ in result] == [
        ("what is a pod??", ("kubernetes stuff",)),
        ("what's a deployment", ("kubernetes stuff",)),
        ("Difference between CMD and ENTRYPOINT?", ("Docker",)),
        ("what is a volume?", ("Docker",)),
    ]
    answers = [answer for _, _, answer in result]
    assert "they share an IP" in answers[0] and "deployment" not in answers[0]
    assert answers[1] == "manages replicasets, rolling updates"
    assert answers[2] == "CMD = default args, ENTRYPOINT = the executable"
    assert "that outlives the container" in answers[3]


def test_hung_answers_keep_their_indented_sub_points():
    notes = (
        "my networking notes (half done)\n\n"
        "networking basics\n"
        "whats tcp?\n"
        "  reliable stream, three-way handshake\n"
        "   - SYN, SYN-ACK, ACK\n"
        "how does dns work\n"
        "  resolves names to addresses\n\n"
        "== Linux ==\n"
        "What does chmod 755 mean ?\n"
        " owner rwx, group r-x, others r-x\n"
        "explain inodes\n"
        "  metadata of a file, not its name\n"
    )
    assert found(notes) == [
        (
            "whats tcp?",
            ("networking basics",),
            "reliable stream, three-way handshake\n - SYN, SYN-ACK, ACK",
        ),
        ("how does dns work", ("networking basics",), "resolves names to addresses"),
        ("What does chmod 755 mean?", ("Linux",), "owner rwx, group r-x, others r-x"),
        ("explain inodes", ("Linux",), "metadata of a file, not its name"),
    ]
