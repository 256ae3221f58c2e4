//! A long reply as a JavaScript string made from text already in V8's form ([`JsText`],
//! prepared on the I/O thread): V8 copies it as it is, so the JavaScript thread does not
//! decode UTF-8, and the buffer is kept for the next long reply (see `core/buffers.rs`).
//!
//! Not an external string (Node-API 10's `node_api_create_external_string_*`, no copy):
//! V8 makes external strings in its old generation, so each one, and its megabytes outside
//! the heap, lives until a full collection; every reply then needed fresh memory, whose page
//! faults cost more on a VM than the copy saves (1 MiB replies at one in flight: 98–127
//! calls/s with external strings, 239–251 copied, in the same run).

use napi::bindgen_prelude::*;

use crate::core::text::JsText;

/// Replies from this many bytes up are prepared as [`JsText`]: below it V8's own decoding
/// on the JavaScript thread costs less than the conversion's hand-off.
pub(crate) const PREPARED_TEXT_MIN_BYTES: usize = 64 * 1024;

/// Prepared text for an `Array::set`.
pub(crate) struct PreparedText(pub(crate) JsText);

impl ToNapiValue for PreparedText {
    unsafe fn to_napi_value(env: sys::napi_env, val: Self) -> Result<sys::napi_value> {
        let mut value = std::ptr::null_mut();
        // SAFETY: plain N-API calls on the current environment, from its own thread; V8
        // copies the buffer before the call returns.
        let status = unsafe {
            match &val.0 {
                JsText::Latin1(bytes) => sys::napi_create_string_latin1(env, bytes.as_ptr().cast(), bytes.len() as isize, &mut value),
                JsText::Utf16(units) => sys::napi_create_string_utf16(env, units.as_ptr(), units.len() as isize, &mut value),
            }
        };
        val.0.recycle();
        check_status!(status, "could not make the reply a JavaScript string")?;
        Ok(value)
    }
}
