"""Recognizers for specific times: weekdays tied to something, dates and clock times."""
