package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ONNX Runtime's libraries are placed once in the user's cache, and a run leaves no temporary directory behind. */
class OnnxNativeLibrariesTest {

    @TempDir
    Path temp;

    @Test
    void theLibrariesArePlacedOnceAndKept() throws IOException {
        String platform = OnnxNativeLibraries.platform().orElse(null);
        assumeTrue(platform != null, "no ONNX Runtime build for this platform");
        Path directory = temp.resolve("cache");

        assertTrue(OnnxNativeLibraries.place(directory, platform));
        Path runtime = directory.resolve(System.mapLibraryName("onnxruntime"));
        assertTrue(Files.size(runtime) > 0);
        assertTrue(Files.exists(directory.resolve(System.mapLibraryName("onnxruntime4j_jni"))));
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(runtime, written);

        assertTrue(OnnxNativeLibraries.place(directory, platform));
        assertEquals(written, Files.getLastModifiedTime(runtime), "a library in place is not copied again");
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(2, files.count(), "no partial file is left");
        }
    }

    @Test
    void aPlatformTheRuntimeWasNotBuiltForPlacesNothing() throws IOException {
        assertFalse(OnnxNativeLibraries.place(temp.resolve("cache"), "plan9-mips"));
    }

    @Test
    void theRuntimeIsNamedByItsJarWithItsVersion() {
        assertTrue(OnnxNativeLibraries.runtimeName().orElse("").startsWith("onnxruntime-"));
    }

    /** Runs the sentence model in a JVM of its own with its own temporary folder, as the command line would. */
    @Test
    void aRunOfTheSentenceModelLeavesNoTemporaryDirectory() throws Exception {
        assumeTrue(OnnxNativeLibraries.platform().isPresent(), "no ONNX Runtime build for this platform");
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path cache = Files.createDirectories(temp.resolve("xdg"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                SentenceModelRun.class.getName()));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.redirectErrorStream(true).redirectOutput(temp.resolve("run.log").toFile());
        Process run = builder.start();
        assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the run did not end");
        assertEquals(0, run.exitValue(), Files.readString(temp.resolve("run.log")));

        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("onnxruntime-java")).toList());
        }
    }

    /** The model's one comparison, in a JVM of its own; exits 1 when the model did not load. */
    static final class SentenceModelRun {
        public static void main(String[] args) {
            SentenceSimilarity.warmUp();
            System.exit(SentenceSimilarity.available() ? 0 : 1);
        }
    }
}
