"""A sentence may open with a mark that is part of its first word ("!important",
".NET"): it is a sentence of its own, and its point keeps the mark."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms

SPECIFICITY = "How does specificity work?"
SPECIFICITY_ANSWER = (
    "Specificity is compared per kind of selector. Higher wins; equal means the later rule"
    " wins. !important beats all normal declarations."
)
DOTNET = "How does C# code run?"
DOTNET_ANSWER = (
    "C# compiles to an intermediate language first. .NET runs that code on its runtime,"
    " compiling it just in time."
)


def test_a_sentence_opening_with_a_mark_is_a_point_with_its_mark():
    points = key_terms(SPECIFICITY_ANSWER, question=SPECIFICITY)
    assert "equal means the later rule wins" in points, points
    assert "!important beats all normal declarations" in points, points
    assert ".NET runs that code on its runtime" in key_terms(DOTNET_ANSWER, question=DOTNET)
