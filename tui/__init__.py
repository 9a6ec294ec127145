"""Newsdesk: a terminal reader for news articles (who speaks, what they said, what they named)."""

__version__ = "0.1.0"
