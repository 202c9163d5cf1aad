package org.claimgraph.serve;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.query.ARQ;
import org.apache.jena.web.HttpSC;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The services of the {@code /claimgraph} dataset: reads open to all, writes (if allowed) only under their own names
 * and only for authenticated users, each service running with the query timeout and SERVICE allowlist.
 */
final class EndpointServices {

    /** Storing one article sent over HTTP (see {@link IngestService}). */
    static final Operation INGEST = Operation.alloc("https://w3id.org/claimgraph/fuseki#ingest", "ingest",
            "Convert, validate and store one news article");

    private final DatasetGraph dataset;
    private final EndpointSecurity security;

    EndpointServices(DatasetGraph dataset, EndpointSecurity security) {
        this.dataset = dataset;
        this.security = security;
    }

    /** The data service with every endpoint this server offers. */
    DataService.Builder build() {
        DataService.Builder service = DataService.newBuilder(dataset);
        // Reads: the dataset URL itself answers queries and Graph Store reads, as Fuseki's standard setup does.
        add(service, Operation.Query, "", null);
        add(service, Operation.GSP_R, "", null);
        add(service, Operation.Query, "sparql", null);
        add(service, Operation.Query, "query", null);
        add(service, Operation.GSP_R, "get", null);
        if (security.allowsUpdate()) {
            // Writes only under their own names: a policy on the dataset URL itself would make reads log in too.
            add(service, Operation.Update, "update", Auth.ANY_USER);
            add(service, Operation.GSP_RW, "data", Auth.ANY_USER);
            add(service, INGEST, IngestService.NAME, Auth.ANY_USER);
        }
        return service;
    }

    private void add(DataService.Builder service, Operation operation, String name, AuthPolicy policy) {
        service.addEndpoint(Endpoint.create().operation(operation).endpointName(name).authPolicy(policy)
                .context(context()).build());
    }

    /** Settings every request runs with: Fuseki merges the endpoint's context into the query's. */
    private Context context() {
        Context context = new Context();
        long millis = security.queryTimeout().toMillis();
        // "first result, overall": both bounded, so a query that streams slowly is stopped too.
        context.set(ARQ.queryTimeout, millis + "," + millis);
        // A refused SERVICE chosen at run time (SERVICE ?var) is the client's mistake: 400, as for a fixed IRI.
        security.services().install(context, message -> new ActionErrorException(HttpSC.BAD_REQUEST_400, message, null));
        return context;
    }
}
