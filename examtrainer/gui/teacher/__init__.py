"""The tabs of teacher mode (one module per tab), shown by ``gui/screens/teacher.py``."""
