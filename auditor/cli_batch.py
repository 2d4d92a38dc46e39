"""Subcommands of the auditor CLI (registered by auditor.cli)."""

from __future__ import annotations

REGISTER: list = []
