package dev.trustmap.assessment.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.ExceptionState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExceptionRulesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-09-30");

    private static ExceptionGrant grant(String requestedBy, String approvedBy, String approvedOn, String expiresOn) {
        return grant("agent:*", requestedBy, approvedBy, approvedOn, expiresOn);
    }

    private static ExceptionGrant grant(String identity, String requestedBy, String approvedBy, String approvedOn,
            String expiresOn) {
        return new ExceptionGrant("EXC-1", "LFC-01", identity, "legacy", requestedBy, approvedBy,
                approvedOn == null ? null : LocalDate.parse(approvedOn),
                expiresOn == null ? null : LocalDate.parse(expiresOn), null, "exceptions.yaml line 1");
    }

    private static AppliedException evaluate(ExceptionGrant g) {
        return ExceptionRules.evaluate(g, AS_OF, 365);
    }

    @Test
    void expiringOnTheAsOfDateIsStillActiveTheDayBeforeIsExpired() {
        AppliedException today = evaluate(grant("alice", "bob", "2026-01-01", "2026-09-30"));
        AppliedException yesterday = evaluate(grant("alice", "bob", "2026-01-01", "2026-09-29"));

        assertThat(today.state()).isEqualTo(ExceptionState.ACTIVE);
        assertThat(today.why()).isEqualTo("active until 2026-09-30");
        assertThat(today.expiresWithin30Days()).isTrue();
        assertThat(today.accepted()).isZero();
        assertThat(yesterday.state()).isEqualTo(ExceptionState.EXPIRED);
        assertThat(yesterday.why()).isEqualTo("expired on 2026-09-29");
        assertThat(yesterday.expiresWithin30Days()).isFalse();
    }

    @Test
    void thirtyDayWarningIsInclusive() {
        assertThat(evaluate(grant("alice", "bob", "2026-01-01", "2026-10-30")).expiresWithin30Days()).isTrue();
        assertThat(evaluate(grant("alice", "bob", "2026-01-01", "2026-10-31")).expiresWithin30Days()).isFalse();
    }

    @Test
    void exactlyMaxDaysIsValidOneMoreIsInvalid() {
        AppliedException exactly = evaluate(grant("alice", "bob", "2026-01-01", "2027-01-01")); // 365 days
        AppliedException longer = evaluate(grant("alice", "bob", "2026-01-01", "2027-01-02"));
        AppliedException muchLonger = evaluate(grant("alice", "bob", "2026-01-01", "2027-02-05"));

        assertThat(exactly.state()).isEqualTo(ExceptionState.ACTIVE);
        assertThat(longer.state()).isEqualTo(ExceptionState.INVALID);
        assertThat(longer.why()).isEqualTo("runs 366 days, longer than 365");
        assertThat(muchLonger.why()).isEqualTo("runs 400 days, longer than 365");
        assertThat(ExceptionRules.evaluate(grant("alice", "bob", "2026-01-01", "2026-12-31"), AS_OF, 30).why())
                .isEqualTo("runs 364 days, longer than 30");
    }

    @Test
    void selfApprovalIsInvalidWhateverTheCase() {
        AppliedException self = evaluate(grant("Alice@Example.com", " alice@example.COM", "2026-01-01",
                "2026-12-31"));

        assertThat(self.state()).isEqualTo(ExceptionState.INVALID);
        assertThat(self.why()).isEqualTo("approved by its own requester");
        assertThat(self.expiresWithin30Days()).isFalse();
    }

    @Test
    void missingApprovalExpiryOrApprovalDateIsInvalid() {
        assertThat(evaluate(grant("alice", null, "2026-01-01", "2026-12-31")).why()).isEqualTo("not approved");
        assertThat(evaluate(grant("alice", "  ", "2026-01-01", "2026-12-31")).why()).isEqualTo("not approved");
        assertThat(evaluate(grant("alice", "bob", "2026-01-01", null)).why()).isEqualTo("no expiry date");
        assertThat(evaluate(grant("alice", "bob", null, "2026-12-31")).why()).isEqualTo("no approval date");
        assertThat(evaluate(grant(null, null, null, null)).why())
                .isEqualTo("not approved; no expiry date; no approval date");
        assertThat(evaluate(grant("alice", "bob", "2026-12-31", "2026-12-01")).why())
                .isEqualTo("expires on 2026-12-01, before its approval on 2026-12-31");
        assertThat(evaluate(grant(null, "bob", "2026-01-01", "2026-12-31")).state()).isEqualTo(ExceptionState.ACTIVE);
    }

    @Test
    void invalidWinsOverExpired() {
        AppliedException both = evaluate(grant("alice", "alice", "2025-01-01", "2025-06-01"));

        assertThat(both.state()).isEqualTo(ExceptionState.INVALID);
    }

    @Test
    void exactIdsAndGlobs() {
        ExceptionGrant exact = grant("arn:aws:iam::123456789012:role/app+ci.deploy", "a", "b", "2026-01-01",
                "2026-12-31");
        assertThat(ExceptionRules.matches(exact, "arn:aws:iam::123456789012:role/app+ci.deploy")).isTrue();
        assertThat(ExceptionRules.matches(exact, "arn:aws:iam::123456789012:role/appxci.deploy")).isFalse();
        assertThat(ExceptionRules.matches(exact, "arn:aws:iam::123456789012:role/app+ci.deploy2")).isFalse();

        ExceptionGrant arnGlob = grant("arn:aws:iam::*:role/legacy/*", "a", "b", "2026-01-01", "2026-12-31");
        assertThat(ExceptionRules.matches(arnGlob, "arn:aws:iam::123456789012:role/legacy/etl")).isTrue();
        assertThat(ExceptionRules.matches(arnGlob, "arn:aws:iam::123456789012:role/legacy/team/a:b")).isTrue();
        assertThat(ExceptionRules.matches(arnGlob, "arn:aws:iam::123456789012:role/legacy/")).isTrue();
        assertThat(ExceptionRules.matches(arnGlob, "arn:aws:iam::123456789012:role/current/etl")).isFalse();
        assertThat(ExceptionRules.matches(arnGlob, "arn:aws:iam::123456789012:user/legacy/etl")).isFalse();

        ExceptionGrant meta = grant("svc.(prod)[1]+$^|{2}\\d-*", "a", "b", "2026-01-01", "2026-12-31");
        assertThat(ExceptionRules.matches(meta, "svc.(prod)[1]+$^|{2}\\d-anything/at:all")).isTrue();
        assertThat(ExceptionRules.matches(meta, "svcX(prod)[1]+$^|{2}\\d-x")).isFalse();

        ExceptionGrant single = grant("key-??", "a", "b", "2026-01-01", "2026-12-31");
        assertThat(ExceptionRules.matches(single, "key-01")).isTrue();
        assertThat(ExceptionRules.matches(single, "key-1")).isFalse();
        assertThat(ExceptionRules.matches(single, "key-001")).isFalse();

        ExceptionGrant everything = grant("*", "a", "b", "2026-01-01", "2026-12-31");
        assertThat(ExceptionRules.matches(everything, "")).isTrue();
        assertThat(ExceptionRules.matches(grant("a*b*c", "a", "b", "2026-01-01", "2026-12-31"), "abxbc")).isTrue();
        assertThat(ExceptionRules.matches(grant("a*b*c", "a", "b", "2026-01-01", "2026-12-31"), "abxbcd")).isFalse();
        assertThat(ExceptionRules.matches(grant(null, "a", "b", "2026-01-01", "2026-12-31"), "x")).isFalse();
        assertThat(ExceptionRules.matches(single, null)).isFalse();
        assertThat(ExceptionRules.matches(grant("Key-01", "a", "b", "2026-01-01", "2026-12-31"), "key-01"))
                .isFalse();
    }
}
