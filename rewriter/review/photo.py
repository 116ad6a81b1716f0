"""photo: a photo, video or screenshot of a client, a patient, a student, or of their work, home or documents.

A picture identifies someone however carefully the text is worded, and a screenshot of a client's
messages (or of a work dashboard) publishes them. Raised for an image word in a sentence about someone
the writer serves or works with, or about their things ("her prom dress", "of our Q3 pipeline"), when
the post shares or takes it ("pic below", "snapped this", "swipe", "in comments"); not for everyday
phrases ("video call", "the bigger picture", "photo ID"), the writer's own ("a pic of my dog"), or when
the post says no photo is shared ("we never post photos of the kids").
"""

from __future__ import annotations

import re

from .context import Post, overlaps, within
from .rule import Rule

_NEGATED = re.compile(
    r"(?i)\b(?:no|not|never|don['’]?t|doesn['’]?t|didn['’]?t|won['’]?t|wouldn['’]?t|can['’]?t|cannot|couldn['’]?t|"
    r"shouldn['’]?t|without|nor|isn['’]?t|aren['’]?t|ban(?:ned)?|refuse[ds]?|stop)\b(?:\s+\S+){0,4}\s*$"
)
_VIEWED = re.compile(
    r"(?i)\b(?:saw|seen|see|watched|watching|watch)\s+(?:the|that|this|a)\s+(?:\w+\s+)?$|\bviral\s+(?:[\w'’]+\s+){0,2}$"
    # a public act's, by its name: "watched Sauti Sol videos in bed"
    r"|\b(?:watched|watching|watch|binged|bingeing|streamed|streaming)\s+(?-i:[A-Z])[\w'’]*\s+(?:(?-i:[A-Z])[\w'’]*\s+){0,2}$"
)
# (not reassurance: "pinost ko yung pic sa story, don't worry blurred yung face" still posts the picture)
_NEGATED_AFTER = re.compile(
    r"(?i)(?:\s+\S+){0,5}?\s+(?:never|not|shouldn['’]?t|mustn['’]?t|can['’]?t|don['’]?t|aren['’]?t|isn['’]?t)\b(?!\s+(?:to\s+)?worry\b)"
)
# Whose image it is: "of him", "her prom dress", "of our dashboard", "a client's".
_THEIRS = re.compile(
    r"(?i)\b(?:of\s+(?:him|her|them|our|their|his|the\s+(?:kids|class|children|family|team|lads|girls|boys|chat|"
    r"messages?|texts?|emails?|conversation|thread|dm|letter|note|card|drawing|form|notes|record|file|report))|"
    r"their|his|her|(?:client|patient|student|pupil|resident|customer)s?['’]s?)\b"
)
# The writer's own image: "a photo of my dog", "pic below of my own lunch" (after the image word, matched
# where it ends), "my holiday pics", "my own reaction video" (before it).
_OWN_AFTER = re.compile(
    r"(?i)\s*(?:(?:below|above|attached|here|in\s+(?:the\s+)?comments)\s+)?(?:of|with|from)\s+(?:my|me|myself|mine)\b"
    r"(?!\s+(?:holding|with|and|hugging|carrying|next))"
)
_OWN_BEFORE = re.compile(r"(?i)\bmy\s+(?:\w+\s+){0,2}$")
# The image is here in the post: "this pic of her", "these photos".
_THIS_ONE = re.compile(r"(?i)\b(?:this|these|here['’]?s\s+(?:a|the))\s+(?:[\w'’-]+\s+)?$")
# Images that always show something of someone else's when shared: a screenshot, dashcam or CCTV footage.
_STRONG = re.compile(r"(?i)^(?:screen|dash|body|cctv|footage|x\s*-?\s*ray|before|stills?\b|a\s+still)|^[\U0001f300-\U0001faff]")


# A camera that films whoever passes (CCTV, a dashcam, a bodycam, a doorbell camera): a still or clip of it shared
# shows someone, though the post names no one ("CCTV pic attached, pa-share para di na makaulit!").
_WATCHING = re.compile(r"(?i)^(?:cctv|dash\s*-?\s*cam|body\s*-?\s*cam|doorbell)")
_SHARED_RIGHT_AFTER = re.compile(
    r"(?i)(?:\s+(?:pic|pics|photo|photos|still|stills|footage|clip|video|vid|image|screenshot)s?)?[\s,:]+"
    r"(?:attached|below|above|in\s+(?:the\s+)?comments|here|up\s+top|\U0001f447|\U0001f446)"
)
# An image word opening its sentence as a caption: "Pic from tonight's training!", "Photos: the big day".
_OPENS_A_SHARE = re.compile(r"(?i)\s*(?:from|of|at|:)\s")
# One person the post tells of, named or served, who is not the writer's own: a name the detector found or a
# title ("Mrs Kamla Devi"), or one person served ("my patient", not "the kids", "our residents").
_ONE_SERVED_PLURAL = re.compile(r"(?i)s\b|\b(?:kids|children|class|team|group|family|families|people|folks?|everyone|all)\b")


