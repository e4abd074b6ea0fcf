package io.tributary.engine.internal.run;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.tributary.api.flow.ErrorStatus;
import io.tributary.api.flow.RecordError;
import io.tributary.api.flow.RecordOutcome.Outcome;
import io.tributary.api.flow.RunCounts;
import io.tributary.engine.internal.common.Json;
import io.tributary.engine.internal.common.Texts;
import io.tributary.engine.internal.data.ErrorRepository.OpenError;
import io.tributary.engine.internal.data.ErrorRepository.Refailure;
import io.tributary.engine.internal.data.PageOutcomes;
import io.tributary.engine.internal.data.Repositories;
import io.tributary.engine.internal.data.StoredError;
import io.tributary.engine.internal.data.StoredRun;
import io.tributary.store.jdbc.DatabaseException;
import io.tributary.store.jdbc.Ids;

/**
 * Commits one written page in one transaction: its outcomes, the run's counts and resume position, new errors
 * (a key with an open error updates it instead), and the resolution of open errors whose key now succeeded.
 */
public final class PageCommit {

    /** The most times a commit is tried when it loses a race with another transaction. */
    private static final int TRIES = 3;

    /** How a success resolves an open error of its key: auto-resolved by a run, or resolved by a retrying user. */
    public record Resolution(ErrorStatus status, String by) {

        public static Resolution byRun(String runId) {
            return new Resolution(ErrorStatus.AUTO_RESOLVED, "run:" + runId);
        }
    }

    private final Repositories repositories;
    private final Clock clock;

    public PageCommit(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    public CommitSummary commit(StoredRun run, long seq, List<RecordFate> fates, SourcePage page,
            Resolution resolution) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commitOnce(run, seq, fates, page, resolution);
            } catch (DatabaseException e) {
                if (!e.isTransient() || attempt == TRIES) {
                    throw e;
                }
            }
        }
    }

    private CommitSummary commitOnce(StoredRun run, long seq, List<RecordFate> fates, SourcePage page,
            Resolution resolution) {
        return repositories.database().transaction(c -> {
            Instant now = clock.instant();
            List<PageOutcomes.Entry> entries = new ArrayList<>(fates.size());
            Map<String, RecordFate> lastByKey = new LinkedHashMap<>();
            long success = 0;
            long ignored = 0;
            for (RecordFate fate : fates) {
                entries.add(new PageOutcomes.Entry(fate.record().key(), fate.outcome(), fate.step()));
                success += fate.outcome() == Outcome.SUCCESS ? 1 : 0;
                ignored += fate.outcome() == Outcome.IGNORED ? 1 : 0;
                // a key read twice in a page ends as its last outcome says
                String key = Texts.storedKey(fate.record().key());
                lastByKey.remove(key);
                lastByKey.put(key, fate);
            }
            RunCounts counts = new RunCounts(fates.size(), success, ignored, fates.size() - success - ignored);
            repositories.pages().insert(run.id(), seq, counts, PageOutcomes.encode(entries));
            CommitSummary summary = settleErrors(run, lastByKey, resolution, now);
            repositories.runs().pageCommitted(run.id(), counts, page.next(), page.watermark(), page.last(), now);
            return summary;
        });
    }

    private CommitSummary settleErrors(StoredRun run, Map<String, RecordFate> lastByKey, Resolution resolution,
            Instant now) {
        Map<String, OpenError> open = repositories.errors().hasOpen(run.flowId())
                ? repositories.errors().openByKeys(run.flowId(), lastByKey.keySet()) : Map.of();
        List<StoredError> inserts = new ArrayList<>();
        List<Refailure> refailures = new ArrayList<>();
        List<String> resolvedIds = new ArrayList<>();
        List<String> openedSamples = new ArrayList<>();
        List<String> resolvedSamples = new ArrayList<>();
        lastByKey.forEach((key, fate) -> {
            OpenError existing = open.get(key);
            String message = Objects.requireNonNullElse(fate.message(), "failed without a message");
            if (fate.outcome() == Outcome.ERROR && existing != null) {
                refailures.add(new Refailure(existing.id(), run.id(), Json.write(fate.record().data()),
                        fate.step(), message, fate.retryable()));
            } else if (fate.outcome() == Outcome.ERROR) {
                inserts.add(new StoredError(new RecordError(Ids.next("err"), run.flowId(), run.id(),
                        run.workspaceId(), key, fate.record().data(), fate.step(), message, fate.retryable(), 1,
                        ErrorStatus.OPEN, null, null, now, now), run.tenantId()));
                sample(openedSamples, key, fate.step(), message);
            } else if (fate.outcome() == Outcome.SUCCESS && existing != null) {
                resolvedIds.add(existing.id());
                sample(resolvedSamples, key, existing.step(), existing.message());
            }
        });
        repositories.errors().insert(inserts);
        repositories.errors().refail(refailures, now);
        int resolved = repositories.errors().resolve(resolvedIds, resolution.status(), resolution.by(), now);
        return new CommitSummary(inserts.size(), openedSamples, resolved, resolvedSamples);
    }

    private static void sample(List<String> samples, String key, String step, String message) {
        if (samples.size() < CommitSummary.MAX_SAMPLES) {
            samples.add(Texts.clip(key + ": " + step + ": " + message, 500));
        }
    }
}
