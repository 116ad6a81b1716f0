"""Issue 11 precision, session 17: classes of harmless posts the rules gave a risk (writers w-za), each
beside a risky post of the same shape that must keep its risk. Run with the real detector's spans, as the
pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


# -- venting: a sign of annoyance needs someone identifiable it is aimed at ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # repetition said of the writer's own shift, a colleague only after it
        "Christmas on-call again this year but no stress, the aunties from day shift brought jollof to the ward.",
        "Late shift at the depot again. Finished my whole audiobook. Don't tell my supervisor lol",
        # "mate" to a passing stranger
        "Had a bloke yell at me for ten minutes because we were out of oat milk. Mate. It's milk. Roll on home time",
        # a complaint about a character in a show
        "Anyone else think The Wire is the best thing ever made? Rewatching it again, Ziggy is so annoying lol",
        # said fondly of the writer's own children
        "My cheeky monkeys Ivy and Ben building a fort in the lounge, honestly better engineers than my whole team",
        # addressed to any reader, no one named
        "Did 6 check-ups and my nurse brought cake. If you're reading this and haven't had a check-up since Easter, I'm judging you gently",
    ],
)
def test_an_annoyance_with_no_one_identifiable_is_no_venting(review, text):
    assert "venting" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sharon from payroll moved my desk without asking. Again.",
        "My manager moved the rota again without telling anyone. Third time this month.",
        "Derek if you're reading this, your forecast was fiction and you know it.",
        "Mrs Whitlock if you're reading this, we are humans not robots.",
    ],
)
def test_the_same_signs_at_someone_identifiable_stay_venting(review, text):
    assert "venting" in review(text)


# -- confidential_business: charity money and distances are no business figures ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Station open day on Saturday, bring the kids. We'll also be raising money for the air ambulance so bring cash.",
        "My son Tom swam his first 100m without stopping today and I was the loudest parent at the pool 😂",
    ],
)
def test_charity_and_distances_are_not_confidential(review, text):
    assert "confidential_business" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're raising our Series B next month, can't say who's leading yet.",
        "Our revenue is down 18% this quarter and leadership hasn't told the floor yet.",
    ],
)
def test_business_news_from_inside_stays_confidential(review, text):
    assert "confidential_business" in review(text)


# -- ongoing_case: a famous trial followed, or covered by a reporter ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Watching the Johnny Depp trial clips again for a training session on cross-examination lol.",
        "Been following the Karen Read trial coverage like everyone else. So much paperwork behind a case that size.",
        "Spent the day in court covering a fraud trial, shorthand is still a superpower. 100wpm or bust, kids.",
    ],
)
def test_a_trial_watched_or_reported_is_no_ongoing_case(review, text):
    assert "ongoing_case" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "In court all day tomorrow for my client's custody hearing, wish me luck.",
        "Giving evidence at the trial next week, can't say more.",
    ],
)
def test_a_case_the_writer_is_in_stays_ongoing(review, text):
    assert "ongoing_case" in review(text)


# -- small_community: a state, a county, a big city's district or road ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "School holidays at last! Going back to Terengganu, mak already cooking. No marking for two weeks 🙏",
        "Field day in Marsabit, 40 degrees, and the best part of the job is sitting with the women's groups.",
        "Completed on a flat in Hackney today, first-time buyers, lovely couple. Champagne emoji x 100",
        "Burst pipe in a cafe on Ponsonby Rd at 5am, the lads gave me a free flat white for the trouble.",
    ],
)
def test_a_big_area_is_no_small_community(review, text):
    assert "small_community" not in review(text)


def test_a_small_place_beside_someone_served_stays_small_community(review):
    assert "small_community" in review("Only GP in a village of 600, so when a lad from Drumlea comes in with a stoma everyone knows.")


# -- client_contact, health_detail, photo, rare_or_unique -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The patient in bay 2 keeps calling me 'Smiley' because he can't say my name, now the whole ward does 😂",
        "Christmas orders are piling up 🧵 Anyone who wants a shirt before the 20th, DM early.",
    ],
)
def test_a_nickname_or_an_invitation_to_readers_is_no_client_contact(review, text):
    assert "client_contact" not in review(text)


def test_a_client_who_keeps_calling_stays_client_contact(review):
    assert "client_contact" in review("My client keeps calling me at 11pm on my personal phone about her divorce.")


@pytest.mark.parametrize(
    "text",
    [
        "Back at work after my hysterectomy and Year 5 made me a giant card where someone drew me as a superhero.",
        "Good day. Did 7 fillings, a root canal and my nurse brought doughnuts.",
        "Diwali lunch at the hospital and cardiology won the rangoli, obviously. The biryani has put me in a coma",
        "Crew did a cracking job at the charity car wash today, raised a few bob for the children's hospice.",
    ],
)
def test_the_writers_own_health_or_a_charity_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


def test_a_patients_procedure_stays_health_detail(review):
    assert "health_detail" in review("The lady in bed 4 had her hysterectomy yesterday and her daughter has been so rude to the staff.")


@pytest.mark.parametrize(
    "text",
    [
        "My twins Kofi and Ama started school today!!! Pic below, I cried more than both of them combined 😭",
        "Took a mental health day, watched Burna Boy videos in bed and drank chai.",
    ],
)
def test_the_writers_own_family_or_a_stars_videos_are_no_photo(review, text):
    assert "photo" not in review(text)


def test_a_pupils_photo_stays_photo(review):
    assert "photo" in review("My student Kofi finished his first painting today, pic below, so proud of him!")


def test_a_first_time_buyer_is_no_first_of_a_kind(review):
    assert "rare_or_unique" not in review("Completed on a flat today, first-time buyers, the happiest couple I've seen all year.")


# -- transfer classes (writers o-s, fresh10-12) ----------------------------------------------------------------


def test_a_question_about_a_named_person_quoted_is_no_venting(review):
    text = "Read Matilda to Year 3 and one of them asked if Miss Trunchbull is 'like our old caretaker' 😭 Kids are savage"
    assert "venting" not in review(text)


def test_a_colleagues_words_quoted_back_stay_venting(review):
    text = "Our head of department Gary told the whole staff meeting that we need to 'work smarter not harder' after cutting our prep time."
    assert "venting" in review(text)


def test_the_family_whatsapp_group_is_no_client_contact(review):
    assert "client_contact" not in review("Results day and my whole WhatsApp family group suddenly became exam experts 😂 Auntie has opinions.")


def test_raising_children_is_no_business(review):
    assert "confidential_business" not in review("Happy 80th to my Granny Pearl!! She raised six of us and still cooks Sunday dinner for the whole street.")


def test_a_question_to_everyone_about_public_news_is_no_news_event(review):
    text = "Who else is watching the new bridge go up on the news? Those designs are actually sweet. Proud of our engineers 🇳🇬"
    assert "news_event" not in review(text)


def test_a_word_for_someone_served_inside_a_stars_name_is_no_client(review):
    text = "Who else is watching Burna Boy and Davido fans fight on X today? 😂 Me I just finished month-end close."
    assert "client_contact" not in review(text)


def test_a_client_on_social_media_stays_client_contact(review):
    assert "client_contact" in review("My client's son found me on Instagram and keeps sending me DMs about her case.")


def test_an_emoji_beside_whoever_is_no_venting(review):
    text = "Night shift done, two babies arrived and ZERO biscuits left in the staffroom. whoever keeps raiding the tin i will find you 😤"
    assert "venting" not in review(text)


def test_whoever_made_the_decision_in_words_stays_venting(review):
    text = "Go-live moved up two weeks and prod still has 140 open P1s. Whoever picked this date has never been on call."
    assert "venting" in review(text)


def test_a_vent_at_someone_unnamed_is_still_venting():
    # "If you're reading this" alone is said to every reader; "you know what you did" is said to someone
    from rewriter.review import Reviewer

    text = "To whoever parked across the ambulance bay this morning: you know what you did."
    assert "venting" in {r.kind for r in Reviewer(model=False).review(text)}
