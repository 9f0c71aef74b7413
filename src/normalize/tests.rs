//! The rules by example, spans mapped back, and the map's invariants over generated, hostile and
//! large input.

use super::*;
use std::time::{Duration, Instant};

/// (original, text in prose mode).
const PROSE: &[(&str, &str)] = &[
    // Traditional → Simplified, variants, radicals.
    ("地區生產總值", "地区生产总值"),
    ("增長", "增长"),
    ("億元", "亿元"),
    ("萬人", "万人"),
    ("佔", "占"),
    ("産業", "产业"),
    ("着力显著", "着力显著"),
    ("\u{2F63}产总值\u{2ED3}期\u{2F92}\u{2F3E}", "生产总值长期见户"),
    // Width.
    ("２０１５年ＧＤＰ增长８．５％", "2015年GDP增长8.5%"),
    ("（亿元）＋－＝／［注］", "(亿元)+-=/[注]"),
    ("甲，乙；丙：丁、戊！己？“庚”《辛》【壬】", "甲，乙；丙：丁、戊！己？“庚”《辛》【壬】"),
    // Ratio signs.
    ("结构为6.0︰64.3︰29.7", "结构为6.0:64.3:29.7"),
    ("比例1：2：3", "比例1:2:3"),
    ("3∶2", "3:2"),
    ("城乡收入比2.36﹕1", "城乡收入比2.36:1"),
    ("目标：增长", "目标：增长"),
    // A PDF's line break next to a ratio's colon is inside the ratio.
    ("结构为9.3∶39.9∶\n50.9。", "结构为9.3:39.9:50.9。"),
    ("结构为9.3:\n39.9:50.9。", "结构为9.3:39.9:50.9。"),
    ("结构为9.3\n:39.9:50.9。", "结构为9.3:39.9:50.9。"),
    ("由2015年的12.5∶46.3\n∶41.2调整为", "由2015年的12.5:46.3:41.2调整为"),
    ("结构为9.3\n：39.9", "结构为9.3:39.9"),
    ("结构为16.4 ∶ 42.8 ∶\n40.8调整为", "结构为16.4:42.8:40.8调整为"),
    ("结构为16.4 ∶ 42.8\n∶ 40.8调整为", "结构为16.4:42.8:40.8调整为"),
    // Lines that each open on a place and a colon are a table of places, never one wrapped clause.
    (
        "全市经济运行情况。\n云溪县：地区生产总值364.5亿元，增长3.9%，占全市的比重为15.5%\n南苇区：地区生产总值343.4亿元，增长6.5%，占全市的比重为14.6%\n青禾县：地区生产总值313.4亿元，增长6.6%，占全市的比重为13.3%",
        "全市经济运行情况。\n云溪县：地区生产总值364.5亿元，增长3.9%，占全市的比重为15.5%\n南苇区：地区生产总值343.4亿元，增长6.5%，占全市的比重为14.6%\n青禾县：地区生产总值313.4亿元，增长6.6%，占全市的比重为13.3%",
    ),
    ("增长9.3%\n：其中", "增长9.3%\n：其中"),
    ("目标为2025年：\n1.增长", "目标为2025年：\n1.增长"),
    // Spaces around a ratio's colon, which a web page's editor left (field round 30 set A).
    ("结构比为 9.2 : 33.5 : 59.3 。", "结构比为9.2:33.5:59.3。"),
    ("结构比为 9.2 ： 33.5 ： 57.3", "结构比为9.2:33.5:57.3"),
    ("比例9.2 ∶ 33.5", "比例9.2:33.5"),
    ("时间 ： 2023年", "时间：2023年"),
    // Dashes of every kind are one dash; spaces around a range's dash go (precision search 30).
    ("1―11月", "1—11月"),
    ("1‐11月，1‒11月", "1-11月，1-11月"),
    ("增长−2.5%，1﹣11月", "增长-2.5%，1-11月"),
    ("1〜11月，1∼11月", "1~11月，1~11月"),
    ("2024年1 - 11月", "2024年1-11月"),
    ("2021 — 2023年", "2021—2023年"),
    // A line set letter by letter, and a figure set digit by digit (precision search 30).
    ("2 0 2 4 年 ， 全 市 地 区 生 产 总 值 2 7 6 2 . 8 亿 元 ， 增 长 5 . 8 % 。", "2024年，全市地区生产总值2762.8亿元，增长5.8%。"),
    ("第三产业增加值1 4 6 3 . 8亿元。", "第三产业增加值1463.8亿元。"),
    ("生产总值2 7 6 2 . 8亿元", "生产总值2762.8亿元"),
    // Not a table's row of single-digit cells, nor spaced words in a line of text.
    ("企业数 5 3 2\n", "企业数5 3 2\n"),
    ("企业数 5 3 2 万家", "企业数5 3 2万家"),
    // Spaces a converter could not encode, as runs of `?` (field round 30 set A); one stays.
    ("| ??????第二产业 | 210.20 |", "|第二产业| 210.20 |"),
    ("指???标", "指标"),
    ("是否达标?是。", "是否达标?是。"),
    // A middle dot between digits is a decimal point; elsewhere it is a name's separator.
    ("增长1·8%，达2・9亿元", "增长1.8%，达2.9亿元"),
    // So are the small, leader and hyphenation dots of full-width and OCR text (precision search
    // 31), and a small percent sign is one.
    ("312﹒5亿元，8‧37﹪，2․5，1･5", "312.5亿元，8.37%，2.5，1.5"),
    ("甲‧乙", "甲‧乙"),
    ("阿·尔", "阿·尔"),
    // Pinyin glosses.
    ("生產(chǎn)總值", "生产总值"),
    ("生產（chǎn）總值", "生产总值"),
    ("我们(men)的", "我们的"),
    ("地区生产总值(GDP)", "地区生产总值(GDP)"),
    ("收入(亿元)", "收入(亿元)"),
    ("(錯月值)", "(错月值)"),
    ("总值(以下如無特別說明…)", "总值(以下如无特别说明…)"),
    ("生产(chan)", "生产(chan)"),
    // A text glossed without tones: three glosses or more, each one syllable, are removed.
    ("實(shi)現總(zong)值(zhi)500億(yi)元", "实现总值500亿元"),
    ("同(tong)(tong)比增(zeng)長(chang)(chang)6.8%", "同比增长6.8%"),
    // Fewer than three, or no syllable: "(and)", "(km)" are not pinyin.
    ("面积(ha)与产量(t)", "面积(ha)与产量(t)"),
    ("值(and)量(km)率(the)数(in)", "值(and)量(km)率(the)数(in)"),
    // Footnote marks.
    ("总值[2]", "总值"),
    ("总值(GDP)[2]完成", "总值(GDP)完成"),
    ("47.6［２］亿元", "47.6亿元"),
    ("增长[注1]。", "增长。"),
    ("亿元¹，", "亿元，"),
    ("①加快", "①加快"),
    ("10万m²", "10万m²"),
    ("[2]开头", "[2]开头"),
    ("总值[123]", "总值[123]"),
    // Invisible marks and controls.
    ("\u{FEFF}地区\u{200B}生产\u{200D}总值\u{202E}\u{7}", "地区生产总值"),
    // Doubled and half-width clause marks.
    ("增长,,达到", "增长，达到"),
    ("增长，，达到", "增长，达到"),
    ("增长，。", "增长。"),
    ("增长,。", "增长。"),
    ("一、，发展", "一、发展"),
    ("分别增长9.4%,、10.6%", "分别增长9.4%、10.6%"),
    ("甲，、乙", "甲、乙"),
    ("增长；，达到", "增长；达到"),
    ("增长， 。", "增长。"),
    ("；；", "；"),
    ("增长； ，达到", "增长；达到"),
    ("市人民政府,自治区;各委", "市人民政府，自治区；各委"),
    ("GDP growth, tibet.cn home", "GDP growth, tibet.cn home"),
    // Thousands separators.
    ("1,2", "1,2"),
    ("2015,2016年", "2015,2016年"),
    ("12,300亿元", "12300亿元"),
    ("95,400元", "95400元"),
    ("1,234,567元", "1234567元"),
    ("0.5,300", "0.5,300"),
    ("103, 033万元", "103033万元"),
    ("收入完成1 768\n904万元，其中", "收入完成1768904万元，其中"),
    ("收入602 000\n万元，非税", "收入602000万元，非税"),
    ("收入完成2 785 25\n5万元，比上年", "收入完成2785255万元，比上年"),
    ("税收收入2 020\n 864万元，非税", "税收收入2020864万元，非税"),
    ("1, 056, 955人", "1056955人"),
    ("分别为12, 300", "分别为12, 300"),
    ("2015, 2016年", "2015, 2016年"),
    // Spaces.
    ("到 2015 年", "到2015年"),
    ("270 亿元", "270亿元"),
    ("增 长", "增长"),
    ("14.91 %", "14.91%"),
    ("收入 528 亿元", "收入528亿元"),
    ("增长3. 9%", "增长3.9%"),
    ("增长- 12.4%", "增长-12.4%"),
    ("人大                    常委会", "人大。常委会"),
    // A headline's phrases, in a first line that states a figure.
    ("增势良好 地区生产总值3573.8亿元 同比增长6.2%", "增势良好，地区生产总值3573.8亿元，同比增长6.2%"),
    ("平安市经济 统计公报", "平安市经济统计公报"),
    ("标题\n增势良好 地区生产总值3573.8亿元", "标题\n增势良好地区生产总值3573.8亿元"),
    // A numbered heading on one line with its text: the space before and after it is a break.
    ("公报\n一、经济总量 全年生产总值520.0亿元。 二、农业 全年粮食产量301.2万吨。", "公报\n一、经济总量\n全年生产总值520.0亿元。\n二、农业\n全年粮食产量301.2万吨。"),
    ("公报\n一、经济总量和结构 全年", "公报\n一、经济总量和结构\n全年"),
    ("全县一、二 三产业", "全县一、二三产业"),
    ("公报\n四、交通、仓储和邮政 交通运输业平稳增长。", "公报\n四、交通、仓储和邮政\n交通运输业平稳增长。"),
    ("公报\n一、二、三产业 增加值", "公报\n一、二、三产业增加值"),
    // A table whose cells single spaces part, under a header that opens with a first-column
    // label: its spaces are cell marks, and its lines are never joined.
    ("公报\n产品名称 计量单位 本期累计 增长(%)\n小麦粉 万吨 12.16 58.07\n服装 万件 3169.48 -17.46\n", "公报\n产品名称|计量单位|本期累计|增长(%)\n小麦粉|万吨|12.16|58.07\n服装|万件|3169.48|-17.46\n"),
    ("公报\n全年生产 水泥 万吨 25.40 12.30\n", "公报\n全年生产水泥万吨25.40 12.30\n"),
    ("公报\n产品名称 计量单位 本期累计 增长(%)\n\n小麦粉 万吨 12.16 58.07\n\n服装 万件 3169.48 -17.46\n", "公报\n产品名称|计量单位|本期累计|增长(%)\n小麦粉|万吨|12.16|58.07\n服装|万件|3169.48|-17.46\n"),
    // A label stretched to its column's width by spaces is one cell: its letters join (field
    // round 34 set F); a one-ideograph cell beside a unit column may be the unit, and stays one.
    ("表1\n指 标 年末数(万人) 比重(%)\n全县常住人口 30.5\n其中:城 镇 15.2 49.8\n乡 村 15.3 50.2\n", "表1\n指标|年末数(万人)|比重(%)\n全县常住人口|30.5\n其中:城镇|15.2|49.8\n乡村|15.3|50.2\n"),
    ("表1\n指 标 绝对数 比上年增长(%)\n第三产业 225.7 6.2\n交通运输、仓储和邮政业 28.3 6.0\n批发和零售业 41.0 9.6\n", "表1\n指标|绝对数|比上年增长(%)\n第三产业|225.7|6.2\n交通运输、仓储和邮政业|28.3|6.0\n批发和零售业|41.0|9.6\n"),
    ("表1\n指 标 | 2020年 |\n居民消费价格 | 2.5 |\n", "表1\n指标| 2020年|\n居民消费价格| 2.5 |\n"),
    ("公报\n产品名称 计量单位 产量 增长(%)\n煤 吨 125 3.5\n", "公报\n产品名称|计量单位|产量|增长(%)\n煤|吨|125|3.5\n"),
    ("截至假期结\n束，8天累计", "截至假期结束，8天累计"),
    ("公报\n下降35.2%。二、农业 全年", "公报\n下降35.2%。二、农业全年"),
    ("财    政", "财政"),
    ("2010 - 2015", "2010 - 2015"),
    ("增长2 .7倍", "增长2.7倍"),
    ("人均28 324元", "人均28324元"),
    ("面积1 098.8万公顷", "面积1098.8万公顷"),
    ("12 300 000元", "12300000元"),
    // Groups then a space before the unit (precision search 31, a PDF's budget line).
    ("收入 31 642 万元", "收入31642万元"),
    ("床位 4 260 张", "床位4260张"),
    ("2010年 47 143 2015年", "2010年47 143 2015年"),
    ("2010 2015", "2010 2015"),
    ("300.41 469.5", "300.41 469.5"),
    ("2010年 47 143\n", "2010年47 143\n"),
    ("1. 2015年", "1. 2015年"),
    ("发展\n2. 2015年", "发展\n2. 2015年"),
    ("tibet.cn home", "tibet.cn home"),
    ("GDP   growth", "GDP growth"),
    ("GDP\tgrowth", "GDP growth"),
    ("GDP\u{A0}growth", "GDP growth"),
    ("    地区生产总值  ", "地区生产总值"),
    ("\u{3000}\u{3000}地区", "地区"),
    ("(一) 国家综合能源基地", "(一)国家综合能源基地"),
    ("到2015年 GDP 达到 47亿元", "到2015年GDP达到47亿元"),
    // A copying site's paragraph marks: one mixed-case run of ASCII letters after an ideograph,
    // three times or more, is a line break; acronyms, and a run seen twice, stay.
    ("工作回顾PZl\n去年，县政府报告PZl 2020年会议PZl\n", "工作回顾\n\n去年，县政府报告\n2020年会议\n\n"),
    ("回顾PZl\n报告PZl\n", "回顾PZl\n报告PZl\n"),
    ("占GDP\n比重，CPI\n上涨，GDP\n增长", "占GDP\n比重，CPI\n上涨，GDP\n增长"),
    ("甲Km 乙Km 丙Km ", "甲\n乙\n丙\n"),
    // Line breaks.
    ("270\n亿元", "270亿元"),
    ("增长3.\n9%", "增长3.9%"),
    ("12\n30亿元", "1230亿元"),
    ("2015\n年", "2015年"),
    ("发表于 2022-9-12\n2021年统计公报", "发表于2022-9-12\n2021年统计公报"),
    ("23.10.2014  12:20\n1-9月，全省", "23.10.2014 12:20\n1-9月，全省"),
    ("12:20\n1至5月", "12:20\n1至5月"),
    ("基础 2\n3 二", "基础2\n3二"),
    ("增长\r\n达到", "增长\n达到"),
    ("增长\r达到", "增长\n达到"),
    ("第一段\n\n第二段", "第一段\n\n第二段"),
    ("增长  \n  达到", "增长\n达到"),
    ("  地区生产总值  \n", "地区生产总值\n"),
    // A break inside a growth word is a wrap at any line width (a page whose pinyin glosses,
    // dropped, left lines of every width); a paragraph break there is kept.
    ("全县生产总值完成26.55亿元，同比增\n长6.0 %。", "全县生产总值完成26.55亿元，同比增长6.0%。"),
    ("二、工业\n增\n\n长较快", "二、工业\n增\n\n长较快"),
    // So is one inside a rate's kind (search 34b: a half-year release wrapped at 30 chars).
    ("地区生产总值同比增长8.6%，两年平\n均增长3.1%。", "地区生产总值同比增长8.6%，两年平均增长3.1%。"),
    ("三年累\n计增长19.2%", "三年累计增长19.2%"),
    // Search 34c: a measure's words and an ordinal broken at a line's end, and a sentence that
    // goes on after its ，.
    ("城镇居民人\n均可支配收入", "城镇居民人均可支配收入"),
    ("比上年执\n行数80.8亿元", "比上年执行数80.8亿元"),
    ("第二产业增加值518.5亿元，增长5.0%；第\n三产业增加值", "第二产业增加值518.5亿元，增长5.0%；第三产业增加值"),
    ("上年前三季度，\n全市地区生产总值同比增长3.0%。", "上年前三季度，全市地区生产总值同比增长3.0%。"),
    ("第一段，\n\n第二段", "第一段，\n\n第二段"),
    // A figure's magnitude whose unit goes on on the next line (search 34c, field round 34 set E's
    // controls); a magnitude whose next line opens with no unit is kept apart.
    ("第三产业增加值847.4亿\n元，增长5.4%。", "第三产业增加值847.4亿元，增长5.4%。"),
    ("粮食产量12万\n吨。", "粮食产量12万吨。"),
    ("人口12万\n全年出生", "人口12万\n全年出生"),
    // A PDF that leaves each figure and each phrase on a line of its own (field round 33 set A,
    // a county's work report): the figure joins its verb, its bound word and its clause marks;
    // a year after the verb opens a line of its own, and a line that ends in no verb is kept.
    ("预计全年地区生\n产总值增长\n5.2%\n左右。存贷款余额分别增长\n8.4%\n、\n7.1%\n。", "预计全年地区生产总值增长5.2%左右。存贷款余额分别增长8.4%、7.1%。"),
    ("全县实现\n2023年地区生产总值", "全县实现\n2023年地区生产总值"),
    // So does a name at a line's end whose figure stands alone on the next line (precision
    // search 33e), and a line that opens with a clause mark; a table's figure under its label
    // with no unit after it is kept apart.
    ("其中，第一产业\n4.12\n亿元，增长\n12.1%\n；第二产业\n38.65亿元\n，增长\n10.4%", "其中，第一产业4.12亿元，增长12.1%；第二产业38.65亿元，增长10.4%"),
    ("地区生产总值\n452\n680", "地区生产总值\n452\n680"),
    ("全县经济运行情况\n5.2%", "全县经济运行情况\n5.2%"),
    // So is a break inside a period (precision search 32b, PDF releases): its number before its
    // word, a span of months, a quarter's words. A table's negative number at a line's start
    // goes on no figure.
    ("2024年1-5\n月，全市", "2024年1-5月，全市"),
    ("2024年5\n月末，全市", "2024年5月末，全市"),
    ("2024年1\n-5月，全市", "2024年1-5月，全市"),
    ("2024年1-\n5月，全市", "2024年1-5月，全市"),
    ("2024年前三\n季度，全市", "2024年前三季度，全市"),
    ("2024年前三季\n度，全市", "2024年前三季度，全市"),
    ("2024年上半\n年，全市", "2024年上半年，全市"),
    ("零售额 12.5\n-3.2 4.1", "零售额12.5\n-3.2 4.1"),
    // A list goes on after its 、 on the next line (field round 28 set A, a county's report
    // reposted from a PDF); a paragraph break there is kept.
    ("全县社会消费品零售总额88.5亿元；城镇、\n农村居民人均可支配收入", "全县社会消费品零售总额88.5亿元；城镇、农村居民人均可支配收入"),
    ("城镇、\n\n农村", "城镇、\n\n农村"),
    // A clause a PDF wrapped, on lines of one width with clause marks: joined, words and
    // figures whole again, after a numbered paragraph's first line too. Not before a numbered
    // item or a year, nor after the first line, a table row or a poster's lines.
    (
        concat!(
            "全县经济运行情况\n",
            "全年全县上下团结一心攻坚克难，实现地区生产总\n",
            "值369亿元，比上年增长7.6%；规上工业增加值增\n",
            "长5.0%，一般公共预算收入12.2亿元，比上年增长\n",
            "2.1%；社会消费品零售总额226亿元，增长11.4%。"
        ),
        concat!(
            "全县经济运行情况\n",
            "全年全县上下团结一心攻坚克难，实现地区生产总值369亿元，比上年增长7.6%；规上工业增加值增",
            "长5.0%，一般公共预算收入12.2亿元，比上年增长2.1%；社会消费品零售总额226亿元，增长11.4%。"
        ),
    ),
    (
        concat!(
            "全年全县上下团结一心攻坚克难，实现地区生产总值\n",
            "（二）规上工业增加值增长5.0%，全年完成投资\n",
            "一般公共预算收入12.2亿元，比上年增长2.1%，全县\n",
            "2024年社会消费品零售总额226亿元，增长11.4%。"
        ),
        concat!(
            "全年全县上下团结一心攻坚克难，实现地区生产总值\n",
            "(二)规上工业增加值增长5.0%，全年完成投资一般公共预算收入12.2亿元，比上年增长2.1%，全县\n",
            "2024年社会消费品零售总额226亿元，增长11.4%。"
        ),
    ),
    // A line that ends on a per cent goes on in the next when that opens with an ideograph.
    (
        concat!(
            "首行\n",
            "全年城镇、农村居民人均可支配收入分别达到28336元和13632元，分别增长8.5%\n",
            "和9%；全年社会消费品零售总额达到261.5亿元，比上年增长6.4%，全县税收收入\n",
            "增长10.2%。"
        ),
        concat!(
            "首行\n",
            "全年城镇、农村居民人均可支配收入分别达到28336元和13632元，分别增长8.5%和9%；全年社会消费品零售总额达到261.5亿元，比上年增长6.4%，全县税收收入",
            "增长10.2%。"
        ),
    ),
    (
        "海报标题\n上半年全省地方一般公共预算收入进度\n完成年初预算的57.1%\n上半年全省地方一般公共预算支出\n949亿元",
        "海报标题\n上半年全省地方一般公共预算收入进度\n完成年初预算的57.1%\n上半年全省地方一般公共预算支出\n949亿元",
    ),
    (
        "表头\n规模以上工业增加值，亿元\t369.0\t7.6\t全市合计\n规模以上工业增加值，亿元\t369.0\t7.6\t全市合计\n规模以上工业增加值，亿元\t369.0\t7.6\t全市合计\n规模",
        "表头\n规模以上工业增加值，亿元369.0 7.6全市合计\n规模以上工业增加值，亿元369.0 7.6全市合计\n规模以上工业增加值，亿元369.0 7.6全市合计\n规模",
    ),
    // Everything at once.
    ("生產(chǎn)總值[2] 達 270 億元", "生产总值达270亿元"),
    ("收入12,300亿元,，增长3.\n9%", "收入12300亿元，增长3.9%"),
];

