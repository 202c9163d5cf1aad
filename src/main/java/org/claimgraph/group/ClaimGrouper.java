package org.claimgraph.group;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.stance.Statement;

/** Gives each statement its claim; statements whose claims read the same (ignoring case) share one. */
public final class ClaimGrouper {

    /** The claim of every statement of one article. */
    public Map<Statement, Claim> group(List<Statement> statements) {
        Map<String, Claim> byWording = new LinkedHashMap<>();
        Map<Statement, Claim> out = new IdentityHashMap<>();
        for (Statement s : statements) {
            String label = s.reading().claimLabel();
            String key = label.toLowerCase(Locale.ROOT);
            Claim claim = byWording.computeIfAbsent(key, k -> new Claim("c" + (byWording.size() + 1), label));
            out.put(s, claim);
        }
        return out;
    }
}
