//! `problem::Validation`, RFC 9457's validation member: the reports of `validator` and `garde`
//! converted, each pointer resolved against the request it describes, sent by a real server,
//! documented, and decoded back by a client.

use http_status::decode;
use http_status::problem::{Pointer, Validation};
use http_status::StatusResponse;
use serde_json::{json, Value};
// The derive of `validator` calls `validate` on nested fields with its trait in scope.
use validator::Validate as _;

/// The request every check validates.
fn request() -> Value {
    json!({
        "name": "",
        "age": 0,
        "profile": {"color": "mauve"},
        "tags": ["ok", ""],
        "items": [{"label": "fine"}, {"label": ""}]
    })
}

/// Where `pointer` (in its fragment form, as sent) points in `doc`, decoded with
/// `percent-encoding` and resolved by `serde_json`: neither is our code.
fn resolve<'a>(doc: &'a Value, fragment: &str) -> Option<&'a Value> {
    let plain = fragment.strip_prefix('#')?;
    let plain = percent_encoding::percent_decode_str(plain)
        .decode_utf8()
        .ok()?;
    doc.pointer(&plain)
}

#[derive(serde::Deserialize, validator::Validate)]
struct ByValidator {
    #[validate(length(min = 1, message = "must not be empty"))]
    name: String,
    #[validate(range(min = 1))]
    age: u32,
    #[validate(nested)]
    profile: ProfileByValidator,
    #[validate(length(max = 1))]
    tags: Vec<String>,
    #[validate(nested)]
    items: Vec<ItemByValidator>,
}

#[derive(serde::Deserialize, validator::Validate)]
struct ItemByValidator {
    #[validate(length(min = 1, message = "must not be empty"))]
    label: String,
}

#[derive(serde::Deserialize, validator::Validate)]
struct ProfileByValidator {
    #[validate(length(max = 3, message = "at most three letters"))]
    color: String,
}

#[derive(serde::Deserialize, garde::Validate)]
struct ByGarde {
    #[garde(length(min = 1))]
    name: String,
    #[garde(range(min = 1))]
    age: u32,
    #[garde(dive)]
    profile: ProfileByGarde,
    #[garde(inner(length(min = 1)))]
    tags: Vec<String>,
    #[garde(dive)]
    items: Vec<ItemByGarde>,
}

#[derive(serde::Deserialize, garde::Validate)]
struct ItemByGarde {
    #[garde(length(min = 1))]
    label: String,
}

#[derive(serde::Deserialize, garde::Validate)]
struct ProfileByGarde {
    #[garde(length(max = 3))]
    color: String,
}

/// Every entry points at a place that exists in the request.
fn check_points_into_request(errors: &Validation) -> Vec<String> {
    let request = request();
    let body = serde_json::to_value(errors).unwrap();
    let mut pointers = Vec::new();
    for entry in body.as_array().unwrap() {
        let pointer = entry["pointer"].as_str().unwrap();
        assert!(
            resolve(&request, pointer).is_some(),
            "{pointer} points nowhere in {request}"
        );
        assert!(!entry["detail"].as_str().unwrap().is_empty());
        pointers.push(pointer.to_owned());
    }
    pointers
}

#[test]
fn validator_reports_point_into_the_request() {
    let input: ByValidator = serde_json::from_value(request()).unwrap();
    let report = input.validate().unwrap_err();
    let errors = Validation::from(&report);
    let pointers = check_points_into_request(&errors);
    assert_eq!(
        pointers,
        [
            "#/age",
            "#/items/1/label",
            "#/name",
            "#/profile/color",
            "#/tags"
        ]
    );
    let details: Vec<&str> = errors.iter().map(|e| e.detail.as_str()).collect();
    // The message where the rule has one, else its code.
    assert_eq!(
        details,
        [
            "range",
            "must not be empty",
            "must not be empty",
            "at most three letters",
            "length"
        ]
    );
}

#[test]
fn garde_reports_point_into_the_request() {
    use garde::Validate as _;

    let input: ByGarde = serde_json::from_value(request()).unwrap();
    let report = input.validate().unwrap_err();
    let errors = Validation::from(&report);
    let mut pointers = check_points_into_request(&errors);
    pointers.sort();
    assert_eq!(
        pointers,
        [
            "#/age",
            "#/items/1/label",
            "#/name",
            "#/profile/color",
            "#/tags/1"
        ]
    );
    assert!(errors.iter().all(|e| !e.detail.is_empty()));
}

#[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("your request is not valid")]
    #[status(
        422,
        type = "https://example.net/validation-error",
        title = "Your request is not valid.",
        decode
    )]
    Invalid {
        #[problem]
        errors: Validation,
    },
}

