#!/usr/bin/env python3
"""Turn a hand-written draft annotation into a gold file of character spans.

Usage: span.py ARTICLE.txt DRAFT.json > GOLD.json

In the draft, anything with a "text" (quotes, dates, captions, boilerplate,
"headline") is located in the article and replaced by "span": [start, end]:
0-based offsets in Unicode code points into the file decoded as UTF-8, end
exclusive. A "text" that occurs more than once needs "nth" (0-based). The
gold files keep spans, not texts, so that no corpus text is copied.
"""
import json, sys

def locate(article, text, nth):
    start = -1
    for _ in range((nth or 0) + 1):
        start = article.find(text, start + 1)
        if start < 0:
            sys.exit(f"not found (nth={nth}): {text!r}")
    if nth is None and article.find(text, start + 1) >= 0:
        sys.exit(f"occurs more than once, give nth: {text!r}")
    return [start, start + len(text)]

def convert(article, value):
    if isinstance(value, dict):
        if "text" in value:
            value = dict(value)
            value["span"] = locate(article, value.pop("text"), value.pop("nth", None))
        return {k: convert(article, v) for k, v in value.items()}
    if isinstance(value, list):
        return [convert(article, v) for v in value]
    return value

article = open(sys.argv[1], encoding="utf-8").read()
draft = json.load(open(sys.argv[2], encoding="utf-8"))
print(json.dumps(convert(article, draft), indent=1, ensure_ascii=False))
