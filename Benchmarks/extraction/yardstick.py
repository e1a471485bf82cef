#!/usr/bin/env python3
"""Extraction yardstick: how much of an article an extractor keeps and how much page furniture it lets through.

For every Tests/ArticlesTests/Fixtures/pages/STEM.expect.json it extracts STEM.html (or STEM.txt with --text)
and measures, against the expectation's `html` (or `text`) side: recall, the share of the `spoken` phrases
(one from every body paragraph, list item, quote, table row, plus headline, lead and section titles) found
in the extracted text; leakage, the number of `unspoken` phrases (one from every piece of furniture: byline,
consent banner, captions, teasers, widgets, embeds, footer, comments, ...) found in it; and metadata, whether
headline, date (compared on the day) and authors match. A phrase is found when it is a case-sensitive
substring of the text after soft hyphens are removed and whitespace runs collapsed to one space. The default
extractor is trafilatura (include_comments=False, include_tables=True, default precision/recall balance; its
title is put before its text, as a reader would speak it). `--command 'CMD {file}'` scores any other
extractor whose standard output is the spoken text for {file} (metadata is then not scored, shown as "-");
such output is usually normalized (numbers as words), which is why the phrases hold no digits or symbols.
Needs Python 3.9+ and, for trafilatura, `pip install trafilatura lxml_html_clean`. Always exits 0.
"""
import argparse
import html
import json
import pathlib
import re
import shlex
import subprocess
import sys

PAGES = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "ArticlesTests" / "Fixtures" / "pages"


def squash(text):
    return re.sub(r"\s+", " ", (text or "").replace("\u00ad", "")).strip()


def text_as_html(text):
    """Plain text as a minimal page, one paragraph a line, so trafilatura can read a copied text."""
    lines = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return f"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"></head><body><article>\n{lines}</article></body></html>"


def run_trafilatura(path, as_text, favor_precision, favor_recall):
    import trafilatura

    raw = path.read_text(encoding="utf-8")
    page = text_as_html(raw) if as_text else raw
    doc = trafilatura.bare_extraction(
        page,
        url=None,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        favor_precision=favor_precision,
        favor_recall=favor_recall,
        with_metadata=True,
        deduplicate=False,
    )
    if doc is None:
        return "", {"headline": None, "date": None, "authors": []}
    if not isinstance(doc, dict):  # trafilatura >= 1.9 returns a Document
        doc = doc.as_dict()
    authors = [a.strip() for a in re.split(r";|,| und ", doc.get("author") or "") if a.strip()]
    meta = {"headline": doc.get("title"), "date": doc.get("date"), "authors": authors}
    spoken = "\n".join(part for part in (doc.get("title"), doc.get("text")) if part)
    return spoken, meta


def run_command(template, path):
    cmd = template.replace("{file}", shlex.quote(str(path)))
    try:
        out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return "", None
    if out.returncode != 0:
        print(f"warning: {cmd!r} exited {out.returncode}: {out.stderr.strip()[:200]}", file=sys.stderr)
    return out.stdout, None


def metadata_score(meta, exp):
    """Three booleans: headline, date (same day), authors (same set, order ignored)."""
    if meta is None:
        return None
    headline = squash(meta["headline"]) == squash(exp["headline"])
    want_day = (exp.get("date") or "")[:10]
    got_day = (meta["date"] or "")[:10]
    date = want_day == got_day
    authors = sorted(a.casefold() for a in exp.get("authors") or []) == sorted(a.casefold() for a in meta["authors"])
    return [headline, date, authors]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--command", help="extractor command; {file} is replaced by the fixture's path")
    ap.add_argument("--text", action="store_true", help="score the copied-text files (STEM.txt) against the text expectations")
    ap.add_argument("--precision", action="store_true", help="trafilatura with favor_precision=True")
    ap.add_argument("--recall", action="store_true", help="trafilatura with favor_recall=True")
    ap.add_argument("--pages", default=str(PAGES), help="folder holding STEM.html, STEM.txt and STEM.expect.json")
    ap.add_argument("--show", action="store_true", help="list the missed and leaked phrases under each page")
    args = ap.parse_args()

    side = "text" if args.text else "html"
    folder = pathlib.Path(args.pages)
    expectations = sorted(folder.glob("*.expect.json"))
    if not expectations:
        print(f"no *.expect.json in {folder}")
        return 0
    if args.command:
        name = args.command
    else:
        import trafilatura

        mode = "favor_precision" if args.precision else "favor_recall" if args.recall else "default"
        name = f"trafilatura {trafilatura.__version__} ({mode}, include_comments=False, include_tables=True)"
    print(f"extractor: {name}\ninput: {side} fixtures in {folder}\n")
    header = f"{'page':<26} {'recall':>14} {'leakage':>9}  metadata (headline date author)"
    print(header)
    print("-" * len(header))

    found_all = total_all = leaked_all = unspoken_all = 0
    meta_ok = [0, 0, 0]
    meta_pages = 0
    for exp_file in expectations:
        stem = exp_file.name[: -len(".expect.json")]
        exp = json.loads(exp_file.read_text(encoding="utf-8"))[side]
        source = folder / f"{stem}.{'txt' if args.text else 'html'}"
        if args.command:
            spoken, meta = run_command(args.command, source)
        else:
            spoken, meta = run_trafilatura(source, args.text, args.precision, args.recall)
        hay = squash(spoken)
        missed = [p for p in exp["spoken"] if squash(p) not in hay]
        leaked = [p for p in exp["unspoken"] if squash(p) in hay]
        found = len(exp["spoken"]) - len(missed)
        found_all += found
        total_all += len(exp["spoken"])
        leaked_all += len(leaked)
        unspoken_all += len(exp["unspoken"])
        score = metadata_score(meta, exp)
        if score is None:
            meta_text = "-"
        else:
            meta_pages += 1
            meta_ok = [a + b for a, b in zip(meta_ok, score)]
            meta_text = " ".join("yes" if ok else "no " for ok in score)
        recall = f"{found}/{len(exp['spoken'])} {100 * found / max(1, len(exp['spoken'])):5.1f}%"
        print(f"{stem:<26} {recall:>14} {len(leaked):>3}/{len(exp['unspoken']):<3}   {meta_text}")
        if args.show:
            for p in missed:
                print(f"    missed: {p}")
            for p in leaked:
                print(f"    leaked: {p}")
    print("-" * len(header))
    recall = f"{found_all}/{total_all} {100 * found_all / max(1, total_all):5.1f}%"
    meta_total = "-" if not meta_pages else " ".join(f"{n}/{meta_pages}" for n in meta_ok)
    print(f"{'total':<26} {recall:>14} {leaked_all:>3}/{unspoken_all:<3}   {meta_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
