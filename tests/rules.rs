//! The rules through the library API: each rule's verdict in both locales, and no panic on
//! any input.

use domainguard::{check, Json, Outcome, Verdict};
use serde_json::{json, Value};

fn run(case: &Value) -> Outcome {
    let json: Json = serde_json::from_value(case.clone()).expect("JSON");
    check(&json)
}

fn verdict(case: &Value) -> Verdict {
    match run(case) {
        Outcome::Verdict(v) => v,
        Outcome::Invalid(e) => panic!("unexpected input errors: {e:?}"),
    }
}

fn close_case(today: &str) -> Value {
    json!({
        "action": "close", "today": today,
        "domain": { "name": "beispiel.de", "registered": "2005-04-04" },
        "holder": { "name": "Max Mustermann" },
        "termination": { "from": "holder", "to": "reseller" },
        "evk": { "signed_by": "holder", "date": today, "text": "Bitte um Löschung der Domain",
                 "acknowledges_availability": true }
    })
}

/// (code, severity, field) of every finding.
fn findings(v: &Verdict) -> Vec<(&str, &str, Option<&str>)> {
    v.findings
        .iter()
        .map(|f| (f.code, f.severity.name(), f.field.as_deref()))
        .collect()
}

#[test]
fn late_notice_warns_names_the_missed_deadline_and_rolls_over() {
    let v = verdict(&close_case("2009-03-15"));
    assert!(v.allowed, "late is a warning, not a block");
    assert_eq!(findings(&v)[0], ("CLOSE_NOTICE_LATE", "warn", None));
    assert_eq!(
        v.findings[0].message,
        "Die Frist für die Kündigung zur Verlängerung am 04.04.2009 ist am 14.03.2009 abgelaufen: \
         Die Domain wird für ein weiteres Jahr berechnet. Nächstmögliche Schließung: zum 03.04.2010 \
         (Meldung beim Registrar spätestens am 14.03.2010)."
    );
    assert_eq!(v.deadlines.renewal.as_deref(), Some("2009-04-04"));
    assert_eq!(v.deadlines.close_date.as_deref(), Some("2010-04-03"));
    assert_eq!(v.deadlines.notice_deadline.as_deref(), Some("2010-03-14"));
    assert_eq!(v.deadlines.undo_until.as_deref(), Some("2010-04-01"));
    let mut en = close_case("2009-03-15");
    en["locale"] = json!("en");
    let v = verdict(&en);
    assert_eq!(
        v.findings[0].message,
        "The notice deadline for the renewal on 4 April 2009 passed on 14 March 2009: the domain will be \
         billed for another year. Next possible close: on 3 April 2010 (notice to reach the registrar by 14 March 2010)."
    );
}

#[test]
fn the_deadline_day_itself_is_on_time() {
    let v = verdict(&close_case("2009-03-14"));
    assert!(v.allowed);
    assert!(!v.findings.iter().any(|f| f.code == "CLOSE_NOTICE_LATE"));
    assert_eq!(v.deadlines.close_date.as_deref(), Some("2009-04-03"));
}

#[test]
fn each_required_part_blocks_with_its_own_finding() {
    let cases: [(&str, Value, &str, &str); 6] = [
        (
            "termination.to",
            json!("registrar"),
            "TERMINATION_SENT_TO_REGISTRAR",
            "termination.to",
        ),
        (
            "termination.from",
            json!("other"),
            "TERMINATION_NOT_FROM_HOLDER",
            "termination.from",
        ),
        (
            "evk.text",
            json!("Ich kündige."),
            "EVK_OPERATION_NOT_NAMED",
            "evk.text",
        ),
        (
            "evk.acknowledges_availability",
            json!(false),
            "EVK_AVAILABILITY_NOT_ACKNOWLEDGED",
            "evk.acknowledges_availability",
        ),
        (
            "evk.signed_by",
            json!("other"),
            "EVK_NOT_SIGNED_BY_HOLDER",
            "evk.signed_by",
        ),
        ("evk", Value::Null, "EVK_MISSING", "evk"),
    ];
    for (path, value, code, field) in cases {
        let mut case = close_case("2009-02-01");
        let mut target = &mut case;
        let parts: Vec<&str> = path.split('.').collect();
        for p in &parts[..parts.len() - 1] {
            target = &mut target[*p];
        }
        target[parts[parts.len() - 1]] = value;
        let v = verdict(&case);
        assert!(!v.allowed, "{path}");
        assert_eq!(findings(&v)[0], (code, "block", Some(field)), "{path}");
        assert!(
            v.documents.registrar_notice.is_none(),
            "{path}: no notice while blocked"
        );
    }
}

