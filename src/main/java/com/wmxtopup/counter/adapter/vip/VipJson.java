package com.wmxtopup.counter.adapter.vip;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/// The JSON shapes of specs/vip-reseller-api.md, read tolerantly: unknown fields are ignored,
/// numbers may arrive as strings (and `server` as a number), and any field may be missing, so
/// the client decides what is required where. None of these types leave this package.
final class VipJson {

    private VipJson() {
    }

    static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();
    }

    /// `{ "result": bool, "data": …, "message": "…" }`; `country` only on region nickname checks.
    /// Kept as trees: which shape `data` has depends on the call (and sometimes on the mood of
    /// the server), and a message or country of an unexpected type must not hide the answer.
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(JsonNode result, JsonNode data, JsonNode message, JsonNode country) {

        /// `null` when `result` is missing or not a yes/no value.
        Boolean succeeded() {
            if (result == null || result.isNull()) {
                return null;
            }
            if (result.isBoolean()) {
                return result.booleanValue();
            }
            String text = result.asText("");
            return switch (text) {
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> null;
            };
        }

        String messageText() {
            return message == null || message.isNull() ? "" : message.isValueNode() ? message.asText() : message.toString();
        }

        boolean hasData() {
            return data != null && !data.isNull();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(@JsonProperty("full_name") String fullName, String username, Long balance, Long point, String level) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Service(String code, String game, String name, Prices price, String server, String status) {
    }

    /// One item of `/api/prepaid` `type=services`. The supplier spells the maintenance field
    /// `maintenace`; the correct spelling is accepted too, in case it is ever fixed.
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PrepaidService(String brand, String code, String name, String note, Prices price, String status,
                          @JsonProperty("multi_trx") Boolean multiTrx,
                          @JsonProperty("maintenace") @JsonAlias("maintenance") String maintenance,
                          String category, String prepost, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Prices(Long basic, Long premium, Long special) {
    }

    /// An order answer (with `balance`) or one entry of a status list / callback (without).
    /// Prepaid entries have `code` instead of `zone`; the status list has no code for game
    /// orders, so the code is not read for either.
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Transaction(String trxid, String data, String zone, String service, String status, String note,
                       Long price, Long balance) {
    }

}
