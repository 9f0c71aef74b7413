//! Generates the Traditional → Simplified table of `src/normalize/fold.rs`.
//!
//! The table is OpenCC's `TSCharacters.txt` as the crate `hanconv` 0.5.1 ships it (read through
//! its public `RawDictionary::TSCharacters`), first candidate of each entry, plus the radical
//! forms that PDF extraction produces. It is written to `$OUT_DIR/t2s.rs` as a bitmap of the
//! keys, one bit per code point from U+2E80 (smaller than a list of the keys), and the values in
//! key order: a char is looked up by one bit test and one count of the bits below it. The values
//! are two arrays, of their low and of their high bytes: the high bytes of CJK chars vary
//! little, so the wasm compresses better than with one array of `u16`.
//!
//! | source                    | example          | kept when                                   |
//! |---------------------------|------------------|---------------------------------------------|
//! | `TSCharacters.txt`        | `產 → 产`, `佔 → 占` | key and first candidate both in the BMP, different, key not in [`EXCLUDED`] |
//! | Kangxi radicals           | `⽣ → 生`, `⾒ → 見 → 见` | always (their NFKC forms, then the table above) |
//! | CJK radicals supplement   | `⻓ → 长`         | the simplified radicals that stand for a whole char |

use std::fmt::Write as _;

/// Keys of `TSCharacters.txt` that are also standard Simplified chars in words a plan may
/// write, where the one-char mapping would corrupt Simplified input.
const EXCLUDED: &[(char, &str)] = &[
    ('乾', "乾县, 乾安县 (place names), 乾坤: 乾 is standard Simplified there, 干 is not"),
    ('薹', "蒜薹, a crop in agricultural plans; 苔 is another word"),
    ('甯', "a surname distinct from 宁"),
    ('吒', "哪吒, standard Simplified"),
];

/// The 214 Kangxi radicals U+2F00…U+2FD5 in order, each as its NFKC form (a unified ideograph).
/// Fonts in government PDFs often map common chars to these code points, so extracted text
/// reads "⽣产总值" where the page shows 生产总值.
const KANGXI: &str = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

/// Radicals of the CJK Radicals Supplement that PDF extraction leaves for whole chars (⻓期 for
/// 长期), with the unified ideograph each stands for (Unicode's EquivalentUnifiedIdeograph).
const SUPPLEMENT: &[(char, char)] = &[
    ('⺟', '母'),
    ('⺠', '民'),
    ('⻄', '西'),
    ('⻅', '见'),
    ('⻆', '角'),
    ('⻉', '贝'),
    ('⻋', '车'),
    ('⻓', '长'),
    ('⻔', '门'),
    ('⻘', '青'),
    ('⻙', '韦'),
    ('⻚', '页'),
    ('⻛', '风'),
    ('⻜', '飞'),
    ('⻢', '马'),
    ('⻣', '骨'),
    ('⻤', '鬼'),
    ('⻥', '鱼'),
    ('⻦', '鸟'),
    ('⻧', '卤'),
    ('⻨', '麦'),
    ('⻩', '黄'),
    ('⻬', '齐'),
    ('⻮', '齿'),
    ('⻰', '龙'),
    ('⻳', '龟'),
];

fn single(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");

    let mut ts: Vec<(u16, u16)> = Vec::new();
    for (key, first) in hanconv::RawDictionary::TSCharacters.iter() {
        let (Some(k), Some(v)) = (single(key), single(first)) else { continue };
        if k == v || EXCLUDED.iter().any(|&(x, _)| x == k) {
            continue;
        }
        if let (Ok(k), Ok(v)) = (u16::try_from(u32::from(k)), u16::try_from(u32::from(v))) {
            ts.push((k, v));
        }
    }
    // A different hanconv (or an empty parse) must fail the build, not ship an empty table.
    assert!(ts.len() > 2900, "TSCharacters gave only {} BMP one-char pairs", ts.len());
    ts.sort_unstable();
    let simplify = |c: char| -> char {
        let u = u16::try_from(u32::from(c)).unwrap_or(0);
        ts.binary_search_by_key(&u, |&(k, _)| k).map_or(c, |i| char::from_u32(ts[i].1.into()).unwrap_or(c))
    };

    // A radical maps to the Simplified form of the char it stands for: ⾒ → 見 → 见.
    assert_eq!(KANGXI.chars().count(), 214);
    let kangxi = KANGXI.chars().zip(0x2F00u16..);
    let supplement = SUPPLEMENT.iter().map(|&(r, c)| (c, u32::from(r) as u16));
    let radicals: Vec<(u16, u16)> = kangxi.chain(supplement).map(|(c, r)| (r, u32::from(simplify(c)) as u16)).collect();

    let mut table = ts;
    table.extend(radicals);
    table.sort_unstable();
    assert!(table.windows(2).all(|w| w[0].0 < w[1].0), "a key with two values");

    // Every key is a radical or an ideograph: U+2E80 up, in the BMP.
    assert!(table.first().is_some_and(|p| p.0 >= 0x2E80), "a key below U+2E80");
    let last = table.last().map_or(0, |p| usize::from(p.0));
    let mut keys = vec![0u64; (last - 0x2E80) / 64 + 1];
    for &(k, _) in &table {
        let at = usize::from(k) - 0x2E80;
        keys[at / 64] |= 1 << (at % 64);
    }

    let mut out = String::new();
    let list = |out: &mut String, name: &str, ty: &str, values: &[String]| {
        let _ = write!(out, "pub(super) const {name}: [{ty}; {}] = [", values.len());
        for (i, v) in values.iter().enumerate() {
            let sep = if i == 0 {
                "\n    "
            } else if i % 8 == 0 {
                ",\n    "
            } else {
                ", "
            };
            let _ = write!(out, "{sep}{v}");
        }
        out.push_str(",\n];\n");
    };
    out.push_str("// Generated by build.rs from hanconv 0.5.1 (OpenCC TSCharacters.txt) and the radical forms.\n");
    list(&mut out, "T2S_KEYS", "u64", &keys.iter().map(|w| format!("{w:#x}")).collect::<Vec<_>>());
    list(&mut out, "T2S_LOW", "u8", &table.iter().map(|p| (p.1 & 0xFF).to_string()).collect::<Vec<_>>());
    list(&mut out, "T2S_HIGH", "u8", &table.iter().map(|p| (p.1 >> 8).to_string()).collect::<Vec<_>>());

    let dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("t2s.rs"), out).expect("OUT_DIR is writable");
}
