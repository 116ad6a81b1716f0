"""The story details of the risks the review raised, made general where a general phrase reads as well.

The review finds the phrase that raises each risk; most of them only the writer can fix ("everyone
knows everyone"), but many have a general form that keeps the post's point (issue 11):

    health_detail, someone else's:  "my resident's dementia is getting worse" -> "... condition is getting worse"
                                    "cried about her IVF" -> "... her treatment"; "in for his sildenafil" -> "... his medicine"
                                    "treated for an eating disorder" -> "treated for a health condition"
                                    "his dyslexia diagnosis" -> "his diagnosis"; "the methadone clinic" -> "the clinic"
    photo, offered in the post:     "😍 pic below of her in her gown!!" -> "😍"; "(pic below)" -> ""
                                    "Got a sneaky pic of him, it's on my story." -> (the sentence goes)
                                    "Mum said I could post so here's baby's first ever pic 😍" -> "😍"
                                    "Here's the pic of us with him after we got him out" -> "We got him out"
    a rare multiple birth:          "a set of triplets" -> "multiple babies" (story_multiples.py)
    rare_or_unique, "the only":     "the only female firefighter at her station" -> "a female firefighter"
    news_event, the event and who:  "that pile-up near the junction" -> "a serious accident"; "the lorry driver" ->
                                    "one of those involved"
    a story's figures:              "for 80km" -> "for miles", "down for 3 hrs" -> "down for hours"
    small_community, what place:    "a tiny fishing village" -> "a small village"
    confidential_business:          "accepts 'password123'" -> "accepts a weak password"

Each is a ``Risk`` like the review's own, with the region it replaces and its ``rewrite`` ("" drops it), so
the driver stitches them in as it does the review's rewrites. Nothing is touched in a post the review found
no risk in, and never the writer's own health. The review runs again on the result: what is still risky
stays flagged for the writer.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from .. import vocab
from ..review import Risk
from ..review.cues import NUMBER_WORDS
from ..review.general_events import general_event
from ..review.health_detail import MEDICINE_ENDINGS
from ..review.small_community import sized_place_after
from ..spans import Span
from .english import leaves_too_little, sentence_start_at
from .regions import first_fit, region
from .story_business import business_figures
from .story_counts import counts
from .story_coverage import coverage
from .story_events import dated_events, named_matters
from .story_multiples import general_multiples, multiple_births, on_a_multiple_birth, says_multiple_birth
from .story_rarity import one_of_a_kind, rarities
from .story_records import records_said_alone


def _words(*names: str) -> str:
    """The entries of the named lists as a whole-word alternation, longest first; a space or a hyphen
    between words matches either."""
    entries = sorted({e for name in names for e in vocab.entries(name)}, key=len, reverse=True)
    parts = [r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", e)) for e in entries]
    parts = [p.replace("'", "['’]?") for p in parts]
    return r"(?:" + "|".join(parts) + r")"


# -- health ------------------------------------------------------------------------------------------

# The hand list, and the conditions WordNet files (review_health_conditions: the rare and clinical ones drafts name
# beside a client, "apraxia", "albinism", "spina bifida", which the review raises and the hand list lacks).
# ("heart attack" is said of a shock as often: "nearly had a heart attack at the pass", and is no lasting condition.)
_CONDITION = re.compile(r"(?i)(?!.*\battack\b)" + _words("health_conditions", "review_health_conditions") + r"$")
_TREATMENT = re.compile(r"(?i)" + _words("health_treatments") + r"$")
_PROCEDURE = re.compile(r"(?i)" + _words("health_procedures") + r"$")
_MEDICINE = re.compile(r"(?i)" + _words("medicines", "health_medicines_more") + r"$")
# Sudden events ("his stroke", "had a seizure") and injuries ("her broken hip"): said of someone else, they
# have general words of their own ("his illness", "a medical emergency", "an injury").
_EPISODE = re.compile(r"(?i)" + _words("health_episodes") + r"$")
_INJURY = re.compile(r"(?i)" + _words("health_injuries") + r"$")
# An operation named by the part of the body it is on: "heart surgery", "hip op", "knee reconstruction".
_BODY_OPERATION = re.compile(
    r"(?i)(?:(?:open[\s-]+)?" + _words("health_body_parts") + r")[\s-]+(?:surgery|op|operation|reconstruction|replacement|transplant)$"
)
# Conditions known by their initials, as written in capitals ("she's got MS", "diagnosed with ALS"); a set of
# initials that is also a word in lowercase ("ME") is left, as it may be the word shouted.
_ACRONYMS = tuple(a for a in vocab.entries("condition_acronyms") if a.lower() not in vocab.words("function_words"))
# A condition named for a person (eponymous_conditions, from Wikipedia's list): "Addison's disease", "Bell's palsy",
# "Guillain-Barré syndrome".
_EPONYMOUS = re.compile(
    r"(?i)(?:" + "|".join(re.escape(n) for n in sorted(vocab.entries("eponymous_conditions"), key=len, reverse=True)) + r")"
    r"(?:['’]s?)?\s+(?:disease|syndrome|palsy|disorder|dementia|sarcoma|lymphoma|dystrophy|ataxia|chorea|anomaly)$"
)
_CONDITION_ACRONYM = re.compile(r"(?:" + "|".join(re.escape(a) for a in sorted(_ACRONYMS, key=len, reverse=True)) + r")$")
# Clinical words by their endings: conditions ("sarcoidosis", "neuropathy") and medicines ("sildenafil").
_CLINICAL_CONDITION = re.compile(r"(?i)[a-z]{3,}(?:itis|osis|iasis|aemia|emia|oma|opathy|plegia|trophy|plasia)")
_CLINICAL_MEDICINE = re.compile(r"(?i)[a-z]{3,}(?:" + MEDICINE_ENDINGS + r")")
_NOT_CLINICAL = re.compile(r"(?i)(?:diploma|aroma|soma|stoma|coma|karma|trauma|idiom|axiom|atrophy|trophy|osmosis)")
# What stands before a named condition and narrows it: "stage 3 breast cancer", "type 1 diabetes",
# "early onset dementia", "male breast cancer".
_NARROWING = re.compile(
    r"(?i)(?:\b(?:stage|grade|type)\s+(?:\d|iv|iii|ii|i)\b\s*|\b(?:male|female|early|early[\s-]onset|young[\s-]onset|late[\s-]stage|end[\s-]stage|"
    r"terminal|advanced|aggressive|severe|chronic|rare|childhood|juvenile|secondary|metastatic|inoperable|breast|bowel|lung|skin|"
    r"prostate|ovarian|cervical|pancreatic|brain|bone|blood|liver|kidney|throat|mouth|stomach|testicular|colon|spinal)\s+)+$"
)
# A word after the condition that makes it part of a noun: "his dyslexia diagnosis", "the methadone clinic".
_HEALTH_NOUN_AFTER = re.compile(
    r"(?i)\s+(?:diagnosis|diagnoses|assessment|clinic|unit|ward|team|service|nurse|meds|medication|treatment|appointment|"
    r"appointments|results|journey|recovery|prescription|script|dose|programme|program|support|group|specialist|meds|pills|"
    r"tablets|refill|refills|chart|injections?|jabs?|drip|pump|pen|patch(?:es)?|casting|cast|brace|levels|tests?|scans?|"
    r"check(?:s|up)?|review|sessions?|course|cycle|port|status)\b"
)
# A word after the condition that makes it part of a longer noun this rewrite cannot see the end of:
# "her chemo anti-nausea meds".
_MODIFIES_AFTER = re.compile(r"\s+[\w]+-[\w]+")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# Words that may follow a condition that ends its noun phrase: function words, and these.
_AFTER_A_NOUN = frozenset(vocab.words("function_words") | vocab.words("function_words_more") | set(NUMBER_WORDS)) | {
    "last", "next", "yesterday", "tonight", "tomorrow", "recently", "now", "then", "so", "too", "because", "came", "went",
    "got", "gets", "returned", "spread", "started", "starts", "kicked", "flared", "means", "meant", "made", "makes", "needs",
    "keeps", "seems", "looks", "took", "takes", "left", "comes", "hit", "hits", "won", "beat", "beats", "stopped", "gone",
    "halfway", "overnight", "earlier", "today", "again", "mid",
}


def _modifies_a_noun(text: str, end: int) -> bool:
    """The word after ``end`` is a noun the health word qualifies ("his gambling debts"): a plain lowercase
    word that neither ends a noun phrase (a function word, a time word) nor is a verb by its ending."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return word not in _AFTER_A_NOUN and not word.endswith(("ed", "ing"))


