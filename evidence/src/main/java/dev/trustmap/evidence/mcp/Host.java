package dev.trustmap.evidence.mcp;

import java.util.Locale;

/**
 * The agent host a configuration file belongs to. The content tells VS Code ({@code servers}) from the others
 * ({@code mcpServers}); among those, only the file's name and path can say which, as each host has its own file.
 */
enum Host {
    VS_CODE("vscode", "VS Code"),
    CLAUDE_DESKTOP("claude-desktop", "Claude Desktop"),
    CLAUDE_CODE("claude-code", "Claude Code"),
    CURSOR("cursor", "Cursor"),
    UNKNOWN("mcp-client", "an MCP client");

    final String key;
    final String display;

    Host(String key, String display) {
        this.key = key;
        this.display = display;
    }

    /**
     * @param path the file's path as trustmap names it
     * @param vsCodeForm true when the file lists {@code servers} (VS Code's form) rather than {@code mcpServers}
     */
    static Host of(String path, boolean vsCodeForm) {
        String lower = path.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (vsCodeForm || lower.contains(".vscode/")) {
            return VS_CODE;
        }
        if (name.contains("claude_desktop_config")) {
            return CLAUDE_DESKTOP;
        }
        if (name.equals(".mcp.json") || lower.contains("claude-code") || lower.contains("claude_code")) {
            return CLAUDE_CODE;
        }
        return lower.contains("cursor") ? CURSOR : UNKNOWN;
    }
}
