package io.tributary.api.connector;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A destination operation opened for one run; closed when the run ends. */
@ConsumerType
public interface Destination extends AutoCloseable {

    /**
     * Writes a batch no larger than the operation's declared {@code maxBatch}.
     *
     * @param mode    insert, update or upsert, as the descriptor allows for this operation
     * @param records the records, keyed by the destination's key
     * @return exactly one result per record, in the order of {@code records}
     * @throws ConnectorException when the batch as a whole could not be written (nothing of it was kept)
     */
    List<WriteResult> write(WriteMode mode, List<Record> records) throws ConnectorException;

    @Override
    default void close() throws ConnectorException {
    }
}
