"""Where a text stands, and the risks the writer has checked (plain Python, no Textual, so it tests fast).

A text is in one of three states (or ``empty``: nothing to check yet, so no verdict at all):

* ``identifying``: an identifier remains (or the text failed its checks);
* ``review``: no identifier, but post-level risks remain (a story in the news, a small community...);
* ``clean``: neither. Only this state is ever called "verified clean".

A risk can be acknowledged ("I've checked this") for the draft it was found in. Copying goes straight
through when the text is clean or every remaining risk is acknowledged; otherwise the app asks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text

from ..display import counted

if TYPE_CHECKING:  # the review package compiles its cue lists on import: not before the first paint
    from ..review import Risk

CLEAN = "clean"
REVIEW = "review"
IDENTIFYING = "identifying"
EMPTY = "empty"  # no text: nothing was checked, so nothing is said to be clean


def text_status(identifiers: int, risks: int, verified: bool = True, empty: bool = False) -> str:
    """The state of a text from what remains in it: clean, review or identifying (``empty`` when
    there is no text: an empty draft is not a verified one).

    ``verified`` is False when the checks failed for a reason other than an identifier (the rewrite
    screen's verdict); such a text is never clean.
    """
    if empty:
        return EMPTY
    if identifiers or not verified:
        return IDENTIFYING
    return REVIEW if risks else CLEAN


class Acknowledgements:
    """The risks the writer has checked for one draft, by kind and phrase.

    An acknowledgement lasts while its phrase is in the text: ``keep_only`` drops those whose phrase
    is no longer found (the phrase was edited, or this is a new draft).
    """

    def __init__(self, keys: set[tuple[str, str]] | None = None):
        self._keys: set[tuple[str, str]] = set(keys or ())

    @staticmethod
    def _key(risk: Risk) -> tuple[str, str]:
        return risk.kind, risk.phrase  # a whole-post risk of the risk model: its kind, whatever the edits

    def __contains__(self, risk: Risk) -> bool:
        return self._key(risk) in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def toggle(self, risk: Risk) -> bool:
        """Acknowledge ``risk``, or take the acknowledgement back; True when it is now acknowledged."""
        key = self._key(risk)
        if key in self._keys:
            self._keys.discard(key)
            return False
        self._keys.add(key)
        return True

    def keep_only(self, risks: list[Risk]) -> None:
        self._keys &= {self._key(r) for r in risks}

    def copy(self) -> Acknowledgements:
        return Acknowledgements(self._keys)


@dataclass(frozen=True)
class Standing:
    """What remains in a text, for the status bar, the copy guard and the dialogs."""

    status: str  # clean | review | identifying
    identifiers: int
    risks: int
    to_review: int  # risks not acknowledged
    # what to do when the text is empty (the review screen's is about the rewrite)
    when_empty: str = "Paste or type a draft"

    @property
    def copies_freely(self) -> bool:
        """Copy without asking: clean, or every remaining risk checked by the writer."""
        return self.status == CLEAN or (self.status == REVIEW and self.to_review == 0)

    def as_text(self) -> Text:
        out = Text()
        if self.status == EMPTY:
            out.append(self.when_empty, style="italic")
            return out
        if self.status == CLEAN:
            out.append("✓ verified clean", style="bold green")
            return out
        if self.status == IDENTIFYING:
            n = self.identifiers
            out.append(counted(n, "span") if n else "not verified", style="bold red")
            if not self.to_review:
                return out
            out.append(" · ")
        if self.to_review:
            n = self.to_review
            out.append(f"{counted(n, 'thing')} to review", style="bold yellow")
        else:
            out.append(f"✓ {_checked(self.risks)} checked by you", style="yellow")
        return out


def reasons_besides(reasons: list[str], risks: list[Risk]) -> list[str]:
    """The checks' ``reasons`` less those that only name one of ``risks`` ("story in the news: '...'"):
    a risk is shown as a risk, once, with whether the writer has checked it."""
    return [reason for reason in reasons if not any(reason.endswith(f"'{r.text}'") for r in risks)]


def standing(status: str, identifiers: int, risks: list[Risk], acknowledged: Acknowledgements,
             when_empty: str = Standing.when_empty) -> Standing:
    return Standing(status, identifiers, len(risks), sum(1 for r in risks if r not in acknowledged), when_empty)


def _checked(risks: int) -> str:
    return "the one risk" if risks == 1 else f"all {risks} risks"
