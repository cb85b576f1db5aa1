"""Interview notes in Chinese: questions asked with the full-width "？", numbered the
Chinese way ("1、", "一、", "（一）", "①"), answered after "答：". The numbering is no
part of a question, nor of a section's name."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_a_text_file_of_numbered_questions_with_full_width_question_marks():
    notes = (
        "操作系统复习\n\n"
        "1、进程和线程的区别？\n进程是资源分配的单位，线程是调度的单位。\n\n"
        "2、什么是虚拟内存？\n把磁盘的一部分当作内存使用。\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("进程和线程的区别？", "进程是资源分配的单位，线程是调度的单位。"),
        ("什么是虚拟内存？", "把磁盘的一部分当作内存使用。"),
    ]


def test_chinese_numerals_and_answer_marks():
    notes = (
        "# Java 面试题\n\n"
        "一、什么是 JVM？\n答：Java 虚拟机，负责执行字节码。\n\n"
        "二、什么是死锁？\n答：线程互相等待对方持有的锁。\n"
    )
    assert pairs(notes) == [
        ("什么是 JVM？", "Java 虚拟机，负责执行字节码。"),
        ("什么是死锁？", "线程互相等待对方持有的锁。"),
    ]


def test_numbered_sections_and_circled_numbers_in_headings():
    notes = (
        "# 前端面试题\n\n"
        "## （一）JavaScript\n\n### 1、什么是闭包？\n\n函数和它的作用域。\n\n"
        "## （二）CSS\n\n### ① 什么是 BFC？\n\n块级格式化上下文。\n"
    )
    doc = parse_text(notes)
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("JavaScript",), "什么是闭包？"),
        (("CSS",), "什么是 BFC？"),
    ]
