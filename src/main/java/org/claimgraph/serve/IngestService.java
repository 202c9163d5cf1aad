package org.claimgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.ClaimgraphException.BadInput;
import org.claimgraph.ClaimgraphException.NotConforming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /claimgraph/articles}: one article in the body, stored by {@link ArticleIngestion}; answers 201 (or 200
 * when it replaced an earlier version) with JSON, 400 with the reason for a body that is not an article, 422 with the
 * SHACL report (Turtle) for a graph that breaks the shapes.
 */
final class IngestService extends BaseActionREST {

    /** The endpoint name under the dataset. */
    static final String NAME = "articles";

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    /** HTTP 422 Unprocessable Content, which the servlet API names no constant for. */
    private static final int UNPROCESSABLE = 422;

    private final ArticleIngestion ingestion;

    IngestService(ArticleIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    protected void doPost(HttpAction action) {
        try {
            byte[] body = action.getRequestInputStream().readAllBytes();
            ArticleIngestion.Result result = ingestion.ingest(body, action.getRequest().getContentType());
            LOG.info("Stored {} for {}: {} statements", result.graph(), action.getUser(), result.statements());
            respond(action, result.created() ? 201 : 200, "application/json", result.toJson());
        } catch (BadInput e) {
            respond(action, 400, "text/plain", oneLine(e.getMessage()) + "\n");
        } catch (NotConforming e) {
            respond(action, UNPROCESSABLE, "text/turtle", asComment(e.getMessage()) + e.report());
        } catch (ClaimgraphException e) {
            LOG.warn("Ingestion failed: {}", e.getMessage());
            respond(action, 500, "text/plain", oneLine(e.getMessage()) + "\n");
        } catch (IOException e) {
            ServletOps.errorBadRequest("Cannot read the request body: " + e.getMessage());
        }
    }

    private static void respond(HttpAction action, int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        action.setResponseStatus(status);
        action.setResponseContentType(type + "; charset=utf-8");
        action.setResponseContentLength(bytes.length);
        try (OutputStream out = action.getResponseOutputStream()) {
            out.write(bytes);
        } catch (IOException e) {
            LOG.warn("Cannot send the ingestion response: {}", e.getMessage());
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The summary as Turtle comments, so the 422 body stays one valid Turtle document. */
    private static String asComment(String message) {
        return ("# " + message.strip()).replaceAll("\\R", "\n# ") + "\n";
    }
}
