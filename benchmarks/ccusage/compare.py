#!/usr/bin/env python3
"""ccgate report against ccusage, day by day, on one developer's Claude Code transcript tree.

    python3 benchmarks/ccusage/compare.py --tree DIR [--ccusage BIN] [--ccgate CMD]
        [--timezone ZONE] [--work DIR]

DIR is a ~/.claude-like folder (it holds projects/). The script runs

    env -i HOME=<empty> CLAUDE_CONFIG_DIR=DIR ccusage daily --json --offline --timezone ZONE
    ccgate report --traces DIR --by day,model --timezone ZONE --format json

and checks, for every day:

1. tokens: input, output, cache writes and cache reads per model agree exactly (dedup, the day
   boundary, the 5m/1h split). ccusage files fast-mode requests under "<model>-fast"; they are
   added back to their model here.
2. cost, on the requests both tools price the same way: the script copies the tree without the
   requests where the two knowingly differ (below) and runs both tools on the copy; there, for
   every model ccusage has a price for, the daily cost must agree to the cent.
3. cost on the whole tree: the difference per day, for information.

Where ccusage 20.0.24 and ccgate price differently (docs/BENCHMARKS.md explains each):
- inference_geo "us": Anthropic charges 1.1x on Opus 4.6 and later; ccusage ignores it;
- web search: $10 per 1,000 searches; ccusage ignores server_tool_use;
- models ccusage has no price for (claude-opus-5-5, claude-sonnet-5-5): ccusage says $0;
- an all-zero cache_creation breakdown beside a non-zero cache_creation_input_tokens (what Claude
  Code writes when the API sent no breakdown): ccusage counts no cache writes, ccgate counts the
  total as 5-minute writes (shown apart, "zero-split", not checked).
For the first two the script checks that the difference is exactly that: ccgate = 1.1 x ccusage
on us-only requests, + $0.01 per search. (Fast mode and prompts above 200K tokens price alike for
the models in a generated tree; a model with a 200K price band would differ, as ccusage tiers each
token category on its own while Anthropic reprices the whole request.)

Exit code 0 when every check passes, 1 otherwise. Needs Python 3.8+, nothing else.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict



def run_ccusage(binary, tree, zone, home):
    """ccusage's daily rows by (day, model), fast mode folded into its model."""
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "CLAUDE_CONFIG_DIR": os.path.abspath(tree)}
    cmd = [binary, "daily", "--json", "--offline", "--timezone", zone]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    rows = defaultdict(lambda: {"tokens": [0, 0, 0, 0], "cost": 0.0, "priced": True})
    for day in json.loads(out)["daily"]:
        for m in day["modelBreakdowns"]:
            model = m["modelName"]
            if model.endswith("-fast"):
                model = model[: -len("-fast")]
            r = rows[(day["period"], model)]
            t = r["tokens"]
            t[0] += m["inputTokens"]
            t[1] += m["outputTokens"]
            t[2] += m["cacheCreationTokens"]
            t[3] += m["cacheReadTokens"]
            r["cost"] += m["cost"]
            r["priced"] = r["priced"] and not m.get("missingPricing", False)
    return rows


def run_ccgate(command, tree, zone):
    """ccgate's report rows by (day, model), and its totals."""
    cmd = shlex.split(command) + [
        "report", "--traces", tree, "--by", "day,model", "--timezone", zone, "--format", "json"]
    out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    rows = {}
    for r in out["rows"]:
        if r["model"] == "<synthetic>":
            continue  # Claude Code's error placeholders: no tokens, no cost; ccusage drops them
        rows[(r["period"], r["model"])] = {
            "tokens": [
                r["input_tokens"],
                r["output_tokens"],
                r["cache_creation_5m_input_tokens"] + r["cache_creation_1h_input_tokens"],
                r["cache_read_input_tokens"],
            ],
            "cost": float(r["cost_usd"]),
            "searches": r["web_search_requests"],
        }
    return rows, out["totals"]


