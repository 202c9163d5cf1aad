package org.claimgraph.bench;

import org.claimgraph.read.Article;

/**
 * A way to put one article into the served store while readers query it: in-process through the store, or over
 * HTTP through the endpoint's ingestion service.
 */
public interface ArticleIngester {

    /** Converts, validates and stores the article, replacing any earlier version; throws if it failed. */
    void ingest(Article article);

    /** How this ingester reaches the store, for the report (e.g. "in-process (ClaimStore + Converter)"). */
    String describe();
}