_CASE_OF = re.compile(r"(?i)\bcases?\s+of\s+$")
_POSSESSOR = re.compile(r"(?i)\b(?:his|her|their|[\w’'-]+['’]s|[\w-]+s['’])\s+$")
_OWN = re.compile(r"(?i)\b(?:my|our|mine|i|i['’]m|i['’]ve|me)\s+(?:own\s+)?$")
_ARTICLE = re.compile(r"(?i)\b(?:a|an)\s+$")
_THE = re.compile(r"(?i)\bthe\s+$")
# A bare condition in a slot that takes a noun phrase: "diagnosed with dementia", "treated for anxiety",
# "has epilepsy", "on chemo".
_BARE_SLOT = re.compile(
    r"(?i)(?:\bw/|\b(?:with|wi|wid|wiv|for|from|about|after|of|has|had|have|got|gets|developed|develops|diagnosed|started|starting|"
    r"finished|finishing|needs|needed|on|during|through))\s+$"
)
# A diagnosis in brackets after the one it is about: "My little client (selective mutism) said ...": it goes.
_BRACKETED = re.compile(r"\s*\(\s*$")
_ON = re.compile(r"(?i)\b(?:on|started|starting|finished|finishing|during|through)\s+$")
# Said of a thing, not a person: "anxiety dreams" is no one's.
_PLURAL_AFTER = re.compile(r"(?i)[’']?s\b")

# What the rewrite calls each kind, by the word before it.
_GENERAL = {
    "condition": {"poss": "condition", "a": "a health condition", "the": "the condition", "bare": "a health condition"},
    "treatment": {"poss": "treatment", "a": "a treatment", "the": "the treatment", "bare": "treatment"},
    "procedure": {"poss": "operation", "a": "an operation", "the": "the operation", "bare": "an operation"},
    "medicine": {"poss": "medicine", "a": "a medicine", "the": "the medicine", "bare": "medicine", "on": "medication"},
    "episode": {"poss": "illness", "a": "a medical emergency", "the": "the illness", "bare": "a medical emergency"},
    "injury": {"poss": "injury", "a": "an injury", "the": "the injury", "bare": "an injury"},
    "injuries": {"poss": "injuries", "a": None, "the": "the injuries", "bare": "injuries"},
}
# A treatment or operation after a verb of going through it: "off having chemo" -> "off having treatment",
# "awaiting a hip replacement" goes by the article. (A condition is never "had" this way: "having anxiety".)
_UNDERGOING = re.compile(r"(?i)\b(?:having|undergoing|receiving|getting|awaiting|needing|needs|need|needed)\s+$")
# The writer's own sudden event, or shock said as one: "I nearly had a heart attack", "gave me a stroke":
# a clause with the writer in it, or "nearly" before.
# A clause that only supposes one, its modal a few words before ("Chef would've had a heart attack", "she'll
# have a stroke"), is shock too.
_OWN_EPISODE = re.compile(
    r"(?i)\b(?:i|i['’]m|i['’]ve|i['’]d|we|we['’]ve|me|us|nearly|almost|near)\b[^.!?,;:\n]*$"
    r"|(?:\b(?:would|could|might|will|gonna)|['’](?:d|ll))\b(?:['’]ve)?(?:\s+\S+){0,4}\s+$"
)
# A condition or sudden event said alone as an aside about the one just named: "little lad today — selective
# mutism, hasn't said a word", "Lab from a farm, osteosarcoma." -> "..., a health condition, ...", "one of our
# pupils, anaphylaxis after ..." -> "..., a medical emergency after ...". Not in a list of them
# ("anxiety, depression, ADHD"): the words around are no health names, nor "and"/"or".
_ASIDE_BEFORE = re.compile(r"(?:[^\W\d_][\w'’)\]]*\s*,|\s[–—-])\s*$")
_ASIDE_AFTER = re.compile(r"\s*(?:[,.!?;]|\s[–—-]\s|$)(?!\s*(?:and|or|&)\b)|\s+(?:after|during|while|when)\b")
_ITEM_BEFORE = re.compile(r"([\w'’-]+(?:\s+[\w'’-]+)?)\s*[,–—-]\s*$")
_ITEM_AFTER = re.compile(r"\s*[,–—-]\s*([\w'’-]+(?:\s+[\w'’-]+)?)")


