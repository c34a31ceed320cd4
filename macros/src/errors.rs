//! The errors of one expansion, gathered across the whole input and reported together, so a user
//! sees every mistake at once.

use syn::Error;

#[derive(Default)]
pub(crate) struct Errors {
    combined: Option<Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, err: Error) {
        match &mut self.combined {
            Some(all) => all.combine(err),
            None => self.combined = Some(err),
        }
    }

    /// Keeps `result`'s value, or records its error.
    pub(crate) fn ok<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        result.map_err(|err| self.push(err)).ok()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.combined.is_none()
    }

    pub(crate) fn finish(self) -> Result<(), Error> {
        self.combined.map_or(Ok(()), Err)
    }
}
