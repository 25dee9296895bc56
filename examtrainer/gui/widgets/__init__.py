"""gui/widgets."""
