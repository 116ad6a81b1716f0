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


def _contractions() -> frozenset[str]:
    """ "he'd", "they’re", "I'm", "don't", with straight and curly apostrophes: a pronoun or an auxiliary
    run together with what follows it is never a name ("mum said he'd been limping")."""
    forms = set()
    for pronoun in "i you he she it we they who what that there here where when why how this".split():
        forms.update(f"{pronoun}'{tail}" for tail in ("d", "ll", "s", "re", "ve", "m"))
    forms.update(
        """
        let's y'all ain't don't doesn't didn't can't cannot couldn't won't wouldn't shan't shouldn't isn't
        aren't wasn't weren't haven't hasn't hadn't mustn't mightn't needn't daren't oughtn't
        could've would've should've might've must've
        """.split()
    )
    return frozenset(forms | {f.replace("'", "’") for f in forms})


# Words that can never be a name, whatever the case or context: "i'm tired", "call me later", "he'd".
FUNCTION_WORDS = _contractions() | frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here where when why how what which who
    whom whose i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    is am are was were be been being do does did done have has had having will would shall should can could may
    might must not no yes to of in on at by for with from up down out off over under about into onto through
    all any some each every both either neither one ones someone anyone everyone nobody somebody anybody
    just only also very too really so much many more most less least still even ever never always
    sorry back home here there today tomorrow tonight now later soon again
    going gonna got get gets getting go goes went
    """.split()
)


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


def tag_of(tok) -> str:
    """The token's fine-grained part-of-speech tag, tagging its doc first if the engine deferred it.
    Read tags only through here: ``tok.tag_`` on a deferred doc is an empty string."""
    add_tags = tok.doc.user_data.pop(_TAGS_PENDING_KEY, None)
    if add_tags is not None:
        add_tags(tok.doc)
    return tok.tag_


def is_proper(tok) -> bool:
    return tag_of(tok) in PROPER_TAGS
