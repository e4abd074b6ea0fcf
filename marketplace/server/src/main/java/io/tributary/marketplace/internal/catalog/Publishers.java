package io.tributary.marketplace.internal.catalog;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.tributary.api.marketplace.Publisher;
import io.tributary.api.problem.FieldError;
import io.tributary.api.tenancy.Caller;
import io.tributary.signing.KeyException;
import io.tributary.signing.PublisherKey;
import io.tributary.store.jdbc.Database;
import io.tributary.store.jdbc.Ids;

/** Registering publishers with their signing keys, and finding the one an upload is published as. */
final class Publishers {

    static final int MAX_NAME = 120;

    private final Database database;
    private final PublisherRepository repository = new PublisherRepository();
    private final Clock clock;

    Publishers(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    Publisher register(Caller caller, String name, String publicKeyPem) {
        Access.requireRegistrar(caller);
        List<FieldError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must have 1 to " + MAX_NAME + " characters"));
        }
        PublisherKey key = null;
        try {
            key = PublisherKey.parse(publicKeyPem);
        } catch (KeyException e) {
            errors.add(new FieldError("publicKey", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Publisher publisher = new Publisher(Ids.next("pub"), trimmed, key.algorithm(), key.fingerprint(), key.pem(),
                caller.username(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        StoredPublisher stored = new StoredPublisher(publisher, caller.userId());
        return database.transaction(connection -> {
            if (repository.nameTaken(connection, trimmed)) {
                throw Problems.conflict("name", "A publisher named '" + trimmed + "' is registered already");
            }
            if (repository.fingerprintTaken(connection, publisher.fingerprint())) {
                throw Problems.conflict("publicKey", "This key is registered already, by another publisher");
            }
            repository.insert(connection, stored);
            return publisher;
        }, () -> Problems.conflict("name", "The name or the key was registered at the same time by another request"));
    }

    List<Publisher> list() {
        return database.transaction(connection -> repository.list(connection).stream()
                .map(StoredPublisher::publisher).toList());
    }

    Publisher find(String publisherId) {
        return stored(publisherId).publisher();
    }

    /** @throws io.tributary.api.problem.ProblemException 404 when unknown */
    StoredPublisher stored(String publisherId) {
        return database.transaction(connection -> repository.find(connection, publisherId))
                .orElseThrow(() -> Problems.notFound("No publisher " + publisherId));
    }

    /**
     * The publisher an upload is published as, if the caller may act for it: the one named, or the caller's only
     * one. 422 naming {@code publisher} when there is no such one, 403 when the caller may not act for it.
     */
    StoredPublisher actingAs(Caller caller, String publisherId) {
        StoredPublisher publisher = database.transaction(connection -> {
            if (publisherId != null) {
                return repository.find(connection, publisherId).orElseThrow(
                        () -> Problems.invalid("publisher", "is not a registered publisher"));
            }
            List<StoredPublisher> own = repository.ownedBy(connection, Access.reader(caller).userId());
            if (own.size() != 1) {
                throw Problems.invalid("publisher", own.isEmpty()
                        ? "is needed: you have registered no publisher; register one with your public key first"
                        : "is needed: you have registered " + own.size() + " publishers; name the one that signed");
            }
            return own.get(0);
        });
        Access.requireActingFor(caller, publisher);
        return publisher;
    }

    /** The publisher's key, parsed again from its stored PEM. */
    static PublisherKey key(StoredPublisher publisher) {
        try {
            return PublisherKey.parse(publisher.publisher().publicKey());
        } catch (KeyException e) {
            throw new IllegalStateException("Publisher " + publisher.id() + " has a stored key that no longer parses",
                    e);
        }
    }
}
