package org.claimgraph.convert;

import edu.stanford.nlp.pipeline.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.date.StatementDate;
import org.claimgraph.date.StatementDater;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.extract.Nesting;
import org.claimgraph.group.Claim;
import org.claimgraph.group.ClaimGrouper;
import org.claimgraph.group.CrossArticleMatcher;
import org.claimgraph.group.PortableSignature;
import org.claimgraph.link.LinkingTerms;
import org.claimgraph.group.PropositionSplitter;
import org.claimgraph.group.PropositionSplitter.Proposition;
import org.claimgraph.medium.Medium;
import org.claimgraph.medium.MediumFinder;
import org.claimgraph.rdf.ArticleGraphMapper;
import org.claimgraph.rdf.Iris;
import org.claimgraph.read.Article;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.ActorResolver;
import org.claimgraph.resolve.NationalBodies;
import org.claimgraph.resolve.Speakers;
import org.claimgraph.stance.Confidence;
import org.claimgraph.stance.StanceClassifier;
import org.claimgraph.stance.StanceReading;
import org.claimgraph.stance.Statement;
import org.claimgraph.stance.ThingContent;
import org.claimgraph.validate.ShapeValidator;
import org.claimgraph.wikidata.Gazetteer;
import org.claimgraph.wikidata.GazetteerLinker;

/**
 * Runs the pipeline on one article: annotate, extract, resolve, split, stance, group, date, map, medium, wikidata
 * (the gazetteer's links), link terms (what cross-article linking reads), validate.
 */
public final class Converter {

    private final NlpPipeline nlp;
    private final AttributionExtractor extractor;
    private final ActorResolver resolver = new ActorResolver();
    private final StanceClassifier stances;
    private final PropositionSplitter splitter = new PropositionSplitter();
    private final ClaimGrouper grouper = new ClaimGrouper();
    private final StatementDater dater = new StatementDater();
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();
    private final MediumFinder mediumFinder = new MediumFinder();
    private final LinkingTerms linkingTerms = new LinkingTerms(new CrossArticleMatcher());
    private final ShapeValidator validator = new ShapeValidator();
    private final GazetteerLinker wikidata;
    private final StageTimes times = new StageTimes();

    /** A converter over the shared CoreNLP pipeline and the standard lexicons. */
    public Converter() {
        this(NlpPipeline.shared(), CueLexicon.standard());
    }

    /** A converter over the shared CoreNLP pipeline, the standard lexicons and the given Wikidata gazetteer. */
    public Converter(Gazetteer gazetteer) {
        this(NlpPipeline.shared(), CueLexicon.standard(), gazetteer);
    }

    /** A converter over the given pipeline and cue lexicon, with the shipped Wikidata gazetteer. */
    public Converter(NlpPipeline nlp, CueLexicon cues) {
        this(nlp, cues, Gazetteer.standard());
    }

    /** A converter over the given pipeline, cue lexicon and Wikidata gazetteer. */
    public Converter(NlpPipeline nlp, CueLexicon cues, Gazetteer gazetteer) {
        this.wikidata = new GazetteerLinker(gazetteer);
        this.nlp = nlp;
        this.extractor = new AttributionExtractor(cues);
        this.stances = new StanceClassifier(cues);
    }

