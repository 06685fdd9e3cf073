#!/usr/bin/env python3
"""Extract the 2021 standard from the scraped seed page into standards/dzz-2021.yaml.

The wording is copied from the seed, never retyped: only the scrape's line breaks and
indentation are collapsed. Usage:
    python3 docs/standards/extract_dzz_2021.py SEED.txt > standards/dzz-2021.yaml
"""
import json
import re
import sys
from decimal import Decimal

CATEGORIES = ("基本考核项", "专项考核项", "激励约束项")
DEPARTMENTS = {
    "党的领导": "ORG", "组织工作": "ORG", "开展主题教育和专题活动": "ORG",
    "思想政治工作": "PUB", "党风廉政建设": "DISC", "生产经营工作": "PROD",
    "维稳安保工作": "SEC", "工团工作": "UNION",
}
# The seed lists items 21 and 22, then rules 36-38; rules belong to the item they are about.
RULE_ITEM_OVERRIDES = {36: 21, 37: 22, 38: 22}

NUMBERED = re.compile(r"^(\d+)\.\s*(.*)$")
POINTS = re.compile(r"^(\d+)分$")


def tokens(path):
    lines = [l.strip() for l in open(path, encoding="utf-8").read().splitlines()]
    lines = [l for l in lines if l]
    start = lines.index("分值") + 1          # end of the table header
    end = next(i for i, l in enumerate(lines) if l.startswith("Tags:"))
    return lines[start:end]


