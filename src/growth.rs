//! Compound growth on intervals: paths, implied and required rates, cumulative sums, multiples.
//!
//! Rates are in per cent a year, compounded: v(t) = base × (1 + r/100)^(t − t0). Every
//! function takes and returns [`Interval`]s, because each input is a rounded figure; the
//! bounds of a result are the extreme values that the rounded inputs allow. All functions
//! return `None` when a value they need is not positive, instead of producing NaN.
//!
//! | call                                              | result               |
//! |---------------------------------------------------|----------------------|
//! | `project([47.6], [24.6], 5)`                      | `[142.95]`           |
//! | `implied_rate([47.55,47.65], [142.5,143.5], 5)`   | `[24.49, 24.72]`     |
//! | `cumulative([21.8], [21], 5)`                     | `[≈200]`             |
//! | `doubling_factor(2)`                              | `4`                  |
//! | `Multiple::Increase(2.0).factor()` (增长2倍)       | `3`                  |
//! | `Multiple::Times(2.0).factor()`    (是…的2倍)       | `2`                  |

use crate::interval::Interval;

/// The growth factor 1 + r/100 of a rate interval, if the whole interval is above −100%.
pub fn factor(rate: &Interval) -> Option<Interval> {
    let f = Interval::new(1.0 + rate.lo / 100.0, 1.0 + rate.hi / 100.0);
    f.is_positive().then_some(f)
}

/// The value after `years` years of growth at `rate` from `base`.
pub fn project(base: &Interval, rate: &Interval, years: i32) -> Option<Interval> {
    let g = factor(rate)?.powi_pos(years)?;
    base.mul_pos(&g)
}

/// The compound annual rate, in per cent, that takes `base` to `target` in `years` years.
/// This is also the rate a mid-term review requires from the latest figure to the target.
pub fn implied_rate(base: &Interval, target: &Interval, years: i32) -> Option<Interval> {
    if years <= 0 || !target.is_positive() {
        return None;
    }
    let ratio = target.div_pos(base)?;
    let g = ratio.root_pos(years)?;
    Some(Interval::new((g.lo - 1.0) * 100.0, (g.hi - 1.0) * 100.0))
}

/// The year-by-year path from `(year0, value0)` at `rate` % a year, through `year1`; it runs
/// backwards when `year1` is earlier, which is how a target alone shows the base it implies.
pub fn path(year0: i32, value0: f64, rate: f64, year1: i32) -> Vec<(i32, f64)> {
    let g = 1.0 + rate / 100.0;
    if !(g > 0.0 && value0.is_finite()) {
        return Vec::new();
    }
    let step = if year1 >= year0 { 1 } else { -1 };
    let n = (year1 - year0).abs();
    let mut out = Vec::with_capacity(n as usize + 1);
    for k in 0..=n {
        out.push((year0 + step * k, value0 * g.powi(step * k)));
    }
    out
}

/// Σ_{k=1..n} base × (1+r)^k: the sum of the `n` years after the base year, which is what
/// "五年累计" adds up.
pub fn cumulative(base: &Interval, rate: &Interval, n: i32) -> Option<Interval> {
    let g = factor(rate)?;
    if !base.is_positive() || n <= 0 {
        return None;
    }
    // Loops rather than `map().sum()` (each chain is a copy in the wasm); sums start at -0.0,
    // as `Iterator::sum` does.
    let sum = |b: f64, g: f64| {
        let mut s = -0.0;
        for k in 1..=n {
            s += b * g.powi(k);
        }
        s
    };
    Some(Interval::new(sum(base.lo, g.lo), sum(base.hi, g.hi)))
}

/// The base that a stated cumulative `total` over `n` years at `rate` implies.
pub fn base_for_cumulative(total: &Interval, rate: &Interval, n: i32) -> Option<Interval> {
    let g = factor(rate)?;
    if !total.is_positive() || n <= 0 {
        return None;
    }
    let weight = |g: f64| {
        let mut s = -0.0;
        for k in 1..=n {
            s += g.powi(k);
        }
        s
    };
    Some(Interval::new(total.lo / weight(g.hi), total.hi / weight(g.lo)))
}

