"""What the recognizers share: base classes, cheap gates, helpers over spaCy's doc, the lexicon of
ordinary words, name-shaped patterns, and the second pass. No recognizer lives here."""