/// (original, text with `prose == false`): the char-level folds only.
const CHARS: &[(&str, &str)] = &[
    ("地區 生產\t總值\r\n２０１５", "地区 生产\t总值\r\n2015"),
    ("12,300亿元", "12,300亿元"),
    ("增长，，达到", "增长，，达到"),
    ("\u{3000}地区\u{A0}", " 地区 "),
    ("生產(chǎn)總值[2] 達 270 億元", "生产总值 达 270 亿元"),
    ("270\n亿元", "270\n亿元"),
    ("页\u{C}下页\u{2028}行", "页\n下页\n行"),
    ("\u{FEFF}a\u{200B}b", "ab"),
    ("地區生產總值增長８．５％", "地区生产总值增长8.5%"),
    ("收入12,300亿元,，增长3.\n9%", "收入12,300亿元,，增长3.\n9%"),
    ("结构为6.0︰64.3︰29.7", "结构为6.0:64.3:29.7"),
];

/// (original, a span of the prose text, the original span it maps to).
const SPANS: &[(&str, &str, &str)] = &[
    ("收入 270 亿元。", "270亿元", "270 亿元"),
    ("收入 270 亿元。", "270", "270"),
    ("地區生產總值", "生产", "生產"),
    ("生產(chǎn)總值增長", "生产总值", "生產(chǎn)總值"),
    ("生產(chǎn)總值", "生产", "生產"),
    ("到 2015 年", "2015", "2015"),
    ("增长12,300亿元", "12300", "12,300"),
    ("收入103, 033万元", "103033", "103, 033"),
    ("增长８．５％", "8.5%", "８．５％"),
    ("\u{FEFF}总值", "总值", "总值"),
    ("增长,,达到", "，", ",,"),
    ("增长3.\n9%", "3.9%", "3.\n9%"),
    ("地 区 生 产", "区生", "区 生"),
    ("总值[2]增长", "总值增长", "总值[2]增长"),
    ("增长\r\n达到", "\n", "\r\n"),
    ("人均28 324元", "28324元", "28 324元"),
    ("GDP   growth", " ", "   "),
];