#[test]
fn mailboxes_without_backup_block_and_with_backup_warn() {
    let mut case = close_case("2009-02-01");
    case["services"] = json!({"website": true, "mailboxes": 2, "mail_backup_confirmed": false});
    let v = verdict(&case);
    assert!(!v.allowed);
    assert_eq!(
        findings(&v)[..3],
        [
            (
                "MAIL_BACKUP_MISSING",
                "block",
                Some("services.mail_backup_confirmed")
            ),
            ("SERVICES_WEBSITE_ONLINE", "warn", Some("services.website")),
            (
                "SERVICES_MAILBOXES_ACTIVE",
                "warn",
                Some("services.mailboxes")
            ),
        ]
    );
    assert_eq!(
        v.findings[0].message,
        "Die Sicherung der 2 Postfächer ist nicht bestätigt: Erst die Mails sichern, dann schließen."
    );
    case["services"]["mail_backup_confirmed"] = json!(true);
    case["locale"] = json!("en");
    let v = verdict(&case);
    assert!(v.allowed);
    assert_eq!(
        v.findings[1].message,
        "2 mailboxes still use the domain: after the close no mail arrives. Back up the mail first."
    );
}

#[test]
fn holder_letter_states_close_date_availability_undo_and_rgp() {
    let v = verdict(&close_case("2009-02-01"));
    let letter = v.documents.holder_letter.expect("letter");
    assert_eq!(
        letter,
        "Kündigungsbestätigung für die Domain beispiel.de\n\n\
         Guten Tag Max Mustermann,\n\n\
         wir bestätigen Ihre Kündigung der Domain beispiel.de. Gemäß Ihrer Einverständniserklärung (EVK) vom 01.02.2009 \
         führen wir die Schließung (Close) der Domain zum 03.04.2009 aus.\n\n\
         Nach der Schließung ist die Domain wieder für jedermann frei registrierbar. Die Schließung ist endgültig: \
         Die Domain ist danach oft nicht wieder zu bekommen.\n\n\
         Bis zum 01.04.2009 können Sie die Schließung noch rückgängig machen. Nach der Löschung können nur Sie als \
         letzter Inhaber (oder ein Dritter, den Sie benennen) die Domain bis zum 03.05.2009 gegen eine Gebühr \
         wiederherstellen lassen.\n\n\
         Mit freundlichen Grüßen"
    );
}

#[test]
fn inline_template_and_leap_policy_are_settings() {
    let mut case = close_case("2009-01-10");
    case["domain"]["registered"] = json!("2008-02-29");
    case["policy"] = json!({"leap_day_renewal": "mar1", "undo_days": 5,
        "notice_template": "Close {domain_ascii} per {close_date} ({holder})"});
    case["domain"]["name"] = json!("straße.de");
    let v = verdict(&case);
    assert_eq!(v.deadlines.renewal.as_deref(), Some("2009-03-01"));
    assert_eq!(v.deadlines.close_date.as_deref(), Some("2009-02-28"));
    assert_eq!(v.deadlines.undo_until.as_deref(), Some("2009-02-23"));
    assert_eq!(
        v.documents.registrar_notice.as_deref(),
        Some("Close xn--strae-oqa.de per 28.02.2009 (Max Mustermann)")
    );
}

#[test]
fn transfer_out_of_a_locked_com_blocks_on_domain_status() {
    let case = json!({
        "action": "transfer_out", "today": "2009-02-01",
        "domain": { "name": "beispiel.com", "registered": "2005-04-04", "status": ["clientTransferProhibited"] },
        "holder": { "name": "Max Mustermann" },
        "termination": { "from": "holder", "to": "reseller" },
        "evk": { "signed_by": "holder", "date": "2009-02-01", "new_provider": "Neuer Hoster GmbH" },
        "authinfo": { "created": "2009-02-01" }
    });
    let v = verdict(&case);
    assert!(!v.allowed);
    assert_eq!(
        findings(&v)[0],
        ("TRANSFER_LOCKED", "block", Some("domain.status"))
    );
    // The Transfer Policy in force sets no lifetime for a gTLD code (R-T12): no expiry date.
    assert_eq!(v.deadlines.authinfo_expires, None);
    assert_eq!(
        v.deadlines.transfer_safe_until.as_deref(),
        Some("2009-04-02")
    );
    assert_eq!(
        v.deadlines.transfer_lock_until.as_deref(),
        Some("2005-06-03")
    );
}

