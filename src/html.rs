//! Writing HTML for the screens the exchange worker still draws (`sharing`, `summary`):
//! texts escaped, tags as written here. Pure Rust, tested natively.

use crate::core::settings::Lang;
use crate::i18n::{tr, T};

/// Text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// HTML being written: texts go in escaped, tags as written here.
pub struct Html {
    pub out: String,
    pub lang: Lang,
}

impl Html {
    pub fn new(lang: Lang) -> Html {
        Html {
            out: String::new(),
            lang,
        }
    }

    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.out.push_str(s);
        self
    }

    pub fn text(&mut self, s: &str) -> &mut Self {
        self.out.push_str(&escape(s));
        self
    }

    pub fn t(&mut self, key: T) -> &mut Self {
        let s = tr(self.lang, key);
        self.text(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_that_could_end_a_tag_or_an_attribute_is_escaped() {
        assert_eq!(
            escape("<a href=\"x\" title='y'>&</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }
}
