"""The status bar's messages, readable whatever their length.

A message is shown whole where the room beside the totals holds it. One too long
is cut after its last whole sentence that fits, else after its last whole clause,
else between words, and ends in " …": never in the middle ("would change … read);
re-imports keep this edit." read as nonsense, and sent people hunting for the
rest). It stays up long enough to be read, and the bar's tooltip holds the recent
messages whole, newest (the one on show) first, so the rest of one cut, or one gone
before it was read, can be read by hovering the status bar.

The bar's permanent labels (what is studied, the totals) give the message room: while
one shows, it has at least MESSAGE_SHARE of the bar, and they take a shorter form
(`short_form`) in the rest, their whole text in their tooltips. The message is cut
anew whenever its room changes (a label's new text, the window resized): cut once,
when it came, a label set after it hid its end with no " …" ("Cleared the search
“churn prediction"), and at 800 px the labels left it only "…".
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from studyapp.core.html_escape import escape_html

RECENT = 6  # messages the tooltip keeps
CHARS_PER_SECOND = 15  # a cut message stays up at least as long as reading it takes
# A cut at a sentence's (else a clause's) end is taken where it keeps at least this
# share of the room; else the cut goes between words, so the bar is not left half empty.
LEAST_SHARE = 0.5
ELLIPSIS = " …"
SENTENCE_ENDS = (". ", "! ", "? ")
CLAUSE_ENDS = (": ", "; ", ", ", " (", " — ", " – ")
MESSAGE_SHARE = 0.33  # of the bar's room, the least a message has while it shows
LABEL_GAP = 12  # px around each permanent widget (the bar's spacing and frame)
BAR_MARGINS = 14  # px the bar keeps beside its message (6 before it, 2 after, its grip)
NO_LIMIT = 16_777_215  # Qt's QWIDGETSIZE_MAX: a width not capped
# A label's asides in brackets, left out first: "18 due (18 learning)" → "18 due".
_ASIDE = re.compile(r" \([^()]*\)")


def _cuts(text: str, ends: tuple[str, ...]) -> list[str]:
    """`text`'s starts that end at one of `ends` (the mark kept, or an opening
    bracket left out), shortest first."""
    heads = []
    for end in ends:
        at = text.find(end)
        while at >= 0:
            heads.append(text[:at] if end.startswith(" ") else text[: at + 1])
            at = text.find(end, at + 1)
    return sorted(set(heads), key=len)


def elide_head(text: str, advance: Callable[[str], float], room: float) -> str:
    """`text` where it fits `room` px (`advance`: a string's width); else its start
    to the end of a sentence, else of a clause, else of a word, and " …": the
    longest of the first kind that fills at least LEAST_SHARE of the room."""
    if advance(text) <= room:
        return text
    budget = room - advance(ELLIPSIS)
    words = _cuts(text, (" ",))
    for heads in (_cuts(text, SENTENCE_ENDS), _cuts(text, CLAUSE_ENDS), words):
        fitting = [h for h in heads if advance(h) <= budget]
        if fitting and advance(fitting[-1]) >= LEAST_SHARE * room:
            return fitting[-1].rstrip(",;:—– ") + ELLIPSIS
    fitting = [h for h in words if advance(h) <= budget]
    if fitting:
        return fitting[-1].rstrip(",;:—– ") + ELLIPSIS
    # Not even a first word fits: as many of its letters as do.
    letters = ""
    for char in text:
        if advance(letters + char) > budget:
            break
        letters += char
    return letters + ELLIPSIS


def reading_ms(text: str, ms: int) -> int:
    """How long a message cut in the bar stays: `ms`, or the time its words take to
    read when that is longer (0, a message that stays, stays)."""
    return ms if ms <= 0 else max(ms, 1000 * len(text) // CHARS_PER_SECOND)


class RecentMessages:
    """The last messages whole, newest first, for the bar's tooltip."""

    def __init__(self) -> None:
        self._texts: deque[str] = deque(maxlen=RECENT)

    def add(self, text: str) -> None:
        if text and (not self._texts or self._texts[0] != text):
            self._texts.appendleft(text)

    def tip(self) -> str:
        """Rich text, so a long message wraps to the screen (a plain line runs off it)."""
        if not self._texts:
            return ""
        lines = [f"• {escape_html(text, quote=False)}" for text in self._texts]
        return "<b>Recent messages</b>, newest first:<br>" + "<br>".join(lines)


def without_asides(text: str) -> str:
    """`text` without its bracketed asides: a label's shorter form."""
    return _ASIDE.sub("", text)


class ShortLabel(QLabel):
    """A permanent label of the status bar: its whole text where it has the room; else
    without its bracketed asides ("18 due (18 learning)" → "18 due"), then with the
    middle of a name cut ("Studying: … / Explainability & Feature Importance": the
    topic kept, its deck cut), else cut at its end. Its `text()` is the whole text,
    which its tooltip holds too when it is cut."""

    changed = Signal()  # its whole text changed: the bar shares out its room anew

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._tip = ""  # the tooltip given (the totals' suspended questions)

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:
        if text == self._whole:
            return
        self._whole = text
        self._fit()
        self.updateGeometry()
        self.changed.emit()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._fit()

    def whole_width(self) -> int:
        """The px its whole text takes."""
        return super().sizeHint().width() if not self._whole else self._width(self._whole)

    def _width(self, text: str) -> int:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        return self.fontMetrics().horizontalAdvance(text) + extra + 1

    def sizeHint(self) -> QSize:
        return QSize(self.whole_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(
            min(self.whole_width(), self._width("… ·")), super().minimumSizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def short_width(self) -> int:
        """The px of its shortest form that still reads whole: its asides left out
        and a name's deck as "…" ("Studying: … / Explainability & Feature Importance")."""
        prefix, head, slash, tail = _parts(without_asides(self._whole))
        return min(self.whole_width(), self._width(prefix + ("…" + slash if head else "") + tail))

    def _fit(self) -> None:
        whole, room = self._whole, self.width() - (self._width("") - 1)
        shown = whole
        if self._width(whole) > self.width() and self.isVisible():
            shown = without_asides(whole)
            if self.fontMetrics().horizontalAdvance(shown) > room:
                from studyapp.ui.elide import elide_parts  # (a narrow window's)

                prefix, head, slash, tail = _parts(shown)
                shown = elide_parts(
                    self.fontMetrics(), room, tail, head=head, separator=slash, prefix=prefix
                )
        super().setText(shown)
        tips = [whole] if shown != whole else []
        super().setToolTip("\n\n".join([*tips, self._tip] if self._tip else tips))


def _parts(text: str) -> tuple[str, str, str, str]:
    """A label's text as what it is ("Studying: "), a name's head ("AI and ML Questions"),
    the separator and the name's end ("Explainability & Feature Importance"): the head
    is cut first, then the end."""
    prefix, colon, rest = text.partition(": ")
    if not colon:
        prefix, rest = "", text
    head, slash, tail = rest.rpartition(" / ")
    return prefix + colon, head, slash, tail


class StatusBar(QStatusBar):
    """The window's status bar: a message (`say`), cut to its room whenever that room
    changes, beside permanent labels (`add_label`) that make way for it,
    and others shown whole (`add_fixed`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[ShortLabel] = []
        self._fixed: list[QWidget] = []  # permanent widgets shown whole (read-only)
        self._recent = RecentMessages()  # the bar's tooltip
        self._whole = ""  # the message `say` shows, whole ("" when none)
        self._shown = ""  # as it is shown, cut or whole
        self._ms = 0  # how long it was to stay (0: until another)
        self._since = 0.0  # when it came (time.monotonic)
        self._under_tip = ""  # a message kept until another, while a menu's tip is over it
        self.messageChanged.connect(self._on_message_changed)

    def keep_under_tips(self, window: QObject) -> None:
        """Bring a message meant to stay (`say` for 0 ms) back once a status tip of
        `window`'s menus and buttons has gone: a first start's hint on importing notes
        went for good the moment a menu was opened."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (PySide hands the event over as a QStatusTipEvent: its class is not imported
        # here, where the start would build it for nothing)
        if event.type() == QEvent.Type.StatusTip:
            # Any tip clears the bar, an empty one too: a menu's title opening the menu
            # sends one, which cleared the hint before a single item was hovered.
            if self._whole and self._ms == 0 and not self._under_tip:
                self._under_tip = self._whole
            if not event.tip() and self._under_tip:  # type: ignore[attr-defined]
                QTimer.singleShot(0, self._back_from_under_tip)  # once the tip is cleared
        return False

    def _back_from_under_tip(self) -> None:
        kept, self._under_tip = self._under_tip, ""
        if kept and not self.currentMessage():  # no other message came meanwhile
            self._whole, self._ms, self._since, self._shown = kept, 0, time.monotonic(), ""
            self._share()

    def add_fixed(self, widget: QWidget) -> None:
        """A permanent widget never shortened (the read-only mark)."""
        self.addPermanentWidget(widget)
        self._fixed.append(widget)

    def add_label(self, label: ShortLabel) -> None:
        self.addPermanentWidget(label)
        self._labels.append(label)
        label.changed.connect(self._share)

    def say(self, text: str, ms: int) -> None:
        """`text` for `ms` (0: until another message): whole where the room beside the
        labels holds it; else its start, cut at a sentence's or clause's end, up long
        enough to read. The bar's tooltip lists the recent messages whole."""
        self._recent.add(text)
        self.setToolTip(self._recent.tip())
        if self._under_tip:  # said while a tip shows: this one comes back after it
            self._under_tip = text if ms == 0 else ""
        self._whole, self._ms, self._since = text, ms, time.monotonic()
        self._shown = ""  # shown anew, even where it reads as the one on show
        self._share()

    def take_back(self, *texts: str) -> None:
        """Clear the message if it is one of `texts`, said whole or cut to its room (a
        cut one was compared by what was shown, and stayed)."""
        if self._under_tip in texts:
            self._under_tip = ""
        if self._whole and self._whole in texts:
            self.clearMessage()

    def _share_out(self) -> tuple[int, list[int]]:
        """The message's room and each label's (NO_LIMIT: its whole text fits)."""
        labels = [w for w in self._labels if not w.isHidden()]
        others = [w for w in self._fixed if not w.isHidden()]
        room = self.width() - BAR_MARGINS - LABEL_GAP * (len(labels) + len(others))
        room -= sum(w.sizeHint().width() for w in others)
        wanted = [label.whole_width() for label in labels]
        need = self.fontMetrics().horizontalAdvance(self._whole) if self._whole else 0
        if need + sum(wanted) <= room or not self._whole:
            return room - sum(wanted), [NO_LIMIT] * len(labels)
        # The labels' short forms first, then the message its share, then the labels
        # the rest, each in proportion to what it wants.
        short = [label.short_width() for label in labels]
        mine = min(need, max(room - sum(short), round(MESSAGE_SHARE * room)))
        left = max(0, room - mine)
        if left >= sum(short):
            extra = left - sum(short)
            growth = [w - s for w, s in zip(wanted, short, strict=True)]
            caps = [
                s + extra * g // max(1, sum(growth)) for s, g in zip(short, growth, strict=True)
            ]
        else:
            caps = [left * s // max(1, sum(short)) for s in short]
        caps = [
            max(c, label.minimumSizeHint().width()) for c, label in zip(caps, labels, strict=True)
        ]
        return room - sum(caps), caps

    def _share(self) -> None:
        """The labels capped to leave the message its room, and the message cut to it."""
        mine, caps = self._share_out()
        for label, cap in zip([w for w in self._labels if not w.isHidden()], caps, strict=True):
            if label.maximumWidth() != cap:
                label.setMaximumWidth(cap)
        whole = self._whole
        if not whole:
            return
        shown = whole
        if self.isVisible():  # a window not shown yet has no width to go by
            shown = elide_head(whole, self.fontMetrics().horizontalAdvance, mine)
        ms = reading_ms(whole, self._ms) if shown != whole else self._ms
        if ms > 0 and self._shown:  # cut anew: for what is left of its time
            ms -= round(1000 * (time.monotonic() - self._since))
            if ms <= 0:
                self.clearMessage()
                return
        if shown != self._shown or not self._shown:
            self._shown = shown
            self.showMessage(shown, ms)

    def _on_message_changed(self, text: str) -> None:
        """Another message (shown by `showMessage` itself), or this one gone: the labels
        have the room back."""
        if text != self._shown and self._whole:
            self._whole = self._shown = ""
            self._share()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share()