#[test]
fn authinfo_never_appears_in_findings() {
    for code in ["Ab3+Xy9/Zq", "AbIl3O0xyz", "Qz7"] {
        let case = json!({
            "action": "transfer_out", "today": "2009-02-01", "locale": "en",
            "domain": { "name": "beispiel.de", "registered": "2005-04-04" },
            "holder": { "name": "Max Mustermann" },
            "termination": { "from": "holder", "to": "reseller" },
            "evk": { "signed_by": "holder", "date": "2009-02-01", "new_provider": "X" },
            "authinfo": { "code": code, "created": "2009-02-01" }
        });
        let v = verdict(&case);
        let findings = serde_json::to_string(&v.findings).expect("json");
        assert!(!findings.contains(code), "{code} leaked into {findings}");
    }
    // A wrong type names the type, never the value.
    let case = json!({
        "action": "transfer_out", "today": "2009-02-01",
        "domain": { "name": "beispiel.de", "registered": "2005-04-04" },
        "holder": { "name": "M" }, "authinfo": { "code": 12345678 }
    });
    let Outcome::Invalid(e) = run(&case) else {
        panic!("expected input errors")
    };
    let text = serde_json::to_string(&e).expect("json");
    assert!(!text.contains("12345678"), "{text}");
}

/// A tiny deterministic generator of hostile values.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn no_input_panics() {
    let weird: Vec<Value> = vec![
        Value::Null,
        json!(true),
        json!(-1),
        json!(1e300),
        json!(4294967296u64),
        json!(0.5),
        json!(""),
        json!(" "),
        json!("2009-02-29"),
        json!("9999-12-31"),
        json!("0000-01-01"),
        json!("2009-13-45"),
        json!("xn--"),
        json!("xn--zzzzzzzzzzzzzzzzzzzzzzz.de"),
        json!("."),
        json!(".."),
        json!("a".repeat(300)),
        json!("ä.de"),
        json!("ß"),
        json!("\u{0}"),
        json!("🦀.de"),
        json!([]),
        json!([1, "x"]),
        json!({}),
        json!({"a": 1}),
        json!("close"),
        json!("transfer_out"),
        json!("registrar"),
        json!("holder"),
        json!("{unknown}"),
        json!("{"),
        json!({"tlds": {"de": {"notice_days": 400}}}),
        json!({"tlds": 5}),
        json!({"base": "nope"}),
        json!({"close_modes": ["now", 3]}),
    ];
    let paths = [
        "action",
        "today",
        "locale",
        "policy",
        "domain",
        "domain.name",
        "domain.registered",
        "domain.renewal",
        "domain.status",
        "domain.last_transfer",
        "holder",
        "holder.name",
        "termination",
        "termination.from",
        "termination.to",
        "termination.received",
        "evk",
        "evk.signed_by",
        "evk.date",
        "evk.text",
        "evk.acknowledges_availability",
        "evk.new_provider",
        "services",
        "services.mailboxes",
        "authinfo",
        "authinfo.code",
        "authinfo.created",
        "authinfo.planned_transfer",
        "close",
        "close.mode",
        "close.date",
    ];
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for i in 0..4000 {
        let mut case = close_case("2009-02-01");
        case["action"] = json!(
            [
                "close",
                "transfer_out",
                "transfer_request",
                "authinfo_release"
            ][i % 4]
        );
        if i % 4 == 2 {
            case["request"] = json!({"received": "2009-01-30"});
            case["facts"] = json!(["fraud"]);
        }
        for _ in 0..(1 + rng.next() % 4) {
            let path = *rng.pick(&paths);
            let value = rng.pick(&weird).clone();
            let parts: Vec<&str> = path.split('.').collect();
            let mut target = &mut case;
            for p in &parts[..parts.len() - 1] {
                if !target[*p].is_object() {
                    target[*p] = json!({});
                }
                target = &mut target[*p];
            }
            target[parts[parts.len() - 1]] = value;
        }
        // Must return, whatever it says; and an input error must name a field or be about the whole case.
        if let Outcome::Invalid(e) = run(&case) {
            assert!(!e.errors.is_empty(), "{case}");
        }
    }
}

fn request(name: &str, registered: &str, facts: Value, answer: Value, reason: Value) -> Value {
    json!({
        "action": "transfer_request", "today": "2026-11-21",
        "domain": { "name": name, "registered": registered },
        "request": { "received": "2026-11-20" },
        "termination": { "from": "holder", "to": "reseller" },
        "evk": { "signed_by": "holder", "date": "2026-11-19" },
        "invoices": { "unpaid": true },
        "facts": facts, "answer": answer, "reason": reason
    })
}

