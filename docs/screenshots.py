"""The screenshots of `delib serve` in the docs (`make screenshots`): its home page and a canned query.

Imports the samples into a temporary database, serves it with `delib serve` on a free port of this
machine, and has headless Chromium save docs/datasette-home.png and docs/datasette-query.png.
Where Chromium is not installed it says so and takes none: only these pictures need it.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DELIB = [sys.executable, "-m", "pipeline.cli"]
# Picture → page of the database served as /samples (its file is samples.db).
SHOTS = {
    "datasette-home.png": "",
    "datasette-query.png": "samples/attendance_rate?collectivity=Sainte-Colombe",
}
WINDOW = "1280,900"


def main() -> int:
    chromium = shutil.which("chromium")
    if chromium is None:
        print(
            "screenshots: skipped, Chromium is not installed "
            "(Debian: apt-get install chromium, which `make system-packages` does as root)",
            file=sys.stderr,
        )
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "samples.db"
        ingest = [*DELIB, "ingest", "samples", "--db", str(db), "--workers", "2", "--ocr", "never"]
        subprocess.run(ingest, cwd=ROOT, check=True)
        server = subprocess.Popen(
            [*DELIB, "serve", "--db", str(db), "--port", "0"], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        try:
            line = server.stderr.readline()
            found = re.search(r" at (http://\S+/) ", line)
            if not found:
                print(f"screenshots: delib serve did not start: {line.strip()}", file=sys.stderr)
                return 1
            for name, page in SHOTS.items():
                shoot(chromium, found.group(1) + page, ROOT / "docs" / name, Path(tmp) / "chromium")
                print(f"screenshots: wrote docs/{name}", file=sys.stderr)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=60)
    return 0


def shoot(chromium: str, url: str, png: Path, profile: Path) -> None:
    """One screenshot of `url` at the window size of the docs, with a throwaway browser profile."""
    command = [
        chromium,
        "--headless",
        # Chromium refuses to run as root with its sandbox; the page is our own, on this machine.
        "--no-sandbox",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={WINDOW}",
        f"--screenshot={png}",
        url,
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


if __name__ == "__main__":
    sys.exit(main())
