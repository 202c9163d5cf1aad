package org.claimgraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.JettyLib;
import org.claimgraph.ClaimgraphException;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.PropertyUserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users who may write, read from a Jetty realm file ({@code user: password[,role…]} per line, as Fuseki reads
 * it) and checked over HTTP basic authentication. The file is read again every few seconds, so users can be added
 * or removed without a restart.
 */
final class AuthFile implements AutoCloseable {

    /** The realm name clients see in the authentication challenge. */
    static final String REALM = "claimgraph";

    private static final Logger LOG = LoggerFactory.getLogger(AuthFile.class);
    // A user line: a name, a colon, a non-empty password (Jetty also accepts OBF:, MD5: and CRYPT: forms).
    private static final Pattern USER_LINE = Pattern.compile("\\s*[^#\\s:][^:]*:\\s*\\S.*");
    private static final int RELOAD_SECONDS = 5;

    private final PropertyUserStore users;

    private AuthFile(PropertyUserStore users) {
        this.users = users;
    }

    /** Reads the file, which must hold at least one user; warns if others than its owner may read it. */
    static AuthFile open(Path file) {
        requireUsers(file);
        warnIfOthersCanRead(file);
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(JettyLib.newResource(file.toAbsolutePath().toString()));
        users.setReloadInterval(RELOAD_SECONDS);
        try {
            users.start();
        } catch (Exception e) {
            throw new ClaimgraphException.UsageError("Cannot read the auth file " + file + ": " + e.getMessage());
        }
        return new AuthFile(users);
    }

    /** A Jetty security handler checking these users with basic authentication; Fuseki adds the protected paths. */
    ConstraintSecurityHandler securityHandler() {
        return JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
    }

    private static void requireUsers(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ClaimgraphException.UsageError("Cannot read the auth file " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (lines.stream().noneMatch(l -> USER_LINE.matcher(l).matches())) {
            throw new ClaimgraphException.UsageError("The auth file " + file
                    + " holds no user; write one 'user: password' line per user");
        }
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                LOG.warn("The auth file {} is readable by other users; consider chmod 600", file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check.
        }
    }

    /** Stops watching the file. */
    @Override
    public void close() {
        try {
            users.stop();
        } catch (Exception e) {
            LOG.warn("Cannot stop watching the auth file: {}", e.getMessage());
        }
    }
}
