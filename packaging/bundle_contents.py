"""What the PyInstaller bundle keeps of what PyInstaller collects (used by examtrainer.spec).

The app loads Qt Core, Gui, Widgets and Multimedia only (examtrainer/gui/qt.py is the one
binding import). The multimedia FFmpeg back end links Qt Quick, QML, Network and OpenGL, so
those libraries stay; their QML modules do not. Kept plugins: the xcb, wayland and offscreen
platforms, the image formats the bank importers accept (PNG is built into QtGui), SVG icons,
input methods (compose, IBus: accents and Arabic) and the desktop-portal theme (file dialogs
inside Flatpak); kept too are Qt's own translations of its standard texts. Everything else
is dropped, and then every library that only a dropped part needed. Paths are as inside the
bundle, with "/" separators.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Plugins kept, as "folder/file" below PySide6/Qt/plugins; every other plugin is dropped.
# Linux and macOS names start with "lib", Windows names do not.
QT_PLUGINS = re.compile(
    r"^(platforms/(lib)?q(xcb|wayland|wayland-generic|offscreen|windows|cocoa)"
    r"|xcbglintegrations/libqxcb-(egl|glx)-integration"
    r"|wayland-shell-integration/libxdg-shell"
    r"|wayland-decoration-client/lib(bradient|adwaita)"
    r"|wayland-graphics-integration-client/libqt-plugin-wayland-egl"
    r"|styles/(lib)?q(modernwindowsstyle|windowsvistastyle|macstyle)"
    r"|multimedia/(lib)?ffmpegmediaplugin"
    r"|imageformats/(lib)?q(jpeg|gif|svg|webp)"
    r"|iconengines/(lib)?qsvgicon"
    r"|platforminputcontexts/lib(compose|ibus)platforminputcontextplugin"
    r"|platformthemes/libqxdgdesktopportal)\.(so|dll|dylib)$"
)

# Qt libraries never kept, even when a hook collects them.
UNUSED_QT_LIBS = re.compile(
    r"Qt6?(WebEngine|WebChannel|WebView|3D|Quick3D|QuickControls|QuickTemplates|QuickDialogs"
    r"|QuickLayouts|QuickParticles|QuickShapes|QuickEffects|QuickTimeline|QuickVectorImage"
    r"|QuickWidgets|Labs|Pdf|Charts|Graphs|DataVisualization|Designer|UiTools|Help|Bluetooth"
    r"|Sensors|Serial|Location|Positioning|Nfc|RemoteObjects|Scxml|StateMachine|Sql"
    r"|WebSockets|HttpServer|SpatialAudio|TextToSpeech|Test|VirtualKeyboard|ShaderTools"
    r"|MultimediaQuick|MultimediaWidgets|PrintSupport|OpenGLWidgets|SvgWidgets"
    r"|NetworkAuth|WaylandCompositor|WaylandEglCompositor|EglFS|CanvasPainter)"
)

QT_PREFIX = "PySide6/Qt/"
# Parts of a PySide6 wheel for developers, never loaded by an app.
PYSIDE_DEVELOPER_FILES = re.compile(r"^PySide6/(examples|include|typesystems|glue|scripts|doc)/")
# Qt folders the app never reads: no QML, no WebEngine, no helper programs.
QT_UNUSED_FOLDERS = ("qml/", "resources/qtwebengine", "libexec/", "metatypes/")
# Of Qt's translations the app loads qtbase_<language>.qm (standard buttons, file dialogs);
# qtmultimedia's are kept for the error texts of the player and recorder.
QT_TRANSLATIONS = re.compile(r"^translations/(qtbase|qtmultimedia)_[a-zA-Z_]+\.qm$")


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle."""
    dest = dest.replace("\\", "/")
    if not dest.startswith(QT_PREFIX):
        return not PYSIDE_DEVELOPER_FILES.match(dest)
    rest = dest.removeprefix(QT_PREFIX)
    if rest.startswith(QT_UNUSED_FOLDERS):
        return False
    if rest.startswith("translations/"):
        return bool(QT_TRANSLATIONS.match(rest))
    if rest.startswith("plugins/"):
        return bool(QT_PLUGINS.match(rest.removeprefix("plugins/")))
    return not UNUSED_QT_LIBS.search(rest)


def is_root(dest: str) -> bool:
    """A binary that is loaded by name at run time (Python extension, Qt plugin, libpython),
    not only because another binary links it."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return (
        ".cpython-" in name
        or ".abi3." in name
        or name.endswith(".pyd")
        or name.startswith(("libpython", "python3"))
        or "/plugins/" in dest.replace("\\", "/")
    )


def referenced(
    binaries: Iterable[tuple[str, str]], imports: Callable[[str], Iterable[str]]
) -> set[str]:
    """The bundle paths of the binaries that a root binary needs, directly or indirectly.

    ``binaries`` are (bundle path, source file); ``imports(source)`` gives the library names
    (sonames) a binary links. A name matches a binary by its file name.
    """
    entries = list(binaries)
    by_name: dict[str, list[str]] = {}
    for dest, _source in entries:
        by_name.setdefault(dest.replace("\\", "/").rsplit("/", 1)[-1], []).append(dest)
    sources = dict(entries)
    reached: set[str] = set()
    queue = [dest for dest, _source in entries if is_root(dest)]
    while queue:
        dest = queue.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for name in imports(sources[dest]):
            queue.extend(by_name.get(name, []))
    return reached
