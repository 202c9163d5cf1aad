package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.read.Article;

/**
 * The CoreNLP pipeline claimgraph runs on every article: tokens, sentences, title case recased, POS, lemmas, NER,
 * and the basic dependency trees of the sentences that can hold an attribution.
 */
public final class NlpPipeline {

    /** The name under which the direct parser's time appears in {@link #annotatorSeconds()}. */
    public static final String DIRECT_PARSER = "DependencyParser (direct)";
    private static final String OVERRIDE = "claimgraph.nlp.";
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP coreNlp;
    private final Optional<SelectiveParser> parser;

    private NlpPipeline(Properties props) {
        // The parser loads on its own thread while CoreNLP loads its annotators: together most of loading.
        CompletableFuture<Optional<SelectiveParser>> parserLoading = SelectiveParser.loadInBackground(props);
        this.coreNlp = new StanfordCoreNLP(props);
        this.parser = SelectiveParser.await(parserLoading, props);
    }

    /** The one pipeline of this JVM, loaded on first use; loading takes seconds, so everything shares it. */
    public static NlpPipeline shared() {
        NlpPipeline local = shared;
        if (local == null) {
            synchronized (NlpPipeline.class) {
                local = shared;
                if (local == null) {
                    local = new NlpPipeline(defaultProperties());
                    shared = local;
                }
            }
        }
        return local;
    }

    /** The annotators and models chosen for accuracy per second (see README, "NLP choices"). */
    static Properties defaultProperties() {
        Properties props = new Properties();
        // No depparse annotator: the pipeline parses the sentences it needs itself (see SelectiveParser).
        // Title-case headlines ("Board Of Election Finds") are recased before tagging (see TitleCaseRecaser), and
        // contractions with a curly apostrophe ("they’ve") are spelled as the tagger knows them (see CurlyClitics),
        // and so are dashes it does not know ("―", see DashSpelling).
        // A sentence cut after a "?" or "!" inside a quotation or title is joined back (see SentenceRejoin).
        props.setProperty("annotators", "tokenize,ssplit," + SentenceRejoin.NAME + "," + CurlyClitics.NAME
                + "," + DashSpelling.NAME + "," + TitleCaseRecaser.NAME
                + ",pos,lemma,ner");
        props.setProperty("customAnnotatorClass." + SentenceRejoin.NAME, SentenceRejoin.class.getName());
        props.setProperty("customAnnotatorClass." + CurlyClitics.NAME, CurlyClitics.class.getName());
        props.setProperty("customAnnotatorClass." + DashSpelling.NAME, DashSpelling.class.getName());
        props.setProperty("customAnnotatorClass." + TitleCaseRecaser.NAME, TitleCaseRecaser.class.getName());
        // Curly and straight quotes are kept as written so quote spans can be found in the tokens.
        props.setProperty("tokenize.options", "invertible=true,quotes=original,"
                + "untokenizable=noneKeep,splitHyphenated=true");
        // Paragraph breaks end sentences: news never runs a sentence across a blank line.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Only PERSON and ORGANIZATION mentions are read downstream (name clusters, roles); the 3-class model
        // finds them as well as the default three-model stack at a third of the cost. SUTime and the numeric
        // classifiers ran on every sentence for the few dates statements need: those are to be taken by
        // SUTime on the statements' sentences alone, which the entity mentions built here leave possible.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty(SelectiveParser.MODEL, "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        props.setProperty(SelectiveParser.SELECTED, "true");
        // The parser caches hidden-layer products of features it has not precomputed; CoreNLP's 5,000 entries
        // miss often on news, 50,000 (about 45 MB) make parsing about a tenth faster with the same trees.
        props.setProperty(SelectiveParser.PREFIX + "numCached", "50000");
        // For measuring alternatives without a rebuild: -Dclaimgraph.nlp.ner.model=... overrides ner.model,
        // -Dclaimgraph.nlp.directparse.selected=false parses every sentence.
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(OVERRIDE))
                .forEach(k -> props.setProperty(k.substring(OVERRIDE.length()), System.getProperty(k)));
        return props;
    }

    /**
     * A pipeline with other annotators or models, for benchmarks and comparisons, parsing sentences itself only
     * when {@code directparse.model} is set (else trees come from a listed depparse annotator, if any).
     */
    public static NlpPipeline withProperties(Properties props) {
        return new NlpPipeline(props);
    }

    /**
     * Seconds spent in each CoreNLP annotator so far, read from CoreNLP's own timing report
     * ("POSTaggerAnnotator: 13.2 sec."), and in the direct parser under {@link #DIRECT_PARSER}.
     */
    public Map<String, Double> annotatorSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+Annotator): ([0-9.]+) sec").matcher(coreNlp.timingInformation());
        while (m.find()) {
            out.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        parser.ifPresent(p -> out.put(DIRECT_PARSER, p.seconds()));
        return out;
    }

    /** Sentences given a tree and sentences seen by the direct parser so far; both 0 without one. */
    public ParseCounts parseCounts() {
        return parser.map(p -> new ParseCounts(p.parsedSentences(), p.seenSentences()))
                .orElse(new ParseCounts(0, 0));
    }

    /**
     * How many sentences the direct parser gave a tree.
     *
     * @param parsed sentences parsed
     * @param seen   sentences seen, parsed or not
     */
    public record ParseCounts(long parsed, long seen) {
    }

    /** Annotates an article's body (its header blanked, so offsets are those of the full text). */
    public Annotation annotate(Article article) {
        Annotation doc = new Annotation(article.bodyWithHeaderBlanked());
        // The document date lets SUTime, where it runs, resolve "on Friday".
        article.datePublished().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        coreNlp.annotate(doc);
        parser.ifPresent(p -> p.parse(doc));
        return doc;
    }
}
