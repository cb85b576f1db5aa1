"""Questions asked as their script asks: Greek with ";" (the Greek question mark as a
keyboard types it), Japanese with the particle か closing the sentence ("…ですか。",
"…ますか"), not only with "?"."""

from __future__ import annotations

from studyapp.core.parse.titles import asks, ends_asking
from tests.helpers.parsing import pairs


def test_greek_lines_ending_in_a_semicolon_ask():
    notes = (
        "Βάσεις δεδομένων\n\n"
        "Τι είναι ένα ευρετήριο;\nΜια δομή που επιταχύνει την αναζήτηση.\n\n"
        "Πότε χρησιμοποιούμε JOIN;\nΌταν χρειαζόμαστε γραμμές από δύο πίνακες.\n\n"
        "Τι σημαίνει ACID;\nΑτομικότητα, συνέπεια, απομόνωση, μονιμότητα.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("Τι είναι ένα ευρετήριο;", "Μια δομή που επιταχύνει την αναζήτηση."),
        ("Πότε χρησιμοποιούμε JOIN;", "Όταν χρειαζόμαστε γραμμές από δύο πίνακες."),
        ("Τι σημαίνει ACID;", "Ατομικότητα, συνέπεια, απομόνωση, μονιμότητα."),
    ]


def test_japanese_sentences_closed_by_ka_ask():
    notes = (
        "面接練習\n\n"
        "キャッシュとは何ですか。\n頻繁に使うデータを近くに置く仕組みです。\n\n"
        "なぜ正規化を行いますか\n重複をなくして更新の矛盾を防ぐためです。\n\n"
        "デッドロックはどう防ぎますか．\nロックを取る順番をそろえます。\n"
    )
    assert [title for title, _ in pairs(notes, suffix=".txt")] == [
        "キャッシュとは何ですか。",
        "なぜ正規化を行いますか",
        "デッドロックはどう防ぎますか．",
    ]


def test_a_semicolon_or_a_statement_elsewhere_does_not_ask():
    assert not ends_asking("int x = 0;")
    assert not ends_asking("Use a lock; then release it;")
    assert not asks("for (i = 0; i < n; i++)")
    assert not ends_asking("検索を高速化するためのデータ構造です。")
    assert ends_asking("Τι είναι το TCP;") and asks("Τι είναι το TCP; Ένα πρωτόκολλο.")
    assert ends_asking("Τι είναι το DNS\u037e")


def test_greek_questions_in_bold_with_their_answers_on_the_line():
    notes = (
        "# Δίκτυα\n\n"
        "**Τι είναι το TCP;** Ένα αξιόπιστο πρωτόκολλο.\n\n"
        "**Τι είναι το UDP;** Ένα πρωτόκολλο χωρίς σύνδεση.\n"
    )
    assert pairs(notes) == [
        ("Τι είναι το TCP;", "Ένα αξιόπιστο πρωτόκολλο."),
        ("Τι είναι το UDP;", "Ένα πρωτόκολλο χωρίς σύνδεση."),
    ]


def test_a_bare_ka_wrapping_onto_the_next_line_does_not_ask():
    notes = (
        "データベース設計メモ\n\n"
        "正規化するか\nしないかは、読み込みと書き込みの比率で決める。\n\n"
        "Redisを使うか\nMemcachedを使うかはチームの経験で選んだ。\n"
    )
    assert not pairs(notes, suffix=".txt")
    assert not ends_asking("読み込みが多いか")
    assert not asks("読み込みが多いか\n書き込みが多いかで戦略が変わる。")
    assert ends_asking("インデックスとは何ですか") and asks("何を監視しますか。まずは遅延。")
