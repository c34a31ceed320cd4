//! The one OpenAPI printer behind every backend: what the derive knows of each variant (its
//! status, docs, headers, problem type, titles and members) made into OpenAPI response objects,
//! as JSON. A backend (utoipa, aide) hands in its own schemas for the member and header types,
//! and turns the JSON back into its own types ([`Backend`]).
//!
//! A backend's schema stays its own: the JSON holds a placeholder for it (a *leaf*,
//! `{"x-http-status-leaf": 3}`), and the checks that need to see into it (can it be `null`? is
//! it a string or a number?) read its JSON form. Only utoipa needs that: its schema types do not
//! read back faithfully from JSON, so its backend swaps each leaf back for the schema it gave.

use std::cell::RefCell;
use std::collections::BTreeMap;

#[cfg(any(feature = "utoipa", feature = "aide015", feature = "salvo-oapi"))]
use http_status_core::negotiate::{Format, Offer};
use http_status_core::{Info, Lang, Status};
use serde_json::{json, Map, Value};

#[cfg(any(feature = "utoipa", feature = "aide015", feature = "salvo-oapi"))]
use crate::problem::Details;
use crate::problem::{default_title, BodyKind, PROBLEM_JSON, TEXT_PLAIN};

/// The key of a leaf's placeholder.
pub(crate) const LEAF: &str = "x-http-status-leaf";

/// Where every problem schema points: the RFC 9457 document, registered once per document.
pub(crate) const PROBLEM_DETAILS_REF: &str = "#/components/schemas/ProblemDetails";

/// What one OpenAPI crate brings to the printer.
pub trait Backend {
    /// Its schema type.
    type Schema: Clone;
    /// Its response type (what a wrapped type hands back).
    type Response;
    /// What the derived type's impl returns.
    type Output;

    /// `schema` as JSON, for the checks that look into it.
    fn schema_json(schema: &Self::Schema) -> Value;

    /// A wrapped type's `response` as JSON, each schema in it made a leaf with `leaf`; `None`
    /// when it is a reference, which the printer leaves as it is.
    fn response_json(
        response: &Self::Response,
        leaf: &mut dyn FnMut(Self::Schema) -> Value,
    ) -> Option<Value>;

    /// The responses, by status code, made into this backend's types.
    fn output(
        responses: BTreeMap<String, Built<Self::Response>>,
        leaves: &[Self::Schema],
    ) -> Self::Output;
}

/// One finished response.
pub enum Built<R> {
    /// Printed here: JSON with leaves.
    Json(Value),
    /// A wrapped type's, for a status the type does not document itself: as it came.
    Theirs(R),
}

/// What a backend whose types read back from JSON (aide's, salvo-oapi's) gets from the
/// printer: the responses, and the JSON of each leaf.
#[cfg(any(feature = "aide015", feature = "salvo-oapi"))]
pub struct Printed<R> {
    responses: BTreeMap<String, Built<R>>,
    leaves: Vec<Value>,
}

#[cfg(any(feature = "aide015", feature = "salvo-oapi"))]
impl<R: serde::de::DeserializeOwned> Printed<R> {
    /// What [`Backend::output`] hands such a backend.
    pub(crate) fn new(responses: BTreeMap<String, Built<R>>, leaves: &[Value]) -> Printed<R> {
        Printed {
            responses,
            leaves: leaves.to_vec(),
        }
    }

    /// Each response as the backend's type, keyed by status code: each leaf in place, and
    /// `problem` (the backend's reference to its `ProblemDetails` component, or the schema
    /// itself) where the printer refers to `ProblemDetails`.
    pub(crate) fn into_responses(self, problem: &Value) -> impl Iterator<Item = (String, R)> {
        let leaves = self.leaves;
        let problem = problem.clone();
        self.responses
            .into_iter()
            .filter_map(move |(code, built)| match built {
                Built::Json(mut json) => {
                    fill(&mut json, &leaves, &problem);
                    // The printer writes only what the backend's response type reads; a
                    // response that did not read would be left out, not half-written.
                    serde_json::from_value(json).ok().map(|r| (code, r))
                }
                Built::Theirs(theirs) => Some((code, theirs)),
            })
    }
}

