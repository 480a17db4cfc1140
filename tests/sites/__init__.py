"""Fixture web sites for browser tests: the shop (`app.py`) and five differently built sites.

Each of `signin`, `todo`, `orders`, `docs` and `admin` documents its pages, data and variants
(`ok`, `slow`, `renamed`, `broken`) in its module docstring.
"""
