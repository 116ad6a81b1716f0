"""The rewrite makes general what it safely can of the risks the review raised (issue 11): someone else's
condition, a photo offered in the post, "the only X at Y", a news story's event and roles, a story's
durations and distances, what kind of small place, a password written out. Each class on both sides:
what it changes, and what it must leave (the writer's own health, a photo in mid-sentence, a post with
no risk). Real detector, real review, the deterministic rewrite; every sentence is written for its class."""

from __future__ import annotations

import re

import pytest

from rewriter.config import Config
from rewriter.generalise.stories import story_rewrites
from rewriter.pipeline import Pipeline
from rewriter.review import Reviewer, Risk


@pytest.fixture(scope="module")
def pipeline(detector):
    return Pipeline(Config(), detector, None, Reviewer())


def rewrite(pipeline, text: str, role: str = "nurse"):
    return pipeline.rewrite(text, role=role, use_llm=False)


def risk(text: str, phrase: str, kind: str) -> Risk:
    start = text.index(phrase)
    return Risk(kind, start, start + len(phrase), phrase, "why", "advice")


# -- someone else's health ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gone", "said"),
    [
        ("Being a carer in a hamlet this small is hard. Everyone knows which door I knock on and my client's Parkinson's "
         "is getting worse, her daughter never calls.", "Parkinson", "my client's condition is getting worse"),
        ("Sat in a disciplinary today where a colleague from accounts sobbed about her IVF and her manager just scrolled "
         "his phone.", "IVF", "sobbed about her treatment"),
        ("A client I saw for anorexia two years ago just followed me on TikTok and likes my running videos. Block or ignore?",
         "anorexia", "I saw for a health condition"),
        ("If anyone from the methadone clinic at Boots Fenwick sees this, a service user says ring him about his script.",
         "methadone", "the clinic"),
        # the review reads the medicine and its noun as one phrase; the noun stays
        ("Whoever collected the methadone script for the lady in the red coat, please ring the pharmacy. Wrong bag!!",
         "methadone", "collected the script for"),
    ],
)
def test_someone_elses_condition_becomes_a_general_one(pipeline, text, gone, said):
    result = rewrite(pipeline, text)
    assert gone not in result.text
    assert said in result.text


def test_the_writers_own_health_is_never_touched(pipeline):
    text = "Honestly my anxiety is through the roof before the inspection tomorrow, and my asthma is back too."
    assert rewrite(pipeline, text).text == text


def test_the_writers_own_treatment_read_with_its_noun_is_never_touched(pipeline):
    text = "Two years clean this week. Picking up my methadone script on Friday feels different now, lighter."
    assert rewrite(pipeline, text).text == text


def test_a_condition_with_no_slot_the_rewrite_is_sure_of_stays_for_the_writer():
    text = "Dementia is cruel."
    assert story_rewrites(text, [risk(text, "Dementia", "health_detail")])[0].rewrite is None


# -- a photo offered in the post ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Lovely morning with a resident at Rosehill care home, we baked scones and she told me about the war 😍 "
         "pic below of her with flour everywhere!!", "she told me about the war 😍"),
        ("Sensory play today and look what Maisie made for me 😭 pic below, her mum said I could share it!! proudest "
         "teacher ever", "made for me 😭 proudest teacher ever"),
    ],
)
def test_a_photo_offer_is_dropped_and_the_sentence_still_reads(pipeline, text, kept):
    result = rewrite(pipeline, text, "teacher")
    assert "pic" not in result.text
    assert kept in result.text


def test_a_photo_offer_in_brackets_goes_with_its_brackets():
    text = "Trip day with my Year 4s, Jayden screamed at the shark lol (pic in comments) #teacherlife"
    found = story_rewrites(text, [risk(text, "pic", "photo")])[0]
    assert (found.text, found.rewrite) == ("(pic in comments)", "")


def test_a_photo_in_the_middle_of_a_sentence_is_left_to_the_writer():
    text = "She added me on Facebook to send this photo of her in her gown at graduation."
    assert story_rewrites(text, [risk(text, "photo", "photo")])[0].rewrite is None


def applied(text: str, *risks: Risk) -> str:
    out = text
    for r in sorted((r for r in story_rewrites(text, risks) if r.rewrite is not None), key=lambda r: -r.start):
        out = out[:r.start] + r.rewrite + out[r.end:]
    return re.sub(r" {2,}", " ", out)  # the driver joins the words either side with one space


def test_a_photo_offered_by_here_after_the_permission_goes_with_it():
    text = ("Little man took his first steps on the rehab ward today!! His dad said I could post so here's the video of "
            "him wobbling to the door 😭 best job in the world")
    assert applied(text, risk(text, "video", "photo")) == (
        "Little man took his first steps on the rehab ward today!! 😭 best job in the world")


