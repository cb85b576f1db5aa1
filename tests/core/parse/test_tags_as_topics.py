"""A note without sections whose questions carry tags (``#concurrency`` after each)
files each question under its first tag, as a CSV's tags column does; the company a
question was "(asked at Stripe)" is a tag but no topic."""

from studyapp.core.parse import parse_path


def _topics(tmp_path, text, name="notes.md"):
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    return [(q.title, q.topic_path) for q in parse_path(notes).questions]


def test_each_question_is_filed_under_its_first_tag(tmp_path):
    text = (
        "# Quick notes\n\n"
        "**What is a race condition?** #concurrency\nThe result depends on timing.\n\n"
        "**What is an inode?** #os #filesystems\nA file's metadata on disk.\n\n"
        "**What is a spinlock?** #concurrency\nA lock that busy-waits.\n"
    )
    assert _topics(tmp_path, text) == [
        ("What is a race condition?", ("concurrency",)),
        ("What is an inode?", ("os",)),
        ("What is a spinlock?", ("concurrency",)),
    ]


def test_the_company_a_question_was_asked_at_is_no_topic(tmp_path):
    text = (
        "1. How would you design a rate limiter? (asked at Stripe)\n   A token bucket per key.\n"
        "2. How does a CDN cache? (asked at Netflix)\n   At the edge, by URL and headers.\n"
    )
    assert all(path != ("Stripe",) and path != ("Netflix",) for _, path in _topics(tmp_path, text))


def test_a_tag_here_and_there_leaves_the_others_their_topics(tmp_path):
    text = (
        "**What is a race condition?** #concurrency\nThe result depends on timing.\n\n"
        "**What is an inode?**\nA file's metadata on disk.\n\n"
        "**What is a spinlock?**\nA lock that busy-waits.\n"
    )
    assert ("What is a race condition?", ("concurrency",)) not in _topics(tmp_path, text)
