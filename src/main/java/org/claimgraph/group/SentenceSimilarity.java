package org.claimgraph.group;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cosine of two sentences' embeddings from the all-MiniLM-L6-v2 model (quantized, run in process by ONNX
 * Runtime): evidence that two claims say one thing in different words ("the bakery chain would be sold to X" ~ "X
 * was preparing an offer for the bakery chain"), never a decision alone, as it rates topic as much as proposition
 * ("prices would rise" ~ "prices would fall").
 * The model is loaded once, in the background from the first {@link #warmUp}, and shared by all threads.
 */
public final class SentenceSimilarity {

    /**
     * Embeddings kept per text: a claim's wording is compared with many candidates, and the same texts come back
     * when an article's claims are linked. Cleared when full, which only costs recomputing (a few milliseconds a
     * text); 5,000 vectors of 384 floats hold under 8 MB of heap.
     */
    private static final int MAX_CACHED = 5_000;

    private static final CompletableFuture<AllMiniLmL6V2QuantizedEmbeddingModel> MODEL = new CompletableFuture<>();
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
                MODEL.complete(new AllMiniLmL6V2QuantizedEmbeddingModel());
            } catch (RuntimeException | Error e) {
                MODEL.completeExceptionally(e);
            }
        }, "sentence-model-loader");
        loader.setDaemon(true);
        loader.start();
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

    /** The embedding of a text, from the cache or the model. */
    private static float[] embedding(String text) {
        float[] cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        float[] vector = model().embed(text).content().vector();
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(text, vector);
        return vector;
    }

    /** The model, waiting for it to load; null when it could not be (said once in the log). */
    private static AllMiniLmL6V2QuantizedEmbeddingModel model() {
        warmUp();
        try {
            return MODEL.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (!FAILURE_LOGGED.getAndSet(true)) {
                org.slf4j.LoggerFactory.getLogger(SentenceSimilarity.class)
                        .warn("sentence model not loaded, claims are joined without it: {}", e.getCause().toString());
            }
            return null;
        }
    }
}
