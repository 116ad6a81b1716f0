"""Money in the currencies of the Englishes people write in, and how an amount reads once generalised."""

from __future__ import annotations

import pytest
from conftest import flagged_in

from rewriter.config import Config
from rewriter.pipeline import Pipeline


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Closed the deal today, RM480k contract with a new client. Nobody knows yet!", "RM480k"),
        ("Budget cut by Rs 40 lakh this quarter, nobody knows yet.", "Rs 40 lakh"),
        ("Lost KSh 2.5m on the tender, keep it quiet", "KSh 2.5m"),
        ("Contract worth ₦45m signed today, not public yet", "₦45m"),
        ("Sold the warehouse for R1.2m, biggest sale this year.", "R1.2m"),
        # the same currencies written as a word, in a sum that matters
        ("Client owes us 2 million naira and won't answer the phone", "2 million naira"),
        ("The settlement came to 45,000 shillings, keep it quiet", "45,000 shillings"),
        ("Quoted 40 thousand bucks for the rebuild, not public yet", "40 thousand bucks"),
    ],
)
def test_a_local_currency_amount_is_money(find, text, amount):
    assert (amount, "MONEY") in flagged_in(find, text, amount)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Paid ₦500 for suya after the night shift lol", "₦500"),
        ("Rs 200 for chai at the station, bargain", "Rs"),
        ("Took the R2 bus home after clinic", "R2"),
        ("Meeting in Rm 12 at noon with the team", "Rm 12"),  # a room, not ringgit
        # small change written as a word: "bob" and "bucks" start with the "b" of a billion, but are no size
        ("Customers will really haggle for 10 bob on a 50 bob samosa, love them though", "bob"),
        ("Paid 20 bucks for parking outside the clinic, daylight robbery", "bucks"),
        ("Spent 2,000 naira on fuel to get to the ward today", "naira"),
    ],
)
def test_small_change_a_bus_and_a_room_are_no_money(find, text, word):
    assert all(kind != "MONEY" for _, kind in flagged_in(find, text, word))
    assert all(kind != "FACILITY" for _, kind in flagged_in(find, "Closed a RM480k contract today", "RM"))


@pytest.mark.parametrize(
    "text, rewrite",
    [
        ("Contract worth $45m signed today, not public yet", "Contract worth a significant sum signed today, not public yet"),
        ("Our £2m contract renewal is at risk", "Our large contract renewal is at risk"),
        ("Booked a $12.5M write-down this quarter.", "Booked a large write-down this quarter."),
    ],
)
def test_an_amount_reads_as_its_slot_needs(detector, text, rewrite):
    assert Pipeline(Config(role="sales"), detector).rewrite(text, use_llm=False).text == rewrite


@pytest.mark.parametrize(
    "text, amount",
    [
        # pay asked about as a norm: a going rate, about no one's contract
        ("Trainee solicitors, is it normal to be paid R8k a month in your first year? Asking for myself 😭", "R8k"),
        ("What's a fair day rate for a locum physio, £300? Feels low", "£300"),
    ],
)
def test_pay_asked_about_as_a_norm_is_no_money(find, text, amount):
    assert all(kind != "MONEY" for _, kind in flagged_in(find, text, amount))


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Is it normal that my client still owes us R80k after six months?", "R80k"),
        ("Got offered £45k at Hollowell & Finch, is that normal", "£45k"),  # no question mark: a statement
        ("Is it normal? He paid £40k cash for the whole job", "£40k"),  # the question is over before the sum
    ],
)
def test_a_sum_of_someones_or_outside_the_question_is_still_money(find, text, amount):
    assert (amount, "MONEY") in flagged_in(find, text, amount)
