"""Writes sv-frequencies.txt.gz: how common each Swedish word form is that OCR can confuse with
another once å, ä and ö lose their marks (every form of sv-words.txt.gz with such a letter, and
every form of sv-twins.txt), from wordfreq's Swedish list.

Usage: python3 make-frequencies.py LARGE_SV_MSGPACK_GZ
(the file `wordfreq/data/large_sv.msgpack.gz` of the wordfreq package; reading it needs msgpack).
"""

import gzip
import sys
from pathlib import Path

import msgpack

here = Path(__file__).parent
buckets = msgpack.unpackb(gzip.open(sys.argv[1]).read(), raw=False)
if buckets[0].get("format") != "cB":
    sys.exit("not a wordfreq cB list")
# Bucket i holds the words whose frequency is 10^(-i/100): i is in centibels.
centibels = {}
for cb, words in enumerate(buckets[1:]):
    for word in words:
        centibels.setdefault(word, cb)
forms = gzip.open(here / "sv-words.txt.gz").read().decode().split()
twins = set((here / "sv-twins.txt").read_text().split())
kept = sorted(
    w for w in forms if w in centibels and (w in twins or any(c in w for c in "åäö"))
)
text = "".join(f"{w}\t{centibels[w]}\n" for w in kept)
with open(here / "sv-frequencies.txt.gz", "wb") as out:
    out.write(gzip.compress(text.encode(), compresslevel=9, mtime=0))
print(f"{len(kept)} forms")
