"""Qt widgets: one module per screen or dialog. No SQL and no business rules:
everything is asked of models/."""