/// Normalises `original` and checks the map: offsets are non-decreasing and on the original's
/// char boundaries, the end maps to the end, every char maps to a non-empty original span after
/// the one before, and without prose mode every space and line break survives.
fn check(original: &str, prose: bool) -> Normalized {
    let n = Normalized::new(original, prose);
    let on_boundary = |o: usize| o <= original.len() && original.is_char_boundary(o);
    let mut last = 0;
    for at in 0..=n.text.len() + 2 {
        let o = n.to_original(at);
        assert!(o >= last && on_boundary(o), "{original:?} → {:?}: offset {at} → {o} after {last}", n.text);
        last = o;
    }
    assert_eq!(n.to_original(n.text.len()), original.len(), "{original:?}");
    let whole = n.span_to_original(Span::new(0, n.text.len()));
    assert!(whole.start <= whole.end && on_boundary(whole.start) && on_boundary(whole.end), "{original:?}");
    let mut end = 0;
    for (i, c) in n.text.char_indices() {
        let s = n.span_to_original(Span::new(i, i + c.len_utf8()));
        assert!(s.start >= end && s.start < s.end && on_boundary(s.start) && on_boundary(s.end), "{original:?} {c:?}");
        end = s.end;
    }
    if !prose {
        let breaks = |s: &str| {
            s.chars()
                .filter(|c| matches!(c, '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}'))
                .count()
        };
        let spaces = |s: &str| {
            s.chars()
                .filter(|c| {
                    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
                })
                .count()
        };
        assert_eq!((breaks(&n.text), spaces(&n.text)), (breaks(original), spaces(original)), "{original:?}");
    }
    n
}

