package com.wmxtopup.counter.adapter.web;

/// The webhook/REST port is taken by another program (often a second console on this computer).
public final class PortInUseException extends RuntimeException {

    private final String host;
    private final int port;

    public PortInUseException(String host, int port, Throwable cause) {
        super("port " + port + " on " + host + " is already in use", cause);
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
