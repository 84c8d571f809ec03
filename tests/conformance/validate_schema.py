# SPDX-License-Identifier: MIT
"""Validate JSON files against a JSON Schema with python3-jsonschema: ninjs
against the IPTC ninjs schema, JSON Feeds against jsonfeed-1.1.schema.json.

Usage: validate_schema.py SCHEMA FILE...

Uses the validator for the draft the schema declares in "$schema" and checks
the "date-time" and "uri" formats. Prints one line per error,
"FILE: $.json.path: message", then a summary line.
Exit codes: 0 all valid, 1 some file invalid, 77 the check cannot run here
(jsonschema missing, or the schema's draft unknown to it).
"""

import json
import re
import sys
from datetime import datetime

SKIP = 77

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed (apt install python3-jsonschema)")
    sys.exit(SKIP)

# RFC 3339 section 5.6, which JSON Schema's "date-time" format names.
DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
# RFC 3986 absolute URI: a scheme, then only characters a URI may hold,
# with every "%" starting a two-digit escape.
URI = re.compile(
    r"^[A-Za-z][A-Za-z0-9+.-]*:"
    r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")


def is_date_time(value):
    if not isinstance(value, str):
        return True
    match = DATE_TIME.match(value)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    try:
        datetime(year, month, day)
    except ValueError:
        return False
    return hour < 24 and minute < 60 and second <= 60


def is_uri(value):
    return not isinstance(value, str) or bool(URI.match(value))


def format_checker():
    checker = jsonschema.FormatChecker()
    # Debian's python3-jsonschema checks these two formats only when the
    # optional rfc3339-validator and rfc3987 modules are there; without
    # them it would pass any string, so the standard rules are added here.
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(is_date_time)
    if "uri" not in checker.checkers:
        checker.checks("uri")(is_uri)
    return checker


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += "[%d]" % part if isinstance(part, int) else "." + str(part)
    return path


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 2
    with open(argv[1], encoding="utf-8") as file:
        schema = json.load(file)
    validator_class = jsonschema.validators.validator_for(schema, default=None)
    if validator_class is None:
        print("SKIP: this python3-jsonschema does not know the schema's draft %s"
              % schema.get("$schema"))
        return SKIP
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=format_checker())

    invalid = 0
    for name in argv[2:]:
        try:
            with open(name, encoding="utf-8") as file:
                document = json.load(file)
        except (OSError, ValueError) as error:
            print("%s: $: not readable JSON: %s" % (name, error))
            invalid += 1
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            print("%s: %s: %s" % (name, json_path(error), error.message))
        if errors:
            invalid += 1
    print("%d of %d files valid against %s (%s)"
          % (len(argv) - 2 - invalid, len(argv) - 2, argv[1], validator_class.__name__))
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
