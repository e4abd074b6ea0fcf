package io.tributary.api.flow;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.Caller;

/** The error queue: per-record errors of runs, retried, resolved by hand, or auto-resolved by a later success. */
@ProviderType
public interface ErrorService {

    Slice<RecordError> errors(Caller caller, ErrorQuery query);

    RecordError error(Caller caller, String errorId);

    /**
     * Sends the record (or {@code editedRecord} in its place, which is then kept as the error's record) through the
     * flow's steps and destinations again, now. On success the error is resolved by the caller; on failure it stays
     * open with the new message and one more attempt. 409 for an error that is not open.
     */
    RecordError retry(Caller caller, String errorId, ObjectNode editedRecord);

    /** Retries several open errors, each as {@link #retry} without an edit; at most 1000. */
    List<RecordError> retry(Caller caller, List<String> errorIds);

    /** Marks an open error resolved by the caller. 409 for an error that is not open. */
    RecordError resolve(Caller caller, String errorId);
}