def _health_kind(phrase: str) -> str | None:
    p = phrase.strip()
    if _CONDITION.fullmatch(p):
        return "condition"
    if _TREATMENT.fullmatch(p):
        return "treatment"
    if _PROCEDURE.fullmatch(p):
        return "procedure"
    if _BODY_OPERATION.fullmatch(p):
        return "procedure"
    if _MEDICINE.fullmatch(p) or (_CLINICAL_MEDICINE.fullmatch(p) and " " not in p):
        return "medicine"
    if " " not in p and _CLINICAL_CONDITION.fullmatch(p) and not _NOT_CLINICAL.fullmatch(p):
        return "condition"
    if _CONDITION_ACRONYM.fullmatch(p) or _EPONYMOUS.fullmatch(p):
        return "condition"
    if _EPISODE.fullmatch(p):
        return "episode"
    if _INJURY.fullmatch(p):
        return "injuries" if p.lower().endswith(("ies", "wounds", "ribs")) else "injury"
    return None


_WORD = re.compile(r"[\w'’-]+")


def _named_inside(risk: Risk) -> Risk | None:
    """The longest run of the review's phrase that names a condition, treatment, operation, medicine, sudden
    event or injury ("got MS" -> "MS", "diagnosed with MS" -> "MS"), or None."""
    words = list(_WORD.finditer(risk.text))
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            a, b = words[i].start(), words[i + n - 1].end()
            if _health_kind(risk.text[a:b]):
                return dataclasses.replace(risk, start=risk.start + a, end=risk.start + b, text=risk.text[a:b])
    return None


def _without_health_noun(risk: Risk) -> Risk:
    """A phrase the review read whole ("methadone script", "insulin pump") narrowed to the word that names the
    health, so the noun after it is kept as it is when that word alone is named ("his script")."""
    for cut in range(len(risk.text) - 1, 0, -1):
        if risk.text[cut].isspace() and _HEALTH_NOUN_AFTER.fullmatch(risk.text[cut:]):
            head = risk.text[:cut].rstrip()
            return dataclasses.replace(risk, end=risk.start + len(head), text=head)
    return risk


_WORD_BEFORE = re.compile(r"[\w'’-]+\s+$")


def _widened(text: str, risk: Risk) -> Risk:
    """The review's phrase widened over the words before it that name the condition with it ("fibrosis" in
    "with cystic fibrosis" -> "cystic fibrosis"), so the whole name goes and no half of it is left."""
    start = risk.start
    for _ in range(2):
        m = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if not m:
            break
        start = m.start()
        if _CONDITION.fullmatch(text[start:risk.end]) or _BODY_OPERATION.fullmatch(text[start:risk.end]) \
                or _PROCEDURE.fullmatch(text[start:risk.end]) or _INJURY.fullmatch(text[start:risk.end]):
            return dataclasses.replace(risk, start=start, text=text[start:risk.end])
    return risk


# Time off work told with its cause: "Our DI is off with stress again", "signed off work with her nerves".
_OFF_WITH = re.compile(
    r"(?i)\b(?P<signed>signed\s+)?off(?:\s+(?:work|sick))?\s+with\s+(?P<what>(?:(?:her|his|their|bad|severe)\s+)?[\w'’-]+(?:\s+[\w'’-]+)??)"
    r"(?=\s*(?:[.,!?;:)]|$)|\s+(?:again|now|since|for|this|last|and|but|so|after|till|until|at|from)\b)"
)
# Said of a group: a plural verb or a share of a team before "off with": "4 of the 9 POs are off with stress",
# "Half the team in the office off with stress".
_GROUP_OFF = re.compile(r"(?i)\b(?:are|were|they['’]re|they|half|some|several|many|most|lots|loads|few|all|(?:\d+|two|three|four|five|six)\s+of)\b")
_OFF_CAUSES = frozenset(e[len("off with "):] for e in vocab.entries("review_health_words") if e.startswith("off with "))


def _off_with(text: str, risk: Risk) -> Risk | None:
    """ "off with stress" -> "off sick": that someone is off stays, why goes. The cause is a condition the
    rewrite knows, or one the review's own list says after "off with"."""
    for m in _OFF_WITH.finditer(text, max(0, risk.start - 30), min(len(text), risk.end + 40)):
        if not (m.start() < risk.end and risk.start < m.end()):
            continue
        what = m.group("what")
        if what.lower() not in _OFF_CAUSES and not _health_kind(re.sub(r"(?i)^(?:her|his|their|bad|severe)\s+", "", what)):
            continue
        if _OWN.search(text, max(0, m.start() - 12), m.start()) or re.search(r"(?i)\b(?:i|i['’]m|i['’]ve|we|we['’]re)\s+(?:\w+\s+){0,2}$", text[max(0, m.start() - 30):m.start()]):
            return None  # "I'm off with flu": the writer's own
        if _GROUP_OFF.search(text[sentence_start_at(text, m.start()):m.start()]):
            return None  # "half the team ... off with stress": a workforce, no one's health
        return region(risk, text, m.start(), m.end(), ("signed off" if m.group("signed") else "off") + " sick")
    return None


