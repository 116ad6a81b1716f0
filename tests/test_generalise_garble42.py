"""Rewrites that broke around a replacement (session 42, read beside the judges' scores of fresh41a-d), each class
pinned on made-up sentences of the same shape, with the near case that must be left as it was beside it:

- an amount before a word that says what became of it ("£260 gone", "₹9,000 pending", "£3k instead of £1.5k"):
  the amount stays a noun, "a significant sum gone" (never "A large gone", which wants a noun after it); an
  amount before a noun it describes still says "a large write-off".
"""

from __future__ import annotations

from test_generalise import gen


# -- an amount before a word that is no noun ---------------------------------------------------------------------


def test_an_amount_before_what_became_of_it_stays_a_sum():
    out = gen("Someone emptied the staff tea kitty. [£260] gone. Gutted.", "MONEY", role="office manager")
    assert out == "Someone emptied the staff tea kitty. A significant sum gone. Gutted."


def test_an_amount_left_pending_stays_a_sum():
    out = gen("Tuition fees still not paid, [₹9,000] pending since spring.", "MONEY", role="tutor")
    assert "a significant sum pending" in out and "a large pending" not in out


def test_an_amount_paid_instead_of_another():
    out = gen("The refund went out as [£3,120.40] instead of [£1,560.20] by mistake.", "MONEY", "MONEY", role="accountant")
    assert "a large" not in out and out.startswith("The refund went out as a significant sum instead of")


def test_an_amount_before_its_noun_still_describes_it():
    out = gen("The board signed off a [£2.3M] write-off this morning.", "MONEY", role="accountant")
    assert "a large write-off" in out


def test_an_amount_before_a_described_loan_still_describes_it():
    out = gen("Approved a [£40k] unsecured loan for the bakery today.", "MONEY", role="bank officer")
    assert "a large unsecured loan" in out
