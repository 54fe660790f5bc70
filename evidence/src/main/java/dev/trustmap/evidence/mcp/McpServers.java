package dev.trustmap.evidence.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The servers of one configuration file, each an AI-lane identity of its host, with a credential and a finding for
 * each literal secret written in its {@code env}, {@code headers}, {@code args} or {@code url}.
 */
final class McpServers {

    static final String PLATFORM = "mcp";
    /** The finding's scanner: this importer, which reads the file as a scanner would. */
    static final String SCANNER = "mcp";

    static final String FIX = "Import the MCP client's configuration file unmodified (claude_desktop_config.json, "
            + ".mcp.json, .cursor/mcp.json, .vscode/mcp.json or VS Code's settings.json).";

    private final EvidenceFile file;
    private final ImportSink sink;
    private final String path;
    private final List<String> placeholders = new ArrayList<>();

    McpServers(EvidenceFile file, ImportSink sink) {
        this.file = file;
        this.sink = sink;
        this.path = ConfigPath.of(file.name());
    }

    /** Reads every server of the document; a document without a server list fails the import. */
    void read(JsonNode root) {
        String pointer = serversPointer(root);
        if (pointer == null) {
            throw new InputException(new InputProblem(file.name(), "", "expected an MCP client configuration: an "
                    + "object with mcpServers, servers, or mcp.servers (an object of servers by name).", FIX));
        }
        Host host = Host.of(path, !pointer.equals("/mcpServers"));
        for (Map.Entry<String, JsonNode> server : root.at(pointer).properties()) {
            String at = pointer + "/" + escaped(server.getKey());
            try {
                if (!server.getValue().isObject()) {
                    throw bad(at, "expected a server (an object with command or url), found "
                            + server.getValue().getNodeType().name().toLowerCase(Locale.ROOT) + ".");
                }
                server(host, server.getKey(), server.getValue(), at);
            } catch (BadRecord e) {
                sink.badRow(e.problem());
            }
        }
        if (!placeholders.isEmpty()) {
            sink.warning(new InputProblem(file.name(), placeholders.get(0), placeholders.size() + (placeholders.size()
                    == 1 ? " value looks" : " values look") + " like a placeholder where a secret goes (such as "
                    + "<YOUR_TOKEN>), not recorded as a secret: " + String.join(", ", placeholders) + ".",
                    "If the host really runs with this file, the server has no working credential; if a real token "
                            + "was meant, prefer ${input:ID} or ${env:NAME} to writing it in the file."));
        }
    }

    /** Where the servers are: Claude Desktop, Claude Code and Cursor's mcpServers, VS Code's servers or mcp.servers. */
    static String serversPointer(JsonNode root) {
        if (root.path("mcpServers").isObject()) {
            return "/mcpServers";
        }
        if (root.path("servers").isObject()) {
            return "/servers";
        }
        return root.path("mcp").path("servers").isObject() ? "/mcp/servers" : null;
    }

    private void server(Host host, String name, JsonNode server, String at) {
        String id = "mcp:" + path + "#" + name;
        Identity.Builder identity = Identity.builder(id)
                .name(name)
                .platform(PLATFORM)
                .account(host.key)
                .actorClass(ActorClass.AI_AGENT)
                .actorClassReason("MCP server of " + host.display + ": a tool an AI agent calls, with the "
                        + "credentials its configuration gives it");
        Secrets secrets = new Secrets(id, at, identity);
        server.path("env").properties().forEach(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                secrets.found("env/" + e.getKey(), LiteralSecrets.inEnv(e.getKey(), e.getValue().asText()),
                        e.getValue().asText());
            }
        });
        server.path("headers").properties().forEach(h -> {
            if (h.getValue().isTextual()) {
                secrets.found("headers/" + h.getKey(), LiteralSecrets.inHeader(h.getKey(), h.getValue().asText()),
                        h.getValue().asText());
            }
        });
        String previous = null;
        JsonNode args = server.path("args");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i).isTextual() ? args.get(i).asText() : null;
            if (arg != null) {
                secrets.found("args/" + i, LiteralSecrets.inArg(previous, arg), arg);
            }
            previous = arg;
        }
        if (server.path("url").isTextual()) {
            secrets.found("url", LiteralSecrets.inUrl(server.get("url").asText()), server.get("url").asText());
        }
        sink.identity(identity.build());
    }

    /** Turns each literal found in one server into a credential of it and a finding; notes placeholders. */
    private final class Secrets {
        private final String identityId;
        private final String serverPointer;
        private final Identity.Builder identity;

        Secrets(String identityId, String serverPointer, Identity.Builder identity) {
            this.identityId = identityId;
            this.serverPointer = serverPointer;
            this.identity = identity;
        }

        void found(String place, Literal literal, String value) {
            if (literal == null) {
                return;
            }
            String pointer = serverPointer + "/" + escapedPlace(place);
            if (literal.placeholder()) {
                placeholders.add(pointer);
                return;
            }
            String credentialId = identityId + "/" + place;
            String fingerprint = Fingerprints.ofSecret(literal.in(value));
            Origin origin = new Origin(file.name(), pointer);
            // a secret written in the file: no creation, use or expiry is known, and none is invented
            identity.addCredential(new Credential(credentialId, literal.kind(), ManagedBy.USER, null, null, null,
                    null, null, null, fingerprint, List.of(), origin));
            String section = place.substring(0, place.indexOf('/') < 0 ? place.length() : place.indexOf('/'));
            sink.leak(new LeakedSecret(credentialId, SCANNER, "literal secret in " + section, fingerprint,
                    credentialId, path + " " + pointer, null, null, null, null, null, origin));
        }
    }

    private static String escapedPlace(String place) {
        int slash = place.indexOf('/');
        return slash < 0 ? place : place.substring(0, slash + 1) + escaped(place.substring(slash + 1));
    }

    /** A member name as a JSON pointer writes it. */
    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private BadRecord bad(String pointer, String message) {
        return new BadRecord(new InputProblem(file.name(), pointer, message, FIX));
    }
}
