//! Text in the form V8 stores it: one byte per character (Latin-1) when every character
//! fits, else UTF-16. A long reply converted here, off the JavaScript thread, becomes a
//! JavaScript string without that thread decoding its UTF-8 (the largest cost of a big JSON
//! reply there, more than `JSON.parse`).

use super::buffers::{BYTES, UNITS};

fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
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
    /// `text` in V8's form: ASCII as it is (no conversion), else Latin-1 or UTF-16, in a
    /// buffer of exactly the room needed (or a kept one, see [`super::buffers`]); the
    /// buffer of `text` is then kept for a later reply.
    pub fn from_text(text: String) -> JsText {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return JsText::Latin1(text.into_bytes());
        }
        // In UTF-8, the characters up to U+00FF are the bytes below 0xC4 (ASCII, the lead
        // bytes 0xC2 and 0xC3 and continuation bytes); every other character has a lead byte
        // of 0xC4 or more.
        let converted = if bytes.iter().all(|&b| b < 0xC4) {
            let mut latin1 = BYTES.take(bytes.iter().filter(|&&b| !is_continuation(b)).count());
            let mut i = 0;
            while i < bytes.len() {
                let b = bytes[i];
                if b < 0x80 {
                    latin1.push(b);
                    i += 1;
                } else {
                    latin1.push(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                    i += 2;
                }
            }
            JsText::Latin1(latin1)
        } else {
            // One code unit a character, two for a character of four bytes (a surrogate pair).
            let units = bytes.iter().map(|&b| usize::from(!is_continuation(b)) + usize::from(b >= 0xF0)).sum();
            let mut utf16 = UNITS.take(units);
            utf16.extend(text.encode_utf16());
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
    fn other_text_is_utf16_with_surrogate_pairs() {
        let text = "日本 😀";
        let JsText::Utf16(units) = JsText::from_text(text.into()) else { panic!("not UTF-16") };
        assert_eq!(String::from_utf16(&units).unwrap(), text);
        assert_eq!(units.len(), 5);
    }
}
