//! What the benchmark's helper programs share: their command-line options.

/// The value after option `name` (`--name value`), if given.
pub fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

/// The number after option `name`, or `default`; a value that is not a number stops the program.
pub fn num<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> T {
    arg(args, name)
        .map(|v| v.parse().unwrap_or_else(|_| panic!("{name} wants a number, not {v:?}")))
        .unwrap_or(default)
}
