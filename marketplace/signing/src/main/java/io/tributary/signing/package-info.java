/**
 * Publisher keys and detached signatures of marketplace artifacts, with the JDK's own providers: Ed25519 (preferred),
 * RSA of at least 2048 bits with SHA-256, and ECDSA on P-256 with SHA-256. Keys travel as PEM: public keys as X.509
 * SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}), private keys as PKCS#8 ({@code BEGIN PRIVATE KEY}).
 */
@Export
@Version("1.0.0")
package io.tributary.signing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
