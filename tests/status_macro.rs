//! `status!` over the whole registry: every code, const name, CamelCase name, phrase and vendor
//! form expands to the constant `Status::from_u16` gives, and the lists below cover the registry
//! (a test fails if a code is added to the table and not here).
#![allow(deprecated)] // the unused, deprecated and obsolete codes warn, by design

use http_status::{status, Standing, Status, REGISTRY};

/// Through a `macro_rules!`, as users' own macros would call it.
macro_rules! by_code {
    ($($code:literal)*) => { [$((status!($code), $code)),*] };
}

macro_rules! by_vendor {
    ($($vendor:ident $code:literal)*) => { [$((status!($vendor $code), $code, stringify!($vendor))),*] };
}

#[test]
fn every_non_vendor_code_expands_to_from_u16() {
    let pairs = by_code!(100 101 102 103 104 200 201 202 203 204 205 206 207 208 226 300 301 302 303 304 305 306 307 308 400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 417 418 421 422 423 424 425 426 428 429 431 451 500 501 502 503 504 505 506 507 508 510 511);
    for (status, code) in pairs {
        assert_eq!(Ok(status), Status::from_u16(code), "status!({code})");
    }
    let listed: Vec<u16> = pairs.iter().map(|(_, c)| *c).collect();
    let expected: Vec<u16> = REGISTRY
        .iter()
        .filter(|i| !matches!(i.standing(), Standing::Vendor(_)))
        .map(|i| i.code())
        .collect();
    assert_eq!(
        listed, expected,
        "the list must cover every non-vendor code"
    );
}

#[test]
fn every_vendor_code_expands_with_its_vendor() {
    let triples = by_vendor!(laravel 419 twitter 420 iis 440 nginx 444 iis 449 microsoft 450 nginx 494 nginx 495 nginx 496 nginx 497 esri 498 nginx 499 esri 499 apache 509 cloudflare 520 cloudflare 521 cloudflare 522 cloudflare 523 cloudflare 524 cloudflare 525 cloudflare 526 cloudflare 527 cloudflare 530 pantheon 530);
    for (status, code, vendor) in triples {
        assert_eq!(
            Ok(status),
            Status::from_u16(code),
            "status!({vendor} {code})"
        );
        assert!(status
            .meanings()
            .iter()
            .any(|i| i.standing().vendor().map(|v| v.keyword()) == Some(vendor)));
    }
    let vendor_entries = REGISTRY
        .iter()
        .filter(|i| matches!(i.standing(), Standing::Vendor(_)))
        .count();
    assert_eq!(
        triples.len(),
        vendor_entries,
        "the list must cover every vendor code"
    );
}

