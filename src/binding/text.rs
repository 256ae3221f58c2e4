//! A long reply as a JavaScript string made from text already in V8's form
//! ([`JsText`], prepared on the I/O thread): handed to V8 without a copy where Node has
//! external strings (Node-API 10's `node_api_create_external_string_*`, looked up when first
//! needed, so an older Node still loads the addon), copied otherwise. Either way the
//! JavaScript thread does not decode UTF-8.

use std::ffi::c_void;
use std::sync::OnceLock;

use napi::bindgen_prelude::*;

use crate::core::text::JsText;

/// Replies from this many bytes up are prepared as [`JsText`]: below it V8's own decoding
/// costs less than an external string's bookkeeping.
pub(crate) const PREPARED_TEXT_MIN_BYTES: usize = 64 * 1024;

/// A finalizer of Node-API (`node_api_basic_finalize`).
type Finalize = Option<unsafe extern "C" fn(sys::napi_env, *mut c_void, *mut c_void)>;

/// `node_api_create_external_string_latin1` and `..._utf16` (the same shape).
type CreateExternal<T> = unsafe extern "C" fn(
    sys::napi_env,
    *const T,
    isize,
    Finalize,
    *mut c_void,
    *mut sys::napi_value,
    *mut bool,
) -> sys::napi_status;

struct ExternalStrings {
    latin1: Option<CreateExternal<u8>>,
    utf16: Option<CreateExternal<u16>>,
}

/// The process's external-string functions, if Node exports them.
fn external_strings() -> &'static ExternalStrings {
    static FOUND: OnceLock<ExternalStrings> = OnceLock::new();
    FOUND.get_or_init(|| {
        #[cfg(unix)]
        {
            // SAFETY: dlsym with RTLD_DEFAULT and NUL-terminated names; the symbols, when
            // present, are Node's own functions of exactly these signatures.
            unsafe {
                let find = |name: &[u8]| libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr().cast());
                let latin1 = find(b"node_api_create_external_string_latin1\0");
                let utf16 = find(b"node_api_create_external_string_utf16\0");
                ExternalStrings {
                    latin1: (!latin1.is_null()).then(|| std::mem::transmute::<*mut c_void, CreateExternal<u8>>(latin1)),
                    utf16: (!utf16.is_null()).then(|| std::mem::transmute::<*mut c_void, CreateExternal<u16>>(utf16)),
                }
            }
        }
        #[cfg(not(unix))]
        {
            ExternalStrings { latin1: None, utf16: None }
        }
    })
}

/// Frees the buffer of an external string V8 no longer needs (or copied at once).
unsafe extern "C" fn drop_buffer<T>(_env: sys::napi_env, _data: *mut c_void, hint: *mut c_void) {
    // SAFETY: `hint` is the `Box<Vec<T>>` leaked in `external` below, freed once, here.
    drop(unsafe { Box::from_raw(hint.cast::<Vec<T>>()) });
}

/// `units` as an external string through `create` (V8 may still copy a short one; the
/// finalizer then runs at once).
unsafe fn external<T>(env: sys::napi_env, units: Vec<T>, create: CreateExternal<T>) -> Result<sys::napi_value> {
    let boxed = Box::new(units);
    let (ptr, len) = (boxed.as_ptr(), boxed.len() as isize);
    let hint = Box::into_raw(boxed);
    let mut value = std::ptr::null_mut();
    let mut copied = false;
    // SAFETY: the buffer stays alive (owned through `hint`) until V8 calls the finalizer.
    let status = unsafe { create(env, ptr, len, Some(drop_buffer::<T>), hint.cast(), &mut value, &mut copied) };
    if status != sys::Status::napi_ok {
        // V8 never calls the finalizer on failure.
        drop(unsafe { Box::from_raw(hint) });
        return Err(Error::new(Status::GenericFailure, format!("could not make the reply a JavaScript string (status {status})")));
    }
    Ok(value)
}

/// Prepared text for an `Array::set`.
pub(crate) struct PreparedText(pub(crate) JsText);

impl ToNapiValue for PreparedText {
    unsafe fn to_napi_value(env: sys::napi_env, val: Self) -> Result<sys::napi_value> {
        let found = external_strings();
        let mut value = std::ptr::null_mut();
        // SAFETY: plain N-API calls on the current environment, from its own thread.
        unsafe {
            let status = match val.0 {
                JsText::Latin1(bytes) => match found.latin1 {
                    Some(create) => return external(env, bytes, create),
                    None => sys::napi_create_string_latin1(env, bytes.as_ptr().cast(), bytes.len() as isize, &mut value),
                },
                JsText::Utf16(units) => match found.utf16 {
                    Some(create) => return external(env, units, create),
                    None => sys::napi_create_string_utf16(env, units.as_ptr(), units.len() as isize, &mut value),
                },
            };
            check_status!(status, "could not make the reply a JavaScript string")?;
        }
        Ok(value)
    }
}
