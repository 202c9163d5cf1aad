package org.claimgraph.serve;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over a size with 413, so that one client cannot fill the server's memory or disk with an
 * enormous update, upload or article.
 */
final class BodySizeLimit implements Filter {

    private final long maxBytes;

    BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            // Refused before a byte of the body is read.
            refuse(response, declared + " bytes");
            return;
        }
        if (declared < 0 && isChunkedBody(request)) {
            // No length given: read up to the limit, then hand the servlet what was read.
            byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
            if (body.length > maxBytes) {
                refuse(response, "more than " + maxBytes + " bytes");
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A body sent without a length. HTML forms are left alone: the servlet container parses them itself, with its
     * own limit, and would not see a body read here.
     */
    private static boolean isChunkedBody(HttpServletRequest request) {
        String type = request.getContentType();
        boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return request.getHeader("Transfer-Encoding") != null && !form;
    }

    private void refuse(HttpServletResponse response, String size) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body too large (" + size + "); this server accepts at most " + maxBytes + " bytes");
    }
}
