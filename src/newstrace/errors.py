"""Exceptions with messages a user can act on."""

from __future__ import annotations


class NewstraceError(Exception):
    """Base class for every error newstrace raises on purpose."""

    exit_code = 1


class InputError(NewstraceError):
    """An input could not be read or parsed; ``where`` says which (file or file:line)."""

    exit_code = 3

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class ConfigError(NewstraceError):
    """A setting has a value newstrace cannot use."""

    exit_code = 2


class StoreError(NewstraceError):
    """The database cannot be opened, migrated or written."""

    exit_code = 4


class NotFoundError(NewstraceError):
    """An article, story or other record id is not in the store."""

    exit_code = 5
