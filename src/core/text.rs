//! Text in the form V8 stores it: one byte per character (Latin-1) when every character
//! fits, else UTF-16. A long reply converted here, off the JavaScript thread, becomes a
//! JavaScript string without that thread decoding its UTF-8 (the largest cost of a big JSON
//! reply there, more than `JSON.parse`), and without a copy where Node has external strings.

/// A text as V8 stores it.
#[derive(Debug, PartialEq, Eq)]
pub enum JsText {
    /// Every character is U+0000..=U+00FF: one byte each.
    Latin1(Vec<u8>),
    /// UTF-16 code units.
    Utf16(Vec<u16>),
}

impl JsText {
    /// `text` in V8's form: ASCII as it is (no conversion), else Latin-1 or UTF-16.
    pub fn from_text(text: String) -> JsText {
        if text.is_ascii() {
            return JsText::Latin1(text.into_bytes());
        }
        if text.chars().all(|c| u32::from(c) <= 0xFF) {
            return JsText::Latin1(text.chars().map(|c| u32::from(c) as u8).collect());
        }
        JsText::Utf16(text.encode_utf16().collect())
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
    fn other_text_is_utf16_with_surrogate_pairs() {
        let text = "日本 😀";
        let JsText::Utf16(units) = JsText::from_text(text.into()) else { panic!("not UTF-16") };
        assert_eq!(String::from_utf16(&units).unwrap(), text);
        assert_eq!(units.len(), 5);
    }
}
