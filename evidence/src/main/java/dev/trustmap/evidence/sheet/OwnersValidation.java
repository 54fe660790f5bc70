package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.Suggestions;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an owners workbook against the catalog and the inventory, reporting every mistake with its sheet and
 * cell: unknown control or identity ids (with the closest real ones), duplicates, empty owners, malformed emails,
 * bad statuses, actor classes and dates.
 */
public final class OwnersValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final int SUGGESTIONS = 3;

    private final List<InputProblem> problems = new ArrayList<>();

    private OwnersValidation() {
    }

    /**
     * Every problem in the workbook, in sheet and row order; empty when it is clean.
     *
     * @param knownIdentityIds the inventory's identity ids; empty when unknown (identity ids are then not checked)
     */
    public static List<InputProblem> validate(OwnersWorkbook workbook, CatalogControls controls,
            Collection<String> knownIdentityIds) {
        OwnersValidation validation = new OwnersValidation();
        validation.identities(workbook.identityOwners(), knownIdentityIds);
        validation.controls(workbook.controlOwners(), controls);
        validation.people(workbook.people());
        return List.copyOf(validation.problems);
    }

    private void identities(List<IdentityOwner> rows, Collection<String> known) {
        Set<String> knownIds = known instanceof Set<String> set ? set : new HashSet<>(known);
        Map<String, SheetOrigin> seen = new HashMap<>();
        for (IdentityOwner row : rows) {
            SheetOrigin at = row.origin();
            String id = row.identityId();
            if (id == null) {
                add(at, "identity_id", "identity_id is empty.", "Write the identity this row is about, or delete "
                        + "the row.");
            } else if (once(seen, id, at, "identity_id") && !knownIds.isEmpty() && !knownIds.contains(id)) {
                add(at, "identity_id", "identity_id '" + id + "' matches no identity in the inventory.",
                        suggest(Suggestions.to(id, knownIds, SUGGESTIONS), "Write the id exactly as the inventory "
                                + "has it (an ARN, a service-account email, an app id...)."));
            }
            email(at, "technical_owner", row.technicalOwner());
            email(at, "business_owner", row.businessOwner());
            if (row.actorClass() != null && ActorClass.fromKey(row.actorClass()).isEmpty()) {
                add(at, "actor_class", "actor_class '" + row.actorClass() + "' is not an actor class trustmap knows.",
                        "Write one of: " + String.join(", ", OwnersSheetKind.ACTOR_CLASSES) + " (or human).");
            }
            date(at, "decommission_on", row.decommissionOn());
        }
    }

    private void controls(List<ControlOwnerRow> rows, CatalogControls controls) {
        Map<String, SheetOrigin> seen = new HashMap<>();
        for (ControlOwnerRow row : rows) {
            SheetOrigin at = row.origin();
            String id = row.controlId();
            if (id == null) {
                add(at, "control_id", "control_id is empty.", "Write a catalog control id such as "
                        + controls.ids().stream().findFirst().orElse("ACT-01") + ", or delete the row.");
            } else if (!controls.exists(id)) {
                add(at, "control_id", "control_id '" + id + "' is not a control in the catalog.",
                        suggest(controls.nearest(id, SUGGESTIONS), "List the ids with `trustmap catalog controls`."));
            } else {
                once(seen, id, at, "control_id");
            }
            if (row.owner() == null) {
                add(at, "owner", "owner is empty" + (id == null ? "." : " for control " + id + "."),
                        "Write the email of the person who answers for the control.");
            }
            email(at, "owner", row.owner());
            email(at, "backup_owner", row.backupOwner());
            date(at, "review_due", row.reviewDue());
        }
    }

    private void people(List<PersonRow> rows) {
        Map<String, SheetOrigin> seen = new HashMap<>();
        for (PersonRow row : rows) {
            SheetOrigin at = row.origin();
            if (row.email() == null) {
                add(at, "email", "email is empty.", "Write the person's email address, or delete the row.");
            } else if (email(at, "email", row.email())) {
                once(seen, row.email().toLowerCase(Locale.ROOT), at, "email");
            }
            String status = row.status() == null ? null : row.status().toLowerCase(Locale.ROOT);
            if (status == null || !OwnersSheetKind.STATUSES.contains(status)) {
                add(at, "status", status == null ? "status is empty." : "status '" + row.status()
                        + "' is not active or departed.", "Write active or departed.");
            } else if (status.equals("departed") && row.departedOn() == null) {
                add(at, "departed_on", "departed_on is empty for a departed person.", "Write the date they left, "
                        + "e.g. 2026-03-31.");
            }
            date(at, "departed_on", row.departedOn());
        }
    }

    /** True the first time a key is seen; otherwise reports the duplicate, naming the first row. */
    private boolean once(Map<String, SheetOrigin> seen, String key, SheetOrigin at, String column) {
        SheetOrigin first = seen.putIfAbsent(key, at);
        if (first == null) {
            return true;
        }
        add(at, column, column + " '" + key + "' is listed twice (first at " + first.cell(column) + ").",
                "Keep one row per " + column.replace("_id", "") + ": merge the rows and delete this one.");
        return false;
    }

    private boolean email(SheetOrigin at, String column, String value) {
        if (value == null || EMAIL.matcher(value).matches()) {
            return true;
        }
        add(at, column, column + " '" + value + "' is not an email address.",
                "Write one address such as alice@example.com.");
        return false;
    }

    private void date(SheetOrigin at, String column, String value) {
        try {
            Timestamps.parse(value);
        } catch (DateTimeParseException e) {
            add(at, column, "expected a date in " + column + ", found '" + value + "'.",
                    "Write it as 2026-03-31 (or use a date cell), or leave it empty.");
        }
    }

    private static String suggest(List<String> nearest, String otherwise) {
        return nearest.isEmpty() ? otherwise : "Did you mean " + String.join(" or ", nearest) + "?";
    }

    private void add(SheetOrigin at, String column, String message, String fix) {
        problems.add(new InputProblem(at.file(), at.cell(column), message, fix));
    }
}
