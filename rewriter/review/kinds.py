"""The post-level risk kinds, in one place: what each is called, why it matters and what to do.

The wording follows the guidance the tool is built on (professional bodies' social-media advice for
nurses, teachers, therapists, lawyers and staff under an NDA): an outsider must not be able to link a
story to a person; no comment on a live case; no photos of clients; think before accepting a client's
friend request; no venting about named people or the employer; no confidential business information.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RiskKind:
    label: str
    why: str
    advice: str


RISK_KINDS: dict[str, RiskKind] = {
    "news_event": RiskKind(
        label="story in the news",
        why="A story that has been in the news can be linked to the real people in it, even with no names.",
        advice="Generalise the event (\"a serious accident\") and leave out that it was in the news.",
    ),
    "rare_or_unique": RiskKind(
        label="rare or unique detail",
        why="A rare condition, a first or an only fits so few people that it can identify them without a name.",
        advice="Drop the rarity or say \"a rare condition\"; the point of the post rarely needs it.",
    ),
    "small_community": RiskKind(
        label="small community",
        why="In a small place or group few people fit the description, so anyone there can tell who it is.",
        advice="Leave out the place and the group, or describe the person so they could be anyone.",
    ),
    "ongoing_case": RiskKind(
        label="live case",
        why="Commenting on a case that is still going on can prejudice it and breach confidentiality.",
        advice="Say nothing about the case until it has ended, and then nothing that identifies anyone in it.",
    ),
    "photo": RiskKind(
        label="photo of a client",
        why="A photo, video or screenshot of a client or their things identifies them however the text is worded.",
        advice="Don't post the photo; describe it in general words if the post needs it.",
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
    ),
}
