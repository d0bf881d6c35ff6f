#!/usr/bin/env python3
"""Extracts the Criminal Code's article index from the Kazakh text of the Code.

Usage: scripts/extract-code-index.py KAZ_81097_MD [--commit SHA] > rules/code-index.json

KAZ_81097_MD is `kaz/81097.md` of the public repository quyse/kz-laws (the Criminal Code of
3 July 2014 No. 226-V as the official bank of legal texts published it), at the commit given
(default: the January-2022 text). The script reads only the structure of the text, never its
wording:

- an article is a Markdown heading `N-бап.` or `N-M-бап.` (a dash article);
- its parts are the paragraphs that open with `N.` (dash parts `N-M.` are listed apart), up to
  the article's own notes (`Ескертпе`, `Ескертулер`), whose numbered items are not parts;
- a part whose text is only `Алып тасталды …` was repealed (its number stays);
- an article whose editorial note says `N-бап алып тасталды - ҚР <date> № <law>` was repealed
  (excluded), by that law;
- the Special Part is the articles from the heading `Ерекше бөлік` to the final provisions.

It prints the index as JSON, one article a line, for `rules/build.rs` to compile.
"""

import argparse
import json
import re
import sys

REPOSITORY = "quyse/kz-laws"
FILE = "kaz/81097.md"
JANUARY_2022 = "701b665ad22e6bb39354105be69afca0d03e9748"

ARTICLE = re.compile(r"^#{2,6}\s*(\d+)(?:-(\d+))?-бап\.")
HEADING = re.compile(r"^#{1,6}\s")
SPECIAL_PART = re.compile(r"^#{1,6}\s*Ерекше\s+бөл", re.IGNORECASE)
FINAL_PROVISIONS = re.compile(r"^#{1,6}\s*ҚОРЫТЫНДЫ\s+ЕРЕЖЕЛЕР", re.IGNORECASE)
PART = re.compile(r"^(\d+)(?:-(\d+))?\.(?:\s|$)")
REPEALED_PART = re.compile(r"^(\d+)\.\s*Алып\s*тасталды", re.IGNORECASE)
NOTES = re.compile(r"^(Ескертпе|Ескертпелер|Ескертулер)\.")
REPEALED_ARTICLE = re.compile(
    r"(\d+(?:-\d+)?)-бап\s+алып\s*тасталды\s*[-–]\s*(?:ҚР\s*)?(\d\d\.\d\d\.\d{4})\s*№\s*(\d+-[IVXІ]+)"
)


def roman(text):
    """Law numbers are written with Cyrillic І as often as Latin I: write Latin."""
    return text.replace("І", "I")


def extract(lines):
    articles = []
    division = "general"
    current = None
    for raw in lines:
        line = raw.strip()
        if SPECIAL_PART.match(line):
            division = "special"
        elif FINAL_PROVISIONS.match(line):
            division = "final"
        match = ARTICLE.match(line)
        if match:
            number, dash = int(match.group(1)), int(match.group(2) or 0)
            current = {
                "number": number,
                "dash": dash,
                "division": division,
                "parts": 0,
                "dash_parts": [],
                "repealed_parts": [],
                "repealed_by": None,
                "in_notes": False,
            }
            articles.append(current)
            continue
        if current is None:
            continue
        if HEADING.match(line):
            # A chapter or section heading ends the article's text.
            current["in_notes"] = True
            continue
        name = f"{current['number']}" + (f"-{current['dash']}" if current["dash"] else "")
        for repealed in REPEALED_ARTICLE.finditer(line):
            if repealed.group(1) == name:
                current["repealed_by"] = f"{repealed.group(2)} № {roman(repealed.group(3))}"
        if NOTES.match(line):
            current["in_notes"] = True
            continue
        part = PART.match(line)
        if part and not current["in_notes"]:
            number, dash = int(part.group(1)), part.group(2)
            if dash:
                current["dash_parts"].append(f"{number}-{dash}")
            else:
                current["parts"] = max(current["parts"], number)
                if REPEALED_PART.match(line):
                    current["repealed_parts"].append(number)
    return articles


def article_json(a):
    name = f"{a['number']}" + (f"-{a['dash']}" if a["dash"] else "")
    out = {"article": name}
    if a["repealed_by"]:
        out["repealed_by"] = a["repealed_by"]
        return out
    out["parts"] = a["parts"]
    if a["dash_parts"]:
        out["dash_parts"] = a["dash_parts"]
    if a["repealed_parts"]:
        out["repealed_parts"] = sorted(set(a["repealed_parts"]))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a copy of kaz/81097.md")
    parser.add_argument("--commit", default=JANUARY_2022, help="the commit the copy is from")
    args = parser.parse_args()
    with open(args.path, encoding="utf-8") as f:
        articles = extract(f)
    keys = [(a["number"], a["dash"]) for a in articles]
    if keys != sorted(keys) or len(set(keys)) != len(keys):
        sys.exit("the articles are not in order, or one is given twice: check the copy")
    special = [a for a in articles if a["division"] == "special"]
    name = lambda a: f"{a['number']}" + (f"-{a['dash']}" if a["dash"] else "")
    header = {
        "source": {"repository": REPOSITORY, "file": FILE, "commit": args.commit},
        "status": "verified",
        "note": (
            "Every article of the Criminal Code of 3 July 2014 No. 226-V in the Kazakh text of "
            "the official bank at this commit (January 2022), with how many parts each has "
            "(the highest part number; dash parts such as 366 part 1-1 are listed apart), the "
            "parts repealed and the articles repealed, with the law that repealed them. "
            "Extracted by scripts/extract-code-index.py from the text's structure alone. "
            "Art. 47 was repealed by 29.12.2021 No. 89-VII, in force ten days after its "
            "publication, so possibly after 4-7 January 2022; it is in the General Part and "
            "defines no offence. Art. 316 is in the wording of 30.12.2021 No. 98-VII, in force "
            "sixty days after publication: its part count is that wording's."
        ),
        "special_part": {"first": name(special[0]), "last": name(special[-1])},
    }
    body = ",\n".join(
        "    " + json.dumps(article_json(a), ensure_ascii=False) for a in articles
    )
    text = json.dumps(header, ensure_ascii=False, indent=2)
    sys.stdout.write(text[:-2] + ',\n  "articles": [\n' + body + "\n  ]\n}\n")


if __name__ == "__main__":
    main()
