"""``python -m geo`` runs the ``strikemap`` command."""

import sys

from geo.cli import main

sys.exit(main())
