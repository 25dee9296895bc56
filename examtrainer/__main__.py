"""``python -m examtrainer``: the same as the ``examtrainer`` command."""

import sys

from examtrainer.cli import main

sys.exit(main())
