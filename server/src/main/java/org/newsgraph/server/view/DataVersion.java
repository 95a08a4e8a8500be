package org.newsgraph.server.view;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A number that changes whenever a write transaction commits on the served dataset (a SPARQL Update through the
 * authenticated endpoint, say), so that what is computed from the data can be kept until then. For a TDB2 dataset it
 * listens to the transaction coordinator; for any other dataset it is unknown ({@link #current} is -1) and nothing
 * should be kept. Thread-safe.
 */
public final class DataVersion {
    private final AtomicLong version = new AtomicLong();
    private final boolean tracked;

    public DataVersion(DatasetGraph dataset) {
        boolean ok = false;
        if (TDBInternal.isTDB2(dataset)) {
            var coordinator = TDBInternal.getTransactionCoordinator(dataset);
            if (coordinator != null) {
                TransactionListener listener = new TransactionListener() {
                    @Override
                    public void notifyCommitFinish(Transaction transaction) {
                        if (transaction.isWriteTxn()) {
                            version.incrementAndGet();
                        }
                    }
                };
                // A started coordinator takes listeners only through modifyConfig (which waits for a quiet moment).
                coordinator.modifyConfig(() -> coordinator.addListener(listener));
                ok = true;
            }
        }
        this.tracked = ok;
    }

    /** The current version, or -1 when changes cannot be tracked. */
    public long current() {
        return tracked ? version.get() : -1;
    }
}
