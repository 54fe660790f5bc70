package dev.trustmap.evidence.mcp;

import java.util.regex.Pattern;

/**
 * The configuration file's path as it goes into identity ids: the name trustmap was given (inside the inputs folder,
 * the path in it), with {@code /} between folders and, for a file named by its absolute path under a home folder,
 * {@code ~} for that folder, so that the id says where the file sits for its user and not on which machine.
 */
final class ConfigPath {

    private static final Pattern HOME = Pattern.compile("^(?:[A-Za-z]:)?/(?:home/[^/]+|Users/[^/]+|root)/");

    private ConfigPath() {
    }

    static String of(String fileName) {
        String path = fileName.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return HOME.matcher(path).replaceFirst("~/");
    }
}
