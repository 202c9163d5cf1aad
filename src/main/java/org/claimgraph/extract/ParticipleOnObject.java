package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.annotate.Lemmas;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds who speaks through a participle on the object of a verb: in "the senator opened a rally blasting X" or "the
 * leaders took turns rebutting P" the object (a rally, turns) says nothing; the verb's subject does the blasting.
 * Only for an object that is not itself taken as the source (see IndirectSpeechExtractor: names, people, and nouns
 * the participle follows directly elsewhere than in an object), and not for an object that carries words of its own:
 * in "read a report warning P" or "carried placards denouncing X" the report and the placards speak.
 */
final class ParticipleOnObject {

    /** Objects whose words are their own: messages, and signs and clothing with slogans. */
    private static final Set<String> SPEAKING_OBJECTS = Stream.concat(
            TsvResource.words("issued-messages.tsv").stream(), TsvResource.words("self-speaking-objects.tsv").stream())
            .collect(Collectors.toUnmodifiableSet());

    private ParticipleOnObject() {
    }

    /**
     * The source mention of a present participle that modifies the object of an active verb: that verb's source;
     * empty for any other word, or when the verb has no source.
     */
    static Optional<Mention> holder(ParsedSentence s, IndexedWord participle, String text) {
        Optional<IndexedWord> object = s.parent(participle)
                .filter(n -> "VBG".equals(participle.tag()) && s.baseRelationToParent(participle).equals("acl"))
                .filter(n -> n.index() < participle.index() && s.relationToParent(n).equals("obj"))
                .filter(n -> !SPEAKING_OBJECTS.contains(Lemmas.lowerOf(n)));
        Optional<IndexedWord> verb = object.flatMap(s::parent)
                .filter(v -> v.tag() != null && v.tag().startsWith("VB") && !s.isPassive(v));
        return verb.flatMap(v -> CueFrames.sourceHead(s, v))
                .filter(h -> h.index() < object.get().index())
                .flatMap(h -> CueFrames.mention(s, h, text, List.of()));
    }
}
