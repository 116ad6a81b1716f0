"""Faithfulness (model output only): the model may smooth the slots the generaliser filled, nothing else.

A small model asked to polish a generalised post drops and changes the writer's words ("Yorkshire
puddings" -> "puddles", "an old patient" -> "a retired patient"), invents some, moves quote marks and
capitals about, and flattens "!!!" to ".". Counting how many content words survive lets one such change
through in every post. So the text the model's answer would give (its edits beside a replacement: see
llm/untouched.py) is compared word by word with the generalised text it was given, knowing which of that
text's words are the writer's (the generaliser kept them) and which the generaliser wrote in place of
what it removed:

* every word of the writer's that the generaliser kept stays, in its order (another form of the same
  word is fine: "opened" / "opens", "kid" / "kids"), and so does every word the generaliser wrote but
  for a vague place or time ("at a local school" -> "at school", "with a client elsewhere" -> "with a
  client"): a person it wrote is never dropped;
* beside a replacement (within a word of where the generaliser changed the text) the model may add,
  drop or swap articles and determiners, and add or drop the other small words that make a slot fit
  ("in elsewhere" -> "elsewhere", "a doctor's wife" -> "the wife of a doctor"); it may not swap one of
  the writer's prepositions, conjunctions or verbs for another ("at a local school" -> "on a local school");
* nowhere may it write a word that neither text has, but for the general words the generaliser itself
  writes ("someone", "the area"): that is an invented detail, or a changed one;
* capitals change only where a sentence starts (or no longer starts), and the writer's "!", "?", quote
  marks, brackets, hashtags and mentions stay as they are.

Pure string work: well under a millisecond a post, no second model.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from .. import vocab
from ..text import canonical

# Where the generaliser changed the text, how far (in words) the model may still add or drop small words.
REACH = 1

# Articles and determiners: the model may add, drop or swap them beside a replacement ("with a client"
# -> "with my client", "at a care home" -> "at the care home").
DETERMINERS = frozenset("a an the this that these those some any another one".split())
# The other small words that make a slot fit: the model may add them beside a replacement, and drop
# the writer's ("in elsewhere" -> "elsewhere"), but not swap one of the writer's for another of its kind.
SMALL_WORDS = {
    "possessive": frozenset("my our his her their your its".split()),
    "preposition": frozenset("of in on at to from by with for about into onto over under within near around".split()),
    "conjunction": frozenset("and or but as".split()),
    "relative": frozenset("who whom whose which where when".split()),
    "verb": frozenset("is was are were be been being has have had".split()),
}
GLUE = DETERMINERS.union(*SMALL_WORDS.values())
_CLASS = {word: kind for kind, words in SMALL_WORDS.items() for word in words}

# General words the generaliser writes in place of what it removes: a model may use them beside a
# replacement ("elsewhere" -> "in the area"), though not to say who someone is (those must be the
# generaliser's own: "a colleague" never becomes "a patient").
GENERAL = frozenset(
    w for phrase in vocab.words("general_vocabulary") for w in phrase.split()
    if w not in {"colleague", "family", "member", "child", "baby", "adult", "teenager", "teenage", "young",
                 "younger", "older", "organisation", "company", "class", "school", "case", "project", "ticket"}
) | {"here", "there", "locally", "lately", "somewhere", "somebody", "something", "anyone", "everyone"}

# Words the generaliser writes that only say where or when, vaguely: the model may leave them out
# ("with a client elsewhere" -> "with a client", "at a local school" -> "at school").
DROPPABLE = frozenset("local elsewhere nearby recently recent soon upcoming area place general".split())

# The writer's marks that say how they feel or what they quote: kept as they are, in order.
_MARKS = re.compile(r"[!?\"“”«»()\[\]#@]|(?<![^\W_])['‘’]|['‘’](?![^\W_])")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END = re.compile(r"(?:[.!?…:]|\n)[\"'”’)\]]*\s*$")


@dataclass
class _Word:
    surface: str  # as written
    key: str  # canonical, for comparing
    stem: str  # a rough lemma, for comparing forms of one word
    starts: bool  # it opens a sentence


def _tokens(text: str) -> list[_Word]:
    out = []
    for m in _TOKEN.finditer(text):
        key = canonical(m.group(0)).replace("’", "'")
        before = text[: m.start()].rstrip(" \t\"'“‘([*_-")
        out.append(_Word(m.group(0), key, stem(key), not before or bool(_SENTENCE_END.search(before))))
    return out


def stem(word: str) -> str:
    """A rough lemma, enough to tell "opened" / "opens" / "opening" or "kids" / "kid" are one word and
    "puddings" / "puddles" are not."""
    word = re.sub(r"'s$|s'$", "", word)
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "stopped" -> "stopp" -> "stop"
    if len(word) >= 4 and word.endswith("e"):
        word = word[:-1]  # "hoped" -> "hop", "hope" -> "hop"
    return word


def _writers(original: list[str], floor: list[str]) -> tuple[list[bool], set[int]]:
    """For each word of ``floor``: is it one of the writer's (kept from ``original``)? And the indices of
    ``floor`` where the generaliser changed something (a word it wrote, or the words on either side of
    words it dropped)."""
    kept = [False] * len(floor)
    changed: set[int] = set()
    for op, _, _, j1, j2 in SequenceMatcher(None, original, floor, autojunk=False).get_opcodes():
        if op == "equal":
            kept[j1:j2] = [True] * (j2 - j1)
        elif j2 > j1:
            changed.update(range(j1, j2))
        else:
            changed.update({j1 - 1, j1})
    return kept, changed


def _case(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[:1].isupper():
        return "title"
    return "lower"


def _quoted(words: list[str]) -> str:
    return ", ".join(f"'{w}'" for w in words[:4])


def unfaithful(candidate: str, floor: str, original: str) -> list[str]:
    """Why ``candidate`` (model output) is not a faithful polish of ``floor`` (the generalised text of
    ``original``), or [] when it is: each word dropped, changed, moved or invented, named."""
    if not original:
        return []
    floor_words, cand_words = _tokens(floor), _tokens(candidate)
    writers, changed = _writers([w.key for w in _tokens(original)], [w.key for w in floor_words])
    near = {k for i in changed for k in range(i - REACH, i + REACH + 1)}
    written = {floor_words[i].stem for i in range(len(floor_words)) if not writers[i]}
    matcher = SequenceMatcher(None, [w.stem for w in floor_words], [w.stem for w in cand_words], autojunk=False)
    problems: list[str] = []
    dropped: list[tuple[int, str, bool]] = []  # (edit, word, the writer's?) left out there
    added: list[tuple[int, str, bool]] = []  # (edit, word, beside a replacement?) written there
    capitals: list[str] = []
    for edit, (op, i1, i2, j1, j2) in enumerate(matcher.get_opcodes()):
        if op == "equal":
            for i, f, c in zip(range(i1, i2), floor_words[i1:i2], cand_words[j1:j2]):
                if f.key != c.key and not (i in near and _number_only(f.key, c.key)):
                    # the same stem in another form: a changed tense or person breaks the sentence
                    # ("we had one of those involved" -> "involving"); a plural may follow a slot
                    problems.append(f"changes '{f.key}' to '{c.key}'")
                if _case(f.surface) != _case(c.surface) and not (
                    {_case(f.surface), _case(c.surface)} == {"lower", "title"} and (f.starts or c.starts)
                ) and f.key != "i":
                    capitals.append(f.surface)
            continue
        beside = all(i in near for i in range(i1, i2)) if i2 > i1 else (i1 - 1 in near or i1 in near)
        for i in range(i1, i2):
            word = floor_words[i].key
            if writers[i] and beside and word in DETERMINERS:
                continue
            if not writers[i] and (word in GLUE or word in DROPPABLE):
                continue
            dropped.append((edit, word, writers[i] and beside and word in GLUE, i))
        added.extend((edit, w.key, beside, i1, i2) for w in cand_words[j1:j2])

    def across_a_slot(i: int, a: tuple) -> bool:
        """Did the writer's word at floor index ``i``, written again by edit ``a``, move only across
        the generaliser's words and small words ("a doctor's wife" -> "the wife of a doctor")?"""
        crossed = range(a[4], i) if a[4] <= i else range(i + 1, a[3])
        return a[2] and all(not writers[k] or floor_words[k].key in GLUE for k in crossed)

    moved: list[str] = []
    for edit, word, small, i in dropped:
        if small:  # one of the writer's small words beside a replacement: gone, or swapped for its like?
            swapped = [a for a in added if a[0] == edit and a[1] != word and _CLASS.get(a[1]) == _CLASS[word]]
            if swapped:
                problems.append(f"changes '{word}' to '{swapped[0][1]}'")
                added.remove(swapped[0])
            continue
        # the same word written in the same edit is a rephrase around a replacement ("a doctor's wife"
        # -> "the wife of a doctor"); written in another edit, it moved: a reordering
        same = [a for a in added if a[0] == edit and stem(a[1]) == stem(word)]
        if same and same[0][2]:
            added.remove(same[0])
            continue
        elsewhere = [a for a in added if stem(a[1]) == stem(word)]
        if elsewhere:
            added.remove(elsewhere[0])
            if not across_a_slot(i, elsewhere[0]):
                moved.append(word)
            continue
        swapped = [a for a in added if a[0] == edit and a[1] not in GLUE and stem(a[1]) not in written]
        if swapped:
            problems.append(f"changes '{word}' to '{swapped[0][1]}'")
            added.remove(swapped[0])
        else:
            problems.append(f"leaves out '{word}'")
    if moved:
        problems.append(f"moves words about ({_quoted(moved)})")
    invented: list[str] = []
    for _, word, beside, _, _ in added:
        if beside and (word in GLUE or stem(word) in written or word in GENERAL):
            continue
        if word not in invented:
            invented.append(word)
    if invented:
        problems.append(f"adds words the post did not have ({_quoted(invented)})")
    if capitals:
        problems.append(f"changes the capitals of {_quoted(capitals)}")
    problems += _marks_changed(_MARKS.findall(floor), _MARKS.findall(candidate))
    return problems


def _number_only(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one noun in the singular, the plural or the possessive ("kid" / "kids",
    "story" / "stories", "a doctor's wife" / "the wife of a doctor")?"""
    short, long_ = sorted((a, b), key=len)
    return long_ in (short + "s", short + "es", short + "'s", short + "s'") or (
        short.endswith("y") and long_ == short[:-1] + "ies")


def _marks_changed(before: list[str], after: list[str]) -> list[str]:
    """The writer's marks (``before``) the model left out, added or moved (``after``)."""
    if before == after:
        return []
    fold = {"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'}
    gone = Counter(fold.get(m, m) for m in before)
    new = Counter(fold.get(m, m) for m in after)
    def named(marks: Counter) -> str:
        return ", ".join(f"“{m}”" + (f" ×{n}" if n > 1 else "") for m, n in sorted(marks.items()))

    out = []
    if gone - new:
        out.append(f"leaves out the writer's {named(gone - new)}")
    if new - gone:
        out.append(f"adds {named(new - gone)} the post did not have")
    return out or ["moves the writer's quote marks or brackets"]
