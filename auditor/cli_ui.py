"""The `auditor ui` subcommand: serve the Streamlit app in ui/app.py (registered by auditor.cli)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import AuditorError, ExitCode

APP = Path(__file__).resolve().parent.parent / "ui" / "app.py"
# the web app's upload limit: ui/.streamlit/config.toml and ui/viewmodel.py say the same (tests/test_ui.py checks)
MAX_UPLOAD_MB = 25
# the page shows History (file paths, OCR text): serve this machine only unless --address says otherwise (issue 13)
DEFAULT_ADDRESS = "127.0.0.1"


class UiMissingError(FileNotFoundError, AuditorError):
    """ui/app.py is not beside the package (a wheel install without the repository)."""

    code = "ui_missing"
    exit_code = ExitCode.INPUT_ERROR

    def __init__(self, message: str, *, path: str | None = None) -> None:
        AuditorError.__init__(self, message, path=path)


def streamlit_command(port: int | None = None, address: str | None = DEFAULT_ADDRESS, app: Path = APP) -> list[str]:
    """The `python -m streamlit run` command line, with the settings of ui/.streamlit/config.toml as flags.

    Flags rather than only the config file: Streamlit reads config.toml from the working directory, so the
    upload limit and the no-telemetry setting must hold wherever `auditor ui` is started.
    """
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true",
        "--server.maxUploadSize", str(MAX_UPLOAD_MB),
        "--browser.gatherUsageStats", "false",
        "--global.showWarningOnDirectExecution", "false",
    ]
    if port is not None:
        cmd += ["--server.port", str(port)]
    if address is not None:
        cmd += ["--server.address", address]
    return cmd


def cmd_ui(args) -> int:
    if not APP.is_file():
        raise UiMissingError("the web app is not installed beside the package; run `auditor ui` from a clone of the repository (pip install -e .)", path=str(APP))
    try:
        # cwd=ui/ so Streamlit also picks up ui/.streamlit/config.toml (theme, toolbar)
        return subprocess.call(streamlit_command(args.port, args.address), cwd=APP.parent)
    except KeyboardInterrupt:
        return int(ExitCode.OK)


def register(sub) -> None:
    p = sub.add_parser(
        "ui",
        help="start the web app (Scan, Compare, Batch) in the browser",
        description="Serve the Streamlit web app on http://localhost:PORT (default 8501), to this machine only unless "
        "--address says otherwise. Stop it with Ctrl-C.",
    )
    p.add_argument("--port", type=int, default=None, help="port to serve on (default: Streamlit's 8501)")
    p.add_argument("--address", default=DEFAULT_ADDRESS,
                   help="address to bind (default 127.0.0.1: this machine only; 0.0.0.0 serves every network, and "
                        "History then shows every stored audit to whoever connects)")
    p.set_defaults(func=cmd_ui)


REGISTER: list = [register]