/// 翻k番: the factor 2^k.
pub fn doubling_factor(k: u32) -> f64 {
    2f64.powi(k.min(64) as i32)
}

/// The two ways plans state a multiple, which are often confused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Multiple {
    /// 增长N倍: new = old × (1 + N).
    Increase(f64),
    /// 是…的N倍, 为N倍: new = old × N.
    Times(f64),
}

impl Multiple {
    pub fn factor(self) -> f64 {
        match self {
            Multiple::Increase(n) => 1.0 + n,
            Multiple::Times(n) => n,
        }
    }
}

/// The compound annual rate, in per cent, that multiplies a value by `factor` in `years`.
pub fn rate_for_factor(factor: f64, years: i32) -> Option<f64> {
    (factor > 0.0 && years > 0).then(|| (crate::interval::root(factor, years) - 1.0) * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(lo: f64, hi: f64) -> Interval {
        Interval::new(lo, hi)
    }

    #[test]
    fn worked_figures_from_the_domain_notes() {
        // GDP 47.6 at 24.6% for five years: 142.95.
        let p = project(&Interval::point(47.6), &Interval::point(24.6), 5).unwrap();
        assert!((p.lo - 142.95).abs() < 0.01, "{p:?}");
        // The endpoints 47.6 → 143 allow 24.49%–24.72% a year.
        let r = implied_rate(&iv(47.55, 47.65), &iv(142.5, 143.5), 5).unwrap();
        assert!((r.lo - 24.49).abs() < 0.01 && (r.hi - 24.72).abs() < 0.01, "{r:?}");
        // 第一产业 0.4 → 0.58: "0.4" only fixes the base to ±0.05, so 5.0%–10.8% fit.
        let r = implied_rate(&iv(0.35, 0.45), &iv(0.575, 0.585), 5).unwrap();
        assert!((r.lo - 5.0).abs() < 0.1 && (r.hi - 10.8).abs() < 0.1, "{r:?}");
        // 200亿元 over five years at 21% implies a base of about 21.8亿元.
        let b = base_for_cumulative(&Interval::point(200.0), &Interval::point(21.0), 5).unwrap();
        assert!((b.mid() - 21.8).abs() < 0.05, "{b:?}");
        let c = cumulative(&b, &Interval::point(21.0), 5).unwrap();
        assert!((c.mid() - 200.0).abs() < 1e-6);
    }

    #[test]
    fn paths_run_both_ways() {
        let p = path(2010, 47.6, 24.6, 2015);
        assert_eq!(p.len(), 6);
        assert_eq!(p[0], (2010, 47.6));
        assert!((p[5].1 - 142.95).abs() < 0.01);
        let back = path(2015, 10.0, 22.0, 2010);
        assert_eq!(back.last().unwrap().0, 2010);
        assert!((back.last().unwrap().1 - 3.70).abs() < 0.01);
        assert!(path(2010, 1.0, -100.0, 2015).is_empty());
    }

    #[test]
    fn refuses_what_has_no_meaning() {
        assert!(factor(&iv(-100.0, -90.0)).is_none());
        assert!(implied_rate(&iv(-1.0, 1.0), &iv(1.0, 2.0), 5).is_none());
        assert!(implied_rate(&iv(1.0, 2.0), &iv(1.0, 2.0), 0).is_none());
        assert!(rate_for_factor(2.0, 0).is_none());
    }

    #[test]
    fn multiples() {
        assert_eq!(Multiple::Increase(2.0).factor(), 3.0);
        assert_eq!(Multiple::Times(2.0).factor(), 2.0);
        assert_eq!(doubling_factor(2), 4.0);
        // 翻一番 in five years needs 14.87% a year.
        assert!((rate_for_factor(doubling_factor(1), 5).unwrap() - 14.87).abs() < 0.01);
    }
}
