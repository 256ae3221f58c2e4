//! Stream framing: cuts a byte stream into whole records before any text decoding, so a
//! multi-byte UTF-8 character split across network chunks can never be corrupted.
//!
//! Agent streams are server-sent events (`data: {json}\n\n`, ending with `data: [DONE]`);
//! workflow streams are JSON records each followed by `\x1E`.

/// Which framing a stream uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// Server-sent events separated by a blank line; `data: [DONE]` ends the stream.
    Sse,
    /// Records each ended by the ASCII record separator `\x1E`.
    RecordSeparator,
    /// No records: the bytes are handed on as they arrive (audio, a caller's own framing).
    Raw,
}

impl Framing {
    fn delimiter(self) -> &'static [u8] {
        match self {
            Framing::Sse => b"\n\n",
            Framing::RecordSeparator | Framing::Raw => b"\x1e",
        }
    }
}

/// A record that is not valid UTF-8; holds where it started in the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// Byte offset of the record in the whole stream.
    pub offset: u64,
}

impl std::fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stream record at byte {} is not valid UTF-8", self.offset)
    }
}

/// Incremental framer: feed it network chunks, take out whole records as text.
#[derive(Debug)]
pub struct Framer {
    framing: Framing,
    pending: Vec<u8>,
    consumed: u64,
    done: bool,
}

impl Framer {
    /// A framer for `framing`.
    pub fn new(framing: Framing) -> Self {
        Self { framing, pending: Vec::new(), consumed: 0, done: false }
    }

    /// The framing.
    pub fn framing(&self) -> Framing {
        self.framing
    }

    /// True once the SSE end marker `data: [DONE]` was seen.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Adds `chunk` and appends every record it completes to `out`, each followed by its
    /// delimiter, exactly as received. The `[DONE]` event is not appended; after it, the
    /// rest of the input is ignored.
    pub fn push(&mut self, chunk: &[u8], out: &mut String) -> Result<(), InvalidUtf8> {
        if self.done {
            return Ok(());
        }
        let delimiter = self.framing.delimiter();
        let search_from = self.pending.len().saturating_sub(delimiter.len() - 1);
        self.pending.extend_from_slice(chunk);
        let mut start = 0;
        let mut at = search_from;
        while let Some(found) = find(&self.pending[at..], delimiter) {
            let end = at + found;
            let record = &self.pending[start..end];
            if self.framing == Framing::Sse && is_done_event(record) {
                self.done = true;
                start = self.pending.len();
                break;
            }
            let text = std::str::from_utf8(record).map_err(|_| InvalidUtf8 { offset: self.consumed + start as u64 })?;
            out.push_str(text);
            out.push_str(std::str::from_utf8(delimiter).unwrap_or_default());
            start = end + delimiter.len();
            at = start;
        }
        self.consumed += start as u64;
        self.pending.drain(..start);
        Ok(())
    }

    /// At the end of the input: a last record without delimiter, if any, appended as is.
    pub fn finish(&mut self, out: &mut String) -> Result<(), InvalidUtf8> {
        if self.done || self.pending.iter().all(u8::is_ascii_whitespace) {
            self.pending.clear();
            return Ok(());
        }
        let record = std::mem::take(&mut self.pending);
        if self.framing == Framing::Sse && is_done_event(&record) {
            self.done = true;
            return Ok(());
        }
        let text = String::from_utf8(record).map_err(|_| InvalidUtf8 { offset: self.consumed })?;
        out.push_str(&text);
        Ok(())
    }
}

fn is_done_event(record: &[u8]) -> bool {
    let trimmed = record.trim_ascii();
    trimmed == b"data: [DONE]" || trimmed == b"[DONE]"
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() == 1 {
        return haystack.iter().position(|&b| b == needle[0]);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(framing: Framing, chunks: &[&[u8]]) -> (Vec<String>, bool) {
        let mut framer = Framer::new(framing);
        let mut batches = Vec::new();
        for chunk in chunks {
            let mut out = String::new();
            framer.push(chunk, &mut out).unwrap();
            batches.push(out);
        }
        let mut out = String::new();
        framer.finish(&mut out).unwrap();
        batches.push(out);
        (batches, framer.is_done())
    }

    #[test]
    fn sse_events_are_cut_at_blank_lines_and_done_ends() {
        let (batches, done) = run(Framing::Sse, &[b"data: {\"a\":1}\n\ndata: {\"b\"", b":2}\n", b"\ndata: [DONE]\n\ndata: late\n\n"]);
        assert_eq!(batches, vec!["data: {\"a\":1}\n\n", "", "data: {\"b\":2}\n\n", ""]);
        assert!(done);
    }

    #[test]
    fn a_multibyte_character_split_across_chunks_survives() {
        let text = "data: {\"t\":\"héllo 😀\"}\n\n".as_bytes();
        for split in 1..text.len() {
            let (batches, _) = run(Framing::Sse, &[&text[..split], &text[split..]]);
            assert_eq!(batches.concat(), "data: {\"t\":\"héllo 😀\"}\n\n", "split at {split}");
        }
    }

    #[test]
    fn delimiter_split_across_chunks_is_found() {
        let (batches, _) = run(Framing::Sse, &[b"data: 1\n", b"\ndata: 2\n\n"]);
        assert_eq!(batches.concat(), "data: 1\n\ndata: 2\n\n");
    }

    #[test]
    fn record_separator_streams_and_trailing_record() {
        let (batches, done) = run(Framing::RecordSeparator, &[b"{\"a\":1}\x1e{\"b\":", b"2}\x1e{\"c\":3}"]);
        assert_eq!(batches, vec!["{\"a\":1}\x1e", "{\"b\":2}\x1e", "{\"c\":3}"]);
        assert!(!done);
    }

    #[test]
    fn invalid_utf8_is_reported_with_offset() {
        let mut framer = Framer::new(Framing::Sse);
        let mut out = String::new();
        framer.push(b"data: 1\n\n", &mut out).unwrap();
        let err = framer.push(b"data: \xff\n\n", &mut out).unwrap_err();
        assert_eq!(err.offset, 9);
    }
}
