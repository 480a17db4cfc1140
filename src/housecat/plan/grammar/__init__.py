"""The built-in reader: plain English to steps, by grammar alone."""