#[test]
fn prose_rows() {
    for &(original, want) in PROSE {
        assert_eq!(check(original, true).text, want, "{original:?}");
    }
}

#[test]
fn char_rows() {
    for &(original, want) in CHARS {
        assert_eq!(check(original, false).text, want, "{original:?}");
    }
}

#[test]
fn spans_map_back() {
    for &(original, part, want) in SPANS {
        let n = check(original, true);
        let at = n.text.find(part).unwrap_or_else(|| panic!("{part:?} not in {:?}", n.text));
        let s = n.span_to_original(Span::new(at, at + part.len()));
        assert_eq!(&original[s.start..s.end], want, "{original:?} {part:?}");
    }
}

#[test]
fn odd_spans_stay_in_the_original() {
    let original = "地區 ２０１５年 增長";
    let n = check(original, true);
    assert_eq!(n.span_to_original(Span::new(1, 2)), Span::new(0, 3), "inside one char");
    assert_eq!(n.span_to_original(Span::new(4, 4)), Span::new(3, 3), "empty");
    assert_eq!(n.span_to_original(Span::new(99, 120)), Span::new(original.len(), original.len()));
    assert_eq!(n.to_original(usize::MAX), original.len());
    assert_eq!(Normalized::new("", true).span_to_original(Span::new(0, 5)), Span::new(0, 0));
}

