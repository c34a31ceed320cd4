//! Which name the crate being compiled gives the `http-status` dependency, read from its
//! `Cargo.toml` (and the workspace's, for `workspace = true`), once per crate.
//!
//! The derive writes paths through `::http_status`; a crate that renames the dependency
//! (`hs = { package = "http-status" }`) has no `::http_status`, but it has `::hs`. So the derive
//! follows the rename, as `status!` does through `$crate`, and `#[status(crate = "...")]` on the
//! type still decides when given.
//!
//! Reading TOML is the `toml` crate's job, but it would be a dependency of every user's build of
//! this macro crate, for a few keys. What is here is a small reader of the TOML grammar (tables,
//! dotted and quoted keys, every string form, inline tables, arrays, comments), tested against
//! `toml` on every manifest in the local crate registry (`tests::agrees_with_the_toml_crate`).
//! It only has to find keys; a manifest it cannot read gives `None`, and the derive keeps
//! `::http_status`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The package whose name we look for.
const PACKAGE: &str = "http-status";

/// The manifest directories already read, with their answer: one read per crate, even when a
/// process (rust-analyzer) expands macros for several crates.
static CACHE: Mutex<Vec<(OsString, Answer)>> = Mutex::new(Vec::new());

/// What the manifest of the crate being compiled says to the derive.
#[derive(Clone, Default)]
pub(crate) struct Answer {
    /// The crate name to reach the facade under (`hs`) when the manifest renames `http-status`;
    /// `None` when it does not, so `::http_status` stands.
    pub(crate) rename: Option<String>,
    /// When the crate asks for each impl of a foreign trait (see [`IMPLS`]): `None` when the
    /// manifest names no `http-status` dependency (the derive is reached through a re-export),
    /// and the impls then follow the features on in the build.
    pub(crate) gates: Option<Gates>,
    /// The manifests read, which the derive's output includes so that Cargo builds the crate
    /// again when one changes: a feature asked for anew changes what the derive writes, while
    /// the build's features (all Cargo looks at) may stay the same.
    pub(crate) read: Vec<PathBuf>,
}

/// The [`Answer`] for the crate being compiled, read once per crate; the default (no rename,
/// no gates, nothing read) when there is no manifest to read.
pub(crate) fn answer() -> Answer {
    let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Answer::default();
    };
    let Ok(mut cache) = CACHE.lock() else {
        return Answer::default();
    };
    if let Some((_, answer)) = cache.iter().find(|(d, _)| *d == dir) {
        return answer.clone();
    }
    let answer = read(Path::new(&dir));
    cache.push((dir, answer.clone()));
    answer
}

fn read(dir: &Path) -> Answer {
    let path = dir.join("Cargo.toml");
    let Ok(manifest) = std::fs::read_to_string(&path) else {
        return Answer::default();
    };
    // Read at most once, and only for a `workspace = true` dependency.
    let mut workspace_text: Option<Option<(PathBuf, String)>> = None;
    let mut workspace = || {
        workspace_text
            .get_or_insert_with(|| {
                let root = workspace_root(dir)?;
                let text = std::fs::read_to_string(&root).ok()?;
                Some((root, text))
            })
            .as_ref()
            .map(|(_, text)| text.clone())
    };
    let rename = rename_in(&manifest, &mut workspace);
    let gates = gates_in(&manifest, &mut workspace);
    let mut read = vec![path];
    read.extend(workspace_text.flatten().map(|(root, _)| root));
    Answer {
        rename,
        gates,
        read,
    }
}

/// The foreign traits the derive implements, each with the facade features that turn it on
/// (its own, and those that imply it). A unit test reads the facade's `Cargo.toml` and checks
/// this against its `[features]`.
pub(crate) const IMPLS: &[(&str, &[&str])] = &[
    ("axum", &["axum"]),
    ("actix-web", &["actix-web"]),
    ("utoipa", &["utoipa"]),
    ("aide015", &["aide015"]),
    ("salvo-oapi", &["salvo-oapi"]),
    ("poem-openapi", &["poem-openapi"]),
    ("poem", &["poem"]),
    ("salvo", &["salvo"]),
    ("rocket", &["rocket"]),
];

