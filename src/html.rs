//! Writing HTML for the screens (`screens`, `forms`): texts escaped, tags as written
//! here. Pure Rust, tested natively.

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

    /// `<tag class="…">text</tag>`
    pub fn el(&mut self, tag: &str, class: &str, key: T) -> &mut Self {
        self.raw("<").raw(tag);
        if !class.is_empty() {
            self.raw(" class=\"").raw(class).raw("\"");
        }
        self.raw(">").t(key).raw("</").raw(tag).raw(">")
    }

    /// A labelled text field (`kind`: text, date, time, or textarea) with `data-key`.
    pub fn field(&mut self, kind: &str, key: &str, label: T, hint: Option<T>, value: &str) {
        let id = format!("f-{key}");
        self.raw("<div class=\"field\"><label for=\"")
            .raw(&id)
            .raw("\">")
            .t(label)
            .raw("</label>");
        let described = match hint {
            Some(h) => {
                self.raw("<p class=\"hint\" id=\"")
                    .raw(&id)
                    .raw("-hint\">")
                    .t(h)
                    .raw("</p>");
                format!(" aria-describedby=\"{id}-hint\"")
            }
            None => String::new(),
        };
        let common = format!("id=\"{id}\" data-key=\"{key}\"{described}");
        if kind == "textarea" {
            self.raw("<textarea rows=\"3\" ")
                .raw(&common)
                .raw(">")
                .text(value)
                .raw("</textarea>");
        } else {
            self.raw("<input type=\"")
                .raw(kind)
                .raw("\" ")
                .raw(&common)
                .raw(" value=\"")
                .text(value)
                .raw("\">");
        }
        self.raw("</div>");
    }

    /// A checkbox or radio with `data-key` (and `value` for a radio).
    pub fn choice(&mut self, kind: &str, key: &str, value: &str, label: &str, checked: bool) {
        self.raw("<label class=\"choice\"><input type=\"")
            .raw(kind)
            .raw("\" name=\"")
            .raw(key)
            .raw("\" data-key=\"")
            .raw(key)
            .raw("\" value=\"")
            .raw(value)
            .raw("\"")
            .raw(if checked { " checked" } else { "" })
            .raw("><span>")
            .text(label)
            .raw("</span></label>");
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

    #[test]
    fn a_field_is_labelled_and_described() {
        let mut h = Html::new(Lang::Da);
        h.field("text", "a.b", T::ActivityTitle, Some(T::ScopeText), "x\"y");
        assert_eq!(
            h.out,
            "<div class=\"field\"><label for=\"f-a.b\">Titel</label>\
             <p class=\"hint\" id=\"f-a.b-hint\">et helt møde eller lige præcis den aktivitet, \
             hvor der er mest på spil for dig som vært</p><input type=\"text\" id=\"f-a.b\" \
             data-key=\"a.b\" aria-describedby=\"f-a.b-hint\" value=\"x&quot;y\"></div>"
        );
    }
}
