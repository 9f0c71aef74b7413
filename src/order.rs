//! One sort for the whole crate.
//!
//! Each `sort_unstable` of another element type or comparator is another copy of the standard
//! library's sort in the wasm, a few kilobytes each. The crate sorts through [`sort_by`]
//! instead: the standard sort runs on indices only, with the comparison behind a `dyn`, and the
//! elements are then moved into that order. Ties keep their order, so the sort is stable.
//!
//! | call                                      | before             | after              |
//! |-------------------------------------------|--------------------|--------------------|
//! | `sort(&mut v)`                            | `[3, 1, 2]`        | `[1, 2, 3]`        |
//! | `sort_by_key(&mut v, \|p\| p.0)`            | `[(2, a), (1, b)]` | `[(1, b), (2, a)]` |
//! | `sort_by_key(&mut v, \|p\| p.0)`, a tie     | `[(1, a), (1, b)]` | `[(1, a), (1, b)]` |

use std::cmp::Ordering;

/// The indices `0..n` in the order `cmp` gives them, ties by index.
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    idx
}

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let idx = {
        let items: &[T] = v;
        order(items.len(), &|a, b| cmp(&items[a], &items[b]))
    };
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(idx.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` by the key of each element, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
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
        let mut none: Vec<u8> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
    }
}
