"""Domain models and rules of the concern-response desk. No Qt, no reportlab."""