/// An unchanged text is one piece; a run of full-width digits, or of chars spaced out by a PDF,
/// is one more.
#[test]
fn the_map_is_sparse() {
    let plain = "地区生产总值达到270亿元，年均增长8.5%。\n".repeat(1000);
    assert_eq!(Normalized::new(&plain, true).folded.pieces.len(), 1);
    assert_eq!(Normalized::new(&plain, true).spaced.map_or(0, |m| m.pieces.len()), 1);
    let spaced = Normalized::new(&"地 区 生 产 总 值 ".repeat(1000), true);
    assert!(spaced.spaced.as_ref().is_some_and(|m| m.pieces.len() <= 2), "{:?}", spaced.spaced.map(|m| m.pieces));
    let wide = Normalized::new(&"２０１５".repeat(1000), false);
    assert_eq!(wide.folded.pieces.len(), 1);
}

/// Every key has its value, and no key maps to itself.
#[test]
fn the_table_is_one_to_one() {
    let keys: Vec<char> = (0x2E80..0x10000).filter_map(char::from_u32).filter(|&c| fold::changes_script(c)).collect();
    assert_eq!(keys.len(), 2952 + 214 + 26);
    assert_eq!((fold::T2S_LOW.len(), fold::T2S_HIGH.len()), (keys.len(), keys.len()));
    let values = fold::T2S_LOW.iter().zip(&fold::T2S_HIGH).map(|(&low, &high)| u16::from_le_bytes([low, high]));
    for (&k, v) in keys.iter().zip(values) {
        let simplified = fold::fold_char(k);
        assert_eq!(u32::from(simplified), u32::from(v), "{k}");
        assert_ne!(simplified, k);
    }
}

