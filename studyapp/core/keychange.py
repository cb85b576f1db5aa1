"""A change said as the state it brings about, and the other way round. No Qt here.

A point that names an effect by its verb ("stabilizes and speeds up training", "slows
down writes") is as often told by the state the effect leaves ("making training faster
and more stable", "writes get slower"), and a point that names the state ("reads get
faster") by the verb ("lookups speed up"). Each line of `CHANGES` is one change: the
verb that does it and the adjective of the state it leaves, in their comparative form
where the state is one of degree, and the change told of what changes ("goes up"). Only
changes whose verb has that one sense in
technical prose are listed: "improves" is "better", "worsens" "worse"; "shrinks" is no
"smaller" here (its group of `keysynonyms`, "reduce lower decrease", says that), nor
"lightens" "lighter".

Heard as `keysynonyms`' phrases are (`keysynonyms.phrase_words`): where the typed answer
says one form, the stems of the others are heard at its place; a typed contrary
("slower" for "speeds up") is one by `keysynonyms`' opposites of its words. A verb that
is also a noun of its own (`SAYS_ONLY`: "speed") says its state but is said by none:
"faster" says no "Speed", a table's row of the sides' speeds. So do the changes told
of the thing that changes ("latency goes down", "throughput rises"): they say "reduces
latency", "increases throughput", but "reduces" says no "go" nor "down".
"""

from __future__ import annotations

CHANGES = """
speed up | faster | quicker
slow down | slower
stabilize | stable | steadier
destabilize | unstable
simplify | simpler
complicate | more complex
shorten | shorter
lengthen | longer
improve | better
worsen | worse
increase | go up | goes up | went up | rise | rises | rose
reduce | go down | goes down | went down
"""

# Forms that say the others of their line but are said by none (see the docstring).
SAYS_ONLY = (
    "speed up",
    *("go up", "goes up", "went up", "rise", "rises", "rose"),
    *("go down", "goes down", "went down"),
)


def groups() -> tuple[tuple[str, ...], ...]:
    """The changes, each as its forms written ("speed up", "faster", "quicker")."""
    return tuple(
        tuple(form.strip() for form in line.split("|")) for line in CHANGES.strip().split("\n")
    )
