//! The crate's one sort, kept small for the wasm.
//!
//! Each `sort_by_key` or `sort_unstable` call on a new element or key type makes the compiler
//! copy the standard library's driftsort or pattern-defeating quicksort (1–4 KB of wasm each).
//! Every sort here goes through one heapsort on packed `u128` keys instead: O(n log n), no
//! recursion, and the same order as a stable sort by the `(i32, i32)` key, because the
//! element's index breaks ties.
//!
//! | call                                  | like                                 |
//! |---------------------------------------|--------------------------------------|
//! | `by_key(&mut points, \|p\| (p.year, 0))` | `points.sort_by_key(\|p\| p.year)`     |
//! | `by_key(&mut rates, \|r\| (r.from, r.to))` | `rates.sort_by_key(\|r\| (r.from, r.to))` |
//! | `ints(&mut years)`                    | `years.sort_unstable()`              |

/// Sorts `v` stably by `key`.
///
/// The part that depends on `T` is kept to two loops and the swaps; the sorting and the
/// permutation are in [`permute`], one copy for every element type.
pub fn by_key<T>(v: &mut [T], key: impl Fn(&T) -> (i32, i32)) {
    // Most lists arrive in order already: then nothing is allocated.
    let mut sorted = true;
    for i in 1..v.len() {
        if key(&v[i - 1]) > key(&v[i]) {
            sorted = false;
            break;
        }
    }
    if sorted {
        return;
    }
    let mut keys: Vec<u128> = Vec::with_capacity(v.len());
    for (i, x) in v.iter().enumerate() {
        keys.push(pack(key(x), i));
    }
    permute(keys, &mut |a, b| v.swap(a, b));
}

/// Sorts the packed keys and moves the elements into their order with at most n - 1 swaps.
fn permute(mut keys: Vec<u128>, swap: &mut dyn FnMut(usize, usize)) {
    heapsort(&mut keys);
    // `pos[k]`: where the element first at index k is now; `at[i]`: which element is at i.
    let mut pos: Vec<usize> = Vec::with_capacity(keys.len());
    for i in 0..keys.len() {
        pos.push(i);
    }
    let mut at = pos.clone();
    for (i, k) in keys.iter().enumerate() {
        let want = *k as u64 as usize;
        let j = pos[want];
        if j != i {
            swap(i, j);
            let displaced = at[i];
            pos[displaced] = j;
            at[j] = displaced;
            pos[want] = i;
            at[i] = want;
        }
    }
}

/// Sorts integers ascending.
pub fn ints(v: &mut [i32]) {
    let mut keys: Vec<u128> = Vec::with_capacity(v.len());
    for &x in v.iter() {
        keys.push(pack((x, 0), 0));
    }
    heapsort(&mut keys);
    for (x, k) in v.iter_mut().zip(&keys) {
        *x = ((*k >> 96) as u32 ^ SIGN) as i32;
    }
}

const SIGN: u32 = 1 << 31;

/// `a`, `b` and the index, most significant first; the sign bit is flipped so that unsigned
/// order is signed order.
fn pack((a, b): (i32, i32), i: usize) -> u128 {
    ((a as u32 ^ SIGN) as u128) << 96 | ((b as u32 ^ SIGN) as u128) << 64 | i as u64 as u128
}

fn heapsort(v: &mut [u128]) {
    fn sift_down(v: &mut [u128], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v[child] < v[child + 1] {
                child += 1;
            }
            if v[root] >= v[child] {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_sorts() {
        // A small deterministic generator, so the test needs no crate.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for len in [0, 1, 2, 3, 7, 20, 100, 1000] {
            let items: Vec<(i32, i32, usize)> = (0..len)
                .map(|i| {
                    let extreme = if next() % 5 == 0 { i32::MIN } else { 0 };
                    (((next() % 7) as i32 - 3).wrapping_add(extreme), (next() % 3) as i32, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|t| (t.0, t.1));
            let mut got = items.clone();
            by_key(&mut got, |t| (t.0, t.1));
            assert_eq!(got, expected);

            let mut ints_expected: Vec<i32> = items.iter().map(|t| t.0.wrapping_mul(1_000_003)).collect();
            let mut ints_got = ints_expected.clone();
            ints_expected.sort_unstable();
            ints(&mut ints_got);
            assert_eq!(ints_got, ints_expected);
        }
    }
}
