package io.tributary.marketplace.internal.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.felix.resolver.Logger;
import org.apache.felix.resolver.ResolverImpl;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.service.resolver.ResolutionException;
import org.slf4j.LoggerFactory;

/**
 * Resolves an artifact without installing it, with the resolver the framework runs (Felix's), against the
 * platform's bundles and the marketplace's other artifacts: what would fail on install fails on publish.
 */
final class DryRunResolver {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(DryRunResolver.class);
    private static final String NOBODY_PROVIDES = ", which neither the platform nor the marketplace provides";

    private final PlatformResources platform;

    DryRunResolver(PlatformResources platform) {
        this.platform = platform;
    }

    /** Why the candidate does not resolve, one sentence per unresolved requirement; empty when it resolves. */
    List<String> unresolved(Resource candidate, List<Resource> neighbours) {
        DryRunContext context = new DryRunContext(candidate, neighbours, platform.resources());
        // the resolver stops at the first requirement nothing provides; a publisher should learn of all of them
        List<String> missing = new ArrayList<>();
        for (Requirement requirement : candidate.getRequirements(null)) {
            if (context.isEffective(requirement) && !isOptional(requirement)
                    && context.findProviders(requirement).isEmpty()) {
                missing.add(RequirementText.describe(requirement) + NOBODY_PROVIDES);
            }
        }
        if (!missing.isEmpty()) {
            return missing;
        }
        try {
            new ResolverImpl(new QuietLogger(), 1).resolve(context);
            return List.of();
        } catch (ResolutionException e) {
            return reasons(candidate, e);
        }
    }

    private static boolean isOptional(Requirement requirement) {
        return Namespace.RESOLUTION_OPTIONAL.equals(
                requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
    }

    private static List<String> reasons(Resource candidate, ResolutionException e) {
        Set<String> reasons = new LinkedHashSet<>();
        for (Requirement requirement : e.getUnresolvedRequirements()) {
            Requirement cause = deepestCause(e);
            if (cause == null || cause.getResource().equals(requirement.getResource())) {
                reasons.add(RequirementText.describe(requirement) + NOBODY_PROVIDES);
            } else {
                reasons.add(RequirementText.describe(requirement) + ", which only "
                        + RequirementText.name(cause.getResource()) + " provides, and that does not"
                        + " resolve: it " + RequirementText.describe(cause) + NOBODY_PROVIDES);
            }
        }
        if (reasons.isEmpty()) {
            // e.g. two providers of one package whose uses constraints cannot both hold
            reasons.add("does not resolve: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
        return new ArrayList<>(reasons);
    }

    /** The requirement at the end of the chain of failures that made a provider unusable, or null. */
    private static Requirement deepestCause(ResolutionException e) {
        Requirement deepest = null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ResolutionException nested && !nested.getUnresolvedRequirements().isEmpty()) {
                deepest = nested.getUnresolvedRequirements().iterator().next();
            }
        }
        return deepest;
    }

    /** The resolver's diagnostics go to debug: the failures it ends with are reported to the publisher. */
    private static final class QuietLogger extends Logger {

        QuietLogger() {
            super(LOG.isDebugEnabled() ? LOG_DEBUG : LOG_ERROR);
        }

        @Override
        protected void doLog(int level, String message, Throwable throwable) {
            LOG.debug(message, throwable);
        }
    }
}
