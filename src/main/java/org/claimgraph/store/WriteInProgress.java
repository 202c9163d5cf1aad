package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentExternal;
import org.apache.jena.dboe.transaction.txn.TxnId;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A marker file that exists while a write transaction on the store is open, so that a crash in one, which may
 * leave the text index behind the store, is seen when the store is next opened.
 *
 * <p>It takes part in TDB2's transactions as an external component: the marker is made when a transaction
 * begins writing, before any change, and removed at the end of the commit, after every component (the text
 * index included) has committed, or when the transaction aborts.
 */
final class WriteInProgress extends TransactionalComponentExternal<WriteInProgress.State> {

    /** The file name of the marker in the index directory. */
    static final String FILE = "write-in-progress";

    /** Per-transaction state: whether this transaction writes, and so owns the marker. */
    static final class State {
        private boolean writer;
    }

    private final Path directory;
    private final Path file;

    WriteInProgress(Path directory) {
        super(ComponentId.create(null, new byte[] {2, 4, 6, 12}));
        this.directory = directory;
        this.file = directory.resolve(FILE);
    }

    /** Whether a write transaction was open when the store was last left: the index may lag the store. */
    boolean present() {
        return Files.exists(file);
    }

    /** Joins the transactions of the TDB2 dataset. */
    void watch(DatasetGraph tdb) {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(tdb);
        coordinator.modifyConfig(() -> coordinator.addExternal(this));
    }

    @Override
    protected State _begin(ReadWrite readWrite, TxnId txnId) {
        State state = new State();
        if (readWrite == ReadWrite.WRITE) {
            mark();
            state.writer = true;
        }
        return state;
    }

    @Override
    protected State _promote(TxnId txnId, State state) {
        mark();
        state.writer = true;
        return state;
    }

    @Override
    protected void _commitEnd(TxnId txnId, State state) {
        // Readers run beside the one writer: only the writer may remove its marker.
        if (state.writer) {
            clear();
        }
    }

    @Override
    protected void _abort(TxnId txnId, State state) {
        if (state.writer) {
            clear();
        }
    }

    /** Makes the marker durably: it must be on disk before TDB2's journal says the transaction committed. */
    void mark() {
        try {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Removes the marker, if there is one. */
    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }

    private void syncDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
