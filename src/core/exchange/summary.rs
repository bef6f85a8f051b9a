//! The summary scope of the readable file: what the other pair gets in May.

use crate::core::model::{Note, Programme};

/// What the other pair sees of this pair's programme in May, and all that the summary
/// file carries: the names, who hosts, each activity's title, the notes starred for the
/// summary (their text only), the styles as rated (for the verdict), and what the pair
/// learnt together. No answers, no focus points, no time and place, no reflection but
/// the shared one, no unknown members.
pub fn summary_view(p: &Programme) -> Programme {
    let mut out = Programme::default();
    out.me.id = p.me.id.clone();
    out.me.name = p.me.name.clone();
    out.partner.id = p.partner.id.clone();
    out.partner.id_confirmed = p.partner.id_confirmed;
    out.partner.name = p.partner.name.clone();
    for (to, from) in out.visits.iter_mut().zip(&p.visits) {
        to.host = from.host.clone();
        to.activity.title = from.activity.title.clone();
        to.notes = from
            .live_notes()
            .filter(|n| n.starred.value)
            .map(|n| Note {
                text: n.text.clone(),
                starred: n.starred.clone(),
                ..Note::new(n.id.clone(), n.created)
            })
            .collect();
        for (to, from) in [
            (&mut to.intended, &from.intended),
            (&mut to.perceived, &from.perceived),
        ] {
            for (style, view) in &from.styles {
                to.styles.entry(*style).or_default().emphasis = view.emphasis.clone();
            }
        }
        to.reflection.shared = from.reflection.shared.clone();
    }
    out
}
