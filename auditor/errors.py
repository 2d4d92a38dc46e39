"""Typed errors. The library raises these; only the CLI and UI turn them into exit codes and messages."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the `auditor` command (documented in the README)."""

    OK = 0
    ROWS_FAILED = 1  # batch: some rows are errors (all rows still written)
    USAGE = 2
    INPUT_ERROR = 3  # file missing, unreadable, empty, binary, too large, not an image
    OCR_UNAVAILABLE = 4  # the OCR engine asked for is not installed, or a model file is missing
    OCR_FAILED = 5  # an OCR engine ran but failed or timed out
    NOT_FOUND = 6  # a hash or file asked of the store is not there
    CLUSTER_UNAVAILABLE = 7  # batch --dask: the scheduler cannot be reached, has no workers, or Dask is not installed
    WRITE_FAILED = 8  # the report or the audit store could not be written (disk full, read-only, permission)
    INTERRUPTED = 130


class AuditorError(Exception):
    """Base of every error the library raises; carries a stable code, an exit code and a fix."""

    code = "auditor_error"
    exit_code = ExitCode.INPUT_ERROR

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def __init_subclass__(cls, **kwargs) -> None:
        # subclasses also derive from a builtin (Pint's habit); keep our message format, not OSError's
        super().__init_subclass__(**kwargs)
        cls.__str__ = AuditorError.__str__


class InputError(ValueError, AuditorError):
    """The input cannot be read as a label (empty, binary, too large, bad encoding, missing)."""

    code = "bad_input"
    exit_code = ExitCode.INPUT_ERROR

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)


class InputNotFoundError(FileNotFoundError, AuditorError):
    code = "not_found"
    exit_code = ExitCode.INPUT_ERROR

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)


class ImageReadError(InputError):
    """The file is not an image Pillow can decode, or it is corrupt or too large."""

    code = "bad_image"


class OcrUnavailableError(RuntimeError, AuditorError):
    """An OCR engine (Tesseract, RapidOCR or a model file) is missing; the message names the install command."""

    code = "ocr_unavailable"
    exit_code = ExitCode.OCR_UNAVAILABLE

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)


class OcrFailedError(RuntimeError, AuditorError):
    """An OCR engine ran but failed or exceeded its time limit."""

    code = "ocr_failed"
    exit_code = ExitCode.OCR_FAILED

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)


class UnknownFormError(ValueError, AuditorError):
    """A form id that is not in the knowledge table."""

    code = "unknown_form"
    exit_code = ExitCode.USAGE

    def __init__(self, form_text: str) -> None:
        AuditorError.__init__(self, f"unknown magnesium form {form_text!r}")
        self.form_text = form_text


class StoreNotFoundError(LookupError, AuditorError):
    """An audit asked of the store by hash or file is not there."""

    code = "not_in_store"
    exit_code = ExitCode.NOT_FOUND

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)


class AuditTimeoutError(TimeoutError, AuditorError):
    """One file's audit ran past the batch's per-file time limit."""

    code = "timed_out"
    exit_code = ExitCode.OCR_FAILED

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)


class ClusterUnavailableError(ConnectionError, AuditorError):
    """`batch --dask`: Dask is not installed, or its scheduler cannot be reached or has no workers."""

    code = "cluster_unavailable"
    exit_code = ExitCode.CLUSTER_UNAVAILABLE

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)


class ReportWriteError(OSError, AuditorError):
    """A report or the audit store could not be written: disk full, read-only, no permission."""

    code = "write_failed"
    exit_code = ExitCode.WRITE_FAILED

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)