def _one_person_told_of(post: Post, sa: int, sb: int) -> bool:
    if any(not _named_own(post, s, e) for s, e in post.names):
        return True
    if any(not _ONE_SERVED_PLURAL.search(post.text[s:e]) for s, e in post.served):
        return True
    # nobody named or served, but "she" or "he" told of through the post ("the state of her nails ... she's 97")
    return not post.others and len(_HIM_HER.findall(post.text)) >= 2


_SHE_HE = re.compile(r"(?i)\b(?:she|he|she['’]s|he['’]s)\b")
_HIM_HER = re.compile(r"(?i)\b(?:she|he|she['’]s|he['’]s|him|her)\b")


# Something someone served made, shown to readers: "Look at this pottery bowl my client made in OT today",
# "check out the cake one of my residents baked": what is shown is a picture of their work.
_SHOWN_WORK = re.compile(
    r"(?i)\b(?:look\s+at|check\s+out|here['’]?s|here\s+is|sharing|attached:?)\s+(?:this|these|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:my|our|one\s+of\s+(?:my|our)|a)\s+)(?P<who>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:\w+\s+)?"
    r"(?:made|did|painted|drew|drawn|built|baked|wrote|written|knitted|sewed|sewn|created|designed|carved|crafted|coloured|colored)\b"
)
_SHOWN_HINTS = ("look at", "check out", "here", "sharing", "attached")


class PhotoRule(Rule):
    KIND = "photo"

    def find(self, post: Post):
        text = post.text
        if post.served and any(h in post.lower for h in _SHOWN_HINTS):
            for m in _SHOWN_WORK.finditer(text):
                if any(m.start("who") <= s < m.end("who") + 8 for s, _ in post.served) and not post.is_own(m.start("who"), m.end("who")):
                    yield self.risk(post, m.start(), m.end())  # "Look at this pottery bowl my client made"
        idioms = post.cue("review_image_idioms")
        sharing = post.cue("review_sharing")
        for a, b in post.cue("review_image_words"):
            if overlaps(idioms, a, b):
                continue
            sa, sb = post.sentence(a)
            if _VIEWED.search(text, max(sa, a - 20), a):
                continue  # "if you saw the footage": the public's, not the writer's
            if _NEGATED.search(text, sa, a) or _NEGATED_AFTER.match(text, b, sb):
                continue  # "no photos", "photos of patients never go on social media"
            if _OWN_BEFORE.search(text, max(sa, a - 24), a):
                continue  # "my holiday pics"
            if text[a:b].lower().startswith("here") and post.own:
                continue  # "Here he is with his new puppy! My son is over the moon"
            wa, wb = post.around(a, b, 1)
            if _OWN_AFTER.match(text, b, min(sb, b + 36)) and not post.served_in(wa, wb) and not within(post.names, wa, wb):
                continue  # "a photo of my dog", not "of my client Barry" or "of me at a client's wedding"
            shared = (
                within(sharing, wa, wb)
                or (not text[sa:a].strip(" \t\n\"'‘“(*_-") and _OPENS_A_SHARE.match(text, b) is not None)
                or bool(re.match(r"[\s\S]{0,3}(?:this|these)\b", text[b : b + 8]))
                or _THIS_ONE.search(text, max(sa, a - 20), a) is not None
            )
            near = [(s, e) for s, e in post.others_in(wa, wb) if not _named_own(post, s, e)]
            # "them" in a post about the writer's own ("My twins ... both of them") is theirs to share
            theirs = _THEIRS.search(text, sa, sb) is not None and not (post.own and not near)
            someone = bool(near) or theirs or (
                # "Pics in the comments, she insisted on the tiara": "she" is the resident the post is about
                shared and post.others and not post.own and _SHE_HE.search(text, sa, sb) is not None
            ) or (
                # "Big up Dwayne ... From sleeping rough to university, so proud a him. Pic inna comments": the
                # person of the sentence before is the one pictured
                shared and post.others and not post.own and _HIM_HER.search(text, wa, sa) is not None
            )
            if not someone and shared and not post.own and _one_person_told_of(post, sa, sb):
                # "Murid saya Nurul Aisyah ... won the district spelling bee!!! ... photo below 👇", "Pic from
                # tonight's training!": a picture shared in a post about one person named or served is of them,
                # though its own sentence names no one
                someone = True
            if someone and (shared or post.others_in(sa, sb)):
                yield self.risk(post, a, b)
            elif post.served and within(sharing, sa, sb) and not post.own:
                yield self.risk(post, a, b)  # "... a drawing one of my 6yo clients did. pic attached"
            elif _STRONG.match(text[a:b]) and (shared or someone) and post.others:
                yield self.risk(post, a, b)
            elif _WATCHING.match(text[a:b]) and _SHARED_RIGHT_AFTER.match(text, b):
                yield self.risk(post, a, b)  # "CCTV pic attached, pa-share": a camera's picture of whoever it caught


def _named_own(post: Post, start: int, end: int) -> bool:
    """A name given right after the writer's own people, or joined to one so given: "My twins Chidi and Amara",
    "my son Leo": the writer's family, whose photo is theirs to share."""
    if (start, end) not in post.names:
        return False
    text = post.text
    for a, b in post.own:
        if b <= start and re.fullmatch(r"\s+(?:(?-i:[A-Z])[\w'’-]*\s*(?:,|and|&)\s*)*", text[b:start]):
            return True
    return False
