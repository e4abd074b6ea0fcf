package io.tributary.plugins.internal.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.VersionRange;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorState;
import io.tributary.plugins.internal.descriptor.DescriptorCheck;

/**
 * Every connector bundle with its state at one moment, ordered by id then version, and the registry's queries on
 * it. When several bundles declare the same id and version, the one installed first (lowest bundle id) keeps it
 * and the others are rejected as duplicates.
 */
public final class ConnectorTable {

    private static final Comparator<ConnectorInfo> ORDER = Comparator.comparing(ConnectorInfo::id)
            .thenComparing(info -> VersionRanges.orderable(info.version()))
            .thenComparingLong(ConnectorInfo::bundleId);

    private final List<ConnectorInfo> infos;

    private ConnectorTable(List<ConnectorInfo> infos) {
        this.infos = List.copyOf(infos);
    }

    public static ConnectorTable of(Collection<ConnectorBundle> bundles) {
        List<ConnectorBundle> byBundleId = new ArrayList<>(bundles);
        byBundleId.sort(Comparator.comparingLong(bundle -> bundle.facts().bundleId()));
        Map<String, ConnectorBundle> owners = new HashMap<>();
        List<ConnectorInfo> infos = new ArrayList<>();
        for (ConnectorBundle bundle : byBundleId) {
            Verdict verdict = StateRules.evaluate(bundle.check(), bundle.facts());
            if (!verdict.isRejected()) {
                ConnectorBundle owner = owners.putIfAbsent(key(bundle.check()), bundle);
                verdict = owner == null ? verdict : duplicateOf(owner);
            }
            infos.add(info(bundle, verdict));
        }
        infos.sort(ORDER);
        return new ConnectorTable(infos);
    }

    public List<ConnectorInfo> list() {
        return infos;
    }

    /** The version's owner if any bundle holds it, else a rejected duplicate of it. */
    public Optional<ConnectorInfo> find(String id, String version) {
        return infos.stream()
                .filter(info -> info.id().equals(id) && info.version().equals(version))
                .min(Comparator.comparing((ConnectorInfo info) -> info.state() == ConnectorState.REJECTED)
                        .thenComparingLong(ConnectorInfo::bundleId));
    }

    /** The highest active version of a connector in a range; see {@link VersionRanges#parse}. */
    public Optional<ConnectorInfo> resolve(String id, String range) {
        VersionRange versions = VersionRanges.parse(range);
        return infos.stream()
                .filter(info -> info.id().equals(id) && info.state() == ConnectorState.ACTIVE)
                .filter(info -> versions.includes(VersionRanges.orderable(info.version())))
                .max(Comparator.comparing(info -> VersionRanges.orderable(info.version())));
    }

    public Optional<ConnectorInfo> forBundle(long bundleId) {
        return infos.stream().filter(info -> info.bundleId() == bundleId).findFirst();
    }

    private static String key(DescriptorCheck check) {
        return check.id() + "@" + check.version();
    }

    private static Verdict duplicateOf(ConnectorBundle owner) {
        return Verdict.rejected("duplicate: connector " + owner.check().id() + " " + owner.check().version()
                + " is already provided by bundle " + owner.facts().bundleId() + " ("
                + owner.facts().symbolicName() + ")");
    }

    private static ConnectorInfo info(ConnectorBundle bundle, Verdict verdict) {
        DescriptorCheck check = bundle.check();
        BundleFacts facts = bundle.facts();
        String name = firstOf(check.name(), facts.bundleName(), facts.symbolicName());
        return new ConnectorInfo(firstOf(check.id(), facts.symbolicName()), firstOf(check.version(),
                facts.bundleVersion()), name, verdict.state(), verdict.reason(), check.categories(),
                facts.bundleId(), check.descriptor() == null ? null : check.descriptor().deepCopy());
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return "";
    }
}
