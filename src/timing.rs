//! Stage timings for the benchmark (`examples/bench.rs`), not an API.
//!
//! The pipeline calls [`Probe::mark`] at the end of each stage. The plain
//! [`crate::extract`] passes `()`, whose `mark` does nothing and is inlined
//! away: the timed and untimed paths are the same code, and the untimed one
//! pays nothing for the hook. Only [`crate::extract_timed`] reads a clock,
//! and it exists only off wasm32, where `std::time::Instant` is missing.

/// A stage of the pipeline, as the benchmark reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Input checks and the byte scan before parsing.
    Guard,
    /// html5ever building the `markup5ever_rcdom` tree.
    Parse,
    /// The flat index over the tree ([`crate::dom::Dom::build`]).
    Index,
    Metadata,
    /// Subtree text lengths, block-like flags and the drop marks.
    Prepare,
    /// Cutting blocks, stop words, judging blocks, container scores.
    Score,
    /// Choosing the content root (and the main region).
    Select,
    Clean,
    /// The output events, shared by the three formats.
    Events,
    Html,
    Text,
    Markdown,
    /// Readerability, excerpt, word count, the explain list.
    Finish,
    /// Dropping the tree and the index.
    Free,
}

/// Receives the end of each stage.
pub(crate) trait Probe {
    fn mark(&mut self, stage: Stage);
}

/// No timing: what [`crate::extract`] uses.
impl Probe for () {
    #[inline(always)]
    fn mark(&mut self, _stage: Stage) {}
}

/// Seconds spent in each stage of one extraction.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StageTimes {
    /// Input checks and the byte scan before parsing.
    pub guard: f64,
    /// html5ever parsing into `markup5ever_rcdom`.
    pub parse: f64,
    /// Building the flat index.
    pub index: f64,
    /// Reading the metadata.
    pub metadata: f64,
    /// Text lengths, block flags, drop marks.
    pub prepare: f64,
    /// Blocks, stop words, block classes, container scores.
    pub score: f64,
    /// Choosing the content root.
    pub select: f64,
    /// Cleaning inside the root.
    pub clean: f64,
    /// The output events.
    pub events: f64,
    /// Writing the HTML.
    pub html: f64,
    /// Writing the text.
    pub text: f64,
    /// Writing the Markdown.
    pub markdown: f64,
    /// Readerability, excerpt, word count, explain list.
    pub finish: f64,
    /// Freeing the tree and the index.
    pub free: f64,
}

impl StageTimes {
    /// The stages with their names, in pipeline order.
    pub fn named(&self) -> [(&'static str, f64); 14] {
        [
            ("guard", self.guard),
            ("parse", self.parse),
            ("index", self.index),
            ("metadata", self.metadata),
            ("prepare", self.prepare),
            ("score", self.score),
            ("select", self.select),
            ("clean", self.clean),
            ("events", self.events),
            ("html", self.html),
            ("text", self.text),
            ("markdown", self.markdown),
            ("finish", self.finish),
            ("free", self.free),
        ]
    }

    /// The sum of all stages.
    pub fn total(&self) -> f64 {
        self.named().iter().map(|(_, s)| s).sum()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn slot(&mut self, stage: Stage) -> &mut f64 {
        match stage {
            Stage::Guard => &mut self.guard,
            Stage::Parse => &mut self.parse,
            Stage::Index => &mut self.index,
            Stage::Metadata => &mut self.metadata,
            Stage::Prepare => &mut self.prepare,
            Stage::Score => &mut self.score,
            Stage::Select => &mut self.select,
            Stage::Clean => &mut self.clean,
            Stage::Events => &mut self.events,
            Stage::Html => &mut self.html,
            Stage::Text => &mut self.text,
            Stage::Markdown => &mut self.markdown,
            Stage::Finish => &mut self.finish,
            Stage::Free => &mut self.free,
        }
    }
}

/// A clock that charges the time since the previous mark to each stage.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct Stopwatch {
    last: std::time::Instant,
    pub times: StageTimes,
}

#[cfg(not(target_arch = "wasm32"))]
impl Stopwatch {
    pub fn start() -> Stopwatch {
        Stopwatch {
            last: std::time::Instant::now(),
            times: StageTimes::default(),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Probe for Stopwatch {
    fn mark(&mut self, stage: Stage) {
        let now = std::time::Instant::now();
        *self.times.slot(stage) += (now - self.last).as_secs_f64();
        self.last = now;
    }
}
