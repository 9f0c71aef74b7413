#!/usr/bin/env python3
"""Writes the seed corpus of the `prose` fuzz target into fuzz/seeds/prose/.

Short excerpts of the three seed plans (../shared/seeds/*.txt): every paragraph that holds a
digit or a Chinese numeral, cut to at most 1,200 bytes on a character boundary; the opening
(title and first paragraphs, up to 3,000 bytes) of each plan, so that document-kind detection
(五年规划 / 年度计划) is exercised; and genre phrases written for the purpose. The fuzzer
starts from these; `cargo fuzz cmin` later keeps only what adds coverage.

    python3 fuzz/seeds/make_prose_seeds.py [SEEDS_DIR]
"""
import hashlib
import os
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
seeds_dir = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here.parents[2] / "shared" / "seeds")
out = here / "prose"
out.mkdir(parents=True, exist_ok=True)

PHRASES = [
    "到2015年，地区生产总值达143亿元，年均增长24.6%",
    "“十二五”期末，地区生产总值年均增长24.6%，达143 亿元。",
    "到2010年底，工业增加值达13.9亿元，年均递增53.5%。",
    "2010年口岸进出口货运量完成862万吨，进出口贸易额32.8亿美元",
    "三次产业结构由“十五”期末的1.0：18.2：80.8演进为0.8：35.7：63.5",
    "工业经济占地区生产总值的比重由10.9%提高到29.4%",
    "2026年…目标是：地区生产总值增长6%左右；",
    "培育年产5000万吨以上规模的企业",
    "城镇居民人均可支配收入年均增长12%以上，农牧民人均纯收入年均增长10%。",
    "全社会固定资产投资五年累计完成200亿元。",
    "地区生产总值比2010年翻一番，是2010年的2倍。",
    "完成年度目标任务55亿元的109.1%。",
    "一般公共预算收入同比增长3.12%，同比增加1.5亿元。",
    "万元GDP能耗下降13.5%，控制在0.8吨标准煤以内。",
    "常住人口达到10万人，城镇化率提高到98%左右。",
    "社会消费品零售总额增加30.7亿元，增长8%。",
    "百分之六十的企业，一万五千人，两所学校。",
    "## 第二章 产业发展\n到2020年，工业增加值达到200亿元。",
    "二连浩特市国民经济和社会发展的第十二个五年规划纲要\n到2015年，地区生产总值达143亿元。",
    "2026年二连浩特市国民经济和社会发展计划\n地区生产总值增长6%左右，一般公共预算收入增长5%。",
    "2012—2020年，年均增长10%。由2010年的47.6亿元提高到2015年的143亿元。",
]

def cut(s: str, limit: int) -> str:
    b = s.encode("utf-8")[:limit]
    return b.decode("utf-8", errors="ignore")

def has_number(p: str) -> bool:
    return any(c.isdigit() for c in p) or any(c in "一二三四五六七八九十百千万亿两" for c in p)

written = 0
def write(text: str, tag: str):
    global written
    data = text.encode("utf-8")
    name = f"{tag}_{hashlib.sha1(data).hexdigest()[:12]}"
    (out / name).write_bytes(data)
    written += 1

for i, p in enumerate(PHRASES):
    write(p, "phrase")
for path in sorted(seeds_dir.glob("*.txt")):
    text = path.read_text(encoding="utf-8", errors="replace")
    stem = path.name.split("_")[0]
    write(cut(text, 3000), f"seed{stem}_head")
    paras = [p.strip() for p in text.split("\n") if p.strip() and has_number(p)]
    for p in paras:
        write(cut(p, 1200), f"seed{stem}_para")
print(f"{written} seeds in {out}")
