"""CustomerCountRecognizer (business/customer_count.py): Customer and user counts: "2,300 customers", "40k
users" (three digits or more; "3 siblings" is no business figure)."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.customer_count import CustomerCountRecognizer

COUNT = CustomerCountRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


def test_customer_counts():
    assert texts(COUNT, "We just passed 2,300 customers!") == ["2,300 customers"]
    assert texts(COUNT, "40k active users and counting") == ["40k active users"]
    assert texts(COUNT, "3 siblings placed with their aunt") == []
    assert texts(COUNT, "I have 12 clients this week") == []


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Word is all 14 Wellspring Pharmacy branches in the region are being sold.", "14 Wellspring Pharmacy branches"),
        ("Our new manager has cut nights to 2 staff for 38 residents.", "38 residents"),
        ("Prepping exit packs for the 120 people we're letting go next month.", "120 people"),
    ],
)
def test_premises_people_served_and_people_laid_off_are_counted(find, text, figure):
    assert (figure, "FIGURE") in find(text)


@pytest.mark.parametrize(
    "text",
    ["120 people came to the charity run, amazing", "We had 12 people at book club", "3 residents sang along today"],
)
def test_other_counts_of_people_are_not_business_figures(find, text):
    assert [f for f in find(text) if f[1] == "FIGURE"] == []


@pytest.mark.parametrize(
    "text, figure",
    [
        ("They're moving 12 million accounts onto our platform", "12 million accounts"),
        ("The breach exposed about 30k customer records.", "30k customer records"),
        ("We lost 8,200 customer sessions in the outage", "8,200 customer sessions"),
        ("The recall covers 25,000 packs.", "25,000 packs"),
    ],
)
def test_counts_of_records_and_accounts_in_millions_and_thousands(text, figure):
    assert figure in texts(COUNT, text)


@pytest.mark.parametrize("text", ["My video hit 2 million views!", "10k steps before breakfast", "Read 1,200 pages this year"])
def test_counts_of_other_things_are_not_business_figures(text):
    assert texts(COUNT, text) == []


def test_a_card_number_before_transactions_is_no_count():
    assert texts(COUNT, "redeem points won on credit card 587428561654 transactions?") == []


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Handled 12,000 calls in a single day during the payment outage.", "12,000 calls"),
        ("The support queue hit 38,000 tickets over the weekend.", "38,000 tickets"),
        ("The client added 40k calls to our queue before the launch.", "40k calls"),
        ("Someone mailed 2500 customer emails to the wrong list.", "2500 customer emails"),
    ],
)
def test_thousands_of_calls_emails_or_tickets_are_a_business_volume(text, figure):
    assert texts(COUNT, text) == [figure]


@pytest.mark.parametrize(
    "text",
    ["MONDAY. 147 calls before lunch and zero thank yous.", "Back from leave, inbox: 214 emails.", "Closed 180 tickets this sprint!"],
)
def test_a_few_hundred_calls_emails_or_tickets_are_the_writers_day(text):
    assert texts(COUNT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Monday again 🙃 212 calls before lunch and not one thank you.",
        "Back from leave to 450 emails waiting. Send help.",
        "Averaging 120 tickets a day this sprint, my keyboard is crying.",
        "Handled 180 calls answered before 11am, new record for me.",
    ],
)
def test_the_writers_own_workload_by_the_clock_is_no_business_figure(text):
    assert texts(COUNT, text) == []


@pytest.mark.parametrize(
    "text, figure",
    [
        # the same nouns sizing a business
        ("Our contact centre took 9,400 calls last quarter, up 30% on last year.", "9,400 calls"),
        ("We sent 120,000 emails to lapsed customers in the spring campaign.", "120,000 emails"),
        # a clock word after another noun of the list still sizes a business
        ("We signed 300 customers before lunch on launch day.", "300 customers"),
    ],
)
def test_the_same_nouns_sizing_a_business_are_still_counted(text, figure):
    assert texts(COUNT, text) == [figure]


def test_a_count_said_to_the_reader_sizes_no_ones_firm():
    from rewriter.detect.recognizers.business.customer_count import CustomerCountRecognizer

    found = lambda t: [t[r.start : r.end] for r in CustomerCountRecognizer().analyze(t, None)]
    assert found("Before you add Mongo, ask whether your 200 users really need it.") == []
    assert found("If you have 500 customers, Postgres is enough.") == []
    assert found("Before we add Mongo, our 200 users need a fix, not public yet.") == ["200 users"]
