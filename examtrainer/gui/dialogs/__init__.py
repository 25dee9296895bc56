"""gui/dialogs."""
