"""Whether a typed answer says a key point, the way a fair examiner would hear it. No Qt.

A point is said when each of its significant words appears in the typed answer and,
for a point of several words, they appear near each other (in any order). A word is
heard as `keyheard` hears it: inflected, respelled, with a small typo, written
together with its neighbours, by another word for the same idea.

A point "Gaussian Mixture Models (GMM)" is said by its words outside the parentheses
or by "GMM" alone. Words of a point that the question itself names need not be said
again: asked for the types of data analysis, "prescriptive" says "Prescriptive
Analysis". A point after a condition ("no match, the right table's columns are NULL")
is said only with what its clause says its subject is ("NULL"); the names of a
definition list whose initials spell what is asked ("Atomicity" … under "What is
ACID?") need not be typed: what each means says it. A point that is a clause of the
answer is said by a share of its own words, said together (`keystatement`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from studyapp.core.keyheard import (
    NEGATIONS,
    STOPWORDS,
    Heard,
    language_of,
    stem,
    word_set,
    words,
)
from studyapp.core.keynotation import complexity, complexity_said, value, value_said
from studyapp.core.keyspoken import formula_spoken, other_formula
from studyapp.core.keystatement import (  # (a clause of the answer, said)
    SHORT_CLAUSE,
    _actor_apart,
    _joined_clauses,
    _listed,
    _said_in_part,
    _says_contrary,
)
from studyapp.core.keysynonyms import closing_phrase, known_phrase, phrase_typed

NEAR_SLACK = 4  # words a multi-word point may have between its own words
DERIVED_NAME_MIN = 6  # letters of a name's word heard in a derived form ("creation")

GENERIC_HEADS = word_set(
    "model models method methods algorithm algorithms technique techniques approach"
)

_PARENS = re.compile(r"\(([^()]*)\)")
# A name qualified by its package or module in lower case ("sync.Mutex", "os.path").
# (not a host or a file: "example.com", "node.js", "setup.py")
QUALIFIED = re.compile(
    r"(?:[a-z_][a-z0-9_]+\.)+(?!(?:com|org|net|io|dev|js|ts|py|txt|md|json|html)\b)([A-Za-z_]\w*)"
)


def alternatives(point: str) -> list[str]:
    """A point and the other ways it may be named: "Gaussian Mixture Models (GMM)" →
    itself, "Gaussian Mixture Models", "GMM"; "sync.Mutex" → itself, "Mutex"."""
    names = [point]
    inner = [m.strip() for m in _PARENS.findall(point) if m.strip() and "," not in m]
    if inner:
        names.append(_PARENS.sub(" ", point))
        names.extend(inner)
    if qualified := QUALIFIED.fullmatch(point.strip()):
        names.append(qualified[1])  # "sync.Mutex": "Mutex"
    return names


def significant(point: str) -> list[str]:
    """The words of a point that must be said: not its small words, and not a generic
    head noun after a name ("Diffusion Models" is said by "diffusion"), nor the package
    that qualifies a name ("sync.Mutex" is said by "mutex")."""
    qualified = QUALIFIED.fullmatch(point.strip())
    tokens = words(qualified[1] if qualified else point)
    kept = [w for w in tokens if w not in STOPWORDS] or tokens
    if len(kept) > 1 and kept[-1] in GENERIC_HEADS:
        kept = kept[:-1]
    if len(kept) > 1 and kept[0] == "use":
        kept = kept[1:]  # "Use git revert" is said by naming it: "git revert creates …"
    return kept


@lru_cache(maxsize=256)
def asked_stems(question: str) -> frozenset[str]:
    """The stems of a question's words (asked for at every point of every reveal)."""
    return frozenset(stem(w) for w in words(question))


