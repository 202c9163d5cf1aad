package org.claimgraph.group;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * The cosine of two sentences' embeddings from BAAI's bge-small-en-v1.5 model (quantized, run in process by ONNX
 * Runtime): evidence that two claims say one thing in different words ("the bakery chain would be sold to X" ~ "X
 * was preparing an offer for the bakery chain"), never a decision alone, as it rates topic as much as proposition
 * ("prices would rise" ~ "prices would fall").
 * The model is loaded once, in the background from the first {@link #warmUp}, and shared by all threads. Texts are
 * embedded as they are: bge wants its query instruction only for a short query against passages, and two claims
 * are compared as equals. Its cosines run higher than MiniLM's (unrelated sentences about 0.5 rather than 0), so
 * thresholds chosen for one model mean nothing for the other.
 */
public final class SentenceSimilarity {

    /**
     * Embeddings kept per text: a claim's wording is compared with many candidates, and the same texts come back
     * when an article's claims are linked. Cleared when full, which only costs recomputing (a few milliseconds a
     * text); 5,000 vectors of 384 floats hold under 8 MB of heap.
     */
    private static final int MAX_CACHED = 5_000;

    /** Longest wait for the model to load (1.4 s on the loaded shared machine) before claims are joined without it. */
    private static final long LOAD_TIMEOUT_SECONDS = 120;

    private static final CompletableFuture<BgeSmallEnV15QuantizedEmbeddingModel> MODEL = new CompletableFuture<>();
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicBoolean FAILURE_LOGGED = new AtomicBoolean();
    private static final Map<String, float[]> CACHE = new ConcurrentHashMap<>();

    private SentenceSimilarity() {
    }

    /**
     * Starts loading the model on a thread of its own unless it has begun, so that it loads while CoreNLP does
     * and the first comparison need not wait for it.
     */
    public static void warmUp() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                OnnxNativeLibraries.useUserCache();
                MODEL.complete(new BgeSmallEnV15QuantizedEmbeddingModel());
            } catch (RuntimeException | Error e) {
                MODEL.completeExceptionally(e);
            }
        }, "sentence-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** True when the model is loaded (waiting for it if needed): without it, the structure alone decides. */
    public static boolean available() {
        return model() != null;
    }

    /**
     * The cosine of the two texts' embeddings, from -1 to 1 (1 for one text); 0 when either is blank or the model
     * could not be loaded (no native library for this platform), so that the structure alone decides.
     */
    public static double cosine(String a, String b) {
        if (a.isBlank() || b.isBlank() || model() == null) {
            return 0;
        }
        float[] x = embedding(a);
        float[] y = embedding(b);
        if (x == null || y == null) {
            return 0;
        }
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }

    /** The embedding of a text, from the cache or the model; null when the model failed on it. */
    private static float[] embedding(String text) {
        float[] cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        BgeSmallEnV15QuantizedEmbeddingModel model = model();
        if (model == null) {
            return null;
        }
        float[] vector;
        try {
            vector = model.embed(text).content().vector();
        } catch (RuntimeException e) {
            // A native failure on one wording must not fail the article: the structure alone decides.
            logFailure(e);
            return null;
        }
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(text, vector);
        return vector;
    }

    /** The model, waiting for it to load; null when it could not be (said once in the log). */
    private static BgeSmallEnV15QuantizedEmbeddingModel model() {
        warmUp();
        try {
            // A load that hangs in native code must not stall every conversion thread.
            return MODEL.get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // Given up for good: later comparisons see a failed load at once instead of waiting again.
            MODEL.completeExceptionally(e);
            logFailure(e);
            return null;
        } catch (ExecutionException e) {
            logFailure(e.getCause() == null ? e : e.getCause());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Says once in the log that the model is not used, and why. */
    private static void logFailure(Throwable cause) {
        if (!FAILURE_LOGGED.getAndSet(true)) {
            LoggerFactory.getLogger(SentenceSimilarity.class)
                    .warn("sentence model not used, claims are joined without it: {}", cause.toString());
        }
    }
}
