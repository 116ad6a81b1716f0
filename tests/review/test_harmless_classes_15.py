"""Issue 11, session 13: classes of harmless posts the review rules flagged (writers p-s), each beside a risky
post of the same shape that must still be flagged. Run with the real detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import kinds, review  # noqa: F401 (a fixture)


# -- news_event: a performer, a band, a team or a film is a show, not a story ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sunday roast in the oven, Fleetwood Mac on the radio, my partner pretending to help. Bliss.",
        "Chips, a brew and Leeds Rhinos on TV. Night shift can wait till tomorrow.",
        "Long drive home after clinic, highveld sunset and gospel on the radio.",
        "Still haven't seen the new Marvel film everyone's talking about, no spoilers please.",
    ],
)
def test_a_show_on_the_radio_or_tv_is_no_news(review, text):
    assert "news_event" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "The lad I look after was on the radio this morning talking about his brother's crash.",
        "My client's fire was on TV last night, everyone's talking about it at work.",
        "Mr Danso from my ward is all over the news after the bus crash on the A40.",
    ],
)
def test_a_story_someone_is_in_on_air_still_counts(review, text):
    assert "news_event" in review(text)


# -- venting: the writer's own family and pets, a part played, a word taught, advice to readers ----------


@pytest.mark.parametrize(
    "text",
    [
        "Ammi says my rotis are too thick again 🙄 thirty years of practice apparently not enough",
        "Mamaw still says I hold the rolling pin wrong 😤 love her to bits",
        "Home after a double. Our Bella (the cat) has knocked my mug over again.",
        "Walked in the door and my lazy lump of a dog, Pip, refused to move off the sofa. Fair.",
        "Home to my dog Rolo who is absolutely furious I was late 😹",
        "My niece was in the school play as 'Third Shepherd' and stole the show.",
        "Year 8 found out Dickens coined 'boredom'. Mind blown, lesson saved.",
        "Tip for managers: if you're annoyed again about lateness, ask why first.",
        "Every spring someone swears garlic cures hay fever because Gwyneth said so 🙄 it doesn't.",
    ],
)
def test_no_venting_at_own_kin_pets_parts_words_or_readers(review, text):
    assert "venting" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "My manager says my reports are too long again 🙄 apparently nobody reads them.",
        "Our deputy head told the whole staffroom my lesson was 'a bit chaotic'. Cheers.",
        "The consultant on nights threw me under the bus again at handover.",
        "Kevin from accounts has emailed me six times since lunch 🙄",
    ],
)
def test_venting_at_someone_from_work_still_counts(review, text):
    assert "venting" in review(text)


def test_a_client_mum_is_the_clients_not_the_writers(review):
    # a professional's bare "Mum" is the client's: her health is still someone else's
    text = "Court tomorrow for the final hearing. Mum's been clean eight months and the kids may go home."
    assert "ongoing_case" in review(text)
    assert "health_detail" in review(text)


def test_a_name_called_out_must_look_like_a_name(review):
    assert "venting" not in kinds("Eid tomorrow and the whole ward brought sweets, sobai ke shubhechha.")


# -- small_community: a TV show, a city's quarter, a count in order -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Love Island tonight with my sister, she's already picked a winner.",
        "Patients keep asking about the diet 'from that girl off Love Island'. Please ask your GP instead.",
        "Busy night on Grafton Street: two stag dos, one lad in a banana suit and a lot of spilt cider.",
        "Stripped my 14th bed of the day and I still love this job.",
    ],
)
def test_no_small_community_in_a_show_a_city_quarter_or_a_count(review, text):
    assert "small_community" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "A lad from Drumlea came in with a stoma and everyone knows his mum.",
        "We run a 12 bed unit and she's the only one on it with this.",
        "Our village has 300 people and only one of them has this condition, poor lad.",
    ],
)
def test_a_small_place_beside_someone_still_counts(review, text):
    assert "small_community" in review(text)


# -- confidential_business: the writer's own data, a public outage -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Analysed my own running data from the last five years. Findings: I only run when it's sunny.",
        "Today's outage brought to you by a big cloud provider, all over every news site. Not our fault for once!",
    ],
)
def test_no_business_secret_in_own_data_or_a_public_outage(text):
    assert "confidential_business" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our audit findings are grim and the board hasn't seen them yet.",
        "We had a huge outage last night, can't say more until the client is told.",
    ],
)
def test_business_secrets_from_inside_still_count(text):
    assert "confidential_business" in kinds(text)


# -- ongoing_case and health_detail: advice addressed to readers --------------------------------------


def test_advice_to_anyone_in_hr_is_no_case():
    assert "ongoing_case" not in kinds("Reminder for anyone in HR: a wellbeing check-in is not a disciplinary. Listen first.")


def test_a_colleagues_disciplinary_still_counts():
    assert "ongoing_case" in kinds("My manager has put Sam on a disciplinary and the hearing is on Friday.")
