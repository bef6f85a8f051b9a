//! A phone camera's view of another phone's QR codes, as a film for Chromium's fake
//! camera (`--use-file-for-fake-video-capture`): the end-to-end test and `make bench-qr`.

use jobbesoeg::core::qr::{camera_view, Code};

/// The codes as YUV4MPEG2, 640 × 480 at `fps` frames a second, each code held for two
/// frames (as a screen showing `fps / 2` codes a second), the code across 440 pixels,
/// softened and grainy. Chromium plays it in a loop.
pub fn film(codes: &[Code], fps: u32, path: &std::path::Path) -> std::io::Result<()> {
    let (w, h) = (640, 480);
    let mut out = format!("YUV4MPEG2 W{w} H{h} F{fps}:1 Ip A1:1 C420jpeg\n").into_bytes();
    for (i, code) in codes.iter().enumerate() {
        let scale = (440 / code.side()).max(1);
        let luma = camera_view(code, (w, h), scale, (1, 4), i as u64 + 1);
        for _ in 0..2 {
            out.extend_from_slice(b"FRAME\n");
            out.extend_from_slice(&luma);
            out.extend(std::iter::repeat_n(128u8, w * h / 2));
        }
    }
    std::fs::write(path, out)
}

/// Chromium's flags for a rear camera that plays `film` (and no permission prompt).
pub fn camera_flags(film: &std::path::Path) -> Vec<String> {
    vec![
        "--use-fake-device-for-media-stream".into(),
        "--use-fake-ui-for-media-stream".into(),
        format!("--use-file-for-fake-video-capture={}", film.display()),
    ]
}
