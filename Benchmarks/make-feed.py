#!/usr/bin/env python3
"""Writes an RSS 2.0 feed of N articles (default 40) built from the seed articles, to standard output."""
import html
import pathlib
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 40
seeds = sorted(pathlib.Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
bodies = []
for seed in seeds:
    lines = [line.strip() for line in seed.read_text(encoding="utf-8").splitlines()]
    paragraphs = [line for line in lines[4:] if line and line != "Artikel anhören"]
    bodies.append("".join(
        f"<h2>{html.escape(p.lstrip('# '))}</h2>" if p.startswith("##") else f"<p>{html.escape(p)}</p>"
        for p in paragraphs))

print('<?xml version="1.0" encoding="UTF-8"?>')
print('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">')
print("<channel><title>Benchmark-Feed</title><link>https://bench.example/</link><language>de</language>")
for number in range(1, count + 1):
    body = bodies[(number - 1) % len(bodies)]
    day = 1 + (number - 1) % 28
    print(f"<item><title>Meldung {number}: Nachrichten des Tages</title><guid>bench-{number}</guid>"
          f"<link>https://bench.example/{number}.html</link>"
          f"<pubDate>{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][day % 7]}, {day:02d} Nov 2026 08:00:00 +0100</pubDate>"
          f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
print("</channel></rss>")
