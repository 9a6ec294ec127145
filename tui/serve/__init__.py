"""Serving the reader: over SSH (asyncssh) and the web (textual-serve)."""
