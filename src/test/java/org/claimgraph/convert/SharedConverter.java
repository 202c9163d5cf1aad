package org.claimgraph.convert;

/** One converter for every test in the JVM: CoreNLP's models take seconds to load, so tests share them. */
public final class SharedConverter {
    private static Converter converter;

    private SharedConverter() {
    }

    /** The shared converter, created on first use. */
    public static synchronized Converter get() {
        if (converter == null) {
            converter = new Converter();
        }
        return converter;
    }
}
