package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.claimgraph.ClaimgraphException;

/** A throwaway user for the bench's ingester: a random password in an owner-only auth file, deleted on close. */
final class BenchUser implements AutoCloseable {

    /** The user's name. */
    static final String NAME = "bench";

    private final Path file;
    private final String password;

    private BenchUser(Path file, String password) {
        this.file = file;
        this.password = password;
    }

    /** Writes the auth file ({@code bench: <random>}) readable by its owner only, as the server requires. */
    static BenchUser create() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        try {
            Path file = Files.createTempFile("claimgraph-bench-users", ".properties",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, NAME + ": " + password + "\n");
            return new BenchUser(file, password);
        } catch (IOException e) {
            throw new ClaimgraphException("Cannot write the bench's auth file: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    String password() {
        return password;
    }

    /** Deletes the auth file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file holds only a password for a server that has stopped.
        }
    }
}
