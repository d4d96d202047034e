package com.wmxtopup.counter.bootstrap.config;

import java.nio.file.Path;
import java.util.Optional;

/// What the command line says about configuration; it wins over every other source.
public record CommandLineOverrides(boolean forceDemo, Optional<Path> configFile, Optional<Path> dataDirectory,
                                   Optional<Integer> port) {

    public static CommandLineOverrides none() {
        return new CommandLineOverrides(false, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
