"""The model may reword only the sentences the generaliser changed; every other sentence stays as typed.

A small model asked to smooth a generalised post also "improves" sentences nobody needed it to touch:
"Proud moment:" becomes "A proud moment:", sarcastic quotes and emoji go, "LESS" turns into "less". The
writer's own words are theirs (issue 10: "the rest of the sentence is left word for word"), so after
the model answers, each sentence of the generalised text that the generaliser left alone is put back
word for word in place of the model's version of it. The sentences the generaliser did change keep the
model's wording: smoothing those is the model's job.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# A sentence ends at . ! ? or … (with any closing quotes or brackets) before a space, or at a line
# break; the separator stays with the sentence before it, so joining the pieces gives the text back.
_SENTENCE = re.compile(r".*?(?:[.!?…]+[\"'”’)\]]*(?:\s+|$)|\n+|$)", re.DOTALL)
_WORD = re.compile(r"\S+")

# How alike a model sentence must be to a sentence of the generalised text to count as its rewording
# (SequenceMatcher ratio on lowercased words): "Proud moment: ..." and "A proud moment: ..." are 0.9+;
# two different sentences of one post rarely pass 0.5.
SAME_SENTENCE = 0.6


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences, each with the space or line break after it (their join is ``text``)."""
    return [piece for piece in _SENTENCE.findall(text) if piece]


def changed_offsets(original: str, generalised: str) -> list[int]:
    """Offsets in ``generalised`` where it differs from ``original`` (a word replaced, added or dropped)."""
    before = [(m.group(0), m.start()) for m in _WORD.finditer(original)]
    after = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(generalised)]
    matcher = SequenceMatcher(None, [w for w, _ in before], [w for w, _, _ in after], autojunk=False)
    offsets: list[int] = []
    for op, _, _, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if j1 < j2:
            offsets.extend(start for _, start, _ in after[j1:j2])
        elif after:
            # a deletion: the word before the gap belongs to the changed sentence ("It was Kevin." -> "It was.")
            offsets.append(after[j1 - 1][1] if j1 > 0 else after[0][1])
    return offsets


def _words(sentence: str) -> list[str]:
    return [w.lower() for w in re.findall(r"\w+", sentence)]


def keep_untouched(original: str, generalised: str, answer: str) -> str:
    """``answer`` (the model's rewrite of ``generalised``) with every sentence the generaliser left as
    ``original`` had it put back word for word. Sentences are matched in order by their words; a model
    sentence that matches none (a split, a merge, a reordering) is left as the model wrote it."""
    changed = changed_offsets(original, generalised)
    floor_sentences, at = [], 0
    for sentence in sentences(generalised):
        touched = any(at <= offset < at + len(sentence) for offset in changed)
        floor_sentences.append((sentence, touched))
        at += len(sentence)
    out: list[str] = []
    next_floor = 0
    for piece in sentences(answer):
        words = _words(piece)
        match = None
        for k in range(next_floor, len(floor_sentences)):
            if SequenceMatcher(None, words, _words(floor_sentences[k][0]), autojunk=False).ratio() >= SAME_SENTENCE:
                match = k
                break
        if match is None:
            out.append(piece)
            continue
        next_floor = match + 1
        sentence, touched = floor_sentences[match]
        if touched:
            out.append(piece)
        else:
            # the typed sentence, with the model's spacing after it (the answer's layout is kept)
            out.append(sentence.rstrip() + piece[len(piece.rstrip()):])
    return "".join(out)
