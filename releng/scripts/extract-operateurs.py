#!/usr/bin/env python3
"""Extracts the messaging-operator code list (seed §4) from the text of seeds 002 and 003.

Usage: extract-operateurs.py SEED_002.txt SEED_003.txt > operateurs-messagerie.tsv
Both lists must be identical (355 codes); the MDV seed (004) is an OCR-damaged copy and is not read.
Codes are kept exactly (`CH _20` has a space, `HÔP_302` a non-ASCII letter); labels are printed with
SQL-escaped apostrophes in the seeds (`D''ORLEANS`), which are unescaped here.
"""
import re
import sys

CODE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý.\- ]{1,3}_\d{1,3})(?: (.*))?$")


def extract(path):
    text = open(path, encoding="utf-8").read()
    section = text[text.index("4 LISTE DES VALEURS PERMISES"):]
    entries, pending = [], None
    for raw in section.splitlines():
        line = raw.strip()
        if not line or line.startswith(("Code à saisir", "Documentation technique", "C2 –", "Systèmes ")) or line.isdigit():
            continue
        if "[DTJSONAVANCE" in line or line.startswith("4 LISTE") or line == "DE MESSAGERIE":
            continue
        m = CODE.match(line)
        if m and int(m.group(1).split("_")[-1]) == len(entries) + (2 if pending else 1):
            if pending:
                entries.append(pending)
            pending = [m.group(1), (m.group(2) or "").strip()]
            if pending[1] == "":
                pending[1] = None
            continue
        if pending and (pending[1] is None or not line[0].isdigit()):
            pending[1] = line if pending[1] is None else pending[1] + " " + line
    if pending:
        entries.append(pending)
    return [(c, re.sub(r"\s+", " ", l).replace("''", "'").strip()) for c, l in entries]


a, b = extract(sys.argv[1]), extract(sys.argv[2])
if a != b:
    for x, y in zip(a, b):
        if x != y:
            sys.exit(f"seeds differ: {x} / {y}")
    sys.exit(f"seeds differ in length: {len(a)} / {len(b)}")
if len(a) != 355 or [int(c.split("_")[-1]) for c, _ in a] != list(range(1, 356)):
    sys.exit(f"expected codes 1..355, got {len(a)}")
print("# Messaging operators (« opérateur de messagerie sécurisée de santé »), seed 002 §4 = seed 003 §4.")
print("# code<TAB>label; codes are exact strings (spaces, dots, hyphen and Ô included).")
for code, label in a:
    print(f"{code}\t{label}")
