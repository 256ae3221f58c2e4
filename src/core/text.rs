//! Text in the form V8 stores it: one byte per character (Latin-1) when every character
//! fits, else UTF-16. A long reply converted here, off the JavaScript thread, becomes a
//! JavaScript string without that thread decoding its UTF-8 (the largest cost of a big JSON
//! reply there, more than `JSON.parse`). A JSON reply with few characters beyond U+00FF is
//! made one byte a character with those written as `\uXXXX` escapes: V8 copies half the
//! bytes, and parses one-byte text faster, for the same value.

use super::buffers::{BYTES, UNITS};

fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// The 16 bytes from `at`, when there are 16 and all are ASCII (the check and the copies of a
/// block vectorize).
fn ascii_block(bytes: &[u8], at: usize) -> Option<&[u8]> {
    let block = bytes.get(at..at + 16)?;
    (block.iter().fold(0u8, |high, &b| high | b) < 0x80).then_some(block)
}

/// The sum of `per_byte` over `bytes`, counted in 16-bit lanes (which vectorize) over blocks
/// too short to overflow them: the sums taken here come to at most 3 a byte of UTF-8 (12 for
/// a character of four bytes).
fn count(bytes: &[u8], per_byte: impl Fn(u8) -> u16 + Copy) -> usize {
    bytes.chunks(16 * 1024).map(|block| usize::from(block.iter().fold(0u16, |sum, &b| sum + per_byte(b)))).sum()
}

/// True when every character of `bytes` (UTF-8) is U+0000..=U+00FF. In UTF-8 these are the
/// bytes below 0xC4 (ASCII, the lead bytes 0xC2 and 0xC3 and continuation bytes); every other
/// character has a lead byte of 0xC4 or more.
fn fits_latin1(bytes: &[u8]) -> bool {
    bytes.chunks(4 * 1024).all(|block| block.iter().fold(0u8, |max, &b| max.max(b)) < 0xC4)
}

/// Appends the UTF-16 code units of `text`: runs of ASCII 16 bytes at a time, other
/// characters decoded one by one (`text` is valid UTF-8, so each has all its bytes).
fn push_utf16(text: &str, out: &mut Vec<u16>) {
    let bytes = text.as_bytes();
    let tail = |at: usize| u32::from(bytes[at] & 0x3F);
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        if let Some(block) = ascii_block(bytes, i) {
            out.extend(block.iter().map(|&b| u16::from(b)));
            i += 16;
        } else if lead < 0x80 {
            out.push(u16::from(lead));
            i += 1;
        } else if lead < 0xE0 {
            out.push(((u32::from(lead & 0x1F) << 6) | tail(i + 1)) as u16);
            i += 2;
        } else if lead < 0xF0 {
            out.push(((u32::from(lead & 0x0F) << 12) | (tail(i + 1) << 6) | tail(i + 2)) as u16);
            i += 3;
        } else {
            let c = ((u32::from(lead & 0x07) << 18) | (tail(i + 1) << 12) | (tail(i + 2) << 6) | tail(i + 3)) - 0x1_0000;
            out.extend_from_slice(&[0xD800 | (c >> 10) as u16, 0xDC00 | (c & 0x3FF) as u16]);
            i += 4;
        }
    }
}

