package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small news articles made up for load tests: each has its own date, speakers, cues and a made-up word of its own
 * inside a reported statement, by which a text search can find that article's statements and no other's.
 */
final class GeneratedArticles {

    private static final String[] PEOPLE = {"Maria Keller", "Tomas Brenner", "Aiko Tanaka", "Samuel Okafor",
        "Lena Varga", "David Moreau", "Ines Carvalho", "Pavel Novak"};
    private static final String[] ROLES = {"mayor of the city", "transport minister", "chief engineer",
        "head of the port authority", "finance minister", "spokeswoman for the ministry"};
    private static final String[] ORGANISATIONS = {"The farmers' union", "The city council", "The harbour authority",
        "The national statistics office", "The teachers' association"};
    private static final String[] THINGS = {"bridge", "tunnel", "railway line", "water plant", "school", "hospital"};
    private static final String[] GOODS = {"bread", "rents", "electricity", "fuel", "coffee"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private GeneratedArticles() {
    }

    /** The made-up word of article {@code i}: letters only, so that no analyzer splits or stems it. */
    static String word(int i) {
        return "zor" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "ik";
    }

    /** The text of article {@code i}, with a date header. */
    static String text(int i) {
        return String.format("date %s ", date(i)) + body(i);
    }

    /** The date of article {@code i}, as YYYY-MM-DD. */
    static String date(int i) {
        return String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
    }

    /** The text of article {@code i} without a header. */
    static String body(int i) {
        String speaker = PEOPLE[i % PEOPLE.length];
        String other = PEOPLE[(i + 3) % PEOPLE.length];
        String thing = THINGS[i % THINGS.length];
        String org = ORGANISATIONS[i % ORGANISATIONS.length];
        StringBuilder b = new StringBuilder();
        b.append(speaker).append(", the ").append(ROLES[i % ROLES.length]).append(", said that the ")
                .append(word(i)).append(' ').append(thing).append(" would open in ").append(2025 + i % 3).append(".\n\n");
        b.append("\u201cThe work is on schedule and within its budget,\u201d ").append(speaker)
                .append(" told reporters on ").append(DAYS[i % DAYS.length]).append(".\n\n");
        b.append(other).append(" denied that the ").append(thing).append(" had been delayed by ")
                .append(2 + i % 7).append(" months.\n\n");
        b.append(org).append(" said that the price of ").append(GOODS[i % GOODS.length]).append(" rose by ")
                .append(3 + i % 9).append(" percent last year.");
        if (i % 2 == 1) {
            b.append("\n\n\u201cWe have seen no evidence of fraud in the contracts,\u201d ").append(other)
                    .append(" wrote in a statement.");
        }
        return b.append('\n').toString();
    }

    /** Writes articles {@code 0 … count-1} as text files into {@code directory}; returns their paths in order. */
    static List<Path> write(Path directory, int count) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(Files.writeString(directory.resolve(String.format("article-%03d.txt", i)), text(i)));
        }
        return files;
    }
}
