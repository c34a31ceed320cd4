//! One layer that makes every error response of a service a problem: [`ProblemLayer`] for axum,
//! hyper and tower stacks (feature `axum`), [`ProblemMiddleware`] for actix-web (feature
//! `actix-web`).
//!
//! A derived error already answers with an RFC 9457 problem. The framework's own errors do not:
//! axum's extractor rejections are `text/plain`, its unknown-route 404 and 405 are empty, and so
//! are tower-http's 408 and 413 and actix-web's 404. Behind the layer they are problems too:
//!
//! ```
//! use axum::{routing::get, Router};
//! use http_status::layer::ProblemLayer;
//!
//! let app: Router = Router::new()
//!     .route("/users/{id}", get(|| async { "ada" }))
//!     // Last, so that it sees what every other layer answers.
//!     .layer(ProblemLayer::new());
//! ```
//!
//! What it does to a response:
//!
//! - **A success, a redirect, or an interim response** (below 400) passes through untouched.
//! - **A problem the derive made** (it carries [`Details`] in its extensions) keeps its bytes
//!   when the client asked for JSON in English and there is no request context to add; it gains
//!   `Vary` and `Content-Language`. Otherwise the body is written again from its `Details`, in
//!   the format and language asked for, with the same members in the same order.
//! - **A 4xx or 5xx with no body, or a `text/plain` one** becomes a problem: the same status and
//!   headers (a 405 keeps its `Allow`), the registry's title and phrase on the status line. A 4xx
//!   keeps the text as the `detail` (axum's "Failed to deserialize the JSON body into the target
//!   type: missing field `name`"); a 5xx never shows it: it goes, as for a derived hidden 5xx, to
//!   an [`ErrorMessage`] in the response's extensions and, with the `tracing` feature, to an
//!   error-level event. A text body known to be longer than 64 KiB is not read, and the response
//!   passes through; one that turns out longer as it is read gives a problem without `detail`.
//! - **Anything else passes through untouched**: a problem someone else wrote
//!   (`application/problem+json`, `application/problem+xml`), a JSON or HTML error body, and a
//!   response that lacks a header its status MUST carry (a 401 without `WWW-Authenticate`, a 407
//!   without `Proxy-Authenticate`): it is invalid already, and a problem body would not make it
//!   less so. A 405 is the exception: axum adds a route's `Allow` after the route's layers have
//!   run, so the layer sees it without, and converts it.
//!
//! **Negotiation**, on by default ([`crate::negotiate`] decides, from the
//! request's `Accept` and `Accept-Language`): each problem the layer sends goes out as JSON, as
//! an HTML page ([`Details::to_html`], or your own with `html_template`), as plain text, or
//! with the `xml` feature as `application/problem+xml`, and in English or French (a title that
//! is the registry's phrase, and the derive's `title(fr = ...)` and `detail(fr = ...)`). The
//! status line stays the registry's English phrase, and the `type` never changes. Every such
//! response carries `Vary: Accept, Accept-Language` and `Content-Language`. `negotiate(false)`
//! turns it off: every problem is JSON in English, without those headers.
//!
//! Request context, off by default, one call each:
//!
//! - [`ProblemLayer::instance_from_path`]: a problem without an `instance` gets the request's
//!   path (never its query, which may hold secrets);
//! - [`ProblemLayer::request_id`]: a problem gets a `request_id` member with the value of a
//!   request header, `x-request-id` as tower-http's `SetRequestIdLayer` writes it, so that a
//!   client can quote it to support. A problem that has a `request_id` member keeps its own.
//!
//! ```
//! use http::HeaderName;
//! use http_status::layer::ProblemLayer;
//!
//! let layer = ProblemLayer::new()
//!     .instance_from_path()
//!     .request_id(HeaderName::from_static("x-request-id"));
//! # let _ = layer;
//! ```
//!
//! Put it outside (after, in axum's `.layer` order) the layers whose answers it should see: a
//! `CatchPanicLayer`'s 500, a `TimeoutLayer`'s 408, a `RequestBodyLimitLayer`'s 413.
//!
//! With the `utoipa` or `aide015` feature, [`crate::openapi::LayerResponses`] documents what the
//! layer adds to every route, in utoipa's or aide's document.
//!
//! [`Details`]: crate::problem::Details
//! [`Details::to_html`]: crate::problem::Details::to_html
//! [`ErrorMessage`]: crate::problem::ErrorMessage

