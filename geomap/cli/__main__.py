"""``python -m geomap.cli`` runs the command-line interface."""

from geomap.cli import main

main()
