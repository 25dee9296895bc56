"""Layout in every language: Dutch content reads left to right inside a right-to-left window,
the level chart is mirrored there, the chosen language is marked, the window is remembered."""

from __future__ import annotations

from datetime import date

from examtrainer.gui.qt import Qt


def test_dutch_options_stay_left_to_right_in_arabic(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = learner_window
    ctx.languages.switch("ar")
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.heading.text() != "Lezen oefenen", "the instructions are in Arabic"
    dutch = [screen.panel.question, screen.text, *screen.panel.buttons]
    assert all(w.layoutDirection() == Qt.LayoutDirection.LeftToRight for w in dutch)
    for button in screen.panel.buttons:  # the indicator sits on the left, the text after it
        assert button.mapTo(screen, button.rect().topLeft()).x() < screen.width() // 2 + 40


def test_the_level_chart_is_mirrored_right_to_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    from examtrainer.gui.widgets.charts import LevelChart

    chart = LevelChart()
    qtbot.addWidget(chart)
    chart.resize(300, 110)
    chart.set_history([(date(2026, 1, d), 0.1 * d) for d in range(1, 4)])
    ltr = chart.x_positions(3)
    assert ltr == sorted(ltr), "left to right: the oldest day on the left"
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = chart.x_positions(3)
    assert rtl == sorted(rtl, reverse=True), "right to left: the oldest day on the right"
    assert [round(300 - x) for x in rtl] == [round(x) for x in ltr]
    chart.grab()  # paints without error in both directions


def test_the_chosen_language_is_marked_on_first_start(app_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = app_window
    window.show_screen("onboarding")
    screen = window.current
    buttons = screen.language_buttons
    assert buttons["nl"].isChecked() and buttons["nl"].text().startswith("✓")
    qtbot.mouseClick(buttons["en"], Qt.MouseButton.LeftButton)
    assert buttons["en"].isChecked() and buttons["en"].text() == "✓ English"
    assert not buttons["nl"].isChecked() and buttons["nl"].text() == "Nederlands"
    qtbot.waitUntil(lambda: screen.welcome.text() == "Welcome to examtrainer")


def test_window_size_and_maximised_state_are_remembered(app_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from examtrainer.gui.main_window import MainWindow

    ctx, window = app_window
    window.showNormal()
    window.resize(900, 760)  # the offscreen test screen is 800×800: a taller window is kept
    qtbot.waitUntil(lambda: window.height() == 760)
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (900, 760)
    again.show()
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    third = MainWindow(ctx)
    qtbot.addWidget(third)
    assert third.windowState() & Qt.WindowState.WindowMaximized


def test_a_new_install_opens_at_the_default_size(app_window) -> None:  # type: ignore[no-untyped-def]
    from examtrainer.gui.main_window import DEFAULT_SIZE, MainWindow

    ctx, _window = app_window
    fresh = MainWindow(ctx)
    assert (fresh.width(), fresh.height()) == DEFAULT_SIZE
    fresh.deleteLater()


def test_the_bundled_fonts_cover_every_shipped_script(app_window) -> None:  # type: ignore[no-untyped-def]
    """Arabic and Farsi (Noto Sans Arabic) and Tigrinya (Noto Sans Ethiopic) are bundled,
    registered at start and behind the app's font as fallbacks; their licence goes along."""
    from examtrainer.gui.fonts import FONT_FOLDER
    from examtrainer.gui.qt import QApplication, QFont, QFontDatabase, QFontMetrics

    assert (FONT_FOLDER / "OFL.txt").is_file()
    ctx, _window = app_window
    families = set(QFontDatabase.families())
    assert {"Noto Sans Arabic", "Noto Sans Ethiopic"} <= families
    app = QApplication.instance()
    assert "Noto Sans Ethiopic" not in app.font().families()
    dutch_line = QFontMetrics(app.font()).height()
    ctx.languages.switch("ti")
    assert app.font().families()[-1] == "Noto Sans Ethiopic"
    assert all(QFontMetrics(app.font()).inFontUcs4(ord(c)) for c in "ትግርኛ")
    ctx.languages.switch("ar")
    assert "Noto Sans Ethiopic" not in app.font().families()
    assert QFontMetrics(app.font()).height() == dutch_line, "Arabic does not stretch lines"
    ctx.languages.switch("nl")
    assert all(QFontMetrics(QFont("Noto Sans Ethiopic")).inFontUcs4(ord(c)) for c in "ትግርኛ")
    assert all(QFontMetrics(QFont("Noto Sans Arabic")).inFontUcs4(ord(c)) for c in "فارسیپچژگ")


def test_every_language_can_be_chosen_at_any_time(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The home screen's language list holds every complete language; choosing one
    translates the screen at once (no restart) and lays it out right to left for Arabic."""
    from examtrainer.gui.i18n import IN_TRANSLATION, LANGUAGES, RIGHT_TO_LEFT

    ctx, window = learner_window
    home = window.current
    box = home.language_box
    codes = [box.itemData(i) for i in range(box.count())]
    assert codes == [c for c in LANGUAGES if c not in IN_TRANSLATION], "the complete ones"
    seen = {home.sound_button.text()}
    for code in codes[1:]:
        box.setCurrentIndex(codes.index(code))
        qtbot.waitUntil(lambda c=code: ctx.languages.language == c)
        qtbot.waitUntil(lambda: home.sound_button.text() not in seen)
        seen.add(home.sound_button.text())
        rtl = home.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert rtl == (code in RIGHT_TO_LEFT), code
    assert len(seen) == len(codes), "each language has its own words for 'Geluid testen'"
    box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: home.sound_button.text() == "Geluid testen")
    assert home.layoutDirection() == Qt.LayoutDirection.LeftToRight
