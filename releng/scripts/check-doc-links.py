#!/usr/bin/env python3
"""Checks the relative links and images of README.md and docs/*.md: each target file exists, and each
#anchor names a heading of its file (GitHub's anchor rule). Prints the broken ones; exit 1 when any."""
import pathlib, re, sys, unicodedata

root = pathlib.Path(__file__).resolve().parents[2]
link = re.compile(r'!?\[[^\]]*\]\(([^)\s]+)\)')

def anchors(path):
    found, fence = set(), False
    for line in path.read_text(encoding='utf-8').splitlines():
        if line.startswith('```'):
            fence = not fence
        m = None if fence else re.match(r'#+\s+(.*)', line)
        if m:
            text = m.group(1).strip().lower()
            text = ''.join(c for c in text if c.isalnum() or c in ' -_' or unicodedata.category(c).startswith('L'))
            found.add(text.replace(' ', '-'))
    return found

broken = []
for doc in [root / 'README.md', *sorted((root / 'docs').glob('**/*.md'))]:
    text, fence = [], False
    for line in doc.read_text(encoding='utf-8').splitlines():
        if line.startswith('```'):
            fence = not fence
        elif not fence:
            text.append(line)
    for target in link.findall('\n'.join(text)):
        if re.match(r'[a-z]+:', target):
            continue
        name, _, anchor = target.partition('#')
        path = (doc.parent / name).resolve() if name else doc
        if not path.exists():
            broken.append(f'{doc.relative_to(root)}: {target}: no such file')
        elif anchor and path.suffix == '.md' and anchor not in anchors(path):
            broken.append(f'{doc.relative_to(root)}: {target}: no such heading')
print('\n'.join(broken) or 'all links resolve')
sys.exit(1 if broken else 0)
