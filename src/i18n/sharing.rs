//! The texts of the screen the exchange worker draws: "Del med din makker". A table of
//! their own: these are in the worker's wasm, not the page's (the page shows the few it
//! shares with the wrap-up from `wrap_up`'s table).

use super::texts;
use crate::core::settings::Lang;

texts! { X, tx;
    Title => "Del med din makker", "Share with your partner";
    Intro =>
        "I har hver jeres halvdel af besøget. Send din til din makker, og hent din makkers \
         — så har I begge det hele. Intet forlader telefonen, før du selv deler filen.",
        "You each hold half of the visit. Send yours to your partner and fetch theirs — then \
         you both have all of it. Nothing leaves the phone until you share the file yourself.";
    SendTitle => "Send til din makker", "Send to your partner";
    ScopeLegend => "Hvad vil du sende?", "What do you want to send?";
    ScopeVisit1 => "Jobbesøg 1", "Job visit 1";
    ScopeVisit2 => "Jobbesøg 2", "Job visit 2";
    ScopeAll => "Det hele (sikkerhedskopi)", "Everything (backup)";
    InitialsLabel => "Navne, der kun skal stå med forbogstaver", "Names to show as initials only";
    InitialsHint =>
        "Ét navn pr. linje, fx dem, du har observeret. „Ali Hassan“ bliver til „A. H.“ i \
         noterne. Kun i filen: dine egne noter er uændrede.",
        "One name per line, e.g. the people you observed. “Ali Hassan” becomes “A. H.” in \
         the notes. In the file only: your own notes stay as they are.";
    SealedLabel => "Forsegl filen med en adgangsfrase (anbefales)", "Seal the file with a passphrase (recommended)";
    ReadableWarning =>
        "Uden forsegling kan alle, der får fat i filen, læse den.",
        "Unsealed, anyone who gets hold of the file can read it.";
    PreviewButton => "Se, hvad der sendes", "See what will be sent";
    PreviewTitle => "Det her forlader din telefon", "This is what leaves your phone";
    Notes => "noter", "notes";
    FocusPoints => "fokuspunkter", "focus points";
    NoActivity => "(ingen aktivitet endnu)", "(no activity yet)";
    PairLine => "Jer to", "The two of you";
    Raw => "Vis hele filens indhold", "Show the whole file";
    PassLabel => "Adgangsfrase", "Passphrase";
    PassHint =>
        "Mindst 8 tegn. Sig den til din makker på en anden måde end filen — fx mundtligt.",
        "At least 8 characters. Tell your partner another way than the file — e.g. in person.";
    PassShort => "Adgangsfrasen skal være mindst 8 tegn.", "The passphrase must be at least 8 characters.";
    ShareButton => "Del filen", "Share the file";
    Back => "Tilbage", "Back";
    Sealing => "Forsegler filen … et øjeblik.", "Sealing the file … one moment.";
    Opening => "Åbner filen … et øjeblik.", "Opening the file … one moment.";
    Shared => "Filen er delt. Sig adgangsfrasen til din makker.", "The file is shared. Tell your partner the passphrase.";
    SharedReadable => "Filen er delt.", "The file is shared.";
    Downloaded =>
        "Filen er gemt under Overførsler. Send den til din makker, fx på mail eller Teams.",
        "The file is saved in Downloads. Send it to your partner, e.g. by mail or Teams.";
    Cancelled => "Deling afbrudt. Intet er sendt.", "Sharing cancelled. Nothing was sent.";
    SendAnother => "Send en fil mere", "Send another file";
    ReceiveTitle => "Hent fra din makker", "Fetch from your partner";
    PickFile => "Vælg fil", "Choose file";
    DropHint => "… eller træk filen hertil.", "… or drop the file here.";
    NeedPass =>
        "Filen er forseglet. Skriv den adgangsfrase, din makker har givet dig.",
        "The file is sealed. Type the passphrase your partner gave you.";
    OpenButton => "Åbn filen", "Open the file";
    Imported => "Hentet og flettet ind:", "Fetched and merged:";
    NewNote => "ny note", "new note";
    NewNotes => "nye noter", "new notes";
    ChangedNote => "note ændret", "note changed";
    ChangedNotes => "noter ændret", "notes changed";
    ChangedAnswers => "svar opdateret", "answers updated";
    ChangedAnswer => "svar opdateret", "answer updated";
    ChangedActivity => "aktiviteten opdateret", "the activity updated";
    ChangedAgreements => "tid og sted opdateret", "time and place updated";
    ChangedFocusPoint => "fokuspunkt opdateret", "focus point updated";
    ChangedFocusPoints => "fokuspunkter opdateret", "focus points updated";
    ChangedLeadership => "ledelsesstilene opdateret", "the leadership styles updated";
    ChangedHosts => "hvem der er vært, opdateret", "who hosts updated";
    ChangedPartnerName => "din makkers navn opdateret", "your partner's name updated";
    ChangedMyName => "dit navn opdateret", "your name updated";
    NothingNew => "Intet nyt — I har allerede det samme.", "Nothing new — you already have the same.";
    ToOverview => "Til overblikket", "To the overview";
    UndoImport => "Fortryd import", "Undo import";
    Undone =>
        "Importen er fortrudt. Dine data er som før, du hentede filen.",
        "The import is undone. Your data is as it was before you fetched the file.";
    OwnFileFound =>
        "Det er din egen fil — en sikkerhedskopi fra dig selv, ikke fra din makker. Den flettes kun ind, hvis du gendanner fra den: det, der er nyere i filen, kommer med; intet andet ændres.",
        "This is your own file — a backup from yourself, not from your partner. It is merged only if you restore from it: what is newer in the file comes in; nothing else changes.";
    Restore => "Gendan fra sikkerhedskopi", "Restore from backup";
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
    ErrWrongPassphrase =>
        "Forkert adgangsfrase. Prøv igen — store og små bogstaver tæller.",
        "Wrong passphrase. Try again — capitals count.";
    ErrTampered =>
        "Filen er blevet ændret undervejs og kan ikke åbnes sikkert. Bed din makker om at sende den igen.",
        "The file was changed on the way and cannot be opened safely. Ask your partner to send it again.";
    ErrLimits =>
        "Filen beder om mere hukommelse, end en telefon kan give. Den er ikke lavet af Jobbesøg.",
        "The file asks for more memory than a phone can give. It was not made by Jobbesøg.";
    ErrOtherPair =>
        "Filen er fra et andet makkerpar. Hent den fil, din makker har sendt dig.",
        "The file is from another pair. Fetch the file your partner sent you.";
    ErrInvalidId =>
        "Filen indeholder et id, som Jobbesøg ikke selv laver. Den er ikke lavet af Jobbesøg, eller den er ændret.",
        "The file holds an id Jobbesøg does not make. It was not made by Jobbesøg, or it was changed.";
    ErrDuplicateId =>
        "Filen har to noter eller fokuspunkter med samme id. Den er ikke lavet af Jobbesøg, eller den er ændret.",
        "The file has two notes or focus points with the same id. It was not made by Jobbesøg, or it was changed.";
    ErrTooLong =>
        "Filen har en tekst på over 20.000 tegn. Så lange tekster skriver Jobbesøg ikke.",
        "The file has a text of over 20,000 characters. Jobbesøg does not write texts that long.";
    ErrTooMany =>
        "Filen har flere noter eller fokuspunkter, end Jobbesøg tager imod (2.000 noter og 100 fokuspunkter pr. besøg).",
        "The file has more notes or focus points than Jobbesøg takes (2,000 notes and 100 focus points per visit).";
    ErrUnknown =>
        "Filen har mere ukendt indhold, end en nyere udgave af Jobbesøg skriver.",
        "The file has more unknown content than a newer Jobbesøg writes.";
    ErrVersion =>
        "Filen har versionsnumre langt over dine. Den er ikke lavet af Jobbesøg, eller den er ændret.",
        "The file has version numbers far above yours. It was not made by Jobbesøg, or it was changed.";
    ErrValue =>
        "Filen har en værdi, som Jobbesøg ikke selv skriver (fx en vurdering over 4). Den er ikke lavet af Jobbesøg, eller den er ændret.",
        "The file holds a value Jobbesøg does not write (e.g. a rating above 4). It was not made by Jobbesøg, or it was changed.";
    ErrStore =>
        "Filen kunne ikke gemmes — telefonen er måske fuld. Frigør plads, og prøv igen.",
        "The file could not be stored — the phone may be full. Free some space and try again.";
    StoppedReading =>
        "Filen kunne ikke læses: appens hjælper stoppede. Den er startet igen — prøv igen.",
        "The file could not be read: the app's helper stopped. It has been started again — try again.";
    StoppedMaking =>
        "Filen kunne ikke laves: appens hjælper stoppede. Den er startet igen — prøv igen.",
        "The file could not be made: the app's helper stopped. It has been started again — try again.";
    StoppedScanning =>
        "Koderne kunne ikke læses: appens hjælper stoppede. Den er startet igen — scan igen.",
        "The codes could not be read: the app's helper stopped. It has been started again — scan again.";
    StoppedOther =>
        "Det lykkedes ikke: appens hjælper stoppede. Den er startet igen — prøv igen.",
        "That did not work: the app's helper stopped. It has been started again — try again.";
    ErrUnreadable => "Filen kunne ikke læses. Prøv at vælge den igen.", "The file could not be read. Try choosing it again.";
    ShowQr => "Vis som QR-kode", "Show as QR code";
    QrTitle => "Lad din makker scanne koden", "Let your partner scan the code";
    QrText =>
        "Din makker åbner Jobbesøg → Del med din makker → Scan QR-kode og holder kameraet \
         mod skærmen. Koderne skifter hele tiden: det gør ikke noget, at kameraet misser \
         nogle af dem.",
        "Your partner opens Jobbesøg → Share with your partner → Scan QR code and points \
         the camera at the screen. The codes keep changing: it does not matter if the \
         camera misses some of them.";
    QrOne => "Én kode", "One code";
    QrCode => "QR-kode", "QR code";
    Pause => "Pause", "Pause";
    QrParts => "dele", "parts";
    QrSpeed => "Hastighed (koder pr. sekund)", "Speed (codes per second)";
    QrFlashHint =>
        "Over 3 koder i sekundet blinker skærmen. Skru kun op, hvis ingen, der ser på, er følsom for blinkende lys.",
        "Over 3 codes a second the screen flashes. Only go faster if no one watching is sensitive to flashing light.";
    QrSealedHint =>
        "Koden er forseglet: sig adgangsfrasen til din makker.",
        "The code is sealed: tell your partner the passphrase.";
    Done => "Færdig", "Done";
    ScanButton => "Scan QR-kode", "Scan QR code";
    ScanTitle => "Scan din makkers kode", "Scan your partner's code";
    ScanText =>
        "Hold kameraet mod koden på din makkers telefon, så den fylder det meste af billedet.",
        "Point the camera at the code on your partner's phone, so that it fills most of the picture.";
    Camera => "Kamera", "Camera";
    ScanProgress => "Dele modtaget", "Parts received";
    Of => "af", "of";
    ScanWaiting => "Leder efter en kode …", "Looking for a code …";
    ErrCameraDenied =>
        "Appen må ikke bruge kameraet. Giv lov i telefonens indstillinger for browseren — \
         eller få besøget som fil i stedet: bed din makker om at trykke på „Del filen“.",
        "The app may not use the camera. Allow it in the phone's settings for the browser — \
         or get the visit as a file instead: ask your partner to tap “Share the file”.";
    ErrNoCamera =>
        "Der er intet kamera at bruge. Få besøget som fil i stedet: bed din makker om at \
         trykke på „Del filen“.",
        "There is no camera to use. Get the visit as a file instead: ask your partner to tap \
         “Share the file”.";
    ErrQrUnusable =>
        "Koderne er læst, men de indeholder ikke et besøg fra Jobbesøg. Bed din makker om at vise koden fra „Del med din makker“ igen — eller send besøget som fil.",
        "The codes were read, but they hold no visit from Jobbesøg. Ask your partner to show the code from “Share with your partner” again — or send the visit as a file.";
    ErrCameraBusy =>
        "Kameraet bruges af en anden app. Luk den, og prøv igen — eller få besøget som fil: \
         bed din makker om at trykke på „Del filen“.",
        "Another app is using the camera. Close it and try again — or get the visit as a \
         file: ask your partner to tap “Share the file”.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for key in X::ALL {
            assert!(!tx(Lang::Da, *key).is_empty(), "{key:?} has no Danish");
            assert!(!tx(Lang::En, *key).is_empty(), "{key:?} has no English");
        }
    }
}
