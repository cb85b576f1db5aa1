"""Mojibake repair for notes text: ftfy first, then what ftfy leaves.

This module owns turning text that was decoded with the wrong code page back
into what its author wrote. It never reads files (that is `core.textio`) and
never parses notes (that is `core.parse`). One public function:
`repair_text(text) -> str`, pure, deterministic and idempotent; clean text
(correct UTF-8 with emoji, accents, CJK, real Thai) comes back unchanged.

Three passes, each a no-op on text that does not show its kind of damage:

1. ftfy, configured so it only fixes encodings and C1 controls: curly quotes,
   ligatures, full-width forms, HTML entities and Unicode normalization of the
   user's notes stay as they were.
2. UTF-8 read as Windows-1252/1254 with some bytes lost: 0x81, 0x8D, 0x8F,
   0x90, 0x9D have no Windows-1252 character, 0x8E and 0x9E none in 1254, and
   0xAD (the soft hyphen) vanishes as well. ftfy leaves such a line alone as
   a whole, so runs of such characters are turned back into bytes and decoded
   here, putting a lost byte back where exactly one is missing.
3. UTF-8 read as Thai Windows-874 with every byte 0x80-0x9F dropped (what a
   browser's "save as text" made of the notes): Thai letters scattered through
   English text. Recoverable characters are restored, punctuation is inferred
   from its neighbours, emoji that cannot be known for sure are dropped.

The rule throughout: never put a wrong character in the user's notes. Where
several characters fit the surviving bytes, a short list of characters common
in study notes decides; where that list does not single one out, a damaged
emoji is dropped rather than guessed.
"""

from __future__ import annotations

import bisect
import contextlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import ftfy

__all__ = ["repair_text"]

# --- ftfy --------------------------------------------------------------------

# explain=True is deliberate: with explain=False, ftfy 6.3's fix_and_explain
# calls fix_encoding() with the default config, so decode_inconsistent_utf8
# would come back on. That fixer reads a space after a truncated sequence as a
# lost 0xA0 byte and invents emoji ("ğŸ® Gaming" -> "🮠Gaming").
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # Markdown may show "&lt;" on purpose
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=False,
    replace_lossy_sequences=False,  # U+FFFD would hide what pass 2 can still recover
    decode_inconsistent_utf8=False,  # see above
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,  # the author's ’ and “ ” are kept
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,  # it would also strip emoji tag sequences (flags)
    normalization=None,
    explain=True,
)

# --- character classes ---------------------------------------------------------

