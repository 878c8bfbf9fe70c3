//! One stable sort for the whole crate.
//!
//! The standard library's stable sort (driftsort) is generic: every element
//! type and comparison it is called with gets its own copy of it, about
//! 4.5 KB of WebAssembly each, which counts against the npm package's size
//! budget (issue 6). These functions sort a list of positions instead, with
//! one comparison behind a `dyn` call, so the crate holds one copy of the
//! sort, for `u32`; then they move the elements into that order. The
//! result is the one `slice::sort_by` gives: the sort of positions is
//! stable too, so equal elements keep their order.
//!
//! For the short lists the engine sorts (a few blocks, options, phrases of
//! one bucket), the indirection costs nothing measurable.

use std::cmp::Ordering;

/// Sorts `items` like [`slice::sort_by`] (stable).
pub(crate) fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let len = u32::try_from(items.len()).expect("fewer than 2^32 items");
    let mut order: Vec<u32> = (0..len).collect();
    sort_positions(&mut order, &mut |a, b| {
        compare(&items[a as usize], &items[b as usize])
    });
    permute(items, order);
}

/// Sorts `items` like [`slice::sort_by_key`] (stable).
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` like [`slice::sort`] (stable).
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one instance of the standard library's stable sort.
#[inline(never)]
fn sort_positions(order: &mut [u32], compare: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Puts `items` in `order` (`items[i]` becomes the old `items[order[i]]`),
/// following each cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<u32>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            // Placed: marked as a fixed point.
            order[at] = at as u32;
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

    /// A small deterministic generator (no dependency).
    fn numbers(seed: u64, count: usize, range: u64) -> Vec<u64> {
        let mut state = seed;
        (0..count)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                (state >> 33) % range
            })
            .collect()
    }

    #[test]
    fn agrees_with_the_standard_library_and_is_stable() {
        for (seed, count, range) in [
            (1, 0, 3),
            (2, 1, 3),
            (3, 2, 2),
            (4, 17, 4),
            (5, 21, 5),
            (6, 300, 7),
            (7, 2000, 1000),
        ] {
            // Pairs (key, original position): stability shows in the second.
            let items: Vec<(u64, usize)> =
                numbers(seed, count, range).into_iter().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|p| p.0);
            let mut got = items.clone();
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, expected);

            let mut expected = items.clone();
            let odd_first_descending =
                |a: &(u64, usize), b: &(u64, usize)| (b.0 % 2).cmp(&(a.0 % 2)).then(b.0.cmp(&a.0));
            expected.sort_by(odd_first_descending);
            let mut got = items.clone();
            sort_by(&mut got, odd_first_descending);
            assert_eq!(got, expected);

            let mut expected = items.clone();
            expected.sort();
            let mut got = items;
            sort(&mut got);
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn moves_elements_that_are_not_copy() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"]
            .map(String::from)
            .to_vec();
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "apple", "apple"]);
    }
}
