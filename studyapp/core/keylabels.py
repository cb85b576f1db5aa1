"""What makes a phrase of an answer a term rather than a label, and the phrase as shown.
No Qt here.

`core.keyterms` finds candidate points in an answer's Markdown; this module cleans each
one (no emoji, Markdown, numbering or trailing colon) and tells a term ("Gradient
Descent") from a label of a section ("Use Cases", "Simple Definition") or emphasis ("It's
completely fine").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from studyapp.core.keymatch import EXAMPLE_OPENING, stem, word_set, words
from studyapp.core.keyphrases import PLAIN_WORDS as _PLAIN_WORDS

MAX_WORDS = 5  # a longer phrase is a sentence, reduced to its key phrase

# Whole phrases that label a section rather than name a concept (compared lower case,
# singular, hyphens as spaces).
GENERIC_LABELS = (
    word_set(
        """advantage application benefit bonus challenge code con definition description
    disadvantage example explanation feature info meaning note origin overview pro purpose
    summary tip tool value goal use reason result output input step answer question
    conclusion introduction intuition idea analogy metaphor requirement assumption
    constraint approach solution consideration background context detail situation task
    action fix cause symptom mitigation prevention remedy why caveat pitfall drawback
    downside limitation alternative gotcha warning rule"""
    )
    | frozenset(
        {
            "example code",
            "final summary",
            "follow up",
            "high level design",
            "how it works",
            "how it help",
            "interview line",
            "interview one liner",
            "interview quote",
            "interview soundbite",
            "interview tip",
            "key characteristic",
            "key component",
            "key concept",
            "key idea",
            "key point",
            "key takeaway",
            "pros & cons",
            "pros and cons",
            "python code",
            "python example",
            "trade off",
            "quick summary",
            "real world example",
            "simple definition",
            "step by step",
            "summary table",
            "use case",
            "use when",
            "visual metaphor",
            "when to use",
            "when to use what",
            "why it matter",
            "in short",
            "good to hear",
            "additional link",
            "rule of thumb",
            "watch out",
        }
    )
    | frozenset(  # a language the text goes on in ("En français :", "In English:")
        f"{opening}{language}"
        for language in word_set(
            """english french français francais german deutsch spanish español espanol
        portuguese português portugues italian italiano dutch nederlands"""
        )
        for opening in ("", "in ", "en ", "auf ", "em ", "in het ")
    )
)
# A heading holding any of these words labels a section ("Use Cases of GANs", "Python
# Code Example", "Visual Metaphor", "Autoencoder Architecture" over a diagram), it does
# not name a concept.
HEADING_LABEL_WORDS = word_set(
    """application applications architecture benefit benefits challenge challenges
    characteristic characteristics code common comparison component components concept
    concepts con cons definition example examples explained explanation final framework
    frameworks guideline guidelines idea interview key line metaphor note notes origin
    overview popular pro pros purpose python quick real simple structure summary table tip
    tips tool tools type types use used variant variants vs visual analogy takeaway
    takeaways answer recap"""
)

# A phrase "<one of these> of …" labels what follows ("Types of Analysis").
LABEL_HEADS = word_set("type kind example list use application variant form")
QUESTION_WORDS = word_set("what how why when where which who can is are does do should would")

# A phrase opening with one of these talks to the reader ("you've created them", "This
# is just a convention"): emphasis, not a term.
SPEAKER_WORDS = word_set("i it this that these those they there we you your our let")
# Bold for emphasis, not a term: "this does **not** prove causation".
EMPHASIS_WORDS = word_set("all always any must never no none not only yes very")
LABEL_PREFIXES = frozenset({"bonus", "e.g", "eg", "i.e", "ie", "note", "tip"})
# A short phrase opening with one of these sets the scope of what follows ("For text:",
# "For images:", "In APIs", "With pandas"): a sub-heading, no content of its own.
SCOPE_WORDS = word_set("for in on within inside across during under when")
# … and these before "the" or "a" ("At the Edge", not "At least once")
PLACE_WORDS = word_set("at with by")
SCOPE_MAX_WORDS = 3

LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
ENUMERATION = re.compile(r"^\(?\d+[.)]\s+|^[-*+]\s+")
PARENS = re.compile(r"\(([^()]*)\)")

_EXAMPLE_REMARK = re.compile(
    r"\(\s*(?:e\.\s*g\.?|i\.\s*e\.?|eg|ie|like|such as)[,:]?\s[^()]*\)", re.IGNORECASE
)
_LONG_REMARK = re.compile(r"\s*\((?:[^()\s]+\s+){4,}[^()]*\)")

# --- cleaning ------------------------------------------------------------------------


def clean_term(raw: str) -> str:
    """A candidate as shown to the user: no emoji, Markdown, numbering or trailing colon."""
    text = LINK.sub(r"\1", raw)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    text = _EXAMPLE_REMARK.sub(" ", text)  # "Gradient Boosting (e.g., XGBoost)"
    text = _LONG_REMARK.sub(" ", text)  # "(consecutive errors in the case of time series)"
    text = "".join(
        " " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Cn") else ch
        for ch in text
        if ch not in "\u200d\ufe0e\ufe0f"  # zero-width joiner, emoji variation selectors
    )
    text = " ".join(text.split())
    text = text.strip(" *_\"'“”‘’")
    text = ENUMERATION.sub("", text)
    text = text.rstrip(" :;,.-–—→").strip(" *_\"'“”‘’")
    label, colon, rest = text.partition(": ")
    if colon and rest and label_key(label) in GENERIC_LABELS | LABEL_PREFIXES:
        text = rest.strip()  # "Bonus: Exploratory Data Analysis" names the analysis
    if text.count("(") != text.count(")"):  # a remark cut off: "Chunk documents (e.g"
        text = text.split("(")[0] if "(" in text else text.split(")")[-1]
        text = text.strip(" ,;:-")
    return text


def label_key(term: str) -> str:
    """A phrase reduced for comparison with the generic labels: lower case, singular,
    hyphens as spaces, parenthetical remarks dropped ("Simple Definition (Interview-Ready)")."""
    text = PARENS.sub(" ", term).casefold().replace("-", " ").replace("’", "'")
    return " ".join(singular(w) for w in re.findall(r"[^\W_]+|&", text))


def singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "shes", "sses", "oaches")) or (
        word.endswith("ches") and not word.endswith("aches")
    ):
        return word[:-2]  # "fixes", "approaches", "batches" ("caches": "cache")
    return word[:-1] if word.endswith("s") else word


def word_count(term: str) -> int:
    """Words outside parentheses: "Gaussian Mixture Models (GMM)" has three."""
    return len(PARENS.sub(" ", term).split()) or len(term.split())


def acceptable(
    term: str, *, heading: bool = False, length: bool = True, labels: bool = True
) -> bool:
    """Whether a phrase can be a point: not a plain or emphatic word, not a sentence,
    not a label of a section ("Use Cases") unless `labels` is False (a step's name in a
    numbered list: "1. **Situation**: the context")."""
    if re.fullmatch(r"[OΘΩ]\(\w{1,3}\)", term):
        return True  # "O(1)", "O(n)": a complexity
    if sum(ch.isalpha() for ch in term) < 2 or "=" in term:
        return False
    tokens = words(term)
    if not tokens or all(t in _PLAIN_WORDS or t in EMPHASIS_WORDS for t in tokens):
        return False
    opening = re.match(r"[^\W_]+(?=[\s'’,]|$)", term)  # not "I" of "I/O-bound"
    if (opening and opening[0].casefold() in SPEAKER_WORDS) or "[[" in term:
        return False  # "It's completely fine" is emphasis; "[[c-git]]" a link to a note
    if length and word_count(term) > MAX_WORDS:
        return False
    if _scope(term):
        return False  # "For text", "In APIs": where the content under it applies
    label = label_key(term)
    if labels and (label in GENERIC_LABELS or label.split(" of ")[0] in LABEL_HEADS):
        return False  # "Use Cases", "Types of Analysis", "Examples of GANs"
    if heading:
        found = [w.casefold() for w in re.findall(r"[^\W_]+", PARENS.sub(" ", term))]
        if not found or term.endswith("?") or found[0] in QUESTION_WORDS:
            return False
        if any(w in HEADING_LABEL_WORDS for w in found):
            return False
    return True


def only_labels(phrase: str) -> bool:
    """Whether a phrase is made only of words that label a section ("Architecture",
    "Key Concepts"): what is left of a heading "Transformer Architecture" once the
    question's "Transformer" is taken out names nothing."""
    found = [w.casefold() for w in re.findall(r"[^\W_]+", phrase)]
    return bool(found) and all(w in HEADING_LABEL_WORDS for w in found)


