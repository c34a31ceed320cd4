//! The trait that `#[derive(StatusResponse)]` implements.

use crate::{HeaderSink, Info, Status};

/// A value that knows its HTTP status: an error enum, usually, through
/// `#[derive(StatusResponse)]` in the `http-status` facade.
///
/// Implemented for [`Status`] itself and forwarded through `&T` (and `Box<T>` with this crate's
/// `alloc` feature, which the facade's default `std` feature turns on), so wrapped errors can
/// delegate to it.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{Status, StatusResponse};
///
/// struct Missing;
/// impl StatusResponse for Missing {
///     fn status(&self) -> Status {
///         Status::NOT_FOUND
///     }
/// }
///
/// assert_eq!(Missing.status(), Status::NOT_FOUND);
/// assert_eq!((&Missing).status(), 404);
/// assert_eq!(Status::GONE.status(), Status::GONE);
/// ```
///
/// A `status()` of `1xx` cannot be a final response, and `600..=999` is no HTTP status (RFC 9110,
/// Section 15): the framework integrations of the `http-status` facade send a `500` problem
/// response instead, without detail, so neither reaches the wire.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no HTTP status: it does not implement `StatusResponse`",
    label = "`{Self}` does not implement `StatusResponse`",
    note = "derive it with `#[derive(StatusResponse)]` on `{Self}`, or give the variant that holds it its own status instead of `transparent`, such as `#[status(500)]`"
)]
pub trait StatusResponse {
    /// The status of the response this value becomes.
    fn status(&self) -> Status;

    /// The registry entry for this value's status: the one its derive named. For most codes
    /// it is [`Status::info`]; for a number that several vendors use for different things
    /// (`499`, `530`), it is the vendor's meaning the variant chose, such as
    /// `#[status(esri 499)]` (Token Required) rather than nginx's Client Closed Request, so the
    /// response's title and status line tell the truth. `None` for an undocumented code.
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::{Status, StatusResponse};
    ///
    /// assert_eq!(Status::NOT_FOUND.meaning().unwrap().reason(), "Not Found");
    /// assert!(Status::from_u16(299).unwrap().meaning().is_none());
    /// ```
    fn meaning(&self) -> Option<&'static Info> {
        self.status().info()
    }

    /// Whether the value's message may be shown to the client (as the `detail` of a problem
    /// response). By default every status but a server error: a 5xx message can leak internals.
    /// `#[status(500, expose)]` turns it on for one variant.
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::{Status, StatusResponse};
    ///
    /// assert!(Status::NOT_FOUND.expose_detail());
    /// assert!(!Status::INTERNAL_SERVER_ERROR.expose_detail());
    /// ```
    fn expose_detail(&self) -> bool {
        !self.status().is_server_error()
    }

    /// Writes the headers this value's response carries to `out`. None by default.
    /// `#[status(405, header("Allow", "GET, HEAD"))]` and `#[header("Retry-After")]` on a field
    /// write them in a derived impl; a hand-written impl takes part by overriding this.
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use core::fmt::Display;
    /// use http_status::{HeaderSink, Status, StatusResponse};
    ///
    /// struct RateLimited { seconds: u32 }
    /// impl StatusResponse for RateLimited {
    ///     fn status(&self) -> Status {
    ///         Status::TOO_MANY_REQUESTS
    ///     }
    ///     fn headers(&self, out: &mut dyn HeaderSink) {
    ///         out.header("Retry-After", &self.seconds);
    ///     }
    /// }
    ///
    /// struct Names(Vec<String>);
    /// impl HeaderSink for Names {
    ///     fn header(&mut self, name: &str, value: &dyn Display) {
    ///         self.0.push(format!("{name}: {value}"));
    ///     }
    /// }
    /// let mut names = Names(Vec::new());
    /// RateLimited { seconds: 30 }.headers(&mut names);
    /// assert_eq!(names.0, ["Retry-After: 30"]);
    /// ```
    fn headers(&self, out: &mut dyn HeaderSink) {
        let _ = out;
    }

    /// The problem type of an RFC 9457 problem response: a URI reference that names the kind of
    /// problem. `None` (the default) is `about:blank`, which says "the status says it all".
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::{Status, StatusResponse};
    ///
    /// assert_eq!(Status::NOT_FOUND.problem_type(), None);
    /// ```
    fn problem_type(&self) -> Option<&'static str> {
        None
    }

    /// The problem's `title`: a short summary that does not change from one occurrence to the
    /// next. `None` (the default) means the registry's reason phrase of [`meaning`](Self::meaning).
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::{Status, StatusResponse};
    ///
    /// assert_eq!(Status::NOT_FOUND.title(), None);
    /// ```
    fn title(&self) -> Option<&'static str> {
        None
    }
}

impl StatusResponse for Status {
    fn status(&self) -> Status {
        *self
    }
}

/// `StatusResponse` for a wrapper of `T`, every method forwarded: written once, so that a method
/// added to the trait cannot be forgotten for one wrapper and silently take its default there.
macro_rules! forward {
    ($($(#[$attr:meta])* $wrapper:ty;)*) => {$(
        $(#[$attr])*
        // A wrapper is no answer to "`X` does not implement `StatusResponse`": rustc's list of
        // the types that do leaves these out (Rust 1.85; older compilers ignore the attribute).
        #[diagnostic::do_not_recommend]
        impl<T: StatusResponse + ?Sized> StatusResponse for $wrapper {
            fn status(&self) -> Status {
                (**self).status()
            }

            fn meaning(&self) -> Option<&'static Info> {
                (**self).meaning()
            }

            fn expose_detail(&self) -> bool {
                (**self).expose_detail()
            }

            fn headers(&self, out: &mut dyn HeaderSink) {
                (**self).headers(out);
            }

            fn problem_type(&self) -> Option<&'static str> {
                (**self).problem_type()
            }

            fn title(&self) -> Option<&'static str> {
                (**self).title()
            }
        }
    )*};
}

forward! {
    &T;
    #[cfg(feature = "alloc")]
    alloc::boxed::Box<T>;
}
