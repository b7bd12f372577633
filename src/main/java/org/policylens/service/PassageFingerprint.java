package org.policylens.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names a passage by its text, so a decision on it can be found again after its document is re-imported. */
final class PassageFingerprint {

    private PassageFingerprint() {
    }

    /** The passage text without whitespace: re-wrapped or re-indented lines give the same passage. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(compact(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
