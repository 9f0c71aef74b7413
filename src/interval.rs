//! Closed intervals of real numbers, the currency of every check.
//!
//! A plan writes rounded figures, so each figure stands for an interval of values, and every
//! relation between figures is decided by asking whether the intervals can meet. Nothing in
//! the checks compares two raw floats.
//!
//! | expression                              | result              |
//! |-----------------------------------------|---------------------|
//! | `[47.55, 47.65] * [1.2455, 1.2465]`     | `[59.22, 59.40]`    |
//! | `[142.5, 143.5] / [47.55, 47.65]`       | `[2.9906, 3.0179]`  |
//! | `[1, 2].meets([2, 3])`                  | `true` (touching)   |
//! | `[1, 2].gap([2.5, 3])`                  | `0.5`               |
//! | `Interval::at_least(42.0)`              | `[42, +∞)`          |
//!
//! Unbounded ends are `±∞`. The operations here are only used on the positive values that
//! growth arithmetic needs, which keeps the rules for `0 × ∞` out of the picture: callers check
//! positivity first ([`Interval::is_positive`]) and get `None` back from the operations that
//! would otherwise be undefined.

/// A relative slack applied when deciding whether two intervals meet. It absorbs the binary
/// representation error of decimal figures (47.55 is not exactly representable), so that a
/// relation which holds exactly at the edge of rounding is never reported.
const EDGE_SLACK: f64 = 1e-9;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    /// Builds `[a, b]` or `[b, a]`, whichever is ordered. NaN ends become unbounded.
    // Not inlined: one copy of the NaN and order tests serves the many callers.
    #[inline(never)]
    pub fn new(a: f64, b: f64) -> Interval {
        let a = if a.is_nan() { f64::NEG_INFINITY } else { a };
        let b = if b.is_nan() { f64::INFINITY } else { b };
        if a <= b {
            Interval { lo: a, hi: b }
        } else {
            Interval { lo: b, hi: a }
        }
    }

    pub fn point(x: f64) -> Interval {
        Interval::new(x, x)
    }

    pub fn at_least(x: f64) -> Interval {
        Interval { lo: x, hi: f64::INFINITY }
    }

    pub fn at_most(x: f64) -> Interval {
        Interval { lo: f64::NEG_INFINITY, hi: x }
    }

    pub fn contains(&self, x: f64) -> bool {
        self.meets(&Interval::point(x))
    }

    /// True when the two intervals share at least one point (within [`EDGE_SLACK`]).
    pub fn meets(&self, other: &Interval) -> bool {
        self.gap(other) == 0.0
    }

    /// The distance between the intervals: 0 when they meet, else the width of the hole
    /// between them. The slack is relative to the magnitudes involved.
    pub fn gap(&self, other: &Interval) -> f64 {
        let raw = if self.hi < other.lo {
            other.lo - self.hi
        } else if other.hi < self.lo {
            self.lo - other.hi
        } else {
            return 0.0;
        };
        let scale = self.lo.abs().max(self.hi.abs()).max(other.lo.abs()).max(other.hi.abs());
        let scale = if scale.is_finite() { scale } else { raw };
        if raw <= EDGE_SLACK * scale.max(1.0) {
            0.0
        } else {
            raw
        }
    }

    /// The point of `self` nearest to `x`: `x` itself when it lies inside.
    // Not inlined: one copy of the comparisons serves every check's suggestion.
    #[inline(never)]
    pub fn nearest(&self, x: f64) -> f64 {
        // Not `f64::clamp`: its `min <= max` assertion formats floats with `Debug`, which
        // links Rust's float printing (~16 KB) into the wasm.
        if x < self.lo {
            self.lo
        } else if x > self.hi {
            self.hi
        } else {
            x
        }
    }

    /// A representative value: the midpoint when bounded, the finite end otherwise.
    pub fn mid(&self) -> f64 {
        match (self.lo.is_finite(), self.hi.is_finite()) {
            (true, true) => (self.lo + self.hi) / 2.0,
            (true, false) => self.lo,
            (false, true) => self.hi,
            (false, false) => 0.0,
        }
    }

    pub fn is_bounded(&self) -> bool {
        self.lo.is_finite() && self.hi.is_finite()
    }

    pub fn is_positive(&self) -> bool {
        self.lo > 0.0
    }

    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        if !self.meets(other) {
            return None;
        }
        let lo = self.lo.max(other.lo);
        let hi = self.hi.min(other.hi);
        // Meeting within the slack can leave lo a hair above hi.
        Some(Interval::new(lo.min(hi), hi.max(lo)))
    }

    pub fn add(&self, other: &Interval) -> Interval {
        Interval::new(self.lo + other.lo, self.hi + other.hi)
    }

    pub fn scale(&self, k: f64) -> Interval {
        Interval::new(self.lo * k, self.hi * k)
    }

    /// Product of two positive intervals; `None` unless both are positive.
    pub fn mul_pos(&self, other: &Interval) -> Option<Interval> {
        (self.is_positive() && other.is_positive()).then(|| Interval::new(self.lo * other.lo, self.hi * other.hi))
    }

    /// Quotient of a non-negative interval by a positive one; `None` otherwise.
    pub fn div_pos(&self, other: &Interval) -> Option<Interval> {
        (self.lo >= 0.0 && other.is_positive()).then(|| Interval::new(self.lo / other.hi, self.hi / other.lo))
    }

    /// `self^n` for a positive interval and a whole exponent (negative too); monotone in the base.
    pub fn powi_pos(&self, n: i32) -> Option<Interval> {
        if !self.is_positive() {
            return None;
        }
        Some(Interval::new(self.lo.powi(n), self.hi.powi(n)))
    }

    /// The `n`th root of a positive interval, for `n` ≥ 1; monotone in the base.
    pub fn root_pos(&self, n: i32) -> Option<Interval> {
        if !self.is_positive() || n < 1 {
            return None;
        }
        Some(Interval::new(root(self.lo, n), root(self.hi, n)))
    }

    /// Widens the interval by `d` on each side.
    pub fn widen(&self, d: f64) -> Interval {
        Interval::new(self.lo - d, self.hi + d)
    }

    // Not inlined: one copy serves the slack of every check.
    #[inline(never)]
    pub fn half_width(&self) -> f64 {
        (self.hi - self.lo) / 2.0
    }
}

