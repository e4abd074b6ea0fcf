package io.tributary.marketplace.internal.catalog;

import static io.tributary.marketplace.internal.catalog.Marketplace.ADMIN;
import static io.tributary.marketplace.internal.catalog.Marketplace.MEMBER;
import static io.tributary.marketplace.internal.catalog.Marketplace.OPERATOR;
import static io.tributary.marketplace.internal.catalog.ProblemAssertions.fields;
import static io.tributary.marketplace.internal.catalog.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import io.tributary.api.marketplace.Publisher;
import io.tributary.api.problem.Problem;
import io.tributary.signing.PublisherKey;
import io.tributary.signing.SigningKeys;
import io.tributary.store.testing.EachDatabase;

class PublisherRegistrationTest {

    @EachDatabase
    void aTenantAdminRegistersAPublisherWithItsKeyAndOwnsIt(Marketplace marketplace) throws Exception {
        KeyPair keys = SigningKeys.generate();

        Publisher publisher = marketplace.catalog.registerPublisher(ADMIN, "  Acme Integrations  ",
                SigningKeys.publicPem(keys));

        assertEquals("Acme Integrations", publisher.name());
        assertEquals("Ed25519", publisher.algorithm());
        assertEquals(PublisherKey.parse(SigningKeys.publicPem(keys)).fingerprint(), publisher.fingerprint());
        assertTrue(publisher.publicKey().startsWith("-----BEGIN PUBLIC KEY-----"), publisher.publicKey());
        assertEquals("admin", publisher.createdBy());
        assertEquals(marketplace.clock.instant(), publisher.createdAt());
        assertEquals(publisher, marketplace.catalog.publisher(MEMBER, publisher.id()));
        assertEquals(publisher, marketplace.catalog.publisher(publisher.id()));
        assertEquals(List.of(publisher), marketplace.catalog.publishers(MEMBER));
        Map<String, String> row = marketplace.rows("marketplace_publisher").get(0);
        assertEquals("usr_admin", row.get("owner_user_id"));
    }

    @EachDatabase
    void aKeyThatIsNoAcceptedPublicKeyIsRefusedNamingPublicKey(Marketplace marketplace) throws Exception {
        Problem problem = problem(422, () -> marketplace.catalog.registerPublisher(OPERATOR, "Acme",
                "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n"));

        assertEquals(List.of("publicKey"), fields(problem));
        assertEquals(List.of(), marketplace.rows("marketplace_publisher"));
    }

    @EachDatabase
    void aBlankOrTooLongNameIsRefusedWithABadKeyInOneAnswer(Marketplace marketplace) {
        Problem blank = problem(422, () -> marketplace.catalog.registerPublisher(OPERATOR, "   ", "no key"));
        Problem tooLong = problem(422, () -> marketplace.catalog.registerPublisher(OPERATOR, "x".repeat(121),
                SigningKeys.publicPem(SigningKeys.generate())));

        assertEquals(List.of("name", "publicKey"), fields(blank));
        assertEquals(List.of("name"), fields(tooLong));
    }

    @EachDatabase
    void aTakenNameOrKeyIsAConflict(Marketplace marketplace) throws Exception {
        String key = SigningKeys.publicPem(SigningKeys.generate());
        marketplace.catalog.registerPublisher(OPERATOR, "Acme", key);

        Problem sameName = problem(409, () -> marketplace.catalog.registerPublisher(ADMIN, "Acme",
                SigningKeys.publicPem(SigningKeys.generate())));
        Problem sameKey = problem(409, () -> marketplace.catalog.registerPublisher(ADMIN, "Other", key));

        assertEquals(List.of("name"), fields(sameName));
        assertEquals(List.of("publicKey"), fields(sameKey));
        assertEquals(1, marketplace.rows("marketplace_publisher").size());
    }

    @EachDatabase
    void membersMayNotRegisterPublishers(Marketplace marketplace) throws Exception {
        problem(403, () -> marketplace.catalog.registerPublisher(MEMBER, "Acme",
                SigningKeys.publicPem(SigningKeys.generate())));

        assertEquals(List.of(), marketplace.rows("marketplace_publisher"));
    }

    @EachDatabase
    void anUnknownPublisherIsNotFound(Marketplace marketplace) {
        problem(404, () -> marketplace.catalog.publisher(MEMBER, "pub_nope"));
        problem(404, () -> marketplace.catalog.publisher("pub_nope"));
    }
}
