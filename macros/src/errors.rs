//! The errors of one expansion, gathered across the whole input and reported together, so a user
//! sees every mistake at once, in the order they stand in the source: each error is filed under
//! the place it was found at (the type's own attributes, then each variant in turn), and the
//! places are reported in order, whatever phase found them. (Spans cannot be compared on stable
//! Rust 1.81; the place stands in for them.)

use syn::Error;

#[derive(Default)]
pub(crate) struct Errors {
    /// Each error with its place: 0 for the type's attributes, `i + 1` for variant `i`.
    items: Vec<(usize, Error)>,
    /// Where the errors pushed now are.
    place: usize,
}

impl Errors {
    pub(crate) fn push(&mut self, err: Error) {
        self.items.push((self.place, err));
    }

    /// Files what is pushed next under the type's own attributes.
    pub(crate) fn on_type(&mut self) {
        self.place = 0;
    }

    /// Files what is pushed next under variant `index`.
    pub(crate) fn on_variant(&mut self, index: usize) {
        self.place = index + 1;
    }

    /// Keeps `result`'s value, or records its error.
    pub(crate) fn ok<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        result.map_err(|err| self.push(err)).ok()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every error, in source order: by place, and in the order found within a place.
    pub(crate) fn finish(mut self) -> Result<(), Error> {
        self.items.sort_by_key(|(place, _)| *place);
        let mut items = self.items.into_iter().map(|(_, err)| err);
        let Some(mut all) = items.next() else {
            return Ok(());
        };
        for err in items {
            all.combine(err);
        }
        Err(all)
    }
}
