"""Where a text stands (clean, review, identifying), acknowledgements, and risks kept on their phrases."""

from __future__ import annotations

from rewriter.review import Risk
from rewriter.tui.marks import RISK, RISK_CHECKED, risk_marks, shift_risks
from rewriter.tui.standing import CLEAN, IDENTIFYING, REVIEW, Acknowledgements, standing, text_status

DRAFT = "Some of the kids from the crash you've all seen on the news came through resus tonight."


def risk(phrase: str, whole: str = DRAFT, kind: str = "news_event") -> Risk:
    start = whole.index(phrase)
    return Risk(kind, start, start + len(phrase), phrase, "why", "advice", "")


def test_three_states_and_what_the_status_bar_says():
    news = risk("you've all seen on the news")
    none = Acknowledgements()
    assert text_status(0, 0) == CLEAN and text_status(0, 2) == REVIEW and text_status(1, 2) == IDENTIFYING
    assert text_status(0, 0, verified=False) == IDENTIFYING  # failed checks are never clean

    clean = standing(CLEAN, 0, [], none)
    assert clean.as_text().plain == "✓ verified clean" and clean.copies_freely

    review = standing(text_status(0, 2), 0, [news, risk("the crash")], none)
    assert review.as_text().plain == "2 things to review" and not review.copies_freely

    identifying = standing(text_status(3, 1), 3, [news], none)
    assert identifying.as_text().plain == "3 spans · 1 thing to review" and not identifying.copies_freely
    assert standing(text_status(0, 0, verified=False), 0, [], none).as_text().plain == "not verified"
    for state in (review, identifying):
        assert "verified clean" not in state.as_text().plain


def test_acknowledged_risks_let_copy_through_but_never_say_clean():
    news, crash = risk("you've all seen on the news"), risk("the crash")
    checked = Acknowledgements()
    assert checked.toggle(news) is True
    half = standing(REVIEW, 0, [news, crash], checked)
    assert half.to_review == 1 and not half.copies_freely and half.as_text().plain == "1 thing to review"
    checked.toggle(crash)
    done = standing(REVIEW, 0, [news, crash], checked)
    assert done.copies_freely and done.as_text().plain == "✓ all 2 risks checked by you"
    assert "verified clean" not in done.as_text().plain
    # an identifier still stops it, whatever was acknowledged
    assert not standing(IDENTIFYING, 1, [news, crash], checked).copies_freely
    # pressed again: taken back
    assert checked.toggle(crash) is False and crash not in checked


def test_an_acknowledgement_goes_with_its_phrase():
    news = risk("you've all seen on the news")
    checked = Acknowledgements()
    checked.toggle(news)
    copy = checked.copy()
    checked.keep_only([risk("the crash")])
    assert news not in checked and len(checked) == 0
    assert news in copy  # the copy handed to the review screen is its own


def test_risks_move_with_edits_around_them_and_go_when_their_phrase_changes():
    news = risk("you've all seen on the news")
    before = "Long shift. " + DRAFT
    moved = shift_risks(DRAFT, before, [news])
    assert [before[r.start : r.end] for r in moved] == ["you've all seen on the news"]
    # typing right before or right after the phrase does not change it
    at_start = DRAFT[: news.start] + "X" + DRAFT[news.start :]
    assert [at_start[r.start : r.end] for r in shift_risks(DRAFT, at_start, [news])] == [news.text]
    at_end = DRAFT[: news.end] + "!" + DRAFT[news.end :]
    assert shift_risks(DRAFT, at_end, [news]) == [news]
    # editing inside it does
    inside = DRAFT.replace("all seen", "all watched")
    assert shift_risks(DRAFT, inside, [news]) == []
    # and a whole new draft drops them all
    assert shift_risks(DRAFT, "Something else entirely.", [news]) == []


def test_risk_marks_are_quieter_once_checked():
    news, crash = risk("you've all seen on the news"), risk("the crash")
    checked = Acknowledgements()
    checked.toggle(crash)
    assert risk_marks([news, crash], checked.__contains__) == [
        (news.start, news.end, RISK), (crash.start, crash.end, RISK_CHECKED)]


def test_a_whole_post_risk_of_the_risk_model_stays_on_the_whole_post_and_its_acknowledgement_with_it():
    whole = Risk("client_contact", 0, len(DRAFT), DRAFT, "why", "advice", None, by_model=True)
    edited = DRAFT.replace("tonight", "this evening")
    moved = shift_risks(DRAFT, edited, [whole])
    assert [(r.start, r.end, r.text) for r in moved] == [(0, len(edited), edited)]
    checked = Acknowledgements()
    checked.toggle(whole)
    checked.keep_only(moved)  # an edit does not take back "I've checked this" for the post as a whole
    assert moved[0] in checked