def restates(point: str, question: str) -> bool:
    """Whether a point only names what the question asks about ("GAN" for "What is a
    GAN?", "Generative Adversarial Networks" too, by its initials): saying it again
    proves nothing, so it is no point to cover."""
    asked = asked_stems(question)
    if not asked or complexity(point):  # ("O(log n)", asked for the Big-O of something)
        return False
    for name in alternatives(point):
        wanted = significant(name)
        if wanted and all(stem(w) in asked for w in wanted):
            return True
        if (named := QUALIFIED.fullmatch(name.strip())) and restates(named[1], question):
            return True  # "sync.Mutex" for a question on mutexes: the package's mutex
        initials = "".join(w[0] for w in wanted)
        if len(wanted) > 1 and initials not in STOPWORDS and stem(initials) in asked:
            return True  # (not "et", "en", "or": small words, not acronyms)
    return False


def split_point(point: str) -> tuple[str, str]:
    """A point's name and what it says of it: "Bias: error from wrong assumptions" →
    ("Bias", "error from wrong assumptions"); ("K-Means", "") for a plain point."""
    name, colon, gloss = point.partition(": ")
    return (name, gloss) if colon and name and gloss else (point, "")


def _lead_label(name: str) -> bool:
    """Whether a point's name only labels what follows it ("Fixes", "Pros", "Why")."""
    from studyapp.core.keylabels import GENERIC_LABELS, label_key  # (it imports this)

    return label_key(name) in GENERIC_LABELS


