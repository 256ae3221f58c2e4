//! Stream framing: cuts a byte stream into whole records before any text decoding, so a
//! multi-byte UTF-8 character split across network reads can never be corrupted, and a
//! record can never grow past a bound.
//!
//! Agent streams are server-sent events (`data: {json}\n\n`, ending with `data: [DONE]`);
//! workflow streams are JSON records each followed by `\x1E`. Server-sent events are read
//! by the SSE rules: lines end with LF or CRLF, a blank line ends an event, a line starting
//! with `:` is a comment, a field's value follows its name and `:` (one space after the
//! colon is dropped), the `data` lines of an event are joined with LF, and `event`, `id`
//! and `retry` fields carry no payload. An event without `data` lines has no payload.
//!
//! A whole record is decoded as JSON replies are: a sequence that is not UTF-8 becomes U+FFFD
//! (one for each maximal bad subpart, as `TextDecoder` and client-js do), never an error.

use std::borrow::Cow;

/// Default bound on one record (an SSE event or a `\x1E` record): 16 MiB.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// The record separator that ends each payload handed on.
pub const SEPARATOR: char = '\x1e';

/// Which framing a stream uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// Server-sent events; a `[DONE]` payload ends the stream (client-js `processDataStream`)
    /// and is left out of the frames, as client-js's processed agent streams leave it out.
    Sse,
    /// As [`Framing::Sse`], with `[DONE]` kept in the frames: the body exactly as received,
    /// for methods whose response client-js hands on as it is.
    SseAsReceived,
    /// Server-sent events; a `[DONE]` payload is skipped (client-js `streamBackgroundTasks`).
    Events,
    /// Records each ended by the ASCII record separator `\x1E`.
    RecordSeparator,
    /// No records: the bytes are handed on as they arrive (audio, a caller's own framing).
    Raw,
}

/// What a read of a framed stream hands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Whole records as received (an SSE event with its blank line, a record with its `\x1E`);
    /// a `[DONE]` event only with [`Framing::SseAsReceived`].
    Frames,
    /// The payload of each record (an event's joined `data` lines), each followed by `\x1E`.
    Payloads,
}

/// Why a stream could not be framed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameError {
    /// A record longer than the bound; holds the bound.
    TooLarge { limit: usize },
    /// A payload holding a `\x1E`, which JSON text cannot hold; holds its start.
    Malformed { excerpt: String },
    /// The body could not be read; the text says why.
    Network(String),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::TooLarge { limit } => write!(
                f,
                "a stream record is larger than {limit} bytes (maxStreamRecordBytes); the stream was closed"
            ),
            FrameError::Malformed { excerpt } => write!(f, "a stream event is not valid JSON: {excerpt:?}"),
            FrameError::Network(text) => f.write_str(text),
        }
    }
}

/// Incremental framer: feed it network reads, take out whole records as text.
#[derive(Debug)]
pub struct Framer {
    framing: Framing,
    max_record: usize,
    /// Bytes of the record in progress (and of records not taken out yet).
    pending: Vec<u8>,
    /// Where the search for the next line end (or separator) resumes in `pending`.
    scan: usize,
    /// Start of the current SSE line in `pending`.
    line_start: usize,
    done: bool,
}

impl Framer {
    /// A framer for `framing` whose records may hold at most `max_record` bytes.
    pub fn new(framing: Framing, max_record: usize) -> Self {
        Self { framing, max_record, pending: Vec::new(), scan: 0, line_start: 0, done: false }
    }

    /// The framing.
    pub fn framing(&self) -> Framing {
        self.framing
    }

    /// True once the SSE end marker `[DONE]` was seen.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Adds `chunk` and appends every record it completes to `out` in the `output` form.
    /// After `[DONE]` the rest of the input is ignored. On an error, `out` holds the
    /// records before the bad one.
    pub fn push(&mut self, chunk: &[u8], output: Output, out: &mut String) -> Result<(), FrameError> {
        if self.done {
            return Ok(());
        }
        self.pending.extend_from_slice(chunk);
        let taken = match self.framing {
            Framing::RecordSeparator | Framing::Raw => self.take_records(out),
            Framing::Sse | Framing::SseAsReceived | Framing::Events => self.take_events(output, out),
        }?;
        self.pending.drain(..taken);
        self.scan -= taken;
        self.line_start = self.line_start.saturating_sub(taken);
        self.check_size(self.pending.len())
    }

