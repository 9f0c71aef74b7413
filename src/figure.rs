//! Figures as written: a decimal number, the interval its rounding allows, and its bound.
//!
//! A figure never forgets how it was written, because the written precision is the only
//! honest tolerance a checker has. Conversion between magnitudes (万, 亿) happens on the
//! decimal mantissa and exponent, so it is exact.
//!
//! | written          | value   | allowed interval        | bound    |
//! |------------------|---------|-------------------------|----------|
//! | `47.6`           | 47.6    | [47.55, 47.65]          | `eq`     |
//! | `143`            | 143     | [142.5, 143.5]          | `eq`     |
//! | `21.9` (%)       | 21.9    | [21.85, 21.95]          | `eq`     |
//! | `42` + 以上       | 42      | [41.5, +∞)              | `ge`     |
//! | `2.4` + 以内      | 2.4     | (−∞, 2.45]              | `le`     |
//! | `6` + 左右        | 6       | [5, 7]                  | `approx` |
//! | `48` in a headline | 48    | [47.5, 49)              | `cut`    |
//! | `600` in a headline | 600  | [550, 700)              | `cut`    |
//! | `1,234.5`        | 1234.5  | [1234.45, 1234.55]      | `eq`     |

use crate::interval::Interval;
use crate::text::Span;

/// How a figure relates to the true value it describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// A plain figure: the true value lies within its rounding.
    Eq,
    /// At least (以上, 突破, 超过, 不低于, ≥).
    Ge,
    /// At most (以内, 不超过, 控制在, 以下, ≤).
    Le,
    /// About (左右, 约): see [`Figure::allowed`] for the band.
    Approx,
    /// Rounded or cut short to its last digit, as a headline gives a whole amount ("接待游客
    /// 48万人次" over a body's 48.7万): from half a unit of that digit below to a whole unit above.
    Cut,
}

snake_case!(Bound {
    Eq => "eq",
    Ge => "ge",
    Le => "le",
    Approx => "approx",
    Cut => "cut",
});

/// The most significant digits a figure may carry. Longer numbers are refused with a
/// diagnostic instead of being silently rounded: nobody writes a plan target with 16 digits.
pub const MAX_DIGITS: usize = 15;

/// A decimal number held exactly as `mantissa × 10^exp`; `exp` is also the place of the last
/// written digit, which is what sets the rounding interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i64,
    pub exp: i32,
}

impl Decimal {
    /// Parses ASCII digits with an optional single decimal point and `,` thousands separators
    /// (already normalised from full width by the caller). Returns `None` for anything else,
    /// including more than [`MAX_DIGITS`] significant digits.
    pub fn parse(s: &str) -> Option<Decimal> {
        Decimal::parse_bytes(s.as_bytes())
    }

    /// [`Decimal::parse`] of bytes: a byte of a multi-byte char is no digit, point or comma,
    /// so it fails as the char would. The scanners collect digits as bytes, and a UTF-8 check
    /// on them would only link `str::from_utf8`.
    pub fn parse_bytes(s: &[u8]) -> Option<Decimal> {
        let mut mantissa: i64 = 0;
        let mut exp: i32 = 0;
        let mut seen_point = false;
        let mut digits = 0usize;
        let mut significant = 0usize;
        for &c in s {
            match c {
                b'0'..=b'9' => {
                    digits += 1;
                    if mantissa != 0 || c != b'0' {
                        significant += 1;
                    }
                    if significant > MAX_DIGITS {
                        return None;
                    }
                    mantissa = mantissa * 10 + i64::from(c - b'0');
                    if seen_point {
                        exp -= 1;
                    }
                }
                b'.' if !seen_point => seen_point = true,
                b',' if !seen_point => {}
                _ => return None,
            }
        }
        (digits > 0).then_some(Decimal { mantissa, exp })
    }

