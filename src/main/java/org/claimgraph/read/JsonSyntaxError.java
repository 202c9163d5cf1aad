package org.claimgraph.read;

/** Where and why a text is not JSON: line and column are 1-based, the column counts UTF-16 units. */
final class JsonSyntaxError extends Exception {

    final int line;
    final int column;

    private JsonSyntaxError(String reason, int line, int column) {
        // No stack trace: the position in the input is what matters, not the parser's.
        super(reason, null, false, false);
        this.line = line;
        this.column = column;
    }

    /** The error at index {@code at} of {@code text}, located by line and column for people. */
    static JsonSyntaxError at(String text, int at, String reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonSyntaxError(reason, line, at - lineStart + 1);
    }
}
