"""The feedback loop and the shared numbers (Qt-free): usage, content gaps, the dashboard."""
