"""A record told in a clause of its own, dropped (issue 11: "'the first/only X in <place>' into 'a X'").

The review raises ``rare_or_unique`` on the phrase that says someone or something is the first, only, second or
last of a kind. Where that record is said in a clause with no verb of its own, after the story has been told,
the clause carries nothing but the record: it goes whole, and the story stays.

    a sentence of its own:          "We delivered triplets!! First time in the history of this facility." ->
                                    "We delivered triplets!!"
                                    "Only set of twins born in the parish this year, whole village out." ->
                                    "Whole village out."
    an aside closing a sentence:    "... after a tattoo, first one our unit has ever seen." -> "... after a tattoo."
                                    "... Addison's disease — first case I've seen in 20 years." -> "... disease."

The clause must open with the record ("first", "only the second", "probably the first"), at the start of a
sentence or after a comma or dash, and run to the sentence's end (or, opening a sentence, to a comma) with no
verb that could be the sentence's own: "The first patient in town came in today" and "the first case has been
discharged" stay (the record is their subject), as do the writer's own ("I'm the first nurse here", "First case
like this in my 15 years.", "First one I've seen in 20 yrs of practice!": the writer's career is the measure, and
the post's point), a record that says what the one did ("First kid from our group home ever to go to college") and
a clause the rest of the post cannot stand without (fewer than four words would be left).
What stays is flagged still.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import vocab
from ..review import Risk
from .english import leaves_too_little
from .regions import region

# The record words the review's phrase opens with, and the words that may stand before them in the clause.
_RECORD = re.compile(r"(?i)(?:(?:only|just)\s+)?(?:(?:the|our)\s+)?(?:very\s+)?(?:first|only|second|third|last|sole)\b")
_LEAD = re.compile(r"(?i)(?:\b(?:and|but|probably|possibly|maybe|prob|likely|surely|literally|only|just|the|our|very)\s+)+$")
_EMOJI = r"[\U0001f300-\U0001faff\u2600-\u27bf]"
# Where a clause opens before the record: a sentence's start (the text's, after . ! ? or a line, or an emoji),
# or an aside's comma or dash.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]+\s+|\n\s*|" + _EMOJI + r"\ufe0f?\s+)$")
_ASIDE_OPENS = re.compile(r"(?:[ \t]*,|[ \t]+[—–-]|[—–])[ \t]*$")
# Where the sentence ends: its punctuation, a line, an emoji, the text's end.
_SENTENCE_END = re.compile(r"[.!?]+|\n|[ \t]*" + _EMOJI + r"|$")
# Verbs that would make the clause a sentence of its own, the record its subject: the auxiliaries, and the
# irregular past forms a story tells with ("came", "went").
_FINITE = frozenset(vocab.words("record_clause_finite_verbs"))
# A perfect after "ever" or a subject of its own is the record's measure ("first one our unit has ever seen", "first
# I've ever seen"), not the sentence's verb.
_MEASURE = re.compile(r"(?i)(?:\b(?:i|we|they|you|he|she)(?:['’]ve|['’]d|\s+have|\s+had|\s+has)?|\b(?:has|have|had)\s+ever|['’]ve\s+ever)\b")
_SUBJECTS = frozenset({"i", "we", "they", "you", "he", "she", "i've", "we've", "they've", "you've", "i'd", "we'd"})
_WORD = re.compile(r"[\w'’-]+")
_MAX_WORDS = 16
# A record of a time or a day ("First day back on the ward", "first time in years") is the writer's own moment, no
# one's record, unless the clause says it is one ("First time in the history of this facility", "first time ever").
_WHEN = re.compile(r"(?i)(?:first|only|second|third|last)\s+(?:time|day|week|night|shift|month|year)s?\b")
_SAID_A_RECORD = re.compile(r"(?i)\b(?:ever|history|on\s+record)\b")
# After a comma, a pronoun that takes the record up as its subject ("The first nurse I worked with, she taught me"):
# the record names who the sentence is about and stays.
# Nor where what follows hangs on the record ("Only one on the island, so that's exciting").
_TAKEN_UP = re.compile(r"(?i)(?:she|he|they|it|her|his|their|its|this|that|so|and|but|which|because|cos|coz)\b")
# What the one of a kind did, said after the record ("ever to go to college", "to stay clean past 3 months"): the
# achievement is the point, and stays (as story_rarity keeps it).
_DID = re.compile(r"(?i)(?<!according\s)\bto\s+(?!(?:the|a|an|my|our|his|her|their|this|that|me|us|him|them|it)\b)[a-z]+")
# The record measured by the writer's own career ("in my 15 years", "in 20 yrs of practice", "in 30 years of
# nursing"): theirs to keep.
_MY_MEASURE = re.compile(r"(?i)\b(?:my|mine)\b|\b(?:years?|yrs?|decades?)\s+(?:of|in)\s+(?:practice|nursing|teaching|"
                         r"service|the\s+job|this\s+job|the\s+trade|medicine|law|social\s+work|care|the\s+field)\b")
# A record of someone or of a case: the clause says "ever", "history" or "on record", or names a person or a case
# ("first case like that", "only set of twins", "first girl from her school"); "first frost this morning in
# Manchester" and "Only in Doha" are no one's record.
_A_RECORD = re.compile(r"(?i)\b(?:ever|history|on\s+record|recorded)\b")
_SOMEONE_OR_A_CASE = frozenset(
    {w.lower() for name in ("person_words", "person_words_more", "role_nouns", "role_nouns_more", "informal_people_words")
     for w in vocab.words(name)}
    | {"case", "cases", "one", "ones", "twins", "triplets", "quads", "quins", "baby", "babies", "couple", "family", "families"})
# A clause of its own inside the record's ("Only doc in the county so it's always me"): the record is its reason.
_CLAUSE_INSIDE = re.compile(r"(?i)\b(?:so|because|cos|coz|which|but|and\s+(?:i|we|she|he|they|it))\b")
# The writer's own record: "I'm the first nurse here", "being the only midwife".
_OWN = re.compile(r"(?i)\b(?:i['’]m|i\s+am|i\s+was|we['’]re|we\s+are|being|as|me)\s+$")


def _verbless(clause: str) -> bool:
    """No word in ``clause`` is a verb the record would be the subject of: a finite verb counts only where a
    subject of its own ("I", "we", "our unit has ever") stands before it; a past in -ed only after "ever", a
    subject or "have"."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(clause)]
    measured = bool(_MEASURE.search(clause))
    for i, word in enumerate(words):
        before = words[:i]
        has_subject = any(w in _SUBJECTS for w in before) or measured and "ever" in words[i - 2:i]
        if before[-1:] == ["to"]:
            continue  # "ever to do it": an infinitive
        if word in _FINITE and not has_subject and not (measured and word in ("has", "have", "had") and "ever" in words[i + 1:i + 2]):
            return False
        if word.endswith("ed") and i > 1 and not has_subject and words[i - 1] not in ("ever", "been", "have", "has", "had", "'ve") \
                and not (measured and "ever" in words[:i]):
            return False
    return True


