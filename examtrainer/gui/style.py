"""The calm look of the app: large readable type, soft colours, big targets.

The keyboard focus is a thick dark-orange frame (FOCUS) on every control, blue buttons
included: it differs from every fill colour of the app, so it never disappears into one.
Controls carry a transparent frame of the same width when not focused, so nothing moves.
"""

from __future__ import annotations

FOCUS = "#b35c00"  # 4.5:1 on the page background #f6f7f4

STYLE_SHEET = (
    """
QWidget { font-size: 15px; color: #1f2a33; }
QMainWindow, QStackedWidget > QWidget { background: #f6f7f4; }
QScrollArea#page, QScrollArea#page > QWidget#qt_scrollarea_viewport,
QScrollArea#page > QWidget#qt_scrollarea_viewport > QWidget { background: #f6f7f4; }
QScrollArea#answer_scroll, QScrollArea#answer_scroll > QWidget#qt_scrollarea_viewport,
QWidget#answer_area { background: transparent; }
QLabel#title { font-size: 26px; font-weight: 600; color: #1d3b4f; }
QLabel#subtitle { font-size: 17px; color: #3d5566; }
QLabel#muted { color: #5b6b75; }
QFrame#card { background: #ffffff; border: 1px solid #d9dfdc; border-radius: 12px; }
QFrame[feedback="good"] { background: #e6f4ea; border: 1px solid #9fd3ad; border-radius: 10px; }
QFrame[feedback="bad"] { background: #fff4e0; border: 1px solid #f0c987; border-radius: 10px; }
QFrame[feedback="note"] { background: #eef3f6; border: 1px solid #b8c9d6; border-radius: 10px; }
QPushButton { background: #ffffff; border: 1px solid #b8c4cb; border-radius: 8px;
              padding: 9px 18px; min-height: 22px; }
QPushButton:hover { background: #eef3f6; }
QPushButton:checked { background: #dcebf5; border: 3px solid #1d3b4f; padding: 7px 16px; }
QPushButton[primary="true"] { background: #2f6f9f; color: white; border: 1px solid #2f6f9f;
                              font-weight: 600; }
QPushButton[primary="true"]:hover { background: #275d86; }
QPushButton[primary="true"]:disabled { background: #9db6c8; border-color: #9db6c8; }
QPushButton:focus, QPushButton[primary="true"]:focus { border: 3px solid FOCUS; padding: 7px 16px; }
QRadioButton { padding: 6px; spacing: 10px; border: 2px solid transparent; border-radius: 8px; }
QRadioButton::indicator { width: 20px; height: 20px; }
QCheckBox { padding: 4px 6px; spacing: 10px; border: 2px solid transparent; border-radius: 8px; }
QCheckBox::indicator { width: 20px; height: 20px; }
QRadioButton:focus, QCheckBox:focus { border: 2px solid FOCUS; background: #fff7ec; }
QLabel[feedback] { padding: 10px; }
QTextBrowser { background: #ffffff; border: 1px solid #d9dfdc; border-radius: 10px;
               padding: 14px; font-size: 17px; }
QLineEdit, QComboBox, QDateEdit { padding: 7px; border: 1px solid #b8c4cb; border-radius: 6px;
                                  background: white; }
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus, QListWidget:focus,
QTableWidget:focus, QTextBrowser:focus, QPlainTextEdit:focus, QTabBar::tab:focus
    { border: 2px solid FOCUS; }
QProgressBar { border: 1px solid #c8d2d7; border-radius: 6px; background: #eef1ef;
               text-align: center; height: 18px; }
QProgressBar::chunk { background: #6aa77f; border-radius: 6px; }
QFrame#problem { background: #fff4e0; border: 1px solid #f0c987; border-radius: 12px; }
QLabel#countdown { font-size: 30px; font-weight: 600; color: #1d3b4f; }
QLabel#recording { font-size: 18px; font-weight: 600; color: #b3261e; }
QProgressBar#level_meter::chunk { background: #3f8f5a; border-radius: 6px; }
"""
).replace("FOCUS", FOCUS)