def category(usage):
    """Which rules price a request: "alike" when both tools use the same ones."""
    split = usage.get("cache_creation")
    if (split is not None and usage.get("cache_creation_input_tokens", 0) > 0
            and not any(split.get(k, 0) for k in
                        ("ephemeral_5m_input_tokens", "ephemeral_1h_input_tokens"))):
        return "zero-split"
    us = usage.get("inference_geo") == "us"
    search = bool((usage.get("server_tool_use") or {}).get("web_search_requests", 0))
    if us and search:
        return "us+search"
    return "us" if us else ("search" if search else "alike")


CATEGORIES = ["alike", "us", "search", "us+search", "zero-split"]
US_MULTIPLIER = 1.1  # ccgate's us_geo_multiplier for the models that offer us-only inference
SEARCH_USD = 0.01  # $10 per 1,000 web searches


def split(tree, dest):
    """Copies the tree into one tree per category (usage lines by category, other lines to all).

    A request's duplicate lines carry the same usage, so they land in the same tree, and each tool
    deduplicates it there as it would in the whole tree.
    """
    lines = dict.fromkeys(CATEGORIES, 0)
    for root, _, files in os.walk(tree):
        for name in files:
            if not name.endswith(".jsonl"):
                continue
            src = os.path.join(root, name)
            rel = os.path.relpath(src, tree)
            outs = {}
            try:
                with open(src, encoding="utf-8") as f:
                    for line in f:
                        if '"usage"' in line:
                            usage = (json.loads(line).get("message") or {}).get("usage") or {}
                            targets = [category(usage)]
                        else:
                            targets = CATEGORIES
                        for c in targets:
                            if c not in outs:
                                out = os.path.join(dest, c, rel)
                                os.makedirs(os.path.dirname(out), exist_ok=True)
                                outs[c] = open(out, "w", encoding="utf-8")
                            outs[c].write(line)
                        if len(targets) == 1:
                            lines[targets[0]] += 1
            finally:
                for w in outs.values():
                    w.close()
    return lines


def compare(ccusage, ccgate, check_cost, check_tokens=True):
    """Prints one line per day; returns the number of failed checks."""
    failures = 0
    days = sorted({k[0] for k in list(ccusage) + list(ccgate)})
    print(f"{'day':<10}  {'tokens':<7}  {'ccusage $':>11}  {'ccgate $':>11}  {'diff $':>9}"
          "  unpriced by ccusage (ccgate $)")
    for day in days:
        models = sorted({k[1] for k in list(ccusage) + list(ccgate) if k[0] == day})
        tokens_ok = True
        cu_cost = cg_cost = unpriced_cost = 0.0
        unpriced = []
        for model in models:
            a = ccusage.get((day, model))
            b = ccgate.get((day, model))
            ta = a["tokens"] if a else [0, 0, 0, 0]
            tb = b["tokens"] if b else [0, 0, 0, 0]
            if ta != tb:
                tokens_ok = False
                print(f"  {day} {model}: tokens ccusage {ta} ccgate {tb}")
            if a is not None and not a["priced"]:
                unpriced.append(model)
                unpriced_cost += b["cost"] if b else 0.0
                continue
            cu_cost += a["cost"] if a else 0.0
            cg_cost += b["cost"] if b else 0.0
        diff = cg_cost - cu_cost
        cost_ok = abs(diff) < 0.005
        failures += (check_tokens and not tokens_ok) + (check_cost and not cost_ok)
        mark = "" if not check_cost else ("  ok" if cost_ok else "  MISMATCH")
        line = (f"{day:<10}  {'same' if tokens_ok else 'DIFFER':<7}  {cu_cost:>11.2f}"
                f"  {cg_cost:>11.2f}  {diff:>9.2f}{mark}")
        if unpriced:
            line += f"  {', '.join(unpriced)} ({unpriced_cost:.2f})"
        print(line)
    return failures


