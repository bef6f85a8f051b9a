//! Every user-visible string, Danish first, English second. Danish texts follow the guide
//! (`shared/guide/GUIDE.md`); English texts follow its glosses.

use crate::core::settings::Lang;

macro_rules! texts {
    ($($key:ident => $da:expr, $en:expr;)*) => {
        /// A key for one user-visible text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T { $($key),* }

        impl T {
            /// Every key, so tests can check that no text is empty.
            pub const ALL: &'static [T] = &[$(T::$key),*];
        }

        /// The text for `key` in `lang`.
        pub fn tr(lang: Lang, key: T) -> &'static str {
            match (key, lang) {
                $((T::$key, Lang::Da) => $da, (T::$key, Lang::En) => $en,)*
            }
        }
    };
}

texts! {
    AppName => "Jobbesøg", "Jobbesøg";
    SkipToContent => "Gå til indhold", "Skip to content";
    MainNav => "Hovedmenu", "Main menu";
    NavOverview => "Overblik", "Overview";
    NavSettings => "Indstillinger", "Settings";

    HomeTitle => "Dit forløb", "Your programme";
    HomeIntro =>
        "Du og din makker besøger hinanden på jobbet. Den ene er vært og gennemfører en \
         ledelsesaktivitet, den anden er gæst og observerer som en flue på væggen — og så \
         bytter I.",
        "You and your partner visit each other at work. One is host and runs a leadership \
         activity, the other is guest and observes as a fly on the wall — then you swap.";
    HomePrivacy =>
        "Dine data bliver på din telefon, indtil du selv deler dem med din makker.",
        "Your data stays on your phone until you share it with your partner yourself.";
    TimelineTitle => "Året", "The year";
    MonthFeb => "Februar", "February";
    MonthMar => "Marts", "March";
    MonthApr => "April", "April";
    MonthMay => "Maj", "May";
    PhaseFeb => "Aftaler", "Agreements";
    PhaseMar => "Jobbesøg 1", "Job visit 1";
    PhaseApr => "Jobbesøg 2", "Job visit 2";
    PhaseMay => "Fælles opsamling", "Joint wrap-up";
    PhaseFebText =>
        "I aftaler tid og sted for de to jobbesøg.",
        "You agree time and place for the two visits.";
    PhaseMarText =>
        "Jobbesøg og fælles læringsrefleksion med en af jer som vært.",
        "Visit and joint learning reflection with one of you as host.";
    PhaseAprText =>
        "Jobbesøg og fælles læringsrefleksion med den anden som vært.",
        "Visit and joint learning reflection with the other as host.";
    PhaseMayText =>
        "Fælles opsamling mellem 2 besøgspar. Det er vigtigt, at jobbesøgene er gennemført \
         inden.",
        "Joint wrap-up between 2 visit pairs. The visits must be done before it.";

    SettingsTitle => "Indstillinger", "Settings";
    LanguageLabel => "Sprog", "Language";
    SettingsSaved => "Gemt.", "Saved.";
    SettingsNotSaved =>
        "Valget kunne ikke gemmes, fordi browserens lager ikke er tilgængeligt (måske privat \
         browsing). Det gælder, indtil du lukker appen.",
        "The choice could not be saved because the browser's storage is unavailable (private \
         browsing?). It applies until you close the app.";

    NotFoundTitle => "Siden findes ikke", "Page not found";
    NotFoundText =>
        "Adressen passer ikke til nogen side i Jobbesøg.",
        "The address matches no page in Jobbesøg.";
    NotFoundBack => "Gå til overblikket", "Go to the overview";

    UpdateReady => "Ny version", "New version";
    UpdateReload => "genindlæs", "reload";
}

#[cfg(test)]
mod tests {
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
}
