"""The sample generator's library: specs (TOML) in, golden PDFs and expected JSON out.

Modules, one job each: ``french`` (numbers, dates and amounts in French), ``fonts`` (the Vera
fonts and U+00A0), ``model`` (the dataclasses of a sample), ``template`` (``{…}`` fields in spec
texts), ``spec`` (TOML -> model), ``flow`` (styles and small flowables), ``votes`` (vote wordings),
``pieces`` (the story blocks a spec names), ``picture`` (letterheads drawn as images), ``document``
(page templates, two-pass build), ``expected`` (the expected JSON) and ``checks`` (amount lint and
extracted-text check).
"""

from __future__ import annotations

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and document ids: byte-identical output between runs
