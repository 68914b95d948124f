#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check Qt .ts translation files for unfinished messages and broken placeholders.

Usage: scripts/check_translations.py [FILE.ts ...]   (default: translations/*.ts)
       scripts/check_translations.py --self-test

Reports one problem per line as FILE:LINE: message, and exits 1 when any is found:
- a message that is unfinished (type="unfinished") or has an empty translation
  (or an empty plural form);
- a translation whose placeholders (%1..%99, %n, %Ln, %L1...) differ from the source's;
- a translation with a different number of keyboard accelerators (&X) than the source;
- a translation that drops or adds a trailing newline of the source.
Obsolete and vanished messages are ignored. Exit status 2: a file is unreadable or not XML.
"""

import glob
import os
import re
import sys
import tempfile
import xml.sax

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def accelerators(text):
    # "&&" is a literal ampersand; drop those before counting single "&".
    return len(ACCELERATOR.findall(text.replace("&&", "")))


class _Reader(xml.sax.ContentHandler):
    """Collects messages as dicts: source, forms (list), type, line."""

    def __init__(self):
        super().__init__()
        self.messages = []
        self._locator = None
        self._message = None
        self._element = None
        self._text = []
        self._context = ""

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startElement(self, name, attrs):
        if name == "message":
            self._message = {
                "line": self._locator.getLineNumber(),
                "numerus": attrs.get("numerus") == "yes",
                "source": "",
                "forms": [],
                "type": "",
                "context": self._context,
            }
        elif name in ("source", "translation", "numerusform", "name"):
            self._element = name
            self._text = []
            if name == "translation" and self._message is not None:
                self._message["type"] = attrs.get("type", "")
                self._message["tline"] = self._locator.getLineNumber()

    def characters(self, content):
        if self._element:
            self._text.append(content)

    def endElement(self, name):
        text = "".join(self._text)
        if name == "name" and self._message is None:
            self._context = text
        elif self._message is not None:
            if name == "source":
                self._message["source"] = text
            elif name == "numerusform":
                self._message["forms"].append(text)
            elif name == "translation" and not self._message["numerus"]:
                self._message["forms"].append(text)
            elif name == "message":
                self.messages.append(self._message)
                self._message = None
        if name in ("source", "translation", "numerusform", "name"):
            self._element = None
            self._text = []


def problems(path):
    """Yields (line, text) for every problem in one .ts file."""
    reader = _Reader()
    xml.sax.parse(path, reader)
    for m in reader.messages:
        if m["type"] in ("obsolete", "vanished"):
            continue
        line = m.get("tline", m["line"])
        src = m["source"]
        where = f'[{m["context"]}] "{src[:60]}"'
        if m["type"] == "unfinished":
            yield line, f"unfinished translation of {where}"
            continue
        if not m["forms"] or any(not f.strip() for f in m["forms"]):
            yield line, f"empty translation of {where}"
            continue
        for form in m["forms"]:
            want, got = placeholders(src), placeholders(form)
            if want != got:
                yield line, (f"placeholders of {where} are {' '.join(want) or 'none'}, "
                             f"the translation has {' '.join(got) or 'none'}")
            if accelerators(form) != accelerators(src):
                yield line, (f"{where} has {accelerators(src)} accelerator(s) (&), "
                             f"the translation {accelerators(form)}")
            if src.endswith("\n") != form.endswith("\n"):
                yield line, f"the trailing newline of {where} differs in the translation"


def check(paths, out=sys.stdout):
    """Returns the number of problems found, printing each as FILE:LINE: text."""
    count = 0
    for path in paths:
        try:
            for line, text in problems(path):
                print(f"{path}:{line}: {text}", file=out)
                count += 1
        except (OSError, xml.sax.SAXException) as error:
            print(f"{path}: cannot be read as a .ts file: {error}", file=sys.stderr)
            raise SystemExit(2)
    return count


_SELF_TEST_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ps</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
</context>
</TS>
"""


def self_test():
    """Checks the checker on a file with one good message and four known problems."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "sample.ts")
        with open(path, "w", encoding="utf-8") as f:
            f.write(_SELF_TEST_TS)
        found = list(problems(path))
    lines = [line for line, _ in found]
    expected = [12, 16, 20, 24]
    if lines != expected:
        print(f"self-test failed: problems on lines {lines}, expected {expected}: {found}")
        return 1
    print("self-test passed")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if any(a.startswith("-") for a in argv[1:]):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 1
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = argv[1:] or sorted(glob.glob(os.path.join(root, "translations", "*.ts")))
    if not paths:
        print("no .ts files to check", file=sys.stderr)
        return 1
    count = check(paths)
    if count:
        print(f"{count} problem(s) in {len(paths)} file(s)", file=sys.stderr)
        return 1
    print(f"{len(paths)} file(s) checked, no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
