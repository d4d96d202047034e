package com.wmxtopup.counter.adapter.persistence;

/// Column-length guards for free text.
final class Text {

    private Text() {
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
