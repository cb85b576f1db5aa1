"""A folder's walk reads regular files only: a named pipe, a socket or a device beside
the notes (or a link to one) is named as left out and never opened. Opening a pipe
waits for a writer that never comes: the import hung for good."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from pathlib import Path

import pytest

from studyapp.core.importer import source_hash
from studyapp.core.parse import parse_path

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

NOTES = "# Networking\n\n## What is TCP?\n\nA byte stream.\n\n## What is UDP?\n\nDatagrams.\n"


def _within(seconds: float, job):
    """`job()`'s result, or a failure where it has not returned in time (a pipe opened
    for reading blocks: the test says so rather than hanging the suite)."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(job()), daemon=True)
    worker.start()
    worker.join(seconds)
    return worker.is_alive(), out


def _unblock(pipes: list[Path]) -> None:
    """Let a reader stuck on a pipe go (a writer opens it and closes it: end of file)."""
    for pipe in pipes:
        with contextlib.suppress(OSError):  # (nobody is reading it)
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))


def _left_out(doc) -> dict[str, str]:
    return {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}


def test_a_named_pipe_beside_the_notes_is_named_not_opened(tmp_path):
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    try:
        stuck, out = _within(20, lambda: parse_path(tmp_path))
    finally:
        _unblock([pipe])
    assert not stuck, "the walk opened the named pipe and waited on it"
    doc = out[0]
    assert [q.title for q in doc.questions] == ["What is TCP?", "What is UDP?"]
    assert _left_out(doc) == {"pipe.md": "not a regular file (a named pipe)"}


def test_a_link_to_a_pipe_a_socket_and_a_device_are_named_too(tmp_path):
    (tmp_path / "deck.txt").write_text("Q: What is DNS?\nA: Names to addresses.\n", "utf-8")
    pipe = tmp_path / "later.md"
    os.mkfifo(pipe)
    (tmp_path / "link.md").symlink_to(pipe)
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # a device that never ends
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(os.fspath(tmp_path / "sock.md"))
    except OSError:  # (a path too long for a socket's address)
        pytest.skip("no socket can be made here")
    try:
        stuck, out = _within(20, lambda: (parse_path(tmp_path), source_hash(tmp_path)))
    finally:
        _unblock([pipe])
        server.close()
    assert not stuck, "the walk opened a file that is not a regular one"
    doc, _ = out[0]
    assert [q.title for q in doc.questions] == ["What is DNS?"]
    assert _left_out(doc) == {
        "later.md": "not a regular file (a named pipe)",
        "link.md": "not a regular file (a named pipe)",
        "sock.md": "not a regular file (a socket)",
        "zero.txt": "not a regular file (a device)",
    }


def test_a_link_to_a_regular_notes_file_is_still_read(tmp_path):
    real = tmp_path / "elsewhere"
    real.mkdir()
    (real / "net.md").write_text(NOTES, encoding="utf-8")
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "net.md").symlink_to(real / "net.md")
    doc = parse_path(deck)
    assert [q.title for q in doc.questions] == ["What is TCP?", "What is UDP?"]
    assert not _left_out(doc)