    fn check_size(&self, len: usize) -> Result<(), FrameError> {
        if len > self.max_record {
            return Err(FrameError::TooLarge { limit: self.max_record });
        }
        Ok(())
    }

    /// At the end of the input: a last record without its end, if any, appended.
    pub fn finish(&mut self, output: Output, out: &mut String) -> Result<(), FrameError> {
        let rest = std::mem::take(&mut self.pending);
        if self.done || rest.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        match self.framing {
            Framing::RecordSeparator | Framing::Raw => {
                emit_record(&rest, out);
                Ok(())
            }
            Framing::Sse | Framing::SseAsReceived | Framing::Events => {
                self.done = self.emit_event(&rest, output, out)?;
                Ok(())
            }
        }
    }

    /// Takes out the whole `\x1E` records of `pending`; returns how many bytes they span.
    fn take_records(&mut self, out: &mut String) -> Result<usize, FrameError> {
        let mut start = 0;
        while let Some(found) = self.pending[self.scan..].iter().position(|&b| b == 0x1e) {
            let end = self.scan + found;
            self.check_size(end - start)?;
            emit_record(&self.pending[start..end], out);
            start = end + 1;
            self.scan = start;
        }
        self.scan = self.pending.len();
        Ok(start)
    }

    /// Takes out the whole events of `pending` (each ended by a blank line); returns how
    /// many bytes they span.
    fn take_events(&mut self, output: Output, out: &mut String) -> Result<usize, FrameError> {
        let mut start = 0;
        while let Some(found) = self.pending[self.scan..].iter().position(|&b| b == b'\n') {
            let lf = self.scan + found;
            let blank = matches!(&self.pending[self.line_start..lf], b"" | b"\r");
            self.line_start = lf + 1;
            self.scan = lf + 1;
            if !blank {
                continue;
            }
            self.check_size(lf - start)?;
            let done = self.emit_event(&self.pending[start..lf + 1], output, out)?;
            start = lf + 1;
            if done {
                self.done = true;
                (self.scan, self.line_start) = (self.pending.len(), self.pending.len());
                return Ok(self.pending.len());
            }
        }
        self.scan = self.pending.len();
        Ok(start)
    }

    /// Appends one event in the `output` form; true when it is the `[DONE]` that ends the
    /// stream.
    fn emit_event(&self, frame: &[u8], output: Output, out: &mut String) -> Result<bool, FrameError> {
        let data = event_data(frame);
        if data.as_deref() == Some(b"[DONE]".as_slice()) {
            if output == Output::Frames && self.framing == Framing::SseAsReceived {
                out.push_str(&text(frame));
            }
            return Ok(self.framing != Framing::Events);
        }
        match output {
            Output::Frames => out.push_str(&text(frame)),
            Output::Payloads => {
                let Some(data) = data else { return Ok(false) };
                let text = text(&data);
                if text.contains(SEPARATOR) {
                    let excerpt: String = text.chars().take(120).collect();
                    return Err(FrameError::Malformed { excerpt });
                }
                out.push_str(&text);
                out.push(SEPARATOR);
            }
        }
        Ok(false)
    }
}

/// Appends one `\x1E` record; empty records are skipped.
fn emit_record(record: &[u8], out: &mut String) {
    if !record.is_empty() {
        out.push_str(&text(record));
        out.push(SEPARATOR);
    }
}