def test_here_it_is_after_the_permission_goes_as_a_sentence():
    text = "Discharged my longest stay today. She said we could share the photo of her cake so here it is! Going to miss her."
    assert applied(text, risk(text, "photo", "photo")) == "Discharged my longest stay today. Going to miss her."


def test_a_photo_offered_before_what_happened_leaves_what_happened():
    text = "Cheers to the night crew 🙌 Here's a snap of us with him after we freed him from the car on the bypass. Legend."
    assert applied(text, risk(text, "snap", "photo")) == (
        "Cheers to the night crew 🙌 We freed him from the car on the bypass. Legend.")


def test_a_photo_offered_after_a_comma_goes_with_its_comma():
    text = "Proud of how the team adapted the classroom for a pupil, so here's a pic of her at her new desk 👇 #SEND"
    assert applied(text, risk(text, "pic", "photo")) == "Proud of how the team adapted the classroom for a pupil #SEND"


def test_here_before_something_else_than_the_photo_stays():
    text = "Here's a tip: take a pic of the drug chart before handover, it saves so much time on nights."
    assert applied(text, risk(text, "pic", "photo")) == text


def test_a_photo_offered_by_here_in_a_post_too_short_to_lose_it_stays():
    text = "Here's the pic of her 😍"
    assert applied(text, risk(text, "pic", "photo")) == text


# -- "the only X at Y" -------------------------------------------------------------------------------


def test_the_only_one_of_a_kind_becomes_one_of_them(pipeline):
    text = "My client is the only female electrician at her firm and is being bullied by the foreman. Supervision next week."
    result = rewrite(pipeline, text, "therapist")
    assert "only" not in result.text
    assert "My client is a female electrician and is being bullied" in result.text


def test_only_without_a_place_after_it_is_left():
    text = "She was the only survivor, and nobody talks about it."
    assert story_rewrites(text, [risk(text, "the only survivor", "rare_or_unique")])[0].rewrite is None


# -- the news story: the event and who was in it ------------------------------------------------------


def test_a_news_story_loses_its_event_and_the_role_that_names_someone(pipeline):
    text = "That A34 collision near Didcot on Friday that was all over the news — we had the van driver. Held his hand all the way."
    result = rewrite(pipeline, text, "paramedic")
    assert "collision" not in result.text and "van driver" not in result.text
    assert "a serious accident" in result.text.lower() and "we had one of those involved." in result.text


@pytest.mark.parametrize(
    ("text", "event", "words"),
    [
        ("That girl from the school minibus wreck outside Carrow last week is off the vent, all over the news.",
         "the school minibus wreck", "a serious accident"),
        ("The tram shove at Kellet Cross yesterday that's all over the news, I was the medic.", "The tram shove",
         "a serious incident"),
    ],
)
def test_a_wreck_or_a_shove_in_the_news_becomes_a_general_event(text, event, words):
    found = {r.text: r.rewrite for r in story_rewrites(text, [risk(text, "all over the news", "news_event")])}
    assert found.get(event) == words


def test_a_wreck_in_a_post_with_no_news_story_is_kept():
    text = "Today was a total train wreck of a shift, the rota was a shambles."
    assert all(r.rewrite is None for r in story_rewrites(text, [risk(text, "shambles", "venting")]))


def test_a_role_in_a_post_with_no_news_story_is_kept(pipeline):
    text = "Shout out to the bus driver on the 42 who waited for me this morning, what a star."
    assert rewrite(pipeline, text).text == text


def test_a_role_as_a_possessive_is_left():
    text = "The crash on the bypass that was all over the news: the driver's son is in my class."
    news = risk(text, "that was all over the news", "news_event")
    assert not [r for r in story_rewrites(text, [news]) if "driver" in r.text]


# -- a story's durations and distances ---------------------------------------------------------------


def test_a_storys_distance_and_duration_become_vague(pipeline):
    text = "Only GP surgery for 60km so when I walked into the pub everyone already knew it was old Mr Dunne's chest again."
    result = rewrite(pipeline, text, "gp")
    assert "60" not in result.text and "for miles" in result.text


def test_figures_in_a_post_with_no_risk_are_kept(pipeline):
    text = "Lovely walk along the canal this morning with the dog, 8 miles and not a drop of rain. Back to nights tomorrow."
    assert rewrite(pipeline, text).text == text


def test_an_age_or_a_date_is_no_duration():
    text = "Our outage last week lasted 3 hours ago and the 2 years old server died; revenue down 18%."
    business = risk(text, "revenue down 18%", "confidential_business")
    # (the share "down 18%" is a business figure, made vague by story_business.py: no duration)
    assert [r.text for r in story_rewrites(text, [business]) if r.rewrite] == ["18%"]


# -- what kind of small place ------------------------------------------------------------------------


