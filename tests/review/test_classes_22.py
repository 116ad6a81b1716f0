"""Issue 11, session 22: harmless posts the review gave a risk by a cue said of no one the writer knows (readers
called by their field, a city greeted, a dog's lead, a TV character's "colleague", a platform or a day off with
nobody in that sentence, a health word naming a report's topic or the writer's specialism, a place's name), and
risky posts it offered clean (a town's own Facebook page, a gift named after a colon, a court that decides for
someone who lacks capacity, a report to an animal-welfare body). Each class beside posts of the same shape on
the other side. Run with the real detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


# -- readers called by their field are no one's colleague -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Big month for employment law: the tribunal ruling on sick pay is worth your time if you're in HR. Summary in the replies.",
        "HR people, what did you make of the tribunal ruling on zero-hours rotas? Most employers shrugged. Sources please.",
    ],
)
def test_a_public_ruling_for_readers_in_a_field_is_no_case(review, text):
    assert "ongoing_case" not in review(text)


def test_a_colleague_in_a_hearing_is_still_a_case(review):
    assert "ongoing_case" in review("Our HR manager is giving evidence at the tribunal next week and she's a wreck.")


# -- a city greeted, a dog's lead, a TV character ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pollen bomb incoming, Glasgow! Own-brand antihistamines work just as well, don't waste your money.",
        "Tick and adder season on the fells 🐍 dogs on lead by the bracken please, a snake bite at the weekend is a long night at the vet.",
        "Finished Line of Duty at last. Hastings is the worst boss in TV history, fight me.",
    ],
)
def test_a_place_a_leash_or_a_character_is_no_one_to_vent_at(review, text):
    assert "venting" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our team lead is a snake. Took credit for my whole project in the all-hands.",
        "My manager is the worst boss I've had, moved my leave again without asking.",
    ],
)
def test_a_complaint_at_a_colleague_still_vents(review, text):
    assert "venting" in review(text)


# -- a platform or a day off is contact only with someone in its sentence ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hot take: 'we're like a family' is a warning sign. Your culture is what you do, not what you post on Instagram.",
        "Finally started 'Lost Connections' on my day off, tea in hand and the dog snoring beside me. Tamsin Orrell writes like she's in my head.",
    ],
)
def test_a_platform_or_a_day_off_with_no_one_in_it_is_no_contact(review, text):
    assert "client_contact" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client I stopped seeing last year found me on Instagram and keeps sending messages.",
        "Client cancelled on me again. Then I see her on TikTok at a festival the same night.",
    ],
)
def test_someone_served_on_a_platform_is_contact(review, text):
    assert "client_contact" in review(text)


# -- a health word naming a topic, a specialism or a place ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reading the Children's Commissioner report on kinship care. Good ideas, but the money is missing. Department for Education, we're waiting.",
        "Thrilled to start as Advanced Nurse Practitioner in epilepsy next week! Grateful to the RCN for the mentoring scheme 🙌 #NHS #Epilepsy",
        "The farm up at Scarrow Fell has let their walls go again, sheep all over the lane. They never listen.",
    ],
)
def test_a_topic_a_specialism_or_a_place_name_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "One of my Year 5s has epilepsy and had a seizure in assembly today. Her mum was in bits.",
        "Mr Dobson fell in the car park this morning and broke his hip. He's 84, bless him.",
    ],
)
def test_someone_served_with_a_health_word_is_still_health_detail(review, text):
    assert "health_detail" in review(text)


# -- a story already on the town's own Facebook page ------------------------------------------------------------


def test_a_story_on_the_local_facebook_page_is_small_community(review):
    text = "Daftest callout this week: bloke got his head stuck in the park railings. Already on the local Facebook page."
    assert "small_community" in review(text)


def test_a_charity_thanking_the_local_facebook_page_is_not(review):
    text = "Our bake sale raised £300! Thanks to everyone who shared it on the local Facebook page."
    assert "small_community" not in review(text)


# -- a gift named after a colon ---------------------------------------------------------------------------------


def test_a_gift_from_a_client_named_after_a_colon_is_contact(review):
    assert "client_contact" in review("Got a present from a patient today: a bottle of wine and a lovely card.")


def test_a_gift_from_family_named_after_a_colon_is_not(review):
    assert "client_contact" not in review("Got a present from my sister today: a bottle of wine and a lovely card.")


# -- a court or a body the writer's people are taken to ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Okafor brothers shouting over their mum's care in our lounge again, now off to the Court of Protection.",
        "The dog two doors down from the surgery is skin and bone. Reported to the RSPCA today.",
    ],
)
def test_a_case_at_a_court_or_a_welfare_body_is_ongoing(review, text):
    assert "ongoing_case" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "The RSPCA are doing a sponsored dog walk this weekend, go and support them!",
        "Really useful webinar on how the Court of Protection works, recommended for new starters.",
    ],
)
def test_a_court_or_a_welfare_body_in_general_is_no_case(review, text):
    assert "ongoing_case" not in review(text)


# -- someone served posting the writer's photo, tagging them ----------------------------------------------------


def test_someone_served_posting_the_writers_photo_is_contact(review):
    text = "A lad from my Thursday group has been posting my photo on his Instagram story, tagging me. Not sure how to handle it."
    assert "client_contact" in review(text)


def test_family_posting_the_writers_photo_is_not(review):
    assert "client_contact" not in review("My mum keeps posting my photo on her Facebook, tagging me in everything. Mortifying.")


# -- the writer described, "that's me" --------------------------------------------------------------------------


def test_the_writer_describing_themselves_is_no_one_to_vent_at(review):
    text = "Covering the tills at Asda all weekend. If you see a woman in a yellow lanyard sobbing by the DVDs, that's me. Be kind 🙃"
    assert "venting" not in review(text)


def test_someone_else_described_is_still_vented_at(review):
    assert "venting" in review("Agency nurse in a yellow lanyard sobbing by the DVDs again on our ward. Cheers for nothing 🙃")


# -- public news enjoyed, a team cheered on ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lovely to see the England lads visiting the children's hospital on the news tonight ❤️ Back on nights tomorrow.",
        "Night shift sorted, snacks in, and the Lionesses are on the telly in the staff room. Go girls!!",
    ],
)
def test_public_news_enjoyed_or_a_team_cheered_is_no_news_event(review, text):
    assert "news_event" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely to see my patient from last week on the news tonight, he's come so far.",
        "One of my lads from the youth club was on the news tonight after the crash on the ring road. Come on lads, stay strong.",
    ],
)
def test_someone_the_writer_serves_on_the_news_is_still_news_event(review, text):
    assert "news_event" in review(text)
