package io.tributary.api.tenancy;

/**
 * A token just created.
 *
 * @param token  the token as it will be listed
 * @param secret the bearer secret, shown this once; only its hash is kept
 */
public record NewApiToken(ApiToken token, String secret) {
}
