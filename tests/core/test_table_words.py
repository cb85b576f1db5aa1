"""Places to hyphenate a table's long words (core.table_words): only in table cells,
never in code, and never within a word's first or last letters."""

from __future__ import annotations

from studyapp.core.table_words import SOFT_HYPHEN, hyphenated_cells, syllables


def shown(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "-")


def test_long_words_break_where_a_dictionary_hyphenates_them_short_ones_not_at_all():
    # English hyphenation, as a printed page has it: not a vowel-consonant rule of
    # thumb ("Avai-la-bi-lity", "asynch-ro-nous").
    assert shown(syllables("Availability")) == "Avail-abil-ity"
    assert shown(syllables("asynchronous")) == "asyn-chro-nous"
    assert shown(syllables("probabilities")) == "prob-a-bil-i-ties"
    assert shown(syllables("Cardinality")) == "Car-di-nal-ity"
    assert shown(syllables("Performance")) == "Per-for-mance"
    assert shown(syllables("mother")) == "mother"  # "th" is one sound
    assert shown(syllables("TensorFlow")) == "Ten-sor-Flow"  # and at a capital
    # A name the dictionary does not know still breaks where a long piece is left.
    assert shown(syllables("Matplotlib")) == "Mat-plot-lib"
    assert shown(syllables("Exploratory")) == "Explo-ra-tory"
    for word in ("Implementation", "hyperparameters", "nonlinearity", "iOSDevice"):
        parts = shown(syllables(word)).split("-")
        assert "".join(parts) == word and len(parts) >= 2
        assert min(len(parts[0]), len(parts[-1])) >= 3


def test_only_the_words_of_table_cells_outside_code():
    html = (
        "<p>Cardinality</p><table><tr><th>Performance</th>"
        "<td>Cardinality <code>Implementation</code></td></tr></table><p>Performance</p>"
    )
    assert shown(hyphenated_cells(html)) == (
        "<p>Cardinality</p><table><tr><th>Per-for-mance</th>"
        "<td>Car-di-nal-ity <code>Implementation</code></td></tr></table><p>Performance</p>"
    )
    assert hyphenated_cells("<p>no table here, Cardinality</p>") == (
        "<p>no table here, Cardinality</p>"
    )
