"""MoneyRecognizer (business/money.py): Amounts of money: "$12.5M", "£40k", "€3,000", "12.5 million dollars"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.money import MoneyRecognizer

MONEY = MoneyRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


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
        # magnitudes of other systems: a crore written "Cr", a million written "mil", a billion a capital "B"
        ("Closed a ₹3.8 Cr order with them today", "₹3.8 Cr"),
        ("audit finding: client's RM4.7 mil just missing", "RM4.7 mil"),
        ("getting acquired next month, 1.2B deal", "1.2B"),
        # a bare amount as cash or as a salary's base
        ("he wanted 40 lakh cash the same day", "40 lakh"),
        ("Placed Ifeoma Duru at a fintech today, 185k base + equity", "185k"),
        ("offer came through at 120k base salary", "120k"),
    ],
)
def test_money_in_other_magnitudes_as_cash_or_a_base(text, found):
    assert texts(MONEY, text) == [found]


@pytest.mark.parametrize("text", ["we moved to a 2m base layer", "ran a 10k base training block", "Bought my first car for 5k cash"])
def test_a_base_that_is_no_salary_and_the_writers_own_cash_are_not_reported(text):
    assert texts(MONEY, text) == []


@pytest.mark.parametrize("text, found", [("Q4 revenue came in at S$31.7m, up 22%", "S$31.7m"), ("a NZ$400k contract", "NZ$400k")])
def test_a_dollar_with_its_countrys_letters_is_one_sign(text, found):
    assert texts(MONEY, text) == [found]


def test_a_word_ending_in_a_countrys_letters_is_no_sign():
    assert texts(MONEY, "the BUS$400 fee") == ["$400"]


# An amount in lakhs or crores with nothing after it that says what it counts is a sum: it ends its clause, or a form
# of money follows; a count ("2.3 lakh views") and a sum collected for a cause are not read.
@pytest.mark.parametrize("text, found", [
    ("njan store il ninnu 1.2 crore sales cheythu, top in the region", ["1.2 crore"]),
    ("target was 80 lakh. HQ ippo announce cheythittilla", ["80 lakh"]),
    ("godown se maal gayab ho raha tha, total 1.2 lakh. CCTV dekha", ["1.2 lakh"]),
])
def test_lakh_and_crore_sums(text, found):
    assert [text[r.start : r.end] for r in MoneyRecognizer().analyze(text, None)] == found


@pytest.mark.parametrize("text", [
    "2.3 lakh views already! Didn't know the reel would go this far",
    "2 lakh collect kiye for the animal shelter this Diwali",
    "5 lakh students wrote the board exam today",
])
def test_lakh_and_crore_counts(text):
    assert MoneyRecognizer().analyze(text, None) == []


# a post at work said to be "on" a bare sum: what that post is paid (session 50, fresh49 "CEO on 240k" offered clean)
@pytest.mark.parametrize(
    "text, amount",
    [
        ("our intern emailed the salary spreadsheet 😭 CEO on 240k, the rest of us on peanuts", "240k"),
        ("the new MD's on 150k and we get nothing", "150k"),
        ("our new manager on 45k lol", "45k"),
    ],
)
def test_a_role_on_a_sum_is_its_pay(text, amount):
    assert amount in [text[r.start:r.end] for r in MoneyRecognizer().analyze(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "I'm on 32k after 5 years",  # the writer's own pay
        "my mate on 5k steps a day",  # a count of steps, and no post at work
        "our manager ran 10k today",  # a run
    ],
)
def test_the_writers_own_pay_or_a_run_is_left(text):
    assert MoneyRecognizer().analyze(text, None) == []


# a small sum by the period towards someone else's fees or debt: a payment plan on the firm's file (session 50,
# fresh49 "pay his fees at £20 a month" offered clean); the writer's own subscriptions stay
def test_a_small_instalment_of_someones_fees_is_found():
    text = "So our client wants to pay his fees at £20 a month. Patience"
    assert "£20" in [text[r.start:r.end] for r in MoneyRecognizer().analyze(text, None)]


@pytest.mark.parametrize("text", ["Netflix is £10 a month now", "my gym fees are £25 a month", "a £3 coffee"])
def test_the_writers_own_small_sums_are_left(text):
    assert MoneyRecognizer().analyze(text, None) == []
