package org.claimgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.resolve.PersonSurname;

/** Person names reduced to what identifies them across articles: lower-case ASCII words, initials left out. */
final class PersonNames {

    private PersonNames() {
    }

    /**
     * The words of a name: "Jane A. Doe" gives [jane, doe], "José Núñez" gives [jose, nunez]; none for a "name" that
     * runs over a line break, which is a headline caught up with a name rather than a name.
     */
    static List<String> words(String name) {
        if (name.contains("\n") || name.contains("\r")) {
            return List.of();
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String token : ascii.split("\\s+")) {
            String word = token.replaceAll("[^a-z0-9]", "");
            // Initials say too little to tell people apart, and articles drop or add them at will.
            if (word.length() > 1) {
                out.add(word);
            }
        }
        return out;
    }

    /** The surname of a name, under which the name is filed: its last word, a generational suffix passed over. */
    static Optional<String> surname(String name) {
        List<String> w = PersonSurname.withoutSuffix(words(name));
        return w.isEmpty() ? Optional.empty() : Optional.of(w.get(w.size() - 1));
    }

    /**
     * True when {@code shorter} is a proper tail of {@code longer}: [trump] of [donald, trump]; a lone surname also of
     * a name with a generational suffix: [kessler] of [robert, kessler, jr]. But [donald, trump] is no tail of
     * [donald, trump, jr]: the father is named without the suffix his son's name has.
     */
    static boolean isTailOf(List<String> shorter, List<String> longer) {
        int n = shorter.size();
        if (n == 0 || longer.size() <= n) {
            return false;
        }
        return endsWith(longer, shorter) || PersonSurname.isLoneSurnameOf(shorter, longer);
    }

    private static boolean endsWith(List<String> words, List<String> tail) {
        return words.subList(words.size() - tail.size(), words.size()).equals(tail);
    }
}
