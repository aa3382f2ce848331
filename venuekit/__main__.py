"""`python -m venuekit`: the `venuekit` command (see `venuekit.cli`)."""

from venuekit.cli import entry

if __name__ == "__main__":
    entry()
