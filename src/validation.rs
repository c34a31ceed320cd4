//! [`Validation`]: the `errors` member of RFC 9457's validation example, each entry a `detail`
//! and a JSON Pointer into the request.

use core::fmt::{self, Display};

use serde::de::{self, Deserializer};
use serde::ser::{SerializeSeq, SerializeStruct, Serializer};

/// What was wrong with a request, field by field: the shape RFC 9457 shows for a validation
/// problem (Section 3), an array of entries that each say what is wrong (`detail`) and where
/// (`pointer`, an RFC 6901 JSON Pointer into the request body). As a `#[problem]` member:
///
/// ```
/// use http_status::problem::{Pointer, Validation};
/// use http_status::StatusResponse;
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// #[error("your request is not valid")]
/// #[status(422, type = "https://example.net/validation-error", title = "Your request is not valid.")]
/// struct Invalid {
///     #[problem]
///     errors: Validation,
/// }
///
/// let errors = Validation::new()
///     .with(Pointer::from_tokens(["age"]), "must be a positive integer")
///     .with(Pointer::from_tokens(["profile", "color"]), "must be 'green', 'red' or 'blue'");
/// let body = http_status::problem::to_response(&Invalid { errors }).into_body();
/// let body: serde_json::Value = serde_json::from_slice(&body)?;
/// assert_eq!(body["errors"], serde_json::json!([
///     {"detail": "must be a positive integer", "pointer": "#/age"},
///     {"detail": "must be 'green', 'red' or 'blue'", "pointer": "#/profile/color"},
/// ]));
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Each pointer is written in its URI fragment form (`#/profile/color`), as RFC 9457's example
/// writes it (RFC 6901, Section 6), and read back in that form or the plain one. With the
/// `validator` or `garde` feature, a report of that crate converts into a `Validation` with
/// `From`; with `utoipa`, it documents itself as an array of those entries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Validation(pub Vec<Invalid>);

/// One entry of a [`Validation`]: what is wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Invalid {
    /// What is wrong, for a person.
    pub detail: String,
    /// Where, in the request body.
    pub pointer: Pointer,
}

impl Invalid {
    /// The entry for `pointer`.
    pub fn new(pointer: Pointer, detail: impl Into<String>) -> Invalid {
        Invalid {
            detail: detail.into(),
            pointer,
        }
    }
}

impl Validation {
    /// No entry yet.
    #[must_use]
    pub fn new() -> Validation {
        Validation(Vec::new())
    }

    /// Adds an entry.
    pub fn push(&mut self, pointer: Pointer, detail: impl Into<String>) {
        self.0.push(Invalid::new(pointer, detail));
    }

    /// With an entry added.
    #[must_use]
    pub fn with(mut self, pointer: Pointer, detail: impl Into<String>) -> Validation {
        self.push(pointer, detail);
        self
    }

    /// Whether there is no entry.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries, in order.
    pub fn iter(&self) -> core::slice::Iter<'_, Invalid> {
        self.0.iter()
    }
}

impl<'a> IntoIterator for &'a Validation {
    type Item = &'a Invalid;
    type IntoIter = core::slice::Iter<'a, Invalid>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// An RFC 6901 JSON Pointer: a path of reference tokens into a JSON document, each written
/// with `~` as `~0` and `/` as `~1` (`/a~1b` is the member `a/b`). The empty pointer is the
/// whole document.
///
/// ```
/// use http_status::problem::Pointer;
///
/// let pointer = Pointer::from_tokens(["users", "0", "m~n/o"]);
/// assert_eq!(pointer.as_str(), "/users/0/m~0n~1o");
/// assert_eq!(pointer.to_fragment(), "#/users/0/m~0n~1o");
/// assert_eq!(pointer.tokens().collect::<Vec<_>>(), ["users", "0", "m~n/o"]);
///
/// // What `serde_json::Value::pointer` reads.
/// let doc = serde_json::json!({"users": [{"m~n/o": true}]});
/// assert_eq!(doc.pointer(pointer.as_str()), Some(&serde_json::Value::Bool(true)));
///
/// assert_eq!(Pointer::parse("#/a%20b").unwrap().as_str(), "/a b");
/// assert!(Pointer::parse("a").is_err());
/// assert!(Pointer::parse("/~2").is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pointer(String);

/// Why a text is no JSON Pointer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidPointer(&'static str);

impl Display for InvalidPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for InvalidPointer {}

impl Pointer {
    /// The empty pointer: the whole document.
    #[must_use]
    pub fn root() -> Pointer {
        Pointer(String::new())
    }

