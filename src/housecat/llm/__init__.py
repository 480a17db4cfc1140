"""Optional extra: a model compiles the goals the built-in reader cannot (pydantic-ai)."""
