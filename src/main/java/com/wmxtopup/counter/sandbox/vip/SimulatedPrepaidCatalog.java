package com.wmxtopup.counter.sandbox.vip;

import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.sandbox.vip.NumberRule.Operator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// The simulated prepaid catalog: pulsa of the six mobile operators, a few data packages, PLN
/// tokens and GoPay/OVO/DANA top-ups, with rupiah prices in the range Indonesian counters buy
/// at. Fixed (no seed): `TSEL10` costs exactly the basic price of the spec's fixture F14, and
/// `SMART100` is always `empty` so there is something unavailable to show.
///
/// Premium and special prices follow the game catalog's rule ([SimulatedCatalog#premiumPrice],
/// [SimulatedCatalog#specialPrice]). Each item's customer number is checked by a [NumberRule].
final class SimulatedPrepaidCatalog {

    static final String PULSA = "pulsa-reguler";
    static final String DATA = "paket-internet";
    static final String PLN_TOKEN = "token-pln";
    static final String E_MONEY = "saldo-emoney";

    private static final String OPERATOR_CUT_OFF = "23:45 - 00:15";
    private static final String PLN_CUT_OFF = "23:00 - 00:30";
    /// How the captured real answer lists "no maintenance window".
    private static final String NO_CUT_OFF = "00:00 - 00:00";
    private static final String ALWAYS_EMPTY = "SMART100";

    private final List<PrepaidCatalogItem> items;
    private final Map<String, PrepaidCatalogItem> byCode;
    private final Map<String, NumberRule> rulesByCode;

    private SimulatedPrepaidCatalog(List<PrepaidCatalogItem> items, Map<String, NumberRule> rulesByCode) {
        this.items = List.copyOf(items);
        var codes = new LinkedHashMap<String, PrepaidCatalogItem>();
        items.forEach(i -> codes.put(i.code().toUpperCase(Locale.ROOT), i));
        this.byCode = Map.copyOf(codes);
        this.rulesByCode = Map.copyOf(rulesByCode);
    }

    static SimulatedPrepaidCatalog standard() {
        var builder = new Builder();
        builder.pulsa(Operator.TELKOMSEL, "TSEL", "Telkomsel", 5_000, 5_450, 10_000, 10_450, 20_000, 20_250, 25_000, 25_150,
                50_000, 49_750, 100_000, 98_900);
        builder.pulsa(Operator.INDOSAT, "ISAT", "Indosat", 5_000, 5_875, 10_000, 10_850, 20_000, 20_400, 25_000, 25_300,
                50_000, 49_900, 100_000, 98_150);
        builder.pulsa(Operator.XL, "XL", "XL", 5_000, 5_900, 10_000, 10_900, 25_000, 24_950, 50_000, 49_700, 100_000, 98_800);
        builder.pulsa(Operator.AXIS, "AXIS", "Axis", 5_000, 5_950, 10_000, 10_900, 25_000, 25_050);
        builder.pulsa(Operator.TRI, "TRI", "Tri", 5_000, 5_400, 10_000, 10_300, 20_000, 20_050, 50_000, 49_450, 100_000, 97_950);
        builder.pulsa(Operator.SMARTFREN, "SMART", "Smartfren", 5_000, 5_150, 10_000, 10_100, 20_000, 19_950, 50_000, 49_500,
                100_000, 98_600);
        builder.data(Operator.TELKOMSEL, "TSELFL2", "Telkomsel Flash 2 GB / 30 Hari", "Flash", 26_900);
        builder.data(Operator.TELKOMSEL, "TSELFL8", "Telkomsel Flash 8 GB / 30 Hari", "Flash", 61_500);
        builder.data(Operator.INDOSAT, "ISATFI7", "Indosat Freedom Internet 7 GB / 30 Hari", "Freedom Internet", 34_750);
        builder.data(Operator.XL, "XLHR3", "XL Hotrod 3 GB / 30 Hari", "Hotrod", 27_800);
        builder.data(Operator.TRI, "TRIAON10", "Tri AlwaysOn 10 GB / 30 Hari", "AlwaysOn", 41_500);
        builder.data(Operator.SMARTFREN, "SMARTUL28", "Smartfren Unlimited Harian 1 GB / 28 Hari", "Unlimited", 66_000);
        for (long nominal : new long[] {20_000, 50_000, 100_000, 200_000, 500_000}) {
            builder.add(item("PLN" + nominal / 1000, "PLN", "PLN " + thousands(nominal), "Masukkan nomor meter atau ID pelanggan",
                    PLN_TOKEN, "Token PLN", nominal + 300, true, PLN_CUT_OFF), NumberRule.PLN_METER);
        }
        builder.eMoney("GOPAY", "GoPay", 950);
        builder.eMoney("OVO", "OVO", 1_200);
        builder.eMoney("DANA", "DANA", 125);
        return new SimulatedPrepaidCatalog(builder.items, builder.rules);
    }