/// Appends `text` one byte a character: characters up to U+00FF as Latin-1, every other one
/// as its `\uXXXX` escapes (two for a character beyond U+FFFF). Only JSON reads such escapes
/// as the characters (see [`JsText::from_json`]); a text whose characters all fit has none.
/// False (and `out` left partly written) when such a character follows an odd run of
/// backslashes: in JSON the text is not valid there, and its escape would make it valid.
fn push_one_byte(text: &str, out: &mut Vec<u8>) -> bool {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        if let Some(block) = ascii_block(bytes, i) {
            out.extend_from_slice(block);
            i += 16;
        } else if lead < 0x80 {
            out.push(lead);
            i += 1;
        } else if lead < 0xC4 {
            out.push(((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
            i += 2;
        } else {
            if bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1 {
                return false;
            }
            let Some(c) = text[i..].chars().next() else { return false };
            for unit in c.encode_utf16(&mut [0; 2]) {
                let u = usize::from(*unit);
                out.extend_from_slice(&[b'\\', b'u', HEX[u >> 12], HEX[(u >> 8) & 0xF], HEX[(u >> 4) & 0xF], HEX[u & 0xF]]);
            }
            i += c.len_utf8();
        }
    }
    true
}

/// `text`, JSON with characters beyond U+00FF, one byte a character with those escaped (see
/// [`push_one_byte`]); `None` when it is kept as UTF-16.
fn escaped_json(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    // Only a text shaped as an object or an array: another one (an HTML page, a cut-off body)
    // fails to parse, and its error quotes it as it came. (One so shaped that still is not JSON
    // is quoted with the escapes.)
    if !matches!(bytes.trim_ascii(), [b'{', .., b'}'] | [b'[', .., b']']) {
        return None;
    }
    // One byte a character up to U+00FF, six for one of U+0100..=U+FFFF (lead bytes 0xC4 to
    // 0xEF), twelve beyond (lead 0xF0 and up).
    let one_byte = count(bytes, |b| match b {
        0x00..=0x7F | 0xC0..=0xC3 => 1,
        0x80..=0xBF => 0,
        0xC4..=0xEF => 6,
        _ => 12,
    });
    // Only text with few such characters: at most a quarter longer than its UTF-8.
    if one_byte > bytes.len() + bytes.len() / 4 {
        return None;
    }
    let mut escaped = BYTES.take(one_byte);
    if push_one_byte(text, &mut escaped) {
        Some(escaped)
    } else {
        BYTES.give(escaped);
        None
    }
}

/// A text as V8 stores it.
#[derive(Debug, PartialEq, Eq)]
pub enum JsText {
    /// Every character is U+0000..=U+00FF: one byte each.
    Latin1(Vec<u8>),
    /// UTF-16 code units.
    Utf16(Vec<u16>),
}

impl JsText {
    /// `text`, a JSON body, in V8's form for `JSON.parse`: as [`JsText::from_text`], but one
    /// byte a character also when it has few characters beyond U+00FF, written as escapes
    /// (see [`push_one_byte`]).
    pub fn from_json(text: String) -> JsText {
        Self::convert(text, true)
    }

    /// `text` in V8's form: ASCII as it is (no conversion), else Latin-1 or UTF-16, in a
    /// buffer of exactly the room needed (or a kept one, see [`super::buffers`]); the
    /// buffer of `text` is then kept for a later reply.
    pub fn from_text(text: String) -> JsText {
        Self::convert(text, false)
    }

    /// `text` in V8's form, `json` allowing escapes (see [`JsText::from_json`]).
    fn convert(text: String, json: bool) -> JsText {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return JsText::Latin1(text.into_bytes());
        }
        let converted = if fits_latin1(bytes) {
            // One byte a character: every byte but the continuation bytes; nothing to escape.
            let mut latin1 = BYTES.take(count(bytes, |b| u16::from(!is_continuation(b))));
            push_one_byte(&text, &mut latin1);
            JsText::Latin1(latin1)
        } else if let Some(escaped) = json.then(|| escaped_json(&text)).flatten() {
            JsText::Latin1(escaped)
        } else {
            // One code unit a character, two for a character of four bytes (a surrogate pair).
            let mut utf16 = UNITS.take(count(bytes, |b| u16::from(!is_continuation(b)) + u16::from(b >= 0xF0)));
            push_utf16(&text, &mut utf16);
            JsText::Utf16(utf16)
        };
        BYTES.give(text.into_bytes());
        converted
    }

    /// Gives the buffer back to be kept for a later reply (once V8 no longer needs it).
    pub fn recycle(self) {
        match self {
            JsText::Latin1(bytes) => BYTES.give(bytes),
            JsText::Utf16(units) => UNITS.give(units),
        }
    }

    /// The length in characters (UTF-16 code units), as JavaScript counts it.
    pub fn len(&self) -> usize {
        match self {
            JsText::Latin1(bytes) => bytes.len(),
            JsText::Utf16(units) => units.len(),
        }
    }

    /// True for the empty text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::JsText;

    #[test]
    fn ascii_is_kept_as_it_is() {
        assert_eq!(JsText::from_text("{\"a\":1}".into()), JsText::Latin1(b"{\"a\":1}".to_vec()));
    }

    #[test]
    fn latin1_text_takes_one_byte_a_character() {
        assert_eq!(JsText::from_text("café ü".into()), JsText::Latin1(vec![b'c', b'a', b'f', 0xE9, b' ', 0xFC]));
    }

    #[test]
    fn long_texts_of_every_kind_convert_exactly() {
        // Long enough for kept buffers; characters of one to four bytes at every position.
        for text in ["é", "ÿ\u{80}a", "日本", "😀x", "aé日😀"] {
            let long: String = text.repeat(40_000);
            let expected_units: Vec<u16> = long.encode_utf16().collect();
            match JsText::from_text(long.clone()) {
                JsText::Latin1(bytes) => {
                    assert!(long.chars().all(|c| u32::from(c) <= 0xFF), "{text:?} is Latin-1");
                    assert_eq!(bytes.iter().map(|&b| char::from(b)).collect::<String>(), long);
                    JsText::Latin1(bytes).recycle();
                }
                JsText::Utf16(units) => {
                    assert_eq!(units, expected_units, "{text:?}");
                    assert_eq!(units.capacity(), units.len(), "{text:?}: exactly the room needed");
                    JsText::Utf16(units).recycle();
                }
            }
        }
    }

    #[test]
    fn ascii_runs_of_every_length_around_other_characters_convert_exactly() {
        // Runs of 0 to 40 ASCII bytes (blocks of 16 and the bytes left over) before, between and
        // after characters of two, three and four bytes, starting at every offset.
        for other in ["é", "\u{80}", "ÿ", "日", "\u{FFFF}", "😀", "\u{10FFFF}"] {
            let mut text = String::new();
            for run in 0..=40 {
                text.push_str(&"abcdefghijklmnopqrstuvwxyz0123456789{}\":,"[..run]);
                text.push_str(other);
            }
            for start in 0..20 {
                let part: String = text.chars().skip(start).collect();
                let long = part.repeat(100);
                match JsText::from_text(long.clone()) {
                    JsText::Latin1(bytes) => {
                        assert!(long.chars().all(|c| u32::from(c) <= 0xFF), "{other:?} is Latin-1");
                        assert_eq!(bytes.iter().map(|&b| char::from(b)).collect::<String>(), long, "{other:?} from {start}");
                    }
                    JsText::Utf16(units) => {
                        assert_eq!(units, long.encode_utf16().collect::<Vec<u16>>(), "{other:?} from {start}");
                    }
                }
            }
        }
    }

    /// The JSON value of a text in V8's form.
    fn json_of(text: &JsText) -> serde_json::Value {
        let text = match text {
            JsText::Latin1(bytes) => bytes.iter().map(|&b| char::from(b)).collect::<String>(),
            JsText::Utf16(units) => String::from_utf16(units).unwrap(),
        };
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn json_with_few_characters_beyond_latin1_is_one_byte_with_escapes_and_the_same_value() {
        // Characters of two to four bytes inside strings, keys included, after ASCII runs of 0 to
        // 40 bytes, from every offset; Latin-1 characters stay as they are.
        let word = |n: usize| "abcdefghijklmnopqrstuvwxyz0123456789 _-.,"[..n].to_string();
        for other in ["日", "\u{100}", "\u{FFFF}", "😀", "\u{10FFFF}", "é日", "\\\\日"] {
            let items: Vec<String> = (0..=40).map(|n| format!("{{\"{}{other}\":\"{}{other}{}ü\"}}", word(n % 7), word(n), word(40 - n))).collect();
            for start in 0..20 {
                let json = format!("[{}]", items[start..].join(","));
                let expected: serde_json::Value = serde_json::from_str(&json).unwrap();
                let converted = JsText::from_json(json.clone());
                let JsText::Latin1(bytes) = &converted else { panic!("{other:?}: not one byte") };
                assert!(bytes.len() <= json.len() + json.len() / 4);
                assert_eq!(json_of(&converted), expected, "{other:?} from {start}");
            }
        }
    }

    #[test]
    fn json_that_escapes_cannot_keep_as_it_is_stays_utf16() {
        let cases = [
            // A character beyond U+00FF after an odd run of backslashes: not valid JSON, and its
            // escape would make it valid.
            "{\"a\":\"x\\日\"}".to_string(),
            "{\"a\":\"x\\\\\\日\"}".to_string(),
            // Mostly such characters: escapes would take more than a quarter more.
            format!("{{\"a\":\"{}\"}}", "日本語".repeat(100)),
            // Not shaped as an object or an array (a cut-off body, a page).
            format!("{{\"a\":\"{}日", "x".repeat(100)),
            format!("<p>{}日</p>", "x".repeat(100)),
        ];
        for text in cases {
            let JsText::Utf16(units) = JsText::from_json(text.clone()) else { panic!("{text:?}: escaped") };
            assert_eq!(String::from_utf16(&units).unwrap(), text);
        }
        // Text with nothing beyond U+00FF converts as any text.
        assert_eq!(JsText::from_json("[\"café\"]".into()), JsText::from_text("[\"café\"]".into()));
    }

    #[test]
    fn other_text_is_utf16_with_surrogate_pairs() {
        let text = "日本 😀";
        let JsText::Utf16(units) = JsText::from_text(text.into()) else { panic!("not UTF-16") };
        assert_eq!(String::from_utf16(&units).unwrap(), text);
        assert_eq!(units.len(), 5);
    }
}