use std::borrow::Cow;

use http::HeaderName;
use http_status_core::negotiate::{self, Format, Offer};
use http_status_core::Lang;
#[cfg(any(feature = "axum", feature = "actix-web"))]
use http_status_core::Status;

use crate::problem::Details;
#[cfg(any(feature = "axum", feature = "actix-web"))]
use crate::problem::ErrorMessage;

/// How much of a `text/plain` error body the layer reads to make it the `detail`.
#[cfg(any(feature = "axum", feature = "actix-web"))]
const TEXT_LIMIT: usize = 64 * 1024;

/// The name of the member [`ProblemLayer::request_id`] adds.
pub const REQUEST_ID_MEMBER: &str = "request_id";

/// What the layer's responses vary on when it negotiates.
pub const VARY: &str = "Accept, Accept-Language";

/// A function that writes the HTML page of a problem, in place of [`Details::to_html`].
pub type HtmlTemplate = fn(&Details, Lang) -> String;

/// What the layer does, as set by the builder methods.
#[derive(Clone, Debug)]
struct Context {
    instance_from_path: bool,
    request_id: Option<HeaderName>,
    negotiate: bool,
    offer: Offer,
    languages: &'static [Lang],
    html: Option<HtmlTemplate>,
}

impl Default for Context {
    fn default() -> Context {
        Context {
            instance_from_path: false,
            request_id: None,
            negotiate: true,
            #[cfg(feature = "xml")]
            offer: Offer::ALL.with(Format::Xml),
            #[cfg(not(feature = "xml"))]
            offer: Offer::ALL,
            languages: &Lang::ALL,
            html: None,
        }
    }
}

impl Context {
    /// What the request says that a problem may need, read before the request moves on.
    /// `header` gives a request header's value, its lines joined with commas.
    fn see<'a>(&self, path: &str, header: impl Fn(&str) -> Option<Cow<'a, [u8]>>) -> Seen {
        let (format, lang) = if self.negotiate {
            (
                negotiate::format(&header("accept").unwrap_or_default(), self.offer),
                negotiate::language(
                    &header("accept-language").unwrap_or_default(),
                    self.languages,
                ),
            )
        } else {
            (Format::Json, Lang::En)
        };
        Seen {
            path: self.instance_from_path.then(|| path.to_owned()),
            request_id: self
                .request_id
                .as_ref()
                .and_then(|name| header(name.as_str()))
                .and_then(|value| std::str::from_utf8(&value).ok().map(str::to_owned)),
            format,
            lang,
            negotiate: self.negotiate,
            html: self.html,
        }
    }
}

