//! [`Document`]: an RFC 9457 problem document as any server writes it, read leniently.

use std::borrow::Cow;
use std::fmt;

use http_status_core::Status;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde_json::Value;

use crate::problem::{is_defined, written, Details, ABOUT_BLANK};

/// An RFC 9457 problem document, whoever wrote it: what a client reads from an
/// `application/problem+json` body, and what a server can build by hand.
///
/// Reading is as lenient as RFC 9457 asks of consumers (Section 3.1): a member it defines that
/// has the wrong JSON type (`"status": "404"`, `"title": 5`) is ignored, and named in
/// [`ignored`](Document::ignored), rather than failing the whole body; a missing `type` is
/// [`ABOUT_BLANK`] (Section 3.1.1); every other member is kept, in the order of the body.
///
/// ```
/// use http_status::problem::Document;
/// use http_status::Status;
///
/// // RFC 9457, Section 3's example.
/// let body = br#"{
///     "type": "https://example.com/probs/out-of-credit",
///     "title": "You do not have enough credit.",
///     "detail": "Your current balance is 30, but that costs 50.",
///     "instance": "/account/12345/msgs/abc",
///     "balance": 30,
///     "accounts": ["/account/12345", "/account/67890"]
/// }"#;
/// let problem = Document::from_json(body)?;
/// assert_eq!(problem.problem_type, "https://example.com/probs/out-of-credit");
/// assert_eq!(problem.status, None); // the body need not repeat the status
/// assert_eq!(problem.member_as::<u32>("balance").unwrap()?, 30);
///
/// // A member of the wrong type is ignored, not an error; no `type` means `about:blank`.
/// let problem = Document::from_json(br#"{"status": "404", "title": "Not Found"}"#)?;
/// assert_eq!(problem.problem_type, "about:blank");
/// assert_eq!(problem.status, None);
/// assert_eq!(problem.ignored, ["status"]);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// On a server, it builds a one-off problem without an enum, and sends it as a response:
///
/// ```
/// use http_status::problem::Document;
/// use http_status::Status;
///
/// let problem = Document::new(Status::CONFLICT)
///     .with_type("https://example.com/probs/name-taken")
///     .with_detail("the name \"ada\" is taken")
///     .with_member("name", "ada");
/// let response = problem.to_response();
/// assert_eq!(response.status(), 409);
/// assert_eq!(
///     response.body(),
///     br#"{"type":"https://example.com/probs/name-taken","title":"Conflict","status":409,"detail":"the name \"ada\" is taken","name":"ada"}"#
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Document {
    /// `type`: a URI reference that names the kind of problem, the problem's identifier
    /// (RFC 9457, Section 3.1.1). [`ABOUT_BLANK`] when the body has none.
    pub problem_type: String,
    /// `title`: a short summary of the kind of problem.
    pub title: Option<String>,
    /// `status`: the status the server says it sent. Advisory (RFC 9457, Section 3.1.2): the
    /// response's own status is the one that counts. A number that is no [`Status`] (outside
    /// `100..=999`) is ignored like a member of the wrong type.
    pub status: Option<Status>,
    /// `detail`: what happened this time, for a person.
    pub detail: Option<String>,
    /// `instance`: a URI reference that names this occurrence.
    pub instance: Option<String>,
    /// The extension members, in the order of the body; a member given twice keeps its last
    /// value, as a JSON reader does. A member named like one RFC 9457 defines is not written.
    pub members: Vec<(String, Value)>,
    /// The members RFC 9457 defines that the body gave with the wrong JSON type, and that were
    /// therefore ignored. Never written.
    pub ignored: Vec<&'static str>,
}

impl Document {
    /// The problem of `status` alone: `about:blank`, titled with the registry's phrase (the
    /// class's name for a code the registry does not know).
    pub fn new(status: Status) -> Document {
        Document {
            problem_type: ABOUT_BLANK.to_owned(),
            title: Some(Details::new(status).title.into_owned()),
            status: Some(status),
            ..Document::default()
        }
    }