/// `json` with each leaf replaced by the schema it stands for, and each reference to
/// `ProblemDetails` by `problem`.
#[cfg(any(feature = "aide015", feature = "salvo-oapi"))]
fn fill(json: &mut Value, leaves: &[Value], problem: &Value) {
    match json {
        Value::Object(object) => {
            if let Some(index) = object.get(LEAF).and_then(Value::as_u64) {
                if let Some(leaf) = usize::try_from(index).ok().and_then(|i| leaves.get(i)) {
                    *json = leaf.clone();
                }
                return;
            }
            if object.get("$ref").and_then(Value::as_str) == Some(PROBLEM_DETAILS_REF) {
                *json = problem.clone();
                return;
            }
            for value in object.values_mut() {
                fill(value, leaves, problem);
            }
        }
        Value::Array(items) => {
            for item in items {
                fill(item, leaves, problem);
            }
        }
        _ => {}
    }
}

/// What the derive knows of one variant: the input of [`Responses::variant`].
#[derive(Debug)]
pub struct Variant {
    /// The variant's name.
    pub name: &'static str,
    /// Its status.
    pub status: Status,
    /// The registry entry it named (a vendor meaning, or the code's first).
    pub meaning: Option<&'static Info>,
    /// Its doc comment, or `""`.
    pub docs: &'static str,
    /// Whether its message and members reach the client.
    pub exposed: bool,
    /// `type = "..."`.
    pub problem_type: Option<&'static str>,
    /// `title = "..."`.
    pub title: Option<&'static str>,
    /// `title(fr = "...")`: the titles in the other languages.
    pub titles: &'static [&'static str],
    /// Whether a field is the `instance`.
    pub instance: bool,
}

/// A schema the derive hands in: the backend's own for a type, or one written here.
pub enum Part<S> {
    /// The type's schema, from the backend (`utoipa::ToSchema`, `schemars::JsonSchema`).
    Typed(S),
    /// A schema written here: a constant member's one value, a `Duration`'s seconds.
    Json(Value),
    /// No schema: a header whose type has none is a string (its `Display`).
    Untyped,
}

/// One header a variant sends.
pub enum HeaderDoc<S> {
    /// `header("Name", "value")`.
    Const(&'static str, &'static str),
    /// `#[header("Name")]` on a field: its name, and its type's schema.
    Field(&'static str, &'static str, Part<S>),
}

/// One header of a variant, as the printer keeps it.
struct Header {
    name: &'static str,
    /// The field it comes from, if it is not a constant.
    field: Option<&'static str>,
    /// Its schema, as JSON with leaves.
    schema: Value,
}

