"""Keeping the records safe: opening the database, the audit trail, backups and restore,
the integrity check after a power cut, upgrades, and whether the PC's clock is plausible."""
