package org.claimgraph.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.resolve.Actor;
import org.claimgraph.stance.Stance;
import org.claimgraph.stance.StanceReading;
import org.claimgraph.stance.Statement;

/**
 * Gives the statements of one article their claims, so that statements about the same proposition share one
 * whatever their stance: claims that read alike, or whose events are related and that share a related
 * argument ("the escape of the prisoner" ~ "the prisoner fled"); claim nouns standing alone ("these claims",
 * "the allegation") take the claim they refer to ({@link BackReferences}). A statement that reports another ("X recalled that a
 * statement was made by Y") keeps a claim of its own: that the statement was made.
 */
public final class ClaimGrouper {

    /** Words a claim needs for its wording alone to identify it: with a predicate, and without. */
    private static final int MIN_STATED_WORDS = 3;
    private static final int MIN_WORDS = 5;
    /** A blank line between paragraphs. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private final WordNet wordNet = new WordNet();
    private final SignatureReader reader = new SignatureReader(wordNet);
    private final SignatureMatcher matcher = new SignatureMatcher(wordNet);
    private final OppositeEvents opposites = new OppositeEvents(wordNet);
    private final BackReferences backReferences = new BackReferences(wordNet, matcher);

    /**
     * The statements, in order, with the stances they take on their claims, and the claim of each; {@code inverted}
     * holds those that state the opposite event of their claim, their stance inverted.
     */
    public record Grouping(List<Statement> statements, Map<Statement, Claim> claims, Set<Statement> inverted) {
    }

