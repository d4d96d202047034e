package com.wmxtopup.counter.support;

import com.wmxtopup.counter.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;

/// Runs "background" work at once on the calling thread, so view-model tests are deterministic.
public final class SameThreadTaskRunner implements TaskRunner {

    private int started;

    @Override
    public <T> Handle run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        started++;
        var progress = new SimpleDoubleProperty(-1);
        var message = new SimpleStringProperty("");
        try {
            T result = work.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            onSuccess.accept(result);
        } catch (Exception e) {
            onFailure.accept(e);
        }
        return new Handle() {
            @Override
            public void cancel() {
            }

            @Override
            public ObservableDoubleValue progress() {
                return progress;
            }

            @Override
            public ObservableStringValue message() {
                return message;
            }
        };
    }

    public int started() {
        return started;
    }

    @Override
    public void close() {
    }
}