/// What turns one impl on in the crate being compiled.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Gate {
    /// A dependency on `http-status` names the feature: always on.
    Always,
    /// The crate's own feature names it (`web = ["http-status/axum"]`): on with that feature.
    Feature(String),
    /// A `[target.'cfg(unix)'.dependencies]` table names it: on where that `cfg` holds.
    Cfg(String),
}

/// One list of [`Gate`]s per entry of [`IMPLS`], in its order: the impl is on when any holds.
pub(crate) type Gates = Vec<Vec<Gate>>;

/// The [`Gates`] of `manifest`; `None` when it cannot be read or names no `http-status`
/// dependency.
pub(crate) fn gates_in(
    manifest: &str,
    workspace: impl FnOnce() -> Option<String>,
) -> Option<Gates> {
    let entries = parse(manifest)?;
    let mut deps = dependencies(&entries);
    inherit(&mut deps, workspace);
    let ours: Vec<&Dependency> = deps
        .iter()
        .filter(|d| d.package.as_deref().unwrap_or(&d.key) == PACKAGE)
        .collect();
    if ours.is_empty() {
        return None;
    }
    let features = crate_features(&entries);
    let gates = IMPLS
        .iter()
        .map(|(_, turned_on_by)| {
            let mut gates = Vec::new();
            for dep in &ours {
                if dep
                    .features
                    .iter()
                    .any(|f| turned_on_by.contains(&f.as_str()))
                {
                    gates.push(match dep.target.as_deref() {
                        Some(target) => target
                            .strip_prefix("cfg(")
                            .and_then(|c| c.strip_suffix(')'))
                            .map_or(Gate::Always, |cfg| Gate::Cfg(cfg.to_string())),
                        None => Gate::Always,
                    });
                }
            }
            for (name, enables) in &features {
                let asks = enables.iter().any(|entry| {
                    entry.split_once('/').is_some_and(|(key, feature)| {
                        let key = key.strip_suffix('?').unwrap_or(key);
                        ours.iter().any(|d| d.key == key) && turned_on_by.contains(&feature)
                    })
                });
                if asks {
                    gates.push(Gate::Feature(name.clone()));
                }
            }
            gates
        })
        .collect();
    Some(gates)
}

/// The crate's own `[features]`: each name with what it turns on.
pub(crate) fn crate_features(entries: &[(Vec<String>, Value)]) -> Vec<(String, Vec<String>)> {
    entries
        .iter()
        .filter_map(|(path, value)| match (path.as_slice(), value) {
            ([table, name], Value::Array(list)) if table == "features" => {
                Some((name.clone(), list.clone()))
            }
            _ => None,
        })
        .collect()
}

/// Completes each `workspace = true` dependency from `[workspace.dependencies]`: its package
/// name, and the features it adds to its own.
fn inherit(deps: &mut [Dependency], workspace: impl FnOnce() -> Option<String>) {
    if !deps.iter().any(|d| d.workspace) {
        return;
    }
    let inherited = workspace()
        .and_then(|text| parse(&text))
        .map(|entries| workspace_dependencies(&entries))
        .unwrap_or_default();
    for dep in deps.iter_mut().filter(|d| d.workspace) {
        if let Some(w) = inherited.iter().find(|w| w.key == dep.key) {
            if dep.package.is_none() {
                dep.package.clone_from(&w.package);
            }
            dep.features.extend(w.features.iter().cloned());
        }
    }
}

/// The nearest `Cargo.toml` above `dir` that has a `[workspace]` table.
fn workspace_root(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().skip(1).find_map(|d| {
        let path = d.join("Cargo.toml");
        let text = std::fs::read_to_string(&path).ok()?;
        let entries = parse(&text)?;
        entries
            .iter()
            .any(|(key, _)| key.first().is_some_and(|k| k == "workspace"))
            .then_some(path)
    })
}

/// The kinds of dependency table, in the order they decide: the library's own dependencies
/// first, since that is where a derive in `src/` finds its crates.
// Only the tests compare and sort: in a user's build, derives cost compile time.
#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(test, derive(Debug, Eq, PartialOrd, Ord))]
pub(crate) enum Kind {
    Normal,
    Dev,
    Build,
}

