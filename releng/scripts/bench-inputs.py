# The benchmarks' inputs, from the golden files (cli-bench.sh, startup-bench.sh):
#   python3 bench-inputs.py GOLDEN OUT [DOSSIERS]
# OUT: 50 ASP JSON files of 200 requests (10,000, numeroEditeur renumbered, unique across the files);
# DOSSIERS: 10 .segur dossiers of 200 BIO requests (numeroAns ANS0000000 to ANS0000009).
# Amounts keep their written form (27450.00): read as marked strings, unquoted after writing.
import glob, json, os, re, sys

golden, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
seeds = sorted(glob.glob(os.path.join(golden, "*.json")))
n = 0
for f in range(50):
    with open(seeds[f % len(seeds)], encoding="utf-8") as s:
        doc = json.load(s, parse_float=lambda x: "\u0001" + x)
    line = json.dumps(doc["lignesImport"][0], ensure_ascii=False)
    lines = []
    for r in range(200):
        n += 1
        l = json.loads(line.replace('"00001"', '"%05d"' % n).replace('-00001.', '-%05d.' % n))
        l["numLigne"] = r + 1
        lines.append(l)
    doc["lignesImport"] = lines
    text = re.sub(r'"\\u0001([^"]*)"', r"\1", json.dumps(doc, ensure_ascii=False, indent=2))
    with open(os.path.join(out, "f%02d.json" % f), "w", encoding="utf-8") as t:
        t.write(text + "\n")
if len(sys.argv) > 3:
    dossiers = sys.argv[3]
    os.makedirs(dossiers)
    text = open(os.path.join(golden, "bio-sgl-durand.segur"), encoding="utf-8").read()
    start, end = text.index('  demande "00001"'), text.rindex("}")
    body = "".join(text[start:end].replace("00001", "%05d" % n) + "\n" for n in range(1, 201))
    for d in range(10):
        head = text[:start].replace("ANS0000001", "ANS00000%02d" % d)
        with open(os.path.join(dossiers, "dossier-%02d.segur" % d), "w", encoding="utf-8") as t:
            t.write(head + body + "}\n")