/// The builder methods of [`ProblemLayer`] and [`ProblemMiddleware`], written once.
#[cfg(any(feature = "axum", feature = "actix-web"))]
macro_rules! builder {
    ($type:ident) => {
        impl $type {
            /// The layer: it negotiates the format and the language, and adds no request
            /// context.
            pub fn new() -> $type {
                $type::default()
            }

            /// A problem without an `instance` gets the request's path.
            pub fn instance_from_path(mut self) -> $type {
                self.context.instance_from_path = true;
                self
            }

            /// A problem gets a [`request_id`](super::REQUEST_ID_MEMBER) member with the value
            /// of the request's `header` (when it has one, in UTF-8).
            pub fn request_id(mut self, header: http::HeaderName) -> $type {
                self.context.request_id = Some(header);
                self
            }

            /// Whether the layer negotiates (on by default). Off, every problem is JSON in
            /// English, and no `Vary` or `Content-Language` is added.
            pub fn negotiate(mut self, on: bool) -> $type {
                self.context.negotiate = on;
                self
            }

            /// The formats offered besides JSON: [`Offer::ALL`](http_status_core::negotiate::Offer::ALL)
            /// by default (HTML and plain text), and XML too with the `xml` feature.
            pub fn offer(mut self, offer: http_status_core::negotiate::Offer) -> $type {
                self.context.offer = offer;
                self
            }

            /// The languages offered: every language of the registry by default.
            pub fn languages(mut self, languages: &'static [http_status_core::Lang]) -> $type {
                self.context.languages = languages;
                self
            }

            /// The function that writes the HTML page, in place of
            /// [`Details::to_html`](crate::problem::Details::to_html).
            pub fn html_template(mut self, template: super::HtmlTemplate) -> $type {
                self.context.html = Some(template);
                self
            }
        }
    };
}

/// A header's lines as one value, joined with commas as RFC 9110 allows (Section 5.3): borrowed
/// when there is one line, as there nearly always is.
pub(crate) fn joined<'a>(mut lines: impl Iterator<Item = &'a [u8]>) -> Option<Cow<'a, [u8]>> {
    let first = lines.next()?;
    match lines.next() {
        None => Some(Cow::Borrowed(first)),
        Some(second) => {
            let mut all = first.to_vec();
            for line in std::iter::once(second).chain(lines) {
                all.push(b',');
                all.extend_from_slice(line);
            }
            Some(Cow::Owned(all))
        }
    }
}

/// What the request said, for the response.
#[derive(Debug)]
struct Seen {
    path: Option<String>,
    request_id: Option<String>,
    format: Format,
    lang: Lang,
    negotiate: bool,
    html: Option<HtmlTemplate>,
}

impl Default for Seen {
    fn default() -> Seen {
        Seen {
            path: None,
            request_id: None,
            format: Format::Json,
            lang: Lang::En,
            negotiate: false,
            html: None,
        }
    }
}

/// What the layer writes on a problem response.
struct Outcome {
    /// The new body; `None` when the one the response has stays.
    body: Option<Vec<u8>>,
    content_type: &'static str,
    /// `Content-Language`, when negotiating.
    language: Option<&'static str>,
    /// Whether `Vary` gets [`VARY`].
    vary: bool,
}

