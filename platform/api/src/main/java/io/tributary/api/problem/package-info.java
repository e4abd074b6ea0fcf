/**
 * RFC 9457 problem details: the one error shape every Tributary service raises and the REST layer returns
 * as {@code application/problem+json}.
 */
@Export
@Version("1.1.0")
package io.tributary.api.problem;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
