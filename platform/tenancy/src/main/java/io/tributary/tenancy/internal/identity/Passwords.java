package io.tributary.tenancy.internal.identity;

import java.security.SecureRandom;

import io.tributary.tenancy.internal.Violations;

/** The password rules, and strong passwords for the first administrator. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1024;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** Adds what is wrong with a password to {@code violations}; the password itself never appears. */
    public static void check(String field, String password, Violations violations) {
        if (password == null || password.isEmpty()) {
            violations.add(field, "is required");
        } else if (password.length() < MIN_LENGTH) {
            violations.add(field, "must have at least " + MIN_LENGTH + " characters");
        } else if (password.length() > MAX_LENGTH) {
            violations.add(field, "must have at most " + MAX_LENGTH + " characters");
        }
    }

    /** 24 characters without look-alikes (0/O, 1/l/I): about 140 bits. */
    public static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
