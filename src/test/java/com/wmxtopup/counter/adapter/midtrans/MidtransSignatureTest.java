package com.wmxtopup.counter.adapter.midtrans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The signature test vectors of specs/midtrans-api.md §7, computed there with Python, openssl and Java.
class MidtransSignatureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # vector,           order_id,             status, gross,     server key,                                signature_key
            1 settlement,       POS-20250101-0001,    200,    10000.00,  SB-Mid-server-TESTKEY0000000000001,        67450bc16a72bc110d1c04388fbe431fcebb75c01bdae92294623949f555bb0ae6e3b929c28c547daca1bd623edb3f006c118bb23e15de261f66566981419376
            2 pending,          order03,              201,    275000.00, SB-Mid-server-AbCdEfGhIjKlMnOpQrStUvWx,    68dcbd5ff12436df70c46a27564b6ba1f6e2fd9a38470c4cdb6e9598ee645c04a4e6b79a315018b4e39999364a36dd6744bec9ca31b8d8579f2c0d9aec1c91e0
            3 expire prod key,  KASIR-7-000123,       202,    1500.00,   Mid-server-ProdLikeFakeKey_9f8e7d6c,       7173182fa5513f6acaddd1b9ee41c97691c7451c0d8a6cdae5ac3db263a58470915ccf237dee6da6a4d87a5f5676a468f7567acbcad291ac334ce1a97568e89b
            4 docs inputs,      1111,                 200,    100000.00, askvnoibnosifnboseofinbofinfgbiufglnbfg,   edc076b21793ebe3e17926350f5b8ae67d902fe657b3d0aa31b932d5c127e2375d308a2bc94f3265ac2d80a1f181a79b997ac178a236fcff35af263fc4d4c231
            5 amount no decimals, POS-20250101-0001,  200,    10000,     SB-Mid-server-TESTKEY0000000000001,        f17155a9c1e8639dae225e76be2085d09905b5eccb89d9bf2a9d63348a8c4901ecfc54106b4b75a4bcbae2792d7528de3c5e9b2acf6fb0e017a22f4246be1685
            6 status 407,       POS-20250101-0001,    407,    10000.00,  SB-Mid-server-TESTKEY0000000000001,        275f178f46a5b802772e9d6e408d434fcb5568017c8b50f098a744efb7c66167f3b9406d36cde08e82e492c1539bf3e8c8fe5df444abd46214b66ecbfeb6f480
            fixture pending,    POS-01-20250301-0007, 201,    25000.00,  SB-Mid-server-SIMULATOR-ONLY-0001,         b2baf2c2c5302bfb5d9720cbcc9bedf9d3ca16560f3397da00409e930026e616435799d956138666f30814b3fff7f805c8622ffc3dccbb686438ec4a6538fa48
            fixture settled,    POS-01-20250301-0007, 200,    25000.00,  SB-Mid-server-SIMULATOR-ONLY-0001,         eb1b0a8a4f20f628e538be96c8dc2370fe91d450408ceb4137fe6efdd5f9506dc15928a325f35a701eede0f0cb59de6c7e75eb682b9522733aa60d8cece022ab
            fixture expired,    POS-01-20250301-0007, 202,    25000.00,  SB-Mid-server-SIMULATOR-ONLY-0001,         bf6b8213398a747c69c6e9c16d628028e6d89e196b04728216c50f19c813d41291415cc713241b8d15594b0f532b9ddc23411de1b5ec4cc9930c3dd8d423a939
            fixture 407,        POS-01-20250301-0007, 407,    25000.00,  SB-Mid-server-SIMULATOR-ONLY-0001,         83e4342cd3247a9d69a5dd709d367db000ae0ba97c3776b10625224319dc587c360fb2325437666f34a7d741bc3ca9ddb115eb5a477111c0a14ffbc48bdec609
            fixture cancelled,  POS-01-20250301-0008, 202,    12500.00,  SB-Mid-server-SIMULATOR-ONLY-0001,         774a7f3c2c22016f0d5c88c92b11625e5f99b9a681344d9a79a5eb5afdf394a7460f39a907b2648ca5f06b1f43bc161795dc4537c1b303d9c611b5f13d30539d
            fixture 0008 paid,  POS-01-20250301-0008, 200,    12500.00,  SB-Mid-server-SIMULATOR-ONLY-0001,         8f1b86d8cc44f3fc49d81188db9c8e756b7629e3fdc31f6b0f3068b8d5617e3c571ba08ecbf6fce909248ff6e65432075ad31b04a06d1b6d9adb133f7bbb565b
            fixture 0009 paid,  POS-01-20250301-0009, 200,    15000.00,  SB-Mid-server-SIMULATOR-ONLY-0001,         91884af02eac3dec68472189fc61ae19faf27fda6cc3624f97aa8add292ce27d8c56e19d521ec07f227c31fb2c37785516e39e5d72c3984afee82b19118a92b3
            """)
    void computesTheSpecVectors(String vector, String orderId, String statusCode, String grossAmount, String serverKey, String expected) {
        assertThat(MidtransSignature.of(orderId, statusCode, grossAmount, serverKey)).isEqualTo(expected);
        assertThat(MidtransSignature.matches(expected, orderId, statusCode, grossAmount, serverKey)).isTrue();
        assertThat(MidtransSignature.matches(expected.toUpperCase(java.util.Locale.ROOT), orderId, statusCode, grossAmount, serverKey))
                .as("hex case is ignored").isTrue();
    }

    @ParameterizedTest(name = "vector 1 rejected when {0}")
    @CsvSource(textBlock = """
            # what changed,              order_id,          status, gross,    server key
            amount without decimals,     POS-20250101-0001, 200,    10000,    SB-Mid-server-TESTKEY0000000000001
            amount in Indonesian format, POS-20250101-0001, 200,    '10000,00', SB-Mid-server-TESTKEY0000000000001
            status code 407,             POS-20250101-0001, 407,    10000.00, SB-Mid-server-TESTKEY0000000000001
            other server key,            POS-20250101-0001, 200,    10000.00, SB-Mid-server-TESTKEY0000000000002
            other order,                 POS-20250101-0002, 200,    10000.00, SB-Mid-server-TESTKEY0000000000001
            """)
    void vectorOneMatchesNothingElse(String change, String orderId, String statusCode, String grossAmount, String serverKey) {
        String vectorOne = "67450bc16a72bc110d1c04388fbe431fcebb75c01bdae92294623949f555bb0ae6e3b929c28c547daca1bd623edb3f006c118bb23e15de261f66566981419376";
        assertThat(MidtransSignature.matches(vectorOne, orderId, statusCode, grossAmount, serverKey)).isFalse();
    }

    @ParameterizedTest(name = "truncated or empty signature ''{0}'' is rejected")
    @CsvSource(textBlock = """
            ''
            67450bc16a72bc110d1c04388fbe431f
            67450bc16a72bc110d1c04388fbe431fcebb75c01bdae92294623949f555bb0ae6e3b929c28c547daca1bd623edb3f006c118bb23e15de261f66566981419376aa
            """)
    void rejectsSignaturesOfTheWrongLength(String received) {
        assertThat(MidtransSignature.matches(received, "POS-20250101-0001", "200", "10000.00", "SB-Mid-server-TESTKEY0000000000001"))
                .isFalse();
    }
}
