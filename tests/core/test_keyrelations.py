"""A relation swapped between two sides ("high bias overfits and high variance
underfits") ticks neither point: the words that tell a short clause point from its
mirror are said in one typed clause."""

from studyapp.core.keyterms import key_terms, ticked_terms

BIAS_VARIANCE = (
    r"Total error is $E = \text{Bias}^2 + \text{Variance} + \sigma^2$."
    " High bias underfits; high variance overfits."
)
BV_QUESTION = "What is the bias-variance trade-off?"


def _relations(points):
    return [p for p in points if p.casefold().startswith("high")]


def test_a_relation_swapped_between_its_sides_ticks_neither():
    points = key_terms(BIAS_VARIANCE, question=BV_QUESTION)
    relations = _relations(points)
    assert len(relations) == 2, points
    at = [points.index(p) for p in relations]
    swapped = ticked_terms(points, "High bias overfits and high variance underfits.", BV_QUESTION)
    assert not any(swapped[k] for k in at), (points, swapped)
    right = ticked_terms(points, "High bias underfits and high variance overfits.", BV_QUESTION)
    assert all(right[k] for k in at), (points, right)
    told = ticked_terms(
        points,
        "A model with high bias underfits the data, while high variance overfits it.",
        BV_QUESTION,
    )
    assert all(told[k] for k in at), (points, told)


def test_a_swapped_threshold_relation_ticks_neither():
    # (a second case, written before the rule)
    answer = (
        "Precision and recall trade off. A high threshold raises precision; a low"
        " threshold raises recall."
    )
    question = "What is the precision-recall trade-off?"
    points = key_terms(answer, question=question)
    assert points == ["high threshold raises precision", "low threshold raises recall"]
    swapped = "A high threshold raises recall and a low threshold raises precision."
    assert ticked_terms(points, swapped, question) == [False, False]
    right = "Raising the threshold raises precision; lowering it raises recall."
    assert ticked_terms(points, right, question) == [True, True]
    assert ticked_terms(points, "A high threshold raises precision.", question) == [True, False]


def test_a_name_with_the_questions_word_typed_elsewhere_is_still_said():
    question = "What are the kinds of database index?"
    typed = "Indexes come as B-tree, hash and bitmap."
    assert ticked_terms(["Hash Index", "Bitmap Index"], typed, question) == [True, True]


def test_a_hyphenated_side_named_by_the_question_stays_the_side_of_its_clause():
    # "Write-through" (a verb and a small word, hyphenated) was read as no name, so the
    # points lost their sides and a swapped answer ticked both
    question = "What is the difference between write-through and write-back caching?"
    answer = (
        "Both keep a cache in front of slower storage. Write-through updates storage"
        " immediately; write-back updates storage later."
    )
    points = key_terms(answer, question=question)
    assert "Write-through: updates storage immediately" in points, points
    assert "Write-back: updates storage later" in points, points
    swapped = "Write-through updates storage later and write-back updates storage immediately."
    assert not any(ticked_terms(points, swapped, question)[1:])
    right = "Write-through writes storage immediately, while write-back updates storage later."
    assert all(ticked_terms(points, right, question)[1:])


def test_hyphenated_sides_of_another_comparison_keep_their_clauses():
    # (a second case, written after the fix)
    question = "What is the difference between long-polling and server-sent events?"
    answer = (
        "Both push updates from the server. Long-polling reopens a request after each reply;"
        " server-sent events keep one stream open."
    )
    points = key_terms(answer, question=question)
    assert points[1:] == [
        "Long-polling: reopens a request after each reply",
        "Server-sent events: keep one stream open",
    ]
    swapped = (
        "Long-polling keeps one stream open and server-sent events reopen a request after"
        " each reply."
    )
    assert ticked_terms(points, swapped, question) == [False, False, False]


def test_a_formula_point_is_named_by_its_words_and_said_in_words():
    points = key_terms(BIAS_VARIANCE, question=BV_QUESTION)
    assert points[0] == "Total error: Bias² + Variance + σ²", points  # not "… is E: …"
    said = "Total error is bias squared plus variance plus noise."
    assert ticked_terms(points, said, BV_QUESTION)[0]
    assert ticked_terms(points, "Total error is bias^2 + variance + sigma^2.", BV_QUESTION)[0]
    assert not ticked_terms(points, "Total error is bias plus variance.", BV_QUESTION)[0]