    /// The pointer through `tokens`, each escaped.
    pub fn from_tokens<I>(tokens: I) -> Pointer
    where
        I: IntoIterator,
        I::Item: Display,
    {
        let mut pointer = Pointer::root();
        for token in tokens {
            pointer.push(token);
        }
        pointer
    }

    /// Appends one reference token, escaped.
    pub fn push(&mut self, token: impl Display) {
        self.0.push('/');
        for c in token.to_string().chars() {
            match c {
                '~' => self.0.push_str("~0"),
                '/' => self.0.push_str("~1"),
                c => self.0.push(c),
            }
        }
    }

    /// The pointer one token deeper.
    #[must_use]
    pub fn child(mut self, token: impl Display) -> Pointer {
        self.push(token);
        self
    }

    /// Reads a pointer in its plain form (`/a~1b`) or its URI fragment form (`#/a~1b`, with
    /// percent-encoding).
    ///
    /// # Errors
    ///
    /// When the text is neither: not empty and not starting with `/` (after the `#`), a `~`
    /// not followed by `0` or `1`, or a fragment whose percent-encoding is no UTF-8.
    pub fn parse(text: &str) -> Result<Pointer, InvalidPointer> {
        let plain = match text.strip_prefix('#') {
            Some(fragment) => percent_decode(fragment)?,
            None => text.to_owned(),
        };
        if !plain.is_empty() && !plain.starts_with('/') {
            return Err(InvalidPointer("a JSON Pointer is empty or starts with `/`"));
        }
        let mut chars = plain.chars();
        while let Some(c) = chars.next() {
            if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
                return Err(InvalidPointer(
                    "in a JSON Pointer, `~` is always followed by `0` or `1`",
                ));
            }
        }
        Ok(Pointer(plain))
    }

    /// The pointer as RFC 6901 writes it: what `serde_json::Value::pointer` reads.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The reference tokens, unescaped.
    pub fn tokens(&self) -> impl Iterator<Item = String> + '_ {
        self.0
            .split('/')
            .skip(1)
            .map(|token| token.replace("~1", "/").replace("~0", "~"))
    }

    /// The URI fragment form (RFC 6901, Section 6): `#`, then the pointer with every character
    /// a fragment may not hold percent-encoded (`/a b` is `#/a%20b`).
    #[must_use]
    pub fn to_fragment(&self) -> String {
        let mut out = String::with_capacity(self.0.len() + 1);
        out.push('#');
        for &b in self.0.as_bytes() {
            // RFC 3986, Section 3.5: fragment = *( pchar / "/" / "?" ).
            let keep = b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'-' | b'.'
                        | b'_'
                        | b'~'
                        | b'!'
                        | b'$'
                        | b'&'
                        | b'\''
                        | b'('
                        | b')'
                        | b'*'
                        | b'+'
                        | b','
                        | b';'
                        | b'='
                        | b':'
                        | b'@'
                        | b'/'
                        | b'?'
                );
            if keep {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    }
}

impl Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `%XX` sequences decoded, as UTF-8.
fn percent_decode(text: &str) -> Result<String, InvalidPointer> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| core::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or(InvalidPointer("a `%` is followed by two hex digits"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| InvalidPointer("the percent-encoding is no UTF-8"))
}

impl serde::Serialize for Validation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for entry in &self.0 {
            seq.serialize_element(entry)?;
        }
        seq.end()
    }
}

impl serde::Serialize for Invalid {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Invalid", 2)?;
        entry.serialize_field("detail", &self.detail)?;
        entry.serialize_field("pointer", &self.pointer.to_fragment())?;
        entry.end()
    }
}

impl<'de> serde::Deserialize<'de> for Validation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Validation, D::Error> {
        Vec::<Invalid>::deserialize(deserializer).map(Validation)
    }
}

impl<'de> serde::Deserialize<'de> for Invalid {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Invalid, D::Error> {
        struct EntryVisitor;

        impl<'de> de::Visitor<'de> for EntryVisitor {
            type Value = Invalid;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object with a `detail` and a `pointer`")
            }

            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Invalid, A::Error> {
                let (mut detail, mut pointer) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "detail" => detail = Some(map.next_value::<String>()?),
                        "pointer" => pointer = Some(map.next_value::<Pointer>()?),
                        // Any other member is ignored, as RFC 9457 asks of consumers.
                        _ => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Invalid {
                    detail: detail.ok_or_else(|| de::Error::missing_field("detail"))?,
                    pointer: pointer.ok_or_else(|| de::Error::missing_field("pointer"))?,
                })
            }
        }

        deserializer.deserialize_map(EntryVisitor)
    }
}

impl serde::Serialize for Pointer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_fragment())
    }
}

impl<'de> serde::Deserialize<'de> for Pointer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Pointer, D::Error> {
        let text = String::deserialize(deserializer)?;
        Pointer::parse(&text).map_err(de::Error::custom)
    }
}

