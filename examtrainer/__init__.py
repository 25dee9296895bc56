"""examtrainer: offline practice for the Dutch civic-integration exam."""

__version__ = "0.1.0"
