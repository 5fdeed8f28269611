//! Every sort in the workspace: the standard library's natively, one compiled sort in WebAssembly.
//! Also the one merge walk over two sorted lists ([`shared_count`]).
//!
//! The standard library's sorts are generic: each `sort_by` call site with its own element type and
//! comparison compiles its own copy of the whole algorithm (driftsort or ipnsort, with their small-sort
//! networks and merges), 2–5 KB of wasm each. The analysis and the app held about 60 such call sites:
//! 136 KB of the worker's wasm and 56 KB of the page's were sort code before wasm-opt (twiggy, see
//! `scripts/size`). In WebAssembly a sort here orders the positions `0..n` with the standard stable
//! sort, compiled once for `usize` and a `dyn` comparison, and then moves the items into that order in
//! place (following each cycle of the permutation: linear, each item moved once). Natively, where bytes
//! do not matter, the standard sort runs as it is: the shared sort made the whole analysis of the 205
//! bench articles 7% slower (CPU time, `perf stat`).
//!
//! Both are stable (ties keep their input order), also where a caller only needs some order, and every
//! comparison given is a total order, so both give the same order: the command line and the browser
//! order alike. Clippy's `disallowed-methods` (`clippy.toml`) keeps the standard sorts out of the rest
//! of the workspace's code.

use std::cmp::Ordering;

/// Whether to sort through positions (WebAssembly, see the module doc).
const BY_POSITIONS: bool = cfg!(target_arch = "wasm32");

/// Sorts `items` by `compare`, stably (ties keep their order).
#[allow(clippy::disallowed_methods)] // the standard sort, natively
pub fn sort_by<T>(items: &mut [T], compare: impl FnMut(&T, &T) -> Ordering) {
    if BY_POSITIONS {
        by_positions(items, compare);
    } else {
        items.sort_by(compare);
    }
}

/// Sorts `items` by the key `key` gives each, stably; the key is worked out at each comparison.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by the key `key` gives each, stably; each key is worked out once.
#[allow(clippy::disallowed_methods)] // the standard sort, natively
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    if BY_POSITIONS {
        by_cached_key_positions(items, key);
    } else {
        items.sort_by_cached_key(key);
    }
}

/// Sorts `items` in their natural order, stably.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts plain values in their natural order: numbers, or tuples and arrays of them, where two equal
/// items are the same value, so that every sort, stable or not, gives the same result. Natively this
/// is the standard unstable sort, which needs no buffer and is faster on such data (the n-gram index of
/// the copied-passage search, the candidate search's lists of sentence numbers).
#[allow(clippy::disallowed_methods)] // the standard unstable sort, natively
pub fn sort_plain<T: Ord + Copy>(items: &mut [T]) {
    if BY_POSITIONS {
        by_positions(items, T::cmp);
    } else {
        items.sort_unstable();
    }
}

/// How many items two sorted lists without repeats have in common, in one merge walk.
pub fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// [`sort_by`] through the one compiled sort of positions.
fn by_positions<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// [`sort_by_cached_key`] through the one compiled sort of positions.
fn by_cached_key_positions<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    if items.len() < 2 {
        return;
    }
    let keys: Vec<K> = items.iter().map(key).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| keys[a].cmp(&keys[b]));
    permute(items, order);
}

/// The one compiled sort: positions, compared through `compare`.
#[inline(never)]
#[allow(clippy::disallowed_methods)] // the one place the standard sort is compiled in WebAssembly
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Puts `items` into `order` (`order[i]` is the position of the item that goes to `i`), in place: each
/// cycle of the permutation is followed once, and a followed position is marked with `usize::MAX`.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != usize::MAX {
            let from = order[at];
            order[at] = usize::MAX;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ties_keep_their_order() {
        let mut words = vec![("b", 1), ("a", 2), ("b", 0), ("a", 1), ("c", 5), ("a", 0)];
        let mut positional = words.clone();
        sort_by_key(&mut words, |w| w.0);
        by_positions(&mut positional, |a, b| a.0.cmp(b.0));
        assert_eq!(positional, words);
        assert_eq!(words, vec![("a", 2), ("a", 1), ("a", 0), ("b", 1), ("b", 0), ("c", 5)]);
    }

    #[test]
    fn cached_keys_are_worked_out_once_each() {
        let mut calls = 0;
        let mut numbers = vec![30, 10, 20, 10];
        by_cached_key_positions(&mut numbers, |n| {
            calls += 1;
            *n
        });
        assert_eq!(numbers, vec![10, 10, 20, 30]);
        assert_eq!(calls, 4);
    }

    #[test]
    fn empty_and_single_slices_stay_as_they_are() {
        let mut none: Vec<u8> = Vec::new();
        by_positions(&mut none, u8::cmp);
        let mut one = vec![7];
        by_positions(&mut one, i32::cmp);
        assert_eq!(one, vec![7]);
    }

    proptest! {
        /// The sort of positions (WebAssembly's) orders as the standard stable sort (native), ties
        /// included, for any input.
        #[test]
        #[allow(clippy::disallowed_methods)]
        fn orders_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..300)) {
            let mut ours = items.clone();
            let mut theirs = items.clone();
            by_positions(&mut ours, |a, b| a.0.cmp(&b.0));
            theirs.sort_by_key(|item| item.0);
            prop_assert_eq!(&ours, &theirs);
            let mut cached = items.clone();
            by_cached_key_positions(&mut cached, |item| item.0);
            prop_assert_eq!(&cached, &theirs);
            let mut natural = items.clone();
            by_positions(&mut natural, Ord::cmp);
            theirs.sort();
            prop_assert_eq!(&natural, &theirs);
            // Plain values: the unstable sort gives the stable sort's order.
            let mut plain = items;
            sort_plain(&mut plain);
            prop_assert_eq!(plain, theirs);
        }
    }
}
