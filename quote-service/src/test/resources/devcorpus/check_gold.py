#!/usr/bin/env python3
"""Validate the development corpus gold (devcorpus.gold.json + devcorpus.manifest.jsonl).

    python3 check_gold.py [--gold devcorpus.gold.json] [--manifest devcorpus.manifest.jsonl]

Checks (exit 1 on any error; warnings are printed but do not fail):
- manifest: ids unique, every file exists, fields present; gold articles and manifest ids match;
- every quote: required fields, unique id, text found verbatim in its article (HTML articles
  are compared after decoding entities), bounded by a quote mark, a transcript/blockquote
  line start or a line end, speaker and every chain hop a canonical entity name, chain starts
  with one of the speakers, the article's own outlet not in the chain;
- fragmentOf and distinctClusters refer to clusters that exist; distinct pairs differ;
- entities: kinds valid, no name/alias collision between two entities (after the scorer's
  name normalisation);
- noise items occur in their article and are not also gold quote texts.
Standard library only.
"""
import argparse
import html
import json
import os
import re
import sys
import unicodedata

KINDS = {"PERSON", "ORGANIZATION", "GOVERNMENT", "STATE_MEDIA", "NEWS_AGENCY", "OUTLET", "PLATFORM"}
MEDIA = {"letter", "New Year letter", "statement", "transcript", "interview", "phone call",
         "press conference", "meeting", "Telegram post", "social-media post", "speech"}
OPEN = "\"'“”‘’«»„‟‚‛"
CLOSE = "\"'“”‘’«»„‟‚‛"
HERE = os.path.dirname(os.path.abspath(__file__))


def norm_name(s):  # same as ../../../../../../shared/eval/score.py
    s = unicodedata.normalize("NFKC", s or "").replace("’", "'").lower().strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^\w' -]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def article_text(path):
    raw = open(path, encoding="utf-8").read()
    if re.search(r"<(p|html|body|div|blockquote)\b", raw, re.I):
        return raw, html.unescape(raw), True
    return raw, raw, False


