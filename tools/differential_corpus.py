"""Writes the differential corpus (see tools/differential.sh) into a folder:
literals.txt (every string literal of tests/*.rs and every input of
tests/corpus/*.txt, one per line), the pages, a soup of their words, and
random bytes. Deterministic: the same tree gives the same files."""
import glob
import os
import random
import re
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def unescape(s):
    def rep(m):
        t = m.group(1)
        if t.startswith("u{"):
            n = int(t[2:-1], 16)
            return chr(n) if n < 0x110000 and not 0xD800 <= n < 0xE000 else ""
        return {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "r": "\r", "0": "\0", "'": "'"}.get(t, t)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|.)", rep, s)


lits = []
for f in sorted(glob.glob("tests/*.rs")) + sorted(glob.glob("src/**/*.rs", recursive=True)):
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', open(f, encoding="utf-8").read()):
        lits.append(unescape(m.group(1)))
for f in sorted(glob.glob("tests/corpus/*.txt")):
    for line in open(f, encoding="utf-8"):
        if "\t" in line and not line.startswith("#"):
            lits.append(unescape(line.split("\t", 1)[0]))
lits = [l.replace("\n", " ") for l in lits if l.strip()]
with open(os.path.join(out, "literals.txt"), "w", encoding="utf-8") as w:
    w.write("\n".join(lits) + "\n")

pages = ["samples/lenta_ua_page.txt"] + sorted(glob.glob("tests/data/*.txt"))
text = ""
for p in pages:
    t = open(p, encoding="utf-8").read()
    text += t
    with open(os.path.join(out, "page_" + os.path.basename(p)), "w", encoding="utf-8") as w:
        w.write(t)

rng = random.Random(7)
words = (text + " " + " ".join(lits)).split()
seps = [" ", " ", " ", ", ", ". ", "\n", " - ", "\u00a0", ": ", " в ", " о ", " с ", " по "]
with open(os.path.join(out, "soup.txt"), "w", encoding="utf-8") as w:
    w.write("".join(rng.choice(words) + rng.choice(seps) for _ in range(300_000)))
with open(os.path.join(out, "random.bin"), "wb") as w:
    w.write(bytes(rng.getrandbits(8) for _ in range(300_000)))
