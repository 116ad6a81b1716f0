"""Confidential business details: codenames, money, results and customer counts."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business import (
    CodenameRecognizer,
    CustomerCountRecognizer,
    MoneyRecognizer,
    PercentResultRecognizer,
    QuarterResultsRecognizer,
)

CODENAME = CodenameRecognizer()
MONEY = MoneyRecognizer()
PERCENT = PercentResultRecognizer()
COUNT = CustomerCountRecognizer()
QUARTER = QuarterResultsRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Project Falcon is finally live", "Project Falcon"),
        ("Project Nightingale ships to the client next Monday", "Project Nightingale"),
        ("Operation Nightfall kicks off", "Operation Nightfall"),
        ("The Project Falcon team is hiring", "Project Falcon"),
        ("the app, codenamed Bluebird, launches soon", "Bluebird"),
    ],
)
def test_codenames(text, found):
    assert texts(CODENAME, text) == [found]


@pytest.mark.parametrize(
    "text",
    ["I'm a Project Manager now", "Programme Lead interviews today", "project falcon in lowercase is just words"],
)
def test_job_titles_are_not_codenames(text):
    assert texts(CODENAME, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("EBITDA down 18%, $12.5M write-down.", "$12.5M"),
        ("A £40k budget for this?", "£40k"),
        ("Fees came to €3,000 in the end", "€3,000"),
        ("a 12.5 million dollars settlement", "12.5 million dollars"),
        ("Invoice for USD 15,000 sent", "USD 15,000"),
    ],
)
def test_money(text, found):
    assert texts(MONEY, text) == [found]


@pytest.mark.parametrize("text", ["Grabbed a £3 coffee", "Bus fare is $2.50 now", "We raised 5k steps today"])
def test_small_change_and_non_money_is_not_reported(text):
    assert texts(MONEY, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("EBITDA down 18%, yikes", "18%"),
        ("Churn rose by 2.5% this quarter", "2.5%"),
        ("a 12% increase in sign-ups", "12%"),
        ("Sales fell 7 percent", "7 percent"),
    ],
)
def test_percentages_in_results(text, found):
    assert texts(PERCENT, text) == [found]


@pytest.mark.parametrize("text", ["100% worth it", "50% off everything", "I'm 90% sure she's right"])
def test_percentages_as_turns_of_phrase(text):
    assert texts(PERCENT, text) == []


def test_customer_counts():
    assert texts(COUNT, "We just passed 2,300 customers!") == ["2,300 customers"]
    assert texts(COUNT, "40k active users and counting") == ["40k active users"]
    assert texts(COUNT, "3 siblings placed with their aunt") == []
    assert texts(COUNT, "I have 12 clients this week") == []


def test_quarter_results():
    assert texts(QUARTER, "Q4 numbers for the client leaked early") == ["Q4 numbers"]
    assert texts(QUARTER, "FY24 revenue beat the forecast") == ["FY24 revenue"]
    assert texts(QUARTER, "Q4 was a busy time") == []


def test_business_details_through_the_real_detector(find):
    found = find("Q4 numbers leaked early: EBITDA down 18%, $12.5M write-down. Yikes.")
    kinds = {text: kind for text, kind in found}
    assert kinds.get("18%") == "FIGURE"
    assert kinds.get("$12.5M") == "MONEY"
    assert ("Project Nightingale", "CODENAME") in find("Project Nightingale ships next week.")
