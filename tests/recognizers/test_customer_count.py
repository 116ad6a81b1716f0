"""CustomerCountRecognizer (business/customer_count.py): Customer and user counts: "2,300 customers", "40k
users" (three digits or more; "3 siblings" is no business figure)."""

from __future__ import annotations

from rewriter.detect.recognizers.business.customer_count import CustomerCountRecognizer

COUNT = CustomerCountRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


def test_customer_counts():
    assert texts(COUNT, "We just passed 2,300 customers!") == ["2,300 customers"]
    assert texts(COUNT, "40k active users and counting") == ["40k active users"]
    assert texts(COUNT, "3 siblings placed with their aunt") == []
    assert texts(COUNT, "I have 12 clients this week") == []
