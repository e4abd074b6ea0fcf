package io.tributary.engine.internal.service;

import java.time.Duration;

/**
 * How this node runs flows.
 *
 * @param nodeId            names this node in the runs it executes; a restarted node resumes its own runs at once
 * @param workerThreads     runs executed at once; more wait in line (still RUNNING, and heartbeated)
 * @param transformThreads  pages transformed at once, across all runs
 * @param heartbeat         how often executing runs are heartbeated and orphaned runs looked for
 * @param staleAfter        how old a run's heartbeat must be for another node to take it over
 * @param maxWebhookBacklog waiting webhook events of one flow beyond which new ones are refused (429)
 */
public record EngineSettings(String nodeId, int workerThreads, int transformThreads, Duration heartbeat,
                             Duration staleAfter, int maxWebhookBacklog) {
}
