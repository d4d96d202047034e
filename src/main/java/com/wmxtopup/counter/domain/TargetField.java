package com.wmxtopup.counter.domain;

/// The input fields a game can ask for. The names are those of the REST API (`userId`, `zoneId`).
public enum TargetField {
    USER_ID("userId"),
    ZONE_ID("zoneId");

    private final String apiName;

    TargetField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
