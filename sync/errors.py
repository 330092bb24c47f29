"""The refusal of a sync package or pairing file, in words for the cadre."""
from __future__ import annotations

from models.core.errors import ValidationError

REASONS = ("not_package", "truncated", "checksum", "format", "signature", "unknown_sender",
           "wrong_receiver", "decrypt", "pairing_code", "not_paired")


class PackageRefused(ValidationError):
    """A package (or pairing file) that this desk will not take, or cannot write.

    ``message`` is plain Chinese saying what is wrong and what to do;
    ``reason`` is one of ``REASONS`` for code and tests. Nothing has been
    changed in the database when this is raised.
    """

    def __init__(self, reason: str, message: str):
        if reason not in REASONS:
            raise ValueError(f"unknown refusal reason {reason!r}")
        super().__init__(message, None)
        self.reason = reason

    def __repr__(self) -> str:
        return f"PackageRefused({self.reason!r}, {self.message!r})"


class SyncRefused(ValidationError):
    """A sync step refused, with a plain Chinese message; nothing was changed."""

    def __init__(self, message: str, reason: str = "refused"):
        super().__init__(message, None)
        self.reason = reason