/// The text of a whole record: borrowed when it is valid UTF-8, else with U+FFFD for each
/// bad sequence.
fn text(bytes: &[u8]) -> Cow<'_, str> {
    // `from_utf8` checks valid text several times faster than the lossy decoder scans it.
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// The payload of one event: its `data` lines joined with LF, or `None` without any.
fn event_data(frame: &[u8]) -> Option<Cow<'_, [u8]>> {
    let mut data: Option<Cow<'_, [u8]>> = None;
    for line in frame.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() || line[0] == b':' {
            continue;
        }
        let (name, value) = match line.iter().position(|&b| b == b':') {
            Some(colon) => (&line[..colon], line[colon + 1..].strip_prefix(b" ").unwrap_or(&line[colon + 1..])),
            None => (line, &b""[..]),
        };
        if name != b"data" {
            continue;
        }
        data = Some(match data {
            None => Cow::Borrowed(value),
            Some(joined) => {
                let mut joined = joined.into_owned();
                joined.push(b'\n');
                joined.extend_from_slice(value);
                Cow::Owned(joined)
            }
        });
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIG: usize = DEFAULT_MAX_RECORD_BYTES;

    fn run(framing: Framing, output: Output, chunks: &[&[u8]]) -> (Vec<String>, bool) {
        let mut framer = Framer::new(framing, BIG);
        let mut batches = Vec::new();
        for chunk in chunks {
            let mut out = String::new();
            framer.push(chunk, output, &mut out).unwrap();
            batches.push(out);
        }
        let mut out = String::new();
        framer.finish(output, &mut out).unwrap();
        batches.push(out);
        (batches, framer.is_done())
    }

    fn payloads(framing: Framing, chunks: &[&[u8]]) -> String {
        run(framing, Output::Payloads, chunks).0.concat()
    }

    #[test]
    fn sse_events_are_cut_at_blank_lines_and_done_ends() {
        let (batches, done) = run(Framing::Sse, Output::Frames, &[b"data: {\"a\":1}\n\ndata: {\"b\"", b":2}\n", b"\ndata: [DONE]\n\ndata: late\n\n"]);
        assert_eq!(batches, vec!["data: {\"a\":1}\n\n", "", "data: {\"b\":2}\n\n", ""]);
        assert!(done);
        // As received: the body keeps `[DONE]`; what follows it is not read on.
        let (batches, done) = run(Framing::SseAsReceived, Output::Frames, &[b"data: {\"a\":1}\n\ndata: [DONE]\r\n\r\ndata: late\n\n"]);
        assert_eq!(batches.concat(), "data: {\"a\":1}\n\ndata: [DONE]\r\n\r\n");
        assert!(done);
        let (batches, _) = run(Framing::SseAsReceived, Output::Payloads, &[b"data: {\"a\":1}\n\ndata: [DONE]\n\n"]);
        assert_eq!(batches.concat(), "{\"a\":1}\x1e");
        let (batches, done) = run(Framing::Sse, Output::Payloads, &[b"data: {\"a\":1}\n\ndata: [DONE]\n\ndata: 2\n\n"]);
        assert_eq!(batches.concat(), "{\"a\":1}\x1e");
        assert!(done);
    }

    #[test]
    fn events_framing_skips_done_and_reads_on() {
        assert_eq!(payloads(Framing::Events, &[b"data: 1\n\ndata: [DONE]\n\ndata: 2\n\n"]), "1\x1e2\x1e");
    }

    #[test]
    fn crlf_multi_line_data_comments_and_other_fields() {
        let stream = b": keep-alive\r\n\r\nevent: chunk\r\nid: 7\r\nretry: 10\r\ndata: {\"a\":\r\ndata:1}\r\n\r\ndata\n\n:only a comment\nid: 8\n\n";
        assert_eq!(payloads(Framing::Sse, &[stream]), "{\"a\":\n1}\x1e\x1e");
        // Frames are handed on as received, comments included.
        assert_eq!(run(Framing::Sse, Output::Frames, &[stream]).0.concat(), std::str::from_utf8(stream).unwrap());
    }

    #[test]
    fn every_split_of_a_crlf_stream_gives_the_same_payloads() {
        let stream = "data: {\"t\":\"héllo 😀\"}\r\n\r\n: c\r\ndata: [1,\r\ndata: 2]\r\n\r\n".as_bytes();
        for split in 1..stream.len() {
            assert_eq!(payloads(Framing::Sse, &[&stream[..split], &stream[split..]]), "{\"t\":\"héllo 😀\"}\x1e[1,\n2]\x1e", "split at {split}");
        }
    }

    #[test]
    fn a_multibyte_character_split_across_chunks_survives() {
        let text = "data: {\"t\":\"héllo 😀\"}\n\n".as_bytes();
        for split in 1..text.len() {
            let (batches, _) = run(Framing::Sse, Output::Frames, &[&text[..split], &text[split..]]);
            assert_eq!(batches.concat(), "data: {\"t\":\"héllo 😀\"}\n\n", "split at {split}");
        }
    }

    #[test]
    fn record_separator_streams_and_trailing_record() {
        let (batches, done) = run(Framing::RecordSeparator, Output::Payloads, &[b"{\"a\":1}\x1e\x1e{\"b\":", b"2}\x1e{\"c\":3}"]);
        assert_eq!(batches, vec!["{\"a\":1}\x1e", "{\"b\":2}\x1e", "{\"c\":3}\x1e"]);
        assert!(!done);
    }

    #[test]
    fn an_unterminated_last_event_is_read() {
        assert_eq!(payloads(Framing::Sse, &[b"data: 1\n\ndata: 2"]), "1\x1e2\x1e");
    }

    /// Bytes that are not UTF-8 and their text, as the WHATWG decoder (`TextDecoder`) gives
    /// it; `__test__/transport-fetch.test.mjs` checks the JavaScript framer with the same cases.
    const BAD_UTF8: &[(&[u8], &str)] = &[
        (b"a\xffb", "a\u{fffd}b"),
        (b"\xc3(", "\u{fffd}("),
        (b"\xe2\x82", "\u{fffd}"),
        (b"\xf0\x9f\x98x", "\u{fffd}x"),
        (b"\xed\xa0\x80", "\u{fffd}\u{fffd}\u{fffd}"),
        (b"\xc0\xaf", "\u{fffd}\u{fffd}"),
        (b"\xf4\x90\x80\x80", "\u{fffd}\u{fffd}\u{fffd}\u{fffd}"),
        (b"\x80\xbf", "\u{fffd}\u{fffd}"),
        (b"\xf8\x88\x80\x80\x80", "\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}"),
        (b"\xe2\x82\xac\xe2", "\u{20ac}\u{fffd}"),
    ];

    #[test]
    fn invalid_utf8_becomes_replacement_characters_as_in_json_replies() {
        for (bad, good) in BAD_UTF8 {
            // Records, events (frames and payloads), and a last record without its end.
            let record = [*bad, b"\x1e"].concat();
            assert_eq!(payloads(Framing::RecordSeparator, &[&record]), format!("{good}\x1e"), "{bad:?}");
            let event = [b"data: ".as_slice(), bad, b"\n\n"].concat();
            assert_eq!(payloads(Framing::Sse, &[&event]), format!("{good}\x1e"), "{bad:?}");
            assert_eq!(run(Framing::Sse, Output::Frames, &[&event]).0.concat(), format!("data: {good}\n\n"), "{bad:?}");
            assert_eq!(payloads(Framing::RecordSeparator, &[bad]), format!("{good}\x1e"), "{bad:?}");
            // Split anywhere across reads: the same text (whole records are decoded).
            for split in 1..event.len() {
                assert_eq!(payloads(Framing::Sse, &[&event[..split], &event[split..]]), format!("{good}\x1e"), "{bad:?} split at {split}");
            }
        }
        // The records around a bad one are read as usual, and the stream goes on.
        let mut framer = Framer::new(Framing::Sse, BIG);
        let mut out = String::new();
        framer.push(b"data: 1\n\n", Output::Frames, &mut out).unwrap();
        framer.push(b"data: \xff\n\ndata: 2\n\n", Output::Frames, &mut out).unwrap();
        assert_eq!(out, "data: 1\n\ndata: \u{fffd}\n\ndata: 2\n\n");
        // Only the data is decoded in the payloads form; a multi-line payload the same way.
        assert_eq!(payloads(Framing::Sse, &[b":\xff\ndata: \xe2\x82\ndata: x\n\n"]), "\u{fffd}\nx\x1e");
    }

    #[test]
    fn a_record_over_the_bound_is_an_error_and_memory_stays_bounded() {
        let mut framer = Framer::new(Framing::RecordSeparator, 1024);
        let mut out = String::new();
        framer.push(&[b'x'; 1000], Output::Payloads, &mut out).unwrap();
        assert_eq!(framer.push(&[b'x'; 100], Output::Payloads, &mut out), Err(FrameError::TooLarge { limit: 1024 }));
        let mut framer = Framer::new(Framing::Sse, 1024);
        framer.push(b"data: 1\n\n", Output::Payloads, &mut out).unwrap();
        let err = framer.push(&[b'y'; 2000], Output::Payloads, &mut out).unwrap_err();
        assert!(err.to_string().contains("maxStreamRecordBytes"), "{err}");
        assert_eq!(out, "1\x1e");
    }

    #[test]
    fn a_payload_holding_a_separator_is_malformed_after_the_good_ones() {
        let mut framer = Framer::new(Framing::Sse, BIG);
        let mut out = String::new();
        let err = framer.push(b"data: 1\n\ndata: {}\x1e{}\n\n", Output::Payloads, &mut out).unwrap_err();
        assert!(matches!(err, FrameError::Malformed { .. }));
        assert_eq!(out, "1\x1e");
    }
}
