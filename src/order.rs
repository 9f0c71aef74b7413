//! One sort for the whole crate.
//!
//! Each `sort_unstable` of another element type or comparator is another copy of the standard
//! library's sort in the wasm, a few kilobytes each. The crate sorts through [`sort_by`]
//! instead: a merge sort of its own runs on indices only, with the comparison behind a `dyn`,
//! and the elements are then swapped into that order. Ties keep their order, so the sort is
//! stable.
//!
//! | call                                      | before             | after              |
//! |-------------------------------------------|--------------------|--------------------|
//! | `sort(&mut v)`                            | `[3, 1, 2]`        | `[1, 2, 3]`        |
//! | `sort_by_key(&mut v, \|p\| p.0)`            | `[(2, a), (1, b)]` | `[(1, b), (2, a)]` |
//! | `sort_by_key(&mut v, \|p\| p.0)`, a tie     | `[(1, a), (1, b)]` | `[(1, a), (1, b)]` |

use std::cmp::Ordering;

/// The indices `0..n` in the order `cmp` gives them, ties by index. A merge sort, bottom up:
/// runs of 1, 2, 4… indices merged in turn into a second list, the left run's index first on a
/// tie, which keeps ties in their order. It is a short loop where the standard sort, even on
/// indices alone, brings its quicksort, heapsort and sorting networks.
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx = Vec::with_capacity(n);
    for i in 0..n {
        idx.push(i);
    }
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = n.min(lo + width);
            let hi = n.min(lo + 2 * width);
            let (mut a, mut b) = (lo, mid);
            for slot in &mut merged[lo..hi] {
                if b == hi || (a < mid && cmp(idx[a], idx[b]) != Ordering::Greater) {
                    *slot = idx[a];
                    a += 1;
                } else {
                    *slot = idx[b];
                    b += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut idx, &mut merged);
        width *= 2;
    }
    idx
}

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let idx = {
        let items: &[T] = v;
        order(items.len(), &|a, b| cmp(&items[a], &items[b]))
    };
    // Over a borrowed list: a consuming loop inlines its iterator's code into every copy.
    for &(a, b) in &swaps(idx) {
        v.swap(a, b);
    }
}

/// The swaps that put the element at `idx[k]` at `k` for every `k`, one cycle of the
/// permutation after another: the part of a sort that depends on the element type is then
/// only `swap`, not a copy of this loop per type.
fn swaps(mut idx: Vec<usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for start in 0..idx.len() {
        // Each cycle carries the element first at `start` along it: after swapping `at` with
        // `idx[at]`, `at` holds its element and the carried one waits at `idx[at]`.
        let mut at = start;
        while idx[at] != usize::MAX {
            let next = std::mem::replace(&mut idx[at], usize::MAX);
            if next != start {
                out.push((at, next));
            }
            at = next;
        }
    }
    out
}

/// Sorts `v` by the key of each element, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![3, 1, 2, 1];
        sort(&mut v);
        assert_eq!(v, [1, 1, 2, 3]);
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        // Long cycles and fixed points together, against the standard stable sort.
        let mut seed = 7u32;
        let mut long: Vec<(u32, usize)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 37, i)
            })
            .collect();
        let mut expected = long.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut long, |p| p.0);
        assert_eq!(long, expected);
        // Every length up to past a power of two, where the last run of a pass is short.
        for n in 0..40 {
            let mut v: Vec<(usize, usize)> = (0..n).map(|i| ((i * 7 + 3) % 5, i)).collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, expected, "{n}");
        }
        let mut none: Vec<u8> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
    }
}