impl Seen {
    /// Adds what the request said to `details`, in the language and format it asked for.
    /// `fresh` when the response has no body of `details` yet.
    fn finish(self, details: &mut Details, fresh: bool) -> Outcome {
        let mut changed = false;
        if let (None, Some(path)) = (&details.instance, self.path) {
            details.instance = Some(path);
            changed = true;
        }
        if let Some(id) = self.request_id {
            if details.member(REQUEST_ID_MEMBER).is_none() {
                details
                    .members
                    .push((REQUEST_ID_MEMBER.to_owned(), serde_json::Value::String(id)));
                changed = true;
            }
        }
        if self.negotiate {
            changed |= details.localize(self.lang);
        }
        // What is written, not what was asked for: XML is JSON without the `xml` feature.
        let format = Details::rendered_as(self.format);
        let body =
            (fresh || changed || format != Format::Json).then(|| match (format, self.html) {
                (Format::Html, Some(template)) => template(details, self.lang).into_bytes(),
                (format, _) => details.render(format, self.lang),
            });
        let language = self.negotiate.then(|| details.content_language());
        Outcome {
            body,
            content_type: format.media_type(),
            language,
            vary: self.negotiate,
        }
    }
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// What the layer does with a response, from its status and headers.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// Sent as it is.
    Pass,
    /// A problem of ours: negotiated, and given the request context.
    Finish,
    /// Made a problem; its body is read first when it may hold text.
    Convert { read: bool },
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// The verdict on a response with `status` whose `Content-Type` is `content_type`, whose body
/// is `exact` bytes long when that is known and at least `lower` bytes long, and which has a
/// header when `has` says so.
fn judge(
    status: u16,
    content_type: Option<&[u8]>,
    exact: Option<u64>,
    lower: u64,
    ours: bool,
    has: impl Fn(&str) -> bool,
) -> Verdict {
    if !(400..=599).contains(&status) {
        return Verdict::Pass;
    }
    if ours {
        return Verdict::Finish;
    }
    let read = match content_type {
        // A body of no stated type is dropped only when there is none.
        None if exact == Some(0) => false,
        None => return Verdict::Pass,
        Some(value) => match std::str::from_utf8(value)
            .ok()
            .and_then(|v| v.parse::<mime::Mime>().ok())
        {
            Some(media) if media.type_() == mime::TEXT && media.subtype() == mime::PLAIN => {
                exact != Some(0)
            }
            _ => return Verdict::Pass,
        },
    };
    let Ok(status) = Status::from_u16(status) else {
        return Verdict::Pass;
    };
    // axum adds a route's `Allow` to its 405 after the route's layers have run: a 405 is the
    // one status converted without the header it MUST carry, which it then gets.
    let missing = status != Status::METHOD_NOT_ALLOWED
        && status
            .info()
            .into_iter()
            .flat_map(http_status_core::Info::headers)
            .any(|rule| rule.is_mandatory() && !has(rule.name()));
    if missing || lower > TEXT_LIMIT as u64 {
        return Verdict::Pass;
    }
    Verdict::Convert { read }
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// The phrase of the status line of a problem the layer made: the registry's.
fn status_line(status: Status) -> &'static str {
    http_status_core::__private::status_line(status)
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// The problem for an error response with `status` that was not one, whose body said `text`.
fn convert(status: u16, text: Option<&[u8]>) -> (Details, Option<ErrorMessage>) {
    let status = Status::from_u16(status).unwrap_or(Status::INTERNAL_SERVER_ERROR);
    let mut details = Details::new(status);
    let text = text
        .and_then(|t| std::str::from_utf8(t).ok())
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let mut hidden = None;
    if let Some(text) = text {
        if status.is_server_error() {
            let message = ErrorMessage {
                status,
                message: text.to_owned(),
                sources: Vec::new(),
                display_failed: false,
                missing_headers: Vec::new(),
            };
            crate::problem::log(&message, None);
            hidden = Some(message);
        } else {
            details.detail = Some(text.to_owned());
        }
    }
    (details, hidden)
}

/// The request header `name` (lowercase) as an `http` header name: the two a negotiation reads
/// without parsing them on every request, and any other parsed.
#[cfg(any(feature = "axum", feature = "salvo"))]
pub(crate) fn request_header(name: &str) -> Option<HeaderName> {
    match name {
        "accept" => Some(http::header::ACCEPT),
        "accept-language" => Some(http::header::ACCEPT_LANGUAGE),
        other => HeaderName::from_bytes(other.as_bytes()).ok(),
    }
}

/// `Content-Language` and `Vary`, when negotiating (`http` 1's headers: the axum layer's and
/// salvo's). A `Vary: *` already says everything varies, so nothing is added to it.
#[cfg(any(feature = "axum", feature = "salvo"))]
pub(crate) fn negotiated(
    headers: &mut http::HeaderMap,
    language: Option<&'static str>,
    vary: bool,
) {
    use crate::problem::static_value;
    use http::header::{CONTENT_LANGUAGE, VARY as VARY_HEADER};

    if let Some(language) = language {
        headers.insert(CONTENT_LANGUAGE, static_value(language));
    }
    if vary && !varies_on_everything(headers.get_all(VARY_HEADER).iter().map(|v| v.as_bytes())) {
        headers.append(VARY_HEADER, static_value(VARY));
    }
}

/// Whether a response's `Vary` lines hold `*`.
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "salvo",
    feature = "rocket"
))]
pub(crate) fn varies_on_everything<'a>(mut lines: impl Iterator<Item = &'a [u8]>) -> bool {
    lines.any(|line| line == b"*")
}

