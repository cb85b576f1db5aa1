"""The other established names of technical terms. No Qt here.

Many things in computing have two names in common use, each standard in its own
textbooks, vendors or teaching tradition: x86 manuals say "instruction pointer" where
most others say "program counter", a compiler book writes "activation record" for a
"stack frame". A person who learned the other name says the point all the same. This is
a general vocabulary of such names (`TERMS`, one thing a line, its names split by "|"),
the kind a glossary of the field lists as "also called": names of one referent only,
never a broader or narrower idea ("vector" is no "dynamic array": it has other senses),
and never a description of the thing (those are paraphrases, heard word by word).

The model answer's own aliases count too (`defined_aliases`): a name it gives "also
called", "also known as", "aka" or "a.k.a." another ("a memory barrier, also called a
fence, …"), or in brackets after "or" ("Causation (or causality)"), is heard for that
other, in the answer that says so; and another name of what the question asks only
names it again, no point (`asked_aliases`). So does a name in code that a table row
gives its head ("| **K-Nearest Neighbors** | `sklearn.neighbors.KNeighborsClassifier`
|"): "KNeighborsClassifier" typed names the K-Nearest Neighbors.

Such an aside is no point of its own, nor the end of one (`without_asides`): "The
write-ahead log, also known as the redo log, records every change" is one point,
"write-ahead log records every change", said with either name.

Both are heard as `keysynonyms`' phrases are: the words of one name, typed, say the
words of the others at that place (`keysynonyms.phrase_words`).
"""

from __future__ import annotations

import re
from functools import lru_cache

TERMS = """
program counter | instruction pointer | instruction address register
memory barrier | memory fence | fence instruction
stack frame | activation record | call frame
context switch | task switch | process switch
time slice | time quantum | scheduling quantum
critical section | critical region
busy waiting | busy looping | spin waiting
interrupt handler | interrupt service routine
green thread | user level thread
virtual address | logical address
round trip time | round trip delay
time to live | hop limit
learning rate | step size
loss function | cost function
neural network | neural net
activation function | nonlinearity
hash function | hashing function
dynamic array | resizable array | growable array
"""

# "X, also called Y", "X (aka Y)", "X, also known as Y": the alias is one to four words.
_ALSO_CALLED = re.compile(
    r"(?P<name>(?:[\w-]+\s+){0,3}[\w-]+)\s*[,(]?\s*"
    r"(?:also\s+(?:called|known\s+as|named|termed)|a\.?k\.?a\.?|sometimes\s+called)\s+"
    r"(?:an?\s+|the\s+)?(?P<alias>[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s*[,.;:)]|\s*$)",
    re.I,
)

# The aside itself, between commas or in brackets ("…, also known as the redo log, …",
# "… (aka a fence) …"), or before a sentence's end ("…, also called IP masquerading.").
_ASIDE = re.compile(
    r"\s*(?:,|\()\s*"
    r"(?:also\s+(?:called|known\s+as|named|termed)|a\.?k\.?a\.?|sometimes\s+called)\s+"
    r"[^,;:()\n.!?]+?(?:\s*\)|\s*,(?=\s)|(?=\s*[.;:!?\n]|\s*$))",
    re.I,
)


# A clause that only names what came before ("…; this is sometimes called load sharing").
_NAMING_CLAUSE = re.compile(
    r"\s*[,;]\s*(?:this|it|which)\s+is\s+(?:also\s+|sometimes\s+|often\s+)?"
    r"(?:called|known\s+as|named|termed)\s+[^,;:()\n.!?]+",
    re.I,
)


def without_asides(answer: str) -> str:
    """The model answer with its "also called" asides taken out, so the name and what
    the sentence says of it stay one point ("The write-ahead log records every change";
    the alias is heard for the name all the same, `defined_aliases`), and the clauses
    that only name the thing another way, which are no point."""
    if not re.search(r"(?i)called|known|named|termed|a\.?k\.?a", answer):
        return answer
    return _NAMING_CLAUSE.sub("", _ASIDE.sub("", answer))


