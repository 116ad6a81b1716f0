"""The writer holding a name back and then pointing at the person: "won't name him but he's the one who was
on the Late Late", "Can't say who till exchange but the village is going to be buzzing", "my crewmate, who
shall remain nameless (it's Dave)", "not naming names (it was Raj)".

Read by two rules: small_community (the writer says the story is one readers could place) and venting (the
one held back is a colleague, and nothing beside it is praise). Found only where a hint follows in the same
sentence or the next: "but", a bracket, a dash, "you'd know"; "I won't say where or when, it was a long time
ago" points at no one.
"""

from __future__ import annotations

import re

from .context import Post

# What is held back: "who", "which (school)", "where", "him", "her", "them", "names", "the name", "their name".
_WHAT = re.compile(
    r"(?i)\s+(?:who|whom|which(?:\s+(?!but\b|bt\b)[a-z]+)?|where|him|her|them|names?|(?:the|their|his|her)\s+names?)\b"
    # ... and ends the clause there: "won't say who, but", "can't say who 👀", not "not saying who won the bake-off"
    r"(?=\s*(?:[,.!?;:)(—–-]|$|(?:but|bt|yet|till|until|obv\w*|though|tho|here|sorry|lol|as|for|in)\b|[\U0001f300-\U0001faff\u2600-\u27bf]))"
)
# Between the phrase and its sentence's end: nothing more than punctuation, an emoji, "yet", "obviously".
_ENDS = re.compile(r"(?i)[\s.,!?…;:)]*(?:\s*(?:yet|obviously|obvs|lol|sorry|though|tho|here|sadly)\b)?[\s.,!?…;:\U0001f300-\U0001faff\u2600-\u27bf]*")
# Phrases that say it themselves: "shall remain nameless", "who shall not be named".
_SELF_SAID = ("nameless", "named")
# The hint after it: "but", a bracket, a dash, "you'd know", "you'll know", "you all know".
_HINT_WORDS = r"(?:but\b|bt\b|\(|[—–]|(?:you|u|ye|y['’]?all)(?:['’]d|['’]ll|\s+would|\s+will|\s+all)?\s+(?:all\s+)?know\b)"
_HINT = re.compile(r"(?i)(?:\b|(?=[(—–]))" + _HINT_WORDS)
# The same opening the next sentence, after any emoji: "Can't say who 👀 but watch this space".
_HINT_OPENING = re.compile(r"(?i)[\s\U0001f300-\U0001faff\u2600-\u27bf]*" + _HINT_WORDS)


def withheld(post: Post) -> list[tuple[int, int]]:
    """[start, end) of each phrase holding a name back that is followed by a hint at who it is."""
    found = post.cue("review_withholding")
    if not found:
        return []
    text = post.text
    out = []
    for a, b in found:
        end = b
        if not text[a:b].lower().endswith(_SELF_SAID):
            m = _WHAT.match(text, b)
            if m is None:
                continue
            end = m.end()
        # the rest of its sentence ("won't name him but he's ..."), or the next one when the phrase ends its own
        # ("Can't say who 👀 but watch the news", "Not saying who. But you'd be shocked"); not after more held
        # back ("I won't say where or share any details, that's theirs. But I learned ...")
        sb = post.sentence(end)[1]
        if sb <= end or _ENDS.fullmatch(text, end, sb):
            stop = post.sentence(sb)[1] if sb < len(text) else sb
            hinted = _HINT_OPENING.match(text, sb, stop) is not None or _HINT.search(text, end, sb) is not None
        else:
            hinted = _HINT.search(text, end, sb) is not None
        if hinted:
            out.append((a, end))
    return out
