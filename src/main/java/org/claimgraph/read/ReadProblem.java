package org.claimgraph.read;

/**
 * One input that could not be read as an article, such as {@code data/x.txt: not valid UTF-8 (byte 0xE9 at offset 1042)}.
 *
 * @param source  the file, or {@code path:line} for a line of a JSON Lines file
 * @param message what is wrong, in a few words, without the source
 */
public record ReadProblem(String source, String message) {

    /** The problem as one line for a person: the source, a colon and the message. */
    public String line() {
        return source + ": " + message;
    }
}