/// `validator`'s report (feature `validator`): one entry per failed rule, its `message`, or
/// its `code` without one, at the field's pointer (nested structs and list items included);
/// sorted by pointer, since the report holds a map.
#[cfg(feature = "validator")]
#[cfg_attr(docsrs, doc(cfg(feature = "validator")))]
impl From<&validator::ValidationErrors> for Validation {
    fn from(report: &validator::ValidationErrors) -> Validation {
        fn walk(report: &validator::ValidationErrors, at: &Pointer, out: &mut Vec<Invalid>) {
            use validator::ValidationErrorsKind as Kind;
            let mut fields: Vec<_> = report.errors().iter().collect();
            fields.sort_by(|a, b| a.0.cmp(b.0));
            for (field, kind) in fields {
                // `__all__` holds the errors of the struct itself (`#[validate(schema)]`).
                let here = if field == "__all__" {
                    at.clone()
                } else {
                    at.clone().child(field)
                };
                match kind {
                    Kind::Field(errors) => {
                        for error in errors {
                            let detail = error.message.as_deref().unwrap_or(&error.code);
                            out.push(Invalid::new(here.clone(), detail));
                        }
                    }
                    Kind::Struct(inner) => walk(inner, &here, out),
                    Kind::List(items) => {
                        for (index, inner) in items {
                            walk(inner, &here.clone().child(index), out);
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(report, &Pointer::root(), &mut out);
        Validation(out)
    }
}

#[cfg(feature = "validator")]
#[cfg_attr(docsrs, doc(cfg(feature = "validator")))]
impl From<validator::ValidationErrors> for Validation {
    fn from(report: validator::ValidationErrors) -> Validation {
        Validation::from(&report)
    }
}

/// `garde`'s report (feature `garde`): one entry per error, its message, at the path's pointer,
/// in the report's order.
#[cfg(feature = "garde")]
#[cfg_attr(docsrs, doc(cfg(feature = "garde")))]
impl From<&garde::Report> for Validation {
    fn from(report: &garde::Report) -> Validation {
        let entries = report.iter().map(|(path, error)| {
            // garde keeps its components newest first; `__iter` is the only way to them, and
            // the tests pin what it gives. A component without a key (a newtype's) adds none.
            let mut tokens: Vec<&str> = path
                .__iter()
                .filter(|(kind, _)| *kind != garde::error::Kind::None)
                .map(|(_, token)| token.as_str())
                .collect();
            tokens.reverse();
            Invalid::new(Pointer::from_tokens(tokens), error.message())
        });
        Validation(entries.collect())
    }
}

#[cfg(feature = "garde")]
#[cfg_attr(docsrs, doc(cfg(feature = "garde")))]
impl From<garde::Report> for Validation {
    fn from(report: garde::Report) -> Validation {
        Validation::from(&report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6901, Section 5 and 6: every example pointer, in both forms.
    #[test]
    fn rfc_6901_examples() {
        let doc = serde_json::json!({
            "foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4,
            "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8
        });
        let cases: [(&[&str], &str, &str); 12] = [
            (&[], "", "#"),
            (&["foo"], "/foo", "#/foo"),
            (&["foo", "0"], "/foo/0", "#/foo/0"),
            (&[""], "/", "#/"),
            (&["a/b"], "/a~1b", "#/a~1b"),
            (&["c%d"], "/c%d", "#/c%25d"),
            (&["e^f"], "/e^f", "#/e%5Ef"),
            (&["g|h"], "/g|h", "#/g%7Ch"),
            (&["i\\j"], "/i\\j", "#/i%5Cj"),
            (&["k\"l"], "/k\"l", "#/k%22l"),
            (&[" "], "/ ", "#/%20"),
            (&["m~n"], "/m~0n", "#/m~0n"),
        ];
        for (tokens, plain, fragment) in cases {
            let pointer = Pointer::from_tokens(tokens);
            assert_eq!(pointer.as_str(), plain);
            assert_eq!(pointer.to_fragment(), fragment);
            assert_eq!(Pointer::parse(plain).unwrap(), pointer);
            assert_eq!(Pointer::parse(fragment).unwrap(), pointer);
            assert_eq!(pointer.tokens().collect::<Vec<_>>(), tokens);
            assert!(doc.pointer(plain).is_some(), "{plain}");
        }
    }

    #[test]
    fn what_is_no_pointer_is_an_error() {
        for text in ["a", "#a", "/~", "/~2", "#/%2", "#/%zz", "#/%FF"] {
            assert!(Pointer::parse(text).is_err(), "{text}");
        }
    }
}