#[test]
fn every_const_name_camel_name_and_phrase_expands_to_its_code() {
    let named = [
        (
            status!(CONTINUE),
            status!(Continue),
            status!("Continue"),
            100,
        ),
        (
            status!(SWITCHING_PROTOCOLS),
            status!(SwitchingProtocols),
            status!("Switching Protocols"),
            101,
        ),
        (
            status!(PROCESSING),
            status!(Processing),
            status!("Processing"),
            102,
        ),
        (
            status!(EARLY_HINTS),
            status!(EarlyHints),
            status!("Early Hints"),
            103,
        ),
        (
            status!(UPLOAD_RESUMPTION_SUPPORTED),
            status!(UploadResumptionSupported),
            status!("Upload Resumption Supported"),
            104,
        ),
        (status!(OK), status!(Ok), status!("OK"), 200),
        (status!(CREATED), status!(Created), status!("Created"), 201),
        (
            status!(ACCEPTED),
            status!(Accepted),
            status!("Accepted"),
            202,
        ),
        (
            status!(NON_AUTHORITATIVE_INFORMATION),
            status!(NonAuthoritativeInformation),
            status!("Non-Authoritative Information"),
            203,
        ),
        (
            status!(NO_CONTENT),
            status!(NoContent),
            status!("No Content"),
            204,
        ),
        (
            status!(RESET_CONTENT),
            status!(ResetContent),
            status!("Reset Content"),
            205,
        ),
        (
            status!(PARTIAL_CONTENT),
            status!(PartialContent),
            status!("Partial Content"),
            206,
        ),
        (
            status!(MULTI_STATUS),
            status!(MultiStatus),
            status!("Multi-Status"),
            207,
        ),
        (
            status!(ALREADY_REPORTED),
            status!(AlreadyReported),
            status!("Already Reported"),
            208,
        ),
        (status!(IM_USED), status!(ImUsed), status!("IM Used"), 226),
        (
            status!(MULTIPLE_CHOICES),
            status!(MultipleChoices),
            status!("Multiple Choices"),
            300,
        ),
        (
            status!(MOVED_PERMANENTLY),
            status!(MovedPermanently),
            status!("Moved Permanently"),
            301,
        ),
        (status!(FOUND), status!(Found), status!("Found"), 302),
        (
            status!(SEE_OTHER),
            status!(SeeOther),
            status!("See Other"),
            303,
        ),
        (
            status!(NOT_MODIFIED),
            status!(NotModified),
            status!("Not Modified"),
            304,
        ),
        (
            status!(USE_PROXY),
            status!(UseProxy),
            status!("Use Proxy"),
            305,
        ),
        (
            status!(SWITCH_PROXY),
            status!(SwitchProxy),
            status!("Switch Proxy"),
            306,
        ),
        (
            status!(TEMPORARY_REDIRECT),
            status!(TemporaryRedirect),
            status!("Temporary Redirect"),
            307,
        ),
        (
            status!(PERMANENT_REDIRECT),
            status!(PermanentRedirect),
            status!("Permanent Redirect"),
            308,
        ),
        (
            status!(BAD_REQUEST),
            status!(BadRequest),
            status!("Bad Request"),
            400,
        ),
        (
            status!(UNAUTHORIZED),
            status!(Unauthorized),
            status!("Unauthorized"),
            401,
        ),
        (
            status!(PAYMENT_REQUIRED),
            status!(PaymentRequired),
            status!("Payment Required"),
            402,
        ),
        (
            status!(FORBIDDEN),
            status!(Forbidden),
            status!("Forbidden"),
            403,
        ),
        (
            status!(NOT_FOUND),
            status!(NotFound),
            status!("Not Found"),
            404,
        ),
        (
            status!(METHOD_NOT_ALLOWED),
            status!(MethodNotAllowed),
            status!("Method Not Allowed"),
            405,
        ),
        (
            status!(NOT_ACCEPTABLE),
            status!(NotAcceptable),
            status!("Not Acceptable"),
            406,
        ),
        (
            status!(PROXY_AUTHENTICATION_REQUIRED),
            status!(ProxyAuthenticationRequired),
            status!("Proxy Authentication Required"),
            407,
        ),
        (
            status!(REQUEST_TIMEOUT),
            status!(RequestTimeout),
            status!("Request Timeout"),
            408,
        ),
        (
            status!(CONFLICT),
            status!(Conflict),
            status!("Conflict"),
            409,
        ),
        (status!(GONE), status!(Gone), status!("Gone"), 410),
        (
            status!(LENGTH_REQUIRED),
            status!(LengthRequired),
            status!("Length Required"),
            411,
        ),
        (
            status!(PRECONDITION_FAILED),
            status!(PreconditionFailed),
            status!("Precondition Failed"),
            412,
        ),
        (
            status!(CONTENT_TOO_LARGE),
            status!(ContentTooLarge),
            status!("Content Too Large"),
            413,
        ),
        (
            status!(URI_TOO_LONG),
            status!(UriTooLong),
            status!("URI Too Long"),
            414,
        ),
        (
            status!(UNSUPPORTED_MEDIA_TYPE),
            status!(UnsupportedMediaType),
            status!("Unsupported Media Type"),
            415,
        ),
        (
            status!(RANGE_NOT_SATISFIABLE),
            status!(RangeNotSatisfiable),
            status!("Range Not Satisfiable"),
            416,
        ),
        (
            status!(EXPECTATION_FAILED),
            status!(ExpectationFailed),
            status!("Expectation Failed"),
            417,
        ),
        (
            status!(IM_A_TEAPOT),
            status!(ImATeapot),
            status!("I'm a teapot"),
            418,
        ),
        (
            status!(MISDIRECTED_REQUEST),
            status!(MisdirectedRequest),
            status!("Misdirected Request"),
            421,
        ),
        (
            status!(UNPROCESSABLE_CONTENT),
            status!(UnprocessableContent),
            status!("Unprocessable Content"),
            422,
        ),
        (status!(LOCKED), status!(Locked), status!("Locked"), 423),
        (
            status!(FAILED_DEPENDENCY),
            status!(FailedDependency),
            status!("Failed Dependency"),
            424,
        ),
        (
            status!(TOO_EARLY),
            status!(TooEarly),
            status!("Too Early"),
            425,
        ),
        (
            status!(UPGRADE_REQUIRED),
            status!(UpgradeRequired),
            status!("Upgrade Required"),
            426,
        ),
        (
            status!(PRECONDITION_REQUIRED),
            status!(PreconditionRequired),
            status!("Precondition Required"),
            428,
        ),
        (
            status!(TOO_MANY_REQUESTS),
            status!(TooManyRequests),
            status!("Too Many Requests"),
            429,
        ),
        (
            status!(REQUEST_HEADER_FIELDS_TOO_LARGE),
            status!(RequestHeaderFieldsTooLarge),
            status!("Request Header Fields Too Large"),
            431,
        ),
        (
            status!(UNAVAILABLE_FOR_LEGAL_REASONS),
            status!(UnavailableForLegalReasons),
            status!("Unavailable For Legal Reasons"),
            451,
        ),
        (
            status!(INTERNAL_SERVER_ERROR),
            status!(InternalServerError),
            status!("Internal Server Error"),
            500,
        ),
        (
            status!(NOT_IMPLEMENTED),
            status!(NotImplemented),
            status!("Not Implemented"),
            501,
        ),
        (
            status!(BAD_GATEWAY),
            status!(BadGateway),
            status!("Bad Gateway"),
            502,
        ),
        (
            status!(SERVICE_UNAVAILABLE),
            status!(ServiceUnavailable),
            status!("Service Unavailable"),
            503,
        ),
        (
            status!(GATEWAY_TIMEOUT),
            status!(GatewayTimeout),
            status!("Gateway Timeout"),
            504,
        ),
        (
            status!(HTTP_VERSION_NOT_SUPPORTED),
            status!(HttpVersionNotSupported),
            status!("HTTP Version Not Supported"),
            505,
        ),
        (
            status!(VARIANT_ALSO_NEGOTIATES),
            status!(VariantAlsoNegotiates),
            status!("Variant Also Negotiates"),
            506,
        ),
        (
            status!(INSUFFICIENT_STORAGE),
            status!(InsufficientStorage),
            status!("Insufficient Storage"),
            507,
        ),
        (
            status!(LOOP_DETECTED),
            status!(LoopDetected),
            status!("Loop Detected"),
            508,
        ),
        (
            status!(NOT_EXTENDED),
            status!(NotExtended),
            status!("Not Extended"),
            510,
        ),
        (
            status!(NETWORK_AUTHENTICATION_REQUIRED),
            status!(NetworkAuthenticationRequired),
            status!("Network Authentication Required"),
            511,
        ),
        (
            status!(PAGE_EXPIRED),
            status!(PageExpired),
            status!("Page Expired"),
            419,
        ),
        (
            status!(ENHANCE_YOUR_CALM),
            status!(EnhanceYourCalm),
            status!("Enhance Your Calm"),
            420,
        ),
        (
            status!(LOGIN_TIME_OUT),
            status!(LoginTimeOut),
            status!("Login Time-out"),
            440,
        ),
        (
            status!(NO_RESPONSE),
            status!(NoResponse),
            status!("No Response"),
            444,
        ),
        (
            status!(RETRY_WITH),
            status!(RetryWith),
            status!("Retry With"),
            449,
        ),
        (
            status!(BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS),
            status!(BlockedByWindowsParentalControls),
            status!("Blocked by Windows Parental Controls"),
            450,
        ),
        (
            status!(REQUEST_HEADER_TOO_LARGE),
            status!(RequestHeaderTooLarge),
            status!("Request Header Too Large"),
            494,
        ),
        (
            status!(SSL_CERTIFICATE_ERROR),
            status!(SslCertificateError),
            status!("SSL Certificate Error"),
            495,
        ),
        (
            status!(SSL_CERTIFICATE_REQUIRED),
            status!(SslCertificateRequired),
            status!("SSL Certificate Required"),
            496,
        ),
        (
            status!(HTTP_REQUEST_SENT_TO_HTTPS_PORT),
            status!(HttpRequestSentToHttpsPort),
            status!("HTTP Request Sent to HTTPS Port"),
            497,
        ),
        (
            status!(INVALID_TOKEN),
            status!(InvalidToken),
            status!("Invalid Token"),
            498,
        ),
        (
            status!(CLIENT_CLOSED_REQUEST),
            status!(ClientClosedRequest),
            status!("Client Closed Request"),
            499,
        ),
        (
            status!(TOKEN_REQUIRED),
            status!(TokenRequired),
            status!("Token Required"),
            499,
        ),
        (
            status!(BANDWIDTH_LIMIT_EXCEEDED),
            status!(BandwidthLimitExceeded),
            status!("Bandwidth Limit Exceeded"),
            509,
        ),
        (
            status!(WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR),
            status!(WebServerReturnedAnUnknownError),
            status!("Web Server Returned an Unknown Error"),
            520,
        ),
        (
            status!(WEB_SERVER_IS_DOWN),
            status!(WebServerIsDown),
            status!("Web Server Is Down"),
            521,
        ),
        (
            status!(CONNECTION_TIMED_OUT),
            status!(ConnectionTimedOut),
            status!("Connection Timed Out"),
            522,
        ),
        (
            status!(ORIGIN_IS_UNREACHABLE),
            status!(OriginIsUnreachable),
            status!("Origin Is Unreachable"),
            523,
        ),
        (
            status!(A_TIMEOUT_OCCURRED),
            status!(ATimeoutOccurred),
            status!("A Timeout Occurred"),
            524,
        ),
        (
            status!(SSL_HANDSHAKE_FAILED),
            status!(SslHandshakeFailed),
            status!("SSL Handshake Failed"),
            525,
        ),
        (
            status!(INVALID_SSL_CERTIFICATE),
            status!(InvalidSslCertificate),
            status!("Invalid SSL Certificate"),
            526,
        ),
        (
            status!(RAILGUN_ERROR),
            status!(RailgunError),
            status!("Railgun Error"),
            527,
        ),
        (
            status!(ORIGIN_DNS_ERROR),
            status!(OriginDnsError),
            status!("Origin DNS Error"),
            530,
        ),
        (
            status!(SITE_IS_FROZEN),
            status!(SiteIsFrozen),
            status!("Site Is Frozen"),
            530,
        ),
    ];
    for (by_const, by_camel, by_phrase, code) in named {
        assert_eq!(by_const.as_u16(), code);
        assert_eq!(by_camel.as_u16(), code);
        assert_eq!(by_phrase.as_u16(), code);
    }
    assert_eq!(named.len(), REGISTRY.len());
}

