#!/usr/bin/env python3
"""Checks the screenshots of `keystone --autoplay N --screenshot-dir DIR --quit`: each required
panel has a BMP, none is blank (more than --min-colours distinct colours), and no two panels
look identical (each shot really shows a different view). Optional shots are checked only when
present (the event modal exists only when the scenario has an event for the player's role).
With --clip-report FILE (the client's clipped.txt), every line in it fails: text that does not
fit its window at that size and UI scale."""

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
    parser.add_argument("--clip-report", help="the client's clipped.txt; any line in it fails")
    parser.add_argument("--known-clipping", help="file of 'SIZE SHOT WINDOW' lines that are reported, not failed")
    parser.add_argument("--size", default="", help="the window size of this run, for --known-clipping")
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

    if args.clip_report:
        if not os.path.exists(args.clip_report):
            failures.append(f"no clip report at {args.clip_report}")
        else:
            known = []
            if args.known_clipping:
                with open(args.known_clipping, encoding="utf-8") as listing:
                    for entry in listing:
                        fields = entry.split(None, 2)
                        if len(fields) == 3 and not entry.startswith("#") and fields[0] == args.size:
                            known.append((fields[1], fields[2].strip()))
            with open(args.clip_report, encoding="utf-8") as report:
                for line in report:
                    line = line.strip()
                    if not line:
                        continue
                    shot, _, rest = line.partition(": window '")
                    window = rest.split("'")[0]
                    # "Name###id/child_1A2B3C" -> "###id/child": the id part stays the same in any language
                    window_id = window[window.find("###"):] if "###" in window else window
                    window_id = "/".join(part.rsplit("_", 1)[0] if "_" in part and i > 0 else part
                                         for i, part in enumerate(window_id.split("/")))
                    if any(shot == k_shot and window_id == k_window for k_shot, k_window in known):
                        print("known clipping: " + line)
                    else:
                        failures.append("clipped: " + line)

    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