#[test]
fn de_request_with_unpaid_invoices_and_termination_can_only_be_released() {
    let v = verdict(&request(
        "beispiel.de",
        "2015-06-01",
        json!([]),
        Value::Null,
        Value::Null,
    ));
    let answers = v.answers.expect("answers");
    assert_eq!(answers.permitted, vec!["release"]);
    assert!(answers.refusal_reasons.is_empty());
    for reason in ["no_termination", "unpaid"] {
        let v = verdict(&request(
            "beispiel.de",
            "2015-06-01",
            json!([]),
            json!("refuse"),
            json!(reason),
        ));
        assert!(!v.allowed, "{reason}");
        assert_eq!(
            findings(&v)[0],
            ("ANSWER_NOT_PERMITTED", "block", Some("answer"))
        );
    }
    let v = verdict(&request(
        "beispiel.de",
        "2015-06-01",
        json!([]),
        json!("release"),
        Value::Null,
    ));
    assert!(v.allowed);
}

#[test]
fn com_request_within_60_days_may_be_refused_with_that_reason_only() {
    let v = verdict(&request(
        "beispiel.com",
        "2026-10-01",
        json!([]),
        json!("nack"),
        json!("creation_lock_period"),
    ));
    assert!(v.allowed);
    assert_eq!(
        v.deadlines.transfer_lock_until.as_deref(),
        Some("2026-11-30")
    );
    assert_eq!(v.deadlines.ack_deadline.as_deref(), Some("2026-11-25"));
    let answers = v.answers.expect("answers");
    assert_eq!(answers.permitted, vec!["ack", "nack"]);
    assert_eq!(answers.refusal_reasons[0].code, "creation_lock_period");
    // Another reason does not carry the refusal.
    let v = verdict(&request(
        "beispiel.com",
        "2026-10-01",
        json!([]),
        json!("nack"),
        json!("fraud"),
    ));
    assert_eq!(
        findings(&v)[0],
        ("REFUSAL_REASON_NOT_PERMITTED", "block", Some("reason"))
    );
    assert_eq!(
        v.findings[0].message,
        "„Beweise für Betrug“ rechtfertigt hier keine Ablehnung; zulässig: innerhalb der Sperrfrist nach der Registrierung."
    );
}

#[test]
fn com_request_with_only_no_answer_from_holder_may_not_be_refused() {
    let v = verdict(&request(
        "beispiel.com",
        "2020-03-10",
        json!(["no_response_from_holder"]),
        json!("nack"),
        json!("no_response_from_holder"),
    ));
    assert!(!v.allowed);
    assert_eq!(v.answers.as_ref().expect("answers").permitted, vec!["ack"]);
    assert_eq!(
        findings(&v)[0],
        ("ANSWER_NOT_PERMITTED", "block", Some("answer"))
    );
    assert!(v.findings.iter().any(|f| f.code == "TRANSFER_NOT_A_REASON"
        && f.message == "Kein zulässiger Ablehnungsgrund: keine Antwort des Inhabers."));
}

#[test]
fn authinfo_release_names_every_open_item_and_frees_when_complete() {
    let mut case = json!({
        "action": "authinfo_release", "today": "2026-11-21",
        "domain": { "name": "kunde-shop.de" },
        "authinfo": { "created": "2026-11-21" },
        "move": { "website_copied": true, "website_tested": true, "mailboxes": 5, "mailboxes_done": 5,
                  "dns": { "mx": true, "spf_dkim": true, "a_aaaa": true, "cname": true },
                  "tls_checked": true, "cms_requirements_checked": true,
                  "switch_at": "2026-11-28T22:00", "old_contract_end": "2026-12-31" }
    });
    let v = verdict(&case);
    assert!(v.allowed);
    assert!(v
        .checklist
        .as_ref()
        .expect("checklist")
        .iter()
        .all(|i| i.done));
    for (path, value, code) in [
        ("website_tested", json!(false), "MOVE_WEBSITE_NOT_TESTED"),
        ("mailboxes_done", json!(4), "MOVE_MAILBOXES_OPEN"),
        ("tls_checked", json!(false), "MOVE_TLS_NOT_CHECKED"),
        (
            "switch_at",
            json!("2026-11-23T09:00"),
            "MOVE_SWITCH_IN_BUSINESS_HOURS",
        ),
        (
            "old_contract_end",
            json!("2026-11-20"),
            "MOVE_OLD_CONTRACT_ENDS_TOO_EARLY",
        ),
    ] {
        let saved = case["move"][path].clone();
        case["move"][path] = value;
        let v = verdict(&case);
        assert!(!v.allowed, "{path}");
        assert_eq!(v.findings[0].code, code, "{path}");
        assert_eq!(
            v.findings[0].field.as_deref(),
            Some(format!("move.{path}").as_str())
        );
        let item = v
            .checklist
            .expect("checklist")
            .into_iter()
            .find(|i| i.field == format!("move.{path}"))
            .expect("item");
        assert!(!item.done, "{path}");
        case["move"][path] = saved;
    }
}