/// `x^(1/n)` for a finite `x` > 0 and `n` ≥ 1 (NaN otherwise), as `exp(ln x / n)` with the
/// crate's own `exp` and `ln` below.
///
/// Why not `x.powf(1.0 / n)`: every power in the crate is a whole number of years or its
/// inverse, and `powf` alone linked libm's `pow`, 2.1 KB of the wasm. Whole powers go through
/// `powi`, roots through this function.
/// It is as exact as `powf(1.0 / n)`: both are off the true root by about |ln x| · ε / n
/// relatively (the rounding of 1/n there, of ln x here).
///
/// | x, n | result |
/// |---|---|
/// | 4, 2 | 2 |
/// | 143 / 47.6, 5 | 1.2460797 (a rate of 24.6%) |
/// | 1e-310, 3 | 4.6416e-104 (a subnormal `x` is fine) |
pub fn root(x: f64, n: i32) -> f64 {
    if !(x > 0.0 && x < f64::INFINITY) || n < 1 {
        return f64::NAN;
    }
    if n == 1 {
        return x;
    }
    exp(ln(x) / f64::from(n))
}

/// ln 2 in two parts (fdlibm's, bit for bit): `k · LN2_HI` is exact for every binary exponent
/// `k`, its low bits being zero.
const LN2_HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
const LN2_LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);