def halve(s):
    """The scrape repeats row-spanned cells; 'xx' -> 'x'."""
    while len(s) % 2 == 0 and s and s[: len(s) // 2] == s[len(s) // 2:]:
        s = s[: len(s) // 2]
    return s


def strip_categories(s):
    cat = None
    while True:
        for c in CATEGORIES:
            if s.startswith(c):
                cat, s = c, s[len(c):]
                break
        else:
            return cat, s


def parse(path):
    std = {"primaries": [], "bonus": None, "veto": None}
    heading, next_item, next_rule = [], 1, 1
    category = None
    primary = secondary = None
    section = None                       # 'primary', 'bonus' or 'veto'
    items_in_sec = {}
    last = None                          # last item/rule dict, for continuation lines
    for tok in tokens(path):
        m = NUMBERED.match(tok)
        if not m:
            pm = POINTS.match(tok)
            if pm and secondary is not None and "points" not in secondary and not heading:
                secondary["points"] = int(pm.group(1))
            else:
                heading.append(tok)
            continue
        n, text = int(m.group(1)), m.group(2)
        is_item = n == next_item
        if is_item and n == next_rule and last is not None:
            # both counters agree (only early on): rules state a deduction, items do not
            is_item = "扣" not in text
        if n == 7 and next_rule == 77:   # the seed prints rule 77 as "7."
            n, is_item = 77, False
        if not is_item and n != next_rule:
            raise SystemExit(f"unexpected number {n} (next item {next_item}, next rule {next_rule}): {tok}")
        if is_item:
            if heading:
                s = "".join(heading)
                heading = []
                cat, s = strip_categories(s)
                category = cat or category
                pts = re.findall(r"\((\d+)分\)", s)
                if pts:
                    name = s[: s.index("(")]
                    name = halve(name)
                    _, name = strip_categories(name)
                    rest = s[s.rindex("分)") + 2:]
                    primary = {"name": name, "category": category, "points": int(pts[0]),
                               "department": DEPARTMENTS[name], "secondaries": []}
                    std["primaries"].append(primary)
                    section = "primary"
                    s = rest
                elif s.startswith("加分"):
                    section = "bonus"
                    std["bonus"] = {"category": category, "name": "加分",
                                    "secondary": halve(s[len("加分"):]), "rules": []}
                    s = ""
                elif halve(s).startswith("否决"):
                    section = "veto"
                    s = s.replace("否决", "", 2) if s.startswith("否决否决") else s[len("否决"):]
                    std["veto"] = {"name": "否决", "secondary": halve(s), "rules": []}
                    s = ""
                if s:
                    secondary = {"name": halve(s), "items": []}
                    primary["secondaries"].append(secondary)
                    items_in_sec = {}
            item = {"kind": "item", "number": n, "text": text, "rules": []}
            if section == "primary":
                secondary["items"].append(item)
                items_in_sec[n] = item
            last = item
            last_item = item
            next_item += 1
        else:
            if heading:                  # a line break inside the previous text
                last["text"] += "".join(heading)
                heading = []
            rule = {"kind": "rule", "number": n, "text": text}
            if section == "primary":
                target = items_in_sec[RULE_ITEM_OVERRIDES.get(n, last_item["number"])]
                target["rules"].append(rule)
            elif section == "bonus":
                std["bonus"]["rules"].append({"number": n, "item": last_item["number"],
                                              "itemText": last_item["text"], "text": text})
            else:
                std["veto"]["rules"].append({"number": n, "item": last_item["number"],
                                             "itemText": last_item["text"], "text": text})
            last = rule
            next_rule += 1
    assert not heading, heading          # nothing may trail the last rule
    return std


# --- clauses -------------------------------------------------------------------------------

AMT = r"(\d+(?:\.\d+)?)"
DEDUCTION = re.compile(
    r"(?P<cap>(?:本项)?最多扣" + AMT + r"分)"
    r"|(?P<prefix>每少\d+次|每少研究\d+次|每少\d+篇|少\d+篇|每发现一项|每缺一项|每少一条|每次)扣" + AMT + r"分"
    r"|扣" + AMT + r"\s*分/(?P<unit>人\.次|人次|次|篇|项|条)"
    r"|扣" + AMT + r"分"
    r"|(?P<zero>本评分项不得分)"
    r"|(?P<veto>一票否决)"
)
SEPARATORS = ";,、。 "


def clauses(rule_no, text):
    out, pos = [], 0
    for m in DEDUCTION.finditer(text):
        g = m.groups()
        if m.group("cap"):
            if not out:
                raise SystemExit(f"rule {rule_no}: cap without clause")
            # not a clause of its own: it caps the one before; the next clause starts after it
            out[-1]["cap"] = Decimal(g[1])
            pos = m.end()
            continue
        start = pos
        while start < len(text) and text[start] in SEPARATORS:
            start += 1
        c = {"start": start, "text": text[start: m.end()]}
        if m.group("prefix"):
            c.update(kind="PER_UNIT", amount=Decimal(g[3]), unit=m.group("prefix")[-1])
        elif m.group("unit"):
            c.update(kind="PER_UNIT", amount=Decimal(g[4]), unit=m.group("unit").replace(".", ""))
        elif g[6] is not None:
            c.update(kind="FLAT", amount=Decimal(g[6]))
        elif m.group("zero"):
            c.update(kind="ZERO_OUT")
        else:
            c.update(kind="VETO")
        out.append(c)
        pos = m.end()
    for i, c in enumerate(out, 1):
        c["id"] = f"{rule_no}.{i}"
        del c["start"]
    return out


# --- YAML emission (hand-rolled so the layout stays readable and every string is quoted) ---

def q(s):
    return json.dumps(s, ensure_ascii=False)


def num(d):
    return format(Decimal(d).normalize(), "f")


def emit(std, w):
    w("# 基层党总支量化考核评分标准 (2021), extracted from the seed by docs/standards/extract_dzz_2021.py.\n")
    w("# Maps 1:1 onto com.kaoping.scoring.Standard; clause ids <rule>.<n> are a public contract.\n")
    w("code: DZZ-2021\nversion: 1\nname: 基层党总支量化考核评分标准\nyear: 2021\n")
    w("grades:\n")
    for mn, g in ((90, "好"), (80, "较好"), (70, "一般"), (0, "差")):
        w(f"  - {{min: {mn}, grade: {g}}}\n")
    w("primaries:\n")
    for p in std["primaries"]:
        w(f"  - name: {q(p['name'])}\n    category: {p['category']}\n    points: {p['points']}\n")
        w(f"    department: {p['department']}\n    secondaries:\n")
        for s in p["secondaries"]:
            w(f"      - name: {q(s['name'])}\n        points: {s['points']}\n        items:\n")
            for it in s["items"]:
                w(f"          - number: {it['number']}\n            text: {q(it['text'])}\n")
                w("            rules:\n")
                for r in it["rules"]:
                    w(f"              - number: {r['number']}\n                text: {q(r['text'])}\n")
                    w("                clauses:\n")
                    for c in clauses(r["number"], r["text"]):
                        parts = [f"id: {q(c['id'])}", f"kind: {c['kind']}"]
                        if "amount" in c:
                            parts.append(f"amount: {num(c['amount'])}")
                        if "unit" in c:
                            parts.append(f"unit: {c['unit']}")
                        if "cap" in c:
                            parts.append(f"cap: {num(c['cap'])}")
                        parts.append(f"text: {q(c['text'])}")
                        w("                  - {" + ", ".join(parts) + "}\n")
    b = std["bonus"]
    w(f"bonus:\n  category: {b['category']}\n  name: {b['name']}\n  secondary: {q(b['secondary'])}\n  rules:\n")
    for r in b["rules"]:
        w(f"    - number: {r['number']}\n      item: {r['item']}\n      itemText: {q(r['itemText'])}\n")
        w(f"      text: {q(r['text'])}\n")
        if r["number"] == 88:
            w("      scope: ASSESSMENT\n      cap: 3\n")
        else:
            w("      scope: INDICATOR\n      capPercent: 10\n")
    v = std["veto"]
    w(f"veto:\n  name: {v['name']}\n  secondary: {q(v['secondary'])}\n  rules:\n")
    for r in v["rules"]:
        w(f"    - number: {r['number']}\n      item: {r['item']}\n      itemText: {q(r['itemText'])}\n")
        w(f"      text: {q(r['text'])}\n")


if __name__ == "__main__":
    std = parse(sys.argv[1])
    emit(std, sys.stdout.write)
