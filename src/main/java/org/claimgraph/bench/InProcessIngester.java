package org.claimgraph.bench;

import org.claimgraph.convert.ConvertedArticle;
import org.claimgraph.convert.Converter;
import org.claimgraph.read.Article;
import org.claimgraph.store.ClaimStore;

/**
 * Ingests articles in the endpoint's own JVM, as its HTTP ingestion does: convert and validate, then store and
 * link in one write transaction ({@link ClaimStore#replaceArticle}), while readers keep querying over HTTP.
 */
public final class InProcessIngester implements ArticleIngester {

    private final Converter converter;
    private final ClaimStore store;

    /** An ingester that converts with {@code converter} into {@code store}. */
    public InProcessIngester(Converter converter, ClaimStore store) {
        this.converter = converter;
        this.store = store;
    }

    @Override
    public void ingest(Article article) {
        ConvertedArticle converted = converter.convert(article);
        store.replaceArticle(converted.graphIri(), converted.graph().getGraph());
    }

    @Override
    public String describe() {
        return "in-process (Converter + ClaimStore.replaceArticle, what HTTP ingestion runs)";
    }
}
