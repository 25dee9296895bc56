"""gui/screens."""
