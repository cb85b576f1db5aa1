"""The command line's commands, a module per group (studyapp.cli parses the arguments
and runs them; a start of the window imports none of these):

  stores.py   the store as a command opens it: under the writer lock to write, or
              read-only beside the window
  notes.py    parse, import, repair: a notes file
  decks.py    decks, remove-deck, rename-deck, export-deck, export-weak
  backups.py  backup, restore
  optimize.py optimize: FSRS fitted to the person's own reviews
  ask.py      a yes/no question at a terminal (--yes where there is none)
"""
