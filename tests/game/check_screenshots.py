#!/usr/bin/env python3
"""Checks the screenshots of `keystone --autoplay N --screenshot-dir DIR --quit`: each required
panel has a BMP, none is blank (more than --min-colours distinct colours), and no two panels
look identical (each shot really shows a different view). Optional shots are checked only when
present (the event modal exists only when the scenario has an event for the player's role)."""

import argparse
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bmp_tools import distinct_colours, read_bmp  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--required", nargs="+", default=[])
    parser.add_argument("--optional", nargs="*", default=[])
    parser.add_argument("--min-colours", type=int, default=200)
    args = parser.parse_args()

    failures = []
    digests = {}
    for name in args.required + args.optional:
        path = os.path.join(args.directory, name + ".bmp")
        if not os.path.exists(path):
            if name in args.required:
                failures.append(f"{name}: missing {path}")
            continue
        try:
            width, height, rows = read_bmp(path)
        except ValueError as error:
            failures.append(f"{name}: {error}")
            continue
        colours = distinct_colours(rows)
        print(f"{name}: {width}x{height}, {colours} colours")
        if width < 320 or height < 200:
            failures.append(f"{name}: too small ({width}x{height})")
        if colours <= args.min_colours:
            failures.append(f"{name}: looks blank ({colours} colours, need more than {args.min_colours})")
        digest = hashlib.sha1(b"".join(rows)).hexdigest()
        if digest in digests:
            failures.append(f"{name}: identical to {digests[digest]}")
        digests[digest] = name

    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