/// A variant as the printer keeps it: its headers and members, their schemas as JSON with
/// leaves.
type Entry = (Variant, Vec<Header>, Vec<(&'static str, Value)>);

thread_local! {
    /// The types whose responses are being gathered, outermost first: a type met again wraps
    /// itself, and adds nothing to itself.
    static GATHERING: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Collects the variants of a derived type into its responses, for the backend `B`.
pub struct Responses<B: Backend> {
    /// The type's name, while it is being gathered.
    name: &'static str,
    by_code: BTreeMap<u16, Vec<Entry>>,
    delegated: Vec<(String, B::Response)>,
    /// Each leaf once: the backend's schemas, and the same as JSON.
    natives: Vec<B::Schema>,
    jsons: Vec<Value>,
}

impl<B: Backend> Responses<B> {
    /// Starts gathering the responses of the type named `name` (its `type_name`); `None` when
    /// they are already being gathered further up, so that a type that wraps itself ends.
    #[must_use]
    pub fn enter(name: &'static str) -> Option<Responses<B>> {
        GATHERING.with(|gathering| {
            let mut gathering = gathering.borrow_mut();
            if gathering.contains(&name) {
                return None;
            }
            gathering.push(name);
            Some(Responses {
                name,
                by_code: BTreeMap::new(),
                delegated: Vec::new(),
                natives: Vec::new(),
                jsons: Vec::new(),
            })
        })
    }

    /// Adds a variant, with its headers and the schemas of its `#[problem]` members (a
    /// flattened one is named `""`).
    pub fn variant(
        &mut self,
        variant: Variant,
        headers: impl IntoIterator<Item = HeaderDoc<B::Schema>>,
        members: impl IntoIterator<Item = (&'static str, Part<B::Schema>)>,
    ) {
        let headers = headers
            .into_iter()
            .map(|header| match header {
                HeaderDoc::Const(name, value) => Header {
                    name,
                    field: None,
                    schema: json!({ "type": "string", "examples": [value] }),
                },
                HeaderDoc::Field(name, field, part) => {
                    let schema = self.part(part);
                    Header {
                        name,
                        field: Some(field),
                        schema: header_field_schema(schema.as_ref(), &self.jsons),
                    }
                }
            })
            .collect();
        let members = members
            .into_iter()
            .map(|(name, part)| (name, self.part(part).unwrap_or_else(|| json!({}))))
            .collect();
        self.by_code
            .entry(variant.status.as_u16())
            .or_default()
            .push((variant, headers, members));
    }

    /// Adds a wrapped type's responses.
    pub fn delegate(&mut self, responses: impl IntoIterator<Item = (String, B::Response)>) {
        self.delegated.extend(responses);
    }

    /// The placeholder for `schema`: the same one for two equal schemas.
    fn leaf(natives: &mut Vec<B::Schema>, jsons: &mut Vec<Value>, schema: B::Schema) -> Value {
        let json = B::schema_json(&schema);
        let index = match jsons.iter().position(|j| *j == json) {
            Some(i) => i,
            None => {
                natives.push(schema);
                jsons.push(json);
                jsons.len() - 1
            }
        };
        json!({ LEAF: index })
    }

    fn part(&mut self, part: Part<B::Schema>) -> Option<Value> {
        match part {
            Part::Typed(schema) => Some(Self::leaf(&mut self.natives, &mut self.jsons, schema)),
            Part::Json(json) => Some(json),
            Part::Untyped => None,
        }
    }

    /// A wrapped type's response as JSON, its schemas leaves.
    fn json_of(&mut self, response: &B::Response) -> Option<Value> {
        let (natives, jsons) = (&mut self.natives, &mut self.jsons);
        B::response_json(response, &mut |schema| Self::leaf(natives, jsons, schema))
    }

    /// One response per status, made into the backend's types. A wrapped type's response for a
    /// status the type documents itself is merged into it: descriptions, headers and bodies.
    #[must_use]
    pub fn finish(mut self) -> B::Output {
        let mut out: BTreeMap<String, Built<B::Response>> = std::mem::take(&mut self.by_code)
            .into_iter()
            .map(|(code, variants)| {
                (
                    code.to_string(),
                    Built::Json(response(&variants, &self.jsons)),
                )
            })
            .collect();
        for (code, theirs) in std::mem::take(&mut self.delegated) {
            let built = match out.remove(&code) {
                None => Built::Theirs(theirs),
                Some(Built::Json(mut ours)) => {
                    if let Some(theirs) = self.json_of(&theirs) {
                        merge_response(&mut ours, theirs, &self.jsons);
                    }
                    Built::Json(ours)
                }
                // Two wrapped types answer with it: both, merged; a reference stands.
                Some(Built::Theirs(first)) => match self.json_of(&first) {
                    Some(mut merged) => {
                        if let Some(theirs) = self.json_of(&theirs) {
                            merge_response(&mut merged, theirs, &self.jsons);
                        }
                        Built::Json(merged)
                    }
                    None => Built::Theirs(first),
                },
            };
            out.insert(code, built);
        }
        B::output(out, &self.natives)
    }
}

impl<B: Backend> Drop for Responses<B> {
    fn drop(&mut self) {
        GATHERING.with(|gathering| {
            let mut gathering = gathering.borrow_mut();
            if let Some(i) = gathering.iter().rposition(|n| *n == self.name) {
                gathering.remove(i);
            }
        });
    }
}

/// `schema` itself, or the JSON of the leaf it stands for.
fn seen<'a>(schema: &'a Value, leaves: &'a [Value]) -> &'a Value {
    match schema.get(LEAF).and_then(Value::as_u64) {
        Some(i) => usize::try_from(i)
            .ok()
            .and_then(|i| leaves.get(i))
            .unwrap_or(schema),
        None => schema,
    }
}

/// What is known of one header across the variants that send it.
#[derive(Default)]
struct HeaderParts {
    /// `` `Slower` ``, `` `Faster`, from its field `seconds` ``.
    senders: Vec<String>,
    schema: Option<Value>,
    /// The registry's rule for it, as a sentence.
    rule: Option<String>,
}

/// The response for the variants that share one status, for a document's `responses`, without
/// any header or body the variants do not give it (the layer's, see `LayerResponses`).
#[cfg(any(feature = "utoipa", feature = "aide015"))]
pub(crate) fn response_for(variant: Variant) -> Value {
    response(&[(variant, Vec::new(), Vec::new())], &[])
}

/// The response for the variants that share one status.
fn response(variants: &[Entry], leaves: &[Value]) -> Value {
    // Each status has a variant: the printer groups the variants by status.
    let Some((first, _, _)) = variants.first() else {
        return json!({ "description": "" });
    };
    let status = first.status;
    let documented: Vec<&Variant> = variants
        .iter()
        .map(|(v, _, _)| v)
        .filter(|v| !v.docs.is_empty())
        .collect();
    let description = match documented.as_slice() {
        [] => default_title(status, first.meaning).to_string(),
        [one] if variants.len() == 1 => one.docs.to_string(),
        several => several
            .iter()
            .map(|v| format!("- {}", v.docs.replace('\n', "\n  ")))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    let mut response = Map::new();
    response.insert("description".into(), description.into());
    // Each header once, whichever variants send it and however they spell its name.
    let mut headers: Vec<(&'static str, HeaderParts)> = Vec::new();
    for (variant, docs, _) in variants {
        for header in docs {
            let name = header.name;
            let sender = match header.field {
                None => format!("`{}`", variant.name),
                Some(field) => format!("`{}`, from its field `{field}`", variant.name),
            };
            let schema = header.schema.clone();
            let index = match headers
                .iter()
                .position(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                Some(i) => i,
                None => {
                    headers.push((name, HeaderParts::default()));
                    headers.len() - 1
                }
            };
            let parts = &mut headers[index].1;
            if !parts.senders.contains(&sender) {
                parts.senders.push(sender);
            }
            parts.schema = union_of(parts.schema.take(), Some(schema), leaves);
            if parts.rule.is_none() {
                parts.rule = rule(variant, name);
            }
        }
    }
    if !headers.is_empty() {
        let mut map = Map::new();
        for (name, parts) in headers {
            let mut text = format!("Sent by {}.", parts.senders.join(" and by "));
            if let Some(rule) = parts.rule {
                text.push(' ');
                text.push_str(&rule);
            }
            let mut header = Map::new();
            if let Some(schema) = parts.schema {
                header.insert("schema".into(), schema);
            }
            header.insert("description".into(), text.into());
            map.insert(name.into(), header.into());
        }
        response.insert("headers".into(), map.into());
    }
    let content = match BodyKind::of(status) {
        BodyKind::Empty => None,
        BodyKind::Text => Some((
            TEXT_PLAIN,
            json!({ "type": "string", "description": "The message." }),
        )),
        BodyKind::Problem => variants
            .iter()
            .map(|(variant, _, members)| problem_schema(variant, members, leaves))
            .reduce(|a, b| union(a, b, leaves))
            .map(|schema| (PROBLEM_JSON, schema)),
    };
    if let Some((media, schema)) = content {
        response.insert("content".into(), json!({ media: { "schema": schema } }));
    }
    response.into()
}

/// The registry's rule for the header `name` of `variant`'s status, as a sentence.
fn rule(variant: &Variant, name: &str) -> Option<String> {
    let rule = variant
        .meaning
        .into_iter()
        .flat_map(Info::headers)
        .find(|r| r.name().eq_ignore_ascii_case(name))?;
    let mut text = format!(
        "{}: a {} response {} carry it",
        rule.reference(),
        variant.status.as_u16(),
        rule.requirement()
    );
    if let Some(condition) = rule.condition() {
        text.push_str(&format!(" ({condition})"));
    }
    text.push('.');
    Some(text)
}

/// A header field's schema: its type's, when that is a string, a number or a boolean (what a
/// `Display` can be read back as); a string otherwise.
fn header_field_schema(schema: Option<&Value>, leaves: &[Value]) -> Value {
    match schema {
        Some(schema)
            if matches!(
                seen(schema, leaves).get("type").and_then(Value::as_str),
                Some("string" | "integer" | "number" | "boolean")
            ) =>
        {
            schema.clone()
        }
        _ => json!({ "type": "string" }),
    }
}

/// A schema that allows what `a` allows and what `b` allows: `a` itself when they are the same,
/// one schema with both's examples when they differ only in those, else `anyOf` (not `oneOf`:
/// a body may match several alternatives, since an object schema allows more members).
fn union(a: Value, b: Value, leaves: &[Value]) -> Value {
    if a == b {
        return a;
    }
    let (seen_a, seen_b) = (seen(&a, leaves), seen(&b, leaves));
    let bare = |schema: &Value| {
        let mut schema = schema.as_object().cloned().unwrap_or_default();
        schema.remove("examples");
        schema
    };
    // A type with examples (a header's constant values), and nothing every backend could not
    // read back.
    let plain = |schema: &Value| {
        schema.as_object().is_some_and(|object| {
            object
                .keys()
                .all(|k| matches!(k.as_str(), "type" | "format" | "description" | "examples"))
        })
    };
    // A leaf that is only a type and examples, as ours are, merges as one of ours.
    if plain(seen_a) && plain(seen_b) && bare(seen_a) == bare(seen_b) {
        let mut merged = seen_a.clone();
        let theirs = seen_b.get("examples").and_then(Value::as_array).cloned();
        if let (Some(object), Some(theirs)) = (merged.as_object_mut(), theirs) {
            let examples = object
                .entry("examples")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Some(examples) = examples.as_array_mut() {
                for example in theirs {
                    if !examples.contains(&example) {
                        examples.push(example);
                    }
                }
            }
        }
        return merged;
    }
    let items = |schema: Value| match schema {
        Value::Object(mut object) if object.len() == 1 && object.contains_key("anyOf") => {
            match object.remove("anyOf") {
                Some(Value::Array(items)) => items,
                _ => Vec::new(),
            }
        }
        other => vec![other],
    };
    let mut all: Vec<Value> = Vec::new();
    for item in items(a).into_iter().chain(items(b)) {
        if !all.contains(&item) {
            all.push(item);
        }
    }
    json!({ "anyOf": all })
}

/// [`union`] of two schemas either of which may be missing.
fn union_of(a: Option<Value>, b: Option<Value>, leaves: &[Value]) -> Option<Value> {
    match (a, b) {
        (Some(a), Some(b)) => Some(union(a, b, leaves)),
        (a, b) => a.or(b),
    }
}

/// A wrapped type's response for a status ours has too, merged into ours.
fn merge_response(ours: &mut Value, theirs: Value, leaves: &[Value]) {
    let (Some(ours), Value::Object(mut theirs)) = (ours.as_object_mut(), theirs) else {
        return;
    };
    let their_text = theirs
        .remove("description")
        .and_then(|d| d.as_str().map(str::to_string))
        .unwrap_or_default();
    if let Some(Value::String(mine)) = ours.get_mut("description") {
        if !mine.contains(&their_text) {
            *mine = format!("{mine}\n\n{their_text}");
        }
    }
    if let Some(Value::Object(their_headers)) = theirs.remove("headers") {
        let headers = ours
            .entry("headers")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(headers) = headers.as_object_mut() {
            for (name, header) in their_headers {
                let same = headers
                    .keys()
                    .find(|n| n.eq_ignore_ascii_case(&name))
                    .cloned();
                match same.and_then(|n| headers.get_mut(&n)) {
                    Some(mine) => merge_header(mine, header, leaves),
                    None => {
                        headers.insert(name, header);
                    }
                }
            }
        }
    }
    if let Some(Value::Object(their_content)) = theirs.remove("content") {
        let content = ours
            .entry("content")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(content) = content.as_object_mut() {
            for (media, body) in their_content {
                match content.get_mut(&media).and_then(Value::as_object_mut) {
                    Some(mine) if mine.get("$ref").is_none() => {
                        let theirs = body.get("schema").cloned();
                        if let Some(schema) = union_of(mine.remove("schema"), theirs, leaves) {
                            mine.insert("schema".into(), schema);
                        }
                    }
                    // A reference to a component: ours stands.
                    Some(_) => {}
                    None => {
                        content.insert(media, body);
                    }
                }
            }
        }
    }
}

/// One header sent by our variants and a wrapped type's: both descriptions, both schemas.
fn merge_header(ours: &mut Value, theirs: Value, leaves: &[Value]) {
    let (Some(ours), Value::Object(mut theirs)) = (ours.as_object_mut(), theirs) else {
        return;
    };
    if ours.contains_key("$ref") {
        return;
    }
    match (ours.get_mut("description"), theirs.remove("description")) {
        (Some(Value::String(mine)), Some(Value::String(text))) if !mine.contains(&text) => {
            mine.push_str("\n\n");
            mine.push_str(&text);
        }
        (None, Some(text)) => {
            ours.insert("description".into(), text);
        }
        _ => {}
    }
    if let Some(schema) = union_of(ours.remove("schema"), theirs.remove("schema"), leaves) {
        ours.insert("schema".into(), schema);
    }
}

/// `ProblemDetails` and what this variant fixes or adds.
fn problem_schema(variant: &Variant, members: &[(&'static str, Value)], leaves: &[Value]) -> Value {
    let code = variant.status.as_u16();
    // Every title the variant can send, in every language: its own, or the registry's phrase,
    // which a negotiating layer localizes.
    let mut titles: Vec<&str> = match (variant.title, variant.meaning) {
        (Some(title), _) => vec![title],
        (None, Some(info)) => Lang::ALL.iter().map(|&l| info.reason_in(l)).collect(),
        (None, None) => vec![default_title(variant.status, None)],
    };
    for title in variant.titles {
        if !titles.contains(title) {
            titles.push(title);
        }
    }
    let mut properties = Map::new();
    properties.insert(
        "status".into(),
        json!({ "type": "integer", "enum": [code] }),
    );
    properties.insert(
        "type".into(),
        json!({ "type": "string", "enum": [variant.problem_type.unwrap_or("about:blank")] }),
    );
    properties.insert("title".into(), json!({ "type": "string", "enum": titles }));
    let mut required = vec![Value::from("status")];
    if variant.exposed {
        properties.insert(
            "detail".into(),
            json!({ "type": "string", "description": "The error's message, for this occurrence." }),
        );
        for (name, schema) in members {
            // A flattened field (`#[problem(flatten)]`, named "") adds its own members, below.
            if name.is_empty() {
                continue;
            }
            properties.insert((*name).into(), schema.clone());
            // A member that can be null is left out when it is: it is optional.
            if !nullable(seen(schema, leaves), leaves) {
                required.push((*name).into());
            }
        }
    }
    if variant.instance {
        required.push("instance".into());
    }
    let own = json!({ "type": "object", "properties": properties, "required": required });
    let mut all = vec![json!({ "$ref": PROBLEM_DETAILS_REF }), own];
    if variant.exposed {
        for (_, schema) in members.iter().filter(|(name, _)| name.is_empty()) {
            all.push(schema.clone());
        }
    }
    json!({ "allOf": all })
}

/// Whether a value of `schema` can be `null`: its type includes `null`, or one of its
/// alternatives does (as utoipa and schemars write an `Option<T>`).
fn nullable(schema: &Value, leaves: &[Value]) -> bool {
    // OpenAPI 3.0's form, which poem-openapi writes.
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        return true;
    }
    match schema.get("type") {
        Some(Value::String(ty)) if ty == "null" => return true,
        Some(Value::Array(types)) if types.iter().any(|t| t == "null") => return true,
        _ => {}
    }
    ["oneOf", "anyOf"].iter().any(|key| {
        schema
            .get(*key)
            .and_then(Value::as_array)
            .is_some_and(|items| items.iter().any(|s| nullable(seen(s, leaves), leaves)))
    })
}

/// The RFC 9457 problem document every error response refers to: `type`, `title`, `status` and
/// `instance`, each backend's `ProblemDetails` component.
pub(crate) fn problem_details() -> Value {
    let uri_reference = |description: &str| json!({ "type": "string", "format": "uri-reference", "description": description });
    let mut kind = uri_reference(
        "A URI reference that names the kind of problem; `about:blank` when the status says it all.",
    );
    kind["default"] = "about:blank".into();
    json!({
        "type": "object",
        "description": "An RFC 9457 problem document. Each response fixes `status` and documents its own `detail` and extension members.",
        "properties": {
            "type": kind,
            "title": {
                "type": "string",
                "description": "A short summary of the kind of problem: by default, the status's reason phrase.",
            },
            "status": {
                "type": "integer",
                "description": "The HTTP status code of this response: 100 to 599 (RFC 9110, Section 15). A status of 600 or more is never sent.",
                "minimum": 100,
                "maximum": 599,
            },
            "instance": uri_reference("A URI reference that names this occurrence."),
        },
        "required": ["type", "title", "status"],
    })
}

/// The `errors` member of a validation problem: an array of entries, each a `detail` and a
/// `pointer` (a JSON Pointer in its URI fragment form).
pub(crate) fn validation() -> Value {
    json!({
        "type": "array",
        "description": "What was wrong with the request, field by field (RFC 9457, Section 3).",
        "items": {
            "type": "object",
            "properties": {
                "detail": { "type": "string", "description": "What is wrong, for a person." },
                "pointer": {
                    "type": "string",
                    "format": "uri-reference",
                    "description": "Where, in the request body: an RFC 6901 JSON Pointer in its URI fragment form, such as `#/profile/color`.",
                },
            },
            "required": ["detail", "pointer"],
        },
    })
}

/// The schema of a constant member (`member("code", "USER_NOT_FOUND")`): its one value.
#[must_use]
pub fn const_member_schema(value: impl Into<Value>) -> Value {
    let value = value.into();
    let schema_type = match &value {
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        _ => "object",
    };
    json!({ "type": schema_type, "enum": [value] })
}

/// What the layer offers by default, and salvo's and Rocket's derived responses always: every
/// format, XML with the `xml` feature.
#[cfg(any(feature = "utoipa", feature = "aide015", feature = "salvo-oapi"))]
pub(crate) const DEFAULT_OFFER: Offer = if cfg!(feature = "xml") {
    Offer::ALL.with(Format::Xml)
} else {
    Offer::ALL
};

/// What [`negotiated`] returns: each other media type and its schema (`None`: the JSON body's),
/// and each header with its header object.
#[cfg(any(feature = "utoipa", feature = "aide015", feature = "salvo-oapi"))]
pub(crate) type Negotiated = (
    Vec<(&'static str, Option<Value>)>,
    [(&'static str, Value); 2],
);

/// What a negotiating response adds to a problem response's documentation, for a response that
/// offers `offer` (the layer's, or salvo's and Rocket's derived responses, which negotiate by
/// themselves): each other media type it may be sent in, with its schema (`None`: the JSON
/// body's schema, as XML holds the same members), and the headers negotiation sends.
#[cfg(any(feature = "utoipa", feature = "aide015", feature = "salvo-oapi"))]
pub(crate) fn negotiated(offer: Offer) -> Negotiated {
    let page = json!({
        "type": "string",
        "description": "An HTML page showing the problem, with its JSON embedded as `<script type=\"application/problem+json\">` (RFC 9457, Appendix C).",
    });
    let text = json!({
        "type": "string",
        "description": "The status and title, the detail, then one line per member.",
    });
    let contents = [
        (Format::Html, Some(page)),
        (Format::Text, Some(text)),
        (Format::Xml, None),
    ]
    .into_iter()
    // What is written, not what was offered: XML is JSON without the `xml` feature.
    .filter(|(format, _)| offer.offers(*format) && Details::rendered_as(*format) == *format)
    // The media type without its `charset`, as documents name it.
    .map(|(format, schema)| {
        (
            format.media_type().split(';').next().unwrap_or_default(),
            schema,
        )
    })
    .collect();
    let headers = [
        (
            "Content-Language",
            json!({
                "schema": { "type": "string" },
                "description": "The languages of the title and the detail: `en`, `fr`, or `fr, en` for a French title over an English detail.",
            }),
        ),
        (
            "Vary",
            json!({
                "schema": { "type": "string" },
                "description": "`Accept, Accept-Language`: the format and the language are negotiated.",
            }),
        ),
    ];
    (contents, headers)
}

/// [`negotiated`] applied to a response object of the printer's, if it is a problem's.
#[cfg(any(feature = "aide015", feature = "salvo-oapi"))]
pub(crate) fn negotiate(response: &mut Value, offer: Offer) {
    let Some(json) = response
        .pointer(&format!("/content/{}", PROBLEM_JSON.replace('/', "~1")))
        .cloned()
    else {
        return;
    };
    let (contents, headers) = negotiated(offer);
    let Some(object) = response.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(content)) = object.get_mut("content") {
        for (media, schema) in contents {
            let body = schema.map_or_else(|| json.clone(), |schema| json!({ "schema": schema }));
            content.entry(media).or_insert(body);
        }
    }
    let map = object
        .entry("headers")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Some(map) = map.as_object_mut() {
        for (name, header) in headers {
            map.entry(name).or_insert(header);
        }
    }
}

/// The schemas of the header types RFC 9110 gives forms of their own.
pub(crate) mod time {
    use serde_json::{json, Value};

    /// A `Duration`: whole seconds.
    pub(crate) fn duration() -> Value {
        json!({
            "type": "integer",
            "minimum": 1,
            "description": "Whole seconds, rounded up (RFC 9110, Section 10.2.3).",
        })
    }

    /// A `SystemTime`: an HTTP-date.
    pub(crate) fn system_time() -> Value {
        json!({
            "type": "string",
            "format": "http-date",
            "description": "An HTTP-date, such as `Tue, 14 Nov 2023 22:13:20 GMT` (RFC 9110, Section 5.6.7).",
        })
    }
}

/// The schema of a `#[header]` field's type, for the backend `S`: the backend's own probe when
/// the type has a schema there (utoipa's `ViaToSchema`, aide's `ViaJsonSchema`), else
/// [`ViaTime`], else [`ViaDisplay`] (its `Display` is a string). Three levels, from the call
/// `(&&&HeaderSchema::<T>::new()).header_schema()`.
pub struct HeaderSchema<T: ?Sized>(core::marker::PhantomData<T>);

impl<T: ?Sized> HeaderSchema<T> {
    /// The probe for `T`.
    #[allow(clippy::new_without_default)]
    #[must_use]
    pub fn new() -> HeaderSchema<T> {
        HeaderSchema(core::marker::PhantomData)
    }
}

/// See [`HeaderSchema`]: the types a header sends in RFC 9110's own forms.
pub trait ViaTime {
    /// Their schema.
    fn header_schema<S>(&self) -> Part<S>;
}

impl ViaTime for &HeaderSchema<core::time::Duration> {
    fn header_schema<S>(&self) -> Part<S> {
        Part::Json(time::duration())
    }
}

impl ViaTime for &HeaderSchema<std::time::SystemTime> {
    fn header_schema<S>(&self) -> Part<S> {
        Part::Json(time::system_time())
    }
}

/// See [`HeaderSchema`].
pub trait ViaDisplay {
    /// None: a string.
    fn header_schema<S>(&self) -> Part<S> {
        Part::Untyped
    }
}

impl<T: ?Sized> ViaDisplay for HeaderSchema<T> {}