def _scope(term: str) -> bool:
    """Whether a phrase only sets the scope of what follows it: a word of `SCOPE_WORDS`
    and a word or two ("For text", "In Network Traffic", "At the Edge"), not written
    joined to the next ("In-context learning", "On-policy")."""
    first, space, rest = term.strip().casefold().partition(" ")
    if not space or word_count(rest) >= SCOPE_MAX_WORDS:
        return False
    return first in SCOPE_WORDS or (first in PLACE_WORDS and rest.split()[0] in ("the", "a"))


# A heading (or a table's column header) about these opens a section of illustrations:
# products, tools, libraries, applications and cases that show the answer at work rather
# than say what it is ("📚 Example Tools & Frameworks", "Popular Applications of
# Generative AI", "Real-World Uses", "Technologies Handling Velocity"); "Use When" lists
# conditions, "Application Layer" names a layer.
ILLUSTRATION_NAMES = word_set(
    """example examples sample samples instance instances use uses usage case cases
    application applications used tool tools tooling framework frameworks library libraries
    package packages platform platforms technology technologies software product products
    vendor vendors project projects company companies industry industries adopter adopters
    ecosystem scenario scenarios world life practice action"""
)
# Small words that are not what a heading is about ("Where It's Used").
_ILLUSTRATION_GLUE = word_set("and or it s is are they we")
# A question with any of these asks for the illustrations ("Which tools …?", "Where is
# Kafka used?", "Give examples of …"): its answer's sections of them are what it says
# ("Deepfake Technology" or "the Spring framework" asks what it is).
_ASKED_ILLUSTRATIONS = frozenset(
    stem(w)
    for w in word_set(
        """example examples sample samples use uses used usage case cases application
        applications tool tools library libraries product products vendor vendors company
        companies industry industries scenario scenarios"""
    )
)
# Words a heading of illustrations goes on with, after what it lists ("Examples of High
# Velocity Data", "Tools for Monitoring").
_ILLUSTRATION_TAIL = word_set(
    """of for in on with using like across by to that which where supporting handling
    around from"""
)
# Words that make what a heading lists examples ("Example Engines", "Famous Models",
# "Databases in Practice"); "Popular Algorithms" may be what the answer is about.
_EXAMPLE_MARKS = word_set("example examples sample samples famous notable")
_EXAMPLE_TAILS = frozenset(
    {"in practice", "in production", "in industry", "in the wild", "in real life", "in use"}
)


