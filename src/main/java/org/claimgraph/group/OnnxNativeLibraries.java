package org.claimgraph.group;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.UserCache;
import org.slf4j.LoggerFactory;

/**
 * Keeps ONNX Runtime's native libraries in the user's cache and points the runtime at them.
 * Left to itself, the runtime copies them into a new temporary directory on every run and asks the JVM to delete
 * that directory at exit before the files in it, so every run leaves an empty directory behind in the temporary
 * folder. Told where the libraries are ({@value #NATIVE_PATH_PROPERTY}), it extracts nothing and its
 * directory is empty, so the JVM deletes it.
 */
final class OnnxNativeLibraries {

    /** The system property ONNX Runtime reads for a directory that holds its native libraries. */
    static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";

    /** The libraries the CPU runtime loads, in the order it loads them. */
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private OnnxNativeLibraries() {
    }

    /**
     * Points ONNX Runtime at this platform's libraries in the user's cache, copying them there on first use; does
     * nothing when the property is set already or the libraries cannot be placed (the runtime then extracts them
     * itself, as before).
     */
    static void useUserCache() {
        if (System.getProperty(NATIVE_PATH_PROPERTY) != null) {
            return;
        }
        Optional<String> runtime = runtimeName();
        Optional<String> platform = platform();
        if (runtime.isEmpty() || platform.isEmpty()) {
            return;
        }
        Path directory = UserCache.directory().resolve(runtime.get()).resolve(platform.get());
        try {
            if (place(directory, platform.get())) {
                System.setProperty(NATIVE_PATH_PROPERTY, directory.toString());
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(OnnxNativeLibraries.class)
                    .debug("cannot place ONNX Runtime's libraries in {}: {}", directory, e.getMessage());
        }
    }

    /**
     * Copies this platform's libraries from the runtime's jar into the directory unless they are there; false when
     * the jar holds none for the platform. Each file is written under a temporary name and moved into place, so a
     * run started beside this one never loads a half-written library.
     */
    static boolean place(Path directory, String platform) throws IOException {
        Files.createDirectories(directory);
        for (String library : LIBRARIES) {
            String fileName = System.mapLibraryName(library);
            Path target = directory.resolve(fileName);
            if (Files.exists(target)) {
                continue;
            }
            try (InputStream in = OrtEnvironment.class.getResourceAsStream(
                    "/ai/onnxruntime/native/" + platform + "/" + fileName)) {
                if (in == null) {
                    return false;
                }
                Path partial = Files.createTempFile(directory, fileName, ".part");
                try {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    // Gone after the move; left by a failed copy (a full disk), which must not pile up in the cache.
                    Files.deleteIfExists(partial);
                }
            }
        }
        return true;
    }

    /**
     * The runtime's jar name without ".jar" ("onnxruntime-1.20.0"), so that another version of the runtime gets a
     * directory of its own; empty when the classes do not come from a jar file.
     */
    static Optional<String> runtimeName() {
        CodeSource source = OrtEnvironment.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            String name = Path.of(source.getLocation().toURI()).getFileName().toString();
            return name.endsWith(".jar") ? Optional.of(name.substring(0, name.length() - 4)) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The runtime's name for this operating system and processor ("linux-x64"), as its jar's folders are named. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("linux") ? "linux"
                : os.startsWith("mac") || os.startsWith("darwin") ? "osx"
                : os.startsWith("windows") ? "win" : null;
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
    }
}