#[test]
fn historic_names_and_old_const_names_expand_to_today_s_code() {
    assert_eq!(status!("Moved Temporarily"), Status::FOUND);
    assert_eq!(status!(MOVED_TEMPORARILY), Status::FOUND);
    assert_eq!(status!("Payload Too Large"), Status::CONTENT_TOO_LARGE);
    assert_eq!(status!(UNPROCESSABLE_ENTITY), Status::UNPROCESSABLE_CONTENT);
    assert_eq!(status!(UnprocessableEntity), Status::UNPROCESSABLE_CONTENT);
    assert_eq!(
        status!("Partial Information"),
        Status::NON_AUTHORITATIVE_INFORMATION
    );
    // A current name always wins: 503's 1992 name is today's name of 504.
    assert_eq!(status!("Gateway Timeout"), Status::GATEWAY_TIMEOUT);
}

#[test]
fn status_works_in_const_static_and_patterns() {
    const NOT_FOUND: Status = status!(404);
    static TOO_MANY: Status = status!(TooManyRequests);
    let kind = |s: Status| match s {
        status!(404) => "missing",
        status!(nginx 499) => "client left",
        status!("Too Many Requests") => "slow down",
        _ => "other",
    };
    assert_eq!(kind(NOT_FOUND), "missing");
    assert_eq!(kind(TOO_MANY), "slow down");
    assert_eq!(kind(Status::CLIENT_CLOSED_REQUEST), "client left");
    assert_eq!(kind(Status::OK), "other");
}

/// A renamed dependency still works: the macro reaches the facade through `$crate`.
mod renamed {
    extern crate http_status as renamed_status;

    #[test]
    fn status_works_through_a_renamed_crate() {
        let s = renamed_status::status!(NotFound);
        assert_eq!(s, renamed_status::Status::NOT_FOUND);
    }
}
