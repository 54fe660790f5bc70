package dev.trustmap.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * trustmap's inventory sheet ({@code evidence/inventory.csv}) as Excel saves it: UTF-8 with a byte-order mark,
 * CRLF line ends, one row per credential with the identity's columns repeated, an identity's rows together. It
 * holds every identity no cloud export lists, so at scale it holds nearly all of them; it is written one identity
 * at a time and nothing of it is kept.
 */
final class InventorySheet implements EstatePart {

    static final String SOURCE = "inventory-csv";
    static final String PATH = "evidence/inventory.csv";
    static final String HEADER = "identity_id,identity_name,actor_class,platform,account,environment,system,"
            + "technical_owner,business_owner,purpose,privileged,scopes,on_behalf_of,executes_as,parent_identity,"
            + "approved_by,approval_expires_at,task_ends_at,status,decommission_on,credential_id,credential_kind,"
            + "created_at,last_rotated_at,last_used_at,expires_at,ttl_seconds,credential_active";

    private final Estate estate;
    private final InventoryRows rows;
    private final Consumer<Leak> leaks;
    private final int count;

    /**
     * @param nativeIds identities of the cloud exports that agents may execute as
     * @param leaks told of each leaked key, as the identity holding it is written
     */
    InventorySheet(Estate estate, List<String> nativeIds, Consumer<Leak> leaks) {
        this.estate = estate;
        this.rows = new InventoryRows(estate, nativeIds, InventoryRows.leakRate(estate.shape()));
        this.leaks = leaks;
        this.count = estate.shape().inventory();
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        long written = 0;
        StringBuilder prefix = new StringBuilder(512);
        StringBuilder line = new StringBuilder(768);
        try (Writer out = files.text(PATH)) {
            out.write('\uFEFF');
            out.write(HEADER);
            out.write("\r\n");
            for (int slot = 0; slot < count; slot++) {
                InventoryRows.SheetIdentity identity = rows.identity(slot);
                prefix.setLength(0);
                Csv.cell(prefix, identity.id());
                for (String cell : identity.cells()) {
                    Csv.cell(prefix.append(','), cell);
                }
                if (identity.rows().isEmpty()) {
                    out.append(prefix).append(",,,,,,,,\r\n");
                    written++;
                }
                for (InventoryRows.Row row : identity.rows()) {
                    line.setLength(0);
                    line.append(prefix).append(',');
                    Csv.cell(line, row.id()).append(',').append(row.kind()).append(',');
                    time(line, row.created()).append(',');
                    time(line, row.rotated()).append(',');
                    if (row.lastUsed() < 0) {
                        line.append("N/A");
                    } else {
                        Times.appendIso(line, row.lastUsed());
                    }
                    line.append(',');
                    time(line, row.expires()).append(',');
                    if (row.ttl() >= 0) {
                        line.append(row.ttl());
                    }
                    line.append(',').append(row.active()).append("\r\n");
                    out.append(line);
                    written++;
                }
                identity.leaks().forEach(leaks);
            }
        }
        files.tally(PATH, SOURCE, written, count);
    }

    private static StringBuilder time(StringBuilder line, long epochSecond) {
        return epochSecond < 0 ? line : Times.appendIso(line, epochSecond);
    }
}