/// A derived error's response, negotiated for a request whose header `name` is `header(name)`
/// (its lines joined with commas, see [`joined`]), as the layers do with their defaults: for
/// the frameworks whose response trait sees the request (salvo's `Writer`, Rocket's
/// `Responder`), which need no layer for it. The body and its `Content-Type` change in
/// `built`; the `Content-Language` to send is returned, and whether to add [`VARY`].
#[cfg(any(feature = "salvo", feature = "rocket"))]
pub(crate) fn negotiate_built<'a>(
    built: &mut crate::problem::Built,
    header: impl Fn(&str) -> Option<Cow<'a, [u8]>>,
) -> (Option<&'static str>, bool) {
    if !(400..=599).contains(&built.status.as_u16()) {
        return (None, false);
    }
    let Some(details) = built.details.as_mut() else {
        return (None, false);
    };
    let outcome = Context::default().see("", header).finish(details, false);
    if let Some(body) = outcome.body {
        built.body = body;
        built.content_type = Some(outcome.content_type);
    }
    (outcome.language, outcome.vary)
}

#[cfg(feature = "axum")]
pub use self::tower_layer::{ProblemLayer, ProblemService, ResponseFuture};

#[cfg(feature = "axum")]
mod tower_layer {
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{ready, Context as TaskContext, Poll};

    use axum::body::{Body, Bytes, HttpBody};
    use axum::BoxError;
    use http::header::{CONTENT_LENGTH, CONTENT_TYPE, TRANSFER_ENCODING};
    use http::{HeaderValue, Request, Response};
    use pin_project_lite::pin_project;

    use super::{
        convert, joined, judge, negotiated, status_line, Context, Seen, Verdict, TEXT_LIMIT,
    };
    use crate::problem::{static_value, Details};

    /// A `tower::Layer` that makes every error response of the service it wraps an RFC 9457
    /// problem, in the format and language the client asked for: see the
    /// [module documentation](super).
    ///
    /// It wraps any service whose response body is an `http_body::Body` of `Bytes` (axum's,
    /// hyper's, tower-http's), and answers with axum's `Body`.
    #[derive(Clone, Debug, Default)]
    #[must_use = "a layer does nothing until a service is wrapped with it"]
    pub struct ProblemLayer {
        context: Context,
    }

    builder!(ProblemLayer);

    impl<S> tower_layer::Layer<S> for ProblemLayer {
        type Service = ProblemService<S>;

        fn layer(&self, inner: S) -> ProblemService<S> {
            ProblemService {
                inner,
                context: self.context.clone(),
            }
        }
    }

    /// The service [`ProblemLayer`] makes.
    #[derive(Clone, Debug)]
    pub struct ProblemService<S> {
        inner: S,
        context: Context,
    }

