//! The process-wide HTTP client and the standard environment it honours: `HTTPS_PROXY`,
//! `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (upper or lower case), the operating system's
//! certificate roots, and the extra roots named by `NODE_EXTRA_CA_CERTS`. All of it is read
//! once, when the first request is made.

use std::sync::OnceLock;
use std::time::Duration;

use reqwest::Certificate;

/// The environment variable Node.js reads for extra certificate roots (a PEM file).
const EXTRA_CA_VAR: &str = "NODE_EXTRA_CA_CERTS";

/// The process-wide HTTP client: every `MastraClient` shares its connection pool, so even
/// clients made per user and per request reuse warm connections.
pub fn shared_http() -> &'static reqwest::Client {
    static HTTP: OnceLock<reqwest::Client> = OnceLock::new();
    HTTP.get_or_init(|| {
        install_crypto_provider();
        reqwest::Client::builder()
            .tcp_nodelay(true)
            .pool_idle_timeout(Duration::from_secs(90))
            .gzip(true)
            .brotli(true)
            .tls_certs_merge(extra_roots())
            .build()
            .expect("the HTTP client builds")
    })
}

/// rustls's cryptography is `ring` (smaller and quicker to build than `aws-lc-rs`). Made the
/// process default once; a default some other code installed first is kept.
fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The roots `NODE_EXTRA_CA_CERTS` names, added to the operating system's. As in Node.js,
/// a file that cannot be read or holds no certificate is ignored with a warning.
fn extra_roots() -> Vec<Certificate> {
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
