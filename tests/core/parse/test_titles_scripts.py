"""Titles and question marks across scripts and exports: full-width and Arabic
question marks ask, a French no-break space before "?" stays, arrows between words
are words, Google Docs' backslash escapes are characters, and "Q. 3NF" keeps its 3."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import titles


def test_full_width_question_marks_ask_even_beside_a_numbered_list():
    doc = (
        "# 面试笔记\n\n## 数据库\n\n### Q. 什么是事务？\nA. 一组要么全部成功要么全部失败的操作。\n\n"
        "### Q. 什么是索引？\nA. 加快查询的数据结构：\n1. B+树\n2. 哈希\n3. 全文\n\n"
        "### Q. 请解释一下死锁。\nA. 两个事务互相等待对方的锁。\n"
    )
    parsed = parse_text(doc)
    assert [q.title for q in parsed.questions] == [
        "什么是事务？",
        "什么是索引？",
        "请解释一下死锁。",
    ]
    assert "2. 哈希" in parsed.questions[1].answer_markdown
    arabic = "## ما هو الفهرس؟\nبنية لتسريع البحث.\n\n## ما هي المعاملة؟\nمجموعة عمليات.\n"
    assert titles(arabic) == ["ما هو الفهرس؟", "ما هي المعاملة؟"]


def test_a_number_that_begins_a_word_after_q_is_kept():
    doc = "### Q. 3NF vs BCNF?\nStricter.\n\n### Q. 2FA or SSO?\nBoth.\n\n### Q7. What is 1NF?\nAtomic.\n"
    assert titles(doc) == ["3NF vs BCNF?", "2FA or SSO?", "What is 1NF?"]


def test_arrows_between_words_stay_and_decorations_go():
    doc = "## ⬅️ Why does A ← B differ from A → B?\nDirection.\n\n## How does req⇒resp flow?\nOver TCP.\n"
    assert titles(doc) == ["Why does A ← B differ from A → B?", "How does req⇒resp flow?"]


def test_a_no_break_space_before_a_question_mark_is_kept():
    doc = "## Qu’est-ce qu’un verrou\u00a0?\nUn mutex.\n\n## Pourquoi l'indexer\u202f!\nVitesse.\n"
    assert titles(doc) == ["Qu’est-ce qu’un verrou\u00a0?", "Pourquoi l'indexer\u202f!"]
    # a word processor's no-break space in an English title is just a space to drop
    assert titles("## What is a closure\u00a0?\nA function.\n\n## Why?\nX.\n")[0] == (
        "What is a closure?"
    )


def test_backslash_escapes_are_the_characters_they_escape():
    doc = (
        "**What does \\_\\_init\\_\\_ return?**\nNothing.\n\n"
        "**Why use \\*\\*opts and \\#pragma?**\nOptions and directives.\n"
    )
    assert titles(doc) == ["What does __init__ return?", "Why use **opts and #pragma?"]


def test_answer_marks_a_are_not_a_lettered_list():
    doc = (
        "Q. What is a heap?\nA. A tree where each parent is smaller than its children.\n\n"
        "Q. What is a trie?\nA. A tree of prefixes.\n\n"
        "Q. What is a skip list?\nA. Linked lists with express lanes.\n"
    )
    assert titles(doc, suffix=".txt") == [
        "What is a heap?",
        "What is a trie?",
        "What is a skip list?",
    ]


def test_an_importance_mark_after_the_question_is_no_part_of_it():
    doc = "Q. What is a phantom read? (*)\nA. New rows appear.\n\nQ. What is MVCC? [!]\nA. Versions.\n"
    assert titles(doc, suffix=".txt") == ["What is a phantom read?", "What is MVCC?"]


def test_keycap_numbers_task_boxes_and_exam_marks_are_no_part_of_a_title():
    doc = "## 2️⃣ What is a rebase?\nReplaying commits.\n\n## 3️⃣ What is a cherry-pick?\nOne commit.\n"
    assert titles(doc) == ["What is a rebase?", "What is a cherry-pick?"]
    todo = "- [x] What is a bind mount?\n  A host path.\n- [ ] What is a tmpfs mount?\n  Memory.\n"
    assert titles(todo) == ["What is a bind mount?", "What is a tmpfs mount?"]
    exam = "Q1. State the CAP theorem. (3 marks)\nPick two.\n\nQ2. Define BASE. [5 Marks]\nSoft state.\n"
    assert titles(exam, suffix=".txt") == ["State the CAP theorem.", "Define BASE."]


def test_question_and_answer_words_in_hindi_and_arabic():
    hindi = "प्रश्न 1: पॉलीमॉर्फिज़्म क्या है?\nउत्तर: एक नाम, कई रूप।\n\nप्रश्न 2: एनकैप्सुलेशन क्या है?\nउत्तर: डेटा छिपाना।\n"
    assert titles(hindi, suffix=".txt") == ["पॉलीमॉर्फिज़्म क्या है?", "एनकैप्सुलेशन क्या है?"]


def test_a_number_parted_from_its_question_by_a_dot_bar_or_bullet_leaves_with_it():
    doc = (
        "## Networking\n\n### Q7 · What is a CDN?\nEdge caches.\n\n"
        "### Q8 | How does TLS start?\nClientHello.\n\n### #9 • What is MVCC?\nSnapshots.\n\n"
        "### 10 · Why denormalise?\nFewer joins.\n\n### 11 — What is a B-tree?\nA balanced tree.\n"
    )
    assert titles(doc) == [
        "What is a CDN?",
        "How does TLS start?",
        "What is MVCC?",
        "Why denormalise?",
        "What is a B-tree?",
    ]
    # a dot between words of the question stays
    assert titles("### Is O(n · log n) fast?\nYes.\n\n### Is 2 · 3 six?\nYes.\n") == [
        "Is O(n · log n) fast?",
        "Is 2 · 3 six?",
    ]
