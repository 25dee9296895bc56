"""Tests of the Qt-free adaptive engine (examtrainer.adaptive)."""
