package org.claimgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimgraphException;

/** Writes attributions as brat standoff in the PolNeAR scheme, so predictions open in brat beside the gold. */
public final class BratWriter {

    private BratWriter() {
    }

    /** The brat text of the attributions over the given article text. */
    public static String write(List<? extends RoleSpans> attributions, CodePoints text) {
        StringBuilder out = new StringBuilder();
        int[] nextT = {1};
        int e = 1;
        for (RoleSpans a : attributions) {
            List<String> args = new ArrayList<>();
            for (Role role : List.of(Role.SOURCE, Role.CUE, Role.CONTENT)) {
                SpanSet spans = a.spans(role);
                if (!spans.isEmpty()) {
                    args.add(role.bratType() + ":" + textBound(out, nextT, role.bratType(), spans, text));
                }
            }
            if (args.isEmpty()) {
                continue;
            }
            // brat needs a trigger span; PolNeAR puts it on the cue, or on the content when there is no cue.
            SpanSet anchor = a.spans(Role.CUE).isEmpty() ? a.spans(Role.CONTENT) : a.spans(Role.CUE);
            String type = a.spans(Role.SOURCE).isEmpty() ? "Attribution-no-source" : "Attribution";
            String trigger = textBound(out, nextT, type, anchor.isEmpty() ? a.spans(Role.SOURCE) : anchor, text);
            out.append('E').append(e++).append('\t').append(type).append(':').append(trigger);
            args.forEach(arg -> out.append(' ').append(arg));
            out.append('\n');
        }
        return out.toString();
    }

    /** Writes the attributions to a {@code .ann} file, replacing it. */
    public static void write(Path file, List<? extends RoleSpans> attributions, CodePoints text) {
        try {
            Files.writeString(file, write(attributions, text), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new ClaimgraphException("cannot write " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static String textBound(StringBuilder out, int[] nextT, String type, SpanSet spans, CodePoints text) {
        String id = "T" + nextT[0]++;
        // The text column is for people; a line break in it would end the line, so it becomes a space.
        String covered = spans.text(text).replaceAll("[\\r\\n\\t]", " ");
        out.append(id).append('\t').append(type).append(' ').append(spans.bratOffsets())
                .append('\t').append(covered).append('\n');
        return id;
    }
}
