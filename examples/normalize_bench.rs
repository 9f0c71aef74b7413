//! Native speed of the normaliser alone and of the whole analysis, per file:
//! `cargo run --profile release-test --example normalize_bench FILE...` prints the median
//! microseconds of `Normalized::new` (prose mode) and of `analyze` for each file. With
//! `--only normalize|analyze N` it runs just that part `N` times and prints nothing, for
//! `valgrind --tool=callgrind` to count. It asserts nothing.

use std::time::Instant;

use plancheck::normalize::Normalized;
use plancheck::{analyze, Options};

fn median_us(mut f: impl FnMut()) -> f64 {
    f();
    let mut times = Vec::new();
    let begin = Instant::now();
    while times.len() < 20 || begin.elapsed().as_secs_f64() < 0.3 {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let only = args.iter().position(|a| a == "--only").map(|i| {
        let part = args.get(i + 1).cloned().unwrap_or_default();
        let runs: usize = args.get(i + 2).and_then(|n| n.parse().ok()).unwrap_or(1);
        args.drain(i..(i + 3).min(args.len()));
        (part, runs)
    });
    let texts: Vec<(String, String)> =
        args.iter().map(|p| (p.clone(), std::fs::read_to_string(p).expect("a UTF-8 file"))).collect();
    if let Some((part, runs)) = only {
        for (_, text) in &texts {
            for _ in 0..runs {
                match part.as_str() {
                    "normalize" => drop(std::hint::black_box(Normalized::new(text, true))),
                    _ => drop(std::hint::black_box(analyze(text, &Options::default()))),
                }
            }
        }
        return;
    }
    println!("{:<40} {:>8} {:>14} {:>12}", "input", "bytes", "normalise µs", "analyse µs");
    for (path, text) in &texts {
        let norm = median_us(|| drop(std::hint::black_box(Normalized::new(text, true))));
        let all = median_us(|| drop(std::hint::black_box(analyze(text, &Options::default()))));
        let name: String = path.rsplit('/').next().unwrap_or(path).chars().take(40).collect();
        println!("{name:<40} {:>8} {norm:>14.1} {all:>12.1}", text.len());
    }
}