    /// Collects items with the [NumberRule] for their customer numbers.
    private static final class Builder {
        private final List<PrepaidCatalogItem> items = new ArrayList<>();
        private final Map<String, NumberRule> rules = new LinkedHashMap<>();

        void add(PrepaidCatalogItem item, NumberRule rule) {
            items.add(item);
            rules.put(item.code().toUpperCase(Locale.ROOT), rule);
        }

        /// `nominalThenBasic`: pairs of face value and basic price, e.g. 10_000, 10_450.
        void pulsa(Operator operator, String codePrefix, String label, long... nominalThenBasic) {
            for (int i = 0; i < nominalThenBasic.length; i += 2) {
                long nominal = nominalThenBasic[i];
                add(item(codePrefix + nominal / 1000, operator.brand(), label + " " + thousands(nominal), "-", PULSA, "Pulsa",
                        nominalThenBasic[i + 1], true, OPERATOR_CUT_OFF), NumberRule.operator(operator));
            }
        }

        void data(Operator operator, String code, String name, String category, long basic) {
            add(item(code, operator.brand(), name, "Kuota 24 jam di semua jaringan", DATA, category, basic, false, OPERATOR_CUT_OFF),
                    NumberRule.operator(operator));
        }

        /// 20.000, 50.000 and 100.000 top-ups, each costing `fee` more than its face value.
        void eMoney(String brand, String label, long fee) {
            for (long nominal : new long[] {20_000, 50_000, 100_000}) {
                add(item(brand + nominal / 1000, brand, label + " " + thousands(nominal), "Masukkan nomor HP yang terdaftar",
                        E_MONEY, label, nominal + fee, true, NO_CUT_OFF), NumberRule.ANY_MOBILE);
            }
        }
    }

    private static PrepaidCatalogItem item(String code, String brand, String name, String note, String type, String category,
            long basic, boolean multiTrx, String maintenance) {
        return new PrepaidCatalogItem(code, brand, name, note, type, category, basic, SimulatedCatalog.premiumPrice(basic),
                SimulatedCatalog.specialPrice(basic), !code.equals(ALWAYS_EMPTY), multiTrx, maintenance);
    }

    /// 10000 → `10.000`, the Indonesian grouping the supplier's product names use.
    private static String thousands(long rupiah) {
        return String.format(Locale.ROOT, "%,d", rupiah).replace(',', '.');
    }

    List<PrepaidCatalogItem> items() {
        return items;
    }

    /// Codes are matched case-insensitively, as for the game catalog.
    Optional<PrepaidCatalogItem> find(String code) {
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    NumberRule ruleFor(PrepaidCatalogItem item) {
        return rulesByCode.get(item.code().toUpperCase(Locale.ROOT));
    }

    static long price(PrepaidCatalogItem item, PriceLevel level) {
        return SimulatedCatalog.tierPrice(level, item.basicPrice(), item.premiumPrice(), item.specialPrice());
    }
}
