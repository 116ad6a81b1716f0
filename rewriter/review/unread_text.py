"""unread_text: a post written mostly in a script other than Latin (Hangul, Chinese characters, Ge'ez,
Sinhala, Greek, Cyrillic, Arabic, Devanagari...), which this checker cannot read.

The detector (Presidio, an English spaCy model and our recognizers) reads Latin letters: in a post written
mostly in another script it finds nothing, so it would call the post clean whether or not someone is named
in it. Raised on the whole post when the share of its letters that are in scripts other than Latin is at
UNREAD_SHARE or over: the writer (or someone who reads the script) has to check it.

What counts: letters (and the vowel signs of scripts that write vowels as marks, as Devanagari and Sinhala
do), told apart by script from their Unicode names (unicodedata); digits, punctuation, emoji and symbols do
not count, and neither do modifier letters and combining accents, which belong to no one script. Styled
letters (𝐛𝐨𝐥𝐝, ｆｕｌｌｗｉｄｔｈ) are Latin once NFKC folds them. A post in another language written in
Latin letters (French, Tagalog, Shona, Vietnamese) is read as the English text it resembles, names
capitalised, and is left alone: many harmless posts code-switch.

A share, not a count: a few words of another script in an English post ("Happy Chuseok! 추석 잘 보내세요",
a name in Devanagari) stay well under it (.15, .12). Letters under-count dense scripts (a Chinese character
or a Hangul block is a syllable or a word, a Latin letter a sound), so a post at .4 says most of what it says
in that script. Measured (session 45) on the tuning sets: fresh39a-41d have no post over .2; in risk_drafts
writer_tj/tk/tl (Cantonese, Mandarin, Arabic mixed with English) no risky post lies between .4 and .5 and one
harmless one does (a festival greeting mostly in Chinese); at .4, 9 of the 32 drafts offered clean with a
labelled leak there are no longer called clean, and 5 harmless drafts (all mostly in Chinese) are sent to review.
On the blind set of session 44, .4 fixed 9 of 22 such drafts and .5 only 6, with no harmless post at either.
A post in another language in Latin letters is not counted: of the 219 such drafts of fresh40a-41d and
writer_tj/tk/tl (langid), 26 were offered clean with a leak but 95 are harmless and offered clean now.

The writer's risk, not the rewrite's: the rewrite cannot fix it (pipeline.fixing leaves it out), and the
verifier keeps it on the offered text (verdict.still_standing), even one a model wrote in English. It is no
risk in the story (RiskKind.in_the_story): it keeps no lone age or time as a span (detect/quasi.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from .context import Post
from .rule import Rule

# The share of a post's letters in scripts other than Latin at which it is raised (see the docstring).
UNREAD_SHARE = 0.4
# Fewer letters than this in other scripts is no post "written in" one: an emoji caption with one
# character ("好!"), a flag's name.
MIN_UNREAD_LETTERS = 3

LATIN, OTHER = "latin", "other"


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """LATIN or OTHER for a letter (or a script's vowel sign), None for what is no letter of any one
    script: digits, punctuation, spaces, emoji and symbols, modifier letters, combining accents."""
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        # "ﬁ" -> "fi", "㎏" -> "kg": a ligature or a squared abbreviation is what it folds to
        scripts = {script_of(c) for c in folded} - {None}
        return scripts.pop() if len(scripts) == 1 else None
    ch = folded
    category = unicodedata.category(ch)
    if not (category.startswith("L") or category in ("Mn", "Mc")):
        return None
    name = unicodedata.name(ch, "")
    if not name or name.startswith(("COMBINING", "MODIFIER", "VARIATION SELECTOR")):
        return None
    return LATIN if name.startswith("LATIN") else OTHER


# Letters outside ASCII, and the ASCII letters (what str.isalpha() is in ASCII): counted apart, so a post's
# ASCII is counted in C, not character by character (that loop cost a tenth of the review on a post with one
# curly quote).
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def letter_counts(text: str) -> tuple[int, int]:
    """(letters, letters in scripts other than Latin) in ``text``."""
    ascii_part = text.encode("ascii", "ignore")
    letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    other = 0
    for ch in "".join(_NOT_ASCII.findall(text)):
        script = script_of(ch)
        if script is not None:
            letters += 1
            other += script == OTHER
    return letters, other


def unread_share(text: str) -> float:
    """The share of the letters of ``text`` that are in scripts other than Latin (0.0 with no letters)."""
    letters, other = letter_counts(text)
    return other / letters if letters else 0.0


def mostly_unread(text: str) -> bool:
    """Is ``text`` written mostly in a script this checker cannot read?"""
    letters, other = letter_counts(text)
    return other >= MIN_UNREAD_LETTERS and other >= UNREAD_SHARE * letters


class UnreadTextRule(Rule):
    KIND = "unread_text"

    def find(self, post: Post):
        if post.text.isascii() or not mostly_unread(post.text):
            return
        risk = replace(self.risk(post, 0, len(post.text)), whole_post=True)
        # Not a risk the rules read in the story: the risk model still weighs the post as one the rules
        # found nothing in (reviewer.py), as it did before this kind was raised.
        post.unseen_by_model.add((risk.start, risk.end, risk.kind))
        yield risk