def illustrates(heading: str, asked: frozenset[str] = frozenset()) -> bool:
    """Whether a heading opens a section of examples ("💡 Examples", "Use Cases",
    "Used By Vector Databases Like:", "Popular Deep Learning Frameworks", "Examples of
    High Velocity Data", "Technologies Handling Velocity"): the word it is about, the last
    before what they are of, names illustrations, or the heading says they are examples
    ("Example Engines", "Famous Models", "Databases in Practice"); unless the question
    asks for them (`asked`: the stems of its words; "What
    are Redis's use cases?")."""
    found = [w for w in words(clean_term(heading)) if w not in ("the", "a", "an")]
    found = found[1:] if found[:1] == ["in"] else found  # "In Practice"
    head, tail = "", []
    for at, word in enumerate(found):
        if at and (
            word in _ILLUSTRATION_TAIL or (word.endswith("ing") and _names_illustrations(head))
        ):
            tail = found[at:]
            break  # "Examples of …", "Technologies Handling …"
        if word not in _ILLUSTRATION_GLUE and word != "like":
            head = word
    if asked & _ASKED_ILLUSTRATIONS or not head:
        return False
    if _names_illustrations(head):
        return True
    return found[0] in _EXAMPLE_MARKS or " ".join(tail[:3]) in _EXAMPLE_TAILS


