"""Notes exported from a word processor (pandoc, Google Docs): what their escapes mean."""

from __future__ import annotations

from tests.helpers.parsing import titles


def test_a_titles_escaped_punctuation_reads_as_the_characters_typed():
    # pandoc's Markdown writer escapes any ASCII punctuation it could read as markup.
    doc = (
        "**1.** What\\'s the difference between \\\"==\\\" and \\\"is\\\"?\n\n"
        "Equality against identity\\.\n\n"
        "**2.** Why did the \\$5 plan lose 30\\% of users \\@ launch?\n\n"
        "Pricing\\.\n\n"
        "**3.** What does \\<T\\> mean in Java \\& C\\#?\n\n"
        "A type parameter\\.\n\n"
        "**4.** What does `'\\''` do in a shell string?\n\n"
        "Ends the quote, adds one, reopens it.\n"
    )
    assert titles(doc) == [
        'What\'s the difference between "==" and "is"?',
        "Why did the $5 plan lose 30% of users @ launch?",
        "What does <T> mean in Java & C#?",
        "What does '\\'' do in a shell string?",
    ]
