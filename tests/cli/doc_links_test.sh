#!/usr/bin/env bash
# Every relative link in docs/ and the README resolves to a file or folder in the repository, and
# every in-page anchor (#heading) names a heading of the target; a repository path quoted in
# backticks (`engine/sim/step.cpp`, `docs/model.md`) exists. Web links are not fetched.
set -u
root=$1
python3 - "$root" <<'PY'
import os, re, sys
root = sys.argv[1]
files = [os.path.join(root, "README.md")]
for base, _, names in os.walk(os.path.join(root, "docs")):
    files += [os.path.join(base, n) for n in names if n.endswith(".md")]
link = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
def anchors(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            out.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return out
bad, checked = [], 0
for f in sorted(files):
    text = open(f, encoding="utf-8").read()
    text = re.sub(r"```.*?```", "", text, flags=re.S)   # code blocks are examples, not links
    for target in link.findall(text):
        if re.match(r"^[a-z]+:", target):
            continue
        checked += 1
        path, _, anchor = target.partition("#")
        resolved = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
        if not os.path.exists(resolved):
            bad.append(f"{os.path.relpath(f, root)}: link '{target}': no such file")
        elif anchor and resolved.endswith(".md") and anchor not in anchors(resolved):
            bad.append(f"{os.path.relpath(f, root)}: link '{target}': no heading '#{anchor}'")
    # Paths quoted as code: a reader will look for them.
    for quoted in re.findall(r"`((?:docs|engine|scripts|tools|tests|assets|game)/[A-Za-z0-9_./-]+)`", text):
        if any(part.split(".")[0].isupper() for part in quoted.split("/")):
            continue   # a placeholder such as scripts/scenarios/ID.lua
        checked += 1
        if not os.path.exists(os.path.join(root, quoted.rstrip("/"))):
            bad.append(f"{os.path.relpath(f, root)}: path `{quoted}`: no such file or folder")
for b in bad:
    print("FAIL:", b)
print(f"{checked} links checked in {len(files)} files, {len(bad)} broken")
sys.exit(1 if bad else 0)
PY
