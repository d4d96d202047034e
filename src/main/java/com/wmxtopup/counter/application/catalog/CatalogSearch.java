package com.wmxtopup.counter.application.catalog;

import com.wmxtopup.counter.domain.PriceQuote;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/// Filters the catalog as the cashier types: every word of the query must appear in the item's
/// game, name or SKU, ignoring case and accents ("genshin 60", "mlb86", "pokemon" finds
/// "Pokémon"). Built once per catalog; a search scans pre-normalised strings, which stays well
/// under a millisecond at 10,000 items (see the catalog benchmark).
public final class CatalogSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\[\\]\\-_/.,+]+");

    private final List<PriceQuote> items;
    private final String[] haystacks;

    public CatalogSearch(List<PriceQuote> items) {
        this.items = List.copyOf(items);
        this.haystacks = new String[this.items.size()];
        for (int i = 0; i < haystacks.length; i++) {
            var p = this.items.get(i).product();
            // SKU twice: as written ("MLB86-S1" → "mlb86 s1") and without separators ("mlb86s1").
            haystacks[i] = " " + normalize(p.game() + " " + p.name() + " " + p.sku()) + " "
                    + p.sku().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + " ";
        }
    }

    /// Lower case, accents removed, separators collapsed to single spaces.
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /// Items matching every word of `query`, in catalog order; a blank query matches everything.
    public List<PriceQuote> search(String query) {
        String normalized = normalize(query == null ? "" : query);
        if (normalized.isEmpty()) {
            return items;
        }
        String[] words = normalized.split(" ");
        var result = new ArrayList<PriceQuote>();
        outer : for (int i = 0; i < haystacks.length; i++) {
            for (String word : words) {
                if (!haystacks[i].contains(word)) {
                    continue outer;
                }
            }
            result.add(items.get(i));
        }
        return result;
    }

    public int size() {
        return items.size();
    }
}