    impl<S, ReqBody, ResBody> tower_service::Service<Request<ReqBody>> for ProblemService<S>
    where
        S: tower_service::Service<Request<ReqBody>, Response = Response<ResBody>>,
        ResBody: HttpBody<Data = Bytes> + Send + 'static,
        ResBody::Error: Into<BoxError>,
    {
        type Response = Response<Body>;
        type Error = S::Error;
        type Future = ResponseFuture<S::Future, ResBody>;

        fn poll_ready(&mut self, cx: &mut TaskContext<'_>) -> Poll<Result<(), S::Error>> {
            self.inner.poll_ready(cx)
        }

        fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
            let seen = self.context.see(request.uri().path(), |name| {
                joined(
                    request
                        .headers()
                        .get_all(super::request_header(name)?)
                        .iter()
                        .map(HeaderValue::as_bytes),
                )
            });
            ResponseFuture {
                state: State::Inner {
                    future: self.inner.call(request),
                    seen: Some(seen),
                },
            }
        }
    }

    /// A boxed future: the reading of a text body, the one case that waits.
    type Reading = Pin<Box<dyn Future<Output = Response<Body>> + Send>>;

    pin_project! {
        /// The future of [`ProblemService`]'s response.
        pub struct ResponseFuture<F, B> {
            #[pin]
            state: State<F, B>,
        }
    }

    pin_project! {
        #[project = StateProj]
        enum State<F, B> {
            Inner { #[pin] future: F, seen: Option<Seen> },
            Reading { future: Reading, body: std::marker::PhantomData<B> },
        }
    }

    impl<F, B, E> Future for ResponseFuture<F, B>
    where
        F: Future<Output = Result<Response<B>, E>>,
        B: HttpBody<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        type Output = Result<Response<Body>, E>;

        fn poll(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
            let mut this = self.project();
            loop {
                match this.state.as_mut().project() {
                    StateProj::Inner { future, seen } => {
                        let response = ready!(future.poll(cx))?;
                        let seen = seen.take().unwrap_or_default();
                        let (parts, body) = response.into_parts();
                        let hint = body.size_hint();
                        let verdict = judge(
                            parts.status.as_u16(),
                            parts.headers.get(CONTENT_TYPE).map(HeaderValue::as_bytes),
                            hint.exact(),
                            hint.lower(),
                            parts.extensions.get::<Details>().is_some(),
                            |name| parts.headers.contains_key(name),
                        );
                        match verdict {
                            Verdict::Pass => {
                                return Poll::Ready(Ok(Response::from_parts(
                                    parts,
                                    Body::new(body),
                                )))
                            }
                            Verdict::Finish => {
                                return Poll::Ready(Ok(finish(parts, body, seen)));
                            }
                            Verdict::Convert { read: false } => {
                                let (details, hidden) = convert(parts.status.as_u16(), None);
                                return Poll::Ready(Ok(problem(parts, details, hidden, seen)));
                            }
                            Verdict::Convert { read: true } => {
                                let future = Box::pin(async move {
                                    let text = axum::body::to_bytes(Body::new(body), TEXT_LIMIT)
                                        .await
                                        .ok();
                                    let (details, hidden) =
                                        convert(parts.status.as_u16(), text.as_deref());
                                    problem(parts, details, hidden, seen)
                                });
                                this.state.set(State::Reading {
                                    future,
                                    body: std::marker::PhantomData,
                                });
                            }
                        }
                    }
                    StateProj::Reading { future, .. } => {
                        return future.as_mut().poll(cx).map(Ok);
                    }
                }
            }
        }
    }

    /// A problem of ours, in the client's format and language, with what the request said
    /// added; its body untouched when none of that changes it.
    fn finish<B>(mut parts: http::response::Parts, body: B, seen: Seen) -> Response<Body>
    where
        B: HttpBody<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        let Some(mut details) = parts.extensions.remove::<Details>() else {
            return Response::from_parts(parts, Body::new(body));
        };
        let outcome = seen.finish(&mut details, false);
        parts.extensions.insert(details);
        let body = match outcome.body {
            Some(json) => {
                parts.headers.remove(CONTENT_LENGTH);
                parts
                    .headers
                    .insert(CONTENT_TYPE, static_value(outcome.content_type));
                Body::from(json)
            }
            None => Body::new(body),
        };
        negotiated(&mut parts.headers, outcome.language, outcome.vary);
        Response::from_parts(parts, body)
    }

    /// The response for `details`, with the headers of the one it replaces.
    fn problem(
        mut parts: http::response::Parts,
        mut details: Details,
        hidden: Option<crate::problem::ErrorMessage>,
        seen: Seen,
    ) -> Response<Body> {
        let outcome = seen.finish(&mut details, true);
        parts.headers.remove(CONTENT_LENGTH);
        parts.headers.remove(TRANSFER_ENCODING);
        parts
            .headers
            .insert(CONTENT_TYPE, static_value(outcome.content_type));
        negotiated(&mut parts.headers, outcome.language, outcome.vary);
        let body = outcome.body.unwrap_or_else(|| details.to_json());
        let phrase = crate::frameworks::status_line_phrase(Some(status_line(details.status)));
        parts.extensions.remove::<hyper::ext::ReasonPhrase>();
        if let Some(phrase) = phrase.filter(|p| Some(*p) != parts.status.canonical_reason()) {
            parts
                .extensions
                .insert(hyper::ext::ReasonPhrase::from_static(phrase.as_bytes()));
        }
        parts.extensions.insert(details);
        if let Some(hidden) = hidden {
            parts.extensions.insert(hidden);
        }
        Response::from_parts(parts, Body::from(body))
    }
}

