package org.claimgraph.serve;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.store.ClaimStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Fuseki server that publishes a {@link ClaimStore} at {@code /claimgraph} with the Fuseki UI.
 *
 * <p>By default it listens on localhost only and is read-only: SPARQL query at {@code /claimgraph/sparql},
 * {@code /claimgraph/query} and the dataset URL, Graph Store Protocol read at {@code /claimgraph/get}; no update,
 * upload or admin services exist, so nothing over HTTP can change the store. With an auth file
 * ({@link EndpointSecurity#withUpdatesBy}) its users, and only they, may also use SPARQL Update at
 * {@code /claimgraph/update}, Graph Store writes at {@code /claimgraph/data} and ingestion at
 * {@code /claimgraph/articles}, with HTTP basic authentication. {@link EndpointSecurity} sets the limits. Query
 * answers are kept until the store next changes ({@link QueryResultCache}; {@link #withResultCache} sizes it).
 */
public final class Endpoint implements AutoCloseable {

    /** The port Fuseki uses by convention. */
    public static final int DEFAULT_PORT = 3030;
    /** The dataset path under which the store is published. */
    public static final String DATASET = "/claimgraph";

    /** Memory for kept query answers unless configured (see {@link QueryResultCache}). */
    public static final long DEFAULT_RESULT_CACHE_BYTES = 64L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);
    /** The UI's start page inside jena-fuseki-ui. */
    private static final String UI_INDEX = "webapp/index.html";

    private final ClaimStore store;
    private final int requestedPort;
    private final EndpointSecurity security;
    private final ArticleIngestion ingestion;
    private long resultCacheBytes = DEFAULT_RESULT_CACHE_BYTES;
    private FusekiServer server;
    private AuthFile users;
    private QueryResultCache cache;

    /** An endpoint on the default port, localhost only, read-only. */
    public Endpoint(ClaimStore store) {
        this(store, DEFAULT_PORT);
    }

    /** An endpoint on {@code port} (0 picks a free port), localhost only, read-only. */
    public Endpoint(ClaimStore store, int port) {
        this(store, port, EndpointSecurity.defaults());
    }

    /** An endpoint on {@code port} (0 picks a free port) with the given security settings. */
    public Endpoint(ClaimStore store, int port, EndpointSecurity security) {
        this(store, port, security, new ArticleIngestion(store));
    }

    /** An endpoint whose {@code /articles} service, if updates are allowed, stores articles with {@code ingestion}. */
    public Endpoint(ClaimStore store, int port, EndpointSecurity security, ArticleIngestion ingestion) {
        if (port < 0 || port > 65535) {
            throw new ClaimgraphException.UsageError("Port must be between 0 and 65535, not " + port);
        }
        this.store = store;
        this.requestedPort = port;
        this.security = security;
        this.ingestion = ingestion;
    }

    /**
     * Keeps query answers in up to {@code bytes} of memory until the store next changes (0: keep none); call
     * before {@link #start()}. Returns this endpoint for chaining.
     */
    public Endpoint withResultCache(long bytes) {
        if (bytes < 0) {
            throw new ClaimgraphException.UsageError("The result cache size cannot be negative, not " + bytes);
        }
        this.resultCacheBytes = bytes;
        return this;
    }

    /** What the result cache did since the start; empty without a cache. */
    public Optional<ResultCacheCounts> resultCacheCounts() {
        return Optional.ofNullable(cache).map(QueryResultCache::counts);
    }

    /** Starts the server; returns this endpoint for chaining. */
    public Endpoint start() {
        if (server != null) {
            throw new IllegalStateException("Endpoint already started on port " + port());
        }
        try {
            server = builder().build();
            security.host().ifPresent(this::listenOn);
            server.start();
        } catch (ClaimgraphException e) {
            close();
            throw e;
        } catch (RuntimeException e) {
            close();
            throw new ClaimgraphException("Cannot start the SPARQL endpoint on port " + requestedPort
                    + " for " + store + ": " + e.getMessage(), e);
        }
        return this;
    }

    private FusekiServer.Builder builder() {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(requestedPort)
                // Localhost unless a host is given; listenOn then sets that host on the connector.
                .loopback(security.host().isEmpty())
                .add(DATASET, new EndpointServices(store.datasetGraph(), security).build())
                .registerOperation(Operation.Query,
                        new GuardedQueryService(security.services(), security.maxRows()))
                .addFilter("/*", new BodySizeLimit(security.maxBodyBytes()))
                // The UI lists datasets from /$/server and checks the server with /$/ping.
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .enableStats(true);
        if (resultCacheBytes > 0) {
            // After the body limit, so that no body over it is ever read into memory here.
            cache = new QueryResultCache(store::committedWrites, resultCacheBytes, security.queryTimeout());
            builder.addFilter("/*", cache);
        }
        if (security.allowsUpdate()) {
            users = AuthFile.open(security.authFile().get());
            builder.securityHandler(users.securityHandler())
                   .registerOperation(EndpointServices.INGEST, new IngestService(ingestion));
        }
        List<URL> ui = uiCopies();
        if (ui.size() == 1) {
            // FMod_UI adds the static UI files, the query validators and /$/stats.
            builder.fusekiModules(FusekiModules.create(FMod_UI.create()))
                   .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(uiSearchBase()));
        } else {
            // With two copies Jetty merges them into a resource without a URI, on which FMod_UI fails.
            LOG.warn("Serving without the Fuseki UI: expected one copy of its files on the classpath, found {}", ui);
        }
        return builder;
    }

    /** Binds the (only) connector to {@code host} instead of localhost. */
    private void listenOn(String host) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(host);
            }
        }
    }

    /** The host for this server's URLs: localhost, unless it listens on one other interface only. */
    private String urlHost() {
        String host = security.host().orElse("localhost");
        if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
            return "localhost";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The host the server listens on: "localhost" unless another was configured. */
    public String host() {
        return server == null ? security.host().orElse("localhost")
                : ((ServerConnector) server.getJettyServer().getConnectors()[0]).getHost();
    }

    private static List<URL> uiCopies() {
        try {
            return Collections.list(Endpoint.class.getClassLoader().getResources(UI_INDEX));
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * FMod_UI needs a server-control object and looks for a {@code webapp} folder under its base before
     * the UI jar; a TDB2 directory never has one, so the UI always comes from the jar, and no admin area is set up.
     */
    private Path uiSearchBase() {
        return store.directory().orElse(Path.of(System.getProperty("java.io.tmpdir"), "claimgraph-no-webapp"));
    }

    /** The port the server listens on (the actual one once started, if 0 was asked for). */
    public int port() {
        return server == null ? requestedPort : server.getHttpPort();
    }

    /** The root URL of the server, where the UI is, ending in a slash. */
    public String baseUrl() {
        return "http://" + urlHost() + ":" + port() + "/";
    }

    /** The URL of the dataset, e.g. {@code http://localhost:3030/claimgraph}. */
    public String datasetUrl() {
        return "http://" + urlHost() + ":" + port() + DATASET;
    }

    /** The SPARQL query URL, e.g. {@code http://localhost:3030/claimgraph/sparql}. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** Blocks the calling thread until the server stops. */
    public void join() {
        if (server != null) {
            server.join();
        }
    }

    /** Stops the server; the store stays open. */
    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (users != null) {
            users.close();
            users = null;
        }
    }
}
