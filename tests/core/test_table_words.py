"""Places to hyphenate a table's long words (core.table_words): only in table cells,
never in code, and never within a word's first or last letters."""

from __future__ import annotations

from studyapp.core.table_words import SOFT_HYPHEN, hyphenated_cells, syllables


def shown(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "-")


def test_long_words_break_between_syllables_short_ones_not_at_all():
    assert shown(syllables("hyperparameters")) == "hyper-pa-ra-me-ters"
    assert shown(syllables("Cardinality")) == "Car-di-na-lity"
    assert shown(syllables("Performance")) == "Per-for-mance"
    assert shown(syllables("mother")) == "mother"  # "th" is one sound
    assert shown(syllables("Matplotlib")) == "Mat-plot-lib"  # "pl" starts a syllable
    assert shown(syllables("TensorFlow")) == "Ten-sor-Flow"  # and at a capital
    for word in ("Implementation", "probabilities", "nonlinearity"):
        parts = shown(syllables(word)).split("-")
        assert "".join(parts) == word and min(len(parts[0]), len(parts[-1])) >= 3


def test_only_the_words_of_table_cells_outside_code():
    html = (
        "<p>Cardinality</p><table><tr><th>Performance</th>"
        "<td>Cardinality <code>Implementation</code></td></tr></table><p>Performance</p>"
    )
    assert shown(hyphenated_cells(html)) == (
        "<p>Cardinality</p><table><tr><th>Per-for-mance</th>"
        "<td>Car-di-na-lity <code>Implementation</code></td></tr></table><p>Performance</p>"
    )
    assert hyphenated_cells("<p>no table here, Cardinality</p>") == (
        "<p>no table here, Cardinality</p>"
    )
