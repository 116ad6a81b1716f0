"""The token tagger as a proposer of numbers (rewriter/detect/token_proposals.py): on a post already flagged, a
number no recognizer read that the tagger finds private becomes a span of the kind its shape says; a number of
no readable shape, a post with no span and a rewrite being re-read are left alone."""

from __future__ import annotations

from rewriter.detect import token_proposals, token_veto
from rewriter.generalise.driver import generalise
from rewriter.spans import Span


def _name(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), name, "PERSON", 0.9, "titled name rule", "", "a client")


def test_a_count_of_people_on_a_flagged_post_is_proposed_and_read_by_its_size():
    text = "Mr Feeney is raising 3 grandkids in Maes Eithin flats since his daughter died."
    spans = [_name(text, "Feeney")]
    got = token_proposals.proposed(text, spans)
    assert [(s.text, s.entity_type) for s in got] == [("3 grandkids", "FIGURE")]
    assert "a few grandkids" in generalise(text, spans + got).text


def test_some_of_a_group():
    text = "Mrs Obi found 4 of the kids asleep in the car."
    got = token_proposals.proposed(text, [_name(text, "Obi")])
    assert [(s.text, s.suggestion) for s in got] == [("4", "some")]


def test_a_post_with_no_span_is_not_read():
    assert token_proposals.proposed("Raising 3 grandkids since her daughter died.", []) == []


def test_no_proposal_while_a_rewrite_is_re_read():
    text = "Our client Mr Dlamini is raising 3 grandkids since his daughter died."
    with token_veto.rereading(text):
        assert token_proposals.proposed(text, [_name(text, "Dlamini")]) == []


def test_a_number_of_no_readable_shape_is_left_to_the_recognizers():
    # a bed, a percentage, a number alone: no general phrase reads well for it
    for text, number in [("Mr Feeney in bed 7 is better.", "7"), ("Mrs Obi with 60% burns.", "60"),
                         ("Mrs Obi called 111 again.", "111")]:
        start = text.index(number)
        assert token_proposals.shaped(text, start, start + len(number), 0.9) is None


def test_shapes():
    cases = {("Mr Feeney (81) is home.", "81"): ("(81)", "AGE"), ("rang at 3.40am again", "3.40"): ("3.40am", "DATE_TIME"),
             ("left £1.2m to them", "1.2"): ("£1.2m", "MONEY"),
             ("her 7 yo son", "7"): ("7 yo", "AGE"),
             ("cutting 6 radiographer posts", "6"): ("6 radiographer posts", "FIGURE")}
    for (text, number), want in cases.items():
        start = text.index(number)
        span = token_proposals.shaped(text, start, start + len(number), 0.9)
        assert span is not None and (span.text, span.entity_type) == want, (text, span)


def test_a_length_is_said_by_its_size_and_an_age_or_a_time_ago_is_no_length():
    for text, number, want in [("closed today after 14 months. Mom", "14", ("14 months", "over a year")),
                               ("has missed 41 days this year", "41", ("41 days", "weeks")),
                               ("after 6 weeks with us", "6", ("6 weeks", "several weeks"))]:
        start = text.index(number)
        span = token_proposals.shaped(text, start, start + len(number), 0.9)
        assert (span.text, span.suggestion) == want
    # a time ago is no length: it is counted ("a few years ago"), never "several years ago" said as a stay
    text = "moved here 6 years ago"
    span = token_proposals.shaped(text, text.index("6"), text.index("6") + 1, 0.9)
    assert generalise(text, [span]).text == "moved here a few years ago"


def test_a_count_with_a_word_before_its_noun_keeps_the_word():
    text = "Mr Feeney's firm is cutting 6 radiographer posts next month."
    start = text.index("6")
    span = token_proposals.shaped(text, start, start + 1, 0.9)
    assert generalise(text, [span]).text == "Mr Feeney's firm is cutting a few radiographer posts next month."


def test_an_age_in_scots_and_a_whole_group_counted():
    text = "Mr Broon in the waitin room aboot his piles, 70 year auld and nae shame."
    start = text.index("70")
    assert token_proposals.shaped(text, start, start + 2, 0.9).entity_type == "AGE"
    text = "Our CEO told all 85 of us on Zoom."
    start = text.index("85")
    assert token_proposals.shaped(text, start, start + 2, 0.9) is None  # never "all some of us"


def test_a_function_word_is_no_counted_noun():
    text = "Mr Obi passed on attempt 4 so this is huge."
    start = text.index("4")
    assert token_proposals.shaped(text, start, start + 1, 0.9) is None  # "this" ends in s but counts nothing


