package com.wmxtopup.counter.application.port;

/// Whether the database answers right now.
public interface DatabaseHealth {

    boolean isUp();
}
