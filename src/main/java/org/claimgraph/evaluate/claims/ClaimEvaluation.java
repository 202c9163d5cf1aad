package org.claimgraph.evaluate.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.claimgraph.ClaimgraphException.BadInput;
import org.claimgraph.convert.BatchConverter;
import org.claimgraph.convert.BatchReport;
import org.claimgraph.convert.Converter;
import org.claimgraph.link.ConversionLinks;
import org.claimgraph.link.Linker;
import org.claimgraph.rdf.Iris;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;

/**
 * Converts each set's articles together, as one batch into one dataset, lets the cross-article linker add its
 * links, and scores the statements against the set's expectations.
 */
public final class ClaimEvaluation {

    private final BatchConverter batch;
    private final Consumer<Dataset> linker;

    /**
     * An evaluation with the given converter and threads; {@code linker} adds cross-article links (such as
     * {@code owl:sameAs} between claims) to the dataset of a converted set before it is scored.
     */
    public ClaimEvaluation(Converter converter, int threads, Consumer<Dataset> linker) {
        this.batch = new BatchConverter(converter, threads);
        this.linker = linker;
    }

    /** An evaluation with the given converter and threads, linking articles as the converter's users do. */
    public ClaimEvaluation(Converter converter, int threads) {
        this(converter, threads, ClaimEvaluation::linkAcrossArticles);
    }

    /** An evaluation with a new standard converter. */
    public static ClaimEvaluation standard(int threads) {
        return new ClaimEvaluation(new Converter(), threads);
    }

    /**
     * The project's cross-article linking ({@link Linker}), run over a converted set: claims of different articles
     * count as the same when it joins them by {@code owl:sameAs} in the links graph.
     */
    static void linkAcrossArticles(Dataset dataset) {
        // As convert does: each article graph in turn (in IRI order, for a stable result), then the links graph.
        ConversionLinks links = new ConversionLinks(new Linker());
        List<String> names = new ArrayList<>();
        dataset.listNames().forEachRemaining(names::add);
        names.sort(null);
        names.forEach(name -> links.add(name, dataset.getNamedModel(name).getGraph()));
        org.apache.jena.graph.Graph found = links.links();
        if (!found.isEmpty()) {
            dataset.addNamedModel(Iris.linksGraph(), org.apache.jena.rdf.model.ModelFactory.createModelForGraph(found));
        }
    }

    /** Converts and scores one set; an article that fails to convert is reported and its rows count as not found. */
    public ClaimSetResult run(ClaimSet set) {
        Map<String, String> nameOfSource = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (String name : set.articleNames()) {
            Article article = readOne(set, name);
            nameOfSource.put(article.source(), name);
            articles.add(article);
        }
        requireAnchorsInText(set, articles, nameOfSource);
        Dataset dataset = DatasetFactory.create();
        Map<String, String> nameOfIri = new HashMap<>();
        BatchReport report = batch.runArticles(articles, converted -> {
            String name = nameOfSource.get(converted.article().source());
            String before = nameOfIri.putIfAbsent(converted.graphIri(), name);
            if (before != null) {
                // The article IRI comes from the text, so two copies of one text would be one article.
                throw new BadInput(name + " has the same text as " + before);
            }
            dataset.addNamedModel(converted.graphIri(), converted.graph());
        });
        linker.accept(dataset);
        ClaimSetResult result = ClaimScorer.score(set.name(), set.expected(),
                PredictedStatements.read(dataset, nameOfIri), ClaimIdentity.of(dataset));
        return new ClaimSetResult(result.name(), result.scores(), result.findings(), report.problems());
    }

    private static Article readOne(ClaimSet set, String name) {
        Path file = set.file(name);
        List<Article> read = new ArticleReader().read(file);
        if (read.size() != 1) {
            throw new BadInput(file + ": a set's article file must hold one article, not " + read.size());
        }
        return read.get(0);
    }

    /** A typo in an anchor would silently count as a missed statement: every anchor must be in its article. */
    private static void requireAnchorsInText(ClaimSet set, List<Article> articles, Map<String, String> nameOfSource) {
        Map<String, String> textOf = new HashMap<>();
        articles.forEach(a -> textOf.put(nameOfSource.get(a.source()), Text.collapse(a.text())));
        for (ExpectedStatement row : set.expected()) {
            if (!textOf.get(row.article()).contains(Text.collapse(row.anchor()))) {
                throw new BadInput(set.where(row) + ": anchor '" + row.anchor() + "' is not in " + row.article());
            }
        }
    }
}
