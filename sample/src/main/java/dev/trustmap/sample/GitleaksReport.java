package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A gitleaks v8 report over the organisation's repositories ({@code evidence/scanners/gitleaks.json}): the JSON
 * gitleaks writes, one-space indent, members in its struct order. It finds the AWS keys of CI runners and the
 * Kubernetes tokens the other parts leaked (each still in the inventory, so trustmap links them), and a few
 * placeholder secrets that match nothing. Every secret in it is the sample's own invention: AWS key ids are
 * identifiers, the tokens say they are not signed, the placeholders say they are samples.
 */
final class GitleaksReport implements EstatePart {

    static final String SOURCE = "gitleaks";
    private static final long PART = 900;
    private static final List<String> REPOSITORIES = List.of("infrastructure", "platform-config", "deploy-scripts",
            "monorepo", "data-pipelines");

    private final Estate estate;
    private final List<Leak> leaks;

    GitleaksReport(Estate estate, List<Leak> leaks) {
        this.estate = estate;
        this.leaks = leaks;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        String path = "evidence/scanners/gitleaks.json";
        long findings = 0;
        try (JsonGenerator json = files.json(path, EstateFiles.JsonStyle.ONE_SPACE)) {
            json.writeStartArray();
            for (Leak leak : leaks) {
                finding(json, leak);
                findings++;
            }
            for (Leak leak : placeholders()) {
                finding(json, leak);
                findings++;
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
        files.tally(path, SOURCE, findings, 0);
    }

    /** Generic secrets in configuration files, none of them a credential trustmap knows: one per 700 identities. */
    private List<Leak> placeholders() {
        Timeline time = estate.time();
        long from = java.time.LocalDate.of(2023, 6, 1).toEpochDay() * Timeline.DAY;
        long to = java.time.LocalDate.of(2028, 1, 1).toEpochDay() * Timeline.DAY;
        int count = Math.max(2, Math.min(40, estate.shape().identities() / 700));
        List<Leak> found = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            SampleRandom r = time.random(PART, i);
            long committed = from + r.nextLong(to - from);
            String service = Names.workload(r);
            String secret = "sample_" + r.hex(32);
            int author = estate.people().pick(r);
            int line = 1 + r.nextInt(80);
            if (committed <= time.asOf()) {
                found.add(new Leak("generic-api-key", "Detected a Generic API Key, potentially exposing access to "
                        + "various services and sensitive operations.", secret, "api_key = \"" + secret + "\"",
                        "config/" + service + "/application.properties", line, committed, author,
                        "configure " + service));
            }
        }
        return found;
    }

    private void finding(JsonGenerator json, Leak leak) throws IOException {
        SampleRandom r = estate.time().random(PART, leak.committedAt(), leak.line());
        String commit = r.hex(40);
        String repository = r.pick(REPOSITORIES);
        int start = leak.match().indexOf(leak.secret()) + 1;
        json.writeStartObject();
        json.writeStringField("RuleID", leak.rule());
        json.writeStringField("Description", leak.description());
        json.writeNumberField("StartLine", leak.line());
        json.writeNumberField("EndLine", leak.line());
        json.writeNumberField("StartColumn", start);
        json.writeNumberField("EndColumn", start + leak.secret().length() - 1);
        json.writeStringField("Match", leak.match());
        json.writeStringField("Secret", leak.secret());
        json.writeStringField("File", leak.file());
        json.writeStringField("SymlinkFile", "");
        json.writeStringField("Commit", commit);
        json.writeStringField("Link", "https://github.com/" + estate.organisation().slug() + "/" + repository
                + "/blob/" + commit + "/" + leak.file() + "#L" + leak.line());
        json.writeNumberField("Entropy", (float) entropy(leak.secret()));
        json.writeStringField("Author", estate.people().name(leak.author()));
        json.writeStringField("Email", estate.email(leak.author()));
        json.writeStringField("Date", Times.iso(leak.committedAt()));
        json.writeStringField("Message", leak.message());
        json.writeArrayFieldStart("Tags");
        json.writeEndArray();
        json.writeStringField("Fingerprint", commit + ":" + leak.file() + ":" + leak.rule() + ":" + leak.line());
        json.writeEndObject();
    }

    /** Shannon entropy in bits per character, as gitleaks reports it; StrictMath, so every platform agrees. */
    private static double entropy(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int[] counts = new int[256];
        for (byte b : bytes) {
            counts[b & 0xff]++;
        }
        double entropy = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / bytes.length;
                entropy -= p * StrictMath.log(p) / StrictMath.log(2);
            }
        }
        return entropy;
    }
}
