"""Someone from work named by a job title only one person holds: "the deputy head", "our finance director",
"the ward sister on Dart", "senior partner Gav", "Da new VP", "the new ortho consultant", "the teacher I'm TA
for". Colleagues and readers who know the workplace know who that is without a name, so a complaint near it
is venting about one identifiable person (venting.py), and the rewrite can say "a senior colleague".

Read as a singular position noun in a definite or possessive frame:
- a title one person holds (review_one_holder_roles.txt) after "the", "our", "my", "their", "that", a dialect's
  own words for them ("da", "de", "wor", "ar"), or a possessive ("the client's finance director"); at a
  sentence's start a title needs no determiner before a name ("senior partner Gav ...");
- any trade or office made one by "new", "newest" or "only" ("the new PCSO", "that jumped-up new maths teacher",
  "our new DI"), not a person the writer serves ("the new patient", "our new pupil");
- a trade the writer works for or beside ("the teacher I'm TA for", "the consultant I work under").
Not the writer's own role ("I'm the new deputy head", "as head of department I ..."), nor anyone's ("your line
manager", "any head of department", "a head of year").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import vocab
from .context import Post

# The frame before a title: a determiner of the writer's Englishes ("the", "our", Pidgin "da", Geordie "wor", Black
# Country "ar"); not "their", "his", "her" nor a possessive: "their CEO", "the client's finance director" are
# another firm's.
_DETERMINER = (r"(?:the|our|my|this|that|dat|da|de|di|wor|ar|oor|wir|me|ma|mi|t['’]|th['’])")
_FRAME_BEFORE = re.compile(
    rf"(?i)\b{_DETERMINER}\s+"
    r"(?:(?:new|newest|newly\s+appointed|acting|interim|current|temporary|permanent|old|former|so[\s-]called|jumped[\s-]up|precious|"
    r"esteemed|beloved|dear|wonderful|lovely|glorious|fearless|illustrious)\s+){0,2}$"
)
# The writer's own title: "I'm the new deputy head", "as head of department", "became our HoD", "my role as".
_WRITERS_OWN = re.compile(
    r"(?i)\b(?:i['’]m|i\s+am|i\s+was|i['’]ve\s+been|i\s+have\s+been|as|became|become|becoming|appointed|promoted\s+to|"
    r"role\s+as|job\s+as|i\s+got|got\s+the|applied\s+for|interview\s+for|new\s+role|step(?:ping|ped)?\s+up\s+as)"
    r"\s+(?:(?:the|our|a|an|their|acting|interim|new)\s+){0,2}$"
)
# A title said at a sentence's start and followed by a name: "senior partner Gav made ...".
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z'’]+|[A-Z]\.?)(?:\s|[,.!?]|$)")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[\U0001f300-\U0001faff]\s*)$")
# "the new X" of any trade: a determiner, "new" (or "only"), up to two lowercase words, then the trade.
_NEW_ONE = re.compile(
    rf"(?i)\b{_DETERMINER}\s+(?:[\w-]+\s+)?(?:new|newest|only)\s+(?P<words>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){{0,2}})"
)
_WORD = re.compile(r"[A-Za-z][\w-]*")
# A trade the writer works for or beside: "the teacher I'm TA for", "the consultant I work under", "the GP (that)
# I work with", in the Englishes of the writers ("ar'm", "a'm", "ah work").
_WORK_FOR = re.compile(
    rf"(?i)\b{_DETERMINER}\s+(?P<trade>[a-z][\w-]*)\s+(?:(?:that|who|whom)\s+)?(?:i|ar|a|ah|me)(?:\s*['’]m|\s+am|\s+work|\s+werk|\s+wuk|\s+assist|\s+support)"
    r"\s+(?:(?:a|the|their|his|her|\w+)\s+)?(?:for|under|with|to|beside|alongside)\b"
)
# Another firm's: "the client's", "Respondent's", "their" just before the frame.
_OWNED_BEFORE = re.compile(r"(?i)(?:['’]s?|\b(?:their|his|her|your))\s+$")
# A title naming a thing after it: "the CFO role", "the DSL meeting", "the head's office".
_MODIFIES = re.compile(r"(?i)(?:['’]s)?\s+(?:role|position|post|job|vacancy|interview|meeting|meetings|briefing|office|team|report|level|"
                       r"panel|appointment|search|candidate|shortlist|pack|training|course|email|inbox|signature|sign[\s-]off|approval)\b")
_ANYONES = re.compile(r"(?i)\b(?:a|an|any|every|each|your|no|some|all)\s+(?:(?:new|acting|interim)\s+)?$")


@dataclass(frozen=True)
class Role:
    start: int
    end: int
    senior: bool  # a title over the writer's own ("a senior colleague"), or a peer's ("a colleague")

    @property
    def general(self) -> str:
        return "a senior colleague" if self.senior else "a colleague"


@functools.cache
def _trades() -> frozenset[str]:
    """Words for a trade or an office (not for a person the writer serves, nor a person plain)."""
    trades = (vocab.words("occupations") | vocab.words("job_titles") | vocab.words("role_nouns") | vocab.words("role_nouns_more")
              | vocab.words("role_acronyms") | vocab.words("senior_role_words"))
    return frozenset(trades - vocab.words("person_words") - vocab.words("review_people_served")
                     - {"pet", "cat", "dog", "horse", "puppy", "kitten", "baby", "child", "kid", "toddler", "friend", "bestie", "mate",
                        "pal", "buddy", "neighbour", "neighbor", "flatmate", "roommate", "housemate", "landlord", "landlady", "tenant"}
                     - vocab.words("family_nouns"))


def roles_held(post: Post) -> list[Role]:
    """Every mention of someone from work by a title only one person holds, in order (see the module)."""
    text = post.text
    found: dict[tuple[int, int], Role] = {}
    for a, b in post.cue("review_one_holder_roles"):
        if text[b - 2:b] in ("'s", "’s"):
            b -= 2  # "the deputy head's own kid": the role, its possessive kept for the words after it
        title = text[a:b]
        if len(title) <= 3 and title.lower() in ("md", "gm", "fd", "vp", "cio", "cmo", "coo", "dsl", "hoy") and not title.isupper():
            continue  # "gm" (good morning), "md" written small: the acronym of a title is written in capitals
        if title.lower() == "head" and (_HEAD_NOT_A_TITLE.match(text, b) or _BODY.search(text, max(0, a - 20), a)):
            continue  # "the head of the bed", "banged my head", "off the top of my head": a head, no head teacher
        before = text[max(0, a - 60):a]
        if _WRITERS_OWN.search(before) or _ANYONES.search(before):
            continue
        frame = _FRAME_BEFORE.search(before)
        if frame is not None:
            start = a - len(frame.group(0))
            if _MODIFIES.match(text, b):
                continue  # "the CFO role", "the DSL meeting": a title naming a thing
            found[(start, b)] = Role(start, b, True)
        elif _SENTENCE_START.search(text, max(0, a - 3), a) and _NAME_AFTER.match(text, b) and not _OWNED_BEFORE.search(text, max(0, a - 30), a):
            found[(a, b)] = Role(a, b, True)  # "senior partner Gav made the trainee cry"
    if " new " in post.lower or " newest " in post.lower or " only " in post.lower:
        trades = _trades()
        seniors = vocab.words("senior_role_words")
        for m in _NEW_ONE.finditer(text):
            # the trade is the first of the (up to three) words after "new" that names one: "the new ortho
            # consultant on Tamar", "that jumped-up new maths teacher"
            for w in _WORD.finditer(text, m.start("words"), m.end("words")):
                trade, low = w.group(), w.group().lower()
                if low in trades and not w.group().endswith("s") or (low in trades and low.endswith("ss")):
                    break
            else:
                continue
            if len(trade) <= 4 and low in vocab.words("role_acronyms") and not trade.isupper():
                continue  # "pa", "ta", "ra" in lowercase: words, not titles
            end = w.end()
            if any(r.start <= m.start() < r.end or m.start() <= r.start < end for r in found.values()):
                continue
            if _WRITERS_OWN.search(text, max(0, m.start() - 40), m.start()):
                continue  # "I'm the new maths teacher"
            found[(m.start(), end)] = Role(m.start(), end, low in seniors)
    if " for" in post.lower or " under" in post.lower or " with" in post.lower or " to " in post.lower:
        trades = _trades()
        for m in _WORK_FOR.finditer(text):
            if m.group("trade").lower() not in trades or any(r.start <= m.start() < r.end for r in found.values()):
                continue
            # the relative clause goes with the title: "the teacher I'm TA for" is "a colleague"
            found[(m.start(), m.end())] = Role(m.start(), m.end(), m.group("trade").lower() in vocab.words("senior_role_words"))
    return sorted((_with_name(post, r) for r in found.values()), key=lambda r: r.start)


# A name said right after the title, as its apposition: "senior partner Gav", "Da new VP, Mr. K, stay so junk".
_APPOSED = re.compile(r"(?:\s|,\s*)")


def _with_name(post: Post, role: Role) -> Role:
    """The role with the name said right after it ("senior partner Gav", "the new VP, Mr. K,"): the person is
    one, and the rewrite says them once ("a senior colleague made ...", never "a senior colleague someone")."""
    text = post.text
    gap = _APPOSED.match(text, role.end)
    if gap is None:
        return role
    names = [(s.start, s.end) for s in post.spans if s.entity_type == "PERSON"] + post.titled
    for a, b in names:
        if a == gap.end():
            if "," in gap.group(0):
                # closed by a comma, after where they work at most ("The teacher I'm TA for, Mrs P in Year 5, sits ...")
                close = re.match(r"(?:\s+(?:in|on|at|from)\s+[^,.!?\n]{1,25}?)?\s*,", text[b:])
                if close is None:
                    return role  # "the new VP, Mr. K and his deputy": not an apposition closed by a comma
                b += close.end()
            return Role(role.start, b, role.senior)
    return role


# "head" as a body part or a thing's top: "the head of the bed", "head lice", "banged my head", "head first".
_HEAD_NOT_A_TITLE = re.compile(r"(?i)\s*(?:of\s+(?:the|a|his|her|my|our|their)\b|lice|injury|injuries|wound|torch|phone|set|first|down|up|"
                               r"start|count|space|ache|aches|teacher|boy|girl|chef|nurse|gardener|office|cold)\b")
_BODY = re.compile(r"(?i)\b(?:my|his|her|their|your|its|me|banged|hit|bumped|shook|shake|nodded|scratch\w*|over|off|top\s+of)\s+(?:the\s+)?$")


_DETERMINED_WORD = re.compile(rf"(?i)\b{_DETERMINER}\s+(?:[a-z][\w-]*\s+)?(?P<trade>[a-z][\w-]*)\b")


def trade_mentions(post: Post) -> list[tuple[int, int]]:
    """Anyone by their trade after a determiner ("our rugby coach", "the porter"), one person: who else a
    complaint beside a title may be aimed at (venting.py reads the one nearest the complaint)."""
    trades = _trades()
    return [(m.start(), m.end()) for m in _DETERMINED_WORD.finditer(post.text) if m.group("trade").lower() in trades]
