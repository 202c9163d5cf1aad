package org.claimgraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with two guards: a query naming a {@code SERVICE} outside the allowlist is refused
 * with 400 before it runs, and no query returns more than the row limit (a larger or missing {@code LIMIT} is
 * lowered to it, and the response names the limit in the {@value #ROW_LIMIT_HEADER} header).
 */
final class GuardedQueryService extends SPARQL_QueryDataset {

    /** Response header naming the row limit, sent when the limit was applied to the query. */
    static final String ROW_LIMIT_HEADER = "Claimgraph-Row-Limit";

    private final ServiceAllowlist services;
    private final long maxRows;

    GuardedQueryService(ServiceAllowlist services, long maxRows) {
        this.services = services;
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        services.refusalFor(query).ifPresent(ServletOps::errorBadRequest);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        return Pair.create(chosen.getLeft(), capped(action, chosen.getRight()));
    }

    /** The query with its LIMIT lowered to the row limit; ASK answers one boolean and needs none. */
    private Query capped(HttpAction action, Query query) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(maxRows);
        action.getResponse().setHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        return copy;
    }
}
