"""Fixture web sites for browser tests: a small shop, in working and broken variants."""
