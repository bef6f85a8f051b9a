//! The texts: none empty, the guide's words where the guide has them.
use super::*;

#[test]
fn every_text_exists_in_both_languages() {
    for &key in T::ALL {
        for lang in Lang::ALL {
            assert!(
                !tr(lang, key).trim().is_empty(),
                "{key:?} is empty in {lang:?}"
            );
        }
    }
}

#[test]
fn the_timeline_uses_the_guides_words() {
    assert_eq!(tr(Lang::Da, T::PhaseMay), "Fælles opsamling");
    assert_eq!(
        tr(Lang::Da, T::PhaseMarText),
        "Jobbesøg og fælles læringsrefleksion med en af jer som vært."
    );
}

#[test]
fn the_update_prompt_says_new_version_reload() {
    let prompt = format!(
        "{} — {}",
        tr(Lang::Da, T::UpdateReady),
        tr(Lang::Da, T::UpdateReload)
    );
    assert_eq!(prompt, "Ny version — genindlæs");
}