    /** Converts one article; throws {@code NotConforming} if the graph breaks the shapes. */
    public ConvertedArticle convert(Article article) {
        Instant started = Instant.now();
        Annotation annotation = times.time("annotate", () -> nlp.annotate(article));
        ParsedArticle doc = new ParsedArticle(article, annotation);
        List<Attribution> attributions = times.time("extract", () -> extractor.extract(doc));
        Speakers speakers = times.time("resolve", () -> resolver.resolve(doc, attributions));
        NationalBodies.qualify(speakers.actors());
        wikidata.name(speakers.actors());
        // An attribution whose content names only a thing ("unveiled the musical") states no claim.
        List<Proposition> propositions = times.time("split", () -> splitter.split(doc, attributions).stream()
                .filter(p -> !ThingContent.namesOnlyAThing(doc, p.whole())).toList());
        List<Statement> read = times.time("stance", () -> statements(doc, propositions, speakers));
        Map<Attribution, Attribution> reporters = Nesting.reporters(parts(propositions));
        // Grouping may invert a stance: a statement of the opposite event denies the claim it joins.
        ClaimGrouper.Grouping grouping = times.time("group", () -> grouper.group(doc, read, reporters));
        List<Statement> statements = grouping.statements();
        Map<Statement, Claim> claims = grouping.claims();
        Map<Attribution, StatementDate> dates = times.time("date", () -> dater.date(doc, attributions));
        Model graph = times.time("map", () -> mapper.map(new ArticleGraphMapper.Input(article, statements, claims,
                reporters, started, datesOf(statements, propositions, dates))));
        times.time("medium", () -> {
            Map<Attribution, Medium> media = mediumFinder.find(doc, attributions);
            mapper.writeMedia(graph, article, mediaOf(statements, propositions, media));
            return null;
        });
        // Offline Wikidata links (owl:sameAs) for the actors the gazetteer names.
        times.time("wikidata", () -> wikidata.link(graph));
        // What cross-article linking will read: each claim's words and lookup keys, each person's surname.
        times.time("link terms", () -> {
            Map<Claim, PortableSignature> signatures = grouper.signatures(doc, grouping, reporters);
            linkingTerms.write(graph, article, signatures, speakers.actors());
            return null;
        });
        String iri = Iris.article(article);
        times.time("validate", () -> {
            validator.requireConforms(graph.getGraph(), article.source() + " (" + iri + ")");
            return null;
        });
        return new ConvertedArticle(article, iri, graph, statements.size(), speakers.actors().size(),
                new HashSet<>(claims.values()).size());
    }

    /** One statement per proposition, spoken by the speaker of the attribution it was split from. */
    private List<Statement> statements(ParsedArticle doc, List<Proposition> propositions, Speakers speakers) {
        List<Statement> out = new ArrayList<>();
        for (Proposition p : propositions) {
            Attribution a = p.part();
            Actor speaker = speakers.of(p.whole());
            // A part holding several claims ("A, but no B") gives one statement per claim.
            for (StanceReading reading : stances.classify(doc, a, speaker)) {
                out.add(new Statement(a, speaker, reading, Confidence.of(a, speaker)));
            }
        }
        return out;
    }

    /** Each statement takes the date of the attribution it was split from. */
    private static Map<Statement, StatementDate> datesOf(List<Statement> statements, List<Proposition> propositions,
                                                          Map<Attribution, StatementDate> dates) {
        Map<Attribution, Attribution> wholes = wholes(propositions);
        Map<Statement, StatementDate> out = new IdentityHashMap<>();
        for (Statement st : statements) {
            StatementDate date = dates.get(wholes.get(st.attribution()));
            if (date != null) {
                out.put(st, date);
            }
        }
        return out;
    }

    /** Each statement is made where the attribution it was split from was made. */
    private static List<Optional<Medium>> mediaOf(List<Statement> statements, List<Proposition> propositions,
                                                  Map<Attribution, Medium> media) {
        Map<Attribution, Attribution> wholes = wholes(propositions);
        return statements.stream().map(st -> Optional.ofNullable(media.get(wholes.get(st.attribution())))).toList();
    }

    /** The attribution each part was split from; a part holding several claims gives several statements. */
    private static Map<Attribution, Attribution> wholes(List<Proposition> propositions) {
        Map<Attribution, Attribution> out = new IdentityHashMap<>();
        propositions.forEach(p -> out.put(p.part(), p.whole()));
        return out;
    }

    private static List<Attribution> parts(List<Proposition> propositions) {
        return propositions.stream().map(Proposition::part).toList();
    }

    /** Time spent in each stage so far, for the benchmark. */
    public StageTimes times() {
        return times;
    }
}
