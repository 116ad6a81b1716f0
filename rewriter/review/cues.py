"""Cue lists for the review rules, kept as data in ``rewriter/data/review_*.txt``, and a fast way to
find all of them in a post at once.

An entry is a lowercase phrase in a small notation, so one line covers the ways a phrase is written:
- words match in any case, whole words only ("court" is not found in "courtesy");
- words are separated by spaces or hyphens in the post ("pile up" finds "pile-up" and "pile up"), or by an
  ampersand ("before after" finds "before & after"), never by other punctuation ("court. Case" is not "court case");
- apostrophes are ignored, straight or curly ("you've" finds "you’ve" and "youve");
- ``*`` at the end of a word matches any ending ("screenshot*" finds "screenshots", "screenshotted");
- ``<n>`` matches a number in digits or words ("team of <n>" finds "team of 6", "team of six");
- an emoji is a word of its own.
A post is split into words once ("23yo" as "23" "yo"); every list is then matched in one pass over the
words, walking one trie of all the lists' entries (a regular-expression alternation per list cost about
ten times more, most of the review's budget).
Where two entries of a list overlap in a post, the one starting first wins, then the longer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .. import vocab

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen"
).split()
_NUMBER_WORDS = frozenset(NUMBER_WORDS)
_APOSTROPHES = str.maketrans("", "", "'’")
# A word: an age's number and its unit apart ("23yo"), a number with its separators ("2,300", "1.5"), a
# word with inner apostrophes, or one emoji. (The lookahead: what every branch starts with, a word character or
# an emoji, so a space or a mark is passed at once.)
_WORD = re.compile(
    r"(?=[\w\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff])"
    r"(?:\d+(?=(?:yo|y/o|yrs?|yr)\b)|(?<=\d)(?:yo|yrs?|yr)\b|\d[\d,.]*\d\w*|\w+(?:['’]\w+)*"
    r"|[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff])"
)
_SPAN, _GROUP = re.Match.span, re.Match.group
# (an ampersand too: "before & after" is the entry "before after", as posts shorten "and" in a pair)
_GLUE = re.compile(r"[\s\-‐‑–/&]*")


class Words:
    """A post split into words: each word's [start, end), its lowercase form without apostrophes, and
    that form without a possessive ("manager's" -> "manager")."""

    __slots__ = ("text", "spans", "forms", "bases")

    def __init__(self, text: str):
        self.text = text
        lower = text.lower()
        if len(lower) != len(text):  # a character whose lowercase is longer ("İ"): keep offsets exact
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        matches = list(_WORD.finditer(lower))
        self.spans = list(map(_SPAN, matches))
        raw = list(map(_GROUP, matches))
        forms = bases = raw
        if "'" in text or "’" in text:
            forms = [f.translate(_APOSTROPHES) if "'" in f or "’" in f else f for f in raw]
            bases = [f[:-1] if f.endswith("s") and (w.endswith(("'s", "’s"))) else f for f, w in zip(forms, raw)]
        self.forms = forms
        self.bases = bases

    def glued(self, i: int) -> bool:
        """True when word ``i`` follows word ``i - 1`` with only spaces or hyphens between."""
        a = self.spans[i - 1][1]
        b = self.spans[i][0]
        return a == b or (b - a == 1 and self.text[a] == " ") or _GLUE.fullmatch(self.text, a, b) is not None

    def __len__(self) -> int:
        return len(self.forms)


def _is_number(form: str) -> bool:
    return form[:1].isdigit() or form in _NUMBER_WORDS


def _tokens(entry: str) -> tuple[str, ...]:
    return tuple(t.translate(_APOSTROPHES) for t in re.split(r"[\s\-]+", entry.lower().strip()) if t)


class _Node:
    """A trie node: the words that may come next, and the lists whose entries end here."""

    __slots__ = ("words", "number", "prefixes", "ends", "seen")

    def __init__(self):
        self.words: dict[str, _Node] = {}
        self.number: _Node | None = None  # after "<n>"
        self.prefixes: dict[str, list[tuple[str, _Node]]] = {}  # after "word*", by the prefix's first 3 letters
        self.ends: list[str] = []
        # step's answers by word (the trie is built before any post is read): the same words follow the
        # same nodes post after post; bounded, as the first step's are
        self.seen: dict = {}

    def child(self, token: str) -> "_Node":
        if token == "<n>":
            self.number = self.number or _Node()
            return self.number
        if token.endswith("*"):
            prefix = token[:-1]
            group = self.prefixes.setdefault(prefix[:3], [])
            for known, node in group:
                if known == prefix:
                    return node
            node = _Node()
            group.append((prefix, node))
            return node
        return self.words.setdefault(token, _Node())

    def step(self, form: str, base: str) -> list["_Node"]:
        out = []
        node = self.words.get(form)
        if node is not None:
            out.append(node)
        if base != form:
            node = self.words.get(base)
            if node is not None:
                out.append(node)
        if self.number is not None and _is_number(form):
            out.append(self.number)
        if self.prefixes:
            for prefix, node in self.prefixes.get(form[:3], ()):
                if form.startswith(prefix):
                    out.append(node)
        return out


class CueIndex:
    """Every entry of the given lists in one trie of words, to find them all in one pass over a post."""

    def __init__(self, names: Iterable[str]):
        self.names = tuple(names)
        self._root = _Node()
        self._starts: dict = {}  # a word, or (word, base), -> the nodes it leads to from the root
        for name in self.names:
            for entry in vocab.entries(name):
                node = self._root
                for token in _tokens(entry):
                    node = node.child(token)
                if name not in node.ends:
                    node.ends.append(name)

    def _first_step(self, form: str, base: str) -> tuple[_Node, ...]:
        """The nodes a word (and its form without a possessive) leads to from the root; the same words
        come back post after post, so the answer is kept (bounded: a long session sees many words)."""
        if len(self._starts) >= 100_000:
            self._starts.clear()
        nodes = self._starts[form if base == form else (form, base)] = tuple(self._root.step(form, base))
        return nodes

    def find(self, words: Words) -> dict[str, list[tuple[int, int]]]:
        """For each list with a match, the [start, end) of each match, in order, none overlapping."""
        raw: dict[str, list[tuple[int, int]]] = {}
        forms, bases, spans, text = words.forms, words.bases, words.spans, words.text
        n = len(forms)
        # the first step, remembered by word, looked up for every word at once (most words start no entry)
        keys = forms if bases is forms else [f if b == f else (f, b) for f, b in zip(forms, bases)]
        firsts = list(map(self._starts.get, keys))
        for i, frontier in enumerate(firsts):
            if frontier is None:
                frontier = self._first_step(forms[i], bases[i])
            if not frontier:
                continue
            j = i
            while frontier:
                for node in frontier:
                    for name in node.ends:
                        raw.setdefault(name, []).append((spans[i][0], spans[j][1]))
                j += 1
                if j >= n:
                    break
                a, b = spans[j - 1][1], spans[j][0]  # Words.glued, its common cases first
                if not (a == b or (b - a == 1 and text[a] == " ") or _GLUE.fullmatch(text, a, b) is not None):
                    break
                form, base = forms[j], bases[j]
                key = form if base == form else (form, base)
                nxt = []
                for node in frontier:
                    found = node.seen.get(key)
                    if found is None:
                        if len(node.seen) >= 10_000:
                            node.seen.clear()
                        found = node.seen[key] = tuple(node.step(form, base))
                    nxt += found
                frontier = nxt
        return {name: _leftmost_longest(found) for name, found in raw.items()}


def _leftmost_longest(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


# Lists shared with the rest of the package that the review rules also read.
SHARED_LISTS = ("person_words", "public_offices", "medicines")


def review_lists() -> list[str]:
    """Every cue list the review rules read: their own (review_*) and the shared ones."""
    return [name for name in vocab.available() if name.startswith("review_")] + list(SHARED_LISTS)


@functools.cache
def index() -> CueIndex:
    return CueIndex(review_lists())


def _phrase(entry: str) -> str:
    parts = []
    for token in _tokens(entry):
        if token == "<n>":
            parts.append(r"(?:\d[\d,.]*|" + "|".join(NUMBER_WORDS) + ")")
        elif token.endswith("*"):
            parts.append(re.escape(token[:-1]) + r"[\w'’]*")
        else:
            parts.append(r"['’]?".join(re.escape(c) for c in token))
    return r"[\s\-]+".join(parts)


@functools.cache
def first_chars(*names: str) -> str:
    """The characters a match of ``alternation(*names)`` can start with, as the inside of a character class
    (lowercase: for a case-blind pattern): a lookahead "(?=[...])" of them before a pattern that opens with the
    alternation lets a scan pass every other position at once instead of trying each entry there."""
    chars = set()
    for name in names:
        for entry in vocab.entries(name):
            tokens = _tokens(entry)
            if not tokens:
                continue
            first = tokens[0]
            if first == "<n>":
                chars |= set("0123456789") | {w[0] for w in NUMBER_WORDS}
            else:
                chars.add(first[0])
    return "".join(re.escape(c) for c in sorted(chars))


@functools.cache
def alternation(*names: str) -> str:
    """The entries of the named lists as a regular-expression alternation in the same notation, whole
    words only, longest first: for a rule's own pattern that embeds a list ("the only <person> in")."""
    entries = sorted({e for name in names for e in vocab.entries(name)}, key=len, reverse=True)
    return r"(?<![\w'’])(?:" + "|".join(_phrase(e) for e in entries) + r")(?![\w'’])"

