//! Retry policy: the same tries and waits as client-js (3 retries, 100 ms doubling up to
//! 1000 ms, never on 4xx), with waits that end at once when the call is aborted.

use std::time::Duration;

use super::error::ConfigError;

/// How a failed call is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Extra tries after the first.
    pub retries: u32,
    /// Wait before the first retry.
    pub backoff: Duration,
    /// Upper bound of a wait.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self { retries: 3, backoff: Duration::from_millis(100), max_backoff: Duration::from_millis(1000) }
    }
}

/// What an attempt ended with, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A response with this status.
    Status(u16),
    /// No response: connection or protocol failure.
    TransportError,
}

impl RetryPolicy {
    /// Builds a policy from client options, with client-js's defaults and checks.
    pub fn from_options(retries: Option<f64>, backoff_ms: Option<f64>, max_backoff_ms: Option<f64>) -> Result<Self, ConfigError> {
        let default = Self::default();
        let retries = match retries {
            None => default.retries,
            Some(n) if n.fract() == 0.0 && (0.0..=9_007_199_254_740_991.0).contains(&n) => n.min(u32::MAX as f64) as u32,
            Some(_) => return Err(ConfigError::Retries),
        };
        let millis = |value: Option<f64>, name: &'static str, fallback: Duration| match value {
            None => Ok(fallback),
            Some(ms) if ms.is_finite() && ms >= 0.0 => Ok(Duration::from_secs_f64(ms / 1000.0)),
            Some(_) => Err(ConfigError::Backoff(name)),
        };
        Ok(Self {
            retries,
            backoff: millis(backoff_ms, "backoffMs", default.backoff)?,
            max_backoff: millis(max_backoff_ms, "maxBackoffMs", default.max_backoff)?,
        })
    }

    /// Whether an attempt that ended with `outcome` is tried again (if tries are left):
    /// transport errors and statuses outside 4xx that are not success.
    pub fn should_retry(outcome: Outcome) -> bool {
        match outcome {
            Outcome::TransportError => true,
            Outcome::Status(status) => !(200..300).contains(&status) && !(400..500).contains(&status),
        }
    }

    /// The waits between tries, in order: `backoff`, doubled each time, capped at `max_backoff`.
    /// Like client-js, the first wait is `backoff` itself even when it exceeds the cap.
    pub fn waits(&self) -> impl Iterator<Item = Duration> + '_ {
        let mut next = self.backoff;
        (0..self.retries).map(move |_| {
            let current = next;
            next = (next * 2).min(self.max_backoff);
            current
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_client_js() {
        let waits: Vec<u64> = RetryPolicy::default().waits().map(|d| d.as_millis() as u64).collect();
        assert_eq!(waits, vec![100, 200, 400]);
        let long = RetryPolicy { retries: 6, ..Default::default() };
        let waits: Vec<u64> = long.waits().map(|d| d.as_millis() as u64).collect();
        assert_eq!(waits, vec![100, 200, 400, 800, 1000, 1000]);
    }

    #[test]
    fn never_retries_4xx_or_success() {
        assert!(!RetryPolicy::should_retry(Outcome::Status(200)));
        assert!(!RetryPolicy::should_retry(Outcome::Status(404)));
        assert!(!RetryPolicy::should_retry(Outcome::Status(429)));
        assert!(RetryPolicy::should_retry(Outcome::Status(500)));
        assert!(RetryPolicy::should_retry(Outcome::Status(503)));
        assert!(RetryPolicy::should_retry(Outcome::TransportError));
    }

    #[test]
    fn options_are_checked() {
        assert_eq!(RetryPolicy::from_options(Some(-1.0), None, None), Err(ConfigError::Retries));
        assert_eq!(RetryPolicy::from_options(Some(1.5), None, None), Err(ConfigError::Retries));
        assert_eq!(RetryPolicy::from_options(None, Some(f64::NAN), None), Err(ConfigError::Backoff("backoffMs")));
        assert_eq!(RetryPolicy::from_options(None, None, Some(-5.0)), Err(ConfigError::Backoff("maxBackoffMs")));
        assert_eq!(RetryPolicy::from_options(Some(0.0), Some(0.0), None).unwrap().waits().count(), 0);
    }
}
