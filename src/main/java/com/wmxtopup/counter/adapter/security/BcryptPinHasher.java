package com.wmxtopup.counter.adapter.security;

import com.wmxtopup.counter.application.port.PinHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/// BCrypt from Spring Security Crypto. A PIN has few digits, so the hash only slows a thief with
/// the database file; the lock after five wrong PINs is what protects the counter.
public final class BcryptPinHasher implements PinHasher {

    /// About 50–100 ms per check on a shop PC: unnoticed at sign-in, slow for guessing offline.
    private static final int STRENGTH = 10;
    private final BCryptPasswordEncoder encoder;

    public BcryptPinHasher() {
        this(STRENGTH);
    }

    /// A lower strength for tests that create many users.
    public BcryptPinHasher(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String hash(String pin) {
        return encoder.encode(pin);
    }

    @Override
    public boolean matches(String pin, String hash) {
        return hash != null && !hash.isEmpty() && encoder.matches(pin, hash);
    }
}
