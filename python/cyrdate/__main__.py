"""``python -m cyrdate``: the CLI's ``parse``, ``extract`` and ``normalise`` from Python.

    python -m cyrdate extract --now 2025-09-07T12:00:00+03:00 samples/lenta_ua_page.txt

``extract`` prints ``start<TAB>end<TAB>value<TAB>text`` per match with byte
offsets, as the Rust CLI does; files are read whole (use the Rust CLI for
files larger than memory).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from . import Context, ParseError


def _args(argv: list[str] | None) -> argparse.Namespace:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--now", type=datetime.fromisoformat, help="reference instant, RFC 3339 (default: now)")
    common.add_argument("--tz", default="Europe/Kyiv", help="output IANA zone (default Europe/Kyiv)")
    common.add_argument("--prefer", default="past", choices=["past", "future", "nearest"])
    common.add_argument("--disambiguation", default="compatible", choices=["compatible", "earlier", "later", "reject"])
    ap = argparse.ArgumentParser(prog="python -m cyrdate", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", parents=[common], help="each TEXT is one whole date expression")
    p.add_argument("texts", nargs="+", metavar="TEXT")
    for name in ("extract", "normalise"):
        s = sub.add_parser(name, parents=[common])
        s.add_argument("files", nargs="*", metavar="FILE", help="default: standard input")
        if name == "normalise":
            s.add_argument("--format", default="iso", choices=["iso", "annotate"])
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    ctx = Context(now=args.now, tz=args.tz, prefer=args.prefer, disambiguation=args.disambiguation)
    status = 0
    if args.command == "parse":
        for text in args.texts:
            try:
                print(ctx.parse(text).value)
            except ParseError as e:
                print(f"cyrdate: {text!r}: {e}", file=sys.stderr)
                status = 1
        return status
    out = sys.stdout.buffer
    for path in args.files or ["-"]:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
        if args.command == "extract":
            for m in ctx.extract(data):
                line = m.text.replace("\n", " ").replace("\r", " ").replace("\t", " ")
                out.write(f"{m.start}\t{m.end}\t{m.parsed.value}\t{line}\n".encode())
        else:
            out.write(ctx.normalise(data, args.format))
    out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
