/**
 * MCP client configuration files: the Model Context Protocol servers an agent host runs ({@code command},
 * {@code args}, {@code env}) or calls ({@code url}, {@code headers}). Recognised by content: top-level
 * {@code mcpServers} (Claude Desktop's {@code claude_desktop_config.json}, Claude Code's {@code .mcp.json}, Cursor's
 * {@code .cursor/mcp.json}), or {@code servers} with an optional {@code inputs[]} (VS Code's {@code .vscode/mcp.json}),
 * also inside the older {@code settings.json} wrapper {@code "mcp": {...}}. The file is read whole (these files are
 * small) and must be strict JSON: comments are refused as malformed.
 *
 * <p><b>Identity.</b> Each server is an AI-lane tool identity of its host, {@code ai_agent}:
 * {@code mcp:<path>#<server name>}, where the path is the file's name as trustmap was given it (in a quarterly run, its
 * path inside the inputs folder), with {@code /} between folders and {@code ~} for a home folder an absolute path
 * starts with, so no machine path enters an id. {@code name} is the server's name, {@code platform} {@code mcp},
 * {@code account} the host: {@code vscode} for VS Code's form whatever the name; otherwise from the file's name,
 * {@code claude-desktop} ({@code claude_desktop_config}), {@code claude-code} ({@code .mcp.json}), {@code cursor} (a
 * path naming cursor), else {@code mcp-client}. There is no owner, status, or date of any kind in these files, and
 * none is invented.
 *
 * <p><b>Literal secrets.</b> A secret written into the file is a static secret the agent holds. It is found in
 * {@code env} and {@code headers} under a name that says secret ({@code GITHUB_TOKEN}, {@code Authorization},
 * {@code *_API_KEY}, but not {@code *_ID}, {@code *_FILE}, {@code *_URL} ...), after an auth scheme
 * ({@code Bearer ...}); in {@code args} after or in a flag that says secret ({@code --token VALUE},
 * {@code --api-key=VALUE}, {@code -e API_TOKEN=VALUE}); as the password of a URL ({@code postgresql://u:PASS@...}) or a
 * secret query parameter, in {@code args} or {@code url}; and anywhere in those four when it has a secret's shape
 * ({@code ghp_...}, a random-looking token). Each becomes a credential of the server, {@code id}
 * {@code <identity id>/env/NAME} ({@code /headers/NAME}, {@code /args/N}, {@code /url}), kind {@code password} when
 * its name or place says password, {@code personal_access_token} for a name with {@code PAT}, else {@code api_key};
 * {@code managedBy} {@code user}, no dates, {@code fingerprint} that of the secret; and a leaked-secret finding
 * (scanner {@code mcp}, rule "literal secret in env", location the file and JSON pointer, no detection date, key id
 * the credential's id, so it links to it). The value itself is never kept, and the evidence pack's copy has the secret
 * part of each such value replaced ({@code Bearer REDACTED:sha256:...}), so that it imports the same.
 *
 * <p><b>Not secrets.</b> References, {@code ${input:ID}} (VS Code prompts and stores the value),
 * {@code ${env:NAME}} and {@code ${NAME}}; file paths; blank values. Placeholders a person was meant to replace
 * ({@code <YOUR_TOKEN>}, {@code YOUR_GITHUB_PAT}, {@code xxx}, {@code changeme}) are not recorded as secrets, since
 * there is nothing to revoke, but listed in one warning per file, by JSON pointer.
 *
 * <p><b>Not recorded.</b> {@code command}, other {@code args}, {@code type}, {@code envFile} (the file it names is
 * not read), {@code inputs[]} (prompts, not values), {@code cwd}; Claude Code's per-project servers inside
 * {@code ~/.claude.json}.
 */
package dev.trustmap.evidence.mcp;
