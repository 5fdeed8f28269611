//! Work spread over the machine's cores, when the `threads` feature is on (the `parallax` command line
//! turns it on): rayon's ordered parallel map, so the result is the same as one thread's, item for item.
//! Without the feature (the browser's worker, which has one thread, and the fuzz targets) it is a plain
//! map. (`cargo test --workspace` builds the core with the feature, as the command line asks for it.)
//! Only independent per-item work goes through here (one document's reading, one sentence's claims);
//! everything that compares items stays sequential.

/// `f` applied to every item, in order. `init` makes one piece of scratch state per thread (its
/// caches), handed to `f` with each item; the state is dropped when all items are done.
pub fn map_init<'a, T, S, R>(
    items: &'a [T],
    init: impl Fn() -> S + Sync + Send,
    f: impl Fn(&mut S, &'a T) -> R + Sync + Send,
) -> Vec<R>
where
    T: Sync,
    S: Send,
    R: Send,
{
    #[cfg(feature = "threads")]
    {
        // A few contiguous batches per thread (rayon's own `map_init` may call `init` for every small
        // job it splits off).
        // The batches' results are moved into one vector batch by batch, each freed once moved: the
        // results are held about once, not twice (rayon's own collect of a flat map holds them twice).
        // Each thread keeps its state from one of its batches to the next (a batch run inside
        // another on the same thread, which rayon may do while one waits, gets a fresh state).
        use rayon::prelude::*;
        let threads = rayon::current_num_threads();
        let batch = items.len().div_ceil(threads * 4).max(1);
        let states: Vec<std::sync::Mutex<Option<S>>> = (0..threads).map(|_| std::sync::Mutex::new(None)).collect();
        let batches: Vec<Vec<R>> = items
            .par_chunks(batch)
            .map(|chunk| {
                let mut slot =
                    rayon::current_thread_index().and_then(|i| states.get(i)).and_then(|s| s.try_lock().ok());
                let mut fresh = None;
                let state = match slot.as_deref_mut() {
                    Some(kept) => kept.get_or_insert_with(&init),
                    None => fresh.insert(init()),
                };
                chunk.iter().map(|item| f(state, item)).collect()
            })
            .collect();
        flatten(batches)
    }
    #[cfg(not(feature = "threads"))]
    {
        let mut state = init();
        items.iter().map(|item| f(&mut state, item)).collect()
    }
}

/// `f`'s result, computed on one of the pool's threads (with the `threads` feature): the whole analysis
/// then allocates from the same threads' memory as its parallel parts, so memory one part frees is
/// there for the next (run from the main thread, the sequential parts allocated from memory of their
/// own and the peak for a 10 MB article grew by half).
pub fn in_pool<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    #[cfg(feature = "threads")]
    {
        rayon::join(f, || ()).0
    }
    #[cfg(not(feature = "threads"))]
    {
        f()
    }
}

/// Both results, the two computed at once when there are threads.
pub fn join<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    #[cfg(feature = "threads")]
    {
        rayon::join(a, b)
    }
    #[cfg(not(feature = "threads"))]
    {
        (a(), b())
    }
}

/// Several results per item, in order, in one vector: each item's results are moved in and freed once
/// moved, so they are held about once, not twice.
pub fn flatten<R>(per_item: Vec<Vec<R>>) -> Vec<R> {
    let mut out = Vec::with_capacity(per_item.iter().map(Vec::len).sum());
    for results in per_item {
        out.extend(results);
    }
    out
}

/// `f` applied to every item, in order.
pub fn map<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync + Send) -> Vec<R> {
    map_init(items, || (), |_, item| f(item))
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<usize> = (0..1000).collect();
        let squares = super::map(&items, |&i| i * i);
        assert_eq!(squares, items.iter().map(|i| i * i).collect::<Vec<_>>());
        let counted = super::map_init(&items, Vec::new, |seen: &mut Vec<usize>, &i| {
            seen.push(i);
            i + 1
        });
        assert_eq!(counted, (1..=1000).collect::<Vec<_>>());
    }
}