#[test]
fn a_validation_problem_is_sent_documented_and_decoded_back() {
    use utoipa::IntoResponses as _;

    let errors = Validation::new()
        .with(Pointer::from_tokens(["age"]), "must be a positive integer")
        .with(
            Pointer::from_tokens(["profile", "color"]),
            "must be 'green', 'red' or 'blue'",
        )
        .with(Pointer::from_tokens(["a b", "%"]), "odd names survive");
    let error = ApiError::Invalid { errors };

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let app = axum::Router::new().route(
            "/",
            axum::routing::post(|| async {
                Err::<(), _>(ApiError::Invalid {
                    errors: Validation::new()
                        .with(Pointer::from_tokens(["age"]), "must be a positive integer")
                        .with(
                            Pointer::from_tokens(["profile", "color"]),
                            "must be 'green', 'red' or 'blue'",
                        )
                        .with(Pointer::from_tokens(["a b", "%"]), "odd names survive"),
                })
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        let response = reqwest::Client::new()
            .post(format!("http://{addr}/"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422);
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.unwrap();

        // RFC 9457's own shape, byte for byte.
        let json: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            json["errors"],
            json!([
                {"detail": "must be a positive integer", "pointer": "#/age"},
                {"detail": "must be 'green', 'red' or 'blue'", "pointer": "#/profile/color"},
                {"detail": "odd names survive", "pointer": "#/a%20b/%25"},
            ])
        );

        // The OpenAPI schema of the response accepts it, checked by an independent validator.
        let responses = serde_json::to_value(ApiError::responses()).unwrap();
        let schema =
            responses["422"]["content"]["application/problem+json"]["schema"]["allOf"][1].clone();
        let validator = jsonschema::validator_for(&schema).unwrap();
        assert!(validator.is_valid(&json), "{schema}");
        assert_eq!(schema["properties"]["errors"]["type"], "array", "{schema}");

        // And the client reads the same value back.
        let back = decode::decode::<ApiError>(status.into(), &headers, &body);
        assert_eq!(back.unwrap(), error);
    });
}

/// The same `#[problem] errors: Validation` member, documented by each OpenAPI backend: the
/// body a server sends is valid against each one's schema of its members (`jsonschema`), and a
/// body whose `errors` is no array is not.
#[test]
fn every_openapi_backend_documents_the_validation_member() {
    use utoipa::IntoResponses as _;

    let error = ApiError::Invalid {
        errors: Validation::new().with(Pointer::from_tokens(["age"]), "must be positive"),
    };
    let response = http_status::problem::to_response(&error);
    let body: Value = serde_json::from_slice(response.body()).expect("the problem's JSON");
    assert_eq!(body["errors"][0]["pointer"], "#/age");
    // The schema of the members, the `allOf` part after `ProblemDetails`.
    let members = |schema: &Value| schema["allOf"][1].clone();

    let utoipa = serde_json::to_value(ApiError::responses()).expect("JSON");
    let utoipa = &utoipa["422"]["content"]["application/problem+json"]["schema"];

    // aide's member is a reference to its generator's component, put beside the schema here
    // as a document has it.
    let mut operation = aide::openapi::Operation::default();
    let (aide, definitions) = aide::generate::in_context(|ctx| {
        let responses =
            <ApiError as aide::OperationOutput>::inferred_responses(ctx, &mut operation);
        (responses, ctx.schema.definitions().clone())
    });
    let aide = serde_json::to_value(&aide[0].1).expect("JSON");
    let mut aide = aide["content"]["application/problem+json"]["schema"].clone();
    assert_eq!(
        aide["allOf"][1]["properties"]["errors"]["$ref"],
        "#/components/schemas/Validation"
    );
    aide["allOf"][1]["properties"]["errors"] = definitions["Validation"].clone();
    let aide = &aide;

    let mut operation = salvo::oapi::Operation::new();
    <ApiError as salvo::oapi::EndpointOutRegister>::register(
        &mut salvo::oapi::Components::new(),
        &mut operation,
    );
    let salvo = serde_json::to_value(&operation.responses).expect("JSON");
    let salvo = &salvo["422"]["content"]["application/problem+json"]["schema"];

    let poem = <ApiError as poem_openapi::ApiResponse>::meta();
    let poem = serde_json::to_value(&poem.responses[0].content[0].schema).expect("JSON");

    for (backend, schema) in [
        ("utoipa", members(utoipa)),
        ("aide", members(aide)),
        ("salvo-oapi", members(salvo)),
        ("poem-openapi", members(&poem)),
    ] {
        assert_eq!(
            schema["properties"]["errors"]["type"], "array",
            "{backend}: {schema}"
        );
        let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
        assert!(validator.is_valid(&body), "{backend}: {schema}");
        let mut wrong = body.clone();
        wrong["errors"] = json!("age must be positive");
        assert!(!validator.is_valid(&wrong), "{backend}: {schema}");
    }
}
