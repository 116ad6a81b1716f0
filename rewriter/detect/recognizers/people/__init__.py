"""Recognizers for people: names spaCy misses, ages, and details that single one person out."""