/// The Simplified seed documents are (almost) left alone by Traditional → Simplified.
#[test]
fn seeds_keep_their_simplified_chars() {
    for name in ["000_0a4f00c585880ffc.txt", "001_ab682828fb602c16.txt", "002_e46ce887727e8612.txt"] {
        let path = format!("{}/../shared/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let changed: Vec<char> = text.chars().filter(|&c| fold::fold_char(c) != c && is_cjk(c)).collect();
        println!("{name}: {} CJK chars changed by Traditional → Simplified: {changed:?}", changed.len());
        assert!(changed.len() < 10, "{name}: {changed:?}");
        check(&text, true);
        check(&text, false);
    }
}

/// A tiny deterministic generator (xorshift64*), so that the test needs no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

const FRAGMENTS: &[&str] = &[
    "地",
    "區",
    "产",
    "生產",
    "值",
    "亿元",
    "年",
    "增长",
    "0",
    "1",
    "2",
    "3",
    "5",
    "9",
    "２",
    "８",
    "．",
    ".",
    ",",
    "，",
    "。",
    "、",
    "；",
    ";",
    ":",
    "：",
    "︰",
    "∶",
    "﹕",
    " ",
    "  ",
    "\u{3000}",
    "\u{A0}",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "(",
    ")",
    "（",
    "）",
    "[",
    "]",
    "［",
    "］",
    "注",
    "(chǎn)",
    "（men）",
    "(de)",
    "[2]",
    "[注1]",
    "¹",
    "²",
    "m",
    "GDP",
    "a",
    "%",
    "％",
    "‰",
    "\u{200B}",
    "\u{FEFF}",
    "\u{202E}",
    "\u{7}",
    "\u{85}",
    "\u{2028}",
    "\u{C}",
    "𠀀",
    "①",
    "ü",
    "ǎ",
    "\u{2F63}",
    "\u{2ED3}",
    "12,300",
    "1 098.8",
    "3. 9",
    "270\n亿元",
    "é",
    "万",
    "\u{FFFD}",
];

#[test]
fn generated_text_keeps_the_map_sound() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(40);
        let s: String = (0..len).map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())]).collect();
        check(&s, true);
        check(&s, false);
    }
}

