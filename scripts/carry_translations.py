#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carry translations over from an older copy of a .ts file into a regenerated one.

Usage: scripts/carry_translations.py OLD.ts NEW.ts [--dry-run]
       scripts/carry_translations.py --self-test

When a string moves to another context (a class is renamed, a free helper becomes a
Q_DECLARE_TR_FUNCTIONS class), lupdate -no-obsolete drops its translation and adds it again
as unfinished under the new context. Run lupdate on a copy, then this script: every unfinished
message of NEW.ts whose source text (and disambiguation comment, and numerus flag) has a
finished translation in OLD.ts gets that translation, taken from the same context when it
exists there, else from any context (the most frequent translation of that source). Numerus
messages are carried with all their plural forms. NEW.ts is rewritten in place, keeping
lupdate's layout; messages with no old translation stay unfinished. Prints what it did.
"""

import collections
import os
import re
import shutil
import sys
import tempfile

CONTEXT = re.compile(r"<context>(.*?)</context>", re.S)
NAME = re.compile(r"<name>(.*?)</name>", re.S)
MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)",
                         re.S)
FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)


def _key(attrs, body):
    """(source, comment, numerus) of a message, as raw (escaped) XML text."""
    source = SOURCE.search(body)
    comment = COMMENT.search(body)
    return (source.group(1) if source else "", comment.group(1) if comment else "",
            'numerus="yes"' in attrs)


def _finished(body):
    """The raw inner XML of a finished, non-empty translation, else None."""
    t = TRANSLATION.search(body)
    if not t or "type=" in t.group("attrs") or t.group("body") is None:
        return None
    inner = t.group("body")
    forms = FORM.findall(inner)
    if "<numerusform" in inner:
        return inner if forms and all(f.strip() for f in forms) else None
    return inner if inner.strip() else None


def read_translations(text):
    """Old translations: by (context, key) and, as lists in file order, by key alone."""
    exact, anywhere = {}, collections.defaultdict(list)
    for context in CONTEXT.finditer(text):
        name = NAME.search(context.group(1)).group(1)
        for m in MESSAGE.finditer(context.group(1)):
            inner = _finished(m.group("body"))
            if inner is None:
                continue
            key = _key(m.group("attrs"), m.group("body"))
            exact[(name, key)] = inner
            anywhere[key].append(inner)
    return exact, anywhere


def carry(old_text, new_text):
    """Returns (new text, carried from the same context, carried from another, left)."""
    exact, anywhere = read_translations(old_text)
    counts = collections.Counter()

    def fill_message(name, m):
        body = m.group("body")
        t = TRANSLATION.search(body)
        if not t or 'type="unfinished"' not in t.group("attrs"):
            return m.group(0)
        key = _key(m.group("attrs"), body)
        inner = exact.get((name, key))
        if inner is not None:
            counts["same"] += 1
        elif anywhere.get(key):
            inner = collections.Counter(anywhere[key]).most_common(1)[0][0]
            counts["other"] += 1
        else:
            counts["left"] += 1
            return m.group(0)
        attrs = t.group("attrs").replace(' type="unfinished"', "")
        body = body[:t.start()] + f"<translation{attrs}>{inner}</translation>" + body[t.end():]
        return f"<message{m.group('attrs')}>{body}</message>"

    def fill_context(c):
        name = NAME.search(c.group(1)).group(1)
        inner = MESSAGE.sub(lambda m: fill_message(name, m), c.group(1))
        return f"<context>{inner}</context>"

    result = CONTEXT.sub(fill_context, new_text)
    return result, counts["same"], counts["other"], counts["left"]


_OLD = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ps</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Offen</translation>
    </message>
</context>
<context>
    <name>ps::Cells</name>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
</TS>
"""

_NEW = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ps::Cells</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform>%n Zeile</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def self_test():
    text, same, other, left = carry(_OLD, _NEW)
    ok = ((same, other, left) == (1, 1, 1) and "<translation>Bezeichnung</translation>" in text
          and "<numerusform>%n Zeilen</numerusform>" in text
          and '<translation type="unfinished"></translation>' in text)
    print("self-test passed" if ok else f"self-test failed: {(same, other, left)}\n{text}")
    return 0 if ok else 1


def main(argv):
    args = [a for a in argv[1:] if a != "--dry-run"]
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 1
    with open(args[0], encoding="utf-8") as f:
        old_text = f.read()
    with open(args[1], encoding="utf-8") as f:
        new_text = f.read()
    text, same, other, left = carry(old_text, new_text)
    print(f"{args[1]}: {same} carried from the same context, {other} from another context, "
          f"{left} still unfinished")
    if "--dry-run" not in argv:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", delete=False,
                                         dir=os.path.dirname(os.path.abspath(args[1]))) as f:
            f.write(text)
        shutil.copymode(args[1], f.name)
        os.replace(f.name, args[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
