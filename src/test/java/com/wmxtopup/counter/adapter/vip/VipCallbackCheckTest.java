package com.wmxtopup.counter.adapter.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.CallbackCheck;
import com.wmxtopup.counter.application.port.SupplierTransaction;
import com.wmxtopup.counter.application.port.SupplierTransaction.State;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Checking callbacks from VIP Reseller (spec §6, F15): the static `X-Client-Signature` first,
/// then any of the three body shapes seen in the wild. No HTTP involved: the web adapter hands
/// over the header and the raw bytes.
class VipCallbackCheckTest {

    private static final String SIGN = "ae65c7fb5ac641b4855e1fbbcf6d200f";
    private static final String F15 = """
            {"data":{"trxid":"VP2401100900001","data":"136216325","zone":"2685","service":"Mobile Legends B - 86 Diamonds","status":"success","note":"","price":20500}}""";
    private static final SupplierTransaction F15_TRANSACTION = new SupplierTransaction("VP2401100900001",
            new TopUpTarget("136216325", "2685"), "Mobile Legends B - 86 Diamonds", State.SUCCESS, "", Money.rupiah(20_500));

    // The base URL is never called: checking a callback needs no network.
    private final VipResellerClient client = new VipResellerClient(VipResellerSettings.of("http://127.0.0.1:9/api", "Xy7Qp2Lm",
            "TESTKEY0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU"), new MutableClock(Instant.EPOCH));

    @AfterEach
    void close() {
        client.close();
    }

    private CallbackCheck check(String signature, String body) {
        return client.checkCallback(signature, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentedDataObjectIsValid() {
        assertThat(check(SIGN, F15)).isEqualTo(new CallbackCheck.Valid(List.of(F15_TRANSACTION)));
    }

    @Test
    void theStatusListShapeIsValidWithEveryEntry() {
        String body = """
                {"result":true,"data":[
                 {"trxid":"VP2401100900002","data":"081234567890","code":"TSEL10","service":"Telkomsel 10.000","status":"success","note":"41234567890123456789","price":10450},
                 {"trxid":"VP2401100900003","data":"081234567891","code":"TSEL10","service":"Telkomsel 10.000","status":"failed","note":"Nomor tujuan salah.","price":10450}
                ],"message":"Detail transaksi berhasil didapatkan."}""";

        assertThat(check(SIGN, body)).isEqualTo(new CallbackCheck.Valid(List.of(
                new SupplierTransaction("VP2401100900002", TopUpTarget.of("081234567890"), "Telkomsel 10.000", State.SUCCESS,
                        "41234567890123456789", Money.rupiah(10_450)),
                new SupplierTransaction("VP2401100900003", TopUpTarget.of("081234567891"), "Telkomsel 10.000", State.ERROR,
                        "Nomor tujuan salah.", Money.rupiah(10_450)))));
    }

    @Test
    void aFlatBodyIsValid() {
        String flat = """
                {"trxid":"VP2401100900001","data":"136216325","zone":"2685","service":"Mobile Legends B - 86 Diamonds","status":"success","note":"","price":20500}""";

        assertThat(check(SIGN, flat)).isEqualTo(new CallbackCheck.Valid(List.of(F15_TRANSACTION)));
    }

    @Test
    void surroundingWhitespaceInTheHeaderIsTolerated() {
        assertThat(check(" " + SIGN + " ", F15)).isInstanceOf(CallbackCheck.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deadbeef", "", "AE65C7FB5AC641B4855E1FBBCF6D200F", "ae65c7fb5ac641b4855e1fbbcf6d200",
            "ae65c7fb5ac641b4855e1fbbcf6d200f0"})
    void aWrongSignatureIsRejected(String signature) {
        assertThat(check(signature, F15)).isInstanceOf(CallbackCheck.InvalidSignature.class);
    }

    @Test
    void aMissingSignatureIsRejected() {
        assertThat(check(null, F15)).isInstanceOf(CallbackCheck.InvalidSignature.class);
    }

    @Test
    void theSignatureIsCheckedBeforeTheBodyIsRead() {
        assertThat(check("deadbeef", "this is not JSON")).isInstanceOf(CallbackCheck.InvalidSignature.class);
        assertThat(client.checkCallback("deadbeef", null)).isInstanceOf(CallbackCheck.InvalidSignature.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "this is not JSON",
            "[1,2]",
            "{\"result\":true,\"message\":\"no data\"}",
            "{\"data\":[]}",
            "{\"data\":\"VP1\"}",
            "{\"data\":{\"status\":\"success\"}}",
            "{\"data\":{\"trxid\":\"VP1\"}}",
            "{\"data\":[{\"trxid\":\"VP1\",\"status\":\"success\"},{\"trxid\":\"VP2\"}]}",
            "{\"data\":{\"trxid\":{\"nested\":true},\"status\":\"success\"}}"})
    void signedButUnreadableBodiesAreMalformed(String body) {
        assertThat(check(SIGN, body)).isInstanceOf(CallbackCheck.Malformed.class);
    }
}
