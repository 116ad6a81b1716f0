"""Session 35's classes of post-level risks the fresh sets' writers told and the review missed (issue 11), each
with a near-miss that must get no risk of its kind. Every name here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span

from rewriter.review.context import Post


# -- a title or initials do not end a sentence -----------------------------------------------------------------


def test_a_title_or_initials_keep_their_sentence():
    text = "Case study: Mr. T.W. (61), post-stroke, back at work. So proud!"
    starts = [text[a:b] for a, b in Post(text).sentences()]
    assert "Mr. T.W. (61), post-stroke, back at work." in starts


def test_a_single_capital_letter_still_ends_one():
    text = "Plan A. Then plan B."
    assert [text[a:b].strip() for a, b in Post(text).sentences() if text[a:b].strip()] == ["Plan A.", "Then plan B."]


def test_a_health_word_beside_initials_is_someone_s():
    assert "health_detail" in kinds("Case study from this week: Mr. T.W. (61), bank clerk, post-stroke, back at work in 8 weeks.")


# -- health words the lists lacked --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Client (Jory, 24) rang the crisis line I gave him at 3am instead of doing something daft. Proper wee win.",
        "cadet Marlo Tindall (20) keeps failing his checkride, I think he's hiding vertigo from the examiner.",
        "Visited old Fergie today, first time he's opened the door in a month. Small wins on the depot round.",
    ],
)
def test_a_crisis_service_a_balance_condition_a_depot_injection(text):
    names = [span(text, name, "PERSON") for name in ("Jory", "Marlo Tindall", "Fergie") if name in text]
    assert "health_detail" in kinds(text, names)


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: the crisis line number is on the back of every staff badge.",
        "The bus depot round the corner finally got a coffee van ☕",
    ],
)
def test_the_same_words_of_nobody(text):
    assert "health_detail" not in kinds(text)


def test_how_long_a_labour_took_beside_the_birth():
    text = "Welcome to the world little Wren 💕 born 4.12am to the bravest mum Orla after 31 hrs. So honoured #midwifery"
    assert "health_detail" in kinds(text, [span(text, "Wren", "PERSON"), span(text, "Orla", "PERSON")])


def test_hours_on_the_road_after_a_birth_day_are_no_labour():
    text = "Our Tamsin was born and raised here, and arrived after 12 hours on the road for the reunion. So proud of her."
    assert "health_detail" not in kinds(text, [span(text, "Tamsin", "PERSON")])


# -- results seen before they are published, an incident told from inside ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Without saying who: a big retailer is about to miss guidance by a LOT. I've seen the draft 10-Q. Sell your calls 👀",
        "Shoutout to our dev who found the bug that broke checkout for 4 hrs before anyone noticed. Still not public lol.",
    ],
)
def test_unpublished_results_and_an_inside_incident(text):
    assert "confidential_business" in kinds(text)


def test_public_results_in_the_news_are_no_confidence():
    assert "confidential_business" not in kinds("Apple missed earnings again, says the FT this morning. Markets shrugged.")


# -- a picture shared in a post about one person ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My student Ilsa Brannock won the district spelling bee!!! 🏆 so proud of u 😭 photo below 👇",
        "Massive well done to Mr Oduya, back playing after the knee op. Pic from tonight's training!",
        "Mrs Pell, 97, danced at our Valentine's tea 💕 married 70 years! Photos on our page.",
        "Before & after on my fav regular Mrs Lusk 😍 she's been coming to me every 6 weeks since 2015!",
    ],
)
def test_a_picture_shared_in_a_post_about_one_person(text):
    assert "photo" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new garden is finally finished. Photos on our page!",
        "Pic from tonight's sunset over the harbour 🌅",
        "Before & after of my own kitchen reno, so happy with it",
    ],
)
def test_a_picture_of_no_one_in_particular(text):
    assert "photo" not in kinds(text)


def test_a_surveillance_camera_still_shared_shows_whoever_it_caught():
    assert "photo" in kinds("Nahuli namin yung shoplifter kanina sa branch, CCTV pic attached, pa-share!")


def test_a_surveillance_camera_not_shared_is_no_picture():
    assert "photo" not in kinds("Our new CCTV system is attached to the wall by the till, finally.")


# -- a named regular of a local business -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our Mrs Quill's been in every morning at 7:10 for a flat white for 9 years. Today she brought us a cake 😭",
        "To Mr Harrow who comes in every Friday for his prescription and a yarn: that card made my week.",
    ],
)
def test_a_named_regular_of_a_local_business(text):
    assert "small_community" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to all our regulars who come in every morning, see you Monday!",
        "The lady who comes in every Friday always asks for the crossword. Love her.",
        "The story has been in every paper this week, Mr Harrow says.",
    ],
)
def test_regulars_as_a_group_or_unnamed(text):
    assert "small_community" not in kinds(text)


# -- steps of a case told by the one in it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Representing Mr Odhiambo (83) in his land case. His nephews forged the deed. Ruling due 3rd March.",
        "Prayers up for lil Mr Tumelo's girl, 8, who we removed from the home last night. This job heavy 💔",
        "Jemma (15) disclosed to me today and the referral is in. Please keep her in your thoughts.",
        "If Mr Gorrie misses ONE more appointment I'm breaching him. Third time this month. #probation",
    ],
)
def test_a_live_step_of_a_case(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Great CPD session today on how land cases work in our courts, really useful for new staff.",
        "My sister was removed from the home team for the final, gutted for her 😂",
    ],
)
def test_case_words_about_no_live_case(text):
    assert "ongoing_case" not in kinds(text)


# -- blame of a named colleague for breaking what everyone works on ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "shoutout to Mr Pask from the data team who pushed straight to main on a Friday and took down checkout 🙃 NO.",
        "HOD Mrs Vantreight made me redo the whole term plan because the FONT was wrong. I'm not even joking.",
    ],
)
def test_blame_of_a_named_colleague(text):
    assert "venting" in kinds(text)


def test_the_writers_own_team_fixing_things_is_no_complaint():
    assert "venting" not in kinds("We pushed the new release to prod today, smooth as anything 🎉 Mrs Pask made the whole team cake.")


# -- someone from a story in the news now in the writer's care, a death, a birth ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One of the survivors of the Brackwater market fire that's all over the news is on our ward. We are saying NOTHING.",
        "To the journalist asking about the boy from the minibus crash on the news: no comment, ever. He's my patient.",
    ],
)
def test_someone_from_the_news_in_the_writers_care(text):
    assert "health_detail" in kinds(text)


def test_a_story_in_the_news_with_nobody_in_care():
    assert "health_detail" not in kinds("The market fire that's all over the news is awful. Our team is collecting blankets.")


def test_a_death_of_someone_cared_for():
    assert "health_detail" in kinds("Reflecting on Mr. T.O., a 94-yr-old veteran I've worked with for 3 years, who passed last night. RIP")


def test_an_exam_passed_is_no_death():
    assert "health_detail" not in kinds("So proud of our trainee Mr Ekwueme, who passed his viva today with no corrections! 🎉")


def test_a_course_of_treatment_someone_finished_in_general_words():
    text = "shout out to someone, 19, my patient on the day unit who finished her last round of treatment today 🔔💜"
    assert "health_detail" in kinds(text)


def test_guidance_on_a_course_of_treatment_is_no_ones():
    assert "health_detail" not in kinds("New guidance on the course of treatment for adults with asthma is out, worth a read.")
