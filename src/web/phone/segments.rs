//! How many SMS segments a text takes, in the encoding it really needs: GSM 03.38's 7-bit
//! alphabet when every character is in it, UCS-2 otherwise (one "á" is enough).

/// GSM 03.38 basic character set (one septet each).
const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{1b}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table: each costs an escape plus the character (two septets).
const GSM_EXTENDED: &str = "^{}\\[~]|€\u{c}";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

pub fn encoding(text: &str) -> Encoding {
    if text
        .chars()
        .all(|c| GSM_BASIC.contains(c) || GSM_EXTENDED.contains(c))
    {
        Encoding::Gsm7
    } else {
        Encoding::Ucs2
    }
}

/// Segments of a message: 160 septets (or 70 UCS-2 units) fit in one; longer messages
/// are split into parts of 153 septets (67 units), the rest being the concatenation header.
pub fn segments(text: &str) -> usize {
    let (units, single, part) = match encoding(text) {
        Encoding::Gsm7 => (
            text.chars()
                .map(|c| if GSM_EXTENDED.contains(c) { 2 } else { 1 })
                .sum::<usize>(),
            160,
            153,
        ),
        Encoding::Ucs2 => (text.encode_utf16().count(), 70, 67),
    };
    match units {
        0 => 1,
        n if n <= single => 1,
        n => n.div_ceil(part),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_outside_gsm_force_ucs2_and_shrink_segments() {
        assert_eq!(encoding("Llama al 911. Niño, Señor"), Encoding::Gsm7);
        assert_eq!(
            encoding("Línea de ayuda"),
            Encoding::Ucs2,
            "í is not in GSM 03.38"
        );
        assert_eq!(segments(&"a".repeat(160)), 1);
        assert_eq!(segments(&"a".repeat(161)), 2);
        assert_eq!(segments(&"a".repeat(306)), 2);
        assert_eq!(segments(&"a".repeat(307)), 3);
        assert_eq!(segments(&"€".repeat(80)), 1, "160 septets");
        assert_eq!(segments(&"€".repeat(81)), 2);
        assert_eq!(segments(&"á".repeat(70)), 1);
        assert_eq!(segments(&"á".repeat(71)), 2);
        assert_eq!(segments(&"á".repeat(134)), 2);
        assert_eq!(segments(&"á".repeat(135)), 3);
        assert_eq!(segments("🙂"), 1, "two UTF-16 units");
    }
}
