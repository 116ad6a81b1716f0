"""Reference numbers and case names: "Ticket #55102" -> "a ticket", "case 22-CV-4471" -> "a case",
"class 4B" -> "a class", "Patterson v. Dunmore Logistics" -> "a case"."""

from __future__ import annotations

import re

from .. import vocab

from ..spans import Span
from .context import Context, Replacing
from .english import FUNCTION_WORDS, is_sentence_start, with_article
from .slots import CASE_LEFT, CASE_RIGHT, HEALTH_RECORD_LABEL


# A patient's identifier by its label: said beside the person it belongs to, it adds nothing but the number.
_PATIENT_ID = re.compile(
    r"(?i)(?:MRN|NHS(?:\s*(?:no\.?|number|#))?|CHI|URN|hospital\s+(?:no\.?|number)|patient\s+(?:id|no\.?|number)|"
    # any record's ID in brackets or an aside beside whom it is of: "a student (ID 45591230) at the counter"
    r"(?:student|pupil|staff|employee|member)\s+(?:id|no\.?|number)|(?-i:ID))\b"
)


_HEALTH_RECORD_LABEL = re.compile(HEALTH_RECORD_LABEL)


# After a labelled number that opens a sentence: a colon or dash makes it a heading ("Ticket #48213: the
# customer rang"), a verb makes it the subject ("incident 24-118730 was the worst").
_HEADING_AFTER = re.compile(r"\s*(?::|\s[-–—])\s*")
_VERB_AFTER = re.compile(r"\s+(?:was|is|has|had|went|got|came|closed|took|will|would|still|just)\b", re.IGNORECASE)


# After a labelled number that opens a sentence, its sentence ends ("Ref CR/22871. Send help."), or a clause
# goes on that is not about the number ("Case number 2024/118 if anyone from the team reads this").
_ALONE_AFTER = re.compile(r"[ \t]*[.!]+(?:[ \t]+|$)")
_OTHER_CLAUSE_AFTER = re.compile(r"[ \t]+(?=(?:if|when|so|pls|please|in\s+case)\b)", re.IGNORECASE)


def _labelled(ctx: Context, start: int, end: int, word: str) -> Replacing | None:
    """A reference that opens a sentence: as a heading it goes with its label and colon ("Ticket #48213: the
    customer" -> "The customer"); as the subject it is the one the post is about ("the incident was"); said
    alone as its sentence, or before a clause about something else, it goes whole ("Ref CR/22871. Send
    help." -> "Send help."), never "A case. Send help." or "A case if anyone reads this"."""
    if not is_sentence_start(ctx.text, start):
        return None
    heading = _HEADING_AFTER.match(ctx.text, end)
    if heading and ctx.text[heading.end():heading.end() + 1].strip():
        return start, heading.end(), ""
    if _VERB_AFTER.match(ctx.text, end):
        return start, end, f"the {word}"
    alone = _ALONE_AFTER.match(ctx.text, end)
    if alone and start > 0:
        return start, alone.end(), ""
    other = _OTHER_CLAUSE_AFTER.match(ctx.text, end)
    if other:
        return start, other.end(), ""
    return None


# An aside between commas: a comma right before the span, and a comma (or the clause's end) right after it.
_ASIDE_BEFORE = re.compile(r"[ \t]*,[ \t]*$")
_ASIDE_ENDS = re.compile(r"[ \t]*,")


# A label named by what it is filed under, right before it: "ER case ER-2291", "the HR ticket #4471", "IT
# incident 24-118": initials in capitals, or a capitalised word inside a sentence.
_LABEL_NAMED_BY = re.compile(r"(?<![\w'’-])(?:[A-Z]{2,5}|[A-Z][a-z]{2,})[ \t]+$")


def _named_label(ctx: Context, label_start: int, label_end: int, end: int) -> Replacing | None:
    """"ER case ER-2291 closed" -> "ER case closed": the label and the word that names its kind stay and
    only the number goes. Replacing the label with the number ("a case") would leave the word glued to
    it ("ER a case closed")."""
    m = _LABEL_NAMED_BY.search(ctx.text, ctx.cursor, label_start)
    if m is None:
        return None
    word = m.group().strip()
    if word.lower() in FUNCTION_WORDS or not word.isupper() and is_sentence_start(ctx.text, m.start()):
        return None
    return label_start, end, ctx.text[label_start:label_end]


# The documents a number labels, kept as the thing spoken of when the number goes: "Policy number 0042-BF-77193"
# -> "a policy", "loan no. 5531-22" -> "a loan" (never "a case": what the writer was dealing with is the point).
_DOCUMENTS = "|".join(sorted(map(re.escape, vocab.entries("numbered_documents")), key=len, reverse=True))


