"""Signs webhook requests with the twilio package's own RequestValidator, so Faro's
signature check is tested against an implementation it does not share code with.

Reads {"token": ..., "requests": [{"url": ..., "params": {...}}]} on stdin and prints the
list of X-Twilio-Signature values as JSON.
"""
import json
import sys

from twilio.request_validator import RequestValidator

request = json.load(sys.stdin)
validator = RequestValidator(request["token"])
print(json.dumps([validator.compute_signature(r["url"], r["params"]) for r in request["requests"]]))