/// ln x for a finite `x` > 0: x = m · 2^e with m in [√½, √2), and ln m = 2 atanh s with
/// s = (m − 1)/(m + 1), |s| < 0.18, by its series. Not `f64::ln`, which links libm's (with
/// `exp`, 0.7 KB of the wasm, against a few loops here); `root` is its one caller.
fn ln(x: f64) -> f64 {
    let (mut x, mut e) = (x, 0);
    if x < f64::MIN_POSITIVE {
        x *= 2f64.powi(64);
        e = -64;
    }
    let bits = x.to_bits();
    e += ((bits >> 52) & 0x7ff) as i32 - 1023;
    let mut m = f64::from_bits(bits & !(0x7ff << 52) | (1023 << 52));
    if m > std::f64::consts::SQRT_2 {
        m /= 2.0;
        e += 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let (mut term, mut sum, mut k) = (s, 0.0, 1.0);
    while k < 40.0 {
        sum += term / k;
        term *= s * s;
        k += 2.0;
    }
    let e = f64::from(e);
    e * LN2_HI + (2.0 * sum + e * LN2_LO)
}

/// e^y for |y| ≤ 746: y = k · ln 2 + t with |t| ≤ ln 2 / 2, e^t by its Taylor series, then
/// scaled by 2^k in two steps so that a subnormal result is reached without overflow.
fn exp(y: f64) -> f64 {
    let k = (y / std::f64::consts::LN_2 + 0.5).floor();
    let t = (y - k * LN2_HI) - k * LN2_LO;
    let (mut term, mut sum, mut i) = (1.0, 1.0, 1.0);
    while i < 24.0 {
        term *= t / i;
        sum += term;
        i += 1.0;
    }
    let half = (k / 2.0).floor();
    sum * 2f64.powi(half as i32) * 2f64.powi((k - half) as i32)
}

/// ⌊log₁₀ x⌋ for a finite `x > 0`, subnormals included: the decimal exponent of a figure to
/// print. Not `x.log10()`, which links libm's `log10` (0.2 KB of the wasm) for two callers that
/// need only this. The binary exponent puts it within one; powers of ten settle it. Beyond
/// 10^±22 `powi` is not exact, and a double that is itself a power of ten there may read one
/// off; plan figures lie far inside.
///
/// | x | result |
/// |---|---|
/// | 142.9 | 2 |
/// | 1000 | 3 |
/// | 0.05 | −2 |
pub fn exponent10(x: f64) -> i32 {
    let binary = ((x.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut e = (f64::from(binary) * std::f64::consts::LOG10_2).floor() as i32;
    while e < 308 && 10f64.powi(e + 1) <= x {
        e += 1;
    }
    while e > -324 && 10f64.powi(e) > x {
        e -= 1;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `exponent10` against `log10` (the reference, natively) over positive doubles and at the
    /// powers of ten, where rounding would show.
    #[test]
    fn exponent10_agrees_with_log10() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let x = f64::from_bits(seed >> 1);
            if !x.is_finite() || x <= f64::MIN_POSITIVE {
                continue;
            }
            assert_eq!(exponent10(x), x.log10().floor() as i32, "{x:e}");
        }
        for e in -22..=22 {
            let x: f64 = format!("1e{e}").parse().unwrap();
            assert_eq!(exponent10(x), e, "{x:e}");
        }
        assert_eq!((exponent10(142.9), exponent10(0.05)), (2, -2));
    }

    /// `root` against std's `powf` (the reference, natively) over the whole range of doubles,
    /// subnormals included, and over exponents from 2 to the 99,999 years of a hostile input.
    #[test]
    fn root_agrees_with_powf() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut worst = 0.0f64;
        for n in (1..=40).chain([99, 1000, 2026, 99_999]) {
            for _ in 0..2_000 {
                // Any positive finite double: random bits with the sign cleared.
                let x = f64::from_bits(next() >> 1);
                if !x.is_finite() || x == 0.0 {
                    continue;
                }
                let want = x.powf(1.0 / f64::from(n));
                let got = root(x, n);
                // Both sides are off the true root by up to about |ln x| · ε / n relatively:
                // the reference through the rounding of 1/n, root() through that of ln x.
                let slack = 4.0 * f64::EPSILON + 2.0 * x.ln().abs() * f64::EPSILON / f64::from(n);
                let err = ((got - want) / want).abs();
                assert!(err <= slack, "root({x:e}, {n}): expected {want:e}, found {got:e}");
                worst = worst.max(err / slack);
            }
        }
        // Exact cases and the documented examples.
        assert!((root(4.0, 2) - 2.0).abs() < 1e-15);
        assert!((root(1024.0, 10) - 2.0).abs() < 1e-15);
        assert_eq!(root(1.0, 99_999), 1.0);
        assert!((root(143.0 / 47.6, 5) - 1.2460797).abs() < 1e-7);
        assert!((root(1e-310, 3) / 4.6416e-104 - 1.0).abs() < 1e-4);
        for (x, n) in [(0.0, 2), (-1.0, 3), (f64::INFINITY, 2), (f64::NAN, 2), (2.0, 0), (2.0, -1)] {
            assert!(root(x, n).is_nan(), "root({x}, {n})");
        }
        eprintln!("root: worst difference from powf, as a fraction of the allowed: {worst:.3}");
    }

    #[test]
    fn meeting_and_gaps() {
        let a = Interval::new(1.0, 2.0);
        assert!(a.meets(&Interval::new(2.0, 3.0)));
        assert!(!a.meets(&Interval::new(2.5, 3.0)));
        assert!((a.gap(&Interval::new(2.5, 3.0)) - 0.5).abs() < 1e-12);
        assert!(Interval::at_least(42.0).meets(&Interval::new(50.0, 60.0)));
        assert!(!Interval::at_most(42.0).meets(&Interval::new(50.0, 60.0)));
    }

    #[test]
    fn edge_of_rounding_is_not_a_gap() {
        // 47.55 and 47.65 are not exact in binary; the slack keeps an exact edge a meeting.
        let base = Interval::new(47.6 - 0.05, 47.6 + 0.05);
        assert!(base.meets(&Interval::point(47.65)));
        assert!(base.meets(&Interval::point(47.55)));
    }

    #[test]
    fn arithmetic_is_monotone() {
        let b = Interval::new(47.55, 47.65);
        let g = Interval::new(1.2455, 1.2465).powi_pos(5).unwrap();
        let p = b.mul_pos(&g).unwrap();
        assert!(p.contains(47.6 * 1.246f64.powi(5)));
        assert!(Interval::new(-1.0, 1.0).mul_pos(&b).is_none());
        assert!(b.div_pos(&Interval::new(-1.0, 1.0)).is_none());
        assert_eq!(Interval::new(3.0, 1.0), Interval::new(1.0, 3.0));
    }
}
