"""Recognizers for confidential business details: organisations, codenames, money and results."""
