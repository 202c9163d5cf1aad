package org.claimgraph.group;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.stance.Stance;
import org.claimgraph.stance.Statement;

/**
 * Gives the statements of one article their claims: statements whose claims read alike, or share a related
 * event and argument ("the escape of the prisoner" ~ "the prisoner fled"), share one.
 */
public final class ClaimGrouper {

    private final WordNet wordNet = new WordNet();
    private final SignatureReader reader = new SignatureReader(wordNet);
    private final SignatureMatcher matcher = new SignatureMatcher(wordNet);

    /** The claim of every statement; {@code reporters} maps nested attributions to the ones reporting them. */
    public Map<Statement, Claim> group(ParsedArticle doc, List<Statement> statements,
                                       Map<Attribution, Attribution> reporters) {
        int n = statements.size();
        List<ClaimSignature> signatures = new ArrayList<>();
        for (Statement s : statements) {
            signatures.add(reader.read(doc, s.reading().claimSpans(), nestedContent(s, reporters)));
        }
        // Complete linkage: a statement joins a group only if it matches every member, so no chain of
        // loose resemblances can pull unrelated claims together.
        int[] parent = new int[n];
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            for (List<Integer> group : groups) {
                if (matchesAll(i, group, statements, signatures)) {
                    parent[i] = group.get(0);
                    group.add(i);
                    break;
                }
            }
            if (parent[i] == i) {
                groups.add(new ArrayList<>(List.of(i)));
            }
        }
        return claims(statements, parent);
    }

    /**
     * Each claim's signature in portable form, for matching across articles: the words of all its statements,
     * read as {@link #group} reads them.
     */
    public Map<Claim, PortableSignature> signatures(ParsedArticle doc, Map<Statement, Claim> claims,
                                                    Map<Attribution, Attribution> reporters) {
        Map<Claim, PortableSignature> out = new java.util.LinkedHashMap<>();
        claims.forEach((s, claim) -> {
            PortableSignature one = PortableSignature.of(
                    reader.read(doc, s.reading().claimSpans(), nestedContent(s, reporters)));
            out.merge(claim, one, PortableSignature::union);
        });
        return out;
    }

    private boolean matchesAll(int i, List<Integer> group, List<Statement> statements,
                               List<ClaimSignature> signatures) {
        for (int j : group) {
            if (!sameWording(statements.get(i), statements.get(j))
                    && !matcher.same(signatures.get(i), signatures.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static List<CharSpan> nestedContent(Statement s, Map<Attribution, Attribution> reporters) {
        List<CharSpan> out = new ArrayList<>();
        reporters.forEach((inner, outer) -> {
            if (outer == s.attribution()) {
                out.addAll(inner.content());
            }
        });
        return out;
    }

    private static boolean sameWording(Statement a, Statement b) {
        return a.reading().claimLabel().toLowerCase(Locale.ROOT)
                .equals(b.reading().claimLabel().toLowerCase(Locale.ROOT));
    }

    /** One claim per group, labelled by its first asserting statement (positive wording), else its first. */
    private static Map<Statement, Claim> claims(List<Statement> statements, int[] parent) {
        Map<Integer, Claim> byRoot = new java.util.HashMap<>();
        Map<Statement, Claim> out = new IdentityHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            int root = find(parent, i);
            Claim claim = byRoot.computeIfAbsent(root, r -> new Claim("c" + (byRoot.size() + 1),
                    labelOf(statements, parent, r)));
            out.put(statements.get(i), claim);
        }
        return out;
    }

    private static String labelOf(List<Statement> statements, int[] parent, int root) {
        String first = null;
        for (int i = 0; i < statements.size(); i++) {
            if (find(parent, i) != root) {
                continue;
            }
            Statement s = statements.get(i);
            if (s.reading().stance() == Stance.ASSERT) {
                return s.reading().claimLabel();
            }
            if (first == null) {
                first = s.reading().claimLabel();
            }
        }
        return first;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
