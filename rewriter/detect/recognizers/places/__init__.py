"""Recognizers for places: street addresses, towns and roads, wards, rooms and named facilities."""
