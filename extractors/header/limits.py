"""How far into an act or minutes the header facts are read."""

from __future__ import annotations

# The head of an act: its header facts are printed in its first characters.
HEAD_CHARS = 3000
# The closing lines (signatures, "Fait à …, le …") sit in the last characters of an act or minutes.
SIGNATURE_CHARS = 800
