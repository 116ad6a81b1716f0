"""OwnerBusinessRecognizer (business/owner_business.py): a small business named after its owner ("Mo's Kebab
House") is one organisation, and its owner a person wherever the post names them; the rewrite calls it a
client's business."""

from __future__ import annotations

import pytest

from rewriter.generalise import generalise


@pytest.mark.parametrize(
    "text, business, owner",
    [
        ("Sorting out Mo's Kebab House VAT mess this week. Mo, mate, keep your receipts.", "Mo's Kebab House", "Mo"),
        ("Spent the evening on Tina's Nails accounts before the deadline.", "Tina's Nails", "Tina"),
        ("Kasia's Cleaning finally sent the invoices over, thanks Kasia.", "Kasia's Cleaning", "Kasia"),
        ("Year-end for Dev's Motors is done.", "Dev's Motors", "Dev"),
        ("Payroll for Sunita's Corner Cafe is a mess again.", "Sunita's Corner Cafe", "Sunita"),
    ],
)
def test_a_business_named_after_its_owner_is_one_organisation(find, text, business, owner):
    found = find(text)
    assert (business, "ORGANIZATION") in found
    assert not any(kind == "LOCATION" or (kind == "PERSON" and t != owner) for t, kind in found)
    # every later mention of the owner is the same person
    later = text.count(owner) - 1
    assert found.count((owner, "PERSON")) == later


@pytest.mark.parametrize(
    "text",
    [
        "Everyone's Cafe moment today: cake in the staff room.",  # an everyday word opening the sentence
        "Mum's Kitchen rules: wash up before you sit down.",  # the writer's own family
        "Monday's Bakery run was a disaster.",  # a day
        "My sister's house is a mess after the party.",  # no capitals: no business name
    ],
)
def test_no_owner_no_business(find, text):
    assert not any(kind == "ORGANIZATION" and "'s" in t for t, kind in find(text))


def test_the_rewrite_calls_it_a_clients_business_and_the_owner_a_client(detector):
    text = "Sorting out Mo's Kebab House VAT mess. Mo, mate, keep your receipts."
    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert "a client's business VAT mess" in out
    assert "Mo" not in out and "area" not in out
