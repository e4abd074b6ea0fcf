package io.tributary.publisher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code publish}: signs an artifact (or takes its signature) and uploads both to the marketplace. */
final class PublishCommand implements Command {

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String summary() {
        return "sign and upload a connector or integration bundle";
    }

    @Override
    public String usage() {
        return """
                Usage: tributary-publish publish [--url <base>] [--token <token>]
                           (--key <private.pem> | --signature <file.sig>)
                           [--publisher <id>] [--changelog <file.md>] <artifact.jar>

                Uploads the artifact with its detached signature. The marketplace validates it (a bundle, its
                descriptor, that it resolves, its signature, ...) and either publishes it, printing
                "published <listing> <version> sha256 <sha256>", or refuses it with every reason (exit code 1).

                  --url <base>             the marketplace (default: $TRIBUTARY_URL, else http://localhost:8181)
                  --token <token>          an API token (default: $TRIBUTARY_TOKEN)
                  --key <private.pem>      sign the artifact with this private key now
                  --signature <file.sig>   or send this signature, made earlier with the sign command
                  --publisher <id>         the publisher that signed it; needed only when you registered several
                  --changelog <file.md>    what changed in this version, Markdown
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("url", "token", "key", "signature", "publisher", "changelog");
    }

    @Override
    public void run(Options options, Console console) throws CliException {
        Optional<String> key = options.value("key");
        Optional<String> signatureFile = options.value("signature");
        if (key.isPresent() == signatureFile.isPresent()) {
            throw CliException.usage(key.isPresent()
                    ? "give either --key or --signature, not both"
                    : "--key or --signature is required");
        }
        Path artifact = options.singleOperandPath("<artifact.jar>");
        MarketplaceClient marketplace = MarketplaceClient.connect(options, console.env());
        LocalFiles.regularFile(artifact, "artifact");
        String signature = key.isPresent()
                ? Keys.sign(Keys.readPrivate(Options.path(key.get())), artifact)
                : LocalFiles.readText(Options.path(signatureFile.get()), "signature").strip();
        String changelog = null;
        if (options.value("changelog").isPresent()) {
            changelog = LocalFiles.readText(Options.path(options.value("changelog").get()), "changelog");
        }
        Map<String, Object> version = marketplace.publish(artifact, signature,
                options.value("publisher").orElse(null), changelog);
        console.out().println("published " + version.get("listingId") + " " + version.get("version")
                + " sha256 " + version.get("sha256"));
    }
}
