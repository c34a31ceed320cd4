//! A derived error type as the catalogue of its problem types: every variant's type URI,
//! status, titles, documentation, headers and members, as data; and, with the `axum` or
//! `actix-web` feature, the pages that serve it at each type URI's path, so that a problem's
//! `type` resolves on the same server to its documentation (RFC 9457, Section 3.1.1: "when
//! dereferenced, it SHOULD provide human-readable documentation").
//!
//! ```
//! use http_status::catalogue::{Catalogue, Member};
//! use http_status::{Status, StatusResponse};
//!
//! #[derive(Debug, thiserror::Error, StatusResponse)]
//! enum ApiError {
//!     /// The account has too little credit for the call.
//!     #[error("your balance is {balance}")]
//!     #[status(403, type = "https://example.com/probs/out-of-credit", member("code", "NO_CREDIT"))]
//!     OutOfCredit {
//!         #[problem]
//!         balance: u32,
//!     },
//!     /// Not found.
//!     #[error("no such user")]
//!     #[status(404)]
//!     NoUser,
//! }
//!
//! let entries = ApiError::catalogue();
//! let credit = &entries[0];
//! assert_eq!(credit.variant, "OutOfCredit");
//! assert_eq!(credit.status, Status::FORBIDDEN);
//! assert_eq!(credit.path(), Some("/probs/out-of-credit"));
//! assert_eq!(credit.docs, "The account has too little credit for the call.");
//! assert_eq!(credit.members.len(), 2);
//! assert!(matches!(credit.members[1], Member { name: "balance", ty: Some("u32"), .. }));
//! // `about:blank` has no page of its own: the status says it all.
//! assert_eq!(entries[1].path(), None);
//! ```

use core::fmt::Write as _;

#[cfg(any(feature = "axum", feature = "actix-web"))]
use http_status_core::negotiate::{self, Format, Offer};
use http_status_core::{HeaderRule, Lang, Status};

use crate::problem::ABOUT_BLANK;
use crate::render::escape_html;

/// A type whose variants are problem types: what `#[derive(StatusResponse)]` implements with
/// the `problem` feature.
pub trait Catalogue {
    /// The variants with a status of their own, in declaration order.
    const ENTRIES: &'static [Entry];

    /// These entries, then those of every type a `transparent` variant wraps (when it is a
    /// catalogue too), each once.
    fn catalogue() -> Vec<&'static Entry> {
        Self::ENTRIES.iter().collect()
    }
}

impl<T: Catalogue + ?Sized> Catalogue for Box<T> {
    const ENTRIES: &'static [Entry] = T::ENTRIES;

    fn catalogue() -> Vec<&'static Entry> {
        T::catalogue()
    }
}

/// One problem type: one variant.
#[derive(Debug, PartialEq)]
#[non_exhaustive]
pub struct Entry {
    /// The variant's name (the type's, for a struct).
    pub variant: &'static str,
    /// Its status.
    pub status: Status,
    /// Its `type`; `None` for `about:blank`.
    pub problem_type: Option<&'static str>,
    /// Its own titles, by language; the status phrase where it has none.
    pub titles: &'static [(Lang, &'static str)],
    /// Its doc comment, each paragraph on one line.
    pub docs: &'static str,
    /// Whether its detail and members reach the client (a 5xx without `expose` hides them).
    pub exposed: bool,
    /// The headers it sends.
    pub headers: &'static [Header],
    /// Its extension members: constants first, then fields.
    pub members: &'static [Member],
}

/// A header a problem type sends.
#[derive(Debug, PartialEq)]
#[non_exhaustive]
pub struct Header {
    /// Its name, as declared.
    pub name: &'static str,
    /// Its value when it is constant, or the template it is formatted from
    /// (`/items/{id}`).
    pub value: Option<&'static str>,
    /// The field it comes from, when it does.
    pub field: Option<&'static str>,
    /// That field's type, as written.
    pub ty: Option<&'static str>,
}

impl Header {
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        name: &'static str,
        value: Option<&'static str>,
        field: Option<&'static str>,
        ty: Option<&'static str>,
    ) -> Header {
        Header {
            name,
            value,
            field,
            ty,
        }
    }
}