/// One dependency as the manifest writes it.
#[cfg_attr(test, derive(Debug, PartialEq, Eq, PartialOrd, Ord))]
pub(crate) struct Dependency {
    pub(crate) kind: Kind,
    /// The `cfg` or triple of a `[target.'...'.dependencies]` table.
    pub(crate) target: Option<String>,
    /// The key it is written under: the name the crate is known by.
    pub(crate) key: String,
    /// `package = "..."`.
    pub(crate) package: Option<String>,
    /// `workspace = true`: the package is named in `[workspace.dependencies]`.
    pub(crate) workspace: bool,
    /// `features = [...]`.
    pub(crate) features: Vec<String>,
}

/// The rename of `http-status` in `manifest`, if it has one; `workspace` gives the workspace's
/// manifest, read only for a `workspace = true` dependency.
pub(crate) fn rename_in(
    manifest: &str,
    workspace: impl FnOnce() -> Option<String>,
) -> Option<String> {
    let mut deps = dependencies(&parse(manifest)?);
    inherit(&mut deps, workspace);
    let ours = |d: &&Dependency| d.package.as_deref().unwrap_or(&d.key) == PACKAGE;
    // The library's own dependencies decide, then dev-, then build-dependencies.
    let kind = [Kind::Normal, Kind::Dev, Kind::Build]
        .into_iter()
        .find(|k| deps.iter().filter(ours).any(|d| d.kind == *k))?;
    let mut names = deps
        .iter()
        .filter(ours)
        .filter(|d| d.kind == kind)
        .map(|d| d.key.replace('-', "_"));
    let first = names.next()?;
    // `http-status = { package = "http-status" }` says the name twice: that is no rename.
    if first == "http_status" || names.any(|n| n == "http_status") {
        return None;
    }
    Some(first)
}

/// The dependencies of a package manifest, from every dependency table, target-specific ones
/// included.
pub(crate) fn dependencies(entries: &[(Vec<String>, Value)]) -> Vec<Dependency> {
    let mut out: Vec<Dependency> = Vec::new();
    for (path, value) in entries {
        let (kind, target, rest) = match path.as_slice() {
            [target, cfg, table, rest @ ..] if target == "target" => match table_kind(table) {
                Some(kind) => (kind, Some(cfg), rest),
                None => continue,
            },
            [table, rest @ ..] => match table_kind(table) {
                Some(kind) => (kind, None, rest),
                None => continue,
            },
            [] => continue,
        };
        record(&mut out, kind, target, rest, value);
    }
    out
}

/// The entries of `[workspace.dependencies]`.
fn workspace_dependencies(entries: &[(Vec<String>, Value)]) -> Vec<Dependency> {
    let mut out = Vec::new();
    for (path, value) in entries {
        if let [workspace, deps, rest @ ..] = path.as_slice() {
            if workspace == "workspace" && deps == "dependencies" {
                record(&mut out, Kind::Normal, None, rest, value);
            }
        }
    }
    out
}

/// `rest` is the key path inside a dependency table: `[name]` for `name = "1"`, `[name, key]`
/// for a key of its table.
fn record(
    out: &mut Vec<Dependency>,
    kind: Kind,
    target: Option<&String>,
    rest: &[String],
    value: &Value,
) {
    let Some(name) = rest.first() else {
        return;
    };
    let index = match out
        .iter()
        .position(|d| d.kind == kind && d.target.as_ref() == target && d.key == *name)
    {
        Some(i) => i,
        None => {
            out.push(Dependency {
                kind,
                target: target.cloned(),
                key: name.clone(),
                package: None,
                workspace: false,
                features: Vec::new(),
            });
            out.len() - 1
        }
    };
    match (&rest[1..], value) {
        ([key], Value::String(package)) if key == "package" => {
            out[index].package = Some(package.clone());
        }
        ([key], Value::Bool(true)) if key == "workspace" => out[index].workspace = true,
        ([key], Value::Array(features)) if key == "features" => {
            out[index].features.clone_from(features);
        }
        _ => {}
    }
}

fn table_kind(name: &str) -> Option<Kind> {
    match name {
        "dependencies" => Some(Kind::Normal),
        "dev-dependencies" | "dev_dependencies" => Some(Kind::Dev),
        "build-dependencies" | "build_dependencies" => Some(Kind::Build),
        _ => None,
    }
}

