"""A name after "our" (and Geordie "wor") as Northern English, Irish and Scots speak of someone they know well:
"found our Gaz kippin in the doorway again", "loved seeing our Hope ring the bell", "proud of wor Demi". Staff in
a hostel, a ward or a gym talk of the people they serve so, and the name is theirs (issue 10: names said the way
a community says them).

Only a capitalised word in mid-sentence that reads as a first name counts: one of the common first names that are
also words (common_word_names.txt: "Hope", "Summer"), a word a dictionary lists with a capital ("Tracey"), or a
word outside everyday English (not in both Webster's 2nd and GCIDE: nicknames such as "Gaz", "Shaz", "Kev"), and then a word
that a person does or is ("ring", "'s", "kippin", "is"), never a noun ("our Hope Centre", "our NHS Trust"). A
family noun ("our Nan", "our kid"), a title ("our Lord", "our Lady"), a month or weekday, an acronym and a word
of a public body or place stay what they are (an everyday word that is no listed name, "so proud of
our Team", stays a word); the writer's own family named after a family noun is own_family's."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.names import PersonRegexRecognizer
from ...nation_words import is_nation_word

_WORD_NAMES = vocab.words("common_word_names")
_NOT_HERE = (
    vocab.words("family_nouns") | vocab.words("months") | vocab.words("weekdays")
    | frozenset("lord lady father saviour maker creator king queen god kid lass lad bairn wee son".split())
)
# What follows the name when it is someone: a lowercase word (a verb, "kippin", "ring"), "'s", a comma, the end of
# a clause; never a capitalised word (a run of capitals is a name of a thing: "our Hope Centre")
_AFTER = re.compile(r"(?:['’]s\b|\s*[,.!?)]|\s*$|\s+(?:(?!(?:centre|center|house|project|team|trust|ward|unit|school|"
                    r"fund|group|foundation|appeal|day|charity|service|services|programme|program|club|house)\b)[a-z][a-z'’-]*))")


# A workplace noun within the next two words makes the capitalised word a place's name ("our Mapusa clinic", "our
# Techiman dental unit", "our Leeds office"): the way a chain or a service names its sites
_WORKPLACE_AFTER = re.compile(
    r"(?:\s+[a-z][\w'’-]*)?\s+(?:clinic|unit|office|branch|site|store|shop|depot|ward|team|school|hospital|practice|"
    r"surgery|centre|center|campus|hub|base|lab|pharmacy|depot|warehouse|plant|factory|hostel|home|church|club)s?\b"
)


# A plural of people right after makes the capitalised word a description of the group ("courtesy of our Filipino
# nurses", "our Polish lads"), never one person's name
_GROUP_AFTER = re.compile(
    r"\s+(?:nurses|staff|team|lads|lasses|girls|boys|kids|patients|residents|friends|colleagues|carers|doctors|"
    r"students|pupils|volunteers|members|families|neighbours|neighbors|workers|crew|folk|mums|dads|parents)\b"
)


class OurNameRecognizer(PersonRegexRecognizer):
    ORDER = 703
    WHY = "Someone called 'our Gaz' or 'wor Demi' is named the way a community names a person it knows."
    PATTERNS = [
        # lowercase "our" or "wor" in mid-sentence (a sentence opening with "Our" is read by the others)
        # (above spaCy's 0.85: the slot, not the model's guess of a place for "Kez", says it is someone)
        Pattern("our and name", r"(?<![\w'’])(?:our|wor)\s+(?P<span>[A-Z][a-z]{1,14})\b(?![’'-]\w{2})", 0.86),
    ]

    def trim(self, text, start, end, doc, starts):
        word = text[start:end]
        low = word.lower()
        if low in _NOT_HERE or lexicon.is_not_a_name(word) or not _AFTER.match(text, end):
            return start, start
        if _GROUP_AFTER.match(text, end) or is_nation_word(word):
            return start, start  # "our Filipino nurses", "our Polish lads": a word describing a group, not a name
        if _WORKPLACE_AFTER.match(text, end):
            return start, start  # "from our Mapusa clinic", "our Techiman dental unit": a place's name, not a person's
        if low in _WORD_NAMES or lexicon.is_listed_as_name(word) or not lexicon.is_common_word(low):
            # the span takes "our" too, so the rewrite says who ("found someone kippin"), never "found our kippin"
            our = re.search(r"(?:our|wor)\s+$", text[max(0, start - 6) : start])
            return (start - len(our.group()) if our else start), end
        return start, start  # "so proud of our Team": an everyday word, capitalised for emphasis