_WORD_AFTER = re.compile(r"\s+[\w'’-]+")


def _widened_after(text: str, risk: Risk) -> Risk:
    """The review's phrase widened over the word after it where the two name a sudden event or an injury as one
    ("sickle cell" + "crisis", "asthma" + "attack"), so no half of the name is left."""
    m = _WORD_AFTER.match(text, risk.end)
    if m and (_EPISODE.fullmatch(text[risk.start:m.end()]) or _INJURY.fullmatch(text[risk.start:m.end()])):
        return dataclasses.replace(risk, end=m.end(), text=text[risk.start:m.end()])
    return risk


def _health(text: str, risk: Risk) -> Risk | None:
    """Someone else's named condition, medicine or treatment as a general one, fitted to the words before
    it; None where no slot is sure ("Dementia is cruel", "the rash") or the words are the writer's own."""
    off = _off_with(text, risk)
    if off is not None:
        return off
    risk = _widened_after(text, _widened(text, risk))
    kind = _health_kind(risk.text)
    if kind is None:
        risk = _without_health_noun(risk)
        kind = _health_kind(risk.text)
        if kind is None:
            risk = _named_inside(risk)
            if risk is None:
                return None
            risk = _widened(text, risk)
            kind = _health_kind(risk.text)
    a, b = risk.start, risk.end
    narrowing = _NARROWING.search(text, max(0, a - 40), a)
    if narrowing and narrowing.group().strip():
        a = narrowing.start()
    if _PLURAL_AFTER.match(text, b) and not text[b:b + 1] in "'’":
        return None  # "anxieties", a word this list does not name
    before = text[max(0, a - 40):a]
    if _OWN.search(before):
        return None  # "my anxiety", "our IVF": the writer's own
    if _CASE_OF.search(before):
        return None  # "a case of male breast cancer": the case is the point, "a case of a health condition" reads badly
    if kind == "episode" and _OWN_EPISODE.search(text[sentence_start_at(text, a):a]):
        return None  # "I nearly had a heart attack": the writer's own, or a shock
    if kind == "episode" and re.match(r"(?i)\s+of\b", text[b:]):
        return None  # "the stroke of midnight", "a fit of giggles": the word's other sense
    general = _GENERAL[kind]
    if _MODIFIES_AFTER.match(text, b):
        return None
    noun = _HEALTH_NOUN_AFTER.match(text, b)
    if not noun and _modifies_a_noun(text, b):
        return None  # "his gambling debts", "her dementia symptoms": the word names a thing, not the condition
    if noun:
        # "his dyslexia diagnosis" -> "his diagnosis", "the methadone clinic" -> "the clinic"
        return region(risk, text, a, b + len(noun.group()) - len(noun.group().lstrip()), "")
    if kind == "condition" and _BRACKETED.search(before) and re.match(r"\s*\)", text[b:]):
        open_at = a - len(_BRACKETED.search(before).group())
        return region(risk, text, open_at, b + re.match(r"\s*\)", text[b:]).end(), "")
    if _POSSESSOR.search(before):
        return region(risk, text, a, b, general["poss"])
    article = _ARTICLE.search(before)
    if article:
        if general["a"] is None:
            return None
        return region(risk, text, a - len(article.group()), b, general["a"])
    if _THE.search(before):
        return region(risk, text, a - len(_THE.search(before).group()), b, general["the"])
    if _BARE_SLOT.search(before):
        if kind == "medicine" and _ON.search(before):
            return region(risk, text, a, b, general["on"])
        return region(risk, text, a, b, general["bare"])
    if kind in ("treatment", "procedure") and _UNDERGOING.search(before):
        return region(risk, text, a, b, general["bare"])
    if kind in ("condition", "episode") and _aside(text, a, b):
        return region(risk, text, a, b, general["bare"])
    return None


