"""Named residences: "a party at Millbrook Court" is a care home in a carer's post, not a court of law.
Care homes and blocks of homes are often named "<Name> Court", "<Name> House", "<Name> Manor" or
"<Name> Lodge"; a court of law is named for what it hears ("Snaresbrook Crown Court", "the County
Court", "Court of Appeal")."""

from __future__ import annotations

import re

# The last word of a residence's name.
_RESIDENCE = re.compile(r"^(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,2})(?P<kind>Court|House|Manor|Lodge|Grange)(?:['’]s)?$")
# Words that make a court one of law.
_LAW_WORDS = re.compile(
    r"(?i)\b(?:crown|magistrates['’]?|county|family|high|supreme|appeal|coroner['’]?s?|youth|district|circuit|"
    r"federal|juvenile|civil|criminal|sheriff|claims|employment|royal\s+courts|justice|law)\b"
)
# What says the post is about care: its residents, carers, a care home, nursing.
_CARE = re.compile(r"(?i)\b(?:residents?|care\s+homes?|carers?|care\s+workers?|caring|nursing|dementia|hospice|elderly)\b")
_CARE_ROLES = ("care", "carer", "nurse", "nursing")
# What says the post is about the law, where "<Name> Court" is a court: "Hearing listed at Millbrook Court".
_LAW = re.compile(r"(?i)\b(?:hearings?|trials?|judges?|jury|juries|tribunal|sentenc\w*|verdict|listed|counsel|dock|"
                  r"defendants?|claimants?|prosecut\w*|magistrates?|barristers?|solicitors?|lawyers?|bail|clerks?|ushers?)\b")
_LAW_ROLES = ("lawyer", "solicitor", "barrister", "legal", "paralegal", "judge", "clerk")


def residence_kind(text: str, name: str, role: str) -> str | None:
    """ "a care home" for "Millbrook Court" in a post about care, "a residential building" for a Court or
    a Manor elsewhere; None when ``name`` is no residence ("Snaresbrook Crown Court", "Oakfield Primary")
    or the post is about the law ("Hearing listed at Millbrook Court")."""
    m = _RESIDENCE.match(name.strip())
    if m is None or _LAW_WORDS.search(m.group("name")):
        return None
    if m.group("kind") == "Court" and (_LAW.search(text) or any(word in role.lower() for word in _LAW_ROLES)):
        return None  # "Hearing listed at Millbrook Court": a court of law
    if _CARE.search(text) or any(word in role.lower() for word in _CARE_ROLES):
        return "a care home"
    return "a residential building" if m.group("kind") in ("Court", "Manor") else None
