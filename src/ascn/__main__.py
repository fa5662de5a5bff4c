"""``python -m ascn``: the ``ascn`` command line."""

from ascn.cli import main

raise SystemExit(main())
