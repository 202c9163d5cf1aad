package org.claimgraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name and version, as Maven built it. */
public final class Version {
    private static final Properties PROPS = load();

    private Version() {
    }

    /** The version string, e.g. "0.1.0". */
    public static String version() {
        return PROPS.getProperty("version", "unknown");
    }

    /** The tool's name. */
    public static String name() {
        return PROPS.getProperty("name", "claimgraph");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/claimgraph/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // The version is informative only; an unreadable file leaves "unknown".
        }
        return p;
    }
}
