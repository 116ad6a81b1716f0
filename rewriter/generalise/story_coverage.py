"""A story's coverage in the news, dropped with its clause (issue 11: readers who saw the piece know who it is).

In a post the review raised a news story on, what says the story was covered goes, and the sentence still reads:

    an aside:                 "the inquest into the death on the ward, the one that was all over the Echo." -> "... on the ward."
    a relative clause:        "the farmhouse fire that's been all over the news" -> "the farmhouse fire"
                              "the lads you'll have read about in the Irish News" -> "the lads"
    after the thing covered:  "That house fire on the news tonight, I was on the first crew" -> "That house fire, I was ..."
    who the piece told of:    "the bus captain from last week's news, the one punched" -> "the bus captain, the one ..."
    a sentence of its own:    "It was all over the papers." / "You'll see it on the news tonight." -> (gone)
    a reason given by it:     "and he's in the papers today because he finally went home" -> "and he finally went home"
    what it hit:              "since the teacher's arrest hit the papers." -> "since the teacher's arrest."

Only where the review raised ``news_event`` on the words the region holds; what cannot go cleanly ("If you've been
following it in the papers you'll know why ...") stays for the writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import vocab
from ..review import Risk
from ..review.general_events import general_event
from .english import leaves_too_little, sentence_start_at
from .regions import region

# Where a story is covered: the news, the papers, the radio, a platform, or an outlet by its name ("the Echo",
# "the Western Mail", "BBC Wales", "News 8", "Citizen TV").
_MEDIA = (
    r"(?:(?:(?:local|national|evening|regional|nightly|morning|six\s+o['’]clock|international)\s+)?(?:news|papers?|newspapers?|"
    r"headlines|telly|tv|radio|socials|social\s+media|tiktok|facebook|instagram|twitter|internet|news\s+sites?)|"
    r"(?-i:(?:[A-Z][\w'’]+\s+){0,2}(?:Gazette|Echo|Herald|Mail|Times|Post|Chronicle|Courier|Argus|Examiner|Telegraph|Express|"
    r"Mirror|Journal|Leader|Advertiser|Sentinel|Tribune|Bulletin|Standard|Record|News|TV|Radio|FM))|"
    # a broadcaster, with the programme or region after it: "BBC Wales", "BBC Points West", "ITV Tyne Tees"
    r"(?-i:BBC|ITV|STV|RTE|RTÉ|CNN|NTV|NDTV|ABC|CBC|News\s+\d{1,2})(?:\s+(?-i:[A-Z]{1,3}\b|News|Wales|Scotland|One|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?)"
)
_WHEN = (r"(?:\s+(?:this\s+(?:morning|week|weekend|month|year)|last\s+(?:night|week|weekend|month)|tonight|today|yesterday|"
         r"all\s+week|again|already|tomorrow|every\s+(?:day|night)|earlier|recently))*")
_IN_MEDIA = rf"(?:all\s+over|in|on|across)\s+(?:the\s+|every\s+|di\s+)?{_MEDIA}(?![\w'’-])"
_END = r"(?=\s*[,.!?;:)\n]|\s*$|\s+[—–-]\s|\s+[\U0001f300-\U0001faff])"

# ", the one that was all over the Echo", " — yes, the one on the news", "(the one in the news?)", ", the video that
# went viral on TikTok".
_ASIDE = re.compile(
    rf"(?i)(?P<lead>\s*,\s*|\s+[—–-]\s+|\s*\(\s*)(?:yes,?\s+|yep,?\s+)?the\s+(?:one|video|clip|story|footage|post|reel|piece)(?:\s+(?:that|who|which))?"
    rf"(?:['’]s|\s+(?:is|was|were|are|has|had|have))?(?:\s+been)?\s+(?:{_IN_MEDIA}|(?:went|gone|going)\s+viral(?:\s+(?:on|across)\s+(?:the\s+)?{_MEDIA})?){_WHEN}(?P<q>\s*\?)?(?P<close>\s*\))?{_END}"
)
# " that's been all over the news", " which went viral", " you'll have read about in the Irish News".
_RELATIVE = re.compile(
    rf"(?i)\s+(?:(?:that|which|who)(?:['’]s|\s+(?:is|was|were|are|has|have|had))?(?:\s+(?:been|just))?\s+(?:{_IN_MEDIA}|"
    rf"(?:went|gone|going)\s+viral(?:\s+(?:on|across)\s+(?:the\s+)?{_MEDIA})?(?:\s+(?:for|after)\s+(?:(?!\b(?:is|was|are|were|has|had|have|will|would|can|could|did|does)\b)[^,.!?;\n]){{1,60}}?)?)"
    rf"|you(?:['’]ve|['’]ll\s+have|\s+will\s+have|\s+may\s+have|\s+might\s+have|\s+have)?(?:\s+(?:all|probably|prob|already))?"
    rf"\s+(?:seen|heard|read)(?:\s+about)?(?:\s+{_IN_MEDIA})?)"
    rf"{_WHEN}{_END}"
)
# "That house fire on the news tonight,", "That data breach on the news this week?": right after what was covered.
_AFTER_THING = re.compile(rf"(?i)(?<=[a-z])\s+(?:on|in|all\s+over)\s+(?:the\s+)?(?:local\s+|national\s+|evening\s+)?(?:news|papers?){_WHEN}(?=\s*[,?])")
# Words that make "X on the news" a clause, not a thing: "it was on the news", "watching it on the news".
_VERB_BEFORE = re.compile(r"(?i)\b(?:is|was|were|are|be|been|it|saw|seen|see|watch\w*|heard|read|hear|them|him|her|this|that)$")
_SAW_BEFORE = re.compile(r"(?i)\b(?:saw|seen|see|watched|watching|heard|read|follow\w*|caught)\b")
# Who or what is told by the piece they were in, right after them: "the bus captain from last week's news", "the
# tall guy from the Straits Times article last month" -> "the bus captain", "the tall guy".
_FROM_MEDIA = re.compile(
    rf"(?i)(?<=[a-z])\s+from\s+(?:(?:last|this)\s+(?:night|week|weekend|month|year)['’]s\s+(?:news|papers?|headlines)|(?:the\s+|that\s+)?"
    rf"{_MEDIA}(?:\s+(?:article|story|piece|report|video|clip|segment|interview|headline|feature|documentary))?){_WHEN}{_END}"
)
# A sentence that only says the story was covered: "It was all over the papers.", "You'll see it on the news tonight."
_SENTENCE = re.compile(
    rf"(?i)(?:(?:it|this|that|he|she|they|we|his\s+name|her\s+name|the\s+case|the\s+story)(?:['’](?:s|ll|re|ve))?"
    rf"(?:\s+(?:was|is|were|are|will|has|have|had|be|been|already|probably|all|now|even|also))*\s+(?:{_IN_MEDIA}|(?:made|hit|making)\s+(?:the\s+)?{_MEDIA}|gone\s+viral|went\s+viral)"
    rf"|you(?:['’]ll|\s+will|['’]ve|\s+may|\s+might|\s+can)?(?:\s+(?:probably|all|have|prob|already))*\s+(?:see|hear|read|seen|heard)"
    rf"\s+(?:it|about\s+it|this|about\s+this|them|him|her)\s+{_IN_MEDIA})"
    rf"{_WHEN}(?:\s+(?:when|once|by)\b[^.!?\n]*)?\s*(?:[.!]+|(?=\n)|$)"
)
# ", and he was in the Western Mail for his birthday": a clause of its own joined on (the comma before it, left
# before the full stop, goes when the text is tidied).
_AND_CLAUSE = re.compile(
    rf"(?i)\s+and\s+(?:he|she|they|it|we)(?:['’](?:s|re|ve))?(?:\s+(?:was|were|is|are|got|has|have|been|all|even|also))*\s+"
    rf"(?:{_IN_MEDIA}|(?:went|gone)\s+viral|made\s+(?:the\s+)?{_MEDIA})[^.!?\n]*?(?=\s*[.!?\n]|\s*$)"
)
# "he's in the papers today because he finally went home" -> "he finally went home".
_BECAUSE = re.compile(
    rf"(?i)\b(?:he|she|they|it|we)(?:['’](?:s|re)|\s+(?:is|was|were|are))(?:\s+been)?\s+{_IN_MEDIA}{_WHEN}\s+because\s+(?=(?:he|she|they|it|we)\b)"
)
# "since the teacher's arrest hit the papers." -> "since the teacher's arrest."
_HIT = re.compile(
    rf"(?i)\b(?P<link>since|after|when|once|before)\s+(?P<what>(?:the|that|this|his|her|their)\s+[^,.!?;\n]{{2,40}}?)\s+"
    rf"(?:hit|made)\s+(?:the\s+)?(?:national\s+|local\s+)?(?:news|papers|headlines|front\s+pages?){_END}"
)


# What joins a last clause to its sentence: a comma or a dash.
_CLAUSE_LEAD = re.compile(r"\s*(?:,|\s[—–-])\s*$")


# The event a coverage clause was about, right before it: "the church fire [that was on Channels TV]" -> "a serious
# incident": once the coverage goes, the event is still the one the news told of.
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?P<what>" + "|".join(sorted(map(re.escape, vocab.entries("review_incidents")), key=len, reverse=True))
    + r")$"
)


def coverage(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """The clauses of ``text`` that say its story was in the news, each as a region to drop ("" rewrite), where the
    review raised a news story on words inside it."""
    news = [r for r in risks if r.kind == "news_event" and (not r.by_model or any(not o.by_model for o in risks))]
    if not news:
        return []
    template = next((r for r in news if not r.by_model), news[0])
    found: list[tuple[int, int]] = []

    def covers(a: int, b: int) -> bool:
        # the review's phrase, or the whole post when the risk model read a news story in it and a rule found the
        # post risky too (a story about someone, not news the writer only watched)
        return any(a <= r.start < b or r.start <= a < r.end for r in news)

    for m in _SENTENCE.finditer(text):
        if not covers(m.start(), m.end()):
            continue
        if m.start() == sentence_start_at(text, m.start()):
            if not leaves_too_little(text, m.start(), m.end()):
                found.append((m.start(), m.end() + len(re.match(r"[ \t]*", text[m.end():]).group())))
            continue
        # the same said as the sentence's last clause: "We were first on scene, it's all over the news." -> "We were
        # first on scene." (the comma or dash before it goes, the stop stays)
        lead = _CLAUSE_LEAD.search(text, max(0, m.start() - 4), m.start())
        if lead:
            stop = re.search(r"[.!]+$", m.group())
            found.append((lead.start(), m.end() - (len(stop.group()) if stop else 0)))
    for m in _ASIDE.finditer(text):
        if covers(m.start(), m.end()):
            lead = m.group("lead").strip()
            if lead == "(" and not m.group("close"):
                continue  # "(the one in the news, ...": the bracket goes on; left whole
            end = m.end()
            if m.group("q") and not m.group("close"):
                end = m.start("q")  # "..., the one in the news?": the question mark stays
            found.append((m.start(), end))
    events = []
    for pattern in (_RELATIVE, _BECAUSE, _AFTER_THING, _AND_CLAUSE, _FROM_MEDIA):
        for m in pattern.finditer(text):
            if pattern is _AFTER_THING and (_VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _SAW_BEFORE.search(
                    text, sentence_start_at(text, m.start()), m.start())):
                continue  # "If you saw the crash on the news, ...": where it was seen is what the clause says
            if covers(m.start(), m.end()):
                found.append((m.start(), m.end()))
                event = _EVENT_BEFORE.search(text, max(0, m.start() - 60), m.start()) if pattern in (_RELATIVE, _AFTER_THING) else None
                if event:
                    what = event.group("what")
                    words = general_event(what)
                    events.append(region(template, text, event.start(), event.end(), words))
    for m in _HIT.finditer(text):
        if covers(m.start(), m.end()) and not re.fullmatch(r"(?i)(?:the|that|this|his|her|their)\s+(?:one|it)", m.group("what")):
            found.append((m.end("what"), m.end()))
    return events + [region(template, text, a, b, "") for a, b in found]
