"""examtrainer: offline practice for the Dutch civic-integration exam."""

import time as _time

__version__ = "0.1.0"

# The app's identity, in one place: the installers, the desktop file, the AppStream and
# Flatpak ids, the macOS bundle and the About dialog take these (tests check that they agree).
APP_NAME = "examtrainer"
APP_ID = "io.github.examtrainer.Examtrainer"

# When the package was first imported: the smoke test's clock starts here unless a benchmark
# passes the launch moment itself (EXAMTRAINER_LAUNCH_EPOCH).
IMPORTED_AT = _time.perf_counter()
