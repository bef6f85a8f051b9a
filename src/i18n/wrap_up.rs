//! The texts of the May wrap-up (`/opsamling`, `pages::wrap_up`), with the problems
//! its "Hent det andet makkerpars opsamling" can meet. A table of their own, in the
//! page's wasm; the exchange screen's are in the worker's (`sharing`), which says a
//! few of the same words.

use super::texts;
use crate::core::settings::Lang;

texts! { W, tw;
    ScopeVisit1 => "Jobbesøg 1", "Job visit 1";
    ScopeVisit2 => "Jobbesøg 2", "Job visit 2";
    FocusPoints => "fokuspunkter", "focus points";
    Untouched => "Dine data er ikke ændret.", "Your data is unchanged.";
    ErrTooLarge =>
        "Filen er over 10 MB. Det er ikke en fil fra Jobbesøg.",
        "The file is over 10 MB. It is not a Jobbesøg file.";
    ErrGarbage =>
        "Det er ikke en fil fra Jobbesøg, eller den er gået i stykker. Bed din makker om at sende den igen.",
        "This is not a Jobbesøg file, or it is damaged. Ask your partner to send it again.";
    ErrTruncated =>
        "Filen er ikke kommet helt med. Bed din makker om at sende den igen.",
        "The file did not arrive whole. Ask your partner to send it again.";
    ErrTooNew =>
        "Filen er lavet med en nyere udgave af Jobbesøg. Opdatér appen, og prøv igen.",
        "The file was made by a newer Jobbesøg. Update the app and try again.";
    StoppedReading =>
        "Filen kunne ikke læses: appens hjælper stoppede. Den er startet igen — prøv igen.",
        "The file could not be read: the app's helper stopped. It has been started again — try again.";
    StoppedMaking =>
        "Filen kunne ikke laves: appens hjælper stoppede. Den er startet igen — prøv igen.",
        "The file could not be made: the app's helper stopped. It has been started again — try again.";
    SummaryTitle => "Opsamling", "Wrap-up";
    IsHost => "er vært", "hosts";
    IsGuest => "er gæst", "is guest";
    Print => "Udskriv eller gem som PDF", "Print or save as PDF";
    SaveMarkdown => "Gem som Markdown", "Save as Markdown";
    KeyObservations => "nøgleobservationer", "key observations";
    KeyObservation => "Nøgleobservation", "Key observation";
    StarHint =>
        "Stjern de noter, der skal med i opsamlingen. Kun de stjernede kommer med på papir.",
        "Star the notes to take into the wrap-up. Only the starred ones go on paper.";
    TakeawayTitle => "Det tager jeg med mig", "What I take with me";
    TakeawayLabel =>
        "Hvad tager du med dig fra jobbesøgene ind i din egen ledelse?",
        "What do you take with you from the visits into your own leadership?";
    PairsTitle => "To makkerpar", "Two pairs";
    PairsText =>
        "Til opsamlingen i maj: del jeres opsamling med det andet makkerpar, og hent deres. \
         Så ser I de fire jobbesøg side om side.",
        "For the wrap-up in May: share your summary with the other pair, and fetch theirs. \
         Then you see the four visits side by side.";
    ShareSummary => "Del vores opsamling", "Share our summary";
    FetchOther => "Hent det andet makkerpars opsamling", "Fetch the other pair's summary";
    OurPair => "Vores makkerpar", "Our pair";
    TheirPair => "Det andet makkerpar", "The other pair";
    OursShared =>
        "Det her — og intet andet — får det andet makkerpar, når I deler jeres opsamling.",
        "This — and nothing else — is what the other pair gets when you share your summary.";
    ReadOnly => "kun til læsning", "read only";
    LearntTogether => "Det lærte de sammen", "What they learnt together";
    ErrOwnPair =>
        "Det er jeres egen opsamling. Hent den, det andet makkerpar har delt.",
        "This is your own summary. Fetch the one the other pair shared.";
    ErrOtherSealed =>
        "Filen er forseglet. Bed det andet makkerpar om at dele opsamlingen med knappen „Del vores opsamling“.",
        "The file is sealed. Ask the other pair to share their summary with the button “Share our summary”.";
    EraseTitle => "Slet alt", "Delete everything";
    EraseText =>
        "Når forløbet er slut, kan du slette alt, hvad du har skrevet i appen, fra denne \
         telefon. Det kan ikke fortrydes.",
        "When the programme is over, you can delete everything you wrote in the app from \
         this phone. It cannot be undone.";
    EraseBackup => "Gem en sikkerhedskopi først", "Save a backup first";
    EraseWord => "SLET", "DELETE";
    EraseConfirm => "Skriv SLET for at bekræfte", "Type DELETE to confirm";
    EraseButton => "Slet alt på denne telefon", "Delete everything on this phone";
    ErrUnreadable => "Filen kunne ikke læses. Prøv at vælge den igen.", "The file could not be read. Try choosing it again.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for key in W::ALL {
            assert!(
                !tw(Lang::Da, *key).trim().is_empty(),
                "{key:?} has no Danish"
            );
            assert!(
                !tw(Lang::En, *key).trim().is_empty(),
                "{key:?} has no English"
            );
        }
    }
}