def totals(ccusage, ccgate):
    """ccusage's and ccgate's cost over the models ccusage prices, and ccgate's over the rest."""
    cu = sum(r["cost"] for r in ccusage.values() if r["priced"])
    cg = sum(r["cost"] for k, r in ccgate.items() if ccusage.get(k, {"priced": True})["priced"])
    rest = sum(r["cost"] for k, r in ccgate.items() if not ccusage.get(k, {"priced": True})["priced"])
    searches = sum(r["searches"] for k, r in ccgate.items()
                   if ccusage.get(k, {"priced": True})["priced"])
    return cu, cg, rest, searches


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--tree", required=True, help="a ~/.claude-like folder (holds projects/)")
    p.add_argument("--ccusage", default="/tmp/ccusage/node_modules/.bin/ccusage")
    p.add_argument("--ccgate", default=os.path.join(os.path.dirname(__file__), "../../ccgate"))
    p.add_argument("--timezone", default="UTC")
    p.add_argument("--work", help="where the split trees go (default: a temp folder)")
    a = p.parse_args()
    if not os.path.isdir(os.path.join(a.tree, "projects")):
        sys.exit(f"{a.tree} has no projects/ folder: give the ~/.claude-like folder itself")
    work = a.work or tempfile.mkdtemp(prefix="ccgate-ccusage-")
    home = os.path.join(work, "home")
    os.makedirs(home, exist_ok=True)

    lines = split(a.tree, os.path.join(work, "split"))
    # ccusage counts no cache writes on zero-split lines, so there the tokens differ too.
    check_tokens = lines["zero-split"] == 0
    print(f"== whole tree {a.tree}, days in {a.timezone}: "
          + ("tokens must agree" if check_tokens else
             f"tokens differ on {lines['zero-split']:,} zero-split lines") + "; cost for information")
    rows, _ = run_ccgate(a.ccgate, a.tree, a.timezone)
    failures = compare(run_ccusage(a.ccusage, a.tree, a.timezone, home), rows, check_cost=False,
                       check_tokens=check_tokens)
    alike = os.path.join(work, "split", "alike")
    print(f"\n== the requests both tools price by the same rules ({lines['alike']:,} usage lines"
          " of the tree): tokens must agree, and cost to the cent")
    rows, _ = run_ccgate(a.ccgate, alike, a.timezone)
    failures += compare(run_ccusage(a.ccusage, alike, a.timezone, home), rows, check_cost=True)

    print("\n== the other requests, by why the tools differ (ccusage-priced models only):"
          " ccgate must be 1.1 x ccusage on us-only requests, + $0.01 per web search")
    print(f"{'requests':<10} {'lines':>9}  {'ccusage $':>11}  {'ccgate $':>11}  {'diff $':>9}"
          f"  {'searches':>8}  {'unexplained $':>13}  {'unpriced $':>10}")
    for c in CATEGORIES[1:]:
        tree = os.path.join(work, "split", c)
        if lines[c] == 0:
            continue
        rows, _ = run_ccgate(a.ccgate, tree, a.timezone)
        cu, cg, rest, searches = totals(run_ccusage(a.ccusage, tree, a.timezone, home), rows)
        expected = cu * (US_MULTIPLIER if c.startswith("us") else 1.0) + SEARCH_USD * searches
        unexplained = cg - expected
        if c == "zero-split":
            verdict = "ccusage drops these cache writes"  # no rule to check: ccgate counts them
        else:
            ok = abs(unexplained) < 0.01
            failures += not ok
            verdict = "ok" if ok else "MISMATCH"
        print(f"{c:<10} {lines[c]:>9,}  {cu:>11.2f}  {cg:>11.2f}  {cg - cu:>9.2f}  {searches:>8,}"
              f"  {unexplained:>13.4f}  {rest:>10.2f}  {verdict}")
    print("\nall checks pass" if failures == 0 else f"\n{failures} checks FAILED")
    sys.exit(0 if failures == 0 else 1)


if __name__ == "__main__":
    main()
