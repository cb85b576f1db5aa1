"""Which reader read a deck's notes: a deck is read again when its reader is older.

Each version of StudyApp reads notes a little better than the one before (a question
it missed, an answer it cut short, tags it left in the answer). A deck keeps what the
reader of its last import made of its notes, and an unchanged file was never read
again, so those gains reached only new imports. Each import now records `READING`
with its deck (the decks table's `read_by`, core.store), and a deck read by an older
reader counts as changed: the window's live reload reads it again on its first look
(holding back, to be asked about, one that would lose many questions, as it does for
any re-import nobody asked for), and `studyapp import` reads it again instead of
saying "nothing changed". Progress is kept as in any re-import.

`READING` goes up by one whenever the reader's code changes (the parse package, the
repair, the importer's titles and topics): tests/core/test_reading.py holds a digest
of those files for the current number and fails, naming the new digest, when they
change without it.
"""

from __future__ import annotations

READING = 17
