"""Issue 11, session 16: classes of risky posts health_detail, client_contact and rare_or_unique missed
(writers a-r), each beside a harmless post of the same shape that must stay clear of that kind. Run with
the real detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER, review  # noqa: F401 (a fixture)


@pytest.fixture(scope="module")
def phrases(detector):
    def run(text: str, kind: str) -> list[str]:
        return [r.text for r in REVIEWER.review(text, detector.detect(text)) if r.kind == kind]

    return run


# -- health_detail: care on a ward in the shift's words, about a patient by bed or bay --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Long night. The gentleman in bed 6 refused food again, third day running.",
        "Mr Delaney in bed 4 pulled his cannula out AGAIN and called me his ex wife 😂",
        "Agency staff only again and the bloke in side room 4 with C diff waited two hours for a commode.",
        "Tobias from bay 3 has just added me on Facebook. Sir, you have a catheter in. Declined.",
        "The lady in bed 9 discharged herself again before the doctors' round.",
    ],
)
def test_ward_care_of_a_patient_by_bed_is_health(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cannula skills workshop today, practised on the dummy arms for hours.",
        "Top tip for new starters: check the commode is clean before you leave the bay.",
        "I refused food for two days with that flu last week, back on the toast now.",
        "An EHCP is a legal document, not a wish list. Know your rights, parents.",
    ],
)
def test_ward_words_of_nobody_are_not_health(review, text):
    assert "health_detail" not in review(text)


def test_obstetric_shorthand_is_health(review):
    assert "health_detail" in review("Room 9 delivered during the match last night. Mum (G4P3, 41) said that's their last one.")


@pytest.mark.parametrize(
    "text",
    [
        "Pete the foreman lost two fingers on the line and the company's keeping it quiet.",
        "Bloke in Wagga came off his quad bike again, third time we've picked him up this year.",
        "Had the Hibs left back in for his knee today, nicest guy ever.",
    ],
)
def test_an_injury_of_someone_is_health(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "I came off my bike on the school run this morning, pride hurt more than anything.",
        "Lost two hours to the printer again. Send coffee.",
    ],
)
def test_the_writers_own_spill_or_a_lost_hour_is_not_health(review, text):
    assert "health_detail" not in review(text)


# -- health_detail: the writer's care of someone the post already points to ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Remember the man who survived 9 days in the bush near the gorge? Every news site had him. I was his ICU nurse.",
        "That baby born in the aisle of the flight you've all seen on the news? I'm her community midwife.",
        "The guy from that viral scooter video on King St came through our ER last night. That's all I'll say.",
    ],
)
def test_caring_for_someone_from_the_news_is_health(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was her nurse for a week when I was a student and she taught me so much about patience.",
        "Happy Nurses Day to everyone who has ever been someone's nurse on a hard night.",
    ],
)
def test_a_care_relation_with_nobody_pointed_to_is_not_health(review, text):
    assert "health_detail" not in review(text)


def test_pregnancy_scan_of_a_named_girl_is_health(review):
    assert "health_detail" in review("The receptionist called out Kayleigh's name and her booking scan to the whole waiting room. She's 17.")


def test_scan_advice_is_not_health(review):
    assert "health_detail" not in review("Booking scan tips for first-time mums: bring your notes and a snack, it can be a long wait.")


# -- client_contact: calls again and again, and being stopped in public about one's care ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our new pupil's parents are already ringing me daily and it's only week two.",
        "The driver's family keep calling me about the case. Cannot say much.",
        "A patient asked me about his test results in the queue at Tesco. Sir, not a Tesco conversation.",
        "Rural therapist life: saw my 10am client at the Dollar General checkout and she introduced me to her husband.",
        "A former client tagged me in her wedding story thanking her counsellor by name. Do I ask her to take it down?",
        "A teen I supported through care just texted asking if she can crash on my couch for a few nights.",
    ],
)
def test_repeated_calls_and_being_stopped_in_public_are_contact(review, text):
    assert "client_contact" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "My mum keeps ringing me about Christmas plans, send help.",
        "A tourist asked me for directions at the bus stop in my scrubs and I had no idea either.",
        "Saw my old teacher at the supermarket today, she still remembers my terrible handwriting.",
        "My sister tagged me in a video of her cat and I have watched it twelve times.",
    ],
)
def test_family_calls_and_strangers_are_not_contact(review, text):
    assert "client_contact" not in review(text)


# -- rare_or_unique: a star served, a prodigy, a plain record age, a world event, the oddest case ----------


@pytest.mark.parametrize(
    "text",
    [
        "SOLD the old rectory to a lovely couple, she's a former Strictly pro (no, I won't say who).",
        "Thrilled that our client, a 17-year-old chess prodigy, just had her asylum claim approved.",
        "Did bridal hair for Shannon on Saturday and yes her nan is 101 and came in vintage Dior.",
        "Our regular Marek just got picked for Poland at the World Cup of Darts!! So proud.",
        "Weirdest thing in 10 years at the branch: a customer in her 80s brought in £40k cash in a biscuit tin.",
        "One of my 5th years, Siobhan Kelly, just got called up to the Ireland U18 camogie panel and I'm not crying, you're crying.",
        "Lovely afternoon at the care home. She's 97 and still beats me at rummy every single week.",
        "This mzee is 108 years old and just told me the secret is ugali and minding your own business.",
        "Swipe for the X-ray: a 12-year-old swallowed a whole key and it's sitting in his stomach like it pays rent.",
        "Guy swallowed a whole AirPod case tonight. 1st in my career.",
        "POV: the guy from Married at First Sight comes in for veneers and asks us not to tell anyone.",
    ],
)
def test_rarity_told_another_way_is_rare(review, text):
    assert "rare_or_unique" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patients keep asking if they can get Ozempic like that one off Love Island. It's a prescription medicine.",
        "Her temp was 101 so we sent her home with fluids and a leaflet.",
        "Weirdest weather I've seen in 10 years, snow in April!",
        "We got picked for Poland in the office World Cup sweepstake, obviously.",
        "Say hello to Pickle the tortoise, 97 years young and still thriving in the garden.",
        "She is 95% sure the new rota will be out by Friday.",
        "I swallowed a fly on my run this morning, extra protein.",
        "Watching Married at First Sight with a cuppa after a long shift, pure chaos.",
    ],
)
def test_a_show_a_fever_the_weather_or_our_sweepstake_is_not_rare(review, text):
    assert "rare_or_unique" not in review(text)