def records_said_alone(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """Each record the review raised (a ``rare_or_unique`` phrase opening with "first", "only", ...) said in a
    verbless clause of its own, as a region that drops the clause (module notes above)."""
    out: list[Risk] = []
    for risk in risks:
        if risk.kind != "rare_or_unique" or risk.by_model or not _RECORD.match(risk.text):
            continue
        lead = _LEAD.search(text, max(0, risk.start - 30), risk.start)
        start = lead.start() if lead else risk.start
        if _OWN.search(text, max(0, start - 20), start):
            continue
        sentence = _SENTENCE_OPENS.search(text, max(0, start - 6), start) or (start == 0 and re.match("", text))
        aside = None if sentence else _ASIDE_OPENS.search(text, max(0, start - 4), start)
        if not sentence and not aside:
            continue
        if sentence and len(_WORD.findall(text[:start])) < 3:
            continue  # "First ever conjoined twins born at our hospital!! Sharing the pic ...": the record is the news told
        end = _SENTENCE_END.search(text, risk.end)
        comma = text.find(",", risk.end, end.start())
        if aside and (comma >= 0 or re.search(r"\s[—–-]\s", text[risk.end:end.start()])):
            continue  # an aside mid-sentence: one_of_a_kind's to make general
        stop = comma if sentence and comma >= 0 else end.start()
        record = _RECORD.match(risk.text).group()
        if re.fullmatch(r"(?i)(?:only|just)", record.split()[-1]) and not re.search(r"(?i)\b(?:the|our)\b", text[start:risk.start] + record) \
                and (aside or re.match(r"(?i)\s+(?:a|an)\b", text[risk.start + len(record):])):
            continue  # ", only keep the family in your prayers", "only a young person!!": "only" as "just", no record
        record_word_at = risk.start + len(record) - len(record.split()[-1])
        if _WHEN.match(text, record_word_at) and not _SAID_A_RECORD.search(text, risk.start, stop):
            continue
        if sentence and comma >= 0 and _TAKEN_UP.match(text[comma + 1:].lstrip()):
            continue
        if not _A_RECORD.search(text, risk.start, stop) and not any(
                w.lower() in _SOMEONE_OR_A_CASE for w in _WORD.findall(text[risk.start:stop])):
            continue
        if _DID.search(text, risk.start, stop):
            continue  # "First kid from our group home ever to go to college": what the one did is the post's point
        if _MY_MEASURE.search(text, risk.start, stop):
            continue  # "First case like this in my 15 years.": measured by the writer's own career, the post's point
        clause = text[start:stop]
        if len(_WORD.findall(clause)) > _MAX_WORDS or _CLAUSE_INSIDE.search(text, risk.end, stop) or not _verbless(text[risk.start:stop]):
            continue
        if sentence:
            if comma >= 0:
                a, b = start, comma + 1 + len(re.match(r"\s*", text[comma + 1:]).group())
            else:
                b = end.end() if end.group()[:1] in ".!?" else end.start()
                b += len(re.match(r"[ \t]*", text[b:]).group())
                a = start
                if b >= len(text.rstrip()):  # the last sentence: the space before it goes, the one before keeps its mark
                    a = len(text[:start].rstrip())
        else:
            a, b = aside.start(), stop
        if leaves_too_little(text, a, b) or not text[b:].strip() and not text[:a].strip():
            continue
        out.append(region(risk, text, a, b, ""))
    return out