# Emoji=Yes code points, split by default presentation (Unicode emoji-data).
# Python's unicodedata has no emoji property, hence the tables.
_EMOJI_PRESENTATION = (
    (0x231A, 0x231B), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
    (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
    (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE),
    (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
    (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD),
    (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C),
    (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50),
    (0x2B55, 0x2B55), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F1E6, 0x1F1FF), (0x1F201, 0x1F201), (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F), (0x1F232, 0x1F236), (0x1F238, 0x1F23A), (0x1F250, 0x1F251),
    (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393),
    (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4),
    (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440), (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D),
    (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A), (0x1F595, 0x1F596),
    (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC),
    (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC),
    (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FAC6),
    (0x1FACE, 0x1FADC), (0x1FADF, 0x1FAE9), (0x1FAF0, 0x1FAF8),
)  # fmt: skip
# Emoji shown as text unless U+FE0F follows: the ones a lone "ï¸" points to.
_EMOJI_TEXT_DEFAULT = (
    (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
    (0x2194, 0x2199), (0x21A9, 0x21AA), (0x2328, 0x2328), (0x23CF, 0x23CF),
    (0x23ED, 0x23EF), (0x23F1, 0x23F2), (0x23F8, 0x23FA), (0x24C2, 0x24C2),
    (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FC),
    (0x2600, 0x2604), (0x260E, 0x260E), (0x2611, 0x2611), (0x2618, 0x2618),
    (0x261D, 0x261D), (0x2620, 0x2620), (0x2622, 0x2623), (0x2626, 0x2626),
    (0x262A, 0x262A), (0x262E, 0x262F), (0x2638, 0x263A), (0x2640, 0x2640),
    (0x2642, 0x2642), (0x265F, 0x2660), (0x2663, 0x2663), (0x2665, 0x2666),
    (0x2668, 0x2668), (0x267B, 0x267B), (0x267E, 0x267E), (0x2692, 0x2692),
    (0x2694, 0x2697), (0x2699, 0x2699), (0x269B, 0x269C), (0x26A0, 0x26A0),
    (0x26A7, 0x26A7), (0x26B0, 0x26B1), (0x26C8, 0x26C8), (0x26CF, 0x26CF),
    (0x26D1, 0x26D1), (0x26D3, 0x26D3), (0x26E9, 0x26E9), (0x26F0, 0x26F1),
    (0x26F4, 0x26F4), (0x26F7, 0x26F9), (0x2702, 0x2702), (0x2708, 0x2709),
    (0x270C, 0x270D), (0x270F, 0x270F), (0x2712, 0x2712), (0x2714, 0x2714),
    (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721), (0x2733, 0x2734),
    (0x2744, 0x2744), (0x2747, 0x2747), (0x2763, 0x2764), (0x27A1, 0x27A1),
    (0x2934, 0x2935), (0x2B05, 0x2B07), (0x1F170, 0x1F171), (0x1F17E, 0x1F17F),
    (0x1F321, 0x1F321), (0x1F324, 0x1F32C), (0x1F336, 0x1F336), (0x1F37D, 0x1F37D),
    (0x1F396, 0x1F397), (0x1F399, 0x1F39B), (0x1F39E, 0x1F39F), (0x1F3CB, 0x1F3CE),
    (0x1F3D4, 0x1F3DF), (0x1F3F3, 0x1F3F3), (0x1F3F5, 0x1F3F5), (0x1F3F7, 0x1F3F7),
    (0x1F43F, 0x1F43F), (0x1F441, 0x1F441), (0x1F4FD, 0x1F4FD), (0x1F549, 0x1F54A),
    (0x1F56F, 0x1F570), (0x1F573, 0x1F579), (0x1F587, 0x1F587), (0x1F58A, 0x1F58D),
    (0x1F590, 0x1F590), (0x1F5A5, 0x1F5A5), (0x1F5A8, 0x1F5A8), (0x1F5B1, 0x1F5B2),
    (0x1F5BC, 0x1F5BC), (0x1F5C2, 0x1F5C4), (0x1F5D1, 0x1F5D3), (0x1F5DC, 0x1F5DE),
    (0x1F5E1, 0x1F5E1), (0x1F5E3, 0x1F5E3), (0x1F5E8, 0x1F5E8), (0x1F5EF, 0x1F5EF),
    (0x1F5F3, 0x1F5F3), (0x1F5FA, 0x1F5FA), (0x1F6CB, 0x1F6CB), (0x1F6CD, 0x1F6CF),
    (0x1F6E0, 0x1F6E5), (0x1F6E9, 0x1F6E9), (0x1F6F0, 0x1F6F0), (0x1F6F3, 0x1F6F3),
)  # fmt: skip


def _table_starts(table: tuple[tuple[int, int], ...]) -> list[int]:
    return [lo for lo, _ in table]


_EP_STARTS = _table_starts(_EMOJI_PRESENTATION)
_TD_STARTS = _table_starts(_EMOJI_TEXT_DEFAULT)


def _in_table(ch: str, table: tuple[tuple[int, int], ...], starts: list[int]) -> bool:
    cp = ord(ch)
    i = bisect.bisect_right(starts, cp) - 1
    return i >= 0 and table[i][0] <= cp <= table[i][1]


def _is_text_default_emoji(ch: str) -> bool:
    return _in_table(ch, _EMOJI_TEXT_DEFAULT, _TD_STARTS)


def _is_emoji(ch: str) -> bool:
    return _in_table(ch, _EMOJI_PRESENTATION, _EP_STARTS) or _is_text_default_emoji(ch)


_VS16 = "\ufe0f"
_ZWJ = "\u200d"

# Which character a damaged sequence most likely was, when several fit. Tier 1
# holds what study notes and chat answers use all the time, tier 2 the rarer
# but still usual ones. A tier decides only when exactly one candidate is in it:
# 🔍 beats 🔎 and 🔁, 🎯 beats 🍯 🏯 🐯, but 🌍 against 🌐 is a coin toss, so
# such a sequence is dropped.
_TIER1 = frozenset(
    "’‘“”—–…•→←↑↓↔⇒∞≈≠≤≥±×÷°"
    "✅❌⚠⚡⚙⚖➡⬅⬆⬇✨⭐✍✔❓❗❤"
    "🔍📌💡🚀🎯🧠🛠📊📈📉🔹🔸🔷🔶📝📚📖🔧🔨🔥🤖💬🗣🧪🧩🧬🧾🧰🧮📦🔑🔒"
    "🌍🌐🎨🎮🎬🎭🎥🎓🏆🏗🐍🐛📱💻🖥🖼👉👇👍👀💰📅📍📁📄📋🔗🔄⏱⏳"
    "🔴🟢🟡🔵🏁🎉🙂😊😀💪🙌🧑👨👩🧔🤔🤯🛡🛰🔬📷📸🔊📢🕹🌫📽"
)
_TIER2 = frozenset(
    "‚„‹›‰†‡′″√∑∏∂∆∇∈∉∩∪⊂⊆≡⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉"
    "✏✂✉☎⌛⏰⏩⏪☑✳❇➕➖➗"
    "🔁🔎🔐🔓🏥🐱🐶🎙🛍🌎🌏🌟💥💯📂📃📑📜📎📏📐🗂🗃🗓🗒🗑📞📡🔔🔌🔋🔦🔩"
    "⛔🚫🚨🚧🛑🏠🏢🏭🏷🎁🎈🎵🎶🎤🎧🎲🐞🐢🦄🧭🧱🧲🧯🧹🧽🧊🧵🪄🪜🫡"
)


def _pick(candidates: Iterable[str], *, before_vs16: bool) -> str | None:
    """The one character a damaged sequence stood for, or None when unsure."""
    usable = [c for c in dict.fromkeys(candidates) if c in _TIER1 or c in _TIER2 or _is_emoji(c)]
    if before_vs16:
        # A variation selector follows only emoji that default to text style.
        text_default = [c for c in usable if _is_text_default_emoji(c)]
        if text_default:
            usable = text_default
    elif any(_is_emoji(c) and not _is_text_default_emoji(c) for c in usable):
        # And without one, an emoji-style emoji is the likelier: ⚡ over ➡.
        usable = [c for c in usable if not _is_text_default_emoji(c)]
    for tier in (_TIER1, _TIER2):
        in_tier = [c for c in usable if c in tier]
        if in_tier:
            return in_tier[0] if len(in_tier) == 1 else None
    emoji = [c for c in usable if _is_emoji(c)]
    return emoji[0] if len(emoji) == 1 else None


def _utf8_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _decode(data: bytes) -> str | None:
    """One UTF-8 character, or None when the bytes are not exactly one valid one."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if len(text) == 1 else None


def _plausible(ch: str) -> bool:
    """Whether a complete decoded sequence is a character worth trusting."""
    if _is_emoji(ch):
        return True
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cn", "Co", "Cs"):
        return False
    # Two-byte sequences come out of pairs like "ß”" in real German text too;
    # only Latin, Greek and Cyrillic are expected from them.
    return not (0x80 <= ord(ch) <= 0x7FF) or ord(ch) <= 0x52F


# --- pass 2: Windows-1252/1254 leftovers ------------------------------------------

_CP1252_LOST = (0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E, 0xAD)


def _byte_map() -> dict[str, int]:
    table: dict[str, int] = {}
    for enc in ("cp1254", "cp1252"):
        for b in range(0x80, 0x100):
            with contextlib.suppress(UnicodeDecodeError):  # bytes the code page lacks
                table.setdefault(bytes([b]).decode(enc), b)
    # Sloppy decoders keep an undefined byte as the C1 control of the same value.
    for b in range(0x80, 0xA0):
        table.setdefault(chr(b), b)
    return table


_CP1252_BYTE = _byte_map()
# A run may end in U+FFFD: a reader's stand-in for the byte cp1252 has no character for
# ("â€\ufffd" is ” whose third byte, 9D, showed as �).
_CP1252_RUN = re.compile("[" + "".join(sorted(map(re.escape, _CP1252_BYTE))) + "]{2,}\ufffd?")
# Byte pairs no real text produces ("ğŸ", "ðŸ", "â€", "ï¸"): a sequence
# starting so is certainly mojibake and is dropped when it cannot be decoded.
_CP1252_CERTAIN = {b"\xf0\x9f", b"\xe2\x80", b"\xef\xb8"}


def _with_lost_byte(seq: bytes, lost: Iterable[int]) -> list[str]:
    """Characters the sequence could be with one lost byte put back."""
    out = []
    for pos in range(1, len(seq) + 1):
        for b in lost:
            ch = _decode(seq[:pos] + bytes([b]) + seq[pos:])
            if ch is not None:
                out.append(ch)
    return out


def _repair_cp1252_run(run: str, before: str) -> str:
    """A run repaired; a U+FFFD ending it stays only where no byte was found lost there
    (the repair put back the byte it stood for)."""
    if not run.endswith(_REPLACEMENT):
        return _repaired_cp1252_run(run, before)[0]
    fixed, lost_at_end = _repaired_cp1252_run(run[:-1], before)
    return fixed if lost_at_end else fixed + _REPLACEMENT


_REPLACEMENT = "\ufffd"


def _repaired_cp1252_run(run: str, before: str) -> tuple[str, bool]:
    """The run repaired, and whether its last character got a lost byte put back."""
    data = bytes(_CP1252_BYTE[c] for c in run)
    lost_at_end = False
    out: list[str] = []
    i = 0
    n = len(data)

    def previous() -> str:
        return out[-1][-1] if out and out[-1] else (before or " ")

    while i < n:
        need = _utf8_length(data[i])
        if not need:
            out.append(run[i])
            i += 1
            continue
        j = i + 1
        while j < n and j - i < need and 0x80 <= data[j] <= 0xBF:
            j += 1
        seq = data[i:j]
        if len(seq) == need:
            ch = _decode(seq)
            if ch is not None and _plausible(ch):
                out.append(ch)
                i = j
                continue
            out.append(run[i])
            i += 1
            continue
        if len(seq) == need - 1 and need >= 3:
            if seq == b"\xef\xb8":
                # EF B8 8F is U+FE0F, the emoji-style selector: keep it only
                # right after an emoji, otherwise it is noise.
                out.append(_VS16 if _is_emoji(previous()) else "")
                i = j
                continue
            following = data[j : j + 1]
            if (
                seq == b"\xe2\x80"
                and (_is_emoji(previous()) or previous() == _VS16)
                and following in (b"\xf0", b"\xe2")
            ):
                out.append(_ZWJ)  # E2 80 8D between two emoji: a ZWJ sequence
                i = j
                continue
            ch = _pick(
                _with_lost_byte(seq, _CP1252_LOST), before_vs16=data[j : j + 2] == b"\xef\xb8"
            )
            if ch is not None:
                out.append(ch)
                lost_at_end = j == n
                i = j
                continue
        if seq[:2] in _CP1252_CERTAIN:
            out.append("")  # two or more bytes lost, or no single sure reading
            i = j
            continue
        out.append(run[i])
        i += 1
    return "".join(out), lost_at_end


def _repair_cp1252(text: str) -> str:
    return _splice(
        text, _CP1252_RUN, lambda run, before, after: _repair_cp1252_run(run, before[-1:])
    )


# --- splicing repaired runs back into the text ----------------------------------------

_CONTEXT = 600  # characters of context either side of a run: a paragraph, roughly
_TIGHT_AFTER = frozenset(".,;:!?)]}\n")


def _runs(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`; a long file's a piece at a time (its runs, of bytes
    read as characters, never take in a newline)."""
    if len(text) < 1 << 17:
        return pattern.finditer(text)
    from studyapp.core.parse.line_search import matches

    return matches(pattern, text)


def _splice(text: str, pattern: re.Pattern[str], fix_run: Callable[[str, str, str], str]) -> str:
    """Replace each match of `pattern` by `fix_run(run, before, after)`.

    `before` is the already repaired text before the run (up to _CONTEXT
    characters), `after` the original text after it. Where a run is dropped
    entirely, one space goes with it, so "- 🔥 Item" becomes "- Item" and not
    "-  Item", and "rises ⬆️." becomes "rises." and not "rises .".
    """
    out: list[str] = []
    tail = ""
    pos = 0
    for m in _runs(pattern, text):
        if m.start() < pos:
            continue
        if m.start() > pos:
            out.append(text[pos : m.start()])
            tail = (tail + text[pos : m.start()])[-_CONTEXT:]
        pos = m.end()
        fixed = fix_run(m.group(), tail, text[pos : pos + _CONTEXT])
        if fixed:
            out.append(fixed)
            tail = (tail + fixed)[-_CONTEXT:]
            continue
        nxt = text[pos : pos + 1]
        if (not tail or tail[-1].isspace()) and nxt == " ":
            pos += 1
        elif tail.endswith(" ") and (not nxt or nxt in _TIGHT_AFTER):
            out[-1] = out[-1][:-1]
            tail = tail[:-1]
    out.append(text[pos:])
    return "".join(out)


# --- pass 3: Windows-874 with 0x80-0x9F dropped ---------------------------------------


def _cp874_map() -> dict[str, int]:
    table = {}
    for b in range(0xA0, 0x100):
        with contextlib.suppress(UnicodeDecodeError):  # bytes the code page lacks
            table[bytes([b]).decode("cp874")] = b
    return table


_CP874_BYTE = _cp874_map()
_CP874_RUN = re.compile("[" + "".join(sorted(map(re.escape, _CP874_BYTE))) + "]+")
_THAI = re.compile("[\u0e00-\u0e7f]")
# An emoji ZWJ sequence such as 👩‍💻 leaves up to a dozen characters; a real
# Thai word that happens to be UTF-8 shaped rarely does.
_MAX_DEBRIS_RUN = 16


def _cp874_groups(run: str) -> list[tuple[int, bytes]] | None:
    """Split a run into (lead byte, surviving continuation bytes) pairs.

    None when the run cannot be the remains of UTF-8: a byte that starts no
    sequence, or more continuation bytes than its lead allows. Real Thai text
    fails this almost at once (its vowels and tone marks are such bytes).
    """
    if len(run) > _MAX_DEBRIS_RUN or not _THAI.search(run):
        return None
    data = bytes(_CP874_BYTE[c] for c in run)
    groups = []
    i = 0
    while i < len(data):
        need = _utf8_length(data[i])
        if not need:
            return None
        j = i + 1
        while j < len(data) and j - i < need and 0xA0 <= data[j] <= 0xBF:
            j += 1
        groups.append((data[i], data[i + 1 : j]))
        i = j
    return groups


# What Thai writing never shows but this damage always does: ๐ (F0, the lead
# byte of every emoji) before a consonant, ๏ธ (the variation selector's
# remains), โ (E2, punctuation) glued to a Latin letter or digit, or โ not
# followed by a consonant (in Thai this vowel is always written before one).
_CP874_TELLTALE = re.compile("๐[\u0e01-\u0e1f]|๏ธ|[A-Za-z0-9]โ|โ(?![\u0e01-\u0e2e])")


def _found(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` is in `text`; a long file (an import's, its parsing stack
    loaded) searched a piece at a time, the window's thread let in between."""
    if len(text) < 1 << 17:
        return bool(pattern.search(text))
    from studyapp.core.parse.line_search import any_line

    return any_line(pattern, text)


def _looks_like_cp874_debris(text: str) -> bool:
    """Thai letters scattered through the text, nearly every run UTF-8 shaped."""
    if not _found(_CP874_TELLTALE, text):
        return False
    runs = [m.group() for m in _CP874_RUN.finditer(text) if _THAI.search(m.group())]
    debris = sum(1 for r in runs if _cp874_groups(r) is not None)
    return debris >= 0.9 * len(runs)


_CONTRACTION = re.compile(r"(?:s|t|re|ve|ll|d|m)(?!\w)", re.IGNORECASE)
_OPENERS = frozenset("([{\"'“‘")
_CLOSERS = frozenset(".,;:!?)]}\"'’”*_`…")
_BULLET_HEAD = re.compile(r"(?:^|.*[|\-*>+:,]|(?:^|.*\s)\d+[.)])$")


def _quote_is_open(before: str) -> bool:
    """Whether an opening “ is still unclosed in the current paragraph."""
    paragraph = before[before.rfind("\n\n") + 1 :]
    return paragraph.rfind("“") > paragraph.rfind("”")


def _lone_e2(before: str, after: str) -> str:
    """What a lone E2 byte (every continuation byte lost) most likely was.

    Nearly always punctuation from U+2010-U+201F, told apart by its
    neighbours; at the start of a line or table cell it was an emoji bullet.
    A space-separated dash could as well have been – or →; — is the usual one.
    """
    prev = before[-1:] or "\n"
    nxt = after[:1] or "\n"
    if prev.isalnum() and nxt.isalnum():
        if prev.isdigit() and nxt.isdigit():
            return "–"  # 5–7
        if prev.isalpha() and _CONTRACTION.match(after):
            return "’"  # it’s, V’s, don’t, they’re
        return "—"  # text—complete
    if prev.isspace() and nxt.isspace():
        head = before[before.rfind("\n") + 1 :].rstrip()
        if _BULLET_HEAD.match(head):
            return ""  # "✅ Yes", "| ✅ Yes", "- ✅ Item", "1. ✅ Step"
        return "—"
    if (prev.isspace() or prev in _OPENERS) and (nxt.isalnum() or nxt in "`*_"):
        return "“"
    if (prev.isalnum() or prev in _CLOSERS) and (nxt.isspace() or nxt in _CLOSERS):
        # Without an open quote this was a subscript or symbol (Sₜ, Rₜ): unknowable.
        return "”" if _quote_is_open(before) else ""
    return ""


def _greek_from_context(before: str, after: str) -> str:
    """A lone CF is π (CF 80) or σ (CF 83) in ML notes; the words around it decide."""
    line = before[before.rfind("\n") + 1 :][-80:].lower()
    if "polic" in line:
        return "π"  # a policy π
    if after.startswith("²") or any(w in line for w in ("deviation", "varian", "sigma", "std")):
        return "σ"  # standard deviation σ, variance σ²
    return ""


def _times_from_context(before: str, after: str) -> str:
    """A lone C3 between numbers or brackets was ×: C3 97 is the only likely one."""
    p = before.rstrip()[-1:]
    q = after.lstrip()[:1]
    return "×" if (p.isdigit() or p in ")]") and (q.isdigit() or q in "([") else ""


def _fixed_cp874_group(groups: list[tuple[int, bytes]], k: int) -> str | None:
    """A group's reading where it needs no context; None where it does."""
    lead, cont = groups[k]
    need = _utf8_length(lead)
    if lead == 0xEF and cont == b"\xb8":
        return None  # VS16: depends on what precedes
    if lead == 0xF0 and len(cont) == 2:
        # F0 9F xx yy with 9F dropped and xx, yy >= A0: exact.
        ch = _decode(b"\xf0\x9f" + cont)
        return ch if ch is not None and _is_emoji(ch) else ""
    if len(cont) == need - 1:
        ch = _decode(bytes([lead]) + cont)
        return ch if ch is not None and _plausible(ch) else ""
    if lead == 0xE2 and len(cont) == 1:
        if cont == b"\xa6":
            return "…"  # E2 80 A6
        if cont == b"\xa2":
            return "•"  # E2 80 A2
        next_is_vs16 = k + 1 < len(groups) and groups[k + 1] == (0xEF, b"\xb8")
        ch = _pick(
            _with_lost_byte(bytes([lead]) + cont, range(0x80, 0xA0)), before_vs16=next_is_vs16
        )
        return ch if ch is not None and _is_emoji(ch) else ""
    if not cont and lead in (0xE2, 0xC3, 0xCF):
        return None
    return ""  # an emoji or letter with too many bytes lost to know


def _repair_cp874_run(run: str, before: str, after: str) -> str:
    groups = _cp874_groups(run)
    if groups is None:
        return run
    fixed = [_fixed_cp874_group(groups, k) for k in range(len(groups))]
    lone_e2 = [k for k, (lead, cont) in enumerate(groups) if lead == 0xE2 and not cont]
    # A lone E2 is punctuation only when the rest of the run is plain text:
    # next to emoji debris it was a ZWJ or a symbol (🧑‍⚕️, Sₜ₊₁), now lost.
    emoji_debris = any(
        (f is None and lead == 0xEF) or f == "" or (f is not None and f != "" and _is_emoji(f[0]))
        for f, (lead, _) in zip(fixed, groups, strict=True)
    )
    out: list[str] = []
    for k, (lead, _) in enumerate(groups):
        if fixed[k] is not None:
            out.append(fixed[k])
            continue
        done = before + "".join(out)
        rest = "".join(f or "" for f in fixed[k + 1 :]) + after
        if lead == 0xEF:
            out.append(_VS16 if done and _is_emoji(done[-1]) else "")
        elif lead == 0xE2:
            out.append("" if emoji_debris or len(lone_e2) > 1 else _lone_e2(done, rest))
        elif lead == 0xC3:
            out.append(_times_from_context(done, rest))
        else:
            out.append(_greek_from_context(done, rest))
    repaired = "".join(out)
    lost_emoji = any(lead == 0xF0 and f == "" for f, (lead, _) in zip(fixed, groups, strict=True))
    if not repaired and lost_emoji and _between_items(before, after):
        return _ITEM_MARK
    return repaired


# What stands for an emoji lost between the items of a line ("(most common) 🔸 Euclidean
# Distance 🔸 Dot Product", the 🔸 beyond repair): the items stay apart.
_ITEM_MARK = "·"


def _between_items(before: str, after: str) -> bool:
    """Whether a lost emoji stood between two items of a line: words before it on its
    line (or table cell) that open no list (not "functions:", "|", "- ", "1."), words
    starting right after it, a space on each side. At the start of a line or a heading,
    or before a dash or an arrow, it is dropped."""
    if not before.endswith(" ") or not after.startswith(" "):
        return False
    head = before[before.rfind("\n") + 1 :].rstrip()
    following = after.lstrip(" ")[:1]  # an item starts there, not a dash or an arrow
    return (
        bool(head)
        and following not in _CP874_BYTE  # more debris ("โ", a lost "→"), not words
        and not _BULLET_HEAD.match(head)
        and (following.isalnum() or following in _OPENERS or following in "*_`")
    )


def _repair_cp874(text: str) -> str:
    if not _looks_like_cp874_debris(text):
        return text
    return _splice(text, _CP874_RUN, _repair_cp874_run)


# --- entry point ------------------------------------------------------------------

_C1_CONTROLS = re.compile("[\u0080-\u009f]")


# Each round can uncover damage the previous one hid (text garbled twice, or
# a kept stray letter that now meets a decoded byte), so rounds repeat until
# nothing changes: that is what makes repair_text idempotent. Every change
# shortens the text or swaps one character for a final one, so few rounds
# are ever needed; the cap only guards against the unforeseen.
_MAX_ROUNDS = 8


# Lines ftfy repaired one way that make a file's mojibake of that kind.
_EVIDENCE = 2


def _ftfy(text: str) -> str:
    """Each line as ftfy fixes it; then, where the file's lines say how it was misread
    (UTF-8 read as Windows-1251 in most of them), a line ftfy found too short to judge
    ("РћРћРџ", a heading of three letters) read back the same way, if its bytes are
    whole UTF-8 that way (a real "ООП" is not: its Windows-1251 bytes are no UTF-8) and
    each character that comes out opens with a byte the repaired lines' characters do,
    so is of their alphabet's block (a real "Ні." is whole UTF-8 too, but as the Greek
    "ͳ."; Cyrillic is "Р"/"С" before a second byte, as ftfy's telltales are)."""
    # ftfy works line by line anyway; with this config an ASCII line is never
    # changed, and skipping those halves the time on a typical notes file.
    lines = text.split("\n")
    misread: Counter[str] = Counter()  # the encodings lines were misread in
    left = []  # the lines ftfy keeps as they are, not ASCII
    leads: set[int] = set()  # the first UTF-8 bytes of the characters it repaired
    for index, line in enumerate(lines):
        if line.isascii():
            continue
        fixed = ftfy.fix_and_explain(line, _FTFY_CONFIG)
        if fixed.text == line:
            left.append(index)
            continue
        lines[index] = fixed.text
        leads.update(char.encode("utf-8")[0] for char in fixed.text if not char.isascii())
        steps = [tuple(step) for step in fixed.explanation or ()]
        if len(steps) == 2 and steps[0][0] == "encode" and steps[1] == ("decode", "utf-8"):
            misread[steps[0][1]] += 1
    if left and misread:
        encoding, count = misread.most_common(1)[0]
        if count >= _EVIDENCE and 2 * count > misread.total():
            for index in left:
                lines[index] = _read_back(lines[index], encoding, leads)
    return "\n".join(lines)


def _read_back(line: str, encoding: str, leads: set[int]) -> str:
    """`line`'s characters as bytes of `encoding`, read as UTF-8; the line as it is where
    they are not whole UTF-8, or give a character no repaired one's first byte opens."""
    try:
        read = line.encode(encoding).decode("utf-8")
    except UnicodeError:
        return line
    opens = {char.encode("utf-8")[0] for char in read if not char.isascii()}
    return read if leads.issuperset(opens) else line


def _repair_round(text: str) -> str:
    fixed = _ftfy(text)
    fixed = _repair_cp1252(fixed)
    fixed = _repair_cp874(fixed)
    # What is still a C1 control is a lost byte nothing could place.
    return _C1_CONTROLS.sub("", fixed) if _found(_C1_CONTROLS, fixed) else fixed


def repair_text(text: str) -> str:
    """Undo mojibake in `text`; clean text is returned unchanged.

    Deterministic and idempotent: repair_text(repair_text(t)) == repair_text(t).
    """
    if text.isascii():
        return text
    for _ in range(_MAX_ROUNDS):
        fixed = _repair_round(text)
        if fixed == text:
            break
        text = fixed
    return text