def test_a_labels_number_a_year_and_an_age_after_she_is_are_no_count():
    for text, number in [("Someone from di Year 3 parents group find mi", "3"), ("de reçus de 2019 à 2022", "2019"),
                         ("she's 91 pis she kept asking", "91")]:
        start = text.index(number)
        assert token_proposals.shaped(text, start, start + len(number), 0.9) is None


def test_a_count_after_her_or_his_just_goes():
    text = "A mum and her 2 kids arrived at our refuge."
    start = text.index("2")
    span = token_proposals.shaped(text, start, start + 1, 0.9)
    assert generalise(text, [span]).text == "A mum and her kids arrived at our refuge."


def test_a_rankings_size_is_no_count():
    # "his top 20 songs" (six synth texts): a list's size, public; a count of people beside it still is one
    for text, number in [("James listed his top 20 songs for the magazine.", "20"),
                         ("We finished bottom 3 in the league again.", "3")]:
        start = text.index(number)
        assert token_proposals.shaped(text, start, start + len(number), 0.9) is None
    text = "James is raising 3 grandkids and lists his top 20 songs."
    start = text.index("3")
    assert token_proposals.shaped(text, start, start + 1, 0.9).text == "3 grandkids"


def test_the_writers_own_length_and_a_count_its_ages_follow_are_left():
    # "I would be off for 3 weeks": the writer's time; "his 4 kids, 12, 9 and 5": the aside rule reads them together
    for text, number in [("Told Marisel I would be off for 3 weeks. Back soon", "3"),
                         ("A dad came in with his 4 kids, 12, 9 and 5.", "4")]:
        start = text.index(number)
        assert token_proposals.shaped(text, start, start + 1, 0.9) is None, text
    text = "Marisel was off for 3 weeks after the fall."  # someone else's length is still read
    start = text.index("3")
    assert token_proposals.shaped(text, start, start + 1, 0.9).text == "3 weeks"


def test_a_small_sum_and_a_possessive_count_are_left():
    # "£3 in his pocket" is no business figure ("a significant sum" would reverse it); "23 people's jobs" would read
    # "a number of people's's"; a large sum is still read
    for text, number in [("came to the UK in 1974 with £3 in his pocket", "£3"), ("charging the council £26 an hour", "£26"),
                         ("23 people's jobs. Nobody knows yet.", "23")]:
        start = text.index(number)
        assert token_proposals.shaped(text, start, start + len(number), 0.9) is None, text
    for text, number in [("left £1,200 to them", "£1,200"), ("a £40k hole in the budget", "£40k")]:
        start = text.index(number)
        assert token_proposals.shaped(text, start, start + len(number), 0.9).entity_type == "MONEY", text


def test_a_conditions_stage_or_type_is_said_by_what_it_means():
    cases = {("Mum has stage 4 cancer and wants the kids together.", "4"): ("stage 4", "advanced"),
             ("the scans mean stage 3 colon cancer", "3"): ("stage 3", "advanced"),
             ("Told her it was a stage 1 tumour.", "1"): ("a stage 1", "an early-stage"),
             ("Stage 4 pancreatic, the doctors said.", "4"): ("Stage 4", "Advanced"),
             ("Turns out she's type 1 diabetic and nobody knew.", "1"): ("type 1 diabetic", "diabetic")}
    for (text, number), want in cases.items():
        start = text.index(number)
        span = token_proposals.shaped(text, start, start + len(number), 0.9)
        assert span is not None and (span.text, span.suggestion) == want, (text, span)


def test_a_stage_or_type_of_no_condition_is_no_conditions_stage():
    # load shedding's stage, a school year, a stage past 4 and a type with no health word after it
    for text, number in [("Load shedding stage 4 again and the UPS is earning its keep.", "4"),
                         ("Mrs Obi from Grade 3 rang.", "3"), ("reached stage 12 of the tour", "12"),
                         ("Type 2 fun on the hike later.", "2"), ("she's type 1 and 2 diabetes", "1")]:
        start = text.index(number)
        span = token_proposals.shaped(text, start, start + len(number), 0.9)
        assert span is None or "stage" not in span.text.lower() and "type" not in span.text.lower(), (text, span)


def test_a_conditions_stage_is_generalised_in_the_rewrite():
    text = "Told Mr Adeyemi's family today that the scans mean stage 3 colon cancer."
    spans = [_name(text, "Adeyemi")]
    got = token_proposals.proposed(text, spans)
    assert [s.text for s in got] == ["stage 3"]
    assert "advanced colon cancer" in generalise(text, spans + got).text
