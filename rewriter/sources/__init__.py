"""Where posts come from: JSON Lines files today (one post a line)."""
