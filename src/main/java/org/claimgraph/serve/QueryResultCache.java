package org.claimgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the answers to SPARQL queries until the store next changes, so that readers asking the same question
 * between two writes (dashboards, the stored queries, a graph tool polling) get it from memory instead of
 * re-running it.
 *
 * <p>An answer is kept under the store's write count when the query began (see
 * {@link org.claimgraph.store.ClaimStore#committedWrites()}) and only if no write committed while it ran, so it is
 * exactly what the query would answer now; any write makes every kept answer unusable. Identical queries that
 * arrive while the first is still running wait for its answer instead of running too. Queries whose answer can
 * change without a write are never kept: those calling another endpoint ({@code SERVICE}), reading the clock or a
 * random source, or the text index (Lucene commits just after the store). Responses carry
 * {@value #CACHE_HEADER}: {@code hit} or {@code miss}.
 */
final class QueryResultCache implements Filter {

    /** Response header telling whether the answer came from the cache ("hit") or was computed ("miss"). */
    static final String CACHE_HEADER = "Claimgraph-Cache";

    /** Queries whose answer may change while the store does not. */
    private static final Pattern UNCACHEABLE = Pattern.compile(
            "\\bSERVICE\\b|\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(|jena\\.apache\\.org/text#",
            Pattern.CASE_INSENSITIVE);
    /** Response headers that describe one exchange, not the answer, and are not replayed. */
    private static final List<String> EXCHANGE_HEADERS = List.of(
            "date", "content-type", "content-length", "transfer-encoding", "connection", "set-cookie", "fuseki-request-id",
            CACHE_HEADER.toLowerCase(Locale.ROOT));

    private final LongSupplier version;
    private final long capacityBytes;
    private final Duration queryTimeout;
    private final Map<String, CompletableFuture<Answer>> running = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long answersVersion;
    private long answersBytes;

    /**
     * A cache of at most {@code capacityBytes} of answers, valid while {@code version} is unchanged; answers of
     * queries that ran into {@code queryTimeout} may be cut short and are never kept.
     */
    QueryResultCache(LongSupplier version, long capacityBytes, Duration queryTimeout) {
        this.version = version;
        this.capacityBytes = capacityBytes;
        this.queryTimeout = queryTimeout;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        byte[] body = queryBody(request);
        if (body != null) {
            request = new BufferedRequest(request, body);
        }
        String key = key(request, body);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long asked = version.getAsLong();
        Answer kept = null;
        // "Cache-Control: no-cache" asks for a fresh answer, as in HTTP; the fresh answer is kept for others.
        if (!wantsFresh(request)) {
            kept = lookup(key, asked);
            if (kept == null) {
                kept = answerOfRunningTwin(key, asked);
            }
        }
        if (kept != null) {
            hits.increment();
            kept.replay(response);
            return;
        }
        misses.increment();
        compute(key, asked, request, response, chain);
    }

    /** How many queries were answered from the cache, and how many were run. */
    ResultCacheCounts counts() {
        return new ResultCacheCounts(hits.sum(), misses.sum());
    }

    private static boolean wantsFresh(HttpServletRequest request) {
        String control = request.getHeader("Cache-Control");
        String pragma = request.getHeader("Pragma");
        return (control != null && control.toLowerCase(Locale.ROOT).contains("no-cache"))
                || (pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache"));
    }

    /** Runs the query, sending its answer as it is written, and keeps a copy if it is valid for {@code asked}. */
    private void compute(String key, long asked, HttpServletRequest request, HttpServletResponse response,
                         FilterChain chain) throws IOException, ServletException {
        String flight = asked + "\n" + key;
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        boolean leader = running.putIfAbsent(flight, mine) == null;
        Answer answer = null;
        try {
            response.setHeader(CACHE_HEADER, "miss");
            CapturingResponse capture = new CapturingResponse(response, Math.max(1, capacityBytes / 8));
            long start = System.nanoTime();
            chain.doFilter(request, capture);
            capture.flushBuffer();
            boolean timedOut = System.nanoTime() - start >= queryTimeout.toNanos();
            if (capture.getStatus() == HttpServletResponse.SC_OK && capture.complete() && !timedOut
                    && version.getAsLong() == asked) {
                answer = new Answer(capture.getContentType(), replayedHeaders(capture), capture.copy());
                keep(key, asked, answer);
            }
        } finally {
            if (leader) {
                running.remove(flight);
                mine.complete(answer);
            }
        }
    }

    /** The answer of the same query already running at the same version, once it ends; null if none is kept. */
    private Answer answerOfRunningTwin(String key, long asked) throws IOException {
        CompletableFuture<Answer> twin = running.get(asked + "\n" + key);
        if (twin == null) {
            return null;
        }
        try {
            return twin.get(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the same query's answer", e);
        }
    }

    private synchronized Answer lookup(String key, long asked) {
        forgetOlderThan(asked);
        return answersVersion == asked ? answers.get(key) : null;
    }

    private synchronized void keep(String key, long asked, Answer answer) {
        forgetOlderThan(asked);
        if (answersVersion != asked) {
            return;
        }
        Answer old = answers.put(key, answer);
        answersBytes += cost(key, answer) - (old == null ? 0 : cost(key, old));
        var eldest = answers.entrySet().iterator();
        while (answersBytes > capacityBytes && eldest.hasNext()) {
            var entry = eldest.next();
            answersBytes -= cost(entry.getKey(), entry.getValue());
            eldest.remove();
        }
    }

    /** The memory an answer takes, with its key (two bytes a character). */
    private static long cost(String key, Answer answer) {
        return answer.body().length + key.length() * 2L;
    }

    /** Drops every answer once the store has moved past the version they were computed at. */
    private void forgetOlderThan(long current) {
        if (current > answersVersion) {
            answers.clear();
            answersBytes = 0;
            answersVersion = current;
        }
    }

    /**
     * The body of a query sent as {@code application/sparql-query}, read so that it can be part of the key (and
     * handed on to Fuseki); null for any other request.
     */
    private static byte[] queryBody(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query")) {
            return request.getInputStream().readAllBytes();
        }
        return null;
    }

    /**
     * What makes two requests the same question: path, parameters, body and the answer format asked for; null for
     * a request that is no query (updates, uploads, ingestion, the UI's files) or whose answer may change by itself.
     */
    private static String key(HttpServletRequest request, byte[] body) {
        String method = request.getMethod();
        String query;
        if (body != null) {
            query = new String(body, StandardCharsets.UTF_8);
        } else if (("GET".equals(method) || "POST".equals(method)) && request.getParameter("update") == null) {
            query = request.getParameter("query");
        } else {
            query = null;
        }
        if (query == null || UNCACHEABLE.matcher(query).find()) {
            return null;
        }
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('\n');
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(name).append('=').append(value).append('\n');
            }
        });
        key.append("accept=").append(request.getHeader("Accept")).append('\n');
        if (body != null) {
            key.append("body=").append(query);
        }
        return key.toString();
    }

    /** The headers of an answer worth sending again: its content type, row limit and the like. */
    private static List<String[]> replayedHeaders(HttpServletResponse response) {
        List<String[]> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!EXCHANGE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        return headers;
    }

    /** A kept answer: its content type, other headers and bytes. */
    private record Answer(String contentType, List<String[]> headers, byte[] body) {

        void replay(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            if (contentType != null) {
                response.setContentType(contentType);
            }
            for (String[] header : headers) {
                response.addHeader(header[0], header[1]);
            }
            response.setHeader(CACHE_HEADER, "hit");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
