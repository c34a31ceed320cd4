//! Lossless conversions with `http::StatusCode` 1.x, which also holds any code `100..=999`.

use crate::Status;

impl From<Status> for http::StatusCode {
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(http::StatusCode::from(Status::NOT_FOUND), http::StatusCode::NOT_FOUND);
    /// ```
    fn from(status: Status) -> http::StatusCode {
        // Both types hold exactly 100..=999, so this never takes the fallback.
        http::StatusCode::from_u16(status.as_u16())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl From<http::StatusCode> for Status {
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::from(http::StatusCode::IM_A_TEAPOT), Status::IM_A_TEAPOT);
    /// ```
    fn from(code: http::StatusCode) -> Status {
        // Both types hold exactly 100..=999, so this never takes the fallback.
        Status::from_u16(code.as_u16()).unwrap_or(Status::INTERNAL_SERVER_ERROR)
    }
}

impl PartialEq<http::StatusCode> for Status {
    fn eq(&self, other: &http::StatusCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

impl PartialEq<Status> for http::StatusCode {
    fn eq(&self, other: &Status) -> bool {
        self.as_u16() == other.as_u16()
    }
}
