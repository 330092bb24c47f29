"""The one error type that carries a refusal to the person at the desk."""


class ValidationError(ValueError):
    """Bad input or a step the rules do not allow.

    ``message`` is plain Simplified Chinese, shown as it is; ``field`` names
    the form field it concerns (or ``None``) so a form can put the cursor there.
    Nothing has been saved when this is raised.
    """

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
