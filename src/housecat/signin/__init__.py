"""Signing in to the UI: sessions kept in Redis, and a limit on wrong tokens."""
