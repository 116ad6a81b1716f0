"""Recognizers for numbers that lead to a file or an account: case and reference numbers, course and
class codes, card numbers and IBANs."""