# "Causation (or **causality**)": a name and, in brackets opened by "or", its other name
# of one or two words (as marked or not).
_OR_NAMED = re.compile(
    r"(?P<name>\b[^\W\d_][\w-]*)[*_]{0,2}\s*\(\s*or\s+[*_]{0,2}"
    r"(?P<alias>[^\W\d_][\w-]*(?:\s+[\w-]+)?)[*_]{0,2}\s*\)",
    re.I,
)


@lru_cache(maxsize=1)
def groups() -> tuple[tuple[str, ...], ...]:
    """The vocabulary's groups of names, each name as written ("program counter")."""
    return tuple(
        tuple(name.strip() for name in line.split("|")) for line in TERMS.strip().split("\n")
    )


@lru_cache(maxsize=256)
def defined_aliases(answer: str) -> tuple[tuple[str, ...], ...]:
    """The names a model answer gives another name of the same thing, each pair a group
    ("memory barrier", "fence"); the name is the run of words before "also called" back
    to a small word ("stored in a B-tree, also called …": "b tree")."""
    from studyapp.core.keyheard import STOPWORDS, words  # (it imports keysynonyms)

    found = []
    for match in _ALSO_CALLED.finditer(answer):
        alias = [w for w in words(match["alias"]) if w not in STOPWORDS]
        told = words(match["name"])
        cut = max((i + 1 for i, w in enumerate(told) if w in STOPWORDS), default=0)
        name = told[cut:]
        if alias and name and name != alias:
            found.append((" ".join(name), " ".join(alias)))
    for match in _OR_NAMED.finditer(answer):  # "Causation (or causality)"
        name, alias = words(match["name"]), words(match["alias"])
        if alias and name and name != alias and not set(name + alias) & STOPWORDS:
            found.append((" ".join(name), " ".join(alias)))
    return tuple(found) + _row_classes(answer)


# A table row: its head (the first cell) and the rest.
_ROW = re.compile(r"^\s*\|?\s*(?P<head>[^|\n]+?)\s*\|(?P<rest>[^\n]*\|?)\s*$", re.M)
# A name in code: a class or function as a program writes it, camel-cased
# ("KNeighborsClassifier", "GaussianNB"), perhaps after its module
# ("sklearn.tree.DecisionTreeClassifier").
_CODE_NAME = re.compile(r"(?<![\w.])(?:[A-Za-z_]\w*\.)*(?P<name>[A-Za-z]\w*[a-z][A-Z]\w*)(?![\w.])")
_SEPARATOR = re.compile(r"^[\s|:-]+$")


def _row_classes(answer: str) -> tuple[tuple[str, ...], ...]:
    """The names in code a table row gives its head, each a name of it: "| **K-Nearest
    Neighbors** | `sklearn.neighbors.KNeighborsClassifier` |" names the K-Nearest
    Neighbors "KNeighborsClassifier" (the answer's own name for it, said in code)."""
    from studyapp.core.keyheard import words  # (it imports keysynonyms)

    found = []
    for row in _ROW.finditer(answer):
        if _SEPARATOR.match(row[0]) or "|" not in row[0]:
            continue
        head = words(row["head"].strip("*_` "))
        if not head or _CODE_NAME.search(row["head"]):
            continue  # (a row headed by code names no thing in words)
        for code in _CODE_NAME.finditer(row["rest"]):
            alias = words(code["name"])
            if alias and alias != head:
                found.append((" ".join(head), " ".join(alias)))
    return tuple(found)


def asked_aliases(answer: str, asked: frozenset[str]) -> str:
    """The other names a model answer gives what the question asks about ("causality"
    for "Causation (or causality)" under "Correlation vs Causation"), as words."""
    from studyapp.core.keyheard import stem, words  # (it imports keysynonyms)

    found = []
    for group in defined_aliases(answer):
        if any(all(stem(w) in asked for w in words(name)) for name in group):
            found += group
    return " ".join(found)
