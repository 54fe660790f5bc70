package dev.trustmap.evidence.aws;

import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One row of the credential report as an identity with its key slots, certificates and console password. */
final class CredentialReportRow {

    /** A cell that cannot be read; the message names the column and the value. */
    static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadCell(String message) {
            super(message, null, false, false);
        }
    }

    private static final String ROOT_USER = "<root_account>";

    private CredentialReportRow() {
    }

    static Identity read(CsvTable.Row row, Origin origin) {
        String arn = row.get("arn");
        if (arn == null) {
            throw new BadCell("the row has no arn; every credential report row names its user's ARN.");
        }
        String account = Arns.account(arn);
        if (account == null) {
            throw new BadCell("expected an IAM ARN (arn:aws:iam::<account>:user/<name>) in arn, found '" + arn + "'.");
        }
        String user = row.get("user") != null ? row.get("user") : Arns.lastSegment(arn);
        boolean root = ROOT_USER.equals(user) || arn.endsWith(":root");

        List<Credential> credentials = new ArrayList<>();
        Boolean passwordEnabled = bool(row, "password_enabled");
        Instant passwordUsed = time(row, "password_last_used");
        Instant passwordChanged = time(row, "password_last_changed");
        // password_next_rotation: when the password policy forces a new password, i.e. when this one expires.
        Instant passwordExpires = time(row, "password_next_rotation");
        // The root row writes not_supported for password_enabled yet dates its use: the password exists.
        if (Boolean.TRUE.equals(passwordEnabled)
                || passwordEnabled == null && (passwordUsed != null || passwordChanged != null)) {
            credentials.add(new Credential(arn + "#password", CredentialKind.PASSWORD, ManagedBy.USER,
                    passwordEnabled, passwordChanged, passwordChanged, passwordUsed, passwordExpires, null, null,
                    List.of(), origin));
        }
        boolean activeKey = false;
        for (int slot = 1; slot <= 2; slot++) {
            String prefix = "access_key_" + slot;
            Boolean active = bool(row, prefix + "_active");
            // _last_rotated is the creation time of the key now in the slot (AWS documents no other date for it).
            Instant created = time(row, prefix + "_last_rotated");
            if (Boolean.TRUE.equals(active) || created != null) {
                credentials.add(new Credential(arn + "#" + prefix, CredentialKind.ACCESS_KEY, ManagedBy.USER, active,
                        created, created, time(row, prefix + "_last_used_date"), null, null, null, List.of(),
                        origin));
                activeKey |= Boolean.TRUE.equals(active);
            }
        }
        for (int slot = 1; slot <= 2; slot++) {
            String prefix = "cert_" + slot;
            Boolean active = bool(row, prefix + "_active");
            Instant created = time(row, prefix + "_last_rotated");
            if (Boolean.TRUE.equals(active) || created != null) {
                credentials.add(new Credential(arn + "#" + prefix, CredentialKind.CERTIFICATE, ManagedBy.USER, active,
                        created, created, null, null, null, null, List.of(), origin));
            }
        }

        ActorClassInference.Guess guess = actorClass(user, root, Boolean.TRUE.equals(passwordEnabled), activeKey);
        return Identity.builder(arn)
                .name(user)
                .platform("aws")
                .account(account)
                .actorClass(guess == null ? null : guess.actorClass())
                .actorClassReason(guess == null ? null : guess.reason())
                .status("active")
                .lastUsedAt(latest(credentials))
                .credentials(credentials)
                .build();
    }

    /** Nothing in the report marks a person or a machine: the root account, then name words, then the sign-in kinds. */
    private static ActorClassInference.Guess actorClass(String user, boolean root, boolean password, boolean key) {
        if (root) {
            return new ActorClassInference.Guess(ActorClass.HUMAN, "root account");
        }
        ActorClassInference.Guess byName = ActorClassInference.fromName(user).orElse(null);
        if (byName != null) {
            return byName;
        }
        if (password && !key) {
            return new ActorClassInference.Guess(ActorClass.HUMAN, "console password and no access key");
        }
        if (key && !password) {
            return new ActorClassInference.Guess(ActorClass.WORKLOAD, "access keys and no console password");
        }
        return null; // both, or neither: the report cannot tell; the owner sheet says
    }

    private static Instant latest(List<Credential> credentials) {
        Instant latest = null;
        for (Credential c : credentials) {
            if (c.lastUsedAt() != null && (latest == null || c.lastUsedAt().isAfter(latest))) {
                latest = c.lastUsedAt();
            }
        }
        return latest;
    }

    private static Boolean bool(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (Timestamps.isNoDate(value)) { // N/A, not_supported, empty
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadCell("expected true or false in " + column + ", found '" + value + "'.");
        };
    }

    private static Instant time(CsvTable.Row row, String column) {
        String value = row.get(column);
        try {
            return Timestamps.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadCell("expected an ISO-8601 time in " + column + ", found '" + value + "'.");
        }
    }
}
