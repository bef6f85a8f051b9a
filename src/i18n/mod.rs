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

    WelcomeTitle => "Velkommen til Jobbesøg", "Welcome to Jobbesøg";
    YourName => "Dit navn", "Your name";
    PartnerName => "Din makkers navn", "Your partner's name";
    FirstHostLegend => "Hvem er vært ved jobbesøg 1 i marts?", "Who hosts job visit 1 in March?";
    HostMe => "Mig", "Me";
    HostPartner => "Min makker", "My partner";
    Start => "Kom i gang", "Get started";
    NamesMissing =>
        "Skriv både dit og din makkers navn for at komme i gang.",
        "Write both your name and your partner's to get started.";
    InstallTitle => "Læg appen på hjemmeskærmen", "Put the app on your home screen";
    InstallIos =>
        "På iPhone: tryk på Del-knappen i Safari, og vælg Føj til hjemmeskærm.",
        "On iPhone: tap the Share button in Safari and choose Add to Home Screen.";
    InstallAndroid =>
        "På Android: åbn browserens menu (⋮), og vælg Installer app.",
        "On Android: open the browser's menu (⋮) and choose Install app.";
    InstallWhy =>
        "En app på hjemmeskærmen åbner uden net og beholder sine data mest sikkert.",
        "An app on the home screen opens without a network and keeps its data safest.";
    PairTitle => "Makkerpar", "Pair";
    NextTitle => "Næste skridt", "Next step";
    NextPair => "Skriv navnene og vælg, hvem der er vært først", "Write the names and choose who hosts first";
    NextWrapUp => "Fælles opsamling i maj", "Joint wrap-up in May";
    Host => "Vært", "Host";
    Guest => "Gæst", "Guest";
    StepsTitle => "Trinene", "The steps";
    StepLater => "Udfyldes her i en kommende version af appen.", "To be filled in here in a coming version of the app.";
    StepActivity => "Valg af ledelsesaktivitet", "Choice of leadership activity";
    StepAgreements => "Aftaler om tid og sted", "Agreements on time and place";
    StepAlignment => "Forventningsafstemning", "Expectation alignment";
    StepIntended => "Intenderet ledelse", "Intended leadership";
    StepObservation => "Observation", "Observation";
    StepPerceived => "Opfattet ledelse", "Perceived leadership";
    StepReflection => "Fælles læringsrefleksion", "Joint learning reflection";
    StatusNotStarted => "Ikke startet", "Not started";
    StatusInProgress => "I gang", "In progress";
    StatusDone => "Færdig", "Done";
    Loading => "Henter dine data …", "Loading your data …";
    Saving => "Gemmer …", "Saving …";
    Saved => "Gemt", "Saved";
    ProblemUnavailable =>
        "Appen kan ikke gemme på denne telefon: browserens lager er slået fra (måske privat \
         browsing). Det, du skriver, gælder kun, til du lukker appen. Åbn appen i et \
         almindeligt vindue for at gemme.",
        "The app cannot save on this phone: the browser's storage is off (private browsing?). \
         What you write lasts only until you close the app. Open it in a normal window to save.";
    ProblemFull =>
        "Telefonens lager er fuldt, så det seneste blev ikke gemt. Frigør plads, og skriv \
         igen.",
        "The phone's storage is full, so the latest change was not saved. Free some space and \
         write it again.";
    ProblemTooNew =>
        "Dine data er gemt af en nyere version af Jobbesøg. Genindlæs appen for at få den nye \
         version. Dine data er ikke ændret.",
        "Your data was saved by a newer version of Jobbesøg. Reload the app to get the new \
         version. Your data is unchanged.";
    ProblemFailed =>
        "Det seneste blev ikke gemt. Prøv igen; hjælper det ikke, så genindlæs appen.",
        "The latest change was not saved. Try again; if that does not help, reload the app.";
    PersistTitle => "Lagring", "Storage";
    PersistYes => "Browseren har lovet at beholde dine data.", "The browser has promised to keep your data.";
    PersistNo =>
        "Browseren har ikke lovet at beholde dine data: de kan blive slettet, hvis telefonen \
         mangler plads, eller hvis appen ikke bruges i en periode. Læg appen på \
         hjemmeskærmen, og eksportér jævnligt.",
        "The browser has not promised to keep your data: it may be deleted when the phone runs \
         out of space or the app goes unused for a while. Put the app on your home screen and \
         export regularly.";

    UpdateReady => "Ny version", "New version";
    UpdateReload => "genindlæs", "reload";
}

use crate::core::status::{Status, Step};

/// The guide's name of a visit step.
pub fn step_name(step: Step) -> T {
    match step {
        Step::Activity => T::StepActivity,
        Step::Agreements => T::StepAgreements,
        Step::Alignment => T::StepAlignment,
        Step::Intended => T::StepIntended,
        Step::Observation => T::StepObservation,
        Step::Perceived => T::StepPerceived,
        Step::Reflection => T::StepReflection,
    }
}

/// A step's status in words.
pub fn status_name(status: Status) -> T {
    match status {
        Status::NotStarted => T::StatusNotStarted,
        Status::InProgress => T::StatusInProgress,
        Status::Done => T::StatusDone,
    }
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
