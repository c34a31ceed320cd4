//! The users API of `axum_api.rs`, on Rocket 0.5: the same `#[derive(StatusResponse)]` enum is
//! a `rocket::response::Responder`, so routes return `Result<T, UserError>`. The responder sees
//! the request, so each problem comes in the format and language the client asked for. Rocket
//! 0.5 cannot set a reason phrase: its status line keeps Rocket's (`422 Unprocessable Entity`),
//! while the problem's `title` says the registry's.
//!
//! ```text
//! cargo run -p http-status-suite --example rocket_api
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":"ada"}'
//! curl -i localhost:3000/users/2
//! curl -i -X PUT localhost:3000/users/1
//! ```

#[path = "shared/users.rs"]
mod users;

use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::State;
use serde_json::Value;
use users::{UserError, Users};

#[rocket::get("/users/<id>")]
fn show(users: &State<Users>, id: u32) -> Result<Json<Value>, UserError> {
    users.get(id).map(Json)
}

#[rocket::get("/users/by-name/<name>")]
fn find(users: &State<Users>, name: &str) -> Result<Json<Value>, UserError> {
    users.find(name).map(Json)
}

#[rocket::post("/users", data = "<body>")]
fn create(users: &State<Users>, body: Json<Value>) -> Result<(Status, Json<Value>), UserError> {
    Ok((Status::Created, Json(users.create(&body)?)))
}

#[rocket::put("/users/<_id>")]
fn replace(_id: u32) -> Result<Status, UserError> {
    Err(UserError::Immutable)
}

#[rocket::delete("/users/<id>")]
fn remove(users: &State<Users>, id: u32) -> Result<Status, UserError> {
    users.delete(id).map(|()| Status::NoContent)
}

#[rocket::launch]
fn rocket() -> _ {
    let port = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000);
    rocket::custom(rocket::Config {
        port,
        ..rocket::Config::default()
    })
    .manage(Users::default())
    .mount("/", rocket::routes![show, find, create, replace, remove])
}