def _names_illustrations(word: str) -> bool:
    return bool(word) and (word in ILLUSTRATION_NAMES or singular(word) in ILLUSTRATION_NAMES)


def example_paragraph(text: str, asked: frozenset[str] = frozenset()) -> bool:
    """Whether a paragraph only gives examples ("Examples: **Cloudflare**, Akamai.",
    "E.g. Kafka, RabbitMQ.", "Used by Dynamo, Cassandra"): its label is a heading of
    illustrations, or it opens with "e.g." or "for example", or says who uses the idea
    and names them only (unless the question asks for examples or uses)."""
    label, colon, _rest = text.strip().partition(":")
    if colon and len(label.split()) <= 4 and illustrates(label, asked):
        return True
    users = _USERS.match(text.strip())
    if users and names_only(text.strip()[users.end() :]) and not asked & _ASKED_ILLUSTRATIONS:
        return True
    return bool(EXAMPLE_OPENING.match(text)) and stem("example") not in asked


# "Used by Dynamo, Cassandra", "Adopted at Netflix": who uses the idea, named.
_USERS = re.compile(
    r"\W*(?:(?:it\s+is|is|are)\s+)?(?:used|adopted|deployed)\s+(?:by|in|at)\s", re.I
)
_NAME_RUN_GLUE = word_set("and or by etc")


def names_only(text: str) -> bool:
    """Whether a run of text only names things, as examples are named ("ROW_NUMBER() or
    SUM() OVER (PARTITION BY ...)", "Dynamo, Cassandra"): each word a name written with
    a capital, in code, or a word that joins names."""
    pieces = re.findall(r"[^\s,;()`.*…]+", text)
    found = [p for p in pieces if re.search(r"[^\W\d_]", p)]
    return bool(found) and all(
        p[:1].isupper() or "_" in p or p.casefold() in _NAME_RUN_GLUE for p in found
    )


def without_examples(
    text: str, asked: frozenset[str], sentences: Callable[[str], list[str]]
) -> str:
    """A paragraph without its sentences of examples (`sentences` splits it); as it was
    when it has none."""
    found = sentences(text)
    kept = [sentence for sentence in found if not example_paragraph(sentence, asked)]
    return text if len(kept) == len(found) else " ".join(kept)


# Words after which a series names where or on what the idea works ("Reduces latency in
# **recommendation engines**, **chatbots**, **alerts**"): its examples.
_PLACE_BEFORE_SERIES = word_set("in for on across within like to")
_SERIES_GAP = re.compile(r"\s*(?:,|&|/)?\s*(?:(?:and|or)\s+)?", re.I)
# (an item of a word to three, to the end of the list: not "…, so many consumers can …")
_SERIES_GOES_ON = re.compile(
    r"\s*,\s*(?:(?:and|or|etc)\s+)?[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}\s*(?:[,.;]|$)"
)


# A question asks for uses when it asks where, or for examples, cases, applications …
_ASKED_USES = (_ASKED_ILLUSTRATIONS - {stem("use"), stem("used"), stem("uses")}) | {"where"}


