"""The numbers and the data of what is shown and printed: totals, period figures and
rankings, the home screen, the printed documents and the sync trips list."""
