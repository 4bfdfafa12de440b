"""Cross-checks Faro's readability scores against PyPI textstat 0.7.3.

Reads JSON from stdin: [{"locale", "slug", "text", "score"}], where `text` is the guide's
body text exactly as Faro scores it and `score` is Faro's score. Prints both scores for
every guide and exits 1 if any differs by more than 1 grade (English, Flesch-Kincaid) or
5 points (Spanish, Fernandez-Huerta). textstat's rounding of intermediate averages is
turned off so that only the counting differs.
"""
import json
import sys

import textstat

TOLERANCE = {"en": 1.0, "es": 5.0}
LANG = {"en": "en_US", "es": "es"}

failed = False
textstat.set_rounding(False)
for guide in json.load(sys.stdin):
    locale = guide["locale"]
    textstat.set_lang(LANG[locale])
    if locale == "en":
        theirs = textstat.flesch_kincaid_grade(guide["text"])
    else:
        theirs = textstat.fernandez_huerta(guide["text"])
    diff = abs(theirs - guide["score"])
    ok = diff <= TOLERANCE[locale]
    failed |= not ok
    print(f"{locale}/{guide['slug']}: faro {guide['score']:.2f}  textstat {theirs:.2f}  "
          f"diff {diff:.2f} {'ok' if ok else 'TOO FAR'}")
sys.exit(1 if failed else 0)