#[cfg(feature = "actix-web")]
pub use self::actix::{ProblemMiddleware, ProblemMiddlewareService};

#[cfg(feature = "actix-web")]
mod actix {
    use std::future::{ready, Future, Ready};
    use std::pin::Pin;
    use std::rc::Rc;

    use actix_web::body::{BodySize, BoxBody, EitherBody, MessageBody};
    use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
    use actix_web::http::header::{
        HeaderMap, HeaderValue, CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE, TRANSFER_ENCODING,
        VARY,
    };
    use actix_web::HttpResponse;

    use super::{convert, joined, judge, status_line, Context, Seen, Verdict, TEXT_LIMIT};
    use crate::problem::{Details, ErrorMessage};

    /// An actix-web middleware that makes every error response of the app or scope it wraps an
    /// RFC 9457 problem: see the [module documentation](super).
    ///
    /// actix-web turns a handler's `Err` and an extractor's error into a response before any
    /// middleware sees it, so those are covered. An `Err` that a middleware inside this one
    /// returns instead of a response is answered by actix-web itself after every middleware has
    /// run, and so is not a problem: wrap this middleware last (outermost).
    ///
    /// ```
    /// use actix_web::{web, App};
    /// use http_status::layer::ProblemMiddleware;
    ///
    /// let app = App::new()
    ///     .route("/users/{id}", web::get().to(|| async { "ada" }))
    ///     .wrap(ProblemMiddleware::new().instance_from_path());
    /// # let _ = app;
    /// ```
    #[derive(Clone, Debug, Default)]
    #[must_use = "a middleware does nothing until an app wraps it"]
    pub struct ProblemMiddleware {
        context: Context,
    }

    builder!(ProblemMiddleware);

    impl<S, B> Transform<S, ServiceRequest> for ProblemMiddleware
    where
        S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>
            + 'static,
        B: MessageBody + 'static,
    {
        type Response = ServiceResponse<EitherBody<B>>;
        type Error = actix_web::Error;
        type Transform = ProblemMiddlewareService<S>;
        type InitError = ();
        type Future = Ready<Result<ProblemMiddlewareService<S>, ()>>;

        fn new_transform(&self, service: S) -> Self::Future {
            ready(Ok(ProblemMiddlewareService {
                inner: Rc::new(service),
                context: self.context.clone(),
            }))
        }
    }

    /// The service [`ProblemMiddleware`] makes.
    #[derive(Debug)]
    pub struct ProblemMiddlewareService<S> {
        inner: Rc<S>,
        context: Context,
    }

    type Answer<B> = Result<ServiceResponse<EitherBody<B>>, actix_web::Error>;

    impl<S, B> Service<ServiceRequest> for ProblemMiddlewareService<S>
    where
        S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>
            + 'static,
        B: MessageBody + 'static,
    {
        type Response = ServiceResponse<EitherBody<B>>;
        type Error = actix_web::Error;
        type Future = Pin<Box<dyn Future<Output = Answer<B>>>>;

        actix_web::dev::forward_ready!(inner);

        fn call(&self, request: ServiceRequest) -> Self::Future {
            let seen = self.context.see(request.path(), |name| {
                joined(request.headers().get_all(name).map(HeaderValue::as_bytes))
            });
            let inner = Rc::clone(&self.inner);
            Box::pin(async move {
                let response = inner.call(request).await?;
                Ok(answer(response, seen).await)
            })
        }
    }