def test_a_kind_of_small_place_becomes_a_small_place():
    text = "Case this week: a man from a tiny mining village with a rare condition. Everyone there knows him."
    found = [r for r in story_rewrites(text, [risk(text, "village", "small_community")]) if r.rewrite]
    assert [(r.text, r.rewrite) for r in found] == [("a tiny mining village", "a small village")]


# -- a password written out ---------------------------------------------------------------------------


def test_a_password_in_clear_becomes_a_weak_password():
    text = "Our audit found their staff portal still takes 'admin2024' for the root login. Unannounced, keep it quiet."
    business = risk(text, "Unannounced", "confidential_business")
    found = [r for r in story_rewrites(text, [business]) if r.rewrite]
    assert [(r.text, r.rewrite) for r in found] == [("'admin2024'", "a weak password")]


def test_a_quoted_word_that_is_no_password_is_kept():
    text = "The board called it 'restructuring' but it is layoffs, unannounced."
    business = risk(text, "unannounced", "confidential_business")
    assert [r for r in story_rewrites(text, [business]) if r.rewrite] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Filled her chemo anti-sickness meds this morning, small town so everyone saw.", "chemo"),
        ("Spotted a case of male breast cancer in the registry this year, pretty sure I know him.", "cancer"),
        ("She's been having nightmares all week since her dad left, and the school knows.", "nightmares"),
        ("He lost the house over his gambling debts and the whole village knows.", "gambling"),
        ("Her dementia symptoms are worse this week and her son never visits.", "dementia"),
    ],
)
def test_a_health_word_whose_slot_the_rewrite_cannot_read_is_left(text, phrase):
    assert story_rewrites(text, [risk(text, phrase, "health_detail")])[0].rewrite is None


@pytest.mark.parametrize(
    ("text", "phrase", "region", "words"),
    [
        # a clinical condition WordNet files, beside a client
        ("My wee client is 4 with apraxia and said a full sentence today, her mum sent me a video.", "apraxia", "apraxia",
         "a health condition"),
        # as the writer speaks: "wi", "wid", "w/"
        ("Wee loon wi selective mutism at the school said thank you tae me today.", "selective mutism", "selective mutism",
         "a health condition"),
        # a diagnosis in brackets after the one it is about goes with its brackets
        ("My little client (selective mutism) said her first word to me today.", "selective mutism", " (selective mutism)", ""),
        # the review's half of a name widened to the whole name
        ("Got a new lad with cystic fibrosis on the ward today, flown in again.", "fibrosis", "cystic fibrosis",
         "a health condition"),
    ],
)
def test_a_named_condition_beside_a_client_becomes_general(text, phrase, region, words):
    found = story_rewrites(text, [risk(text, phrase, "health_detail")])[0]
    assert (found.text, found.rewrite) == (region, words)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Honestly my apraxia of speech made today's talk a struggle.", "apraxia"),  # the writer's own
        ("Selective mutism is real and more common than people think.", "Selective mutism"),  # awareness, no slot
        ("Chef would've had a heart attack at the pass tonight, 200 covers.", "heart attack"),  # a shock, said idiomatically
        ("Good talks at the conference (fibrosis and asthma) today.", "fibrosis"),  # a bracket that holds more than the name
    ],
)
def test_a_named_condition_with_no_client_slot_stays(text, phrase):
    assert story_rewrites(text, [risk(text, phrase, "health_detail")])[0].rewrite is None


def test_a_health_word_naming_part_of_a_noun_goes_and_the_noun_stays():
    text = "A regular came in for his HIV refill again and half the queue heard."
    found = story_rewrites(text, [risk(text, "HIV", "health_detail")])[0]
    assert (found.text, found.rewrite) == ("HIV ", "")


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Our crew was on the news this week after the crash on the bypass, I was first on scene.", "this week after a serious accident"),
        ("Made the local paper on Friday, two days after the stabbing outside the Red Lion, our unit got the call.", "days after a serious incident"),
    ],
)
def test_a_time_before_the_event_stays_and_only_the_event_is_general(pipeline, text, kept):
    # "this week after the crash" is a time and then the event: never "a serious accident" for the whole
    result = rewrite(pipeline, text, "paramedic")
    assert kept in result.text


def test_a_named_condition_before_status_leaves_the_status():
    from rewriter.generalise.stories import _health

    text = "A colleague disclosed her hepatitis status to me in confidence and now the whole office knows."
    at = text.index("hepatitis")
    found = _health(text, Risk("health_detail", at, at + 9, "hepatitis", "why", "advice"))
    assert found is not None and (found.text, found.rewrite) == ("hepatitis ", "")


def test_a_status_that_is_no_condition_stays():
    from rewriter.generalise.stories import _health

    text = "Her visa status is still pending with the home office."
    at = text.index("visa")
    assert _health(text, Risk("health_detail", at, at + 4, "visa", "why", "advice")) is None
