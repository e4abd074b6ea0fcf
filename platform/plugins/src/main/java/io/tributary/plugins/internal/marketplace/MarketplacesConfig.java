package io.tributary.plugins.internal.marketplace;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@value #PID} ({@code etc/io.tributary.marketplaces.cfg}): the remote marketplaces this
 * runtime installs from, besides its local one.
 *
 * <p>The property is {@code .remotes}: Declarative Services never publishes a property whose name starts with a
 * full stop as a service property, so the tokens stay out of the installer service's registration.
 */
@ObjectClassDefinition(name = "Tributary marketplaces",
        description = "Remote marketplaces this runtime installs from, besides this node's own")
public @interface MarketplacesConfig {

    String PID = "io.tributary.marketplaces";

    /** Makes {@link #remotes()} the private property {@code .remotes}. */
    String PREFIX_ = ".";

    @AttributeDefinition(name = "Remote marketplaces", required = false,
            description = "Each 'name url token', e.g. 'partner https://mp.example.com:8181 tok_abc'; the token may"
                    + " be left out for a marketplace that needs none")
    String[] remotes() default {};
}
