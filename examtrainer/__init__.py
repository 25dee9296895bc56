"""examtrainer: offline practice for the Dutch civic-integration exam."""

import time as _time

__version__ = "0.1.0"

# When the package was first imported: the smoke test's clock starts here unless a benchmark
# passes the launch moment itself (EXAMTRAINER_LAUNCH_EPOCH).
IMPORTED_AT = _time.perf_counter()