    /**
     * The claim of every statement; {@code reporters} maps nested attributions to the ones reporting them. A
     * statement joined to the claim it states the opposite of comes back with its stance inverted.
     */
    public Grouping group(ParsedArticle doc, List<Statement> statements, Map<Attribution, Attribution> reporters) {
        List<Group> groups = new ArrayList<>();
        Map<Statement, Group> groupOf = new IdentityHashMap<>();
        Set<Integer> cited = citedPositions(statements);
        Supplier<DescribedBodies> bodies = DescribedBodies.lazily(doc, statements);
        // Claim nouns standing alone are resolved once every claim is told: the statement after one may say which
        // claim it is ("X rejected the report. 'We have no plans to close stores,' said its spokeswoman").
        List<Member> references = new ArrayList<>();
        for (Statement s : statements) {
            Member m = new Member(s, read(doc, s, reporters, bodies), details(doc, s), false);
            if (m.signature().kind() == ClaimSignature.Kind.ANAPHORIC) {
                references.add(m);
                continue;
            }
            Group g = switch (m.signature().kind()) {
                case OWN_ANAPHORIC -> latestBefore(groups, m.position(), cited,
                        o -> oneSpeaker(o.statement().speaker(), s.speaker()));
                case SUBSTANTIVE -> m.signature().definite() ? latestFitting(groups, m) : firstFitting(groups, m);
                default -> null;
            };
            if (g == null) {
                g = sameWording(groups, m);
            }
            if (g == null && m.signature().kind() == ClaimSignature.Kind.SUBSTANTIVE && !m.signature().definite()) {
                g = opposedFitting(groups, m);
                if (g != null) {
                    m = m.asOpposite();
                }
            }
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.members.add(m);
            groupOf.put(s, g);
        }
        for (Member m : references) {
            Group g = referredTo(doc, groups, m, cited, contested(doc, statements, groupOf, m));
            if (g == null) {
                g = sameWording(groups, m);
            }
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.members.add(m);
            groupOf.put(m.statement(), g);
        }
        for (Member m : references) {
            joinGrounds(doc, statements, groups, groupOf, m);
        }
        Map<Group, Claim> claims = new IdentityHashMap<>();
        Map<Statement, Claim> out = new IdentityHashMap<>();
        List<Statement> stated = new ArrayList<>();
        Set<Statement> inverted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Statement s : statements) {
            Group g = groupOf.get(s);
            Statement taken = s;
            if (g.inverted(s)) {
                taken = withStanceInverted(s);
                inverted.add(taken);
            }
            stated.add(taken);
            out.put(taken, claims.computeIfAbsent(g, k -> new Claim("c" + (claims.size() + 1), k.label())));
        }
        return new Grouping(stated, out, inverted);
    }

    /** The statement with its stance inverted: it states the opposite of its claim (a question stays one). */
    private static Statement withStanceInverted(Statement s) {
        StanceReading r = s.reading();
        return new Statement(s.attribution(), s.speaker(),
                new StanceReading(r.stance().negated(), r.claimSpans(), r.claimLabel(), r.contentSpans()),
                s.confidence());
    }

    /**
     * The first group whose every proposition states the opposite event of the member's (or, if itself opposite to
     * the group, the same event) with no conflicting figure, time, place or actor, and that shares an argument:
     * "the gates were closed all weekend" against "the gates had been opened on Sunday". Only events that
     * {@link OppositeEvents} calls opposite count, never a similarity of wording, which rates opposites alike.
     */
    private Group opposedFitting(List<Group> groups, Member m) {
        for (Group g : groups) {
            List<Member> propositions = g.propositions();
            // Opposite events are rare and cheap to rule out; a shared argument costs WordNet lookups of each pair.
            if (!propositions.isEmpty()
                    && propositions.stream().allMatch(o -> o.opposite() ? eventFits(o, m) : opposedFits(o, m))
                    && matcher.sharesArgument(m.signature(), g.arguments())) {
                return g;
            }
        }
        return null;
    }

    /**
     * True when the member states the opposite event of the proposition about the same participants, one of the two
     * asserting its event ("prices did not rise" and "prices did not fall" contradict nothing), and, for rises and
     * falls, with the same figures or none: a figure is the point of a claim of amounts ("cut its stake to 49%" /
     * "increases the risks"), not of one of keeping or closing ("close the site, where 400 students study"); and
     * the two not a change and its reversal ({@link OppositeEvents#changeAndReversal}: "has shut" / "will reopen").
     */
    private boolean opposedFits(Member o, Member m) {
        boolean amounts = OppositeEvents.amounts(o.signature()) || OppositeEvents.amounts(m.signature());
        // "was started deliberately" / "was an accident": opposed by the intent, which then is no conflicting detail.
        boolean byIntent = opposites.opposedIntent(o.signature(), o.details(), m.signature(), m.details());
        return (o.statement().reading().stance() == Stance.ASSERT || m.statement().reading().stance() == Stance.ASSERT)
                && (!amounts || ClaimDetails.ofKind(o.details(), ClaimDetails.FIGURE)
                        .equals(ClaimDetails.ofKind(m.details(), ClaimDetails.FIGURE)))
                && (byIntent || opposites.opposed(o.signature(), m.signature()))
                && !PronounSubjects.differ(o.signature(), o.statement().speaker(), m.signature(),
                        m.statement().speaker())
                && !matcher.otherObjects(o.signature(), m.signature())
                && !matcher.otherNames(o.signature(), m.signature())
                && !(byIntent ? ClaimDetails.conflict(ClaimDetails.withoutIntent(o.details()),
                        ClaimDetails.withoutIntent(m.details())) : ClaimDetails.conflict(o.details(), m.details()))
                && !OppositeEvents.changeAndReversal(o.signature(), o.details(), m.signature(), m.details());
    }

    /**
     * Each claim's signature in portable form, for matching across articles: the words of all its statements,
     * read as {@link #group} reads them, except those stating the opposite event, whose words are not the claim's.
     */
    public Map<Claim, PortableSignature> signatures(ParsedArticle doc, Grouping grouping,
                                                    Map<Attribution, Attribution> reporters) {
        Map<Claim, PortableSignature> out = new java.util.LinkedHashMap<>();
        Map<Statement, Claim> claims = grouping.claims();
        Supplier<DescribedBodies> bodies = DescribedBodies.lazily(doc, claims.keySet());
        claims.forEach((s, claim) -> {
            if (grouping.inverted().contains(s)) {
                return;
            }
            PortableSignature one = PortableSignature.of(read(doc, s, reporters, bodies), details(doc, s));
            out.merge(claim, one, PortableSignature::union);
        });
        return out;
    }

    /** The figures, years, months and intents of a statement's claim, and its qualifiers ({@link ClaimQualifiers}). */
    private static Set<String> details(ParsedArticle doc, Statement s) {
        Set<String> out = new java.util.TreeSet<>(ClaimDetails.of(doc.text(), s.reading().claimSpans()));
        out.addAll(ClaimQualifiers.of(doc, s.reading().claimSpans(), s.speaker()));
        return out;
    }

    /** The signature of a statement's claim. */
    private ClaimSignature read(ParsedArticle doc, Statement s, Map<Attribution, Attribution> reporters,
                                Supplier<DescribedBodies> bodies) {
        return SpeakerPronoun.withSpeaker(reader.read(doc, s.reading().claimSpans(), nested(s, reporters), bodies),
                s.speaker());
    }

    /** The statements nested in this one: their cue and source are not part of its claim. */
    private static List<Attribution> nested(Statement s, Map<Attribution, Attribution> reporters) {
        List<Attribution> out = new ArrayList<>();
        reporters.forEach((inner, outer) -> {
            if (outer == s.attribution()) {
                out.add(inner);
            }
        });
        return out;
    }

    /**
     * The first group whose every proposition has a related event and that holds a related argument: events
     * are checked against each member so no chain of loose resemblances joins unrelated claims, arguments
     * against all the group's, since speakers name the same participants differently ("units", "servicemen").
     */
    private Group firstFitting(List<Group> groups, Member m) {
        if (!m.signature().substantive()) {
            return null;
        }
        for (Group g : groups) {
            List<Member> propositions = g.propositions();
            if (propositions.isEmpty()) {
                continue;
            }
            // Different figures, years or months are different facts within an article too ("A was paid $30,000",
            // "B was paid $125,000"): the article's topic makes such claims share their words. Unrelated objects of
            // one event are different facts in the same way ("lost sponsors", "lost his title").
            if (eventsFit(propositions, m) && matcher.sharesArgument(m.signature(), g.arguments())) {
                return g;
            }
        }
        return null;
    }

    /** True when every proposition has an event related to the member's and states no other fact of it. */
    private boolean eventsFit(List<Member> propositions, Member m) {
        // A proposition joined as the opposite of its group is fitted by the group's events' opposites.
        return propositions.stream().allMatch(o -> o.opposite() ? opposedFits(o, m) : eventFits(o, m));
    }

    /** True when the member has an event related to the proposition's and states no other fact of it. */
    private boolean eventFits(Member o, Member m) {
        return sameWording(o, m)
                || (matcher.sameEvent(o.signature(), m.signature())
                && !PronounSubjects.differ(o.signature(), o.statement().speaker(), m.signature(),
                        m.statement().speaker())
                && !matcher.otherObjects(o.signature(), m.signature())
                && !ClaimDetails.conflict(o.details(), m.details()));
    }

    /**
     * For a bare definite event noun ("denied the sale"): the group told most recently before it whose every
     * proposition has a related event. It names no participant to share, and "the" says the event was told.
     */
    private Group latestFitting(List<Group> groups, Member m) {
        Group best = null;
        int bestAt = -1;
        for (Group g : groups) {
            List<Member> propositions = g.propositions();
            int at = propositions.stream().mapToInt(Member::position).filter(p -> p < m.position()).max().orElse(-1);
            if (at > bestAt && eventsFit(propositions, m)) {
                bestAt = at;
                best = g;
            }
        }
        return best;
    }

    /**
     * Where the claims of statements that lie in cited evidence begin: the content of a citing cue ("citing
     * internal documents") and any statement inside it ("documents seen by the union").
     */
    private static Set<Integer> citedPositions(List<Statement> statements) {
        List<CharSpan> evidence = statements.stream()
                .filter(s -> ClaimHeads.is(s.attribution().cueLemma(), ClaimHeads.Role.EVIDENCE))
                .flatMap(s -> s.attribution().content().stream()).toList();
        Set<Integer> out = new java.util.HashSet<>();
        for (Statement s : statements) {
            int at = s.reading().claimSpans().get(0).begin();
            if (evidence.stream().anyMatch(e -> e.contains(at))) {
                out.add(at);
            }
        }
        return out;
    }

    /**
     * The group with a proposition stated most recently before {@code position} by a member {@code eligible} takes:
     * what "these claims" refers to, or with the speaker's own members, what "its story" in "stood by its story"
     * does. What a speaker cites as evidence ("citing internal documents") is not a claim made, so it is passed over.
     */
    private static Group latestBefore(List<Group> groups, int position, Set<Integer> cited,
                                      Predicate<Member> eligible) {
        Group best = null;
        int bestAt = -1;
        for (Group g : groups) {
            for (Member o : g.propositions()) {
                if (eligible.test(o) && !cited.contains(o.position()) && o.position() < position
                        && o.position() > bestAt) {
                    bestAt = o.position();
                    best = g;
                }
            }
        }
        return best;
    }

    /**
     * What a claim noun standing alone refers to ({@link BackReferences}), among the claims told before it, passing
     * over what a speaker cites as evidence; none when nothing decides it.
     */
    private Group referredTo(ParsedArticle doc, List<Group> groups, Member m, Set<Integer> cited,
                             Optional<Group> contested) {
        List<BackReferences.Told<Group>> told = new ArrayList<>();
        for (Group g : groups) {
            for (Member o : g.propositions()) {
                if (o.statement() != m.statement() && !cited.contains(o.position()) && o.position() < m.position()) {
                    told.add(new BackReferences.Told<>(g, o.statement(), o.signature()));
                }
            }
        }
        told.sort(Comparator.comparingInt(BackReferences.Told::position));
        return backReferences.resolve(doc, m.statement(), told, (a, b) -> oneSpeaker(a.speaker(), b.speaker()),
                contested).orElse(null);
    }

    /**
     * The claim the statement right after the reference takes the same stance on, when it follows in the same
     * paragraph: "The retailer said the report was false. 'We have no plans to close stores,' said a spokeswoman"
     * denies the closures the report told, whatever the report told last.
     */
    private static Optional<Group> contested(ParsedArticle doc, List<Statement> statements,
                                             Map<Statement, Group> groupOf, Member reference) {
        Statement next = following(doc, statements, reference);
        Group g = next == null ? null : groupOf.get(next);
        if (g == null || g.propositions().stream().noneMatch(o -> o.statement() == next)) {
            return Optional.empty();
        }
        Stance taken = g.inverted(next) ? next.reading().stance().negated() : next.reading().stance();
        return taken == reference.statement().reading().stance() ? Optional.of(g) : Optional.empty();
    }

    /**
     * Moves the denial its speaker gives right after rejecting a claim by a claim noun, in the same paragraph, into the
     * rejected claim: "Corbett rejected the claims. He said the network was not leaking on that scale" gives the
     * grounds of the rejection, which deny what was rejected in other words. Only a denial whose claim no other
     * statement tells: one that restates another claim of the article says which claim it is by itself. Only after a
     * rejection its cue makes ("rejected", "disputed", "dismissed"): a claim noun judged in the speaker's own words
     * ("said the posts were false", "'… and these allegations are unfounded'") is one of several points the speaker
     * makes, and the next point is another ("It added that no side effects had been recorded").
     */
    private static void joinGrounds(ParsedArticle doc, List<Statement> statements, List<Group> groups,
                                    Map<Statement, Group> groupOf, Member reference) {
        Statement next = following(doc, statements, reference);
        Group target = groupOf.get(reference.statement());
        Group own = next == null ? null : groupOf.get(next);
        if (own == null || own == target || own.members.size() != 1
                || own.members.get(0).signature().kind() == ClaimSignature.Kind.ANAPHORIC
                || reference.statement().reading().stance() != Stance.DENY
                || next.reading().stance() != Stance.DENY
                || !rejects(reference.statement().attribution().cueLemma())
                || !oneSpeaker(reference.statement().speaker(), next.speaker())) {
            return;
        }
        groups.remove(own);
        target.members.add(own.members.get(0));
        groupOf.put(next, target);
    }

    /** True when the cue denies by itself, by its lexicon default ("rejected the claims"). */
    private static boolean rejects(String cueLemma) {
        return CueLexicon.standard().lookup(cueLemma).map(CueLexicon.Cue::stance).orElse(null) == Stance.DENY;
    }

    /** The statement right after the member's, when its claim follows in the same paragraph; else null. */
    private static Statement following(ParsedArticle doc, List<Statement> statements, Member member) {
        int at = statements.indexOf(member.statement());
        if (at < 0 || at + 1 >= statements.size()) {
            return null;
        }
        Statement next = statements.get(at + 1);
        int from = member.position();
        int to = next.reading().claimSpans().get(0).begin();
        return to <= from || PARAGRAPH_BREAK.matcher(doc.text().substring(from, to)).find() ? null : next;
    }

    /**
     * True when two speakers are one actor, or named ones of which one name is the other shortened ("the Herald"
     * after "the Sunday Herald"), which the resolver may leave apart.
     */
    private static boolean oneSpeaker(Actor a, Actor b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || !a.named() || !b.named()) {
            return false;
        }
        List<String> wa = List.of(a.label().toLowerCase(Locale.ROOT).split("\\s+"));
        List<String> wb = List.of(b.label().toLowerCase(Locale.ROOT).split("\\s+"));
        return wa.containsAll(wb) || wb.containsAll(wa);
    }

    private static Group sameWording(List<Group> groups, Member m) {
        for (Group g : groups) {
            if (g.members.stream().anyMatch(o -> sameWording(o, m))) {
                return g;
            }
        }
        return null;
    }

    /**
     * True when the two claims read the same and state something: a predicate in three words or more, or five
     * words. A short noun phrase ("Clinton", "a question") is what speakers said something about, not what they
     * said.
     */
    private static boolean sameWording(Member a, Member b) {
        String wa = a.statement().reading().claimLabel().toLowerCase(Locale.ROOT);
        String wb = b.statement().reading().claimLabel().toLowerCase(Locale.ROOT);
        int words = wa.split("\\s+").length;
        boolean states = a.signature().substantive() && b.signature().substantive() && words >= MIN_STATED_WORDS;
        return wa.equals(wb) && (states || words >= MIN_WORDS);
    }

    /**
     * A statement with the signature of its claim and the figures, years and months it states; {@code opposite}
     * when it states the opposite event of the group it joined.
     */
    private record Member(Statement statement, ClaimSignature signature, Set<String> details, boolean opposite) {
        int position() {
            return statement.reading().claimSpans().get(0).begin();
        }

        Member asOpposite() {
            return new Member(statement, signature, details, true);
        }
    }

    /** Statements found to be about one proposition. */
    private static final class Group {
        private final List<Member> members = new ArrayList<>();

        List<Member> propositions() {
            return members.stream().filter(m -> m.signature().substantive()).toList();
        }

        Set<ClaimSignature.Term> arguments() {
            Set<ClaimSignature.Term> out = new LinkedHashSet<>();
            propositions().forEach(m -> out.addAll(m.signature().arguments()));
            return out;
        }

        /**
         * True when the statement states the opposite of the claim: it is on the side joined as the opposite,
         * unless only the first side states that something stays as it is ("will keep the campus open" against
         * "plans to close it"): keeping things as they are denies a change, so the change is the claim.
         */
        boolean inverted(Statement s) {
            Member member = members.stream().filter(m -> m.statement() == s).findFirst().orElseThrow();
            boolean firstSideKeeps = side(false).allMatch(m -> OppositeEvents.keeps(m.signature()));
            boolean oppositeKeeps = side(true).anyMatch(m -> OppositeEvents.keeps(m.signature()));
            boolean firstInverted = side(true).findAny().isPresent() && firstSideKeeps && !oppositeKeeps;
            return member.opposite() != firstInverted;
        }

        private Stream<Member> side(boolean opposite) {
            return propositions().stream().filter(m -> m.opposite() == opposite);
        }

        /**
         * The wording of its first asserted proposition of the claim's own event stated as a clause ("troops are
         * surrounded", not "reports of …"), else of its first proposition so stated, else its first asserted, else its
         * first statement.
         */
        String label() {
            // The statements of the opposite event tell the claim only by negation.
            List<Member> propositions = propositions().stream().filter(m -> !inverted(m.statement())).toList();
            List<Member> stated = propositions.stream().filter(m -> !m.signature().framed()).toList();
            List<Member> candidates = !stated.isEmpty() ? stated : !propositions.isEmpty() ? propositions : members;
            return candidates.stream().filter(m -> m.statement().reading().stance() == Stance.ASSERT).findFirst()
                    .orElse(candidates.get(0)).statement().reading().claimLabel();
        }
    }
}