    /// Reads a problem body. Lenient: see the [type's documentation](Document).
    ///
    /// # Errors
    ///
    /// When `body` is not JSON, or is JSON but not an object.
    pub fn from_json(body: &[u8]) -> Result<Document, serde_json::Error> {
        serde_json::from_slice(body)
    }

    /// The body: the members RFC 9457 defines in its order, then the extension members.
    #[must_use]
    pub fn to_json(&self) -> Vec<u8> {
        // A map with string keys and JSON values cannot fail to serialize.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// With `type` set.
    #[must_use]
    pub fn with_type(mut self, problem_type: impl Into<String>) -> Document {
        self.problem_type = problem_type.into();
        self
    }

    /// With `title` set.
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Document {
        self.title = Some(title.into());
        self
    }

    /// With `detail` set.
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Document {
        self.detail = Some(detail.into());
        self
    }

    /// With `instance` set.
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Document {
        self.instance = Some(instance.into());
        self
    }

    /// With the extension member `name` set to `value` (replacing one of that name). A name
    /// RFC 9457 defines is kept but never written.
    #[must_use]
    pub fn with_member(mut self, name: impl Into<String>, value: impl Into<Value>) -> Document {
        self.set_member(name.into(), value.into());
        self
    }

    /// The extension member `name`, as the body gave it.
    #[must_use]
    pub fn member(&self, name: &str) -> Option<&Value> {
        self.members
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value)
    }

    /// The extension member `name` read as a `T`: `None` when the body has no such member.
    ///
    /// # Errors
    ///
    /// The inner `Err` when the member is there but is no `T`.
    pub fn member_as<T: serde::de::DeserializeOwned>(
        &self,
        name: &str,
    ) -> Option<Result<T, serde_json::Error>> {
        self.member(name).map(T::deserialize)
    }

    /// The response a server sends for this document: its status (`500` without one, and for
    /// one that cannot end an exchange, as every problem response here does), `Content-Type:
    /// application/problem+json`, and [`to_json`](Document::to_json) as the body. Its
    /// [`Details`] goes in the extensions, as for every other problem response, so that a layer
    /// can negotiate it.
    #[must_use]
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        Details::from(self.clone()).to_response()
    }

    fn set_member(&mut self, name: String, value: Value) {
        match self.members.iter_mut().find(|(n, _)| *n == name) {
            Some((_, old)) => *old = value,
            None => self.members.push((name, value)),
        }
    }
}

impl From<Document> for Details {
    /// The document as a server sends it: a missing status is `500`, a missing title the
    /// status's phrase.
    fn from(document: Document) -> Details {
        let status = document.status.unwrap_or(Status::INTERNAL_SERVER_ERROR);
        let mut details = Details::new(status);
        details.problem_type = Cow::Owned(document.problem_type);
        if let Some(title) = document.title {
            details.title = Cow::Owned(title);
        }
        details.detail = document.detail;
        details.instance = document.instance;
        details.members = document.members;
        details
    }
}

impl From<&Details> for Document {
    fn from(details: &Details) -> Document {
        Document {
            problem_type: details.problem_type.clone().into_owned(),
            title: Some(details.title.clone().into_owned()),
            status: Some(details.status),
            detail: details.detail.clone(),
            instance: details.instance.clone(),
            members: details
                .members
                .iter()
                .filter(|(name, _)| !is_defined(name))
                .cloned()
                .collect(),
            ignored: Vec::new(),
        }
    }
}

impl serde::Serialize for Document {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.problem_type)?;
        if let Some(title) = &self.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(status) = self.status {
            map.serialize_entry("status", &status.as_u16())?;
        }
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in written(&self.members) {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Document, D::Error> {
        deserializer.deserialize_map(DocumentVisitor)
    }
}

struct DocumentVisitor;

