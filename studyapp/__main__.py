"""Entry point for ``python -m studyapp``."""

import sys

from studyapp.cli import main

sys.exit(main())
