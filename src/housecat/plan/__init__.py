"""Goals in plain English, and the Plans they compile to."""