def _aside(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a condition said alone between a comma or dash and the clause's end or next comma,
    and not one item of a list of them?"""
    if not _ASIDE_BEFORE.search(text, max(0, a - 40), a) or not _ASIDE_AFTER.match(text, b):
        return False
    for m in (_ITEM_BEFORE.search(text, max(0, a - 40), a), _ITEM_AFTER.match(text, b)):
        if m and any(_health_kind(" ".join(m.group(1).split()[k:])) for k in range(len(m.group(1).split()))):
            return False  # "anxiety, depression, ADHD": a list of conditions
    return True


# -- photos offered in the post ----------------------------------------------------------------------

_IMAGE = _words("review_image_words")
# Where the photo is: "below", "in the comments", "👇", "on my story".
_POINTER = (
    r"(?:(?:below|above|attached|to\s+follow|in\s+(?:the\s+)?(?:comments|thread)|on\s+my\s+(?:story|stories|insta\w*|ig|page|feed|grid))"
    r"(?:\s*[👇⬇️👆]+)?|[👇⬇️👆]+)"
)
# A photo offered at the start of a clause: "pic below of her showing off her manicure", "(pic below)",
# "Photos in the comments 👇", "sneaky pic below".
_OFFER = re.compile(
    rf"(?i)(?P<open>\(\s*)?(?:(?:the|a|my|some|more|her|his|their|our|sneaky|quick|lovely|cute|few)\s+){{0,2}}{_IMAGE}\s+{_POINTER}"
)
_CLAUSE_START = re.compile(r"(?:^|[.!?;:,(\n]\s*|[–—-]\s+|[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?\s*)$")
_CLAUSE_END = re.compile(r"[^.!?,;\n)]*?(?:[.!?]+|,|;|(?=\n)|(?=\))|$)")
# The writer's permission said right after the offer: "she said I could share it!!"
_PERMISSION = re.compile(
    r"\s*(?:(?:her|his|their|the)\s+)?(?:(?:she|he|they|mum|mom|dad|family|parents|carer|[A-Z][\w'’-]*)\s+)?(?:said|says)\s+"
    r"(?:i|we)\s+(?:could|can|may)\s+"
    r"(?:share|post)\b[^.!?\n]*[.!?]*",
    re.IGNORECASE,
)
# A sentence that only tells of taking the photo: "Got a sneaky pic of him in the waiting room, it's on my story."
_TOOK = re.compile(
    rf"(?i)(?:i\s+|we\s+)?(?:got|took|grabbed|snapped|managed\s+to\s+(?:get|grab|snap))\s+(?:a|an|this|some|the)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}{_IMAGE}\b[^.!?\n]*[.!?]*"
)


# The writer's emoji closing what is dropped (with any hashtags after them): the emoji carry the post's
# feeling, not the photo, and stay ("Pics below 🎂 #carehome" -> "🎂"); the hashtags go with the clause as
# before (one may name the person: "#JusticeForMarcus"); an arrow pointing at the photo goes too.
_CLOSING_EMOJI = re.compile(r"((?:[ \t]*(?![👇⬇👆📸📷])[\U0001f300-\U0001faff\u2600-\u27bf][\ufe0f\U0001f3fb-\U0001f3ff]*)+)"
                            r"(?:[ \t]+#\w+)*[ \t]*$")


def _dropped(risk: Risk, text: str, start: int, end: int) -> Risk:
    """``risk`` moved to ``text[start:end]``, dropped but for the emoji that close it."""
    m = _CLOSING_EMOJI.search(text, start, end)
    if not m or m.start() == start:
        return region(risk, text, start, end, "")
    return region(risk, text, start, end, re.sub(r"[ \t]+", " ", m.group(1)).strip())


# The photo offered by "here": "so here's baby Summer's first ever pic", "she said I can share the pic of her and
# baby Ruby so here it is!!", "Here's the pic of us with koro after we got him out". The offer opens its sentence,
# or follows the writer's permission to share it ("Mum said I could post so"), which goes with it: it says only
# that a photo is attached. What the photo is of stops at the clause's end, an emoji, or a word that starts a
# clause of its own ("after we got him out ..."), which then opens the sentence.
_PERMISSION_BEFORE = (
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:said|says|let\s+me|is\s+happy\s+for\s+me\s+to)\s+(?:(?:i|we)\s+(?:can|could|may)\s+)?"
    r"(?:share|post)\b[^.!?\n]{0,60}?\s+)?"
)
_HERE_OFFER = re.compile(
    rf"(?i){_PERMISSION_BEFORE}(?:so\s+|and\s+)?here(?:['’]?s|\s+is|\s+are)\s+(?:[\w'’-]+\s+){{0,4}}?{_IMAGE}\b"
    r"(?P<of>(?:\s+(?!(?:after|when|before|as|because|while)\b)[^\s.!?,;\n\U0001f300-\U0001faff\u2600-\u27bf]+){0,8})"
    r"(?P<tail>(?:[ \t]*[👇⬇👆]\ufe0f?)*(?:[ \t]*[.!?]+|(?=[ \t]*[\U0001f300-\U0001faff\u2600-\u27bf,#])|[ \t]*$)|\s+(?P<then>after|when|as|while)\s+(?P<next>[\w'’-]+))"
)
_HERE_IT_IS = re.compile(
    rf"(?i)(?:[\w'’-]+\s+){{0,2}}?(?:said|says)\s+(?:(?:i|we)\s+(?:can|could|may)\s+)(?:share|post)\b[^.!?\n]{{0,60}}?"
    r"\s+so\s+here\s+(?:it\s+is|they\s+are|(?:she|he)\s+is)[ \t]*[.!?]*"
)


_CLAUSE_OPENS = re.compile(r"(?:[:;,]|\s[–—-]|[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?)[ \t]+")


def _offered_here(text: str, risk: Risk) -> Risk | None:
    """The sentence part that offers the photo by "here" dropped (see _HERE_OFFER); None where none does, or
    where dropping it leaves too little."""
    first = sentence_start_at(text, risk.start)
    # where a clause opens before the photo: the sentence's start, or after an emoji, a colon or a dash
    opens = [first] + [m.end() for m in _CLAUSE_OPENS.finditer(text, first, risk.start)]
    for sa, pattern in ((sa, pattern) for sa in opens for pattern in (_HERE_IT_IS, _HERE_OFFER)):
        m = pattern.match(text, sa)
        if not m or m.end() <= risk.start:
            continue
        if pattern is _HERE_OFFER and m.group("then"):
            # "Here's the pic of us with koro after we got him out" -> "We got him out"
            if leaves_too_little(text, sa, m.start("next")):
                return None
            nxt = m.group("next")
            capital = sa == 0 or opens_after_stop(text, sa) or (sa != first and not text[:sa].rstrip().endswith(","))
            return region(risk, text, sa, m.end(), nxt[:1].upper() + nxt[1:] if capital else nxt)
        if leaves_too_little(text, sa, m.end()):
            return None
        if sa != first and text[:sa].rstrip().endswith(","):
            # "..., so here's a pic of her at her desk 👇" goes with its comma
            return _dropped(risk, text, len(text[:sa].rstrip()) - 1, m.end())
        return _dropped(risk, text, sa, m.end())
    return None


def opens_after_stop(text: str, at: int) -> bool:
    """Does ``at`` open a sentence after a full stop, ! or ? (not after a line break only or an emoji)?"""
    return re.search(r"[.!?]\s*$", text[:at]) is not None


def _photo(text: str, risk: Risk) -> Risk | None:
    """The clause that offers the photo dropped, the sentence around it kept."""
    here = _offered_here(text, risk)
    if here is not None:
        return here
    a = risk.start
    for m in _OFFER.finditer(text, max(0, a - 30), min(len(text), risk.end + 60)):
        if not (m.start() <= a < m.end()):
            continue
        if not m.group("open") and not _CLAUSE_START.search(text, max(0, m.start() - 4), m.start()) and m.start() != 0:
            continue
        if m.group("open"):
            close = text.find(")", m.end())
            if close < 0 or "\n" in text[m.end():close]:
                continue
            end = close + 1
        else:
            end = _CLAUSE_END.match(text, m.end()).end()
            permission = _PERMISSION.match(text, end) if text[end - 1:end] == "," else None
            if permission:
                end = permission.end()
        if leaves_too_little(text, m.start(), end):
            return None
        return _dropped(risk, text, m.start(), end)
    sa = sentence_start_at(text, a)
    took = _TOOK.match(text, sa)
    if took and took.end() > a and not leaves_too_little(text, sa, took.end()) and sa > 0:
        return _dropped(risk, text, sa, took.end())
    return None


# -- "the only X in Y" -------------------------------------------------------------------------------

_ONLY = re.compile(r"(?i)(?:the\s+)?only\s+(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2})$")
_SCOPE = re.compile(
    r"\s+(?:in|on|at|from|of)\s+(?:(?:the|our|this|her|his|their|its|my|a)\s+)?(?:whole\s+(?:of\s+)?)?"
    r"(?:(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?|(?i:village|town|county|country|island|estate|street|road|school|"
    r"college|unit|ward|squad|class|year\s*\d{0,2}|station|team|crew|practice|firm|office|department|club|church|parish|site|"
    r"branch|plant|base|shift|course|cohort|programme|program|company|hospital|trust|area|region|district|league|force)\b)"
)


def _only(text: str, risk: Risk) -> Risk | None:
    """ "the only female firefighter at her station" -> "a female firefighter": the kind kept, the one
    of a kind dropped. Only where the place or group follows, so the sentence still reads."""
    m = _ONLY.match(risk.text)
    if not m or m.group("who").lower().split()[0] in ("one", "person", "case", "time", "thing", "way", "reason"):
        return None
    scope = _SCOPE.match(text, risk.end)
    if not scope:
        return None
    start = risk.start
    the = _THE.search(text, max(0, start - 4), start)
    if the:
        start = the.start()
    who = m.group("who")
    last = who.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    rewrite = who if plural else f"{'an' if who[:1].lower() in 'aeiou' else 'a'} {who}"
    sized = sized_place_after(text, scope.end(), scope.group().split()[-1])
    if sized is not None:  # "Only GP in a Yukon hamlet of 400 people" -> "A GP in a small hamlet", never "A GP hamlet of ..."
        return region(risk, text, start, sized[0], f"{rewrite} in {sized[1]}")
    return region(risk, text, start, scope.end(), rewrite)


# -- the news story: the event and who was in it -----------------------------------------------------

_INCIDENT = re.compile(
    r"(?i)\b(?P<det>the|that|this|(?:yesterday|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+"
    # the words between describe the incident ("the Kilmore bus crash"); a preposition or another determiner
    # among them starts another phrase ("this week after the crash": the incident is "the crash")
    r"(?:(?!(?:the|that|this|a|an|after|before|since|during|on|in|at|of|to|from|with|and|but|or|when|while|for)\b)"
    r"[\w'’-]+\s+){0,3}?(?P<what>" + _words("story_incidents") + r")\b(?![\w-])"
)
_ROLE = re.compile(r"(?i)\b(?P<the>the|that)\s+(?:(?:young|teenage|other|injured|local|\w+-year-old)\s+)?(?P<role>" + _words("news_roles") + r")\b(?![\w'’-])")
# What may follow "the goalkeeper" for "one of those involved" to read: the end of a clause, a preposition,
# a relative clause, a verb; not a possessive ("the driver's son") nor a clause of its own ("the driver we").
_ROLE_AFTER = re.compile(
    r"(?i)\s*(?:[.,!?;:)\n]|[–—-]\s|$)|\s+(?:from|in|at|on|of|who|that|was|is|had|has|and|with|after|before|during|"
    r"still|now|died|survived|[\U0001f300-\U0001faff])\b"
)

# What happened to the one in the role, said right after it as a participle: "the cyclist killed on the A13", "the
# pedestrian hit by a van", "the driver arrested at the scene". "Someone killed on ..." keeps the story and
# reads as it did; "one of those involved killed" would not.
_ROLE_DONE_TO = re.compile(
    r"(?i)\s+(?:(?:who\s+was|that\s+was)\s+)?(?:killed|injured|hurt|hit|struck|knocked\s+(?:down|off)|stabbed|shot|attacked|"
    r"arrested|charged|jailed|rescued|airlifted|trapped|found|pulled|thrown|left|run\s+over|mown\s+down)\b"
)

# How widely a clip or story is seen, said right after the thing seen: "the video going round of the fight",
# "that video trending everywhere", "the clip doing the rounds". It goes; the thing seen stays ("the video of
# the fight"): readers who saw the clip match it to the people in it, and the post's point needs no spread.
_SPREAD_AFTER = re.compile(
    r"(?i)\b(?:video|videos|clip|clips|footage|post|story|pic|pics|photo|photos|reel|tiktok|vid)(?P<spread>"
    r"(?:\s+(?:that|which)(?:['’]s|\s+is|\s+was|\s+has\s+been)?)?\s+"
    r"(?:going\s+(?:a)?round|doing\s+the\s+rounds|trending|going\s+viral|blowing\s+up|everyone(?:['’]s|\s+is)\s+sharing)"
    r"(?:\s+(?:everywhere|online|(?:on\s+)?(?:the\s+)?(?:socials|social\s+media|whatsapp|tiktok|twitter|x|facebook|fb|insta(?:gram)?)|"
    r"right\s+now|rn|today|this\s+week))*)(?=[\s.,!?;:)]|$)"
)
# "the viral video of ...": that it went viral goes, as its spread after it does.
_VIRAL_BEFORE = re.compile(r"(?i)\b(?:the|that|this)\s+(?P<viral>viral\s+)(?:video|videos|clip|clips|footage|post|reel|tiktok|vid)\b")
_SEEN_BEFORE = re.compile(r"(?i)\b(?:seen|saw|watched|watch|seeing|watching)\s+$")
# A building or vehicle told by what happened to it: "the house that exploded on the evening news last week
# here in town" -> "a house that was badly damaged"; "the bus that crashed last night" -> "a bus that
# crashed". What it was stays, the when and where that make it one event in the news go.
_WHAT_HAPPENED = re.compile(
    r"(?i)\b(?:the|that)\s+(?P<noun>house|home|flat|building|block|tower|school|shop|factory|warehouse|church|mosque|temple|"
    r"bus|coach|car|van|lorry|truck|train|boat|ferry|plane|minibus)\s+(?:that|which|what)\s+"
    r"(?P<verb>exploded|blew\s+up|burnt\s+down|burned\s+down|caught\s+fire|went\s+up\s+in\s+flames|collapsed|crashed|sank|"
    r"flooded|overturned|flipped)"
    r"(?P<tail>(?:\s+(?:on|in|at|near|off|down)\s+(?:the\s+)?(?:evening\s+|local\s+|national\s+)?(?:news|telly|tv|papers?)|"
    r"\s+(?:last\s+(?:night|week|weekend|month|\w+day)|yesterday|this\s+(?:morning|week)|earlier\s+this\s+\w+)|"
    r"\s+(?:here\s+)?in\s+(?:town|the\s+village|our\s+(?:town|village|area))|\s+round\s+here)*)"
)
_DAMAGED = {"crashed": "crashed", "sank": "sank", "overturned": "overturned", "flipped": "overturned"}


def _news(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """In a post about an event in the news: the specific event as a general one, and the role that
    picks out one person in it as "one of those involved"; how widely a clip went round, dropped."""
    news = [r for r in risks if r.kind == "news_event"]
    if not news:
        return []
    template = news[0]
    out = []
    for m in _SPREAD_AFTER.finditer(text):
        out.append(region(template, text, m.start("spread"), m.end("spread"), ""))
    for m in _VIRAL_BEFORE.finditer(text):
        if _SEEN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "If you've seen the viral video of ...": the pointer is the review's to read whole, never half
        out.append(region(template, text, m.start("viral"), m.end("viral"), ""))
    for m in _WHAT_HAPPENED.finditer(text):
        verb = _DAMAGED.get(m.group("verb").lower().split()[0], "was badly damaged")
        noun = m.group("noun").lower()
        words = f"{'an' if noun[0] in 'aeiou' else 'a'} {noun} that {verb}"
        out.append(region(template, text, m.start(), m.end(), _capital_as(text, m.start(), words)))
    for m in _INCIDENT.finditer(text):
        what = m.group("what")
        general = general_event(what)
        out.append(region(template, text, m.start(), m.end(), general))
    for m in _ROLE.finditer(text):
        if _OWN.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _ROLE_DONE_TO.match(text, m.end()):
            # "the family of the cyclist killed on the A13" -> "the family of someone killed on ..."
            out.append(region(template, text, m.start(), m.end(), _capital_as(text, m.start(), "someone")))
            continue
        if not _ROLE_AFTER.match(text, m.end()):
            continue
        out.append(region(template, text, m.start(), m.end(), "one of those involved"))
    return out


def _capital_as(text: str, start: int, words: str) -> str:
    return words[:1].upper() + words[1:] if text[start:start + 1].isupper() else words


# -- a story's figures -------------------------------------------------------------------------------

_NUMBER = r"(?:\d{1,4}(?:\.\d)?|" + "|".join(NUMBER_WORDS[1:20]) + r")"
_UNITS = {
    "hour": r"hours?|hrs?", "day": r"days?", "week": r"weeks?|wks?", "month": r"months?|mths?",
    "year": r"years?|yrs?", "mile": r"km|kms|kilomet(?:re|er)s|miles|mi",
}
_UNIT = "|".join(f"(?P<{k}>{v})" for k, v in _UNITS.items())
_PLURAL = {"hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years", "mile": "miles"}
# "for 80km", "down for 3 hrs", "after 6 weeks", "walked 12km", "— 6 hrs,", "3 miles off".
_FIGURE = re.compile(
    rf"(?i)(?P<lead>\b(?:for|after|within|nearly|almost|about|around|walked|drove|travelled|traveled|ran)\s+"
    rf"(?:(?:about|over|nearly|almost|around|like)\s+)?)?\b(?P<n>{_NUMBER})\s?(?:{_UNIT})\b"
)
# After the figure, words that make it something else: an age ("2 years old"), a date ("3 years ago"), a
# measure of a noun ("a 12km walk"); a bracket after it, which the rewrite of what is inside may need.
_FIGURE_NOT = re.compile(r"(?i)\s*(?:old|young|ago|earlier|later|before|since|of\s+age|and\s+\d|-|\()")
# A duration with nothing before it that says "for": only at the start of a clause ("— 6 hrs, ...").
_CLAUSE_BEFORE = re.compile(r"(?:[–—:]\s*|\s-\s+)$")
# A distance: where it ends a clause or says how far ("3 miles off", "12km away").
_DISTANCE_AFTER = re.compile(r"(?i)\s*(?:[.,!?;:)]|$|(?:off|away|from|out|in|to|each)\b)")
_STORY_KINDS = frozenset({"news_event", "rare_or_unique", "small_community", "confidential_business", "ongoing_case",
                          "health_detail", "client_contact", "photo"})


def _figures(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """Durations and distances in the sentence a risk is raised in made vague: "for
    80km" -> "for miles", "down for 3 hrs" -> "down for hours"."""
    told = [r for r in risks if r.kind in _STORY_KINDS and not r.by_model]
    if not told:
        return []
    out = []
    for m in _FIGURE.finditer(text):
        if m.group("n").lower() in ("1", "one"):
            continue
        unit = next(k for k in _UNITS if m.group(k))
        start, end = m.start("n"), m.end(unit)
        if _FIGURE_NOT.match(text, end):
            continue
        if not m.group("lead"):
            if unit == "year":
                continue  # "19 years": an age as often as not
            if unit == "mile":
                if not _DISTANCE_AFTER.match(text, end):
                    continue
            elif not _CLAUSE_BEFORE.search(text, max(0, start - 3), start):
                continue
        s0, s1 = sentence_start_at(text, start), _sentence_end(text, end)
        if not any(s0 <= r.start and r.end <= s1 for r in told):
            continue  # a story's figure, not the writer's own ("Promoted after 6 years.")
        bare = not m.group("lead") and unit != "mile"  # "— 6 hrs, 40k locked out" -> "— for hours, ...", never "— hours,"
        out.append(region(told[0], text, start, end, ("for " if bare else "") + _PLURAL[unit]))
    return out


def _sentence_end(text: str, at: int) -> int:
    m = re.compile(r"[.!?]+(?:\s|$)|\n").search(text, min(at, len(text)))
    return m.end() if m else len(text)


# -- small places ------------------------------------------------------------------------------------

_PLACE_KIND = re.compile(
    r"(?i)\b(?P<det>a|an|the|our|their|his|her|this)\s+(?P<size>(?:tiny|little|small|wee|remote)\s+)?"
    r"(?P<kind>" + _words("place_kinds") + r")\s+(?P<place>village|town|hamlet|township|community|island|parish)\b"
)


def _small_place(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """ "a tiny fishing village" -> "a small village": what kind of place it is goes, that it is small stays."""
    small = [r for r in risks if r.kind == "small_community" and not r.by_model]
    if not small:
        return []
    out = []
    for m in _PLACE_KIND.finditer(text):
        det = m.group("det")
        size = "small " if m.group("size") or det.lower() in ("a", "an") else ""
        det = "a" if det.lower() == "an" and size else ("A" if det == "An" else det)
        out.append(region(small[0], text, m.start(), m.end(), f"{det} {size}{m.group('place')}"))
    return out


# -- a credential in clear ---------------------------------------------------------------------------

_QUOTED = re.compile(r"(?P<q>['‘\"“])(?P<word>[^'’\"”\s]{4,32})(?:['’\"”])")
_PASSWORD = re.compile(
    r"(?i)(?:pass(?:word)?|passw0rd|p@ss\w*|admin|root|qwerty|letmein|welcome|changeme|secret|guest|login|test|abc)\w*\d+[!@#$%]*"
    r"|\d{6,}|(?:password|passw0rd|qwerty|letmein|changeme|admin)[!@#$%]*"
)
_PASSWORD_IS = re.compile(r"(?i)\bpassword\s*(?:is|was|of|:|=)\s*(?P<word>\S{4,32}?)(?=[\s.,!?;)]|$)")


def _credentials(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """A password written out ("still accepts 'password123'") as "a weak password"."""
    business = [r for r in risks if r.kind == "confidential_business" and not r.by_model]
    if not business or not re.search(r"(?i)pass|login|admin|credential|\d{6}", text):
        return []
    out = []
    for m in _QUOTED.finditer(text):
        if _PASSWORD.fullmatch(m.group("word")):
            out.append(region(business[0], text, m.start(), m.end(), "a weak password"))
    for m in _PASSWORD_IS.finditer(text):
        if _PASSWORD.fullmatch(m.group("word").strip("'\"‘’“”")) and not any(r.start <= m.start("word") < r.end for r in out):
            out.append(region(business[0], text, m.start(), m.end(), "a weak password"))
    return out


# -- the step ----------------------------------------------------------------------------------------


def story_rewrites(text: str, risks: Iterable[Risk], spans: Sequence[Span] = ()) -> list[Risk]:
    """``risks`` (the review's, on ``text``) with a general form for each phrase the rewrite can safely
    make general, and the story details around them; a risk with a rewrite of its own keeps it. ``spans``
    (what detection found in ``text``) say the post describes someone: its story's counts are made vague
    even where the review raised no risk (story_counts.py)."""
    risks = list(risks)
    if not risks and not spans:
        return []
    out: list[Risk] = []
    kinds = one_of_a_kind(text, risks)
    covered = coverage(text, risks)
    for risk in risks:
        found = None
        if any(k.start <= risk.start and risk.end <= k.end and (k.start, k.end) != (risk.start, risk.end) for k in kinds + covered):
            # "the only female firefighter" inside "the only female firefighter at Ashby station": the wider one says it
            risk = dataclasses.replace(risk, rewrite=None)
        elif risk.rewrite is None and not risk.by_model:
            if risk.kind == "health_detail":
                found = _health(text, risk)
            elif risk.kind == "photo":
                found = _photo(text, risk)
            elif risk.kind == "rare_or_unique":
                found = _only(text, risk)
        out.append(found or risk)
    extra = (kinds + covered + records_said_alone(text, risks) + _news(text, risks) + _figures(text, risks) + _small_place(text, risks) + _credentials(text, risks)
             + named_matters(text, risks) + dated_events(text, risks) + rarities(text, risks, spans) + business_figures(text, risks, spans) + counts(text, risks, spans))
    if on_a_multiple_birth(text, risks):
        # "the only family in Upper Skelbrook with triplets" -> "a family in a small town with multiple babies": the
        # wider rewrites keep the birth as written, and it points at the family as surely (story_multiples.py)
        out = [dataclasses.replace(r, rewrite=general_multiples(r.rewrite)) if r.rewrite and says_multiple_birth(r.rewrite) else r
               for r in out]
        extra = [dataclasses.replace(r, rewrite=general_multiples(r.rewrite)) if r.rewrite and says_multiple_birth(r.rewrite) else r
                 for r in extra] + multiple_births(text, risks)
    taken = [(r.start, r.end) for r in out if r.rewrite is not None]
    return out + first_fit(extra, taken)
