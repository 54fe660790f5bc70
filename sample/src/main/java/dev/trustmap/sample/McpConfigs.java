package dev.trustmap.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Two MCP client configuration files, copied in under visible names as the inputs folder needs: one person's Claude
 * Desktop file ({@code evidence/mcp/laptops/LOGIN/claude_desktop_config.json}), whose GitHub token and database
 * password are written in it as the MCP servers' README shows (the findings the demo should show), and a repository's
 * VS Code file ({@code evidence/mcp/repos/REPO/vscode-mcp.json}) that prompts for its secrets with
 * {@code ${input:...}} instead. The secrets are made up: the token reads {@code ghp_sample...} and the password
 * {@code sample_...}.
 */
final class McpConfigs implements EstatePart {

    static final long PART = 1720;
    static final String SOURCE = "mcp";
    /** The servers of both files: four on the laptop, two in the repository. */
    static final int SERVERS = 6;

    private final Estate estate;

    McpConfigs(Estate estate) {
        this.estate = estate;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        // the same files every quarter: nobody rotates a token written into a laptop's configuration
        SampleRandom r = SampleRandom.keyed(estate.time().seed(), new long[] {PART}, 0);
        String laptop = "evidence/mcp/laptops/" + estate.people().login(estate.people().pick(r))
                + "/claude_desktop_config.json";
        try (JsonGenerator json = files.json(laptop, EstateFiles.JsonStyle.TWO_SPACES)) {
            json.writeStartObject();
            json.writeObjectFieldStart("mcpServers");
            server(json, "filesystem", "npx", "-y", "@modelcontextprotocol/server-filesystem", "~/Documents");
            open(json, "github", "npx", "-y", "@modelcontextprotocol/server-github");
            json.writeObjectFieldStart("env");
            json.writeStringField("GITHUB_PERSONAL_ACCESS_TOKEN", "ghp_sample" + r.letters(26));
            json.writeEndObject();
            json.writeEndObject();
            String database = "postgresql://reporting:sample_" + r.letters(10) + "@db." + estate.organisation().slug()
                    + ".example:5432/reporting";
            server(json, "postgres", "npx", "-y", "@modelcontextprotocol/server-postgres", database);
            server(json, "fetch", "uvx", "mcp-server-fetch");
            json.writeEndObject();
            json.writeEndObject();
        }
        files.tally(laptop, SOURCE, 4, 4);

        String repo = "evidence/mcp/repos/" + estate.organisation().slug() + "-platform/vscode-mcp.json";
        try (JsonGenerator json = files.json(repo, EstateFiles.JsonStyle.FOUR_SPACES)) {
            json.writeStartObject();
            json.writeArrayFieldStart("inputs");
            input(json, "github-pat", "GitHub personal access token");
            input(json, "jira-token", "Jira API token");
            json.writeEndArray();
            json.writeObjectFieldStart("servers");
            json.writeObjectFieldStart("github");
            json.writeStringField("type", "http");
            json.writeStringField("url", "https://api.githubcopilot.com/mcp/");
            json.writeObjectFieldStart("headers");
            json.writeStringField("Authorization", "Bearer ${input:github-pat}");
            json.writeEndObject();
            json.writeEndObject();
            open(json, "jira", "npx", "-y", "mcp-jira");
            json.writeStringField("type", "stdio");
            json.writeObjectFieldStart("env");
            json.writeStringField("JIRA_API_TOKEN", "${input:jira-token}");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        files.tally(repo, SOURCE, 2, 2);
    }

    /** A server that runs a command with its arguments and nothing more. */
    private static void server(JsonGenerator json, String name, String command, String... args) throws IOException {
        open(json, name, command, args);
        json.writeEndObject();
    }

    /** Opens a server's object with its command and arguments, for the caller to add to and close. */
    private static void open(JsonGenerator json, String name, String command, String... args) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("command", command);
        json.writeArrayFieldStart("args");
        for (String arg : args) {
            json.writeString(arg);
        }
        json.writeEndArray();
    }

    private static void input(JsonGenerator json, String id, String description) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "promptString");
        json.writeStringField("id", id);
        json.writeStringField("description", description);
        json.writeBooleanField("password", true);
        json.writeEndObject();
    }
}