#[test]
fn generated_authinfos_pass_the_validator_and_typed_look_alikes_fail_with_positions() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for i in 0..20_000 {
        let bytes: Vec<u8> = (0..domainguard::authinfo::RANDOM_BYTES)
            .map(|_| rng.next() as u8)
            .collect();
        let tld = if i % 2 == 0 { "de" } else { "com" };
        let code = domainguard::generate_authinfo(tld, &bytes).expect("enough randomness");
        assert!(
            domainguard::check_authinfo(tld, &code, domainguard::Locale::De).valid,
            "{code}"
        );
    }
    let r = domainguard::check_authinfo("de", "Ab1cdIlOo0Xy", domainguard::Locale::De);
    assert!(!r.valid);
    assert_eq!(r.positions, vec![3, 6, 7, 8, 9, 10]);
    assert!(!r.message.expect("message").contains("Ab1cd"));
}

#[test]
fn delete_of_37_descendants_needs_a_fresh_backup_and_the_typed_count() {
    let mut case = json!({
        "action": "cms_delete", "today": "2026-11-21", "now": "2026-11-21T14:00",
        "node": { "id": "42", "title": "Service", "descendants": 37 },
        "backup": { "created_at": "2026-11-20T08:00" }
    });
    let v = verdict(&case);
    assert!(!v.allowed);
    assert_eq!(
        findings(&v)[0],
        ("BACKUP_TOO_OLD", "block", Some("backup.created_at"))
    );
    assert_eq!(
        v.findings[0].message,
        "Die letzte Datensicherung ist 30 Stunden alt (erlaubt: höchstens 24 Stunden): Legen Sie vorher eine neue an."
    );
    assert!(v
        .findings
        .iter()
        .any(|f| f.message == "Mit „Service“ werden 37 Unterseiten gelöscht."));

    case["backup"]["created_at"] = json!("2026-11-21T13:00");
    let v = verdict(&case);
    assert!(!v.allowed);
    assert_eq!(
        findings(&v)[0],
        ("DELETE_CONFIRMATION_MISSING", "block", Some("confirmation"))
    );
    case["confirmation"] = json!("37");
    assert!(verdict(&case).allowed);
    // A backup of exactly the limit's age no longer counts.
    case["backup"]["created_at"] = json!("2026-11-20T14:00");
    assert_eq!(verdict(&case).findings[0].code, "BACKUP_TOO_OLD");
    case["backup"]["created_at"] = json!("2026-11-20T14:01");
    assert!(verdict(&case).allowed);
}

#[test]
fn account_without_emergency_contact_warns_and_at_risk_domains_come_first() {
    let case = json!({
        "action": "readiness", "today": "2026-11-21", "locale": "en",
        "account": { "name": "Agentur", "emergency_contact": { "name": "Erika" }, "power_of_attorney": true },
        "domains": [
            { "name": "late.de", "renewal": "2026-12-20", "invoice_unpaid": true },
            { "name": "soon.de", "renewal": "2026-11-25", "invoice_unpaid": true },
            { "name": "paid.de", "renewal": "2026-11-22", "invoice_unpaid": false }
        ]
    });
    let v = verdict(&case);
    assert_eq!(
        findings(&v),
        vec![
            (
                "DOMAIN_RENEWAL_AT_RISK",
                "warn",
                Some("domains.1.invoice_unpaid")
            ),
            (
                "DOMAIN_RENEWAL_AT_RISK",
                "warn",
                Some("domains.0.invoice_unpaid")
            ),
            (
                "ACCOUNT_NO_EMERGENCY_CONTACT",
                "warn",
                Some("account.emergency_contact")
            ),
            ("ACCOUNT_UNREACHABLE_PATHS", "info", None),
        ],
        "a contact without phone or e-mail does not count"
    );
    assert_eq!(
        v.findings[0].message,
        "soon.de renews on 25 November 2026 (in 4 days) and its invoice is unpaid: the domain may lapse."
    );
}
