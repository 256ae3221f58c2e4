//! The process-wide HTTP client and the standard environment it honours: `HTTPS_PROXY`,
//! `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (upper or lower case), the operating system's
//! certificate roots, and the extra roots named by `NODE_EXTRA_CA_CERTS`. All of it is read
//! once, when the first request is made.

use std::sync::OnceLock;
use std::time::Duration;

use reqwest::Certificate;

/// The environment variable Node.js reads for extra certificate roots (a PEM file).
const EXTRA_CA_VAR: &str = "NODE_EXTRA_CA_CERTS";

/// How long an idle keep-alive connection stays in the pool: 4 s, under the 5 s after which
/// a Node.js server (`http.Server#keepAliveTimeout`: a Mastra server on `@hono/node-server`,
/// `next start`) closes an idle connection. A connection kept longer than the server keeps it
/// is one a request may be written on just as the server closes it ("connection closed before
/// message completed"). undici does the same (its default is 4 s).
///
/// A server's `Keep-Alive: timeout=N` hint is not honoured per connection: reqwest 0.13 and
/// hyper-util's pool have one idle timeout for the whole pool, and no way to expire or evict a
/// given connection. The 4 s covers Node servers' default; a server that closes sooner is
/// covered by the transport's one free retry on a fresh connection (see `transport`), and
/// hyper-util itself sends again a request that never started on a reused connection.
pub const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(4);

/// The process-wide HTTP client: every `MastraClient` shares its connection pool, so even
/// clients made per user and per request reuse warm connections.
pub fn shared_http() -> &'static reqwest::Client {
    static HTTP: OnceLock<reqwest::Client> = OnceLock::new();
    HTTP.get_or_init(|| builder().pool_idle_timeout(POOL_IDLE_TIMEOUT).build().expect("the HTTP client builds"))
}

/// A client with the same settings and no pool: each request on it opens a new connection,
/// which is closed after its answer. Used for the one retry of a request that failed on a
/// connection the server had closed, so that the retry cannot meet another stale one.
pub fn fresh_http() -> &'static reqwest::Client {
    static HTTP: OnceLock<reqwest::Client> = OnceLock::new();
    HTTP.get_or_init(|| builder().pool_max_idle_per_host(0).build().expect("the HTTP client builds"))
}

/// The settings both clients share.
fn builder() -> reqwest::ClientBuilder {
    install_crypto_provider();
    reqwest::Client::builder().tcp_nodelay(true).gzip(true).brotli(true).tls_certs_merge(extra_roots().iter().cloned())
}

/// rustls's cryptography is `ring` (smaller and quicker to build than `aws-lc-rs`). Made the
/// process default once; a default some other code installed first is kept.
fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The roots `NODE_EXTRA_CA_CERTS` names, added to the operating system's. As in Node.js,
/// a file that cannot be read or holds no certificate is ignored with a warning.
/// Read once (both clients use them; a warning is printed once).
fn extra_roots() -> &'static [Certificate] {
    static ROOTS: OnceLock<Vec<Certificate>> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let Some(path) = std::env::var_os(EXTRA_CA_VAR).filter(|p| !p.is_empty()) else {
            return Vec::new();
        };
        match read_pem_roots(&path) {
            Ok(roots) => roots,
            Err(reason) => {
                eprintln!("mastra-client-native: ignoring {EXTRA_CA_VAR} ({}): {reason}", path.to_string_lossy());
                Vec::new()
            }
        }
    })
}

/// The certificates of a PEM file, or why there are none.
pub fn read_pem_roots(path: &std::ffi::OsStr) -> Result<Vec<Certificate>, String> {
    let pem = std::fs::read(path).map_err(|e| format!("cannot read the file: {e}"))?;
    let roots = Certificate::from_pem_bundle(&pem).map_err(|e| format!("not a PEM certificate bundle: {e}"))?;
    if roots.is_empty() {
        return Err("the file holds no PEM certificate".to_string());
    }
    Ok(roots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_connections_leave_the_pool_before_a_node_server_closes_them() {
        // Node's http.Server closes an idle keep-alive connection after 5 s.
        assert!(POOL_IDLE_TIMEOUT < Duration::from_secs(5));
        assert!(POOL_IDLE_TIMEOUT >= Duration::from_secs(1), "still long enough to reuse connections");
    }

    #[test]
    fn a_missing_file_is_named_as_unreadable() {
        let err = read_pem_roots("/nonexistent/extra-ca.pem".as_ref()).unwrap_err();
        assert!(err.starts_with("cannot read the file"), "{err}");
    }

    #[test]
    fn a_file_without_certificates_is_refused() {
        let path = std::env::temp_dir().join(format!("mcn-no-certs-{}.pem", std::process::id()));
        std::fs::write(&path, "just text\n").unwrap();
        let err = read_pem_roots(path.as_os_str()).unwrap_err();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(err, "the file holds no PEM certificate");
    }
}
