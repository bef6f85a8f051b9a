//! Browser glue tests (wasm-bindgen-test), run in Chromium, Firefox and WebKitGTK by
//! `make test`: the real localStorage and DOM of each engine.
#![cfg(target_arch = "wasm32")]

use jobbesoeg::core::settings::{Lang, Settings};
use jobbesoeg::platform::set_document_lang;
use jobbesoeg::store::{self, StorageKey};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn a_chosen_language_is_stored_and_read_back() {
    local_storage().clear().unwrap();
    store::save_settings(&Settings { lang: Lang::En }).unwrap();
    assert_eq!(store::load_settings().lang, Lang::En);
    let raw = local_storage()
        .get_item(StorageKey::Settings.as_str())
        .unwrap();
    assert_eq!(raw.as_deref(), Some(r#"{"lang":"en"}"#));
}

#[wasm_bindgen_test]
fn with_nothing_stored_the_app_speaks_danish() {
    local_storage().clear().unwrap();
    assert_eq!(store::load_settings(), Settings::default());
    assert_eq!(store::load_settings().lang, Lang::Da);
}

#[wasm_bindgen_test]
fn unreadable_stored_settings_fall_back_to_danish_without_crashing() {
    local_storage().clear().unwrap();
    local_storage()
        .set_item(StorageKey::Settings.as_str(), "{not json")
        .unwrap();
    assert_eq!(store::load_settings().lang, Lang::Da);
}

#[wasm_bindgen_test]
fn the_document_language_follows_the_setting() {
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    set_document_lang(Lang::En);
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    set_document_lang(Lang::Da);
    assert_eq!(html.get_attribute("lang").as_deref(), Some("da"));
}

mod programme_store {
    use jobbesoeg::core::model::{Note, ParticipantId, Programme};
    use jobbesoeg::core::records::{note_key, section_key};
    use jobbesoeg::core::schema::SchemaError;
    use jobbesoeg::core::time::Timestamp;
    use jobbesoeg::store::db::{Db, DbError};
    use wasm_bindgen_test::*;

    fn sample() -> Programme {
        let m = ParticipantId("p-mette".into());
        let mut p = Programme::new(m.clone(), ParticipantId("p-jonas".into()));
        p.me.name.set("Mette".into(), &m);
        p.partner.name.set("Jonas".into(), &m);
        p.set_first_host(&m, &m);
        p.visits[0].activity.title.set("Styregruppemøde".into(), &m);
        let mut note = Note::new(
            "n1".into(),
            Timestamp::parse("2027-03-10T09:42:00Z").unwrap(),
        );
        note.text.set("Formanden giver ordet videre".into(), &m);
        p.visits[0].notes.push(note);
        p
    }

    async fn fresh() -> Db {
        let db = Db::open().await.unwrap();
        db.clear().await.unwrap();
        db
    }

    #[wasm_bindgen_test]
    async fn the_programme_reads_back_equal_after_reopening() {
        let db = fresh().await;
        assert!(
            db.load().await.unwrap().is_none(),
            "first run: nothing stored"
        );
        db.save_all(&sample()).await.unwrap();
        db.close();
        let db = Db::open().await.unwrap();
        assert_eq!(db.load().await.unwrap(), Some(sample()));
    }

    #[wasm_bindgen_test]
    async fn editing_one_note_writes_that_note_and_nothing_else() {
        let db = fresh().await;
        let mut p = sample();
        db.save_all(&p).await.unwrap();
        let m = p.me.id.clone();
        p.visits[0].notes[0]
            .text
            .set("Formanden giver ordet videre til tre".into(), &m);
        p.visits[0]
            .activity
            .title
            .set("Not saved: its record is not written".into(), &m);
        db.save_record(&p, &note_key(0, "n1")).await.unwrap();
        db.close();
        let back = Db::open().await.unwrap().load().await.unwrap().unwrap();
        assert_eq!(
            back.visits[0].notes[0].text.value,
            "Formanden giver ordet videre til tre"
        );
        assert_eq!(back.visits[0].activity.title.value, "Styregruppemøde");
        // Writing the activity's own record brings its change in too.
        let db = Db::open().await.unwrap();
        db.save_record(&p, &section_key(0, "activity"))
            .await
            .unwrap();
        assert_eq!(db.load().await.unwrap(), Some(p));
    }

    /// The app writes through `db::write` (the writer worker, `src/store/worker/writer.js`). The
    /// test server has no such file: the worker fails to start, and the write must land
    /// all the same, made on the page.
    #[wasm_bindgen_test]
    async fn a_write_lands_even_where_the_writer_worker_cannot_start() {
        let db = fresh().await;
        let mut p = sample();
        db.save_all(&p).await.unwrap();
        let m = p.me.id.clone();
        p.visits[0].notes[0]
            .text
            .set("Skrevet uden hjælper".into(), &m);
        let key = note_key(0, "n1");
        let record = jobbesoeg::core::records::record(&p, &key).unwrap();
        jobbesoeg::store::db::write(&[(key, record)]).await.unwrap();
        // And the next one, now that the page knows the worker is gone.
        p.visits[0].notes[0]
            .text
            .set("Skrevet uden hjælper, to".into(), &m);
        let key = note_key(0, "n1");
        let record = jobbesoeg::core::records::record(&p, &key).unwrap();
        jobbesoeg::store::db::write(&[(key, record)]).await.unwrap();
        assert_eq!(db.load().await.unwrap(), Some(p));
    }

    #[wasm_bindgen_test]
    async fn a_record_from_a_newer_app_refuses_the_load_and_is_left_as_it_is() {
        let db = fresh().await;
        db.save_all(&sample()).await.unwrap();
        let newer = r#"{"format":"jobbesoeg","version":2,"id":"n9"}"#.to_string();
        db.put(&[("note/0/n9".into(), newer)]).await.unwrap();
        match db.load().await {
            Err(DbError::Schema(SchemaError::TooNew {
                found: 2,
                supported: 1,
            })) => {}
            other => panic!("expected a too-new refusal, got {other:?}"),
        }
        // Still there for a newer app to read.
        db.close();
        let db = Db::open().await.unwrap();
        assert!(db.load().await.is_err());
        db.clear().await.unwrap();
    }

    #[wasm_bindgen_test]
    fn a_full_disk_is_told_apart_from_other_failures() {
        let full =
            web_sys::DomException::new_with_message_and_name("no space", "QuotaExceededError")
                .unwrap();
        assert!(matches!(
            DbError::from(wasm_bindgen::JsValue::from(full)),
            DbError::Full
        ));
        let other =
            web_sys::DomException::new_with_message_and_name("gone", "InvalidStateError").unwrap();
        match DbError::from(wasm_bindgen::JsValue::from(other)) {
            DbError::Failed(why) => assert_eq!(why, "InvalidStateError: gone"),
            e => panic!("{e:?}"),
        }
    }
}

/// The observation's browser glue (issue 5): the phone's clock, the screen's theme flag,
/// ids that sort by time, and the wake lock where there is none or it is refused.
mod observing_glue {
    use jobbesoeg::core::time::Timestamp;
    use jobbesoeg::platform::{keep_awake, local_clock, set_root_flag, time_id};
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    fn a_note_is_stamped_with_the_phones_own_clock() {
        let ms = 1_805_000_000_000f64;
        let date = js_sys::Date::new(&ms.into());
        let clock = local_clock(Timestamp(ms as i64));
        assert_eq!(
            (u32::from(clock.hour()), u32::from(clock.minute())),
            (date.get_hours(), date.get_minutes())
        );
    }

    #[wasm_bindgen_test]
    fn the_observing_theme_is_a_flag_on_the_page_root() {
        let root = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .document_element()
            .unwrap();
        set_root_flag("data-observing", true);
        assert!(root.has_attribute("data-observing"));
        set_root_flag("data-observing", false);
        assert!(!root.has_attribute("data-observing"));
    }

    #[wasm_bindgen_test]
    fn ids_made_later_sort_later() {
        let first = time_id();
        let start = js_sys::Date::now();
        while js_sys::Date::now() < start + 2.0 {}
        let second = time_id();
        assert!(first < second, "{first} < {second}");
        assert_eq!(first.len(), 11 + 32);
    }

    #[wasm_bindgen_test]
    async fn keeping_the_screen_on_never_fails_the_page() {
        // Headless engines refuse the lock or have none: both are silently fine.
        keep_awake(true);
        let tick = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
        keep_awake(false);
    }
}

/// The exchange worker's messages as the page posts and reads them (issue 15): a file's
/// bytes arrive from a `Uint8Array`, a sealed file leaves as one (not a list of
/// numbers), and an object that is no message is an error, not a panic.
#[wasm_bindgen_test]
fn worker_messages_carry_bytes_as_uint8_arrays() {
    use jobbesoeg::worker_protocol::{Act, FromWorker, ToWorker};
    use js_sys::{Object, Reflect, Uint8Array};
    use wasm_bindgen::JsCast;
    let message = Object::new();
    Reflect::set(&message, &"op".into(), &"act".into()).unwrap();
    Reflect::set(&message, &"action".into(), &"file".into()).unwrap();
    let bytes = Uint8Array::from(&b"JBSEALED"[..]);
    Reflect::set(&message, &"bytes".into(), &bytes).unwrap();
    let read: ToWorker = serde_wasm_bindgen::from_value(message.into()).unwrap();
    assert_eq!(
        read,
        ToWorker::Act(Act::File {
            bytes: Some(b"JBSEALED".to_vec())
        })
    );
    let answer = serde_wasm_bindgen::to_value(&FromWorker::Sealed(vec![1, 2, 3])).unwrap();
    let sent = Reflect::get(&answer, &"sealed".into()).unwrap();
    assert!(sent.is_instance_of::<Uint8Array>());
    assert_eq!(Uint8Array::new(&sent).to_vec(), vec![1, 2, 3]);
    // The page reads the answers it asks for from the objects the worker posts.
    let ready = serde_wasm_bindgen::to_value(&FromWorker::Ready).unwrap();
    assert_eq!(ready.as_string().as_deref(), Some("ready"));
    let other = FromWorker::OtherPair {
        other: "p".into(),
        record: "r".into(),
    };
    let posted = serde_wasm_bindgen::to_value(&other).unwrap();
    assert_eq!(
        serde_wasm_bindgen::from_value::<FromWorker>(posted).unwrap(),
        other
    );
    assert_eq!(
        serde_wasm_bindgen::from_value::<FromWorker>(ready).unwrap(),
        FromWorker::Ready
    );
    let not_a_message = Object::new();
    Reflect::set(&not_a_message, &"op".into(), &"format-disk".into()).unwrap();
    assert!(serde_wasm_bindgen::from_value::<ToWorker>(not_a_message.into()).is_err());
}
