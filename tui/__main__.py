"""`python -m tui` runs the same command line as `newsdesk`."""

from tui.cli import main

raise SystemExit(main())
