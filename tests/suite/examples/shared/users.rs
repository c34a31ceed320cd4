//! The users store behind both API examples, and its error type: every failure declares its
//! HTTP status, checked at compile time.

use std::collections::BTreeMap;
use std::sync::Mutex;

use http_status::StatusResponse;
use serde_json::{json, Value};

#[derive(Debug, thiserror::Error, StatusResponse)]
pub enum UserError {
    #[error("no user has id {0}")]
    #[status(NotFound)]
    NotFound(u32),
    #[error("no user is named {0:?}")]
    #[status(NotFound)]
    NoSuchName(String),
    #[error("the name {0:?} is taken")]
    #[status(409)]
    NameTaken(String),
    #[error("invalid user: {0}")]
    #[status("Unprocessable Content")]
    Invalid(&'static str),
    /// The message names an internal host: as a 5xx, it is not shown to clients.
    #[error("storage shard {0} unreachable at 10.1.2.3:5432")]
    #[status(500)]
    Storage(u32),
    /// RFC 9110 says a 405 must list the allowed methods: without `header("Allow", ...)` this
    /// does not compile.
    #[error("users are created and deleted, never replaced")]
    #[status(405, header("Allow", "GET, DELETE"))]
    Immutable,
    /// A problem type of our own, with a member a client can act on and a header from a field.
    #[error("this demo keeps at most {limit} users; delete one first")]
    #[status(
        429,
        type = "https://example.com/probs/user-quota",
        title = "Too many users."
    )]
    Quota {
        #[problem]
        limit: usize,
        #[header("Retry-After")]
        retry_after: u32,
    },
}

/// How many users the demo keeps.
const LIMIT: usize = 3;

#[derive(Default)]
pub struct Users {
    by_id: Mutex<BTreeMap<u32, String>>,
}

impl Users {
    pub fn get(&self, id: u32) -> Result<Value, UserError> {
        if id == 0 {
            return Err(UserError::Storage(id));
        }
        let users = self.by_id.lock().map_err(|_| UserError::Storage(id))?;
        let name = users.get(&id).ok_or(UserError::NotFound(id))?;
        Ok(json!({ "id": id, "name": name }))
    }

    pub fn find(&self, name: &str) -> Result<Value, UserError> {
        let users = self.by_id.lock().map_err(|_| UserError::Storage(1))?;
        let (id, name) = users
            .iter()
            .find(|(_, n)| n.as_str() == name)
            .ok_or_else(|| UserError::NoSuchName(name.to_string()))?;
        Ok(json!({ "id": id, "name": name }))
    }

    pub fn create(&self, body: &Value) -> Result<Value, UserError> {
        let name = body["name"]
            .as_str()
            .ok_or(UserError::Invalid(
                "send a JSON object with a \"name\" string",
            ))?
            .trim();
        if name.is_empty() {
            return Err(UserError::Invalid("the name is empty"));
        }
        let mut users = self.by_id.lock().map_err(|_| UserError::Storage(1))?;
        if users.values().any(|n| n == name) {
            return Err(UserError::NameTaken(name.to_string()));
        }
        if users.len() >= LIMIT {
            return Err(UserError::Quota {
                limit: LIMIT,
                retry_after: 60,
            });
        }
        let id = users.keys().next_back().map_or(1, |last| last + 1);
        users.insert(id, name.to_string());
        Ok(json!({ "id": id, "name": name }))
    }

    pub fn delete(&self, id: u32) -> Result<(), UserError> {
        let mut users = self.by_id.lock().map_err(|_| UserError::Storage(id))?;
        users.remove(&id).map(drop).ok_or(UserError::NotFound(id))
    }
}
