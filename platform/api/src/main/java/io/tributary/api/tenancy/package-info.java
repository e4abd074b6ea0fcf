/**
 * Tenancy and security as the other platform services see them: who is calling, which tenants, users and workspaces
 * exist, API tokens, connections with encrypted secrets, and the audit log.
 *
 * <p>Every method that takes a {@link io.tributary.api.tenancy.Caller} authorizes the call itself and throws a
 * {@link io.tributary.api.problem.ProblemException}: 404 for what does not exist <em>or belongs to another tenant</em>
 * (existence is never revealed), 403 for a known resource the caller's role is too weak for, 409 for conflicts, 422
 * for valid input that breaks a rule. Every change is written to the audit log in the same transaction.
 * Connectors never use this package.
 */
@Export
@Version("1.2.0")
package io.tributary.api.tenancy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