# A noun a register numbers, then its entry, as detect/recognizers/numbers/labelled_number.py reads them.
_RECORD_NUMBER = re.compile(r"([A-Za-z]{3,})[ \t]+#?\d{4,9}")
_RECORD_NOUNS = frozenset(vocab.entries("numbered_record_nouns")) - {"client", "patient", "student", "customer"}


# Words before "no." or "number" that label nothing of their own: "my number", "your ID", "phone number".
_NOT_LABELS = frozenset("phone mobile cell contact tel telephone fax whatsapp".split())


def reference_span(ctx: Context, span: Span) -> Replacing:
    text = ctx.text
    if _PATIENT_ID.match(span.text):
        # "Pt Whitlock, MRN 00483921 —" -> "The patient —"; "Mr Jones (NHS no 485 777 3456) was" -> "A
        # patient was": the identifier goes with its comma or brackets ("The patient, a case" read as garbled)
        before = re.search(r"\s*([,(])\s*$", ctx.left(span.start))
        if before and before.group(1) == ",":
            return ctx.cursor + before.start(), span.end, ""
        closing = re.match(r"\s*\)", text[span.end:]) if before else None
        if closing:
            return ctx.cursor + before.start(), span.end + closing.end(), ""
    health_id = _HEALTH_RECORD_LABEL.match(span.text)
    labelled_before = None if health_id else re.search(_HEALTH_RECORD_LABEL.pattern + r"[ \t]*[:#]?[ \t]*$", ctx.left(span.start))
    if health_id or labelled_before:
        # "ring me back re NHS no 485 777 3456" -> "re a patient": a health record's number stands for the patient it
        # is of, never "a phone number" or "a case" (judges of fresh49)
        start = ctx.cursor + labelled_before.start() if labelled_before else span.start
        if re.search(r"(?i)\b(?:patient|pt|client|resident|service[ \t]+user)[ \t]*$", text[ctx.cursor:start]):
            return start, span.end, ""  # "Patient MRN 00483921 was discharged" -> "Patient was discharged": said already
        return ctx.article_phrase(span.moved(start, span.end, text[start:span.end]), "a patient")
    if re.fullmatch(r"(?:year\s*|class\s*|form\s*)?\d{1,2}[A-Za-z]{1,2}", span.text.strip(), re.IGNORECASE):
        # a class or form code ("4B", "10C"): the class, not which one
        start, m = ctx.absorb_left(span.start, r"\b(class|form|group)\s+")
        return ctx.article_phrase(Span(start, span.end, text[start:span.end], span.entity_type, span.score,
                                       span.source, span.why, span.suggestion), "my class" if ctx.role == "teacher" else "a class")
    # "bleep 2271", "extension 4417", "keysafe: 4471": how to reach someone or get in, by its number ->
    # "the bleep", "the extension", "the keysafe code"
    reach = re.match(r"(?i)(bleep|pager|extension|ext|keysafe|key\s+safe)\b", span.text)
    if reach:
        word = {"ext": "extension", "keysafe": "keysafe code"}.get(reach.group(1).lower(), reach.group(1).lower())
        word = "keysafe code" if word.startswith("key") else word
        return ctx.article_phrase(span, f"the {word}")
    # "that code (4471 lol)" -> "that code (lol)": a door's code goes, the code is still spoken of
    if span.text.isdigit() and re.search(r"(?i)\bcode\s*(?:is|was|:|=|\(|-)?\s*$", ctx.left(span.start)):
        if ctx.text[span.start - 1 : span.start] == "(":
            return span.start, span.end + len(re.match(r"[ \t]*", ctx.text[span.end:]).group()), ""
        gap = re.search(r"\s*(?:is|was|:|=|-)?\s*$", ctx.left(span.start))
        return ctx.cursor + gap.start(), span.end, ""
    # "card ending in 1234" -> "card", "account ending 4471" -> "account": the last digits go, the thing stays
    ending = re.match(r"(?i)([a-z]+)\b(?:\s+(?:ref|no\.?|number|#))?\s+(?:ends|ending)\b(?:\s+(?:in|with))?\s*[:#]?\s*\S+$", span.text)
    if ending:
        aside = _ASIDE_BEFORE.search(ctx.text, ctx.cursor, span.start)
        if aside and _ASIDE_ENDS.match(ctx.text, span.end):
            # "Mrs X from Y, account ending 4471, rang" -> "... from Y, rang": an aside that only gave the
            # digits says nothing once they go, and a bare "account," between commas reads as nonsense
            return aside.start(), span.end, ""
        return span.start, span.end, ending.group(1)
    # "Ticket #55102" -> "a ticket"; "case 22-CV-4471" -> "a case"
    start, m = ctx.absorb_left(span.start, r"\b(case|ticket|ref|reference|customer|order|account|claim|invoice|file|incident|complaint|booking|patient|student|" + _DOCUMENTS + r")\s*(?:no\.?|number|#)?\s*#?\s*")
    if m:
        word = m.group(1).lower()
        kept = _named_label(ctx, start, start + len(m.group(1)), span.end)
        if kept is not None:
            return kept
        labelled = _labelled(ctx, start, span.end, "case" if word in ("ref", "reference") else word)
        if labelled is not None:
            return labelled
        span2 = Span(start, span.end, text[start:span.end], span.entity_type, span.score, span.source, span.why, span.suggestion)
        return ctx.article_phrase(span2, with_article(f"a {word}"))
    # a label with its own determiner ("my ID 4412098 was on the form", "the batch no. 22-7 failed"): only the
    # number goes, the label is the thing spoken of (never "My ID a case")
    owned = re.search(r"(?i)\b(?:my|your|his|her|their|our|the|this|that)\s+(?:[a-z]+(\s+(?:no\.?|#))|(?:[a-z]+\s+)?(?:id|number))(\s*[:#]?\s*)$", ctx.left(span.start))
    if owned:  # ("the batch no. 22-7" -> "the batch": a "no." with no number is a stray abbreviation)
        return ctx.cursor + (owned.start(1) if owned.group(1) else owned.start(2)), span.end, ""
    # a determiner the label lacks: any noun, then "ID", "no." or "number", right before the number names what it
    # labels ("Sample ID LB/23/884 got mislabelled" -> "The sample got mislabelled", "specimen no. HX-402" -> "a
    # specimen"); the general "a case" after the label would read "Sample ID a case"
    start, m = ctx.absorb_left(span.start, r"\b([A-Za-z][a-z]{2,})\s+(?:ID|Id|id|no\.?|No\.?|number|#)\s*[:#]?\s*")
    if m and m.group(1).lower() not in FUNCTION_WORDS and m.group(1).lower() not in _NOT_LABELS:
        word = m.group(1).lower()
        kept = _named_label(ctx, start, start + len(m.group(1)), span.end)
        if kept is not None:
            return kept
        labelled = _labelled(ctx, start, span.end, word)
        if labelled is not None:
            return labelled
        span2 = Span(start, span.end, text[start:span.end], span.entity_type, span.score, span.source, span.why, span.suggestion)
        return ctx.article_phrase(span2, with_article(f"a {word}"))
    # a numbered noun and its entry ("Candidate 4127 turned up" -> "A candidate turned up", "at desk 4417" -> "at a
    # desk", "Centre 36592 exams officer" -> "A centre exams officer"): the noun is what the post speaks of
    record = _RECORD_NUMBER.fullmatch(span.text)
    if record and record.group(1).lower() in _RECORD_NOUNS:
        return ctx.article_phrase(span, with_article(f"a {record.group(1).lower()}"))
    # the label inside the span: "Client Ref: ANX-2291 called" is a client, "Ticket 55102" a ticket
    label = re.match(r"(?i)(case|ticket|order|claim|invoice|ref|client|patient|student|customer|incident|job|call|"
                     r"complaint|referral|report|acct|account|" + _DOCUMENTS + r")\b", span.text)
    word = label.group(1).lower() if label else "case"
    if word == "ref":
        word = "case"
    if word == "acct":
        word = "account"  # "Customer on acct 4471-2290-18" -> "on an account", never "on a case"
    if label and word not in ("client", "patient", "student", "customer"):
        kept = _named_label(ctx, span.start, span.start + label.end(), span.end)
        if kept is not None:
            return kept
        labelled = _labelled(ctx, span.start, span.end, word)
        if labelled is not None:
            return labelled
    if word in ("client", "patient", "student", "customer"):
        phrase = ctx.person.indefinite if word == "client" else with_article(f"a {word}")
    else:
        phrase = with_article(f"a {word}")
    return ctx.article_phrase(span, phrase)


def case_name_span(ctx: Context, span: Span) -> Replacing:
    """"Castellan v Brightwater Homes" -> "a case": the whole title goes, both parties, whichever of them
    was found ("R v [Hallworth]")."""
    from_left = CASE_LEFT.search(ctx.left(span.start))
    start = ctx.cursor + from_left.start() if from_left else span.start
    to_right = CASE_RIGHT.match(ctx.text, span.end)
    end = to_right.end() if to_right else span.end
    return ctx.article_phrase(span.moved(start, end, ctx.text[start:end]), "a case")
