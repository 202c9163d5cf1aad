package org.claimgraph.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimgraph.ClaimgraphException;

/** What a batch did: how many articles went through, and one line per article that did not. */
public final class BatchReport {

    /** How bad the worst problem of a batch was, in the order of the CLI's exit codes. */
    public enum Outcome { OK, BAD_INPUT, INTERNAL_ERROR, NOT_CONFORMING }

    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private int articles;
    private int statements;
    private Outcome worst = Outcome.OK;

    synchronized void converted(ConvertedArticle a) {
        articles++;
        statements += a.statements();
    }

    synchronized void badInput(String line) {
        problems.add(line);
        raise(Outcome.BAD_INPUT);
    }

    synchronized void failed(String source, Throwable cause) {
        if (cause instanceof ClaimgraphException.NotConforming nc) {
            problems.add(source + ": does not conform to the shapes: " + nc.getMessage());
            raise(Outcome.NOT_CONFORMING);
        } else if (cause instanceof ClaimgraphException.BadInput bad) {
            problems.add(source + ": " + bad.getMessage());
            raise(Outcome.BAD_INPUT);
        } else {
            problems.add(source + ": internal error: " + cause);
            raise(Outcome.INTERNAL_ERROR);
        }
    }

    private void raise(Outcome o) {
        if (o.ordinal() > worst.ordinal()) {
            worst = o;
        }
    }

    /** Articles converted and validated. */
    public synchronized int articles() {
        return articles;
    }

    /** Statements in those articles. */
    public synchronized int statements() {
        return statements;
    }

    /** One line per failed article, naming it and the problem. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The worst outcome of the batch. */
    public synchronized Outcome outcome() {
        return worst;
    }

    /** A one-line summary for the end of a run. */
    public synchronized String summary() {
        return articles + " article(s) converted, " + statements + " statement(s); " + problems.size()
                + " problem(s)";
    }
}