/// An extension member of a problem type.
#[derive(Debug, PartialEq)]
#[non_exhaustive]
pub struct Member {
    /// Its name; empty for a flattened field, whose type's members are its own.
    pub name: &'static str,
    /// Its value when it is constant (`member("code", "USER_NOT_FOUND")`).
    pub constant: Option<Constant>,
    /// The field it comes from, when it does.
    pub field: Option<&'static str>,
    /// That field's type, as written.
    pub ty: Option<&'static str>,
}

impl Member {
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        name: &'static str,
        constant: Option<Constant>,
        field: Option<&'static str>,
        ty: Option<&'static str>,
    ) -> Member {
        Member {
            name,
            constant,
            field,
            ty,
        }
    }
}

/// A constant member's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Constant {
    /// A string.
    Str(&'static str),
    /// An integer.
    Int(i128),
    /// A number with a fraction.
    Float(f64),
    /// A boolean.
    Bool(bool),
}

impl Constant {
    /// The value as JSON.
    #[must_use]
    pub fn to_json(self) -> serde_json::Value {
        match self {
            Constant::Str(s) => s.into(),
            Constant::Int(i) => i64::try_from(i)
                .map(serde_json::Value::from)
                .or_else(|_| u64::try_from(i).map(serde_json::Value::from))
                .unwrap_or_else(|_| serde_json::Value::String(i.to_string())),
            Constant::Float(f) => f.into(),
            Constant::Bool(b) => b.into(),
        }
    }
}

impl Entry {
    #[doc(hidden)]
    #[allow(clippy::too_many_arguments)]
    #[must_use]
    pub const fn __new(
        variant: &'static str,
        status: Status,
        problem_type: Option<&'static str>,
        titles: &'static [(Lang, &'static str)],
        docs: &'static str,
        exposed: bool,
        headers: &'static [Header],
        members: &'static [Member],
    ) -> Entry {
        Entry {
            variant,
            status,
            problem_type,
            titles,
            docs,
            exposed,
            headers,
            members,
        }
    }

    /// The `type` as it goes out: [`ABOUT_BLANK`] when the variant names none.
    #[must_use]
    pub fn type_uri(&self) -> &'static str {
        self.problem_type.unwrap_or(ABOUT_BLANK)
    }

    /// The title in `lang`, as a negotiating layer sends it: the variant's own in `lang`, else
    /// its own English one (a title of its own describes its type, which the status phrase
    /// does not), else the status phrase in `lang`.
    #[must_use]
    pub fn title(&self, lang: Lang) -> &'static str {
        let own = |l: Lang| self.titles.iter().find(|(t, _)| *t == l).map(|(_, t)| *t);
        own(lang)
            .or_else(|| own(Lang::En))
            .or_else(|| self.status.info().map(|info| info.reason_in(lang)))
            .unwrap_or_else(|| self.status.class().name())
    }

    /// The path of the type URI on its server, where its page is served: `/probs/quota` for
    /// `https://example.com/probs/quota` or `/probs/quota`; `None` for `about:blank` and for a
    /// URI without a path of its own (`urn:...`, `tag:...`).
    #[must_use]
    pub fn path(&self) -> Option<&'static str> {
        let uri = self.problem_type?;
        let uri = uri.split(['?', '#']).next().unwrap_or(uri);
        if let Some(rest) = uri
            .strip_prefix("https://")
            .or_else(|| uri.strip_prefix("http://"))
        {
            let path = &rest[rest.find('/')?..];
            return (path.len() > 1).then_some(path);
        }
        uri.starts_with('/').then_some(uri)
    }

    /// What RFC 9110 says of `header` for this status, where it says something.
    #[must_use]
    pub fn rule(&self, header: &str) -> Option<&'static HeaderRule> {
        self.status
            .info()?
            .headers()
            .iter()
            .find(|rule| rule.name().eq_ignore_ascii_case(header))
    }

    /// The entry as JSON, its title in `lang`.
    #[must_use]
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        let headers: Vec<serde_json::Value> = self
            .headers
            .iter()
            .map(|h| {
                let rule = self.rule(h.name).map(|r| {
                    serde_json::json!({
                        "requirement": format!("{:?}", r.requirement()).to_lowercase(),
                        "reference": r.reference(),
                    })
                });
                serde_json::json!({
                    "name": h.name, "value": h.value, "field": h.field, "type": h.ty, "rule": rule,
                })
            })
            .collect();
        let members: Vec<serde_json::Value> = self
            .members
            .iter()
            .map(|m| {
                serde_json::json!({
                    "name": m.name,
                    "constant": m.constant.map(Constant::to_json),
                    "field": m.field,
                    "type": m.ty,
                })
            })
            .collect();
        serde_json::json!({
            "variant": self.variant,
            "type": self.type_uri(),
            "status": self.status.as_u16(),
            "title": self.title(lang),
            "docs": self.docs,
            "exposed": self.exposed,
            "headers": headers,
            "members": members,
            "example": self.example(lang),
        })
    }

    /// A body this problem type sends, members shown by their types where they are not
    /// constant.
    #[must_use]
    pub fn example(&self, lang: Lang) -> serde_json::Value {
        let mut body = serde_json::Map::new();
        body.insert("type".into(), self.type_uri().into());
        body.insert("title".into(), self.title(lang).into());
        body.insert("status".into(), self.status.as_u16().into());
        if self.exposed {
            body.insert("detail".into(), "…".into());
            for member in self.members.iter().filter(|m| !m.name.is_empty()) {
                let value = match (member.constant, member.ty) {
                    (Some(constant), _) => constant.to_json(),
                    (None, Some(ty)) => format!("<{ty}>").into(),
                    (None, None) => serde_json::Value::Null,
                };
                body.insert(member.name.into(), value);
            }
        }
        serde_json::Value::Object(body)
    }
}

