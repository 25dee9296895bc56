"""exam."""
