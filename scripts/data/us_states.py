#!/usr/bin/env python3
"""Writes crates/clippings-core/data/us_states.tsv from the `us` package (PyPI, BSD-3-Clause).

The dateline parser reads it: `COMMACK, N.Y., Feb 26 -` names New York, in the United States.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install us==4.0.0
    /tmp/venv/bin/python scripts/data/us_states.py
"""

from pathlib import Path

import us

OUT = Path(__file__).resolve().parents[2] / "crates/clippings-core/data/us_states.tsv"

HEADER = """\
# US states and the District of Columbia: name, postal code, AP style abbreviation (empty where
# AP writes the name in full). Written by scripts/data/us_states.py from the `us` package
# (python-us 4.0.0, copyright Sunlight Labs, BSD-3-Clause).
"""


def main():
    states = sorted(us.STATES + [us.states.DC], key=lambda s: s.name)
    rows = []
    for state in states:
        ap = state.ap_abbr if state.ap_abbr and state.ap_abbr != state.name else ""
        rows.append(f"{state.name}\t{state.abbr}\t{ap}\n")
    OUT.write_text(HEADER + "".join(rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} states")


if __name__ == "__main__":
    main()
