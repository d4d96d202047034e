package com.wmxtopup.counter.application.port;

/// Long work reports progress through this, and learns whether it should stop.
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(Phase phase, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /// The steps of long work, for a label next to the progress bar.
    enum Phase {
        FETCHING,
        COMPARING,
        SAVING,
        DONE
    }

    /// `total` 0 means unknown (indeterminate progress).
    void progress(Phase phase, long done, long total);

    boolean isCancelled();
}