/// A value, as far as dependency tables need one.
pub(crate) enum Value {
    String(String),
    Bool(bool),
    /// An array, with its string elements (`features = ["axum"]`); others are read past.
    Array(Vec<String>),
    /// A number, date, array or anything else: read past, not kept.
    Other,
}

/// Every leaf of the document with its whole key path: `[dependencies.hs]` then
/// `package = "http-status"` and `hs = { package = "http-status" }` under `[dependencies]` both
/// give `(["dependencies", "hs", "package"], "http-status")`. An empty table gives its path with
/// [`Value::Other`], so that a `[workspace]` with nothing in it is still seen. `None` when the
/// text is not TOML this reader understands.
pub(crate) fn parse(text: &str) -> Option<Vec<(Vec<String>, Value)>> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        pos: 0,
    };
    let mut out = Vec::new();
    let mut table: Vec<String> = Vec::new();
    loop {
        reader.skip_blank(true);
        match reader.peek() {
            None => return Some(out),
            Some(b'[') => {
                reader.pos += 1;
                let array = reader.eat(b'[');
                reader.skip_blank(false);
                table = reader.key()?;
                reader.skip_blank(false);
                if !reader.eat(b']') || (array && !reader.eat(b']')) {
                    return None;
                }
                out.push((table.clone(), Value::Other));
            }
            Some(_) => {
                let key = reader.key()?;
                let mut path = table.clone();
                path.extend(key);
                reader.skip_blank(false);
                if !reader.eat(b'=') {
                    return None;
                }
                reader.skip_blank(false);
                reader.value(path, &mut out)?;
            }
        }
        reader.skip_blank(false);
        match reader.peek() {
            None | Some(b'\n' | b'\r') => {}
            Some(_) => return None,
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn starts_with(&self, s: &[u8]) -> bool {
        self.bytes[self.pos..].starts_with(s)
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Spaces, tabs and comments; newlines too when `newlines`.
    fn skip_blank(&mut self, newlines: bool) {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' => self.pos += 1,
                b'\n' | b'\r' if newlines => self.pos += 1,
                b'#' => {
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.pos += 1;
                    }
                }
                _ => return,
            }
        }
    }

    /// A dotted key: `a`, `a.b`, `"a b".'c'`, `target.'cfg(unix)'.dependencies`.
    fn key(&mut self) -> Option<Vec<String>> {
        let mut parts = vec![self.simple_key()?];
        loop {
            let save = self.pos;
            self.skip_blank(false);
            if !self.eat(b'.') {
                self.pos = save;
                return Some(parts);
            }
            self.skip_blank(false);
            parts.push(self.simple_key()?);
        }
    }

    fn simple_key(&mut self) -> Option<String> {
        match self.peek()? {
            b'"' => self.basic_string(),
            b'\'' => self.literal_string(),
            _ => {
                let start = self.pos;
                while self
                    .peek()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                {
                    self.pos += 1;
                }
                (self.pos > start)
                    .then(|| String::from_utf8_lossy(&self.bytes[start..self.pos]).into_owned())
            }
        }
    }

    /// One value at `path`, its leaves pushed to `out`.
    fn value(&mut self, path: Vec<String>, out: &mut Vec<(Vec<String>, Value)>) -> Option<()> {
        let value = match self.peek()? {
            b'"' if self.starts_with(b"\"\"\"") => Value::String(self.multiline(b'"')?),
            b'\'' if self.starts_with(b"'''") => Value::String(self.multiline(b'\'')?),
            b'"' => Value::String(self.basic_string()?),
            b'\'' => Value::String(self.literal_string()?),
            b'{' => {
                self.pos += 1;
                out.push((path.clone(), Value::Other));
                loop {
                    self.skip_blank(true);
                    if self.eat(b'}') {
                        return Some(());
                    }
                    let mut inner = path.clone();
                    inner.extend(self.key()?);
                    self.skip_blank(false);
                    if !self.eat(b'=') {
                        return None;
                    }
                    self.skip_blank(false);
                    self.value(inner, out)?;
                    self.skip_blank(true);
                    if !self.eat(b',') {
                        self.skip_blank(true);
                        return self.eat(b'}').then_some(());
                    }
                }
            }
            b'[' => {
                self.pos += 1;
                let mut strings = Vec::new();
                loop {
                    self.skip_blank(true);
                    if self.eat(b']') {
                        break;
                    }
                    // An array's elements are nobody's keys: only its strings are kept.
                    let mut element = Vec::new();
                    self.value(Vec::new(), &mut element)?;
                    if let [(_, Value::String(string))] = element.as_mut_slice() {
                        strings.push(std::mem::take(string));
                    }
                    self.skip_blank(true);
                    if !self.eat(b',') {
                        self.skip_blank(true);
                        if !self.eat(b']') {
                            return None;
                        }
                        break;
                    }
                }
                Value::Array(strings)
            }
            _ => {
                let start = self.pos;
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b']' | b'}' | b'#' | b'\n' | b'\r')
                ) {
                    self.pos += 1;
                }
                match self.bytes[start..self.pos].trim_ascii_end() {
                    b"true" => Value::Bool(true),
                    b"false" => Value::Bool(false),
                    [] => return None,
                    _ => Value::Other,
                }
            }
        };
        out.push((path, value));
        Some(())
    }

    /// `"..."` with its escapes.
    fn basic_string(&mut self) -> Option<String> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return String::from_utf8(out).ok();
                }
                b'\\' => self.escape(&mut out)?,
                b'\n' => return None,
                b => {
                    out.push(b);
                    self.pos += 1;
                }
            }
        }
    }

    /// The escape at the reader, its character pushed to `out`.
    fn escape(&mut self, out: &mut Vec<u8>) -> Option<()> {
        self.pos += 1;
        let b = self.peek()?;
        self.pos += 1;
        let simple = match b {
            b'b' => Some(0x08),
            b't' => Some(b'\t'),
            b'n' => Some(b'\n'),
            b'f' => Some(0x0c),
            b'r' => Some(b'\r'),
            b'e' => Some(0x1b),
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            return Some(());
        }
        let digits = match b {
            b'x' => 2,
            b'u' => 4,
            b'U' => 8,
            _ => return None,
        };
        let hex = std::str::from_utf8(self.bytes.get(self.pos..self.pos + digits)?).ok()?;
        self.pos += digits;
        let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
        out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        Some(())
    }

    /// `'...'`, taken as written.
    fn literal_string(&mut self) -> Option<String> {
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek()? {
                b'\'' => {
                    let text = std::str::from_utf8(&self.bytes[start..self.pos]).ok()?;
                    self.pos += 1;
                    return Some(text.to_string());
                }
                b'\n' => return None,
                _ => self.pos += 1,
            }
        }
    }

    /// `"""..."""` or `'''...'''`: up to two more quotes may end the content.
    fn multiline(&mut self, quote: u8) -> Option<String> {
        self.pos += 3;
        // A newline right after the opening quotes is not part of the string.
        if self.starts_with(b"\r\n") {
            self.pos += 2;
        } else {
            self.eat(b'\n');
        }
        let mut out = Vec::new();
        loop {
            match self.peek()? {
                q if q == quote && self.starts_with(&[quote; 3]) => {
                    let mut run = 0;
                    while self.peek() == Some(quote) && run < 5 {
                        self.pos += 1;
                        run += 1;
                    }
                    out.extend(std::iter::repeat(quote).take(run - 3));
                    return String::from_utf8(out).ok();
                }
                b'\\' if quote == b'"' => {
                    let next = self.bytes.get(self.pos + 1).copied();
                    let trimmed = self.bytes[self.pos + 1..]
                        .iter()
                        .position(|b| !matches!(b, b' ' | b'\t'))
                        .map(|i| self.bytes[self.pos + 1 + i]);
                    if matches!(next, Some(b' ' | b'\t' | b'\n' | b'\r'))
                        && matches!(trimmed, Some(b'\n' | b'\r'))
                    {
                        // A line-ending backslash: the newline and the white space after it go.
                        self.pos += 1;
                        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                            self.pos += 1;
                        }
                    } else {
                        self.escape(&mut out)?;
                    }
                }
                b => {
                    out.push(b);
                    self.pos += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
