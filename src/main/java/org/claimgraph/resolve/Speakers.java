package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.extract.Attribution;

/** The outcome of speaker resolution: the actor behind each attribution, and the article's actors. */
public final class Speakers {
    private final Map<Attribution, Actor> byAttribution = new IdentityHashMap<>();
    private final Set<Actor> actors = new LinkedHashSet<>();

    void assign(Attribution attribution, Actor actor) {
        byAttribution.put(attribution, actor);
        actors.add(actor);
    }

    /** True once the attribution has a speaker. */
    boolean has(Attribution attribution) {
        return byAttribution.containsKey(attribution);
    }

    /** The actor who made an attribution. */
    public Actor of(Attribution attribution) {
        Actor a = byAttribution.get(attribution);
        if (a == null) {
            throw new IllegalArgumentException("attribution was not resolved: " + attribution);
        }
        return a;
    }

    /** Every actor who speaks in the article, in order of first statement. */
    public List<Actor> actors() {
        return new ArrayList<>(actors);
    }
}
