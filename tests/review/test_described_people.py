"""Issue 11, session 11: a story about someone described, not named, still points at them once the name has
gone (the rewrite keeps "the lad who sells phone cards by the bus stop came in with a dog bite"); and the
harmless posts of the same shapes that must stay clean. Run with the real detector's spans, as the pipeline
does. Wording written for these tests, not taken from any data set."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


# -- health_detail: someone the readers can tell by their role, their spot in town, a shout-out -------------


@pytest.mark.parametrize(
    "text",
    [
        # a role one person holds in a group the readers share
        "Our church treasurer has just started chemo. He's asked us to keep it quiet for now.",
        "Bumped into my old teacher in the fracture clinic, she's got a broken wrist, still terrifying tho",
        "Our choir leader brother is in hospital with pneumonia, prayers please",
        # a young person of the writer's own setting ("at our centre")
        "A teenager at our youth club told me about her self-harm tonight. Heavy drive home.",
        # someone told by what they do where the neighbours see them
        "The lad who sells phone cards by the bus stop came in with a dog bite, third this month.",
        # called out by the post itself
        "Shout out to my patient who rang the bell after her last round of chemo today, what a legend",
        "Please keep the old gentleman from the corner shop in your prayers, stage 4 cancer and weeks left.",
        # an age said plainly, a weight lost, a confidence broken
        "Big lad on the ward tonight. Only 52 and already on his second heart attack.",
        "One of my clients has lost 25kg since starting dialysis and his wife asked me not to tell anyone.",
    ],
)
def test_health_of_a_described_person_is_a_risk(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Burnout is real in this job. Look after yourselves this winter.",
        "Compassion fatigue is a thing and nobody talks about it in training.",
        "Our youngest brother is in hospital with pneumonia, he's on the mend though",
        "Shout out to my team for covering the ward while I had the flu last week",
    ],
)
def test_health_in_general_or_of_the_writers_own_is_not(review, text):
    assert "health_detail" not in review(text)


# -- small_community: one setting, readers who know who or where -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Second fella this month off the same trawler with a crushed hand. Skipper, sort your winch out.",
        "Same 4 families still sharing one tap at the end of the lane and nobody from the council has been.",
        "If you know St Brigid's you'll know why this girl getting into medicine matters so much.",
        "She's home now and asked for no visitors, but you know where to send the cards.",
        "Anyone seen the old boy who sits outside the chemist with his terrier? He's missed his last two visits.",
    ],
)
def test_a_small_setting_told_another_way_is_a_risk(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eight years in and now leading a team of 6 at the council. Pinch me.",
        "Whey aye, we all know each other in Glasgow, apparently 😂",
        "Grandad stood in the same spot behind this counter forty years ago. Framed his photo for the wall.",
        "Second time this week on the same shift pattern, my body clock has given up.",
    ],
)
def test_the_writers_own_team_or_a_big_city_is_no_small_community(review, text):
    assert "small_community" not in review(text)


# -- rare_or_unique: a first in the writer's own setting ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Helped him back to work after the amputation. First amputee on our factory floor and he's smashing it.",
        "Operating on a little one with a brain tumour tomorrow. First time this procedure has been done in our region, pray for us.",
    ],
)
def test_a_first_in_our_setting_is_rare(review, text):
    assert "rare_or_unique" in review(text)


def test_the_writers_own_first_is_not_rare(review):
    assert "rare_or_unique" not in review("My first night shift on our new ward and I survived! Tea and bed now.")


# -- confidential_business and venting: secrecy said with "yet", and what is no complaint -------------------


@pytest.mark.parametrize(
    "text",
    [
        "We're quietly sunsetting the old billing app by spring. Product says don't tell the customers yet.",
        "Found unexplained payments to three suppliers during fieldwork. Manager says not to put it in writing yet.",
    ],
)
def test_an_internal_plan_or_finding_kept_back_is_confidential(review, text):
    assert "confidential_business" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gentle reminder that 'I don't know yet' is a complete answer. A client taught me that years ago.",
        "Honestly my team would beat any target you set them. Proudest manager alive.",
    ],
)
def test_not_knowing_yet_and_targets_in_general_are_not_confidential(review, text):
    assert "confidential_business" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing like a brew with the charge nurse at 4am after a mad night shift ☕",
        "My manager lent me Think Again and I've not put it down since. Highly recommend.",
        "Interview tip: please don't say your weakness is 'caring too much' to the hiring manager 😂",
    ],
)
def test_pleasure_a_title_or_advice_is_no_venting(review, text):
    assert "venting" not in review(text)


def test_venting_at_a_manager_still_counts(review):
    assert "venting" in review("My manager moved my annual leave. Again. Without asking. 🙄")


# -- ongoing_case and news_event: the public's view ------------------------------------------------------


def test_a_court_case_followed_as_one_of_the_public_is_not_ongoing(review):
    text = "Just listened to the Supreme Court oral arguments on the climate case, the Chief Justice was sharp."
    assert "ongoing_case" not in review(text)


def test_a_hearing_for_a_client_is_still_ongoing(review):
    assert "ongoing_case" in review("Watching the hearing for my client tomorrow from the back row, nervous.")


def test_tv_as_where_a_kind_of_job_is_seen_is_no_news_story(review):
    text = "From a kid who thought paramedics only existed on the telly to running my own crew. Thanks mum."
    assert "news_event" not in review(text)


def test_a_photo_shoot_is_no_photo_shared(review):
    assert "photo" not in review("Every kid in my class wants to tell me about their family photo shoot. Love it.")


# -- more of the same classes: a story still pointing at someone after the names have gone -----------------


@pytest.mark.parametrize(
    "text, kind",
    [
        ("I know it's all over the Ballymena Tele, but the lad they let out is not on my books. Stop asking.", "news_event"),
        ("Saw his photo on the news this morning and the comments are brutal. I worked with him for a year.", "news_event"),
        ("Wee place, everyone thinks I know everything about the family on the hill.", "small_community"),
        ("A 15 year old gave birth on our ward last night and the police are now involved.", "ongoing_case"),
        ("Our thana team picked up two of the gang today. Main accused still absconding.", "ongoing_case"),
        ("Client wants me to book his holiday as a business trip. I'm not going to jail for your jet ski, sir.", "confidential_business"),
        ("Our learner was born without a left hand and just won the county art prize. So proud.", "health_detail"),
        ("Our school has one student in a wheelchair and the new science block has no lift.", "rare_or_unique"),
        ("Only midwife for 60 miles, so yes, I will see you at the shop and no, I won't discuss it.", "small_community"),
        ("Tea with a lovely resident this afternoon, 102 she is and still sharper than me.", "rare_or_unique"),
        ("Delivered a healthy baby girl for the Governor's daughter this morning, mum and baby both well.", "rare_or_unique"),
    ],
)
def test_the_story_still_points_at_someone(review, text, kind):
    assert kind in review(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Watching the rocket launch on the news with my daughter tonight. She wants to be an astronaut now.", "news_event"),
        ("Lovely day out, the whole family, then home for a curry. Wee treat for us.", "small_community"),
        ("The police came to give our school a talk on road safety, the kids loved the car.", "ongoing_case"),
        ("Our school has one of the best music departments in the county, come to the open evening!", "rare_or_unique"),
        ("My nan turned 90 this week and she is still sharper than me.", "rare_or_unique"),
    ],
)
def test_the_same_words_about_no_one_stay_clean(review, text, kind):
    assert kind not in review(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Our night manager docked three of us a day's pay for no reason. God is watching you, sir.", "venting"),
        ("The old gent from the reading room has asked me round for Sunday dinner. Lovely man, but no.", "client_contact"),
    ],
)
def test_complaints_and_invitations_said_other_ways(review, text, kind):
    assert kind in review(text)


def test_no_reason_and_an_invitation_of_the_writers_own_are_not(review):
    assert "venting" not in review("Woke up smiling for no reason at all today. Grateful.")
    assert "client_contact" not in review("My sister asked me round for Sunday dinner, best roast in Wales.")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Our unit had the first confirmed case of diphtheria this year, a toddler after the floods. Vaccinate!", "rare_or_unique"),
        ("Assessed a selective mute kid with perfect pitch today, the like of which I've seen in 25 years.", "rare_or_unique"),
        ("If you're reading this, lovely lady from Tuesday, your bloods came back fine! Stop ringing the surgery.", "health_detail"),
    ],
)
def test_a_first_case_a_career_rarity_and_a_post_to_one_reader(review, text, kind):
    assert kind in review(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Friendliest client I've met in 20 years of practice, she made my week.", "rare_or_unique"),
        ("My first confirmed booking for the new studio! Nervous and excited.", "rare_or_unique"),
        ("Reminder: if your scan comes back clear, you don't need to ring the surgery.", "health_detail"),
    ],
)
def test_praise_the_writers_own_first_and_advice_are_not(review, text, kind):
    assert kind not in review(text)
