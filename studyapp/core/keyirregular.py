"""The irregular forms of common verbs, heard as their verb. No Qt here.

A stemmer folds "sends", "sending" and "sent" well enough, but not "freeze" and
"frozen", "write" and "written", "grow" and "grew": a person who types "the early
layers are frozen" says "Freeze the early layers". Each line of `FORMS` is one verb:
its base, then its irregular past forms; `keysynonyms` hears them as one word (and as
the base's group where it has one: "grew" says "increases" as "grows" does). Only
forms with no other common sense in technical prose are listed: not "left" (a side, a
join), "bound" (a limit), "found" (to establish), "saw", "lay", "shot".
"""

from __future__ import annotations

FORMS = """
freeze froze frozen
write wrote written
choose chose chosen
take took taken
grow grew grown
shrink shrank shrunk
begin began begun
bring brought
buy bought
catch caught
think thought
teach taught
seek sought
break broke broken
speak spoke spoken
steal stole stolen
forget forgot forgotten
hide hid hidden
drive drove driven
throw threw thrown
fall fell fallen
rise rose risen
draw drew drawn
know knew known
show showed shown
fly flew flown
wake woke woken
"""


def forms() -> tuple[tuple[str, ...], ...]:
    """Each verb's forms, its base first ("freeze", "froze", "frozen")."""
    return tuple(tuple(line.split()) for line in FORMS.strip().split("\n"))
