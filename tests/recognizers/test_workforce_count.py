"""WorkforceCountRecognizer (business/workforce_count.py): a count of a workplace's people in a post about
cuts or a closure ("40 of us", "230 roles", "a team of 6", "a 12-person startup")."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.workforce_count import WorkforceCountRecognizer

COUNT = WorkforceCountRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in COUNT.analyze(text, None)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The depot is closing in May. 35 of us, and nobody knows yet.", "35 of us"),
        ("Restructure confirmed at last: 180 roles. Announcement on Monday.", "180 roles"),
        ("Our whole team of 7 is being cut in the spring.", "team of 7"),
        ("HR asked me to draft letters for 64 staff, all at risk.", "64 staff"),
        ("Consultation starts for 30 support staff posts next week.", "30 support staff"),
        ("Working at a 15-person agency when the layoffs came was brutal.", "15-person agency"),
        ("4 midwives resigned this month alone.", "4 midwives"),
        # the posts at the top and a group's sites (session 50, fresh49)
        ("on the council restructure 🥱 3 directors are getting the chop", "3 directors"),
        ("they're closing 2 of their 5 hotels, nothing announced til March", "2 of their 5 hotels"),
    ],
)
def test_counts_of_staff_in_a_post_about_cuts(text, figure):
    assert figure in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "35 of us ran the 10k for charity on Sunday!",
        "Our team of 7 won the quiz again 🏆",
        "Great to meet 64 staff at the welcome breakfast.",
        "I work at a 15-person agency and I love it.",
        "The 2019 staff survey results are out and we are closing the gap.",  # a year, not a head count
        "One of us is closing the shop tonight.",
        "3 directors came to our awards night, lovely evening",
        "stayed in 3 hotels on the tour and loved every one",
    ],
)
def test_counts_of_people_anywhere_else_are_left(text):
    assert texts(text) == []


def test_a_count_of_us_is_found_by_the_detector(find):
    assert ("35 of us", "FIGURE") in find("The depot is closing in May. 35 of us, and nobody knows yet.")


def test_a_share_of_a_workforce_in_a_post_about_cuts():
    assert "25% of the Leeds office" in texts("They're cutting 25% of the Leeds office next month.")
    assert texts("25% of the Leeds office came to the party.") == []


def test_two_staff_on_a_rota_is_no_head_count():
    assert texts("The new manager has cut nights to 2 staff for the whole unit.") == []


def test_people_written_ppl_are_counted_in_a_cut():
    assert texts("layoffs at our office next week, ~180 ppl, announcement Mon") == ["180 ppl"]
    assert texts("~180 ppl at the gig last night, what a vibe") == []  # no cut, no count to hide


def test_a_count_a_cut_lets_go_others_and_receptionists():
    assert texts("the owner let slip they're letting 60 go before Christmas") == ["60"]
    assert texts("being let go next Friday along with 22 others, not announced") == ["22 others"]
    assert texts("merging with the practice over the road and 3 receptionists are going, not public yet") == ["3 receptionists"]
    assert texts("letting 2 go") == []  # two is a pair, no workplace's size
    assert texts("22 others came to the quiz night") == []  # no cut


# Session 38: the writer's own job lost, told as their story, is no cut at a workplace the counts could tell of.
@pytest.mark.parametrize(
    "text",
    [
        "I was made redundant 9 months ago. Applied for 150 roles since, and today I finally start somewhere new.",
        "Got laid off in the spring. 60 roles applied for, 5 interviews, one offer. Keep going.",
    ],
)
def test_the_writers_own_job_lost_makes_no_count_a_cut(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    "text, figure",
    [
        ("I was made redundant along with the rest of the night team: 45 roles gone.", "45 roles"),
        ("We were all laid off on Friday, 80 of us, and the site shuts in June.", "80 of us"),
    ],
)
def test_a_cut_the_writer_shares_with_others_still_counts(text, figure):
    assert figure in texts(text)


@pytest.mark.parametrize("text, figure", [
    ("Off the record, Corrib Plastics is lettin 45 go before Easter.", "45"),
    ("Keep it quiet but the Hanlons are selling all 4 of their pharmacies to a chain.", "all 4 of their pharmacies"),
    ("Journée difficile, on annonce 22 mises à pied vendredi. Personne le sait encore.", "22 mises à pied"),
    ("Prepping the tribunal bundle: 27 workers claiming unfair dismissal.", "27 workers"),
])
def test_counts_in_cuts_told_in_other_englishes_french_or_a_sale(text, figure):
    assert figure in texts(text)


@pytest.mark.parametrize("text", [
    "Boss is lettin the 4 of us go early tonight, snow's bad",  # a shift sent home early: no cut
    "Three of their shops sell the best pasties in town, all 3 of their shops are lovely",  # no cut, no sale
])
def test_counts_with_no_cut_or_sale_are_left(text):
    assert texts(text) == []


def test_the_rewrite_of_a_count_out_of_their_shops_and_a_french_layoff(detector):
    from rewriter.generalise import generalise

    text = "Keep it quiet but the Hanlons are selling all 4 of their shops to a chain, nobody knows yet."
    out = generalise(text, detector.detect(text, role="hr"), "hr").text
    assert "selling all of their shops" in out, out
    text = "Grosse semaine, on annonce 22 mises à pied vendredi, personne le sait encore."
    out = generalise(text, detector.detect(text, role="hr"), "hr").text
    assert "on annonce des mises à pied" in out, out


def test_a_count_of_us_keeps_its_own_rewrite(detector):
    from rewriter.generalise import generalise

    text = "Keep it quiet, the lab is being sold next month. 14 of us techs got the 'restructuring' talk today."
    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert "Many of us techs" in out and "some of" not in out.lower(), out
