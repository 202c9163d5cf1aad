package org.claimgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.ClaimgraphException.UsageError;
import org.claimgraph.serve.EndpointSecurity;
import org.claimgraph.serve.ServiceAllowlist;
import picocli.CommandLine.Option;

/** The options of {@code serve} and {@code run} that decide who may reach the endpoint, who may write, and limits. */
final class EndpointOptions {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?");

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to listen on (default: localhost only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--allow-update",
            description = "Open SPARQL Update (/claimgraph/update), Graph Store writes (/claimgraph/data) and ingestion "
                    + "(POST /claimgraph/articles) to the users of --auth-file, with HTTP basic authentication.")
    boolean allowUpdate;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "Users who may write, one 'user: password' line each (Jetty realm format); needed by "
                    + "--allow-update. Passwords are never taken on the command line.")
    Path authFile;

    @Option(names = "--service-allow", paramLabel = "URL",
            description = "A SPARQL endpoint that SERVICE may call; repeatable. Replaces the default allowlist "
                    + "(" + ServiceAllowlist.WIKIDATA + ").")
    List<String> serviceAllow = new ArrayList<>();

    @Option(names = "--service-allow-file", paramLabel = "FILE",
            description = "File of endpoints that SERVICE may call, one URL per line (# comments); replaces the "
                    + "default allowlist too, an empty file allows none.")
    Path serviceAllowFile;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run before it is stopped (default: 30).")
    long queryTimeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most result rows a query returns; more are cut off as by LIMIT (default: 10000).")
    long maxRows;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "10M",
            description = "Largest request body, in bytes or with k, M or G (default: 10M); larger ones get 413.")
    String maxBody;

    /** The result cache unless configured, as {@code serve}, {@code run} and {@code bench-endpoint} take it. */
    static final String DEFAULT_RESULT_CACHE = "64M";

    @Option(names = "--result-cache", paramLabel = "SIZE", defaultValue = DEFAULT_RESULT_CACHE,
            description = "Memory for query answers kept until the store next changes, in bytes or with k, M or G "
                    + "(default: ${DEFAULT-VALUE}; 0 keeps none). Identical queries between two writes are answered "
                    + "from it.")
    String resultCache;

    /** Bytes of memory for kept query answers; 0 for none. */
    long resultCacheBytes() {
        return bytes("--result-cache", resultCache);
    }

    /** The settings these options describe; a usage error if they contradict each other. */
    EndpointSecurity security() {
        if (allowUpdate && authFile == null) {
            throw new UsageError("--allow-update needs --auth-file FILE with one 'user: password' line per user"
                    + " (passwords are never taken on the command line)");
        }
        if (authFile != null && !allowUpdate) {
            throw new UsageError("--auth-file is only used with --allow-update; without it the endpoint is read-only");
        }
        EndpointSecurity security = EndpointSecurity.defaults()
                .withQueryTimeout(Duration.ofSeconds(queryTimeoutSeconds))
                .withMaxRows(maxRows)
                .withMaxBodyBytes(bytes("--max-body", maxBody));
        if (host != null) {
            security = security.withHost(host);
        }
        if (allowUpdate) {
            security = security.withUpdatesBy(authFile);
        }
        if (!serviceAllow.isEmpty() || serviceAllowFile != null) {
            List<String> urls = new ArrayList<>(serviceAllow);
            if (serviceAllowFile != null) {
                urls.addAll(ServiceAllowlist.read(serviceAllowFile).urls());
            }
            security = security.withServices(ServiceAllowlist.of(urls));
        }
        return security;
    }

    /** Reads "10M", "512k", "2000", given to {@code option}, as a number of bytes. */
    static long bytes(String option, String size) {
        Matcher m = SIZE.matcher(size.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageError(option + " must be a size such as 10M, 512k or 2000, not '" + size + "'");
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }
}
