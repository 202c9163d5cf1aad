package org.claimgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that is sent to the client as usual while a copy of its body is kept, up to a size: the copy is
 * {@link #complete()} only if the whole body fit.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final long maxCopyBytes;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean overflowed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, long maxCopyBytes) {
        super(response);
        this.maxCopyBytes = maxCopyBytes;
    }

    /** Whether the copy holds the whole body. */
    boolean complete() {
        return !overflowed;
    }

    /** The body as sent. */
    byte[] copy() {
        return copy.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has been called on this response");
        }
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has been called on this response");
            }
            stream = new Tee(super.getOutputStream());
            writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    /** Whether {@code length} more bytes fit in the copy; once one write does not, nothing more is copied. */
    private boolean hasRoomFor(int length) {
        if (!overflowed && copy.size() + (long) length > maxCopyBytes) {
            // Too large to keep: stop copying and free what was copied.
            overflowed = true;
            copy.reset();
        }
        return !overflowed;
    }

    /** Writes to the client and to the copy. */
    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream client;

        Tee(ServletOutputStream client) {
            this.client = client;
        }

        @Override
        public void write(int b) throws IOException {
            client.write(b);
            if (hasRoomFor(1)) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            client.write(bytes, offset, length);
            if (hasRoomFor(length)) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            client.flush();
        }

        @Override
        public void close() throws IOException {
            client.close();
        }

        @Override
        public boolean isReady() {
            return client.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            client.setWriteListener(listener);
        }
    }
}
