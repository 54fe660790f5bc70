package dev.trustmap.evidence.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GitHub REST API lists of fine-grained personal access token grants ({@code GET /orgs/{org}/personal-access-tokens})
 * and deploy keys ({@code GET /repos/{owner}/{repo}/keys}): one array, or pages printed back to back.
 */
public final class GitHubCredentialImporter implements Importer {

    private static final String FIX = "Export with gh api --paginate /orgs/ORG/personal-access-tokens or "
            + "gh api --paginate /repos/OWNER/REPO/keys.";

    @Override
    public String source() {
        return "github";
    }

    @Override
    public String describe() {
        return "GitHub fine-grained PAT grants (GET /orgs/{org}/personal-access-tokens) and deploy keys "
                + "(GET /repos/{owner}/{repo}/keys), JSON, pages back to back";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (!head.json()) {
            return false;
        }
        boolean patGrants = head.hasJsonKey("token_id") && head.hasJsonKey("token_name")
                && head.hasJsonKey("access_granted_at");
        boolean deployKeys = head.hasJsonKey("key") && head.hasJsonKey("read_only")
                && (head.hasJsonKey("added_by") || head.text().contains("/keys/"))
                && !head.text().contains("/user/keys/");
        return patGrants || deployKeys;
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        int[] requests = {0};
        int[] userKeys = {0};
        JsonRecords.read(file, Set.of(), (element, at) -> {
            String location = at.where();
            if (!element.isObject()) {
                throw new InputException(new InputProblem(file.name(), location,
                        "expected an array of token grants or deploy keys, found an array holding "
                                + element.getNodeType().name().toLowerCase(Locale.ROOT) + ".", FIX));
            }
            if (element.has("message") && !element.has("id")) {
                throw new InputException(new InputProblem(file.name(), location,
                        "GitHub answered with an error instead of a list: '" + JsonInput.text(element, "message")
                                + "'.", "Use a token that may read the list (an org owner's for token grants, a "
                                + "repository admin's for deploy keys) and export it again."));
            }
            Origin origin = new Origin(file.name(), at.origin());
            try {
                if (element.has("token_id")) {
                    // GET /orgs/{org}/personal-access-token-requests looks alike but lists requests not yet granted.
                    if (!element.has("access_granted_at") && element.has("created_at")) {
                        requests[0]++;
                    } else {
                        sink.identity(PatGrants.read(element, origin));
                    }
                } else if (element.has("key") && (element.has("read_only") || element.has("verified"))) {
                    // GET /user/keys has the same shape but lists a person's own SSH keys.
                    if (String.valueOf(JsonInput.text(element, "url")).contains("/user/keys/")) {
                        userKeys[0]++;
                    } else {
                        sink.identity(DeployKeys.read(element, origin));
                    }
                } else {
                    throw new InputException(new InputProblem(file.name(), location,
                            "expected a fine-grained token grant (token_id, token_name, permissions, ...) or a deploy "
                                    + "key (id, key, read_only, ...), found an object with " + fields(element) + ".",
                            FIX));
                }
            } catch (BadElement bad) {
                sink.badRow(new InputProblem(file.name(), location, bad.getMessage(), bad.fix()));
            }
        });
        if (requests[0] > 0) {
            sink.warning(new InputProblem(file.name(), "", "skipped " + requests[0]
                    + " pending token requests: they grant nothing until approved.", null));
        }
        if (userKeys[0] > 0) {
            sink.warning(new InputProblem(file.name(), "", "skipped " + userKeys[0]
                    + " personal SSH keys (/user/keys): they belong to a person, not a repository.", null));
        }
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json();
    }

    private static String fields(JsonNode element) {
        List<String> names = new ArrayList<>();
        element.properties().forEach(property -> names.add(property.getKey()));
        return names.isEmpty() ? "no fields" : "fields " + String.join(", ", names);
    }
}