/// The words of the pages, in one language.
struct Labels {
    catalogue: &'static str,
    status: &'static str,
    problem_type: &'static str,
    headers: &'static str,
    members: &'static str,
    example: &'static str,
    from_field: &'static str,
    hidden: &'static str,
}

fn labels(lang: Lang) -> Labels {
    match lang {
        Lang::Fr => Labels {
            catalogue: "Types de problèmes",
            status: "Statut",
            problem_type: "Type de problème",
            headers: "En-têtes",
            members: "Membres",
            example: "Exemple",
            from_field: "du champ",
            hidden: "Le détail et les membres ne sont pas montrés au client.",
        },
        _ => Labels {
            catalogue: "Problem types",
            status: "Status",
            problem_type: "Problem type",
            headers: "Headers",
            members: "Members",
            example: "Example",
            from_field: "from the field",
            hidden: "The detail and the members are not shown to the client.",
        },
    }
}

const STYLE: &str = "<style>body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}main{max-width:48rem;margin:3rem auto;padding:0 1.5rem}h1{font-size:1.75rem}h1 .status{color:#a4262c;margin-right:.5rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}code,pre{font-family:ui-monospace,monospace}pre{background:#f0f0f0;padding:1rem;overflow-x:auto}a{color:#0b57d0}</style>\n";

fn head(out: &mut String, lang: Lang, title: &str) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(lang.tag());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape_html(title, out);
    out.push_str("</title>\n");
    out.push_str(STYLE);
    out.push_str("</head>\n<body>\n<main>\n");
}