def bounded(text, i, j):
    """Is text[i:j] delimited like a quotation (marks, turn, blockquote or line)?"""
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    before = text[k] if k >= 0 else "\n"
    line_start = text.rfind("\n", 0, i) + 1
    prefix = text[line_start:i]
    ok_before = (before in OPEN or before == "\n"
                 or re.fullmatch(r"\s*(>\s*)?(\*\*)?[^\n:]{1,80}:(\*\*)?\s*", prefix) is not None
                 or re.fullmatch(r"\s*>\s*", prefix) is not None
                 or re.search(r"<p>\s*$", prefix) is not None)
    k = j
    while k < len(text) and text[k] in " \t":
        k += 1
    after = text[k] if k < len(text) else "\n"
    ok_after = after in CLOSE or after in "\n<"
    return ok_before and ok_after


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(HERE, "devcorpus.gold.json"))
    ap.add_argument("--manifest", default=os.path.join(HERE, "devcorpus.manifest.jsonl"))
    ap.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    a = ap.parse_args()
    errors, warnings = [], []
    gold = json.load(open(a.gold, encoding="utf-8"))
    base = os.path.dirname(os.path.abspath(a.manifest))

    # manifest
    manifest = {}
    for n, line in enumerate(open(a.manifest, encoding="utf-8"), 1):
        if not line.strip():
            continue
        m = json.loads(line)
        for f in ("id", "file", "outlet", "url", "publishedAt", "language"):
            if f not in m:
                errors.append(f"manifest line {n}: missing field {f}")
        if m["id"] in manifest:
            errors.append(f"manifest: duplicate id {m['id']}")
        manifest[m["id"]] = m
        if not os.path.isfile(os.path.join(base, m["file"])):
            errors.append(f"manifest {m['id']}: file {m['file']} does not exist")
        elif not re.fullmatch(r"articles/\d{3}_[a-z0-9-]+\.txt", m["file"]):
            warnings.append(f"manifest {m['id']}: file name {m['file']} is not articles/NNN_slug.txt")
    gold_ids = [ga["id"] for ga in gold["articles"]]
    for i in set(gold_ids) ^ set(manifest):
        errors.append(f"article {i} is in only one of gold and manifest")
    if len(gold_ids) != len(set(gold_ids)):
        errors.append("gold: duplicate article ids")

    # entities
    canon, alias_owner = {}, {}
    for e in gold["entities"]:
        if e.get("kind") not in KINDS:
            errors.append(f"entity {e.get('name')}: bad kind {e.get('kind')}")
        if e["name"] in canon:
            errors.append(f"entity {e['name']} listed twice")
        canon[e["name"]] = e
        for n in [e["name"]] + e.get("aliases", []):
            k = norm_name(n)
            if k in alias_owner and alias_owner[k] != e["name"]:
                errors.append(f"alias {n!r} of {e['name']} collides with {alias_owner[k]}")
            alias_owner[k] = e["name"]

    # quotes
    clusters, qids = set(), set()
    frag_refs = []
    used = set()
    for ga in gold["articles"]:
        m = manifest.get(ga["id"])
        if not m or not os.path.isfile(os.path.join(base, m["file"])):
            continue
        raw, text, is_html = article_text(os.path.join(base, m["file"]))
        size = len(raw.encode("utf-8"))
        if not 1500 <= size <= 6000:
            warnings.append(f"{ga['id']}: {size} bytes, outside 1.5-6 KB")
        outlet = norm_name(m.get("outlet") or "")
        texts = set()
        for q in ga["quotes"]:
            where = f"{ga['id']} {q.get('id')}"
            for f in ("id", "text", "speaker", "chain", "cluster"):
                if f not in q:
                    errors.append(f"{where}: missing {f}")
            if q.get("id") in qids:
                errors.append(f"{where}: duplicate quote id")
            qids.add(q.get("id"))
            t = q.get("text", "")
            texts.add(t)
            if t != t.strip() or not t:
                errors.append(f"{where}: text empty or with outer whitespace")
            if t and t[0] in OPEN and t[-1] in CLOSE:
                errors.append(f"{where}: text keeps its quote marks")
            starts = [mm.start() for mm in re.finditer(re.escape(t), text)] if t else []
            if not starts:
                errors.append(f"{where}: text not found verbatim in {m['file']}: {t[:60]!r}")
            elif not any(bounded(text, s, s + len(t)) for s in starts):
                errors.append(f"{where}: text found but not delimited like a quotation: {t[:60]!r}")
            for s in q.get("speaker", []):
                used.add(s)
                if s not in canon:
                    errors.append(f"{where}: speaker {s!r} is not a canonical entity name")
            if not q.get("chain"):
                errors.append(f"{where}: no chain")
            for ch in q.get("chain", []):
                if not ch:
                    errors.append(f"{where}: empty chain")
                    continue
                if ch[0] not in q.get("speaker", []):
                    errors.append(f"{where}: chain {ch} does not start with a speaker")
                for h in ch:
                    used.add(h)
                    if h not in canon:
                        errors.append(f"{where}: chain hop {h!r} is not a canonical entity name")
                    elif outlet and norm_name(h) == outlet:
                        errors.append(f"{where}: chain {ch} contains the article's own outlet")
                if len(set(ch)) != len(ch):
                    errors.append(f"{where}: chain {ch} repeats a hop")
            if q.get("medium") and q["medium"] not in MEDIA:
                warnings.append(f"{where}: medium {q['medium']!r} not in the usual list")
            clusters.add(q.get("cluster"))
            if q.get("fragmentOf"):
                frag_refs.append((where, q["fragmentOf"]))
                if q["fragmentOf"] == q.get("cluster"):
                    errors.append(f"{where}: fragmentOf equals its own cluster")
        for n in ga.get("noise", []):
            if n not in text:
                errors.append(f"{ga['id']}: noise {n!r} not found in article")
            if n in texts:
                errors.append(f"{ga['id']}: noise {n!r} is also a gold quote")
    for where, c in frag_refs:
        if c not in clusters:
            errors.append(f"{where}: fragmentOf {c!r} is not a cluster")
    for pair in gold.get("distinctClusters", []):
        if len(pair) != 2 or pair[0] == pair[1]:
            errors.append(f"distinctClusters: bad pair {pair}")
        for c in pair:
            if c not in clusters:
                errors.append(f"distinctClusters: {c!r} is not a cluster")
    for e in canon:
        if e not in used and canon[e]["kind"] not in ("OUTLET", "PLATFORM"):
            warnings.append(f"entity {e} is never used as speaker or hop")

    if not a.quiet:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    nq = sum(len(ga["quotes"]) for ga in gold["articles"])
    print(f"{len(gold['articles'])} articles, {nq} quotes, {len(clusters)} clusters, "
          f"{len(gold.get('distinctClusters', []))} distinct pairs, "
          f"{sum(len(ga.get('noise', [])) for ga in gold['articles'])} noise items: "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
