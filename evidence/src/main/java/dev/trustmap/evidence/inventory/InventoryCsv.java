package dev.trustmap.evidence.inventory;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.text.IsoTimes;
import dev.trustmap.model.text.SpreadsheetCell;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The flat inventory: one row per credential (an identity without credentials gets one row with an empty
 * credential), in the columns of trustmap's inventory sheet, then a few columns only an import can know. RFC
 * 4180, UTF-8; cells that a spreadsheet would run as formulas are neutralised.
 */
public final class InventoryCsv {

    /** The inventory sheet's columns, in its documented order. */
    public static final List<String> SHEET_COLUMNS = List.of("identity_id", "identity_name", "actor_class",
            "platform", "account", "environment", "system", "technical_owner", "business_owner", "purpose",
            "privileged", "scopes", "on_behalf_of", "executes_as", "parent_identity", "approved_by",
            "approval_expires_at", "task_ends_at", "status", "decommission_on", "credential_id", "credential_kind",
            "created_at", "last_rotated_at", "last_used_at", "expires_at", "ttl_seconds", "credential_active");

    /** Columns the import derives; the inventory sheet importer ignores them (with a warning). */
    public static final List<String> DERIVED_COLUMNS = List.of("lane", "actor_class_reason", "privilege_reason",
            "identity_last_used_at", "managed_by", "fingerprint", "leaked", "sources");

    private InventoryCsv() {
    }

    public static void write(Inventory inventory, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>(SHEET_COLUMNS);
        header.addAll(DERIVED_COLUMNS);
        csv.printRecord(header);
        for (Identity identity : inventory.identities()) {
            if (identity.credentials().isEmpty()) {
                csv.printRecord(row(identity, null));
            }
            for (Credential credential : identity.credentials()) {
                csv.printRecord(row(identity, credential));
            }
        }
        csv.flush();
    }

    private static List<String> row(Identity i, Credential c) {
        List<String> cells = new ArrayList<>(List.of(
                str(i.id()), str(i.name()), i.actorClass() == null ? "" : i.actorClass().key(), str(i.platform()),
                str(i.account()), str(i.environment()), str(i.system()), str(i.technicalOwner()),
                str(i.businessOwner()), str(i.purpose()), str(i.privileged()), String.join(";", i.scopes()),
                str(i.onBehalfOf()), str(i.executesAs()), str(i.parentIdentity()), str(i.approvedBy()),
                time(i.approvalExpiresAt()), time(i.taskEndsAt()), str(i.status()), time(i.decommissionOn())));
        if (c == null) {
            cells.addAll(List.of("", "", "", "", "", "", "", ""));
        } else {
            cells.addAll(List.of(str(c.id()), c.kind() == null ? "" : c.kind().key(), time(c.createdAt()),
                    time(c.lastRotatedAt()), time(c.lastUsedAt()), time(c.expiresAt()), str(c.ttlSeconds()),
                    str(c.active())));
        }
        cells.addAll(List.of(i.lane() == null ? "" : i.lane().key(), str(i.actorClassReason()),
                str(i.privilegeReason()), time(i.lastUsedAt()),
                c == null || c.managedBy() == null ? "" : c.managedBy().key(), c == null ? "" : str(c.fingerprint()),
                c == null ? "" : String.valueOf(c.leaked()), String.join(";", i.sources())));
        return cells.stream().map(SpreadsheetCell::neutralise).toList();
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String time(Instant value) {
        return value == null ? "" : IsoTimes.text(value);
    }
}
