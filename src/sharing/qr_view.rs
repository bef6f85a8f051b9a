//! The QR steps of the exchange screen (issue 8): the codes shown, and the camera's view
//! with how many parts have come. The page animates the code and feeds the camera's
//! frames to the worker (`public/exchange.js`); what is drawn here stays put meanwhile.

use crate::core::settings::Lang;
use crate::html::Html;
use crate::i18n::sharing::{tx, X};

/// How fast the codes change (codes a second): the least, the default and the most the
/// slider offers. Each change turns a large part of the screen from dark to light and
/// back: WCAG 2.3.1 allows three flashes a second, so the screen starts at 3 and says
/// so before the user goes faster (README, "Flashing"). At 3 a 6 KB visit takes about
/// 15 s; at 15 about 3 s (BENCHMARKS.md: 2.2–2.4 KB/s). Reduced motion starts at 1.
pub const SPEED: (u32, u32, u32) = (1, 3, 20);

/// The animated code: an SVG the page fills with one code after the other.
pub fn showing(h: &mut Html, lang: Lang, parts: usize, sealed: bool) {
    let x = |key| tx(lang, key);
    h.raw("<h2 tabindex=\"-1\" data-focus>")
        .text(x(X::QrTitle))
        .raw("</h2><p>")
        .text(x(X::QrText))
        .raw("</p>");
    let count = if parts == 1 {
        x(X::QrOne).to_string()
    } else {
        format!("{parts} {}", x(X::QrParts))
    };
    h.raw("<figure class=\"qr\"><svg viewBox=\"0 0 29 29\" role=\"img\" data-testid=\"qr-code\" data-qr data-parts=\"")
        .raw(&parts.to_string())
        .raw("\" aria-label=\"")
        .text(&format!("{}, {count}", x(X::QrCode)))
        .raw("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"\"/></svg><figcaption>")
        .text(&count)
        .raw("</figcaption></figure>");
    if sealed {
        h.raw("<p class=\"hint\">")
            .text(x(X::QrSealedHint))
            .raw("</p>");
    }
    if parts > 1 {
        let (min, default, max) = SPEED;
        h.raw("<div class=\"field\"><label for=\"speed\">")
            .text(x(X::QrSpeed))
            .raw(&format!(
                ": <output for=\"speed\">{default}</output></label><input type=\"range\" \
                 id=\"speed\" name=\"speed\" min=\"{min}\" max=\"{max}\" value=\"{default}\" aria-describedby=\"speed-hint\"></div>"
            ))
            .raw("<p class=\"hint\" id=\"speed-hint\">")
            .text(x(X::QrFlashHint))
            .raw("</p>")
            .raw("<button type=\"button\" class=\"secondary\" data-action=\"pause\" aria-pressed=\"false\">")
            .text(x(X::Pause))
            .raw("</button>");
    }
}

/// The camera's view and the parts received so far.
pub fn scanning(h: &mut Html, lang: Lang, received: usize, needed: usize) {
    let x = |key| tx(lang, key);
    h.raw("<h2 tabindex=\"-1\" data-focus>")
        .text(x(X::ScanTitle))
        .raw("</h2><p>")
        .text(x(X::ScanText))
        .raw("</p><div class=\"scan\"><video data-scan playsinline muted autoplay aria-label=\"")
        .text(x(X::Camera))
        .raw("\"></video></div><label for=\"qr-progress\">")
        .text(x(X::ScanProgress))
        .raw("</label><progress id=\"qr-progress\" data-testid=\"qr-progress\" max=\"")
        .raw(&needed.max(1).to_string())
        .raw("\" value=\"")
        .raw(&received.to_string())
        .raw("\"></progress><p role=\"status\" data-testid=\"qr-count\">");
    if needed == 0 {
        h.text(x(X::ScanWaiting));
    } else {
        h.text(&count(lang, received, needed));
    }
    h.raw("</p>");
}

/// "12 af 30 dele".
pub fn count(lang: Lang, received: usize, needed: usize) -> String {
    let x = |key| tx(lang, key);
    format!("{received} {} {needed} {}", x(X::Of), x(X::QrParts))
}