    /// Multiplies by `10^k` exactly.
    // Not inlined: one copy of the saturating add serves the many callers.
    #[inline(never)]
    pub fn shift(self, k: i32) -> Decimal {
        Decimal { mantissa: self.mantissa, exp: self.exp.saturating_add(k) }
    }

    /// The same number with its trailing zeros taken as unwritten digits: 600 as 6×10², whose
    /// last digit is the hundreds.
    pub fn without_trailing_zeros(self) -> Decimal {
        let (mut mantissa, mut exp) = (self.mantissa, self.exp);
        while mantissa != 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            exp += 1;
        }
        Decimal { mantissa, exp }
    }

    pub fn negated(self) -> Decimal {
        Decimal { mantissa: -self.mantissa, exp: self.exp }
    }

    /// The nearest f64: a single rounding at the end, so 47.6 prints as 47.6.
    pub fn to_f64(self) -> f64 {
        scale10(self.mantissa as f64, self.exp)
    }

    /// The interval that rounding to the last written digit allows: ± half a unit of it.
    pub fn rounding(self) -> Interval {
        let m = self.mantissa as f64;
        Interval::new(scale10(m - 0.5, self.exp), scale10(m + 0.5, self.exp))
    }
}

/// `x × 10^e`, dividing for negative `e` so that short decimals come out as the nearest double.
// Not inlined: one copy of the two branches serves the many callers.
#[inline(never)]
pub fn scale10(x: f64, e: i32) -> f64 {
    if e >= 0 {
        x * 10f64.powi(e)
    } else {
        x / 10f64.powi(-e)
    }
}

/// A stated figure: its number as written, the bound words around it, and where it stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// The number as written, in the unit as written (3.3 for "3.3万元").
    pub number: Decimal,
    pub bound: Bound,
    pub span: Span,
}

/// The half-width of the band that 左右/约 put around a figure, relative to its value. The band
/// is also never narrower than one unit of the last written digit, so "6%左右" allows 5%–7%.
/// Two per cent is the tolerance a reviewer accepts for "about" on a level; it is documented
/// here rather than guessed at each use.
pub const APPROX_REL: f64 = 0.02;

impl Figure {
    pub fn new(number: Decimal, bound: Bound, span: Span) -> Figure {
        Figure { number, bound, span }
    }

    /// The number as written, as an f64 (what a finding's `numbers` lists).
    pub fn written(&self) -> f64 {
        self.number.to_f64()
    }

    /// The interval of true values this figure allows, in units of `10^shift` of the written
    /// unit (pass the magnitude difference to convert 万元 into 元, say).
    pub fn allowed_shifted(&self, shift: i32) -> Interval {
        let d = self.number.shift(shift);
        let r = d.rounding();
        match self.bound {
            Bound::Eq => r,
            Bound::Ge => Interval::at_least(r.lo),
            Bound::Le => Interval::at_most(r.hi),
            Bound::Approx => {
                let v = d.to_f64();
                let unit = scale10(1.0, d.exp);
                r.widen((APPROX_REL * v.abs()).max(unit) - r.half_width())
            }
            Bound::Cut => {
                let half = r.half_width();
                if d.mantissa < 0 {
                    Interval::new(r.lo - half, r.hi)
                } else {
                    Interval::new(r.lo, r.hi + half)
                }
            }
        }
    }

