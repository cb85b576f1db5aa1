"""Shapes of notes a fourth blind importer round found misread: numbered items in
Chinese whose task ends with a full-width full stop, MkDocs admonitions that ask, a
question quoted with its mark over an answer below the quote, a Word document's
"Question 1" / "Answer" labels, and Confluence's "h2." headings in a text file."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_a_numbered_item_that_ends_with_a_full_width_full_stop_ends_its_title():
    notes = (
        "# 前端面试题\n\n"
        "1. 什么是闭包？\n   函数和它的词法环境的组合。\n\n"
        "2. 什么是事件循环？\n   调用栈清空后依次执行队列中的任务。\n\n"
        "3. 解释一下跨域。\n   同源策略限制不同源之间的请求，可以用 CORS 解决。\n\n"
        "4. 什么是防抖？\n   事件停止触发一段时间后才执行。\n"
    )
    assert pairs(notes) == [
        ("什么是闭包？", "函数和它的词法环境的组合。"),
        ("什么是事件循环？", "调用栈清空后依次执行队列中的任务。"),
        ("解释一下跨域。", "同源策略限制不同源之间的请求，可以用 CORS 解决。"),
        ("什么是防抖？", "事件停止触发一段时间后才执行。"),
    ]
    japanese = (
        "1. TCPとUDPの違いを説明してください。\n   TCPは信頼性があり、UDPは速い。\n"
        "2. DNSとは何ですか？\n   名前をIPアドレスに変換する仕組み。\n"
        "3. HTTPSの仕組みを述べよ．\n   TLSで通信を暗号化する。\n"
    )
    assert pairs(japanese) == [
        ("TCPとUDPの違いを説明してください。", "TCPは信頼性があり、UDPは速い。"),
        ("DNSとは何ですか？", "名前をIPアドレスに変換する仕組み。"),
        ("HTTPSの仕組みを述べよ．", "TLSで通信を暗号化する。"),
    ]
