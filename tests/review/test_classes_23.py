"""Issue 11, session 23: risky posts offered clean once a rewrite generalised the one phrase the review raised,
though the post still said the matter was not public ("Not announced", "staff don't know yet"); photos shared
of someone named two sentences before; a step against someone still to come ("Arrest coming soon", "expect a
knock", "being walked out Friday"). Each class beside posts of the same shape on the other side.
Run with the real detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER, review  # noqa: F401 (a fixture)


def risks(detector, text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.rewrite) for r in REVIEWER.review(text, detector.detect(text)) if r.kind == kind]


# -- "not supposed to share" is a confidence like "not supposed to say" ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Not supposed to share this yet but our depot lost the supermarket contract today.",
        "I'm not meant to post this but we've lost the council contract. Fingers crossed for the rest.",
        "We're not allowed to mention it yet, the bank deal has been signed.",
    ],
)
def test_a_confidence_by_any_verb_of_telling_marks_the_matter(review, text):
    assert "confidential_business" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not supposed to share my screen in this meeting apparently. Who knew.",
        "My toddler is not supposed to know where the biscuits are. He knows.",
    ],
)
def test_the_same_words_about_no_business_matter_raise_nothing(review, text):
    assert "confidential_business" not in review(text)


# -- the post's word that it is not public outlives a generalised figure ---------------------------------------


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Board just approved selling our bakery to a PE firm. 65 bakers. Not announced.", "Not announced"),
        ("We have to tell 38 staff at the branch on Thursday that their roles are going. Nobody there knows yet.",
         "knows yet"),
        ("Our plant is getting the new battery line, 600 jobs. The mayor doesn't even know yet lol", "know yet"),
    ],
)
def test_a_mark_that_the_matter_is_not_public_is_a_risk_no_rewrite_takes_out(detector, text, mark):
    found = risks(detector, text, "confidential_business")
    # the phrase raised holds the mark ("Nobody there knows yet" is read whole since session 38)
    assert any(mark in phrase and rewrite is None for phrase, rewrite in found), found
    assert any(rewrite for _, rewrite in found)  # the figure beside it is still made vague


@pytest.mark.parametrize(
    "text",
    [
        # a figure raised from inside, with nothing saying it is secret: the vague figure may be clean
        "Lost the Brightwater Dental renewal this week, £60k a year gone. Called their ops lead to ask why.",
        # the writer not knowing is no confidence
        "Our revenue is down £40k this quarter. I don't know yet what that means for the team.",
    ],
)
def test_without_a_mark_of_secrecy_only_the_figure_is_raised(detector, text):
    found = risks(detector, text, "confidential_business")
    assert found
    assert all(rewrite is not None for _, rewrite in found), found


def test_no_mark_is_raised_where_nothing_confidential_was(detector):
    text = "Nobody knows yet what the weather will do for sports day. Fingers crossed!"
    assert risks(detector, text, "confidential_business") == []


# -- a photo of someone named in the sentence before -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Massive shout out to Kwame from the youth club, he got the apprenticeship!! So proud of him. Pic in comments",
        "Keisha from my Tuesday group passed her driving test today! Proud of her 🥹 Photo below",
    ],
)
def test_a_photo_shared_of_the_person_the_post_is_about(review, text):
    assert "photo" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own photo: their family, their lunch
        "My son Tyrone got the apprenticeship!! So proud of him. Pic in comments",
        # no one in the post, only a view
        "The sunrise over the bay this morning was unreal, so proud of this town. Pic in comments",
    ],
)
def test_the_writers_own_photo_or_nobody_in_it(review, text):
    assert "photo" not in review(text)


# -- a step against someone still to come: an arrest, a knock, a walk-out, a live investigation ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Can't say much about the break-ins on Elm Road. Arrest coming this week, residents 👀",
        "To whoever nicked the charity tin from the counter: the police have the footage. Expect a knock.",
        "Our finance director is being walked out on Monday, nobody knows why yet.",
        "Took the call for the stabbing on Ferry Lane. Can't say more because it's live, but the lad was 16.",
    ],
)
def test_an_enforcement_step_to_come_is_a_live_case(review, text):
    assert "ongoing_case" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new website is live! We've got a name for the product too.",
        "My streaming account is being suspended because the card expired, ugh.",
        "Three coffees and one existential crisis later, my portfolio is live. #UXDesign",
    ],
)
def test_a_launch_a_name_or_an_account_is_no_case(review, text):
    assert "ongoing_case" not in review(text)