    pub fn allowed(&self) -> Interval {
        self.allowed_shifted(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(s: &str, bound: Bound) -> Figure {
        Figure::new(Decimal::parse(s).unwrap(), bound, Span::default())
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * a.abs().max(1.0)
    }

    #[test]
    fn rounding_intervals_follow_the_written_digits() {
        for (s, lo, hi) in [
            ("47.6", 47.55, 47.65),
            ("143", 142.5, 143.5),
            ("21.9", 21.85, 21.95),
            ("0.4", 0.35, 0.45),
            ("30.23", 30.225, 30.235),
            ("1,234.5", 1234.45, 1234.55),
            ("0.000", -0.0005, 0.0005),
        ] {
            let r = fig(s, Bound::Eq).allowed();
            assert!(close(r.lo, lo) && close(r.hi, hi), "{s}: {r:?}");
        }
    }

    #[test]
    fn bounds_open_one_side() {
        let ge = fig("42", Bound::Ge).allowed();
        assert!(close(ge.lo, 41.5) && ge.hi.is_infinite());
        let le = fig("2.4", Bound::Le).allowed();
        assert!(le.lo.is_infinite() && close(le.hi, 2.45));
        let about = fig("6", Bound::Approx).allowed();
        assert!(close(about.lo, 5.0) && close(about.hi, 7.0), "{about:?}");
        let about = fig("143", Bound::Approx).allowed();
        assert!(close(about.lo, 143.0 - 2.86) && close(about.hi, 143.0 + 2.86), "{about:?}");
    }

    #[test]
    fn a_headline_figure_is_rounded_or_cut_short() {
        let cut = fig("48", Bound::Cut).allowed();
        assert!(close(cut.lo, 47.5) && close(cut.hi, 49.0), "{cut:?}");
        let six_hundred =
            Figure::new(Decimal::parse("600").unwrap().without_trailing_zeros(), Bound::Cut, Span::default());
        let cut = six_hundred.allowed();
        assert!(close(cut.lo, 550.0) && close(cut.hi, 700.0), "{cut:?}");
    }

    #[test]
    fn magnitudes_convert_exactly() {
        // 3.3万 is [32500, 33500] in units of one.
        let r = fig("3.3", Bound::Eq).allowed_shifted(4);
        assert_eq!((r.lo, r.hi), (32500.0, 33500.0));
        assert_eq!(Decimal::parse("3.3").unwrap().shift(4).to_f64(), 33000.0);
        assert_eq!(Decimal::parse("47.6").unwrap().to_f64(), 47.6);
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for s in ["", ".", "1.2.3", "1e5", "-3", "12a", "1234567890123456"] {
            assert_eq!(Decimal::parse(s), None, "{s}");
        }
        assert!(Decimal::parse("123456789012345").is_some());
        assert!(Decimal::parse("0000000000000000001").is_some(), "leading zeros are not significant");
    }
}

impl std::fmt::Display for Decimal {
    /// Writes the number with exactly the digits it was written with: "47.6", "0.40", "143".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Plain string pieces rather than `write!` with padding, which keeps this small.
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let mut digits = String::new();
        crate::text::push_uint(&mut digits, self.mantissa.unsigned_abs());
        if self.exp >= 0 {
            // Whole numbers print as integers followed by their zeros; no float formatting.
            let zeros = if self.mantissa == 0 { 0 } else { self.exp.min(400) as usize };
            f.write_str(sign)?;
            f.write_str(&digits)?;
            for _ in 0..zeros {
                f.write_str("0")?;
            }
            return Ok(());
        }
        let places = (-self.exp).min(400) as usize;
        // At least one digit before the point: "0.058", not ".058".
        while digits.len() <= places {
            digits.insert(0, '0');
        }
        let (int, frac) = digits.split_at_checked(digits.len() - places).unwrap_or((&digits, ""));
        f.write_str(sign)?;
        f.write_str(int)?;
        f.write_str(".")?;
        f.write_str(frac)
    }
}

#[cfg(test)]
mod display_tests {
    use super::Decimal;

    #[test]
    fn decimals_print_as_written() {
        for s in ["47.6", "0.40", "143", "0.058", "30.23", "22281"] {
            assert_eq!(Decimal::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(Decimal::parse("3.3").unwrap().shift(4).to_string(), "33000");
        assert_eq!(Decimal::parse("1,234").unwrap().to_string(), "1234");
        for (m, e, s) in
            [(-5, -3, "-0.005"), (-47, 0, "-47"), (-3, 2, "-300"), (0, 3, "0"), (0, -2, "0.00"), (123, -2, "1.23")]
        {
            assert_eq!(Decimal { mantissa: m, exp: e }.to_string(), s);
        }
    }
}
