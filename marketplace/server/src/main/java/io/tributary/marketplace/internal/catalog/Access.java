package io.tributary.marketplace.internal.catalog;

import java.util.Objects;

import io.tributary.api.tenancy.Caller;

/**
 * Who may do what in the catalog: everyone signed in reads it; operators and tenant admins register publishers; a
 * publisher's registrant, or an operator, publishes, deprecates and yanks as that publisher.
 */
final class Access {

    private Access() {
    }

    static Caller reader(Caller caller) {
        return Objects.requireNonNull(caller, "caller");
    }

    static void requireRegistrar(Caller caller) {
        if (!reader(caller).operator() && !caller.tenantRole().isAdmin()) {
            throw Problems.forbidden("Only operators and tenant admins may register publishers");
        }
    }

    static void requireActingFor(Caller caller, StoredPublisher publisher) {
        if (!reader(caller).operator() && !caller.userId().equals(publisher.ownerUserId())) {
            throw Problems.forbidden("Only the user who registered publisher '" + publisher.publisher().name()
                    + "', or an operator, may act as it");
        }
    }
}
