#!/usr/bin/env python3
"""The shortest time between two transitions of any zone, from 1970 to 2101
(the table of src/resolve/offsets.rs, with its margins), in the tz data that chrono-tz compiles in (the version in Cargo.lock).

src/resolve/offsets.rs probes chrono-tz once a day and relies on this figure
being well above a day; its test `tz_release_of_the_measurement` pins the tz
release it was measured in. Run this again when chrono-tz is upgraded.

    python3 tools/tz_shortest_span.py
"""
import json
import pathlib
import re
import subprocess

meta = json.loads(subprocess.check_output(["cargo", "metadata", "--format-version", "1", "--locked"]))
pkg = next(p for p in meta["packages"] if p["name"] == "chrono-tz")
src = pathlib.Path(pkg["manifest_path"]).parent / "src" / "prebuilt"
version = re.search(r'IANA_TZDB_VERSION: &str = "([^"]+)"', (src / "directory.rs").read_text()).group(1)
data = (src / "timezones.rs").read_text()
zones = re.findall(r"Tz::(\w+) => \{\s*const REST: &\[\(i64, FixedTimespan\)\] = &\[(.*?)\];", data, re.S)
# 1969-12-30 and 2101-11-08 (124 chunks of 2^25 s and two days), UTC seconds
FIRST, LAST = -2 * 86400, 124 * 2**25 + 2 * 86400
shortest = []
for name, body in zones:
    starts = [int(t) for t in re.findall(r"\((-?\d+), FixedTimespan", body)]
    for a, b in zip(starts, starts[1:]):
        if b >= FIRST and a < LAST:
            shortest.append((b - a, name.replace("__", "/"), a))
shortest.sort()
gap, name, at = shortest[0]
print(f"chrono-tz {pkg['version']}, tz {version}, {len(zones)} zones: "
      f"shortest span 1970-2101 {gap} s ({gap / 86400:.1f} days), {name} from {at}")
