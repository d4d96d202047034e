package com.wmxtopup.counter.application.port;

/// Turns PINs into slow salted hashes and checks them; the PIN itself is never stored.
public interface PinHasher {

    String hash(String pin);

    boolean matches(String pin, String hash);
}
