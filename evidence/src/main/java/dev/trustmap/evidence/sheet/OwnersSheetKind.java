package dev.trustmap.evidence.sheet;

import dev.trustmap.model.vocabulary.ActorClass;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The three kinds of sheet an owners workbook holds, each recognised by its key column. */
public enum OwnersSheetKind {
    IDENTITY_OWNERS("Identity owners", List.of("identity_id", "technical_owner", "business_owner", "purpose",
            "system", "environment", "actor_class", "decommission_on"), List.of("identity_id")),
    CONTROL_OWNERS("Control owners", List.of("control_id", "owner", "backup_owner", "team", "review_due"),
            List.of("control_id", "owner")),
    PEOPLE("People", List.of("email", "name", "status", "departed_on"), List.of("email", "status"));

    /** The actor classes the template offers: the machine and AI classes, not human. */
    public static final List<String> ACTOR_CLASSES = List.of(ActorClass.values()).stream()
            .filter(c -> c != ActorClass.HUMAN).map(ActorClass::key).toList();

    /** The statuses the people directory allows. */
    static final String DEPARTED = "departed";
    public static final List<String> STATUSES = List.of("active", DEPARTED);

    private final String sheetName;
    private final List<String> columns;
    private final List<String> required;

    OwnersSheetKind(String sheetName, List<String> columns, List<String> required) {
        this.sheetName = sheetName;
        this.columns = columns;
        this.required = required;
    }

    /** The sheet's name in the template. */
    public String sheetName() {
        return sheetName;
    }

    /** The columns, in template order. */
    public List<String> columns() {
        return columns;
    }

    /** The columns a sheet of this kind must have. */
    public List<String> required() {
        return required;
    }

    /** The kind a header (lower-case names) belongs to: control_id, else identity_id, else email. */
    public static Optional<OwnersSheetKind> detect(Collection<String> lowerHeaders) {
        if (lowerHeaders.contains("control_id")) {
            return Optional.of(CONTROL_OWNERS);
        }
        if (lowerHeaders.contains("identity_id")) {
            return Optional.of(IDENTITY_OWNERS);
        }
        return lowerHeaders.contains("email") ? Optional.of(PEOPLE) : Optional.empty();
    }
}
