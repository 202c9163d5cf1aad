package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import org.claimgraph.ClaimgraphException;

/**
 * Gives the selected sentences of an annotated document their basic dependency tree with CoreNLP's neural parser,
 * called directly because the depparse annotator parses every sentence and builds enhanced graphs nobody reads.
 */
final class SelectiveParser {

    /** Property naming the parser model the pipeline runs itself, after CoreNLP's annotators; unset for none. */
    static final String MODEL = "directparse.model";
    /** Property: "true" parses only the sentences {@link ParseSelection} picks, "false" every sentence. */
    static final String SELECTED = "directparse.selected";
    /** Prefix of the parser's own settings ("directparse.numCached" is its {@code numCached}). */
    static final String PREFIX = "directparse.";

    // One parser serves every thread: predict() keeps its state per call and its one shared mutable part, the
    // hidden-layer cache, is synchronized (CoreNLP's multi-threaded depparse annotator relies on the same).
    private final DependencyParser parser;
    private final ParseSelection selection;
    private final LongAdder nanos = new LongAdder();
    private final LongAdder parsed = new LongAdder();
    private final LongAdder seen = new LongAdder();

    SelectiveParser(DependencyParser parser, ParseSelection selection) {
        this.parser = parser;
        this.selection = selection;
    }

    /** Starts loading the parser the properties name on a thread of its own; empty when they name none. */
    static CompletableFuture<Optional<SelectiveParser>> loadInBackground(Properties props) {
        String model = props.getProperty(MODEL);
        if (model == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        ParseSelection selection = Boolean.parseBoolean(props.getProperty(SELECTED, "true"))
                ? ParseSelection.standard() : null;
        // Loading takes seconds (the model precomputes part of its hidden layer): a thread, not the common pool.
        return CompletableFuture.supplyAsync(() -> Optional.of(new SelectiveParser(
                DependencyParser.loadFromModelFile(model, settings(props)), selection)), r -> {
                    Thread t = new Thread(r, "claimgraph-parser-load");
                    t.setDaemon(true);
                    t.start();
                });
    }

    /** The parser once loaded; a failure names the model. */
    static Optional<SelectiveParser> await(CompletableFuture<Optional<SelectiveParser>> loading, Properties props) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw new ClaimgraphException("dependency parser model " + props.getProperty(MODEL)
                    + " cannot be loaded: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The parser's own settings: the {@code directparse.} properties other than model and selection. */
    private static Properties settings(Properties props) {
        Properties out = new Properties();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && !key.equals(MODEL) && !key.equals(SELECTED)) {
                out.setProperty(key.substring(PREFIX.length()), props.getProperty(key));
            }
        }
        return out;
    }

    /** Sets {@code BasicDependenciesAnnotation} on every sentence the selection wants; others get none. */
    void parse(Annotation doc) {
        long t0 = System.nanoTime();
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            seen.increment();
            if (!tokens.isEmpty() && (selection == null || selection.needsParse(tokens, text))) {
                sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, tree(sentence));
                parsed.increment();
            }
        }
        nanos.add(System.nanoTime() - t0);
    }

    private SemanticGraph tree(CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        // "He's said P": the parser's passive reading of a contracted "has" is undone before anyone reads the tree;
        // "has had to repudiate P": a subjectless infinitive read as a clause is made the open complement it is;
        // "rejected the idea that the changes mattered and said Q": the second saying is the rejecter's.
        // "Roe, who ran the firm, said P": the opening subject is given back to the verb after its relative clause.
        return RelativeClauseSubject.repair(CoordinatedCue.repair(InfinitiveComplement.repair(ContractedPerfect.repair(
                SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                        GrammaticalStructure.Extras.NONE, null)))));
    }

    /** Thread-seconds spent selecting and parsing so far. */
    double seconds() {
        return nanos.sum() / 1e9;
    }

    /** Sentences parsed so far. */
    long parsedSentences() {
        return parsed.sum();
    }

    /** Sentences seen so far, parsed or not. */
    long seenSentences() {
        return seen.sum();
    }
}