def test_another_formula_with_a_greek_letter_and_a_square_is_said_in_words():
    # (a second case, written after the rule)
    question = "What is ridge regression?"
    answer = (
        r"Ridge loss is $L = \text{MSE} + \lambda \cdot \text{Weights}^2$. A larger lambda"
        " shrinks weights more."
    )
    points = key_terms(answer, question=question)
    assert points[0] == "Ridge loss: MSE + λ · Weights²", points
    typed = "Ridge loss is MSE plus lambda times the squared weights."
    assert ticked_terms(points, typed, question)[0]
    assert not ticked_terms(points, "Ridge loss is MSE plus the weights.", question)[0]


def test_a_clause_said_of_every_thread_does_not_say_only_one_thread():
    question = "What is the GIL?"
    point = "only one thread executes Python bytecode at a time"
    wrong = "All threads execute Python bytecode simultaneously."
    assert ticked_terms([point], wrong, question) == [False]
    assert ticked_terms([point], "Only one thread runs Python bytecode at once.", question) == [
        True
    ]
    typed = "The GIL lets a single thread execute Python bytecode; all other threads wait."
    assert ticked_terms([point], typed, question) == [True]


def test_a_count_swapped_in_another_answer_is_not_said():
    # (a second case, written after the rule)
    question = "What does a write lock guarantee?"
    point = "only one writer modifies the row at a time"
    assert ticked_terms([point], "Several writers modify the row concurrently.", question) == [
        False
    ]
    assert ticked_terms([point], "A single writer modifies the row at a time.", question) == [True]


def test_a_contrast_typed_with_one_side_alone_is_not_said():
    question = "What is overfitting?"
    point = "performs well on training data but poorly on new data"
    assert ticked_terms([point], "It performs poorly on training data.", question) == [False]
    right = "It performs well in training but poorly on unseen data."
    assert ticked_terms([point], right, question) == [True]
    assert ticked_terms([point], "good on training data, poor on new data", question) == [True]


def test_another_contrast_typed_with_one_side_alone_is_not_said():
    # (a second case, written after the rule)
    question = "What is a cache?"
    point = "reads are fast but writes are slow"
    assert ticked_terms([point], "Reads are slow.", question) == [False]
    assert ticked_terms([point], "Reads are quick, while writes are slower.", question) == [True]


RING_Q = "How does consistent hashing work?"
RING = (
    "Nodes and keys are hashed onto a **ring**; a key belongs to the next node"
    " clockwise. Adding or removing a node only moves the keys of its neighbour."
)


def _ticks(question, answer, typed):
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def test_a_relation_needs_what_it_relates_to_not_only_its_nouns():
    point = "Nodes and keys are hashed onto a ring"
    wrong = "Each key is hashed modulo the number of servers; virtual nodes are spare copies."
    assert not _ticks(RING_Q, RING, wrong)[point]
    right = "Servers and keys are both hashed onto a circle, and each key goes to the next server."
    assert _ticks(RING_Q, RING, right)[point]


def test_a_second_relation_in_another_field():
    # (a second input of the kind: the wrong answer says the subject, the verb and the
    # nouns, but not where the relation takes them)
    question = "What does NAT do?"
    answer = (
        "NAT rewrites private IP addresses to one public address at the router, so many"
        " hosts share one IP."
    )
    point = "rewrites private IP addresses to one public address at the router"
    wrong = "NAT rewrites private IP addresses inside each packet so hosts cannot be tracked."
    assert not _ticks(question, answer, wrong)[point]
    right = "The router translates the private addresses into a single public IP."
    assert _ticks(question, answer, right)[point]


def test_the_goal_said_after_a_preposition_of_place_of_its_own():
    from studyapp.core.keymatch import Heard
    from studyapp.core.keyrelation import goal_words, relation_said

    point = "key belongs to the next node clockwise"
    assert goal_words(point) == ["next", "node", "clockwise"]
    assert relation_said(point, Heard.of("each key is stored on the first server clockwise"))
    assert not relation_said(point, Heard.of("keys are spread by the number of nodes"))
    assert goal_words("A read-only template used to create containers") == []