    /// The layer's rules on an actix-web response.
    async fn answer<B: MessageBody + 'static>(
        response: ServiceResponse<B>,
        seen: Seen,
    ) -> ServiceResponse<EitherBody<B>> {
        let size = match response.response().body().size() {
            BodySize::None => Some(0),
            BodySize::Sized(n) => Some(n),
            BodySize::Stream => None,
        };
        let verdict = judge(
            response.status().as_u16(),
            response
                .headers()
                .get(CONTENT_TYPE)
                .map(HeaderValue::as_bytes),
            size,
            size.unwrap_or(0),
            response.response().extensions().get::<Details>().is_some(),
            |name| response.headers().contains_key(name),
        );
        let (request, response) = response.into_parts();
        let response = match verdict {
            Verdict::Pass => response.map_into_left_body(),
            Verdict::Finish => finish(response, seen),
            Verdict::Convert { read } => {
                let (head, body) = response.into_parts();
                let text = if read {
                    match actix_web::body::to_bytes_limited(body, TEXT_LIMIT).await {
                        Ok(Ok(bytes)) => Some(bytes),
                        _ => None,
                    }
                } else {
                    None
                };
                let (details, hidden) = convert(head.status().as_u16(), text.as_deref());
                problem(head, details, hidden, seen)
            }
        };
        ServiceResponse::new(request, response)
    }

    /// A problem of ours, in the client's format and language, with what the request said
    /// added; its body untouched when none of that changes it.
    fn finish<B: MessageBody + 'static>(
        mut response: HttpResponse<B>,
        seen: Seen,
    ) -> HttpResponse<EitherBody<B>> {
        let Some(mut details) = response.extensions_mut().remove::<Details>() else {
            return response.map_into_left_body();
        };
        let outcome = seen.finish(&mut details, false);
        response.extensions_mut().insert(details);
        negotiated(response.headers_mut(), outcome.language, outcome.vary);
        match outcome.body {
            None => response.map_into_left_body(),
            Some(body) => {
                response.headers_mut().remove(CONTENT_LENGTH);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static(outcome.content_type));
                response.set_body(BoxBody::new(body)).map_into_right_body()
            }
        }
    }

    /// `Content-Language` and `Vary`, when negotiating.
    fn negotiated(headers: &mut HeaderMap, language: Option<&'static str>, vary: bool) {
        if let Some(language) = language {
            headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static(language));
        }
        if vary && !super::varies_on_everything(headers.get_all(VARY).map(|v| v.as_bytes())) {
            headers.append(VARY, HeaderValue::from_static(super::VARY));
        }
    }

    /// The response for `details`, with the head of the one it replaces.
    fn problem<B>(
        mut head: HttpResponse<()>,
        mut details: Details,
        hidden: Option<ErrorMessage>,
        seen: Seen,
    ) -> HttpResponse<EitherBody<B>> {
        let outcome = seen.finish(&mut details, true);
        head.headers_mut().remove(CONTENT_LENGTH);
        head.headers_mut().remove(TRANSFER_ENCODING);
        head.headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(outcome.content_type));
        negotiated(head.headers_mut(), outcome.language, outcome.vary);
        head.head_mut().reason =
            crate::frameworks::status_line_phrase(Some(status_line(details.status)));
        let body = outcome.body.unwrap_or_else(|| details.to_json());
        head.extensions_mut().insert(details);
        if let Some(hidden) = hidden {
            head.extensions_mut().insert(hidden);
        }
        head.set_body(BoxBody::new(body)).map_into_right_body()
    }
}