# A possessive's "'s", no word of the point: "each layer's inputs" names the layer and
# its inputs as "the inputs of each layer" does.
_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{2})['’]s\b")


_AUXILIARIES = word_set("has have had does do did is are was were can could will would")


def _denied_question(point: str, claimed: Heard, asked: set[str]) -> bool | None:
    """Whether a point that is the question's claim denied ("Python has no tail-call
    optimization", asked "Does Python have tail-call optimization?": its words beyond
    the question's are a negation only) is said: all its words, the negation kept (not
    by "Python has tail-call optimization"); None for any other point."""
    found = [w for w in words(point) if w not in STOPWORDS or w in NEGATIONS]
    beyond = [w for w in found if stem(w) not in asked and w not in _AUXILIARIES]
    if not beyond or not all(w in NEGATIONS for w in beyond):
        return None  # ("has" for the question's "have": the same claim)
    from studyapp.core.keydenial import negation_kept

    heard = all(claimed.positions(w) for w in found if w not in NEGATIONS)
    return heard and negation_kept(point, claimed, frozenset())


def said(point: str, heard: Heard | str, question: str = "", sides: Sequence[str] = ()) -> bool:
    """True when the typed answer says the point (see the module's docstring); the
    words `question` names may be left out, as long as one word of the point is said.
    A point "Name: what it is" is said when the name is (or the question names it)
    and at least half the words of what it is.

    `sides`: the points of the same answer, where they name the sides it contrasts
    ("Klassifikation: sagt Kategorien voraus", "Regression: sagt kontinuierliche Werte
    voraus"). What a side's point says must then be said about that side: in the
    stretch of the typed answer from its name to another side's, and by the words
    that tell it from the others (not "sagt … voraus", which every side says)."""
    from studyapp.core import keyranks  # (it imports keyheard)

    if keyranks.ranked(point):  # "IDs > classes": named in that order
        heard = heard if isinstance(heard, Heard) else Heard.of(heard)
        return keyranks.said(point, heard)
    if not statement(point):  # (a name's words are all needed; a clause's, a share)
        point = _POSSESSIVE.sub("", point)  # "layer's inputs": "inputs of each layer"
    lead, gloss = split_point(point)
    from studyapp.core import keyformula  # (it imports keyheard)

    if not gloss and keyformula.formula_line(point):  # "x̄ ± 1.96 σ / (√n)"
        heard = heard if isinstance(heard, Heard) else Heard.of(heard)
        return keyformula.formula_said(point, heard)
    if gloss and _lead_label(lead):  # "Fixes: request coalescing": the fixes are the point
        return said(gloss, heard, question, sides)
    from studyapp.core.keyoptions import options

    if not gloss and (choices := options(point)):  # "specific task or domain"
        return any(said(choice, heard, question, sides) for choice in choices)
    if not isinstance(heard, Heard):
        heard = Heard.of(
            heard, acronyms_of([point]), language_of(f"{point}\n{heard}"), points=[point]
        )
    text = heard
    if not text.tokens:
        return False
    from studyapp.core.keysettings import value_contradicted

    if value_contradicted(point, text.said_text()):
        return False  # "acks=1" says no "… with acks=all"
    from studyapp.core.keydenial import aside_kept, denied_clause, denies, negation_kept
    from studyapp.core.keydenial import claimed as claimed_by  # (it imports this module)

    # What a clause says is not said by denying it ("does not encrypt traffic"); a name
    # is said by naming it, denied or not ("so the model doesn't overfit").
    claimed = claimed_by(point, text)
    name, gloss = split_point(point)
    from studyapp.core.keydenial import quality_denied

    if not gloss and quality_denied(point, text):
        return False  # "it is not stable" says no "stable"
    if gloss:
        if not (
            restates(name, question)
            or said(name, text, question)
            or spell_the_asked(sides, question)
            or _formula_named(name, gloss, text)
        ):
            return False
        from studyapp.core.keysides import (  # (it imports this module)
            about_side,
            after_name,
            mirror_said,
            named_words,
        )

        # (a side's name inside its own phrase names no side: "mapped types")
        text, shared = about_side(name, gloss, sides, claimed, restates(name, question), True)
        from studyapp.core.keydefined import where_named  # (it imports keyheard)

        text = where_named(name, text)  # (what it is, said where it is named)
        if value(gloss):  # "RANK: 1, 1, 3": its numbers in a row, said of its side
            return value_said(gloss, text.tokens)
        if known_phrase(gloss):  # "Atomicity: all or nothing", said "fully or not at all"
            return phrase_typed(gloss, text.tokens)
        if (closing := closing_phrase(gloss)) and phrase_typed(closing, text.tokens):
            return True  # "…: transaction happens entirely or not at all", "all-or-nothing"
        if _FORMULA_SIGN.search(gloss):  # "Precision: TP / (TP + FP)", before what tells
            # the sides apart: "false negatives" says "FN" only in the formula; as typed,
            # its signs kept, where the words about the side lost them
            typed = text.said_text() if text.source else _about(name, heard.said_text())
            if formula_spoken(gloss, typed):
                return True  # said "TP over TP plus FP"
            if other_formula(gloss, typed):
                return False  # "TP over FP"
        from studyapp.core import keymarksides  # (it imports this module)

        if keymarksides.compound_of_name(name, gloss, sides):  # "git merge: merge commit"
            return keymarksides.run_said(gloss, text)
        telling = [
            w
            for w in words(gloss)
            if stem(w) not in shared
            and w not in STOPWORDS | NEGATIONS  # (a "not" is kept or not: keydenial)
            and stem(w) not in asked_stems(question)
        ]
        # (sides told apart by a "no" alone, "keeps session data" and "keeps no session
        # data", are told by it: a denied word is not heard on the side that affirms it)
        # (a point of the same thing: a denial of something else, "Deep copy: changes …
        # do not affect the original", "Hard link: deleting … does not remove the data",
        # tells no side's points apart)
        polar = any(
            denies(other) != denies(gloss)
            and ({stem(w) for w in words(other)} & {stem(w) for w in words(gloss)}) - STOPWORDS
            for other in (split_point(side)[1] for side in sides)
        )
        naming = named_words(name, text)  # (`all` named says no "every" of its gloss)
        if (
            shared
            and telling
            and not polar
            and not any(set(text.positions(w)) - naming for w in telling)
        ):
            return False  # only what every side does ("sagt … voraus"): no side said
        if shared and not telling and not mirror_said(gloss, sides, text, asked_stems(question)):
            return False  # the mirror of another side's ("first truthy" for "first falsy")
        if _head_said(gloss, text, question):
            return True
        # What it says of the name is more than the name again: "Generator: generator
        # produces a fake sample" is said by "produces … fake sample", and "dependencies"
        # says nothing of "Dependency inversion: depend on abstractions".
        own = after_name(name, gloss)
        named = frozenset(stem(w) for w in words(name))
        if not negation_kept(gloss, text, asked_stems(question), named):
            return False  # "can be modified" does not say "cannot be changed"
        if len(gloss.split()) > CLAUSE_GLOSS and statement(gloss):
            # "TCP: connection-oriented and guarantees ordered, reliable delivery …"
            return _said_in_part(" ".join(own), text, {stem(w) for w in words(question)})
        # "model fits noise": the generic "model" is no part of the idea
        from studyapp.core.keyphrases import PLAIN_WORDS  # (it imports this module)

        wanted = [w for w in own if w not in PLAIN_WORDS | GENERIC_HEADS] or [
            w for w in own if w not in STOPWORDS
        ]
        wanted = list(dict.fromkeys(wanted))  # "TP / (TP + FP)": "tp" once, not twice
        if polar:  # (what the question names says no side: "object" of "mutable: object
            # can be changed" and "immutable: object cannot …", asked about objects)
            wanted = [w for w in wanted if stem(w) not in asked_stems(question)] or wanted
        if _name_replaced(gloss, text):
            return False  # "LSTM: stands for Long Short-Term Memory": "… Short-Term Network"
        found = [w for w in wanted if text.positions(w)]
        from studyapp.core.keyapplied import shared_verbs  # (what both sides do: "filters")

        found += shared_verbs(wanted, found, shared, text)  # "WHERE is applied to rows"
        if len(found) > 1 and _listed(gloss, found, [text.positions(w) for w in found], 2, text):
            return False  # ("committed, crash, survive" says no "… survive a crash")
        symbols = {w.casefold() for w in re.findall(r"\b[A-Z0-9]{1,5}\b", gloss)}
        if any(w not in symbols for w in wanted) and all(w in symbols for w in found):
            return False  # "TPR FPR" alone does not say "plots TPR against FPR"
        from studyapp.core.keyonly import restriction_broken

        if restriction_broken(gloss, text):
            return False  # "the cache and the store" for "Write-back: cache only"
        # (a formula's terms, more than half: "bias plus variance" leaves out half of
        # "Bias² + Variance + σ²", said "bias squared, variance, sigma")
        if _says_contrary(gloss, wanted, text, point):
            return False  # "increases overfitting" for "Regularization: reduces overfitting"
        formula = bool(_FORMULA_SIGNS.search(gloss)) and len(wanted) > 2
        return 2 * len(found) > len(wanted) if formula else 2 * len(found) >= len(wanted) > 0
    if (inside := _complexity_inside(point)) and (
        verdict := _with_complexity(point, inside, text, question, sides)
    ) is not None:
        return verdict
    if complexity(point):  # ("O(n²)", said "big O of n squared")
        return complexity_said(words(point), text) or formula_spoken(
            point, text.said_text(), drop_head="o"
        )
    asked = {stem(w) for w in words(question)}
    from studyapp.core.keydegree import degree_said  # (it imports keyheard)

    if (degree := degree_said(point, claimed)) is not None:
        return degree  # "Less origin load", said "lowering … origin load"
    from studyapp.core.keyavoid import avoidance_said

    if (avoided := avoidance_said(point, text, asked)) is not None:
        return avoided  # "avoiding a shuffle", said "so no shuffle is needed"
    if statement(point) and (answered := _denied_question(point, claimed, asked)) is not None:
        return answered  # "Python has no tail-call optimization", asked if it has
    if statement(point):
        short = sum(1 for w in point.split() if w.casefold() not in STOPWORDS) <= SHORT_CLAUSE
        if _said_in_part(point, claimed, asked, short, relation=True):
            from studyapp.core.keyaction import actor_turned, place_moved, relation_lost
            from studyapp.core.keyaxes import roles_swapped
            from studyapp.core.keycompare import reversed_order
            from studyapp.core.keycondition import condition_swapped, condition_turned
            from studyapp.core.keydoing import acts_otherwise
            from studyapp.core.keyheads import heads_only, items_missed
            from studyapp.core.keyobject import object_said
            from studyapp.core.keyonly import restriction_broken
            from studyapp.core.keysiblings import sibling_said

            return (
                negation_kept(point, claimed, asked)
                and object_said(point, claimed, asked)  # ("normalizes the weights")
                and not relation_lost(point, claimed, asked)  # ("sorts the rows of")
                and not place_moved(point, claimed, asked)  # ("runs on the database")
                and not actor_turned(point, claimed, asked)  # ("steals … from the browser")
                and not condition_turned(point, claimed, asked)  # ("probability that H0")
                and not condition_swapped(point, claimed, asked)  # ("… given the data")
                and not restriction_broken(point, claimed)  # ("every service admin")
                and not roles_swapped(point, claimed, asked)  # ("over the batch for each feature")
                and not heads_only(point, claimed, asked)  # ("tokens", "cookie")
                and not items_missed(point, claimed, asked)  # ("a Content Security Policy")
                and not acts_otherwise(point, claimed, asked)  # ("a CSP encrypts the page")
                and not reversed_order(point, claimed, asked)  # ("processes are cheaper")
                and not sibling_said(point, claimed, asked)  # ("most accesses go to L3")
                and aside_kept(point, text)
                and not denied_clause(point, claimed, asked)
                and (short or not _actor_apart(point, claimed, asked))
            )
        return any(_near(significant(aside), claimed) for aside in _named_asides(point, asked))
    from studyapp.core import keyabsent  # (it imports keydenial, which imports this)

    if keyabsent.absence_said(point, text):
        return True  # "lock-free", said "no locks are held"
    if not denies(point):
        text = keyabsent.affirmed(text)  # "there is no VACUUM" says no "VACUUM"
    names = alternatives(point)
    for name in names:
        if len(names) > 1 and not re.search(r"[^\W\d_]{3,}", name):
            continue  # "L1" alone does not say "L1 (lasso)": "lasso" does
        wanted = significant(name)
        own = [w for w in wanted if stem(w) not in asked]
        if own and len(own) < len(wanted) and _near(own, text):
            # The question's own words go without saying; typed, they are said with the
            # rest, in one clause ("high variance underfits" says no "high variance
            # overfits" beside "high bias overfits").
            if not _relation(name) or not any(text.positions(w) for w in wanted if w not in own):
                return True  # ("Hash Index" is said by "hash" beside "indexes come as …")
            return _near(wanted, text) and _in_one_clause(wanted, text)
        if not wanted:
            continue
        if len(wanted) > 1 and text.positions("".join(wanted)):
            return True  # "K-Means" said as "kmeans"
        if _near(wanted, text) and (len(wanted) > SHORT_CLAUSE or _one_clause(wanted, text)):
            return True  # (a short name's words in one clause: "picks TCP, then the TLS
            # handshake" makes no "TCP handshake" of two phrases)
    return False


_COMPLEXITY_INSIDE = re.compile(r"\b[OΘΩ]\([^()]{1,20}\)")


def _complexity_inside(point: str) -> str:
    """The complexity a longer point holds ("degrades to O(n^2) when …"), or ""."""
    found = _COMPLEXITY_INSIDE.search(point)
    return found[0] if found and not complexity(point) else ""


def _with_complexity(
    point: str, inside: str, text: Heard, question: str, sides: Sequence[str]
) -> bool | None:
    """A point holding a complexity: said when the complexity is, however it is typed
    ("big O of n squared"), and the rest of the point as a point is; not said where the
    typed answer gives another complexity ("n log n" for "degrades to O(n^2) …"). None
    when it names no complexity: the point's words decide."""
    typed = text.said_text()
    if complexity_said(words(inside), text) or formula_spoken(inside, typed, drop_head="o"):
        rest = " ".join(point.replace(inside, " ").split()).strip(" ,;:")
        return not significant(rest) or said(rest, text, question, sides)
    if other_formula(inside, typed, drop_head="o"):
        return False
    return None


def acronyms_of(points: Iterable[str]) -> set[str]:
    """The acronyms the points write ("LIFO", "TTL", "TP"), which a typed answer may
    spell out (`keyacronyms`: a short one only in words that carry content)."""
    from studyapp.core.keyacronyms import acronyms_of as written  # (it imports this module)

    return written(points)


# What opens an example of the idea before it ("e.g. …", "for example, …", "such as …",
# "Let's say you're fine-tuning …"):
# no idea of its own (keyclauses' clauses, keylabels' paragraphs).
EXAMPLE_OPENING = re.compile(
    r"\W*(?:e\.\s?g\.|for (?:example|instance)\b|such as\b|let(?:['’]s| us) say\b)", re.I
)
_EXAMPLE_ASIDE = re.compile(r"^(?:e\.?g|i\.?e|such as|like|for example|see|cf)\b", re.I)
ASIDE_WORDS = 3  # a name in parentheses after a clause, this short or shorter
# Asides that only qualify a clause ("(usually)", "(optional)"): no name of its idea.
_QUALIFIERS = word_set(
    "optional recommended default often usually typically mostly sometimes rarely always"
    " never maybe approx approximately roughly mainly mostly generally ideally preferably"
)


def _named_asides(point: str, asked: set[str]) -> list[str]:
    """The names a clause gives itself in parentheses ("Absorbs bursts of traffic
    (buffering)"): short, not a list, not examples ("e.g. Redis"), not the question's."""
    found = []
    for aside in _PARENS.findall(point):
        aside = aside.strip()
        wanted = significant(aside) if aside else []
        if (
            wanted
            and len(aside.split()) <= ASIDE_WORDS
            and "," not in aside
            and not re.search(r"\d", aside)
            and not _EXAMPLE_ASIDE.match(aside)
            and not all(w in _QUALIFIERS or w.endswith("ly") for w in wanted)
            and not all(stem(w) in asked for w in wanted)
        ):
            found.append(aside)
    return found


HEAD_WORDS = 4  # what a gloss says first, before its own colon, this short or shorter


def spell_the_asked(points: Sequence[str], question: str) -> bool:
    """Whether the names of the points, by their initials, spell what the question asks
    ("Atomicity", "Consistency", "Isolation", "Durability" under "What is ACID?"): each
    is then what is asked, and saying what it means says it, named or not."""
    names = [split_point(p)[0] for p in points if split_point(p)[1]]
    initials = "".join(found[0][0] for n in names if (found := words(n)))
    return len(initials) > 2 and initials in {w for w in words(question)}


def _head_said(gloss: str, text: Heard, question: str) -> bool:
    """Whether the typed answer says the head a gloss leads with and then explains
    ("last-in, first-out (LIFO): you push and pop at the top"): a short name, said by
    itself or by the other name it gives in parentheses ("LIFO"). The explanation is
    the writer's detail of that head; the head is the idea."""
    head, detail = split_point(gloss)
    if not detail or statement(head) or len(_PARENS.sub(" ", head).split()) > HEAD_WORDS:
        return False
    return said(head, text, question)


STATEMENT_WORDS = 4  # a point this long, not a name, is a clause of the answer
NAME_MAX_WORDS = 6  # a point longer than this is a clause, however capitalised
# What a point says of its name, this long or longer, is a clause of the answer, said
# as a clause is ("TCP: connection-oriented and guarantees … delivery").
CLAUSE_GLOSS = 6


def statement(point: str) -> bool:
    """Whether a point is a clause of the answer ("adding or removing a node moves only
    about 1/n of the keys") rather than a name ("Stochastic Gradient Descent with
    Momentum"): four words or more outside parentheses, or three with a verb, not
    capitalised as a name."""
    found = _PARENS.sub(" ", point).split()
    if len(found) < STATEMENT_WORDS - 1:
        return False
    capitalised = sum(1 for w in found if w[:1].isupper())
    if capitalised * 2 >= len(found) and len(found) <= NAME_MAX_WORDS:
        return False  # (a longer one is no name: "ORDER BY salary DESC LIMIT 1 OFFSET 1 …")
    if len(found) >= STATEMENT_WORDS:
        return True
    from studyapp.core.keynegkept import denies_action

    if denies_action(point):
        return True  # "never rebase commits": a rule, said by any negation of its verb
    from studyapp.core.keyclauses import verb  # (it imports this module)

    # "client sends SYN": a clause too, and "client broadcasts DISCOVER" (a verb not
    # listed, in "-s" between two words)
    own = words(point)
    return any(verb(w) for w in own) or (
        len(found) == 3 and found[1].endswith("s") and not found[1].endswith("ss")
    )


def _relation(point: str) -> bool:
    """Whether a short point says what something does ("high variance overfits"), not
    a name ("Hash Index"): not capitalised as a name, and with a verb, or a last word
    in "-s" after two others."""
    from studyapp.core.keyclauses import verb  # (it imports this module)

    found = _PARENS.sub(" ", point).split()
    if len(found) < 2 or 2 * sum(1 for w in found if w[:1].isupper()) >= len(found):
        return False
    own = words(point)
    last = own[-1] if own else ""
    return any(verb(w) for w in own) or (
        len(own) >= 3 and last.endswith("s") and not last.endswith("ss")
    )


_FORMULA_SIGNS = re.compile(r"\s[+×·−-]\s|[²³√∑Σ]")
# A sign of a formula ("TP / (TP + FP)", "1/n", "σ²"), not a hyphen or slash of words
# ("connection-oriented", "I/O").
_FORMULA_SIGN = re.compile(r"[+^=×·−²³√]|\s[-/]\s|\b\d+\s*/\s*\w")


def _formula_named(name: str, gloss: str, text: Heard) -> bool:
    """Whether a formula's name ("Total expected error: bias² + variance + …") is said by
    its head noun on the typed formula's left ("error = bias^2 + variance + noise",
    "Expected error = …"): the words before a head only read the formula, which says
    what it is. The head is said before the formula's terms in its clause ("time" of
    "hit time + …" names no "access time")."""
    wanted = significant(name)
    terms = significant(gloss)
    if len(wanted) < 2 or not _FORMULA_SIGNS.search(gloss) or len(terms) < 3:
        return False
    clause = text.layout.clause
    found = [p for w in terms for p in text.positions(w)]
    return any(
        any(q > p and clause[q] == clause[p] for q in found)
        and not any(q <= p and clause[q] == clause[p] for q in found)
        for p in text.positions(wanted[-1])
    )


def _in_one_clause(wanted: Sequence[str], text: Heard) -> bool:
    """Whether one typed clause says every word of `wanted` (at one of its positions)."""
    clause = text.layout.clause
    found = [set(clause[p] for p in text.positions(w)) for w in wanted]
    return bool(found) and bool(set.intersection(*found))


def _near(wanted: Sequence[str], text: Heard) -> bool:
    found = _name_found(wanted, text)
    need = len(wanted) if len(wanted) < 4 else len(wanted) - 1  # a long name may lose a word
    if sum(1 for f in found if f) < need:
        return False
    if len(wanted) == 1:
        return True
    if need < len(wanted) and _replaced(found, text):
        return False  # "Generative Pre-trained Tokenizer" names another thing
    return _covering_window(found, need, len(wanted) + NEAR_SLACK)


def _replaced(found: Sequence[Sequence[int]], text: Heard) -> bool:
    """Whether the one word of a long name that is not said has another word in its
    place: the name's words on either side of it typed in a run, in the name's order,
    with one word of content where it would stand ("Stochastic Coordinate Descent with
    Momentum"; "Long Short-Term Network" at its end). A word left out is not one said
    otherwise ("stochastic gradient descent with momentum" for "… Descent with Momentum"
    keeps; "a long short-term memory" lost its first word, not replaced it)."""
    from studyapp.core.keyclauses import verb  # (it imports this module)

    missing = [k for k, f in enumerate(found) if not f]
    if len(missing) != 1:
        return False
    k = missing[0]
    tokens = text.tokens
    taken = {p for f in found for p in f}

    def slot_filled(at: int) -> bool:
        if not 0 <= at < len(tokens) or at in taken:
            return False
        word = tokens[at]
        return word.isalpha() and word not in STOPWORDS and not verb(word)

    before = found[k - 1] if k > 0 else []
    after = found[k + 1] if k + 1 < len(found) else []
    if before and after:  # a middle word: between its neighbours, one word apart
        return any(b + 2 == a and slot_filled(b + 1) for b in before for a in after)
    if before and k == len(found) - 1:  # the last word: right after the one before it
        return any(slot_filled(b + 1) for b in before if _run_to(found, k - 1, b))
    return False


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s+)+[A-Z][\w'’-]*\s*$")


def _name_replaced(gloss: str, text: Heard) -> bool:
    """Whether a name that ends what a point says of its own ("stands for Long
    Short-Term Memory") is typed with one of its words replaced (`_replaced`)."""
    run = _CAPITALISED_RUN.search(gloss)
    wanted = significant(run[0]) if run else []
    if len(wanted) < 3:
        return False
    found = _name_found(wanted, text)
    return sum(1 for f in found if f) == len(wanted) - 1 and _replaced(found, text)


def _run_to(found: Sequence[Sequence[int]], k: int, at: int) -> bool:
    """Whether the name's words up to the k-th (at `at`) are typed in a run, in order
    (a hyphened word is two of them at one place, "pretrained")."""
    for j in range(k - 1, -1, -1):
        if not any(at - 1 <= p <= at for p in found[j]):
            return False
        at = max(p for p in found[j] if at - 1 <= p <= at)
    return True


def _name_found(wanted: Sequence[str], text: Heard) -> list[list[int]]:
    return [  # "created" for "creation"; not "classic" for "class": a short word's forms
        text.positions(w) or (text.derived(w) if len(w) >= DERIVED_NAME_MIN else []) for w in wanted
    ]


def _one_clause(wanted: Sequence[str], text: Heard) -> bool:
    """Whether one typed clause says every word of a name (in a form `_near` hears),
    clauses an "and" joins with no mark before it one ("skewness and kurtosis")."""
    clause = _joined_clauses(text)
    found = [{clause[p] for p in f} for f in _name_found(wanted, text)]
    return bool(found) and bool(set.intersection(*found))


def _covering_window(found: Sequence[Sequence[int]], need: int, width: int) -> bool:
    """Whether `need` of the words (each at one of its positions) fit in `width` words."""
    hits = sorted((pos, k) for k, positions in enumerate(found) for pos in positions)
    counts: dict[int, int] = {}
    left = 0
    for pos, k in hits:
        counts[k] = counts.get(k, 0) + 1
        while pos - hits[left][0] >= width:
            old = hits[left][1]
            counts[old] -= 1
            if not counts[old]:
                del counts[old]
            left += 1
        if len(counts) >= need:
            return True
    return False


def mentions(point: str, text: Heard) -> int:
    """How many times a text says a point (each place its first significant word is said
    with the rest near it); used to find what an answer keeps coming back to."""
    point = split_point(point)[0]
    wanted = significant(_PARENS.sub(" ", point)) or significant(point)
    if not wanted:
        return 0
    count = 0
    width = len(wanted) + NEAR_SLACK
    rest = [text.positions(w) for w in wanted[1:]]
    for pos in text.positions(wanted[0]):
        if all(any(abs(p - pos) < width for p in others) for others in rest):
            count += 1
    return count


# Where a typed answer's clauses part, for a formula said of a side.
_CLAUSE_PARTS = re.compile(r"[.;,!?]\s|\b(?:and|but|while|whereas)\b", re.I)


def _about(name: str, typed: str) -> str:
    """The clauses of the typed answer, as typed, that name `name` ("Recall = true
    positives / (…)" of "Precision is …, and recall = …"); all of it where none does."""
    named = {stem(w) for w in words(name)}
    found = [p for p in _CLAUSE_PARTS.split(typed) if named & {stem(w) for w in words(p)}]
    return " . ".join(found) if found else typed
