"""auditor: reads magnesium supplement labels and audits them (elemental magnesium, absorbed band, checks, sleep verdict)."""

__version__ = "0.1.0"

from .audit import audit_bytes, audit_facts, audit_path, audit_text, correct, parse_label, personalise  # noqa: E402
from .errors import AuditorError, ExitCode  # noqa: E402
from .models import AuditResult, Basis, LabelFacts, Level, MagnesiumForm, Profile, Status  # noqa: E402
from .profile import load_profile  # noqa: E402
from .report import to_dict  # noqa: E402

__all__ = [
    "AuditResult", "AuditorError", "Basis", "ExitCode", "LabelFacts", "Level", "MagnesiumForm", "Profile", "Status",
    "audit_bytes", "audit_facts", "audit_path", "audit_text", "correct", "load_profile", "parse_label", "personalise",
    "to_dict", "__version__",
]
