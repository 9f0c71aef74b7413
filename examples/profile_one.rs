//! Runs `analyze` on one file many times, for a profiler to watch:
//! `valgrind --tool=callgrind target/release/examples/profile_one FILE [RUNS]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_one FILE [RUNS]");
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    for _ in 0..runs {
        std::hint::black_box(plancheck::analyze(&text, &plancheck::Options::default()));
    }
}
