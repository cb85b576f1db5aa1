"""A typed answer that only repeats the acronym the question asks about ("a partial
answer about GPT" to "What does GPT stand for?") earns no point that is that acronym's
words; spelling them out does."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

GPT = "What does GPT stand for?"
GPT_ANSWER = (
    "- Generative: Designed to generate text.\n"
    "- Pre-trained: Initially trained on vast amounts of data before being fine-tuned.\n"
    "- Transformer: Refers to the neural network architecture introduced by Google in"
    " 2017.\n\n"
    "So in full, GPT is a **Generative Pre-trained Transformer**."
)
RAG = "What is RAG in LLM applications?"
RAG_ANSWER = (
    "**RAG** stands for **Retrieval-Augmented Generation**: the app retrieves relevant"
    " documents and puts them in the prompt, so the model hallucinates less."
)


def _ticked(answer: str, question: str, typed: str) -> dict[str, bool]:
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def _expansion(ticks: dict[str, bool], name: str) -> bool:
    found = [said for point, said in ticks.items() if name in point]
    assert found, (name, ticks)
    return found[0]


def test_repeating_the_asked_acronym_earns_not_its_words():
    assert not any(_ticked(GPT_ANSWER, GPT, "partial answer about GPT").values())
    ticks = _ticked(RAG_ANSWER, RAG, "RAG is RAG in LLM applications.")
    assert not _expansion(ticks, "Retrieval-Augmented Generation"), ticks


def test_spelling_the_asked_acronym_out_earns_it():
    typed = "GPT is a Generative Pre-trained Transformer."
    ticks = _ticked(GPT_ANSWER, GPT, typed)
    assert _expansion(ticks, "Generative Pre-trained Transformer"), ticks
    ticks = _ticked(RAG_ANSWER, RAG, "RAG means retrieval augmented generation.")
    assert _expansion(ticks, "Retrieval-Augmented Generation"), ticks


def test_an_acronym_the_question_does_not_write_still_says_its_words():
    question = "How do transformers generate text?"
    ticks = _ticked(GPT_ANSWER, question, "It is GPT: predicting the next token.")
    assert _expansion(ticks, "Generative Pre-trained Transformer"), ticks
