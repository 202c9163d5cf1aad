package org.claimgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.ClaimgraphException.BadInput;

/** A brat standoff file as PolNeAR and PARC write attributions: text-bound {@code T} lines tied by {@code E} lines. */
public final class BratDocument {

    /**
     * One {@code T} line.
     *
     * @param id    its id, e.g. {@code T12}
     * @param type  its entity type, e.g. {@code Cue}
     * @param spans its offsets, in code points
     */
    public record TextBound(String id, String type, SpanSet spans) {
    }

    // A line that starts an annotation; any other line continues the text column of a T line that spans a newline.
    private static final Pattern ANNOTATION_LINE = Pattern.compile("^([TERAMN]\\d+|#\\d*|\\*)\\t.*");
    private static final Pattern OFFSETS = Pattern.compile("\\d+ \\d+(;\\d+ \\d+)*");
    // PolNeAR numbers a second content fragment Content2.
    private static final Pattern CONTENT_ROLE = Pattern.compile("Content\\d*");

    private final String source;
    private final Map<String, TextBound> textBounds = new LinkedHashMap<>();
    private final List<GoldAttribution> attributions = new ArrayList<>();

    private BratDocument(String source) {
        this.source = source;
    }

    /** Reads a brat {@code .ann} file, UTF-8. */
    public static BratDocument read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new BadInput("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses brat standoff text; {@code source} names it in messages. */
    public static BratDocument parse(String content, String source) {
        BratDocument doc = new BratDocument(source);
        List<String[]> events = new ArrayList<>();
        String[] lines = content.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!ANNOTATION_LINE.matcher(line).matches()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            if (line.startsWith("T")) {
                doc.addTextBound(line, where);
            } else if (line.startsWith("E")) {
                // Events may name T lines written after them, so they are tied once every T line is known.
                events.add(new String[] {line, where});
            }
        }
        events.forEach(e -> doc.addEvent(e[0], e[1]));
        return doc;
    }

    /** The {@code T} lines, in file order. */
    public List<TextBound> textBounds() {
        return List.copyOf(textBounds.values());
    }

    /** The attributions tied by {@code E} lines, in file order; Discuss and Discard spans are not among them. */
    public List<GoldAttribution> attributions() {
        return List.copyOf(attributions);
    }

    /** Where this document came from. */
    public String source() {
        return source;
    }

    private void addTextBound(String line, String where) {
        String[] cols = line.split("\t", 3);
        int space = cols.length < 2 ? -1 : cols[1].indexOf(' ');
        String offsets = space < 0 ? "" : cols[1].substring(space + 1).trim();
        if (!OFFSETS.matcher(offsets).matches()) {
            throw new BadInput("bad T line at " + where + ": " + line);
        }
        List<SpanSet.Range> ranges = new ArrayList<>();
        for (String pair : offsets.split(";")) {
            String[] be = pair.split(" ");
            int begin = Integer.parseInt(be[0]);
            int end = Integer.parseInt(be[1]);
            if (end < begin) {
                throw new BadInput("span ends before it begins at " + where + ": " + pair);
            }
            ranges.add(new SpanSet.Range(begin, end));
        }
        textBounds.put(cols[0], new TextBound(cols[0], cols[1].substring(0, space), SpanSet.of(ranges)));
    }

    private void addEvent(String line, String where) {
        String[] cols = line.split("\t");
        String[] args = cols.length < 2 ? new String[0] : cols[1].trim().split("\\s+");
        Map<Role, List<SpanSet.Range>> roles = new EnumMap<>(Role.class);
        // The first argument is the event's trigger (Attribution or Attribution-no-source), not a role.
        for (int i = 1; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            if (colon < 0) {
                throw new BadInput("bad argument '" + args[i] + "' in E line at " + where);
            }
            Role role = roleOf(args[i].substring(0, colon));
            TextBound target = textBounds.get(args[i].substring(colon + 1));
            if (target == null) {
                throw new BadInput("E line at " + where + " names a missing T line: " + args[i]);
            }
            if (role != null) {
                roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(target.spans().ranges());
            }
        }
        attributions.add(new GoldAttribution(cols[0], spans(roles, Role.SOURCE), spans(roles, Role.CUE),
                spans(roles, Role.CONTENT)));
    }

    private static Role roleOf(String name) {
        if (CONTENT_ROLE.matcher(name).matches()) {
            return Role.CONTENT;
        }
        return switch (name) {
            case "Source" -> Role.SOURCE;
            case "Cue" -> Role.CUE;
            default -> null;
        };
    }

    private static SpanSet spans(Map<Role, List<SpanSet.Range>> roles, Role role) {
        return SpanSet.of(roles.getOrDefault(role, List.of()));
    }
}
