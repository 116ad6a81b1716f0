"""Normalisation for detection, with a map from every normalised character back to the typed text.

Detection runs on a canonical form of the draft (NFKC, no invisible characters, look-alike letters
folded to Latin) so that "S\u200barah" or "Sаrah" with a Cyrillic "а" is still seen as "Sarah". The user,
however, must see spans in the text they typed, so every normalised character remembers which slice
of the original it came from.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Invisible characters that can be slipped inside a word to break matching: zero-width space/joiners,
# word joiner, BOM, soft hyphen, and the bidirectional controls used to reverse how text is displayed.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
)

# Cyrillic and Greek letters that render like Latin ones. Folding is only applied inside words that
# already contain a Latin letter, or consist entirely of look-alikes, so real Cyrillic or Greek words
# are left alone.
CONFUSABLES = {
    **dict(zip("АВЕКМНОРСТХУЅІЈаеорсухѕіјԁԛԝһӏ", "ABEKMHOPCTXYSIJaeopcyxsijdqwhl")),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ", "ABEZHIKMNOPTYXoikvptux")),
}


@dataclass(frozen=True)
class Normalised:
    """The canonical text and, for each of its characters, the [start, end) slice of the original."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of the normalised text onto the original text."""
        if not self.text:
            return (0, 0)
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return (pos, pos)
        return (self.starts[start], self.ends[end - 1])


def _clusters(text: str):
    """Yield (start, end) of each base character with the combining marks that follow it."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, j
        i = j


def _fold_confusables(chars: list[str]) -> list[str]:
    """Fold look-alike letters inside mixed-script or all-look-alike words."""
    out = list(chars)
    n = len(chars)
    i = 0
    while i < n:
        if not chars[i].isalpha():
            i += 1
            continue
        j = i
        while j < n and chars[j].isalpha():
            j += 1
        word = chars[i:j]
        has_latin = any("a" <= c.lower() <= "z" for c in word)
        all_confusable = all(c in CONFUSABLES for c in word)
        if has_latin or all_confusable:
            for k in range(i, j):
                out[k] = CONFUSABLES.get(chars[k], chars[k])
        i = j
    return out


def _identity(text: str) -> Normalised:
    n = len(text)
    return Normalised(text, text, tuple(range(n)), tuple(range(1, n + 1)))


def _already_canonical(text: str) -> bool:
    if text.isascii():
        return True
    return (
        unicodedata.is_normalized("NFKC", text)
        and not any(c in INVISIBLE or c in CONFUSABLES for c in text)
    )


def normalise(text: str) -> Normalised:
    """Return the canonical form of ``text`` with an offset map back to it."""
    # Most drafts are already canonical; building the map character by character costs about a
    # millisecond per post, the whole budget of a keystroke's re-check.
    if _already_canonical(text):
        return _identity(text)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for a, b in _clusters(text):
        cluster = "".join(c for c in text[a:b] if c not in INVISIBLE)
        if not cluster:
            continue
        canonical = unicodedata.normalize("NFKC", cluster)
        for c in canonical:
            if c in INVISIBLE:
                continue
            chars.append(c)
            starts.append(a)
            ends.append(b)
    chars = _fold_confusables(chars)
    return Normalised(text, "".join(chars), tuple(starts), tuple(ends))


def canonical(text: str) -> str:
    """The normalised text alone, casefolded with accents removed: for literal comparisons."""
    if text.isascii():
        # the same result for ASCII (nothing to normalise, fold further or strip), at a tenth of the
        # cost: the verdict asks for it once per span of every post
        return " ".join(text.lower().split())
    folded = normalise(text).text.casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
