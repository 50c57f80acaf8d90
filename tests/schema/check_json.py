#!/usr/bin/env python3
"""Validates readoutdiff's JSON outputs against the schemas in schema/
(JSON Schema draft 2020-12, with Debian's python3-jsonschema).

Usage: check_json.py [--strict] [--unparsable-other] [--as compare|series|summary] FILE...
With --strict, an object may hold only the properties its schema lists
(the published schemas allow more, since fields may be added): a field the
tool writes and the schema does not describe is an error, so the schemas
keep up with the JSON. With --unparsable-other, a file that is not JSON
at all (one a test damaged on purpose) counts as "other", not as invalid.
Without --as, each file is told by its name and content: a summary.jsonl
(the name batch gives it) is checked line by line against
summary-line.schema.json, any other .jsonl (a baseline a test wrote by hand)
is "other";
an object with "kind": "series" against series-report.schema.json; one with
"schema_version" and "alignment" against compare-report.schema.json. Any
other JSON (a gold file, a package.json) is none of readoutdiff's reports and
is counted as "other". Prints one line per invalid document (file, where, what)
and a last line "json N valid, M invalid, K other"; exits 1 when any is invalid
or unreadable, 2 when jsonschema is missing.
"""
import hashlib
import json
import os
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("check_json.py: python3-jsonschema is not installed (make test-deps installs it)")
    sys.exit(2)

SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schema")
FILES = {"compare": "compare-report.schema.json", "series": "series-report.schema.json", "summary": "summary-line.schema.json"}


def closed(node, partial=False):
    """Marks every object schema of node as closed (unevaluatedProperties:
    false, which sees the properties its if/then branches evaluate). A
    then/else branch is part of its parent's object, not an object of its
    own; an if or not only tests, so nothing under them is closed."""
    if isinstance(node, list):
        for item in node:
            closed(item)
        return
    if not isinstance(node, dict):
        return
    if "properties" in node and not partial and "unevaluatedProperties" not in node and "additionalProperties" not in node:
        # additionalProperties is much faster to check; only an object with
        # if/then/else branches needs unevaluatedProperties to see theirs.
        branches = any(key in node for key in ("then", "else", "allOf", "anyOf", "oneOf", "$ref"))
        node["unevaluatedProperties" if branches else "additionalProperties"] = False
    for key, value in node.items():
        if key in ("if", "not"):
            continue
        if key == "properties":
            for property_schema in value.values():
                closed(property_schema)
        else:
            closed(value, partial=key in ("then", "else"))


def validators(strict):
    out = {}
    for kind, name in FILES.items():
        with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        if strict:
            closed(schema)
        out[kind] = Draft202012Validator(schema)
    return out


def kind_of(document):
    if isinstance(document, dict):
        if document.get("kind") == "series":
            return "series"
        if "schema_version" in document and "alignment" in document:
            return "compare"
    return None


def problems(validator, document):
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        yield "%s: %s" % (where, error.message[:300])


def judge(check, source, kind, lenient):
    """("valid" | "invalid" | "other", the problems, each after the document's name)."""
    try:
        document = json.loads(source)
    except ValueError as e:
        return ("other", []) if lenient else ("invalid", [": not JSON: %s" % e])
    kind = kind or kind_of(document)
    if kind is None:
        return "other", []
    found = [" (%s): %s" % (kind, p) for p in problems(check[kind], document)]
    return ("invalid" if found else "valid"), found


def main(argv):
    strict = len(argv) > 1 and argv[1] == "--strict"
    if strict:
        argv = argv[1:]
    lenient = len(argv) > 1 and argv[1] == "--unparsable-other"
    if lenient:
        argv = argv[1:]
    forced = None
    if len(argv) > 2 and argv[1] == "--as":
        forced, argv = argv[2], argv[2:]
    check = validators(strict)
    valid = invalid = other = 0
    # A document met again (the same report written by two runs) is counted
    # with its first verdict, not checked twice.
    seen = {}
    for path in argv[1:]:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            print("%s: unreadable: %s" % (path, e))
            invalid += 1
            continue
        if forced is None and path.endswith(".jsonl") and os.path.basename(path) != "summary.jsonl":
            other += 1
            continue
        if forced == "summary" or (forced is None and path.endswith(".jsonl")):
            documents = []
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    documents.append(("%s:%d" % (path, n), line, "summary"))
        else:
            documents = [(path, text, forced)]
        for name, source, kind in documents:
            key = (kind, hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest())
            if key not in seen:
                seen[key] = judge(check, source, kind, lenient)
            verdict, found = seen[key]
            valid += verdict == "valid"
            invalid += verdict == "invalid"
            other += verdict == "other"
            for p in found[:5]:
                print("%s%s" % (name, p))
    print("json %d valid, %d invalid, %d other" % (valid, invalid, other))
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
