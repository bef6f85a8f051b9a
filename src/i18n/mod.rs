//! Every user-visible string, Danish first, English second. Danish texts follow the guide
//! (`shared/guide/GUIDE.md`); English texts follow its glosses.

use crate::core::settings::Lang;

pub mod sharing;
pub mod wrap_up;

/// A table of texts: `enum $T` of keys and `fn $tr(lang, key)`. One table per part of
/// the app that ships apart: a table is data in the wasm that uses it, whole.
macro_rules! texts {
    ($T:ident, $tr:ident; $($key:ident => $da:expr, $en:expr;)*) => {
        /// A key for one user-visible text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $T { $($key),* }

        impl $T {
            /// Every key, so tests can check that no text is empty.
            pub const ALL: &'static [$T] = &[$($T::$key),*];
        }

        /// Every text, Danish and English, in the order of the keys.
        static TEXTS: &[[&str; 2]] = &[$([$da, $en]),*];

        /// The text for `key` in `lang`. A table, not a match: smaller in the wasm.
        pub fn $tr(lang: Lang, key: $T) -> &'static str {
            let column = match lang {
                Lang::Da => 0,
                Lang::En => 1,
            };
            TEXTS[key as usize][column]
        }
    };
}
pub(crate) use texts;

texts! { T, tr;
    AppName => "Jobbesøg", "Jobbesøg";
    SkipToContent => "Gå til indhold", "Skip to content";
    MainNav => "Hovedmenu", "Main menu";
    NavOverview => "Overblik", "Overview";
    NavSettings => "Indstillinger", "Settings";

    HomeTitle => "Dit forløb", "Your programme";
    ShareTitle => "Del med din makker", "Share with your partner";
    LastExported => "Sidst eksporteret:", "Last exported:";
    ExportedNever => "aldrig", "never";
    ExportedToday => "i dag", "today";
    ShareReminder =>
        "Husk at dele med din makker, så I begge har det hele.",
        "Remember to share with your partner, so you both have all of it.";
    NotPersisted =>
        "Browseren har ikke lovet at gemme dine data: de kan slettes efter uger uden brug. \
         Føj appen til hjemmeskærmen, og del jævnligt med din makker.",
        "The browser has not promised to keep your data: it may be deleted after weeks \
         without use. Add the app to the home screen, and share with your partner often.";
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

    // §1
    CritLead => "Vælg en aktivitet,", "Choose an activity";
    Crit1 => "hvor du som vært skal stå på tæer", "where you as host must be on your toes";
    Crit2 =>
        "hvor du er nysgerrig på, hvordan andre opfatter din ledelse",
        "where you are curious how others perceive your leadership";
    Crit3 =>
        "hvor du afprøver nye ledelsesmæssige strategier",
        "where you try out new leadership strategies";
    Crit4 =>
        "hvor du indgår i grænsekrydsende samarbejde",
        "where you take part in boundary-crossing collaboration";
    ScopeTitle => "Omfang", "Scope";
    ScopeText =>
        "et helt møde eller lige præcis den aktivitet, hvor der er mest på spil for dig som vært",
        "a whole meeting, or exactly the activity where the most is at stake for you as host";
    ExamplesTitle => "Eksempler", "Examples";
    ExamplesHint => "Tryk på et eksempel for at bruge det som titel.", "Tap an example to use it as the title.";
    Ex1 => "et møde i en af de strategiske styregrupper", "a meeting in one of the strategic steering groups";
    Ex2 =>
        "aktiviteter i en arbejdsgruppe hvor du leder en grænsekrydsende opgave",
        "activities in a working group where you lead a boundary-crossing task";
    Ex3 =>
        "ledelse af en tværgående indsats med direktørgruppen som opgavestiller",
        "leading a cross-cutting effort commissioned by the group of directors";
    Ex4 =>
        "en aktivitet hvor du indgår i et grænsekrydsende samarbejde f.eks. 'fælles om nye løsninger', 'værdi for og med borgerne' eller …",
        "an activity of boundary-crossing collaboration, e.g. 'together on new solutions', 'value for and with the citizens' or …";
    ActivityTitle => "Titel", "Title";
    ActivityDescription => "Beskrivelse", "Description";

    // §2
    AgreeVisit => "Jobbesøget", "The job visit";
    Date => "Dato", "Date";
    From => "Fra kl.", "From";
    To => "Til kl.", "To";
    Place => "Sted", "Place";
    AddToCalendar => "Føj til kalender", "Add to calendar";
    CalendarMissing =>
        "Skriv dato og tidspunkt for jobbesøget eller refleksionen først.",
        "Write the date and time of the visit or the reflection first.";
    WarnNotMarch => "Ifølge guiden ligger jobbesøg 1 i marts.", "In the guide, job visit 1 is in March.";
    WarnNotApril => "Ifølge guiden ligger jobbesøg 2 i april.", "In the guide, job visit 2 is in April.";
    WarnAfterWrapUp =>
        "Det er vigtigt, at jobbesøgene er gennemført inden den fælles opsamling i maj.",
        "The visits must be done before the joint wrap-up in May.";

    // §3
    AlignIntro =>
        "Gæst og vært informerer om aktiviteten og afstemmer rammen før hvert jobbesøg",
        "Guest and host inform about the activity and align the frame before each visit";
    AnyoneWrites => "I kan begge skrive svarene.", "Either of you can write the answers.";
    Q1 =>
        "Hvad er formålet med aktiviteten, og hvem deltager i aktiviteten?",
        "What is the purpose of the activity, and who takes part?";
    Q2 =>
        "Hvordan skal gæsten præsenteres for deltagerne før og under aktiviteten?",
        "How is the guest to be introduced to the participants before and during the activity?";
    Q3 =>
        "Hvad er værtens ledelsesopgave i aktiviteten, og hvad er værtens læringsfokus?",
        "What is the host's leadership task in the activity, and what is the host's learning focus?";
    Q4 =>
        "Er der noget konkret under aktiviteten, som værten ønsker at gæsten særligt lægger mærke til (fx reaktioner, relationer, modstand mm.)?",
        "Is there something concrete the host wants the guest to notice especially (e.g. reactions, relations, resistance)?";
    Q5 =>
        "Hvad vil gæst og vært hver især og sammen blive klogere på ift. ledelse og grænsekrydsende samarbejde?",
        "What do guest and host each, and together, want to learn about leadership and boundary-crossing collaboration?";
    Q6 =>
        "Hvordan er gæst og vært overfor hinanden under besøget, så besøget bliver en god oplevelse for begge?",
        "How do guest and host behave toward each other during the visit, so that it is a good experience for both?";
    FocusTitle => "Fokuspunkter", "Focus points";
    FocusHint =>
        "Korte punkter fra spørgsmål 4, som gæsten kan markere med ét tryk under besøget.",
        "Short points from question 4 that the guest can mark with one tap during the visit.";
    FocusNew => "Nyt fokuspunkt", "New focus point";
    FocusAdd => "Tilføj", "Add";
    FocusRemove => "Fjern", "Remove";
    FocusPoint => "Fokuspunkt", "Focus point";

    // §4
    StepRoles => "Jeres roller under jobbesøgene", "Your roles during the visits";
    RoleHost1 => "Præsenter gæsten for deltagerne i aktiviteten.", "Introduce the guest to the participants.";
    RoleHost2 =>
        "Planlæg og gennemfør aktiviteten præcis som du tænker er bedst.",
        "Plan and run the activity exactly as you think best.";
    RoleHost3 =>
        "Vær dig selv og vær nysgerrig på gæstens iagttagelser. Husk, at det er iagttagelser af et øjebliksbillede.",
        "Be yourself and be curious about the guest's observations. Remember they are observations of a snapshot.";
    RoleGuest1 =>
        "Vær respektfuld og anerkendende over for din kollegas praksis.",
        "Be respectful and appreciative of your colleague's practice.";
    RoleGuest2 =>
        "Under aktiviteten er du \"en flue på væggen\". Vær nysgerrig under dine observationer og IKKE vurderende og dømmende.",
        "During the activity you are \"a fly on the wall\". Be curious in your observations and NOT evaluative or judgmental.";
    RoleGuest3 =>
        "Vær også opmærksom på din egen læring under aktiviteten.",
        "Also pay attention to your own learning during the activity.";

    // §6
    ModelTitle => "Intenderet, faktisk og opfattet ledelse", "Intended, actual and perceived leadership";
    ModelChain =>
        "Intenderet ledelse → Faktisk ledelse → Opfattet ledelse → Andres adfærd → Målopfyldelse",
        "Intended leadership → Actual leadership → Perceived leadership → Others' behaviour → Goal attainment";
    ModelText =>
        "Den ledelse, du vil udøve, er ikke altid den, du faktisk udøver, og andre opfatter den på deres egen måde — og det er deres opfattelse, der former, hvad de gør, og om målet nås. Skriv her før besøget, hvad du vil. Gæsten skriver bagefter, hvad gæsten så, og i refleksionen lægger I de to ved siden af hinanden.",
        "The leadership you intend is not always the leadership you exercise, and others perceive it in their own way — and it is their perception that shapes what they do and whether the goal is reached. Write here before the visit what you intend. The guest writes afterwards what the guest saw, and in the reflection you put the two side by side.";
    ModelQuestion =>
        "Er der overensstemmelse mellem den ledelse som lederen intenderer at udøve og den ledelse som andre opfatter, at lederen udøver?",
        "Is there agreement between the leadership the leader intends to exercise and the leadership others perceive the leader to exercise?";
    StyleVision => "Visionsledelse", "Vision leadership";
    StyleRecognition => "Betinget anerkendelse", "Contingent recognition";
    StyleData => "Data-informeret ledelse", "Data-informed leadership";
    StyleDistributed => "Distribueret ledelse", "Distributed leadership";
    StyleRelations => "Relationsskabende ledelse", "Relation-building leadership";
    EmphasisHint =>
        "Hvor meget vil jeg bruge den i denne aktivitet? 0 = slet ikke, 4 = meget.",
        "How much do I intend to use it in this activity? 0 = not at all, 4 = a lot.";
    IntendText => "Hvad vil jeg gøre?", "What do I intend to do?";
    BackToVisit => "Tilbage til besøget", "Back to the visit";

    // During the visit: the guest's notes, and §6 perceived.
    ObserveNow => "Observér nu", "Observe now";
    ObserveReminder =>
        "Flue på væggen: nysgerrig, ikke vurderende.",
        "Fly on the wall: curious, not judging.";
    NoteText => "Hvad ser og hører du?", "What do you see and hear?";
    NoteWonder => "Jeg undrer mig over…", "I wonder about…";
    NoteMarkers => "Markér noten", "Mark the note";
    TagReactions => "Reaktioner", "Reactions";
    TagRelations => "Relationer", "Relations";
    TagResistance => "Modstand", "Resistance";
    TagQuote => "Citat", "Quote";
    TagVision => "Vision", "Vision";
    TagRecognition => "Anerkendelse", "Recognition";
    TagData => "Data", "Data";
    TagDistributed => "Distribueret", "Distributed";
    TagRelationBuilding => "Relationsskabende", "Relation-building";
    NoteNew => "Ny note", "New note";
    NoteDelete => "Slet note", "Delete note";
    NoteDeleted => "Noten er slettet.", "The note is deleted.";
    Undo => "Fortryd", "Undo";
    NotesTitle => "Dine noter", "Your notes";
    NotesNone => "Ingen noter endnu.", "No notes yet.";
    JudgingLead => "Vurderende ord:", "Judging words:";
    JudgingHint =>
        "Beskriv hellere, hvad du så eller hørte.",
        "Rather describe what you saw or heard.";
    PerceivedSnapshot =>
        "Det er dine iagttagelser af et øjebliksbillede — ikke medarbejdernes opfattelse.",
        "These are your observations of a snapshot — not the employees' perception.";
    PerceiveHint =>
        "Hvor meget så du lederen bruge den? 0 = slet ikke, 4 = meget.",
        "How much did you see the leader use it? 0 = not at all, 4 = a lot.";
    PerceiveText => "Hvad så og hørte jeg?", "What did I see and hear?";
    Evidence => "Noter markeret med stilen", "Notes marked with the style";

    // §5 the joint reflection, and §6 side by side.
    Writer => "Hvem skriver?", "Who is writing?";
    WrittenBy => "Skrevet af", "Written by";
    ReflectHostTitle => "1. Værten fortæller", "1. The host tells";
    ReflectHostIntro =>
        "Værten fortæller om sin oplevelse af egen ledelse.",
        "The host tells of their experience of their own leadership.";
    HostQ1 => "Hvad lykkes jeg med?", "What did I succeed with?";
    HostQ2 => "Hvad var svært?", "What was hard?";
    HostQ3 => "Hvad blev jeg overrasket over?", "What surprised me?";
    HostQ4 => "Hvad kunne være gjort anderledes?", "What could have been done differently?";
    ReflectGuestTitle => "2. Gæsten fortæller", "2. The guest tells";
    ReflectGuestIntro =>
        "Gæsten fortæller om sine observationer.",
        "The guest tells of their observations.";
    GuestNotes => "Gæstens noter", "The guest's notes";
    GuestQ1 => "Hvad så jeg?", "What did I see?";
    GuestQ2 => "Hvad virkede godt?", "What worked well?";
    GuestQ3 => "Hvad undrede jeg mig over?", "What did I wonder about?";
    GuestQ4 => "Hvad ville der ske, hvis du gjorde…?", "What would happen if you did…?";
    ReflectSharedTitle => "3. Sammen", "3. Together";
    SharedQuestion =>
        "Hvad blev vi klogere på om udøvelse af ledelse, og hvilke nye muligheder giver det hver af os i egen ledelse og grænsekrydsende samarbejde?",
        "What did we learn about exercising leadership, and what new possibilities does that give each of us in our own leadership and boundary-crossing collaboration?";
    CompareTitle => "Intenderet og opfattet ledelse", "Intended and perceived leadership";
    CompareSnapshot =>
        "Den opfattede ledelse er gæstens iagttagelser af et øjebliksbillede — ikke medarbejdernes opfattelse.",
        "The perceived leadership is the guest's observations of a snapshot — not the employees' perception.";
    CompareWait =>
        "Gæsten vurderer først sin opfattede ledelse. Så ser I intenderet og opfattet samtidig, og gæstens blik farves ikke af værtens hensigt.",
        "The guest first rates the perceived leadership. Then you see intended and perceived together, and the guest's view is not coloured by the host's intention.";
    CompareReveal => "Vis intenderet og opfattet ledelse", "Show intended and perceived leadership";
    Intended => "Intenderet", "Intended";
    Perceived => "Opfattet", "Perceived";
    IntendedLower => "intenderet", "intended";
    PerceivedLower => "opfattet", "perceived";
    NotRated => "ikke vurderet", "not rated";
    LargestGap => "Størst forskel", "Largest difference";
    SameOn => "Samme vurdering", "Same rating";
    Of => "af", "of";
    AgreeAll =>
        "Intenderet og opfattet ledelse er ens for alle fem stile.",
        "Intended and perceived leadership are the same for all five styles.";
    IntendedMissing =>
        "Værten har ikke vurderet alle fem stile endnu (§6 Intenderet ledelse).",
        "The host has not rated all five styles yet (§6 Intended leadership).";

    UpdateReady => "Ny version", "New version";
    UpdateReload => "genindlæs", "reload";
}

mod names;
pub use names::{
    status_name, step_name, CRITERIA, EXAMPLES, GUEST_QUESTIONS, HOST_QUESTIONS, QUESTIONS, STYLES,
};
mod verdict;
pub use verdict::{rating, style_name, verdict_text};

#[cfg(test)]
mod tests;
