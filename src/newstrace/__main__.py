"""``python -m newstrace``: the command line, as the ``newstrace`` script."""

from newstrace.cli import main

main(prog_name="newstrace")