#[test]
fn hostile_files_keep_the_map_sound() {
    let dir = format!("{}/tests/hostile", env!("CARGO_MANIFEST_DIR"));
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")).flatten() {
        let bytes = std::fs::read(entry.path()).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        check(&text, true);
        check(&text, false);
        files += 1;
    }
    assert!(files > 100, "{files} files in {dir}");
}

fn timed(text: &str, prose: bool) -> Duration {
    let start = Instant::now();
    std::hint::black_box(Normalized::new(std::hint::black_box(text), prose));
    start.elapsed()
}

/// Patterns that a look-ahead or look-back could make quadratic, timed at N and 10N: the best of
/// five runs each, taken in turns so that other work on the machine slows both alike.
#[test]
fn time_is_linear() {
    let n = if cfg!(debug_assertions) { 10_000 } else { 40_000 };
    let patterns = [
        "[",
        "(",
        "产(",
        "产(chǎ",
        "总值[注1",
        "1 ",
        "1,",
        "1,234",
        "， ",
        " \n",
        "2\n",
        "1.\n",
        "12 300 ",
        "  ",
        "地 ",
        "２",
        "地Ab ",
        "地Ab地Cd ",
    ];
    for p in patterns {
        for prose in [true, false] {
            let (small, large) = (p.repeat(n), p.repeat(10 * n));
            let (mut t1, mut t10) = (Duration::MAX, Duration::MAX);
            for _ in 0..5 {
                t1 = t1.min(timed(&small, prose));
                t10 = t10.min(timed(&large, prose));
            }
            let ratio = t10.as_secs_f64() / t1.as_secs_f64().max(1e-6);
            assert!(ratio < 30.0, "{p:?} (prose {prose}): ×{ratio:.1} for 10× the input ({t1:?} → {t10:?})");
        }
    }
}

/// 5 MiB of every rule at once: well under a second in release builds
/// (`cargo test --profile release-test --lib normalize`); debug builds only run 512 KiB of it.
#[test]
fn five_mebibytes_in_well_under_a_second() {
    let unit = "地區生產(chǎn)總值[2] 達 12,300 億元，，增长３．\n５％；6.0︰64.3︰29.7\u{200B}\r\n  地 区 生 产 28 324元 GDP growth ";
    let size = if cfg!(debug_assertions) { 512 * 1024 } else { 5 * 1024 * 1024 };
    let text = unit.repeat(size / unit.len());
    for prose in [true, false] {
        let took = timed(&text, prose);
        println!("{} bytes, prose {prose}: {took:?}", text.len());
        if !cfg!(debug_assertions) {
            assert!(took < Duration::from_millis(500), "prose {prose}: {took:?}");
        }
    }
}
