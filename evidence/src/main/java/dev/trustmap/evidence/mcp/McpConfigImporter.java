package dev.trustmap.evidence.mcp;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.redact.Redaction;

/**
 * MCP client configuration files: the servers an agent host (Claude Desktop, Claude Code, Cursor, VS Code) runs or
 * calls, and the literal secrets written in their configuration. Recognised by content; the file's name says which
 * host it belongs to where the content cannot.
 */
public final class McpConfigImporter implements Importer {

    @Override
    public String source() {
        return "mcp";
    }

    @Override
    public String describe() {
        return "MCP client configuration files (mcpServers: Claude Desktop, Claude Code, Cursor; servers and inputs: "
                + "VS Code); literal secrets become findings, their values are never kept";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (head.zip() || !head.text().stripLeading().startsWith("{")) {
            return false;
        }
        // VS Code's servers is a common word: a server there is run (command) or called (url)
        return head.hasJsonKey("mcpServers")
                || head.hasJsonKey("servers") && (head.hasJsonKey("command") || head.hasJsonKey("url"));
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        new McpServers(file, sink).read(JsonInput.read(file));
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new ConfigSecrets());
    }
}
