//! What the benchmark's helper programs share: their command-line options, and setting a
//! TCP option on a socket.

/// The value after option `name` (`--name value`), if given.
pub fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

/// The number after option `name`, if given; a value that is not a number stops the program.
pub fn num_opt<T: std::str::FromStr>(args: &[String], name: &str) -> Option<T> {
    arg(args, name).map(|v| v.parse().unwrap_or_else(|_| panic!("{name} wants a number, not {v:?}")))
}

/// The number after option `name`, or `default`; a value that is not a number stops the program.
pub fn num<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> T {
    num_opt(args, name).unwrap_or(default)
}

/// Sets the `IPPROTO_TCP` option `option` of socket `fd` to the bytes of `value`.
#[cfg(target_os = "linux")]
pub fn set_tcp_option(fd: std::os::fd::RawFd, option: libc::c_int, value: &[u8]) -> std::io::Result<()> {
    // SAFETY: the caller's socket descriptor, and the pointer and length of a live byte slice.
    let rc = unsafe { libc::setsockopt(fd, libc::IPPROTO_TCP, option, value.as_ptr().cast(), value.len() as libc::socklen_t) };
    if rc == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }
}
