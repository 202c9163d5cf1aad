package org.claimgraph.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.claimgraph.read.Article;

/** The CoreNLP pipeline claimgraph runs on every article: tokens, sentences, POS, lemmas, NER, dependencies. */
public final class NlpPipeline {

    private static final String OVERRIDE = "claimgraph.nlp.";
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP coreNlp;

    private NlpPipeline(Properties props) {
        this.coreNlp = new StanfordCoreNLP(props);
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
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Curly and straight quotes are kept as written so quote spans can be found in the tokens.
        props.setProperty("tokenize.options", "invertible=true,quotes=original,"
                + "untokenizable=noneKeep,splitHyphenated=true");
        // Paragraph breaks end sentences: news never runs a sentence across a blank line.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained NER (titles, nationalities, ...) costs a third of NER time and adds little here;
        // SUTime stays on because statement dates come from it.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        // For measuring alternatives without a rebuild: -Dclaimgraph.nlp.ner.model=... overrides ner.model.
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(OVERRIDE))
                .forEach(k -> props.setProperty(k.substring(OVERRIDE.length()), System.getProperty(k)));
        return props;
    }

    /** A pipeline with other annotators or models, for benchmarks and comparisons; loading takes seconds. */
    public static NlpPipeline withProperties(Properties props) {
        return new NlpPipeline(props);
    }

    /**
     * Seconds spent in each CoreNLP annotator so far, read from CoreNLP's own timing report
     * ("POSTaggerAnnotator: 13.2 sec.").
     */
    public java.util.Map<String, Double> annotatorSeconds() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+Annotator): ([0-9.]+) sec")
                .matcher(coreNlp.timingInformation());
        while (m.find()) {
            out.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return out;
    }

    /** Annotates an article's body (its header blanked, so offsets are those of the full text). */
    public Annotation annotate(Article article) {
        Annotation doc = new Annotation(article.bodyWithHeaderBlanked());
        article.datePublished().ifPresent(d -> doc.set(
                edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, d.toString()));
        coreNlp.annotate(doc);
        return doc;
    }
}