/// A member's name, borrowed from the body where it can be (serde's own `Cow` never borrows):
/// reading the members RFC 9457 defines allocates nothing for their names.
struct Key<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }

            fn visit_borrowed_str<E>(self, name: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(name)))
            }

            fn visit_str<E>(self, name: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(name.to_owned())))
            }

            fn visit_string<E>(self, name: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(name)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Document;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a problem document (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
        let mut doc = Document::default();
        let mut problem_type = None;
        while let Some(Key(name)) = map.next_key::<Key<'de>>()? {
            let value: Value = map.next_value()?;
            let field = match &*name {
                "type" => "type",
                "title" => "title",
                "status" => "status",
                "detail" => "detail",
                "instance" => "instance",
                _ => {
                    doc.set_member(name.into_owned(), value);
                    continue;
                }
            };
            // A later occurrence replaces an earlier one, ignored or not.
            doc.ignored.retain(|ignored| *ignored != field);
            let fits = match (field, value) {
                ("type", Value::String(s)) => {
                    problem_type = Some(s);
                    true
                }
                ("title", Value::String(s)) => {
                    doc.title = Some(s);
                    true
                }
                ("detail", Value::String(s)) => {
                    doc.detail = Some(s);
                    true
                }
                ("instance", Value::String(s)) => {
                    doc.instance = Some(s);
                    true
                }
                ("status", Value::Number(n)) => {
                    let status = n
                        .as_u64()
                        .and_then(|n| u16::try_from(n).ok())
                        .and_then(|n| Status::from_u16(n).ok());
                    doc.status = status;
                    status.is_some()
                }
                _ => false,
            };
            if !fits {
                match field {
                    "type" => problem_type = None,
                    "title" => doc.title = None,
                    "detail" => doc.detail = None,
                    "instance" => doc.instance = None,
                    _ => doc.status = None,
                }
                doc.ignored.push(field);
            }
        }
        doc.problem_type = problem_type.unwrap_or_else(|| ABOUT_BLANK.to_owned());
        Ok(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_of_a_repeated_member_counts() {
        let doc =
            Document::from_json(br#"{"status": 404, "status": "x", "a": 1, "a": 2}"#).unwrap();
        assert_eq!(doc.status, None);
        assert_eq!(doc.ignored, ["status"]);
        assert_eq!(doc.members, [("a".to_owned(), Value::from(2))]);
        let doc = Document::from_json(br#"{"status": "x", "status": 404}"#).unwrap();
        assert_eq!(doc.status, Some(Status::NOT_FOUND));
        assert!(doc.ignored.is_empty());
    }

    #[test]
    fn numbers_that_are_no_status_are_ignored() {
        for body in [
            r#"{"status": 99}"#,
            r#"{"status": 1000}"#,
            r#"{"status": 404.5}"#,
            r#"{"status": -404}"#,
            r#"{"status": 65936}"#,
            r#"{"status": null}"#,
        ] {
            let doc = Document::from_json(body.as_bytes()).unwrap();
            assert_eq!(
                (doc.status, &doc.ignored[..]),
                (None, &["status"][..]),
                "{body}"
            );
        }
    }

    #[test]
    fn what_is_no_object_is_an_error() {
        for body in ["[]", "\"about:blank\"", "404", "", "{", "null"] {
            assert!(Document::from_json(body.as_bytes()).is_err(), "{body}");
        }
    }

    #[test]
    fn written_and_read_back_alike() {
        let doc = Document::new(Status::TOO_MANY_REQUESTS)
            .with_detail("slow down")
            .with_instance("/req/7")
            .with_member("retry_in", 30)
            .with_member("status", "never written");
        let back = Document::from_json(&doc.to_json()).unwrap();
        assert_eq!(back.member("status"), None);
        assert_eq!(
            back,
            Document {
                members: vec![("retry_in".to_owned(), Value::from(30))],
                ..doc
            }
        );
    }
}
