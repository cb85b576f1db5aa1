"""A pasted chat where the assistant writes the questions ("Quiz me on …") and the
person's follow-ups ask for more ("another one please", "ok, one on storage"): each
question the assistant writes is a question, titled as the assistant asked it, even
one alone in a reply (reply_units.py, `quizzing`); the person's follow-up is none, and
the answers hold no answer labels ("*Answer:*"). Split another way (``--split-at
bold``), no chat turn (the labels, the person's messages, the assistant's closing
offers) stays inside an answer (turns.chat_turn_lines). The person's own question is
still a question where the reply answers it and writes no question of its own."""

from __future__ import annotations

from studyapp.core.parse import parse_text

_QUIZ = (
    "Human: quiz me on kubernetes basics, questions with answers please\n\n"
    "Claude: Happy to! Here are a few to start:\n\n"
    "**1. What is a Pod?**\n\n"
    "*Answer:* The smallest deployable unit: one or more containers sharing a network "
    "namespace and volumes.\n\n"
    "**2. What does a Deployment add over a ReplicaSet?**\n\n"
    "*Answer:* Rolling updates and rollbacks; it manages ReplicaSets for you.\n\n"
    "Shall I keep going with more advanced ones?\n\n"
    "Human: another one please\n\n"
    "Claude: **3. What does a Service do?**\n\n"
    "*Answer:* It gives a stable virtual IP and DNS name in front of a changing set of "
    "Pods, load-balancing across them.\n\n"
    "Human: ok, one on storage\n\n"
    "Claude: Here's one on storage:\n\n"
    "**4. What is a PersistentVolumeClaim?**\n\n"
    "*Answer:* A Pod's request for storage, bound to a PersistentVolume that satisfies "
    "its size and access mode.\n\n"
    "Want me to cover networking next?\n\n"
    "Human: yes, and networking?\n\n"
    "Claude: **5. How do Pods on different nodes reach each other?**\n\n"
    "*Answer:* Through the cluster network set up by the CNI plugin: every Pod gets a "
    "routable IP, no NAT between Pods.\n"
)

_TITLES = [
    "What is a Pod?",
    "What does a Deployment add over a ReplicaSet?",
    "What does a Service do?",
    "What is a PersistentVolumeClaim?",
    "How do Pods on different nodes reach each other?",
]
_CHAT_WORDS = ("Human", "Claude", "another one", "one on storage", "networking?", "Shall I")


def test_each_follow_up_reply_gives_the_assistants_own_question():
    doc = parse_text(_QUIZ)
    assert [q.title for q in doc.questions] == _TITLES
    answers = [q.answer_markdown for q in doc.questions]
    assert answers[2].startswith("It gives a stable virtual IP")
    assert answers[3].startswith("A Pod's request for storage")
    assert not any("Answer:" in a for a in answers)
    assert not any(word in a for a in answers for word in _CHAT_WORDS)


def test_split_another_way_no_chat_turn_is_inside_an_answer():
    doc = parse_text(_QUIZ, split_at="bold")
    assert [q.title for q in doc.questions] == _TITLES
    for question in doc.questions:
        said = question.answer_markdown
        assert not any(word in said for word in _CHAT_WORDS), (question.title, said)
    reasons = {r.reason for r in doc.skipped}
    assert "chat turn" in reasons  # the person's messages are named, not lost


def test_a_follow_up_the_reply_answers_stays_the_persons_question():
    note = (
        "You: give me 2 questions on caching with answers\n\n"
        "Gemini: **1. What is a cache stampede?**\n\n"
        "Many requests miss the same expired key at once and all hit the database.\n\n"
        "**2. What is write-through caching?**\n\n"
        "Writes go to the cache and the store together, so reads never see stale data.\n\n"
        "You: how do you prevent a stampede in practice?\n\n"
        "Gemini: Use a lock per key so one request refills it, or refresh keys early "
        "with some random jitter.\n"
    )
    titles = [q.title for q in parse_text(note).questions]
    assert titles == [
        "What is a cache stampede?",
        "What is write-through caching?",
        "How do you prevent a stampede in practice?",
    ]
