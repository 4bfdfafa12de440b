"""Writes src/portal/common-passwords.txt: the 30,000 most common passwords of the
zxcvbn-python 4.5.0 package (MIT, github.com/dwolfhub/zxcvbn-python), most common first,
one per line. The portal refuses any of them as a password.

    python3 -m pip install zxcvbn==4.5.0 && python3 scripts/common_passwords.py
"""
import pathlib

from zxcvbn import frequency_lists

words = frequency_lists.FREQUENCY_LISTS["passwords"]
if isinstance(words, str):
    words = words.split(",")
out = pathlib.Path(__file__).resolve().parent.parent / "src" / "portal" / "common-passwords.txt"
out.write_text("\n".join(words) + "\n", encoding="utf-8")
print(f"{out}: {len(words)} passwords")
