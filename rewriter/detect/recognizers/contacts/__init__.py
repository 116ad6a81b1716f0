"""Recognizers for ways to reach someone: e-mail addresses, phone numbers, links, IP addresses and handles."""
