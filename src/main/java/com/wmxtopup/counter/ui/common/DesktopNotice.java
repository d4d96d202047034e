package com.wmxtopup.counter.ui.common;

/// Something the window shows as a desktop notification (a toast owned by the main window).
public interface DesktopNotice {
    String title();

    String text();
}
