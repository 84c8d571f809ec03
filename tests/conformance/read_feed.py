# SPDX-License-Identifier: MIT
"""Read a feed with python3-feedparser and print what it understood, as JSON.

Usage: read_feed.py atom FILE

Prints {"version", "bozo", "bozo_exception", "feed": {...}, "entries": [...]}
with every date as feedparser parsed it, written back as RFC 3339 UTC
("2026-11-18T11:58:00Z"), so the caller compares dates, not spellings.
Exit codes: 0 read (bozo or not), 77 feedparser missing. (Debian 12's
feedparser has no JSON Feed reader; JSON Feeds are checked against
jsonfeed-1.1.schema.json with validate_schema.py instead.)
"""

import json
import sys
import time

SKIP = 77

try:
    import feedparser
except ImportError:
    print("SKIP: python3-feedparser is not installed (apt install python3-feedparser)")
    sys.exit(SKIP)


def date(parsed):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def links(item):
    return [{"rel": link.get("rel"), "href": link.get("href"), "type": link.get("type")}
            for link in item.get("links", [])]


def main(argv):
    if len(argv) != 3 or argv[1] != "atom":
        print(__doc__.strip())
        return 2
    name = argv[2]
    headers = {"content-type": "application/atom+xml"}

    result = feedparser.parse(name, response_headers=headers)
    entries = []
    for entry in result.entries:
        content = entry.get("content") or []
        entries.append({
            "id": entry.get("id"),
            "title": entry.get("title"),
            "summary": entry.get("summary"),
            "link": entry.get("link"),
            "links": links(entry),
            "published": date(entry.get("published_parsed")),
            "updated": date(entry.get("updated_parsed")),
            "author": entry.get("author"),
            "content": content[0].get("value") if content else None,
            "tags": [{"term": tag.get("term"), "scheme": tag.get("scheme"),
                      "label": tag.get("label")} for tag in entry.get("tags", [])],
        })
    feed = result.feed
    print(json.dumps({
        "version": result.get("version"),
        "bozo": bool(result.get("bozo")),
        "bozo_exception": str(result.get("bozo_exception") or ""),
        "feed": {
            "id": feed.get("id"),
            "title": feed.get("title"),
            "link": feed.get("link"),
            "links": links(feed),
            "updated": date(feed.get("updated_parsed")),
            "language": feed.get("language"),
        },
        "entries": entries,
    }, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
