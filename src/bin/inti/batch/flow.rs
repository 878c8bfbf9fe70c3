//! Flow control of the batch pipeline: the window that bounds what is in
//! flight, and the reorder buffer that puts records back in input order.

use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex, PoisonError};

/// Bounds the pages in flight: from the moment the reader has one until its
/// record is written, wherever it is in between (a channel, a worker, the
/// reorder buffer). The reader takes a slot with [`Window::acquire`] before
/// sending a page on; the writer gives it back with [`Window::release`].
///
/// Two limits: a number of pages, and a number of bytes (the size of the
/// pages' input). A page larger than the byte limit still goes through, alone.
pub struct Window {
    state: Mutex<State>,
    freed: Condvar,
    max_pages: usize,
    max_bytes: u64,
}

#[derive(Default)]
struct State {
    pages: usize,
    bytes: u64,
    closed: bool,
}

impl Window {
    pub fn new(max_pages: usize, max_bytes: u64) -> Window {
        Window {
            state: Mutex::new(State::default()),
            freed: Condvar::new(),
            max_pages: max_pages.max(1),
            max_bytes,
        }
    }

    /// Waits for room for one more page of `bytes` bytes and takes it.
    /// Returns `false`, at once, when the window was closed (the run stops).
    pub fn acquire(&self, bytes: u64) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while !state.closed
            && state.pages > 0
            && (state.pages >= self.max_pages || state.bytes.saturating_add(bytes) > self.max_bytes)
        {
            state = self
                .freed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        if state.closed {
            return false;
        }
        state.pages += 1;
        state.bytes = state.bytes.saturating_add(bytes);
        true
    }

    /// Gives back the slot of a page of `bytes` bytes.
    pub fn release(&self, bytes: u64) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.pages = state.pages.saturating_sub(1);
        state.bytes = state.bytes.saturating_sub(bytes);
        drop(state);
        self.freed.notify_all();
    }

    /// Stops the run: every waiting and later [`Window::acquire`] returns `false`.
    pub fn close(&self) {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .closed = true;
        self.freed.notify_all();
    }
}

/// Holds items that arrive out of order until the ones before them came:
/// items are numbered 0, 1, 2, ... and leave in that order. It holds at most
/// what the [`Window`] lets into flight.
pub struct Reorder<T> {
    next: u64,
    waiting: BTreeMap<u64, T>,
}

impl<T> Reorder<T> {
    pub fn new() -> Reorder<T> {
        Reorder {
            next: 0,
            waiting: BTreeMap::new(),
        }
    }

    /// Adds item number `seq`.
    pub fn push(&mut self, seq: u64, item: T) {
        self.waiting.insert(seq, item);
    }

    /// The next item in order, if it has arrived.
    pub fn pop(&mut self) -> Option<T> {
        let item = self.waiting.remove(&self.next)?;
        self.next += 1;
        Some(item)
    }

    /// How many items are waiting for an earlier one.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.waiting.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::thread;
    use std::time::Duration;

    #[test]
    fn reorder_releases_in_sequence() {
        let mut reorder = Reorder::new();
        reorder.push(2, "c");
        reorder.push(1, "b");
        assert_eq!(reorder.pop(), None);
        assert_eq!(reorder.len(), 2);
        reorder.push(0, "a");
        assert_eq!(reorder.pop(), Some("a"));
        assert_eq!(reorder.pop(), Some("b"));
        assert_eq!(reorder.pop(), Some("c"));
        assert_eq!(reorder.pop(), None);
        reorder.push(3, "d");
        assert_eq!(reorder.pop(), Some("d"));
        assert_eq!(reorder.len(), 0);
    }

    #[test]
    fn window_bounds_pages_and_bytes() {
        let window = Window::new(2, 100);
        assert!(window.acquire(10));
        assert!(window.acquire(10));
        // A third page waits until one is released.
        let window = Arc::new(window);
        let got = Arc::new(AtomicUsize::new(0));
        let waiter = {
            let (window, got) = (Arc::clone(&window), Arc::clone(&got));
            thread::spawn(move || {
                assert!(window.acquire(10));
                got.store(1, Ordering::SeqCst);
            })
        };
        thread::sleep(Duration::from_millis(50));
        assert_eq!(got.load(Ordering::SeqCst), 0, "over the page limit");
        window.release(10);
        waiter.join().unwrap();
        assert_eq!(got.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn window_byte_limit_lets_a_big_page_through_alone() {
        let window = Arc::new(Window::new(10, 100));
        assert!(
            window.acquire(500),
            "alone, a page over the byte limit goes"
        );
        let waiter = {
            let window = Arc::clone(&window);
            thread::spawn(move || window.acquire(1))
        };
        thread::sleep(Duration::from_millis(50));
        assert!(!waiter.is_finished(), "over the byte limit");
        window.release(500);
        assert!(waiter.join().unwrap());
    }

    #[test]
    fn closing_wakes_the_waiters() {
        let window = Arc::new(Window::new(1, 100));
        assert!(window.acquire(1));
        let waiter = {
            let window = Arc::clone(&window);
            thread::spawn(move || window.acquire(1))
        };
        thread::sleep(Duration::from_millis(20));
        window.close();
        assert!(!waiter.join().unwrap());
        assert!(!window.acquire(1));
    }
}
