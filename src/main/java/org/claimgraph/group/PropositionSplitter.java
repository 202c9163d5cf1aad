package org.claimgraph.group;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;

/**
 * Splits an attribution whose content makes several propositions (the sentences of a quote; clauses joined by
 * "and" or "but" that have subjects of their own) into one attribution per proposition, so that each takes its
 * own stance toward its own claim: "we pulled back, but no unit is trapped" asserts one thing and denies
 * another. Source, cue and quote type are shared; the parts' contents together cover the whole content.
 */
public final class PropositionSplitter {

    /** One proposition of an attribution: the part holds its content, the whole is the attribution as found. */
    public record Proposition(Attribution part, Attribution whole) {
    }

    /** The propositions of every attribution, in order; one with a single proposition is its own only part. */
    public List<Proposition> split(ParsedArticle doc, List<Attribution> attributions) {
        List<Proposition> out = new ArrayList<>();
        for (Attribution a : attributions) {
            List<List<CharSpan>> parts = parts(doc, a);
            if (parts.size() < 2) {
                out.add(new Proposition(a, a));
                continue;
            }
            for (List<CharSpan> content : parts) {
                out.add(new Proposition(a.withContent(content), a));
            }
        }
        return out;
    }

    /** The content cut at every boundary between propositions; pieces without a verb stay with the one before. */
    private static List<List<CharSpan>> parts(ParsedArticle doc, Attribution a) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (ParsedSentence s : doc.sentences()) {
            if (a.content().stream().anyMatch(c -> c.begin() < s.end() && s.begin() < c.end())) {
                cuts.add(s.begin());
                clauseCuts(s, a.content()).forEach(cuts::add);
            }
        }
        List<List<CharSpan>> pieces = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                pieces.add(clip(doc.text(), a.content(), from, cut));
            }
            from = cut;
        }
        if (from != null) {
            pieces.add(clip(doc.text(), a.content(), from, Integer.MAX_VALUE));
        }
        pieces.removeIf(List::isEmpty);
        return joinVerbless(doc, pieces);
    }

    /** Pieces without a verb ("Absolutely.") belong to the proposition before them, or else the one after. */
    private static List<List<CharSpan>> joinVerbless(ParsedArticle doc, List<List<CharSpan>> pieces) {
        List<List<CharSpan>> out = new ArrayList<>();
        List<CharSpan> pending = new ArrayList<>();
        for (List<CharSpan> piece : pieces) {
            if (hasVerb(doc, piece)) {
                List<CharSpan> part = new ArrayList<>(pending);
                part.addAll(piece);
                out.add(part);
                pending.clear();
            } else if (out.isEmpty()) {
                pending.addAll(piece);
            } else {
                out.get(out.size() - 1).addAll(piece);
            }
        }
        if (!pending.isEmpty()) {
            out.add(pending);
        }
        return out.stream().map(part -> merged(doc.text(), part)).toList();
    }

    /** Neighbouring spans with only spaces and punctuation between them become one. */
    private static List<CharSpan> merged(String text, List<CharSpan> spans) {
        List<CharSpan> out = new ArrayList<>();
        // Pieces joined across a verbless one can arrive out of order or overlapping: merge in text order.
        List<CharSpan> ordered = new ArrayList<>(spans);
        ordered.sort(java.util.Comparator.comparingInt(CharSpan::begin));
        for (CharSpan c : ordered) {
            CharSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (c.begin() <= last.end() || text.substring(last.end(), c.begin()).chars()
                    .allMatch(ch -> Character.isWhitespace(ch) || ch == ',' || ch == ';'))) {
                out.set(out.size() - 1, new CharSpan(last.begin(), Math.max(last.end(), c.end())));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Where a coordinated clause with a subject of its own begins, inside the content of one sentence. */
    private static List<Integer> clauseCuts(ParsedSentence s, List<CharSpan> content) {
        List<Integer> out = new ArrayList<>();
        for (IndexedWord w : s.nodes()) {
            if (!inside(s, w, content) || !s.relationToParent(w).equals("conj")) {
                continue;
            }
            boolean ownSubject = !s.children(w, "nsubj").isEmpty() || !s.children(w, "csubj").isEmpty()
                    || !s.children(w, "expl").isEmpty();
            boolean clausal = s.parent(w).map(p -> isPredicate(s, p)).orElse(false) && isPredicate(s, w);
            if (ownSubject && clausal) {
                int first = s.subtree(w, List.of()).get(0);
                out.add(s.token(first).beginPosition());
            }
        }
        return out;
    }

    /** A verb, or a word the copula makes a predicate ("is untrue", "are partners"). */
    private static boolean isPredicate(ParsedSentence s, IndexedWord w) {
        return (w.tag() != null && w.tag().startsWith("VB")) || !s.children(w, "cop").isEmpty();
    }

    private static boolean inside(ParsedSentence s, IndexedWord w, List<CharSpan> content) {
        int at = s.token(w.index()).beginPosition();
        return content.stream().anyMatch(c -> c.contains(at));
    }

    /**
     * The content between two offsets, each piece trimmed of spaces and of a comma left at a cut, and of a quotation
     * mark after a space there: the opener of the next piece ("… we won. "We will …"), which the sentence splitter
     * leaves at the end of the sentence before it.
     */
    static List<CharSpan> clip(String text, List<CharSpan> content, int from, int to) {
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan c : content) {
            int b = Math.max(c.begin(), from);
            int e = Math.min(c.end(), to);
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || (e < c.end() && isCutMark(text, e - 1)))) {
                e--;
            }
            if (b < e) {
                out.add(new CharSpan(b, e));
            }
        }
        return out;
    }

    private static boolean isCutMark(String text, int at) {
        char ch = text.charAt(at);
        boolean opener = (ch == '"' || ch == '\u201C') && at > 0 && Character.isWhitespace(text.charAt(at - 1));
        return ch == ',' || ch == ';' || opener;
    }

    private static boolean hasVerb(ParsedArticle doc, List<CharSpan> piece) {
        for (ParsedSentence s : doc.sentences()) {
            if (piece.stream().noneMatch(c -> c.begin() < s.end() && s.begin() < c.end())) {
                continue;
            }
            for (CoreLabel t : s.tokens()) {
                boolean in = piece.stream().anyMatch(c -> c.contains(t.beginPosition()));
                if (in && t.tag() != null && t.tag().startsWith("VB")) {
                    return true;
                }
            }
        }
        return false;
    }
}
