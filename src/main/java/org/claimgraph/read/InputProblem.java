package org.claimgraph.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why an input is not an article; the message leaves out the source, which the reader adds once. */
final class InputProblem extends Exception {

    InputProblem(String message) {
        // No stack trace: this is an expected outcome reported as one line, and big batches may have many.
        super(message, null, false, false);
    }

    /** Turns an I/O failure into a short reason, without the Java exception's class name or repeated path. */
    static InputProblem of(IOException e, Path path) {
        if (e instanceof NoSuchFileException) {
            boolean danglingLink = Files.isSymbolicLink(path) && !Files.exists(path);
            return new InputProblem(danglingLink ? "no such file (broken symbolic link)" : "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputProblem("permission denied");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return new InputProblem("cannot read: " + fse.getReason());
        }
        return new InputProblem("cannot read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }
}
