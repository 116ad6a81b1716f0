"""Public figures by what the post does with them (issue 10, session 40): a landmark court case, a star as a fan's
measure ("the next ..."), an author's latest book, a judge of a nation's highest court, an absent figure's
judgement ("... would be ashamed"), and the people of Pantheon below its most-read tier (famous_people_wide.txt).
Each has its near miss: the writer's own case, a new colleague, a colleague's report, a client at that court."""

import pytest
from conftest import flagged_in

from rewriter import vocab
from rewriter.detect.recognizers.support.landmark_cases import landmark_case


# -- landmark cases --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Marbury v. Madison still the first thing I teach every September. Law school never leaves you.", "Marbury"),
        ("Happy anniversary to Miranda v Arizona, the reason every cop show has that speech.", "Miranda"),
        ("Dissent of the week for my seminar group: Plessy v. Ferguson, Harlan alone and right.", "Ferguson"),
    ],
)
def test_a_landmark_case_is_left_alone(find, text, name):
    assert not flagged_in(find, text, name, role="lawyer")


@pytest.mark.parametrize(
    "text, name",
    [
        # the writer's own case, whatever landmark word the post also uses
        ("Deposition prep for Garrow v Pinebrook Farms all weekend, a landmark amount of paper.", "Garrow"),
        ("Our hearing in Sandhu v Meller Transport is listed for March. Precedent says we win.", "Sandhu"),
        ("Rereading Tolland v Ashgrove Lettings tonight before we go back in. Favourite client ever.", "Tolland"),
        # a case with no word of study or celebration stays flagged
        ("Thinking about Brannock v Ellery Homes again on the drive home.", "Brannock"),
    ],
)
def test_a_case_of_the_writers_own_stays_flagged(find, text, name):
    assert flagged_in(find, text, name, role="lawyer")


def test_landmark_case_reads_the_whole_caption():
    text = "Rereading Brown v. Board of Education for a seminar tomorrow"
    assert not landmark_case(text, text.index("Brown"), text.index("Brown") + 5)  # "tomorrow": a date ahead
    text = "Rereading Brown v. Board of Education for my law students"
    assert landmark_case(text, text.index("Board"), text.index("Education") + 9)


def test_a_landmark_cases_anniversary_is_no_age(find):
    text = "Obergefell v. Hodges turned 10 this summer and I still tear up reading the judgment."
    assert not [s for s in find(text, "lawyer") if s[1] == "AGE"]


def test_cue_lists_have_headers():
    for name in ("landmark_case_cues", "own_case_cues"):
        assert any(line.startswith("source:") for line in vocab.header(name))


# -- the next star, the new book, the latest -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("My nephew has decided he's the next Lionel Messi, so the garden fence has no chance.", "Lionel Messi"),
        ("Half my under-9s want to be the next Kylian Mbappe after Saturday lol", "Kylian Mbappe"),
        ("Library queue for the new Ann Cleeves is 30 deep already 📚", "Ann Cleeves"),
        ("Finally finished Damon Galgut's latest on the ferry, still thinking about it.", "Damon Galgut"),
        ("Started reading Tsitsi Dangarembga's new novel on nights, no regrets.", "Tsitsi Dangarembga"),
    ],
)
def test_a_star_or_an_author_by_what_fans_say_is_left_alone(find, text, name):
    assert not flagged_in(find, text, name, role="teacher")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Say hello to the new Leona Bramwell from the night team, first shift on our ward today!", "Leona Bramwell"),
        ("The new Callum Ashdown starting Monday on reception, be nice.", "Callum Ashdown"),
        ("Just finished Orla Penhaligon's latest report on the Year 9 trip, great work.", "Orla Penhaligon"),
    ],
)
def test_a_new_colleague_or_a_colleagues_report_stays_flagged(find, text, name):
    assert flagged_in(find, text, name, role="nurse")


# -- a judge of a nation's highest court -----------------------------------------------------------------------

def test_a_highest_court_judge_in_the_news_is_left_alone(find):
    text = "Congratulations to Justice Rosalie Abella on a remarkable career at the Supreme Court of Canada."
    assert not flagged_in(find, text, "Abella", role="lawyer")


def test_a_client_whose_appeal_reached_the_supreme_court_stays_flagged(find):
    text = "My client Rosalie Abella finally had her appeal heard at the Supreme Court today."
    assert flagged_in(find, text, "Abella", role="lawyer")


# -- an absent figure's judgement ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Marie Curie would be horrified by what Year 10 did with the bunsen burners today.", "Marie Curie"),
        ("Jamie Oliver would have wept at the staff canteen lasagne.", "Jamie Oliver"),
        ("Ebenezer Scrooge would be appalled at how generous our secret santa got this year.", "Ebenezer Scrooge"),
    ],
)
def test_an_absent_figures_judgement_is_left_alone(find, text, name):
    assert not flagged_in(find, text, name, role="teacher")


def test_a_colleague_who_would_love_it_stays_flagged(find):
    text = "Bronwen Tregarthen would love this new rota, shame she's on leave."
    assert flagged_in(find, text, "Bronwen Tregarthen", role="nurse")


# -- Pantheon below its most-read tier -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Reading list for my Year 12s: Katherine Mansfield short stories and two poems.", "Katherine Mansfield"),
        ("Big shout out to Viktor Frankl, whose book got me through placement.", "Viktor Frankl"),
    ],
)
def test_a_pantheon_name_is_public_in_a_work_post(find, text, name):
    assert not flagged_in(find, text, name, role="teacher")


@pytest.mark.parametrize(
    "text, name",
    [
        ("My client Katherine Mansfield called again about her housing appeal.", "Katherine Mansfield"),
        ("Viktor Frankl came in for his bloods today, lovely man.", "Viktor Frankl"),
    ],
)
def test_a_pantheon_name_said_of_someone_the_writer_serves_stays_flagged(find, text, name):
    assert flagged_in(find, text, name, role="nurse")


def test_the_wide_list_leaves_out_names_many_people_carry():
    wide = vocab.words("famous_people_wide")
    assert "Katherine Mansfield" in wide
    assert not wide & (vocab.words("wikipedia_people_common") | vocab.words("wikipedia_people_commonest"))
    assert not wide & vocab.words("famous_people_top")


# -- a fan's "we" in a match between nations -------------------------------------------------------------------

def test_a_player_in_a_national_fixture_with_a_fans_we_is_left_alone(find):
    text = "England v Wales tonight 🏉 If Owen Farrell kicks like last week we're laughing"
    assert not flagged_in(find, text, "Owen Farrell", role="coach")


def test_the_coachs_own_player_in_a_fixture_post_stays_flagged(find):
    text = "England v Wales tonight 🏉 If our Owen Farrell from the U16s kicks like Sunday we're laughing"
    assert flagged_in(find, text, "Owen Farrell", role="coach")


# -- a fictional character as a portrayal ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Honestly Meredith Grey is the most accurate portrayal of a surgical reg I've ever seen", "Meredith Grey"),
        ("Honestly Jed Bartlet is the best depiction of a president on telly", "Jed Bartlet"),
    ],
)
def test_a_character_as_a_portrayal_is_left_alone(find, text, name):
    assert not flagged_in(find, text, name, role="nurse")


def test_a_colleague_who_is_a_character_stays_flagged(find):
    text = "Honestly Dilys Penwarden is a character, she had the whole staffroom crying laughing today"
    assert flagged_in(find, text, "Dilys Penwarden", role="teacher")
