"""The calm look of the app: large readable type, soft colours, big targets."""

from __future__ import annotations

STYLE_SHEET = """
QWidget { font-size: 15px; color: #1f2a33; }
QMainWindow, QStackedWidget > QWidget { background: #f6f7f4; }
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
QPushButton:focus { border: 2px solid #2f6f9f; }
QPushButton:checked { background: #dcebf5; border: 3px solid #1d3b4f; font-weight: 600; }
QPushButton[primary="true"] { background: #2f6f9f; color: white; border: none; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #275d86; }
QPushButton[primary="true"]:disabled { background: #9db6c8; }
QRadioButton { padding: 8px; spacing: 10px; }
QRadioButton::indicator { width: 20px; height: 20px; }
QCheckBox { padding: 6px 0; spacing: 10px; }
QCheckBox::indicator { width: 20px; height: 20px; }
QLabel[feedback] { padding: 10px; }
QTextBrowser { background: #ffffff; border: 1px solid #d9dfdc; border-radius: 10px;
               padding: 14px; font-size: 17px; }
QLineEdit, QComboBox, QDateEdit { padding: 7px; border: 1px solid #b8c4cb; border-radius: 6px;
                                  background: white; }
QProgressBar { border: 1px solid #c8d2d7; border-radius: 6px; background: #eef1ef;
               text-align: center; height: 18px; }
QProgressBar::chunk { background: #6aa77f; border-radius: 6px; }
QFrame#problem { background: #fff4e0; border: 1px solid #f0c987; border-radius: 12px; }
QLabel#countdown { font-size: 30px; font-weight: 600; color: #1d3b4f; }
QLabel#recording { font-size: 18px; font-weight: 600; color: #b3261e; }
QProgressBar#level_meter::chunk { background: #3f8f5a; border-radius: 6px; }
"""
