package io.tributary.publisher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import io.tributary.signing.PublisherKey;

/** {@code register}: a publisher and its public key, registered with the marketplace. */
final class RegisterCommand implements Command {

    @Override
    public String name() {
        return "register";
    }

    @Override
    public String summary() {
        return "register a publisher and its public key with a marketplace";
    }

    @Override
    public String usage() {
        return """
                Usage: tributary-publish register [--url <base>] [--token <token>]
                           --name <name> --public-key <public.pem>

                Registers a publisher under a unique name with the public key that verifies its signatures, and
                prints the publisher's id and the key's fingerprint.

                  --url <base>              the marketplace (default: $TRIBUTARY_URL, else http://localhost:8181)
                  --token <token>           an API token of a tenant admin or operator (default: $TRIBUTARY_TOKEN)
                  --name <name>             the publisher's name as the catalog shows it
                  --public-key <public.pem> the public key (PEM), as keygen writes it
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("url", "token", "name", "public-key");
    }

    @Override
    public void run(Options options, Console console) throws CliException {
        String name = options.required("name");
        Path keyFile = options.requiredPath("public-key");
        options.requireNoOperands();
        MarketplaceClient marketplace = MarketplaceClient.connect(options, console.env());
        PublisherKey key = Keys.readPublic(keyFile);
        Map<String, Object> publisher = marketplace.registerPublisher(name, key.pem());
        console.out().println("publisher " + publisher.get("id") + " fingerprint " + publisher.get("fingerprint"));
    }
}
