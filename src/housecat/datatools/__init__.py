"""Data tools: sample data for a first look, and emptying, backing up and restoring a store."""