def bold_examples(
    text: str, strong: list[str], asked: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The bold spans of a paragraph or list item that are examples of what it says, not
    its ideas: two or more in a series (bold side by side, or one bold list "**fraud
    detection, anomaly detection**") after a word that says where or on what the idea
    works ("… in **recommendation engines**, **chatbots**, **alerts**"), or a series
    that goes on unmarked ("Supports **fraud detection, anomaly detection**, live
    analytics"): the bold picks a few of a list of uses. A series after "are" or a colon
    is what the answer lists; and so are uses the question asks for (`asked`: "Where
    and when to use …?", not "Why use …?")."""
    if asked & _ASKED_USES:
        return frozenset()
    found: list[tuple[int, int, str]] = []
    at = 0
    for span in strong:
        start = text.find(span, at)
        if start < 0 or not span.strip():
            continue
        found.append((start, start + len(span), span))
        at = start + len(span)
    series: list[list[tuple[int, int, str]]] = []
    for piece in found:
        last = series[-1][-1] if series else None
        if last and _SERIES_GAP.fullmatch(text[last[1] : piece[0]]):
            series[-1].append(piece)
        else:
            series.append([piece])
    examples: set[str] = set()
    for run in series:
        items = sum(1 + run_span.count(",") for _, _, run_span in run)
        before = words(text[: run[0][0]])
        if items < 2 or not before:
            continue
        after = text[run[-1][1] :]
        if before[-1] in _PLACE_BEFORE_SERIES or _SERIES_GOES_ON.match(after):
            examples.update(span for _, _, span in run)
    return frozenset(examples)


_TRAILING_LINKS = re.compile(
    r"(?:[\s,;:–—-]+|\s+(?:in|for|on|across|within|like|to|during|of|the|a|an|and|or))+$",
    re.I,
)


def before_examples(text: str, examples: frozenset[str]) -> str:
    """What a list item says before its bold examples ("Reduces latency" of "Reduces
    latency in **recommendation engines**, **chatbots**, **alerts**"): its idea; ""
    for a word alone ("Supports **fraud detection, anomaly detection**")."""
    starts = [at for span in examples if (at := text.find(span)) >= 0]
    if not starts:
        return ""
    found = _TRAILING_LINKS.sub("", " " + text[: min(starts)].strip()).strip()
    return found if len(found.split()) > 1 else ""  # ("Supports" alone says nothing)


# Words after which a word is used as a verb ("to **create** new data", "can **scale**").
# (after a modal or "used to", "able to" … any word is a verb; after "to" alone, a known
# one: "maps keys to **buckets**")
_BEFORE_A_VERB = r"to"
_DETERMINER = r"(?:a|an|the|its|their|this|that|each|every|any|per|of|no)"
_PURPOSE = (
    r"(?:can|cannot|could|will|would|must|may|might|should"
    r"|(?:used|able|designed|meant|built|trained|order|helps?)\s+to)"
)


def verb_emphasis(text: str, span: str) -> bool:
    """Whether a bold span is one verb used as one in its sentence ("uses models to
    **create** new data"): emphasis of what is done, no idea to listen for."""
    from studyapp.core.keyclauses import verb  # (it imports this module)

    found = words(span)
    if len(found) != 1 or found[0].endswith("ing") or not span.strip().islower():
        return False
    shown = re.escape(span.strip())
    if re.search(rf"\b{_PURPOSE}\s+{shown}\b", text, re.I):
        return True
    if not verb(found[0]):
        return False
    # a known verb after "to", or after a word that is no article and with its clause
    # going on ("lets a service **add** or remove instances"; not "the **cache** stores")
    return bool(
        re.search(rf"\b{_BEFORE_A_VERB}\s+{shown}\b", text, re.I)
        or re.search(rf"\b(?!{_DETERMINER}\s)\w+\s+{shown}\s+\w", text, re.I)
    )
