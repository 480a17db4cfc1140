"""`python -m housecat` is the `housecat` command."""

from housecat.cli import app

app(prog_name="housecat")
