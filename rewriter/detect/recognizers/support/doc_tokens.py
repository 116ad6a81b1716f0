"""Small helpers over the spaCy doc Presidio already made (``nlp_artifacts.tokens``): nothing here runs
spaCy again, except the tagger, which the engine defers until a recognizer first asks for a tag
(``tag_of``). The pipeline has no attribute ruler, so the part of speech is read from the tagger's
fine-grained tag (``NNP``/``NNPS`` = proper noun), not from ``pos_``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

PROPER_TAGS = frozenset({"NNP", "NNPS"})
# What a sentence (or a line of a form, or a list item) starts after.
_OPENERS = frozenset('.!?:;"“”‘’()[]>|*•-–—#')

_STARTS_KEY = "rewriter.token_starts"


def token_starts(doc) -> tuple[int, ...]:
    """Each token's character offset. Several recognizers ask for the same doc, and walking a doc
    builds a Python object per token, so the answer is kept on the doc itself."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = tuple(t.idx for t in doc)
    return starts


def token_starting_at(starts, char: int) -> int | None:
    """The index of the token that starts exactly at ``char``, or None."""
    i = bisect_left(starts, char)
    return i if i < len(starts) and starts[i] == char else None


def share_token_starts(doc, starts) -> None:
    """Keep offsets already computed (by the engine, from one array read) for ``token_starts``."""
    doc.user_data[_STARTS_KEY] = tuple(starts)


def token_at(doc, starts, char: int):
    """The token that contains character offset ``char`` (or None past the end)."""
    i = bisect_right(starts, char) - 1
    if i < 0 or i >= len(doc):
        return None
    tok = doc[i]
    return tok if tok.idx <= char < tok.idx + len(tok.text) else None


def is_sentence_initial(doc, i: int) -> bool:
    """True when token ``i`` begins a sentence, a line, or a labelled field ("Name: ...")."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j -= 1
    if j < 0:
        return True
    prev = doc[j]
    # Only the gap after prev matters; doc.text would rebuild the whole draft for each word.
    if "\n" in prev.whitespace_:
        return True
    return prev.text in _OPENERS or all(c in _OPENERS for c in prev.text)


_TAGS_PENDING_KEY = "rewriter.add_tags"


def defer_tags(doc, add_tags) -> None:
    """Mark ``doc`` as not tagged yet: ``add_tags(doc)`` runs the first time a tag is read."""
    doc.user_data[_TAGS_PENDING_KEY] = add_tags


def pending_tagger(doc):
    """What ``defer_tags`` left to tag ``doc``, or None when it is tagged (or was never deferred)."""
    return doc.user_data.get(_TAGS_PENDING_KEY)


def tag_of(tok) -> str:
    """The token's fine-grained part-of-speech tag, tagging its doc first if the engine deferred it
    (or only this token, where the tagger can: engine.TokenWindow). Read tags only through here:
    ``tok.tag_`` on a deferred doc is an empty string."""
    doc = tok.doc
    add_tags = doc.user_data.get(_TAGS_PENDING_KEY)
    if add_tags is not None:
        tag_one = getattr(add_tags, "tag_one", None)
        tag = tag_one(doc, tok.i) if tag_one is not None else None
        if tag is not None:
            return tag
        del doc.user_data[_TAGS_PENDING_KEY]
        add_tags(doc)
    return tok.tag_


def is_proper(tok) -> bool:
    return tag_of(tok) in PROPER_TAGS
