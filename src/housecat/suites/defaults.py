"""Defaults of a saved test that commands show before anything heavier is imported."""

DEFAULT_SCHEDULE = "*/15 * * * *"
