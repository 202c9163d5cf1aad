package org.claimgraph.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.claimgraph.ClaimgraphException;

/**
 * The four headline figures recorded for a fixed sample, and the check that a new run has not fallen more
 * than a tolerance below any of them (the CI regression gate).
 */
public final class QualityFloor {

    /** The headline figures, by the keys used in the recorded file. */
    public static Map<String, Double> headline(Scores s) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("content.overlap.f1", s.overlap().get(Role.CONTENT).f1());
        out.put("source.overlap.f1", s.overlap().get(Role.SOURCE).f1());
        out.put("cue.exact.f1", s.exact().get(Role.CUE).f1());
        out.put("speaker.accuracy", s.speaker().value());
        return out;
    }

    /** The figures that fell below their recorded value minus the tolerance, one readable line each. */
    public static List<String> regressions(Scores s, Path recorded, double tolerance) {
        Properties floor = read(recorded);
        List<String> out = new ArrayList<>();
        headline(s).forEach((key, value) -> {
            String was = floor.getProperty(key);
            if (was == null) {
                throw new ClaimgraphException.BadInput(recorded + ": no value for " + key);
            }
            double min = Double.parseDouble(was.strip()) - tolerance;
            if (value < min) {
                out.add(String.format("%s %.4f is below the recorded %s minus %.2f", key, value, was.strip(),
                        tolerance));
            }
        });
        return out;
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new ClaimgraphException.BadInput(file + ": cannot read recorded figures: " + e.getMessage(), e);
        }
        return p;
    }
}
