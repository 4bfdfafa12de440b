#!/usr/bin/env python3
"""Requests every load-test path once and fails unless each is a real answer.

usage: preflight.py BASE_URL API_PATHS HTML_PATHS

wrk only counts statuses outside 2xx/3xx; this pass demands exactly 200 everywhere, JSON
results from the API, and a results section (not an error box) on the HTML page, so that
the load runs measure searches and not error pages.
"""

import http.client
import json
import sys
from urllib.parse import urlsplit


def fetch_all(conn, paths, check):
    empty = 0
    for path in paths:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            sys.exit(f"preflight: {path} answered {response.status}: {body[:300]!r}")
        empty += check(path, body)
    return empty


def api_check(path, body):
    answer = json.loads(body)
    if "results" not in answer or "total" not in answer:
        sys.exit(f"preflight: {path} is not a search response: {body[:300]!r}")
    return answer["total"] == 0


def html_check(path, body):
    page = body.decode("utf-8")
    if '<section id="results"' not in page or 'class="error"' in page:
        sys.exit(f"preflight: {path} is not a results page")
    return 'id="no-results"' in page


def main():
    base, api_file, html_file = sys.argv[1:4]
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    api = [p for p in open(api_file).read().splitlines() if p]
    html = [p for p in open(html_file).read().splitlines() if p]
    api_empty = fetch_all(conn, api, api_check)
    html_empty = fetch_all(conn, html, html_check)
    print(f"preflight: {len(api)} API searches answered 200 ({api_empty} with no results); "
          f"{len(html)} HTML search pages answered 200 with a results section "
          f"({html_empty} with no results)")


if __name__ == "__main__":
    main()
