"""ProductModelRecognizer (business/product_model.py): an unreleased product by its name and model code
before what it is, said from inside or in a post about a launch or a secret."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.product_model import ProductModelRecognizer

PRODUCT = ProductModelRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in PRODUCT.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("the new Axiom X2 headset drops in Sept. Can't say more", "Axiom X2"),
        ("Testing our Nimbus 3 sensor all week.", "Nimbus 3"),
        ("The upcoming Vega-7 chip launches next spring, under NDA for now", "Vega-7"),
        ("the team got it booting on the new X200 board, shipping in March", "X200"),
    ],
)
def test_an_unreleased_product(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Bought the new Pixel 8 phone today and I love it.",  # no launch, no secret, not ours
        "The new Tesla Model 3 car drops in price again.",  # a public company's product
        "Our ward 7 team is the best.",  # no product noun
        "Testing our Nimbus sensor all week.",  # no model code
        "Reviewing the new A380 engine docs, fascinating.",  # a model code with no launch, no secret, not ours
        "Printed it on the A4 paper again.",  # a paper size
    ],
)
def test_not_an_unreleased_product(text):
    assert texts(text) == []
