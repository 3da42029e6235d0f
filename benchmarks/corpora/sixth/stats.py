"""Print the counts of a generated corpus F (python stats.py OUTDIR) as Markdown."""

import collections
import json
import sys
from pathlib import Path

labels = json.loads((Path(sys.argv[1]) / "labels.json").read_text(encoding="utf-8"))
fmt = collections.Counter(lab["file"].rsplit(".", 1)[1].upper() for lab in labels)
kinds = collections.Counter(lab["kind"] for lab in labels)
att = collections.Counter(lab["attribute"] for lab in labels)
types = collections.Counter((i["type"], i["expect"]) for lab in labels for i in lab["items"])
exp = collections.Counter(i["expect"] for lab in labels for i in lab["items"])
print(f"{len(labels)} documents ({', '.join(f'{n} {f}' for f, n in fmt.most_common())}), "
      f"{len(kinds)} kinds, {sum(exp.values())} labelled values ({exp['redact']} redact, {exp['keep']} keep); "
      f"attributes: {', '.join(f'{a} {n}' for a, n in att.most_common())}; "
      f"{sum(1 for lab in labels if lab['marking'])} documents with a state-secret marking.")
print()
print("| kind | documents |\n|---|---|")
for k, n in kinds.most_common():
    print(f"| {k} | {n} |")
print()
print("| type | expect | values |\n|---|---|---|")
for (t, e), n in sorted(types.items(), key=lambda x: (x[0][1] != "redact", -x[1])):
    print(f"| {t} | {e} | {n} |")
