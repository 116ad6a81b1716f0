"""What each kind of identifying span is: how a person reads its name, why it matters, what to say
instead (for the writer's role), its colour, and the few facts about it the detector, the generaliser
and the verifier act on. One record per entity type; every module reads kinds from here.

Beside them, the post-level risk kinds the review finds (RISK_KINDS): what each is called, why it matters
and what to do."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

# Who the people in a post usually are, by the writer's role.
PERSON_BY_ROLE: Mapping[str, str] = MappingProxyType({
    "therapist": "a client",
    "counsellor": "a client",
    "psychologist": "a client",
    "nurse": "a patient",
    "midwife": "a patient",
    "doctor": "a patient",
    "paramedic": "a patient",
    "pharmacist": "a customer",
    "care worker": "a resident",
    "teacher": "a student",
    "coach": "an athlete",
    # (not "a family member", which reads as the writer's own relative: "Visited a family member at the village",
    # "Big up a family member, the best foster carer I work with"; judged as meaning-changing)
    "social worker": "a client",
    "lawyer": "a client",
    "support": "a customer",
    "support agent": "a customer",
    "hr": "a colleague",
    "engineer": "a colleague",
    "analyst": "a client",
    "other": "someone",
})

# Which organisation a post usually names, by the writer's role.
ORGANIZATION_BY_ROLE: Mapping[str, str] = MappingProxyType({
    "engineer": "a client company",
    "analyst": "a client company",
    "lawyer": "a company",
    "hr": "my employer",
    "support": "a company",
    "support agent": "a company",
})

_NO_ROLES: Mapping[str, str] = MappingProxyType({})


class Detail(Enum):
    """What a recognizer knows about a span beyond its kind, for the generaliser to act on."""

    RARE_CONDITION = "a named, rarer condition"  # "Stiff Person Syndrome": say "a rare condition"
    # "her HbA1c come back 13.2", "olanzapine 10mg", "140 kg": a person's measurement; the suggestion says it in
    # words ("high", "very poor", "a lot") or is empty (the figure just goes)
    CLINICAL_VALUE = "a person's clinical measurement"


@dataclass(frozen=True)
class Kind:
    name: str  # the entity type, as Presidio and the JSON output spell it: "STREET_ADDRESS"
    label: str  # the type as a person reads it: "street address"
    why: str  # why a span of this kind matters, in a short sentence
    suggestion: str  # what to say instead, for a writer whose role the table below does not list
    style: str  # Rich style for its highlight, in `rewriter check` and the app alike
    family: str  # which of the generaliser's handlers rewrites it: "person", "place", "time", ...
    # Role -> what to say instead, for kinds whose replacement depends on who writes ("a client").
    by_role: Mapping[str, str] = field(default_factory=lambda: _NO_ROLES, repr=False, compare=False)
    # Every word identifies: a surname alone still points at the person.
    is_name: bool = False
    # Its capitalised words identify ("Dunmore" of "Dunmore Logistics"); the generic ones do not.
    is_proper: bool = False
    # Our rules give it with certainty about what the thing is: spaCy's small model calls many such
    # spans an organisation or a place ("Client Ref: ANX-2291", "Court 2") and scores higher, but the
    # rule's kind wins the overlap (else the rewrite says "An organisation called again").
    beats_spacy: bool = False

    def suggestion_for(self, role: str) -> str:
        return self.by_role.get(role, self.suggestion)


def _label(entity_type: str) -> str:
    return entity_type.replace("_", " ").lower()


def _kind(name: str, why: str, suggestion: str, style: str, family: str, **facts) -> Kind:
    return Kind(name, _label(name), why, suggestion, style, family, **facts)


DEFAULT_WHY = "This could help someone work out who or what the post is about."
DEFAULT_SUGGESTION = "something more general"
DEFAULT_STYLE = "bold red"

KINDS: Mapping[str, Kind] = MappingProxyType({k.name: k for k in (
    # people
    _kind("PERSON", "A name can identify someone directly.", "someone", "bold red", "person",
          by_role=PERSON_BY_ROLE, is_name=True),
    _kind("WATCHED", "This is on your watch list.", "a general term", "bold magenta", "person", is_name=True),
    _kind("HANDLE", "A social media handle identifies a person directly.", "someone", "red", "handle",
          by_role=PERSON_BY_ROLE, is_name=True, beats_spacy=True),
    _kind("AGE", "An exact age, with other details, can single someone out.", "someone", "yellow", "age",
          by_role=PERSON_BY_ROLE, beats_spacy=True),
    _kind("DISTINCTIVE_DETAIL", "A detail like this can single a person out even without a name.",
          "a detail that does not single anyone out", "italic yellow", "distinctive", beats_spacy=True),
    # contact details
    _kind("EMAIL_ADDRESS", "An e-mail address identifies a person directly.", "(contact details removed)", "red",
          "contact", beats_spacy=True),
    _kind("PHONE_NUMBER", "A phone number identifies a person directly.", "(contact details removed)", "red",
          "contact", beats_spacy=True),
    _kind("URL", "A link can lead straight to a person or organisation.", "(link removed)", "red", "contact",
          beats_spacy=True),
    _kind("IP_ADDRESS", "An IP address can be traced to a person or place.", "(address removed)", DEFAULT_STYLE,
          "other"),
    # places and organisations
    _kind("LOCATION", "A named place narrows down who this is about.", "a local area", "cyan", "place",
          is_proper=True),
    _kind("STREET_ADDRESS", "An address points to where someone lives or works.", "a local street", "cyan",
          "place", is_proper=True, beats_spacy=True),
    _kind("FACILITY", "A named ward, room, school or home narrows down who this is about.", "a local service",
          "cyan", "place", is_proper=True, beats_spacy=True),
    _kind("ORGANIZATION", "Naming an organisation can reveal a client, employer or customer.", "an organisation",
          "blue", "organisation", by_role=ORGANIZATION_BY_ROLE, is_proper=True),
    # business and case details
    _kind("CODENAME", "A project codename is confidential business information.", "a new project", "bold blue",
          "codename", is_proper=True, beats_spacy=True),
    _kind("MONEY", "An exact amount can be confidential business data.", "a significant sum", "blue", "money",
          beats_spacy=True),
    _kind("FIGURE", "An exact result or count can be confidential business data.", "a notable change", "blue",
          "figure", beats_spacy=True),
    _kind("CREDIT_CARD", "A card number is confidential financial data.", "(card number removed)", DEFAULT_STYLE,
          "other"),
    _kind("IBAN_CODE", "A bank account number is confidential financial data.", "(account number removed)",
          DEFAULT_STYLE, "other"),
    _kind("REFERENCE_NUMBER", "A case, ticket or customer number can be looked up.", "a case", "green",
          "reference", beats_spacy=True),
    # "Patterson v. Dunmore Logistics": made by the generaliser from a person or company and another
    _kind("CASE_NAME", "A case name names the people or companies in it.", "a case", DEFAULT_STYLE, "case",
          is_name=True, beats_spacy=True),
    # times
    _kind("DATE_TIME", "A specific date or time can link the post to a real event.", "recently", "green", "time",
          is_proper=True, beats_spacy=True),
)})

FAMILIES = frozenset(k.family for k in KINDS.values())


def kind(entity_type: str) -> Kind:
    """The record for ``entity_type``; a type no recognizer of ours reports gets the cautious default."""
    known = KINDS.get(entity_type)
    if known is not None:
        return known
    return Kind(entity_type, _label(entity_type), DEFAULT_WHY, DEFAULT_SUGGESTION, DEFAULT_STYLE, "other")


def person_for(role: str) -> str:
    """Who a person in a post by someone in ``role`` usually is: "a client", "a student", "someone"."""
    return KINDS["PERSON"].suggestion_for(role)


def suggestion_for(entity_type: str, role: str) -> str:
    """What to say instead of a span of ``entity_type``, for a writer in ``role``."""
    return kind(entity_type).suggestion_for(role)


# -- post-level risk kinds ---------------------------------------------------------------------------
# The wording follows the guidance the tool is built on (professional bodies' social-media advice for
# nurses, teachers, therapists, lawyers and staff under an NDA): an outsider must not be able to link a
# story to a person; no comment on a live case; no photos of clients; think before accepting a client's
# friend request; no venting about named people or the employer; no confidential business information.


@dataclass(frozen=True)
class RiskKind:
    label: str
    why: str
    advice: str
    # A risk about a person (their health, venting about them): when the review of a rewrite raises it only at
    # the general words put in for that person ("a colleague"), the rewrite did not add it (verdict.py).
    needs_someone_identifiable: bool = False
    # What the verifier says when a rewrite generalised the phrase but the story is still the same one
    # (a crash that was in the news, a case still in court, a rarity, a small place: readers who know it
    # still link the post to the people in it). None: the risk goes with its phrase. Measured on 1,210
    # drafts nobody tuned to: of the rewrites called clean after a rarity or small place was generalised,
    # more still held a labelled identifying detail than did not.
    after_rewrite: str | None = None
    # A risk in what the post tells (its story, its people); False for a limit of the checker on the post as a
    # whole (unread_text), which dates nothing and combines with no detail (detect/quasi.py).
    in_the_story: bool = True


RISK_KINDS: dict[str, RiskKind] = {
    "news_event": RiskKind(
        label="story in the news",
        why="A story that has been in the news can be linked to the real people in it, even with no names.",
        advice="Generalise the event (\"a serious accident\") and leave out that it was in the news.",
        after_rewrite="The event is generalised, but anyone who saw the news can still link this post to the people in "
                      "it; post nothing about them while it is news.",
    ),
    "rare_or_unique": RiskKind(
        label="rare or unique detail",
        why="A rare condition, a first or an only fits so few people that it can identify them without a name.",
        advice="Drop the rarity or say \"a rare condition\"; the point of the post rarely needs it.",
        after_rewrite="The rarity is generalised, but a story this unusual can still point at the person for anyone "
                      "who knows it; check that nothing else in it singles them out.",
    ),
    "small_community": RiskKind(
        label="small community",
        why="In a small place or group few people fit the description, so anyone there can tell who it is.",
        advice="Leave out the place and the group, or describe the person so they could be anyone.",
        after_rewrite="The place is generalised, but where everyone knows everyone the story itself can still be "
                      "recognised; check that nothing else in it points at the person.",
    ),
    "ongoing_case": RiskKind(
        label="live case",
        why="Commenting on a case that is still going on can prejudice it and breach confidentiality.",
        advice="Say nothing about the case until it has ended, and then nothing that identifies anyone in it.",
        after_rewrite="The names are gone, but the post is still about a case that has not ended; say nothing about "
                      "it until it has.",
    ),
    "photo": RiskKind(
        label="photo of a client",
        why="A photo, video or screenshot of a client or their things identifies them however the text is worded.",
        advice="Don't post the photo; describe it in general words if the post needs it.",
        # a rewrite can drop "pic below" but not the picture the writer attaches: of the risky drafts whose
        # rewrite was called clean once the photo's mention went, 9 of 12 still held a labelled identifying
        # detail (tuning and analysis sets)
        after_rewrite="The mention of the photo is gone, but a photo posted with this still shows who it is; "
                      "don't attach it.",
    ),
    "client_contact": RiskKind(
        label="private contact with a client",
        why="Private contact with a client (friend requests, messages, meeting socially, gifts) crosses a professional boundary.",
        advice="Decline politely and raise it in session or with your supervisor; don't discuss the person publicly.",
    ),
    "venting": RiskKind(
        label="venting about someone identifiable",
        why="Complaining about a colleague, manager, employer or client that readers can identify can breach confidence and your code of conduct.",
        advice="Keep it internal: raise it with your manager, supervisor or union, not on social media.",
        needs_someone_identifiable=True,
    ),
    "confidential_business": RiskKind(
        label="confidential business information",
        why="Unannounced plans, deals, layoffs, customers and figures are confidential until the organisation makes them public.",
        advice="Keep it internal until it is announced, and leave out exact figures and names.",
    ),
    "health_detail": RiskKind(
        label="someone's health",
        why="Health information about a person others can identify is special-category data, confidential even without a name.",
        advice="Leave out the diagnosis or treatment, or anything that points to who the person is.",
        needs_someone_identifiable=True,
    ),
    # Not a risk in the story but a limit of the checker (review/unread_text.py): it reads Latin letters and
    # English, so in a post written mostly in Hangul, Chinese, Ge'ez, Sinhala, Greek... it finds nothing either way,
    # and in one mostly in Portuguese, Polish or Hinglish (with a number it cannot weigh) it reads little. The rule
    # says which (its own why); the rewrite cannot fix either, and the offered text keeps the risk
    # (verdict.still_standing).
    "unread_text": RiskKind(
        label="text the checker cannot read well",
        why="Most of this post is in a script or a language this checker cannot read well, so it cannot tell whether "
            "anyone is identifiable in it.",
        advice="Check it yourself, or have someone who reads it check, for names, places, dates and other details "
               "that could identify anyone.",
        after_rewrite="The draft was mostly in a script or a language this checker cannot read well, so it cannot "
                      "tell whether the rewrite still identifies anyone; check it yourself before posting.",
        in_the_story=False,
    ),
}
