package org.claimgraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.claimgraph.ClaimgraphException;

/**
 * What the endpoint lets clients do, and how much: the interface it listens on, who may write (only users of an
 * auth file; nobody without one), which remote endpoints {@code SERVICE} may call, and the query timeout, result row
 * limit and request body limit.
 *
 * @param host         the interface to listen on; empty means localhost only
 * @param authFile     Jetty realm file of the users allowed to write; empty means read-only for everyone
 * @param services     the endpoints {@code SERVICE} may call
 * @param queryTimeout the longest a query may run
 * @param maxRows      the most result rows a query returns; more are cut off as by {@code LIMIT}
 * @param maxBodyBytes the largest request body accepted
 */
public record EndpointSecurity(Optional<String> host, Optional<Path> authFile, ServiceAllowlist services,
                               Duration queryTimeout, long maxRows, long maxBodyBytes) {

    /** Query timeout unless configured: long enough for the stored queries on a large store, short for a runaway. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** Row limit unless configured. */
    public static final long DEFAULT_MAX_ROWS = 10_000;
    /** Body limit unless configured: an article is kilobytes, an update or upload rarely more than a few megabytes. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L << 20;

    public EndpointSecurity {
        Objects.requireNonNull(host);
        Objects.requireNonNull(authFile);
        Objects.requireNonNull(services);
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new ClaimgraphException.UsageError("The query timeout must be positive, not " + queryTimeout);
        }
        if (maxRows < 1) {
            throw new ClaimgraphException.UsageError("The row limit must be at least 1, not " + maxRows);
        }
        if (maxBodyBytes < 1) {
            throw new ClaimgraphException.UsageError("The body size limit must be at least 1 byte, not " + maxBodyBytes);
        }
    }

    /** Localhost only, read-only, SERVICE to Wikidata only, 30 s per query, 10,000 rows, 10 MB bodies. */
    public static EndpointSecurity defaults() {
        return new EndpointSecurity(Optional.empty(), Optional.empty(), ServiceAllowlist.wikidataOnly(),
                DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_ROWS, DEFAULT_MAX_BODY_BYTES);
    }

    /** Whether SPARQL Update, Graph Store writes and ingestion are open (to the users of the auth file). */
    public boolean allowsUpdate() {
        return authFile.isPresent();
    }

    /** The same, listening on {@code host} ({@code 0.0.0.0} for every interface). */
    public EndpointSecurity withHost(String host) {
        return new EndpointSecurity(Optional.of(host), authFile, services, queryTimeout, maxRows, maxBodyBytes);
    }

    /** The same, with writes open to the users in {@code authFile} (Jetty realm format), behind basic auth. */
    public EndpointSecurity withUpdatesBy(Path authFile) {
        return new EndpointSecurity(host, Optional.of(authFile), services, queryTimeout, maxRows, maxBodyBytes);
    }

    /** The same, with this SERVICE allowlist. */
    public EndpointSecurity withServices(ServiceAllowlist services) {
        return new EndpointSecurity(host, authFile, services, queryTimeout, maxRows, maxBodyBytes);
    }

    /** The same, with this query timeout. */
    public EndpointSecurity withQueryTimeout(Duration queryTimeout) {
        return new EndpointSecurity(host, authFile, services, queryTimeout, maxRows, maxBodyBytes);
    }

    /** The same, with this row limit. */
    public EndpointSecurity withMaxRows(long maxRows) {
        return new EndpointSecurity(host, authFile, services, queryTimeout, maxRows, maxBodyBytes);
    }

    /** The same, with this body size limit. */
    public EndpointSecurity withMaxBodyBytes(long maxBodyBytes) {
        return new EndpointSecurity(host, authFile, services, queryTimeout, maxRows, maxBodyBytes);
    }
}
