"""Notes that hold no questions read as none: a list of things whose one item ends in
"?", a recipe's steps over a last line that asks, a meeting's points with a quarter's
name ("Q4 goals:"). A list of questions to prepare, without
answers, stays a list of questions."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_a_shopping_list_with_one_doubt_is_no_questions():
    shopping = "# Shopping list\n\n- milk\n- eggs (12)\n- bread\n- coffee beans?\n- dish soap\n"
    assert titles(shopping) == []
    errands = (
        "# Weekend errands\n\n- pick up dry cleaning\n- call the plumber\n"
        "- renew passport?\n- buy birthday card\n- return library books\n"
    )
    assert titles(errands) == []
    prep = (
        "# Questions to prepare\n\n- What is a deadlock?\n- How does TCP close a connection?\n"
        "- Explain the CAP theorem\n- Why is hashing fast?\n- garbage collection\n"
    )
    assert titles(prep)[:4] == [
        "What is a deadlock?",
        "How does TCP close a connection?",
        "Explain the CAP theorem",
        "Why is hashing fast?",
    ]


def test_a_recipes_steps_are_no_questions_for_the_question_below_them():
    recipe = (
        "# Grandma's pancakes\n\n## Ingredients\n- 2 eggs\n- 250 ml milk\n\n"
        "## Steps\n1. Whisk eggs and milk.\n2. Add flour and salt, rest 30 min.\n"
        "3. Fry in butter, 1 min per side.\n\nServes 4. Why not add blueberries?\n"
    )
    assert not any(answer == "" for _title, answer in pairs(recipe))
    assert "Whisk eggs and milk." not in titles(recipe)


def test_meeting_points_are_no_questions_and_a_quarter_is_no_question_number():
    retro = (
        "Sprint retro notes\n\n- Deploys went smoothly\n- Flaky test in checkout\n"
        "- Q3 priorities: hire two engineers, cut cloud costs\n\n"
        "Follow-up: book a room for planning.\n"
    )
    assert titles(retro, suffix=".txt") == []
    planning = (
        "# Planning questions\n\n"
        "- What does the promo packet need?\n  A summary of impact with links.\n"
        "- Which Q3 numbers matter most?\n  Revenue and churn.\n"
        "- Q4 goals: which ones are realistic?\n  Shipping search v2.\n"
    )
    assert titles(planning)[2] == "Q4 goals: which ones are realistic?"
