"""unread_text: a post the checker cannot read well, so it cannot tell whether anyone is identifiable in it:
one written mostly in a script other than Latin, or mostly in another language written in Latin letters.

1. Another script. The detector (Presidio, an English spaCy model and our recognizers) reads Latin letters: in a
post written mostly in another script (Hangul, Chinese characters, Ge'ez, Sinhala, Greek, Cyrillic, Arabic,
Devanagari...) it finds nothing, so it would call the post clean whether or not someone is named in it. Raised
on the whole post when the share of its letters that are in scripts other than Latin is at UNREAD_SHARE or over.

What counts: letters (and the vowel signs of scripts that write vowels as marks, as Devanagari and Sinhala
do), told apart by script from their Unicode names (unicodedata); digits, punctuation, emoji and symbols do
not count, and neither do modifier letters and combining accents, which belong to no one script. Styled
letters (𝐛𝐨𝐥𝐝, ｆｕｌｌｗｉｄｔｈ) are Latin once NFKC folds them.

A share, not a count: a few words of another script in an English post ("Happy Chuseok! 추석 잘 보내세요",
a name in Devanagari) stay well under it (.15, .12). Letters under-count dense scripts (a Chinese character
or a Hangul block is a syllable or a word, a Latin letter a sound), so a post at .4 says most of what it says
in that script. Measured (session 45) on the tuning sets: fresh39a-41d have no post over .2; in risk_drafts
writer_tj/tk/tl (Cantonese, Mandarin, Arabic mixed with English) no risky post lies between .4 and .5 and one
harmless one does (a festival greeting mostly in Chinese); at .4, 9 of the 32 drafts offered clean with a
labelled leak there are no longer called clean, and 5 harmless drafts (all mostly in Chinese) are sent to review.
On the blind set of session 44, .4 fixed 9 of 22 such drafts and .5 only 6, with no harmless post at either.

2. Another language in Latin letters (Portuguese, Polish, Romanian, Tagalog, Welsh, Swahili, Hindi-Urdu written
in Latin letters...). The cue families of the review and the name model are English: in "Mój pacjent, 23-letni
student z Lublina, prosił ..." or "Sharma ji ki Innova ... beta ICU mein hai" they find nothing to weigh. Raised
when most of the post's words (MOSTLY_OTHER_LANGUAGE) stand in sentences that are mostly not everyday English
AND the post has a figure (a digit): a number the checker cannot tell the meaning of, an age, a date, a time, a
bed, a house, a sum. A post in another language with no figure in it is left alone: most of those are greetings,
holidays and the writer's own day, and the few that are not were no more often caught by any reading we measured.

Everyday English is the project's own lexicon (function words, lexicon.is_common_word: in both Webster's 2nd and
GCIDE, or an inflection of such a word), as detect/foreign_sentences.py reads it. A sentence's words are its
words in Latin letters, lowercase, less a word capitalised inside the sentence (a name or a place, of no
language) and an acronym; hashtags, handles and links go first. A sentence of fewer than MIN_SENTENCE_WORDS such
words says too little of its language ("Kia ora!", "Salamat po") and counts as read. Words the English
dictionaries share with another language ("a", "de", "pe", "ne") count as English, so the share under-counts the
other language: a Portuguese post reads at .1 to .4 everyday English, an English post at .8 to 1.

Measured (session 46) against the start audits of the tuning sets (fresh39a-41d, fresh44a-d, fresh45a-d: 50
drafts offered clean with a labelled leak, 640 harmless posts offered clean), as false-clean drafts fixed / harmless
clean posts sent to review: a share of .5 alone 24 / 43; with a figure 19 / 23 (scored: false_clean 50 -> 31, 18
more risky drafts given a risk, 22 more harmless ones); .3 with a figure 21 / 33, .7 16 / 18. A post-level share of
everyday English under .5: 22 / 47, with a figure 17 / 28. Without the figure the harmless cost is about twice the
gain at every threshold from .3 to .7. Of the posts the rule raises there, 54 are risky and 24 harmless, about the
ratio of the script rule above (18 and 7 on the same sets). The held-out sets, scored once at the end: 16 risky and
6 harmless posts raised, 8 of the risky ones offered clean before.

Also raised, with no figure, when the detector found something in such a post it took for an identifier (a name, a
place, a body): the rewrite takes the span out, but what the sentences around it tell of that person ("a intrat în
chimio", "aliniambia ana HIV") the checker cannot read, so "clean" would claim what it cannot know. Measured
(session 47) on the start audits of fresh32a-46d (2,000 drafts): 27 risky drafts newly raised, 12 of them offered
clean with a labelled leak before, and 16 harmless ones, every one of which the rewrite already changed (the
detector's span on it was false; a false span gone is a harmless post clean again). Span types were measured
apart: persons only gave 7 false-clean fixed for 12 harmless raised, a worse ratio.

The writer's risk, not the rewrite's: the rewrite cannot fix it (pipeline.fixing leaves it out), and the
verifier keeps it on the offered text (verdict.still_standing), even one a model wrote in English. It is no
risk in the story (RiskKind.in_the_story): it keeps no lone age or time as a span (detect/quasi.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from ..detect.recognizers.support import lexicon
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


# -- another language in Latin letters ----------------------------------------------------------------------------

# The share of a post's words standing in sentences mostly not in everyday English at which it is raised (with a
# figure), and the share of everyday English under which a sentence is read as another language's (see the docstring).
MOSTLY_OTHER_LANGUAGE = 0.5
SENTENCE_ENGLISH_SHARE = 0.5
# A sentence of fewer words than this says too little of its language ("Kia ora!", "Salamat po!").
MIN_SENTENCE_WORDS = 3

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
# A hashtag, a handle and a link are no sentence's words, and a figure in them no number the post tells.
_NOT_PROSE = re.compile(r"https?://\S+|www\.\S+|[#@][\w-]+")
_FIGURE = re.compile(r"\d")

WHY_SCRIPT = "Most of this post is in a script this checker cannot read, so it cannot tell whether anyone is named in it."
WHY_LANGUAGE = ("Most of this post is in a language this checker reads poorly, so it cannot tell whether anyone is "
                "identifiable in it, nor what its numbers are (an age, a date, a time, a room).")
WHY_LANGUAGE_NAMED = ("Most of this post is in a language this checker reads poorly: it found a name in it, but cannot "
                      "read what the post tells about that person, so it cannot tell whether they are identifiable.")


def _everyday_english(word: str) -> bool:
    return word in lexicon.FUNCTION_WORDS or lexicon.is_common_word(word)


def _sentence_words(sentence: str) -> list[str]:
    """The words of ``sentence`` in Latin letters, lowercase, less a word capitalised inside it (a name or a place,
    of no language) and an acronym."""
    words = []
    for i, word in enumerate(_WORD.findall(sentence)):
        counted, capital, low, _ = _word_reading(word)
        if counted and not (i and capital):
            words.append(low)
    return words


@lru_cache(maxsize=16384)
def _word_reading(word: str) -> tuple[bool, bool, str, bool]:
    """What _sentence_words and other_language_share need of a word, the same wherever it stands: (counted at the
    head of a sentence: in Latin letters and no acronym, capitalised, its lowercase form, everyday English). The
    same words come back post after post, so the answer is kept (bounded)."""
    if not word.isascii() and any(script_of(ch) != LATIN for ch in word if ch.isalpha()):
        return False, False, "", False
    if len(word) > 1 and word.isupper():
        return False, True, "", False
    low = word.lower().replace("’", "'")
    return True, word[0].isupper(), low, _everyday_english(low)


# A sentence's words and the ends of sentences in one pass over a post: a word holds no sentence end, so the words
# between two ends (one _SENTENCE) are the words _WORD finds in that sentence, in order.
_WORD_OR_END = re.compile(rf"{_WORD.pattern}|[.!?\n]+")


def _prose(text: str) -> str:
    """``text`` less its hashtags, handles and links (each a space)."""
    if "#" in text or "@" in text or "http" in text or "www." in text:
        return _NOT_PROSE.sub(" ", text)
    return text


@lru_cache(maxsize=64)
def other_language_share(text: str) -> float:
    """The share of the words of ``text`` (see _sentence_words) that stand in sentences mostly not in everyday
    English (0.0 with no words). Kept for the last texts: the rule asks it twice of a post, health_detail again."""
    total = other = 0
    words = english = i = 0
    reading = _word_reading
    for token in _WORD_OR_END.findall(_prose(text)):
        if token[0] in ".!?\n":  # a sentence ends
            total += words
            if words >= MIN_SENTENCE_WORDS and english < SENTENCE_ENGLISH_SHARE * words:
                other += words
            words = english = i = 0
            continue
        counted, capital, _, everyday = reading(token)
        if counted and not (i and capital):
            words += 1
            english += everyday
        i += 1
    total += words
    if words >= MIN_SENTENCE_WORDS and english < SENTENCE_ENGLISH_SHARE * words:
        other += words
    return other / total if total else 0.0


def mostly_other_language(text: str) -> bool:
    """Is ``text`` written mostly in a language this checker reads poorly, with a figure in it it cannot weigh?"""
    return _FIGURE.search(_prose(text)) is not None and other_language_share(text) >= MOSTLY_OTHER_LANGUAGE


def named_in_other_language(post: Post) -> bool:
    """Is ``post`` written mostly in a language this checker reads poorly, with something in it the detector took
    for an identifier (a name, a place, a body)? The rewrite takes out the span; what the sentence around it tells
    of that person, the checker cannot read."""
    return bool(post.spans) and other_language_share(post.text) >= MOSTLY_OTHER_LANGUAGE


class UnreadTextRule(Rule):
    KIND = "unread_text"

    def find(self, post: Post):
        if not post.text.isascii() and mostly_unread(post.text):
            why = WHY_SCRIPT
        elif mostly_other_language(post.text):
            why = WHY_LANGUAGE
        elif named_in_other_language(post):
            why = WHY_LANGUAGE_NAMED
        else:
            return
        risk = replace(self.risk(post, 0, len(post.text)), whole_post=True, why=why)
        # Not a risk the rules read in the story: the risk model still weighs the post as one the rules
        # found nothing in (reviewer.py), as it did before this kind was raised.
        post.unseen_by_model.add((risk.start, risk.end, risk.kind))
        yield risk