/// The page of one problem type: what the framework routers serve a browser.
///
/// ```
/// use http_status::catalogue::{page_html, Catalogue};
/// use http_status::{Lang, StatusResponse};
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// /// The account has too little credit.
/// #[error("no credit")]
/// #[status(403, type = "https://example.com/probs/out-of-credit", title(en = "No credit", fr = "Plus de crédit"))]
/// struct NoCredit;
///
/// let page = page_html(&NoCredit::ENTRIES[0], Lang::Fr);
/// assert!(page.contains("<html lang=\"fr\">"));
/// assert!(page.contains("<span class=\"title\">Plus de crédit</span>"));
/// assert!(page.contains("The account has too little credit."));
/// ```
#[must_use]
pub fn page_html(entry: &Entry, lang: Lang) -> String {
    let labels = labels(lang);
    let title = entry.title(lang);
    let mut out = String::with_capacity(2048);
    head(&mut out, lang, title);
    let _ = write!(
        out,
        "<h1><span class=\"status\">{}</span> <span class=\"title\">",
        entry.status.as_u16()
    );
    escape_html(title, &mut out);
    out.push_str("</span></h1>\n<dl>\n<dt>");
    out.push_str(labels.problem_type);
    out.push_str("</dt><dd class=\"type\"><code>");
    escape_html(entry.type_uri(), &mut out);
    out.push_str("</code></dd>\n<dt>");
    out.push_str(labels.status);
    let _ = write!(
        out,
        "</dt><dd class=\"status\">{}</dd>\n</dl>\n",
        entry.status
    );
    for paragraph in entry.docs.split("\n\n").filter(|p| !p.is_empty()) {
        out.push_str("<p class=\"docs\">");
        escape_html(paragraph, &mut out);
        out.push_str("</p>\n");
    }
    if !entry.exposed {
        out.push_str("<p class=\"hidden\">");
        out.push_str(labels.hidden);
        out.push_str("</p>\n");
    }
    let members: Vec<&Member> = entry.members.iter().filter(|_| entry.exposed).collect();
    if !members.is_empty() {
        out.push_str("<h2>");
        out.push_str(labels.members);
        out.push_str("</h2>\n<table class=\"members\">\n");
        for member in members {
            out.push_str("<tr><td><code>");
            escape_html(member.name, &mut out);
            out.push_str("</code></td><td>");
            match (member.constant, member.ty) {
                (Some(constant), _) => {
                    out.push_str("<code>");
                    escape_html(&constant.to_json().to_string(), &mut out);
                    out.push_str("</code>");
                }
                (None, Some(ty)) => {
                    out.push_str("<code>");
                    escape_html(ty, &mut out);
                    out.push_str("</code>");
                }
                (None, None) => {}
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</table>\n");
    }
    if !entry.headers.is_empty() {
        out.push_str("<h2>");
        out.push_str(labels.headers);
        out.push_str("</h2>\n<table class=\"headers\">\n");
        for header in entry.headers {
            out.push_str("<tr><td><code>");
            escape_html(header.name, &mut out);
            out.push_str("</code></td><td>");
            if let Some(value) = header.value {
                out.push_str("<code>");
                escape_html(value, &mut out);
                out.push_str("</code>");
            }
            if let Some(field) = header.field {
                out.push_str(labels.from_field);
                out.push_str(" <code>");
                escape_html(field, &mut out);
                out.push_str("</code>");
            }
            out.push_str("</td><td class=\"rule\">");
            if let Some(rule) = entry.rule(header.name) {
                let _ = write!(out, "{:?}, {}", rule.requirement(), rule.reference());
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</table>\n");
    }
    out.push_str("<h2>");
    out.push_str(labels.example);
    out.push_str("</h2>\n<pre class=\"example\">");
    let example = serde_json::to_string_pretty(&entry.example(lang)).unwrap_or_default();
    escape_html(&example, &mut out);
    out.push_str("</pre>\n</main>\n</body>\n</html>\n");
    out
}

/// The index: every entry, linked to its page where it has one.
#[must_use]
pub fn index_html(entries: &[&Entry], lang: Lang) -> String {
    let labels = labels(lang);
    let mut out = String::with_capacity(1024 + entries.len() * 160);
    head(&mut out, lang, labels.catalogue);
    out.push_str("<h1>");
    out.push_str(labels.catalogue);
    out.push_str("</h1>\n<table class=\"catalogue\">\n");
    for entry in entries {
        let _ = write!(
            out,
            "<tr><td class=\"status\">{}</td><td>",
            entry.status.as_u16()
        );
        match entry.path() {
            Some(path) => {
                out.push_str("<a href=\"");
                escape_html(path, &mut out);
                out.push_str("\">");
                escape_html(entry.title(lang), &mut out);
                out.push_str("</a>");
            }
            None => escape_html(entry.title(lang), &mut out),
        }
        out.push_str("</td><td><code>");
        escape_html(entry.type_uri(), &mut out);
        out.push_str("</code></td><td>");
        escape_html(entry.variant, &mut out);
        out.push_str("</td></tr>\n");
    }
    out.push_str("</table>\n</main>\n</body>\n</html>\n");
    out
}

/// The index as JSON: every entry, as [`Entry::to_json`] writes it.
///
/// ```
/// use http_status::catalogue::{index_json, Catalogue};
/// use http_status::{Lang, StatusResponse};
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// enum ApiError {
///     #[error("gone")]
///     #[status(410, member("code", "GONE"))]
///     Gone,
/// }
///
/// let json = index_json(&ApiError::catalogue(), Lang::En);
/// assert_eq!(json[0]["status"], 410);
/// assert_eq!(json[0]["title"], "Gone");
/// assert_eq!(json[0]["members"][0]["constant"], "GONE");
/// assert_eq!(json[0]["example"]["code"], "GONE");
/// ```
#[must_use]
pub fn index_json(entries: &[&Entry], lang: Lang) -> serde_json::Value {
    serde_json::Value::Array(entries.iter().map(|e| e.to_json(lang)).collect())
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// What a request for a catalogue page gets: its body and content type, in the format and the
/// language `accept` and `accept_language` ask for (HTML for a browser, JSON otherwise).
fn answer(
    accept: &[u8],
    accept_language: &[u8],
    page: impl FnOnce(Format, Lang) -> String,
) -> (String, &'static str, Lang) {
    let format = negotiate::format(accept, Offer::JSON.with(Format::Html));
    let lang = negotiate::language(accept_language, &Lang::ALL);
    let content_type = match format {
        Format::Html => "text/html; charset=utf-8",
        _ => "application/json",
    };
    (page(format, lang), content_type, lang)
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
fn render_entry(entry: &Entry, format: Format, lang: Lang) -> String {
    match format {
        Format::Html => page_html(entry, lang),
        _ => entry.to_json(lang).to_string(),
    }
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
fn render_index(entries: &[&Entry], format: Format, lang: Lang) -> String {
    match format {
        Format::Html => index_html(entries, lang),
        _ => index_json(entries, lang).to_string(),
    }
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// The entries that have a page, each path once (the first entry that claims it).
fn pages(entries: &[&'static Entry]) -> Vec<(&'static str, &'static Entry)> {
    let mut out: Vec<(&'static str, &'static Entry)> = Vec::new();
    for entry in entries {
        if let Some(path) = entry.path() {
            if !out.iter().any(|(p, _)| *p == path) {
                out.push((path, entry));
            }
        }
    }
    out
}

/// The catalogue of `E` as an axum router (feature `axum`): the index at `index`, and each
/// problem type's page at its type URI's path. Merge it into the application's router, so that
/// the `type` of every problem it sends resolves to its documentation.
///
/// ```
/// use http_status::StatusResponse;
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// #[status(type_base = "https://example.com/probs/")]
/// enum ApiError {
///     /// The user has too many items.
///     #[error("too many items")]
///     #[status(429, type = "item-quota")]
///     Quota,
/// }
///
/// let app: axum::Router = axum::Router::new()
///     .merge(http_status::catalogue::axum_router::<ApiError, _>("/probs"));
/// # drop(app);
/// ```
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub fn axum_router<E: Catalogue, S: Clone + Send + Sync + 'static>(index: &str) -> axum::Router<S> {
    use axum::http::header::{ACCEPT, ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, VARY};
    use axum::http::{HeaderMap, HeaderValue};
    use axum::response::IntoResponse;
    use axum::routing::get;

    fn respond(
        headers: &HeaderMap,
        page: impl FnOnce(Format, Lang) -> String,
    ) -> axum::response::Response {
        let header = |name| headers.get(name).map_or(&b""[..], HeaderValue::as_bytes);
        let (body, content_type, lang) = answer(header(ACCEPT), header(ACCEPT_LANGUAGE), page);
        (
            [
                (CONTENT_TYPE, HeaderValue::from_static(content_type)),
                (CONTENT_LANGUAGE, HeaderValue::from_static(lang.tag())),
                (VARY, HeaderValue::from_static("Accept, Accept-Language")),
            ],
            body,
        )
            .into_response()
    }

    let entries = E::catalogue();
    let mut router = axum::Router::new();
    for (path, entry) in pages(&entries) {
        router = router.route(
            path,
            get(move |headers: HeaderMap| async move {
                respond(&headers, |format, lang| render_entry(entry, format, lang))
            }),
        );
    }
    let all = entries.clone();
    router.route(
        index,
        get(move |headers: HeaderMap| async move {
            respond(&headers, |format, lang| render_index(&all, format, lang))
        }),
    )
}

/// The catalogue of `E` for actix-web (feature `actix-web`): the index at `index`, and each
/// problem type's page at its type URI's path. Pass it to `App::configure`.
///
/// ```
/// use http_status::StatusResponse;
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// enum ApiError {
///     /// The user has too many items.
///     #[error("too many items")]
///     #[status(429, type = "https://example.com/probs/item-quota")]
///     Quota,
/// }
///
/// let app = actix_web::App::new()
///     .configure(http_status::catalogue::actix_configure::<ApiError>("/probs"));
/// # drop(app);
/// ```
#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub fn actix_configure<E: Catalogue>(
    index: &'static str,
) -> impl FnOnce(&mut actix_web::web::ServiceConfig) {
    use actix_web::http::header::{ACCEPT, ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, VARY};
    use actix_web::{web, HttpRequest, HttpResponse};

    fn respond(request: &HttpRequest, page: impl FnOnce(Format, Lang) -> String) -> HttpResponse {
        let header = |name| {
            request
                .headers()
                .get(name)
                .map_or(&b""[..], actix_web::http::header::HeaderValue::as_bytes)
        };
        let (body, content_type, lang) = answer(header(ACCEPT), header(ACCEPT_LANGUAGE), page);
        HttpResponse::Ok()
            .insert_header((CONTENT_TYPE, content_type))
            .insert_header((CONTENT_LANGUAGE, lang.tag()))
            .insert_header((VARY, "Accept, Accept-Language"))
            .body(body)
    }

    let entries = E::catalogue();
    move |config: &mut web::ServiceConfig| {
        for (path, entry) in pages(&entries) {
            config.route(
                path,
                web::get().to(move |request: HttpRequest| async move {
                    respond(&request, |format, lang| render_entry(entry, format, lang))
                }),
            );
        }
        let all = entries.clone();
        config.route(
            index,
            web::get().to(move |request: HttpRequest| {
                let all = all.clone();
                async move { respond(&request, |format, lang| render_index(&all, format, lang)) }
            }),
        );
    }
}

/// What the derive's `Catalogue` impls call. Not public API.
#[doc(hidden)]
pub mod support {
    use super::{Catalogue, Entry};
    use core::marker::PhantomData;

    /// A wrapped type, for [`Nested`] when it is a catalogue, else [`NotNested`].
    pub struct Wrapped<T: ?Sized>(PhantomData<T>);

    impl<T: ?Sized> Wrapped<T> {
        #[must_use]
        pub const fn new() -> Wrapped<T> {
            Wrapped(PhantomData)
        }
    }

    impl<T: ?Sized> Default for Wrapped<T> {
        fn default() -> Wrapped<T> {
            Wrapped::new()
        }
    }

    /// A wrapped catalogue: its entries join.
    pub trait Nested {
        /// Adds the entries not there yet.
        fn join(&self, out: &mut Vec<&'static Entry>);
    }

    impl<T: Catalogue + ?Sized> Nested for Wrapped<T> {
        fn join(&self, out: &mut Vec<&'static Entry>) {
            for entry in T::catalogue() {
                if !out.iter().any(|e| core::ptr::eq(*e, entry)) {
                    out.push(entry);
                }
            }
        }
    }

    /// Anything else: nothing joins.
    pub trait NotNested {
        /// Nothing.
        fn join(&self, _: &mut Vec<&'static Entry>) {}
    }

    impl<T: ?Sized> NotNested for &Wrapped<T> {}
}
