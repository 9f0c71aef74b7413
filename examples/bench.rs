//! Native speed of `analyze` on the seed documents and on ×10 / ×100 copies of them.
//!
//! `cargo run --release --example bench [SEED_DIR]` prints, per input: its size in chars, the
//! median milliseconds per analysis over repeated runs, and Mchar/s. It asserts nothing: the
//! figures are recorded in docs/performance.md, not enforced by a timed test.
//!
//! | input              | what it shows                                   |
//! |--------------------|-------------------------------------------------|
//! | a seed ×1          | the per-keystroke cost of a whole plan           |
//! | a seed ×10, ×100   | that time grows linearly with length             |
//! | plan 31k           | the hardening issue's "whole 31,000-character plan": seeds 000 and 002 joined, cut at the last line end before 31,000 chars |

use std::time::Instant;

use plancheck::{analyze, Options};

fn median_ms(text: &str, min_runs: usize) -> f64 {
    // Warm up once, then run for at least `min_runs` and at least 0.3 s.
    let _ = analyze(text, &Options::default());
    let mut times = Vec::new();
    let begin = Instant::now();
    while times.len() < min_runs || begin.elapsed().as_secs_f64() < 0.3 {
        let t = Instant::now();
        let r = analyze(text, &Options::default());
        times.push(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(r);
        if times.len() > 10_000 {
            break;
        }
    }
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| format!("{}/../shared/seeds", env!("CARGO_MANIFEST_DIR")));
    let mut seeds: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    seeds.sort();
    println!("{:<28} {:>10} {:>12} {:>10}", "input", "chars", "ms/analysis", "Mchar/s");
    let texts: Vec<String> = seeds.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    if let Some(plan) = plan_31k(&texts) {
        let chars = plan.chars().count();
        let ms = median_ms(&plan, 50);
        println!("{:<28} {:>10} {:>12.3} {:>10.1}", "plan 31k (000+002)", chars, ms, chars as f64 / ms / 1e3);
    }
    for path in seeds {
        let text = std::fs::read_to_string(&path).expect("seed is UTF-8");
        let name = path.file_name().unwrap().to_string_lossy().chars().take(20).collect::<String>();
        for copies in [1usize, 10, 100] {
            let big = text.repeat(copies);
            if big.len() > plancheck::MAX_INPUT_BYTES {
                println!(
                    "{:<28} {:>10} (over the input limit; refused by design)",
                    format!("{name} ×{copies}"),
                    big.chars().count()
                );
                continue;
            }
            let chars = big.chars().count();
            let ms = median_ms(&big, if copies == 1 { 50 } else { 5 });
            println!(
                "{:<28} {:>10} {:>12.3} {:>10.1}",
                format!("{name} ×{copies}"),
                chars,
                ms,
                chars as f64 / ms / 1e3
            );
        }
    }
}

/// Seeds 000 and 002 (a five-year plan and a task division) joined and cut at the last line end
/// before 31,000 chars: real plan prose of the length the hardening issue names. The same text
/// as scripts/bench-wasm.mjs builds.
fn plan_31k(seeds: &[String]) -> Option<String> {
    let (a, b) = (seeds.first()?, seeds.get(2)?);
    let joined = format!("{a}\n{b}");
    let cut = joined.char_indices().nth(31_000).map_or(joined.len(), |(i, _)| i);
    let end = joined[..cut].rfind('\n').unwrap_or(cut);
    Some(joined[..end].to_string())
}
