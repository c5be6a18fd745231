"""Generate the golden sample PDFs of delib and their expected JSON.

Run ``python samples/generate.py`` from the repository root (or anywhere): it rewrites every
``samples/NAME.pdf`` and ``samples/NAME.json`` from ``samples/specs/NAME.toml``.  Tests never
run it; they only read its output.

Each sample is written once as data, its spec: collectivity, body, session, members with
civility / first name / SURNAME and status, proxies, acts with title, number, visas, articles,
amounts and votes, and the story that prints them (see docs/contributing.md).  Both the PDF and
the expected JSON are produced from that spec, so the JSON is the truth of the sample,
independent of any parser:

- the PDF text is rendered from the spec fields (names through the sample's name format, amounts
  through ``money()``, votes through a vote wording);
- the JSON is the same fields in the contract shape of ``schemas/record.py``; the only facts taken
  from the layout engine are page numbers, recorded by zero-size marks while reportlab lays the
  pages out.

Rules of the truth (see tests/test_samples_golden.py for how they are compared):

- names are "Prénom NOM", surname in capitals, whatever the printed order;
- a key is omitted when the fact is not printed or does not apply (inside a vote: null);
- session facts are repeated on every decision act of a PV or recueil; parts (annex, convention,
  report) only carry kind, pages and part_of;
- ``amounts`` are the distinct euro amounts printed in figures in the act (text, visas, tables),
  never those of its parts; amounts written only in words are not listed;
- ``references`` are the code articles, lois, décrets and délibérations cited in the visas.

Determinism: reportlab runs with ``invariant=1`` and only the Bitstream Vera fonts shipped inside
the reportlab package are used, so the bytes are identical between runs and machines.

After writing the files the script re-reads every PDF with pypdfium2 and checks that each act's
number, title and article openings can be found on the act's pages (``--no-check`` skips it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from samplegen.checks import check_pdf, lint_sample
from samplegen.document import build_pdf
from samplegen.expected import sample_json
from samplegen.fonts import register_fonts
from samplegen.model import Sample
from samplegen.spec import load

SAMPLES_DIR = Path(__file__).resolve().parent
SPECS_DIR = SAMPLES_DIR / "specs"


def write_sample(sample: Sample, out_dir: Path) -> tuple[Path, dict]:
    lint_sample(sample)
    built = build_pdf(sample)
    expected = sample_json(sample, built.pages, built.marks)
    pdf_path = out_dir / f"{sample.name}.pdf"
    pdf_path.write_bytes(built.pdf)
    for key, page in sample.expect_marks.items():  # checked after writing, to ease tuning
        got = built.marks.get(key)
        assert got == page, f"{sample.name}: {key} on page {got}, want {page}"
    (out_dir / f"{sample.name}.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return pdf_path, expected


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=SAMPLES_DIR, help="output directory")
    parser.add_argument("--no-check", action="store_true", help="skip the pypdfium2 text check")
    parser.add_argument("names", nargs="*", help="only these samples (default: every spec)")
    args = parser.parse_args(argv)
    register_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    paths = sorted(SPECS_DIR.glob("*.toml"))
    unknown = set(args.names) - {p.stem for p in paths}
    if unknown:
        parser.error(f"no spec for {', '.join(sorted(unknown))} in {SPECS_DIR}")
    for path in paths:
        if args.names and path.stem not in args.names:
            continue
        sample = load(path)
        pdf_path, expected = write_sample(sample, args.out)
        print(f"{pdf_path.name:48} {expected['document']['pages']} p. {len(expected['acts'])} act(s)  {sample.genre}")
        if not args.no_check:
            problems += check_pdf(pdf_path, expected)
    for problem in problems:
        print("CHECK:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
