package com.wmxtopup.counter.application.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// How a cashier finds a game by typing what people at the counter say: word starts
/// (`mobile leg`, `free`), initials (`ml`, `ff`, `hok`, `hsr`, `cod`, `pb`, `gi`), initials and
/// words mixed (`ml b`), and the shop slang for a few games (`mlbb`, `epep`, `pubgm`). Case,
/// accents and punctuation never matter.
public final class GameSearch {

    /// Names people use that neither the words nor the initials of the supplier's name give.
    private static final Map<String, String> SLANG = Map.of(
            "mlbb", "mobile legends",
            "epep", "free fire",
            "pubgm", "pubg mobile",
            "valo", "valorant",
            "genshin", "genshin impact");

    private GameSearch() {
    }

    /// Whether `game` is what `query` means; a blank query matches every game.
    public static boolean matches(String game, String query) {
        String normalizedQuery = CatalogSearch.normalize(query == null ? "" : query);
        if (normalizedQuery.isEmpty()) {
            return true;
        }
        List<String> gameWords = words(game);
        String expanded = SLANG.getOrDefault(normalizedQuery, normalizedQuery);
        List<String> queryWords = List.of(expanded.split(" "));
        return everyWordStartsAWord(queryWords, gameWords) || inOrder(queryWords, 0, gameWords, 0);
    }

    /// The rule before initials: every typed word starts some word of the name, in any order.
    private static boolean everyWordStartsAWord(List<String> query, List<String> game) {
        return query.stream().allMatch(q -> game.stream().anyMatch(g -> g.startsWith(q)));
    }

    /// Each typed word, in order, is the start of a later word of the name or the initials of a
    /// run of its words (`ml` = Mobile Legends, `cod` = Call of Duty); words may be skipped.
    private static boolean inOrder(List<String> query, int q, List<String> game, int from) {
        if (q == query.size()) {
            return true;
        }
        String typed = query.get(q);
        for (int start = from; start < game.size(); start++) {
            if (game.get(start).startsWith(typed) && inOrder(query, q + 1, game, start + 1)) {
                return true;
            }
            int end = start + typed.length();
            if (typed.length() >= 2 && end <= game.size() && initials(game.subList(start, end)).equals(typed)
                    && inOrder(query, q + 1, game, end)) {
                return true;
            }
        }
        return false;
    }

    private static String initials(List<String> words) {
        var letters = new StringBuilder(words.size());
        words.forEach(word -> letters.append(word.charAt(0)));
        return letters.toString();
    }

    private static List<String> words(String game) {
        String normalized = CatalogSearch.normalize(game == null ? "" : game);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    /// What sets a look-alike game apart (the screen says it in the cashier's language).
    ///
    /// @param route the supplier's letter for [Kind#SUPPLIER_ROUTE] (`A`, `B`), else empty
    public record Distinction(Kind kind, String route) {

        public enum Kind {
            /// For accounts outside Indonesia: the customer's region must fit.
            FOREIGN_REGION,
            /// Sent as a gift, not topped up directly.
            GIFT,
            /// The same Indonesian game through another of the supplier's routes.
            SUPPLIER_ROUTE
        }
    }

    /// What tells look-alike games apart, or empty: VIP Reseller lists the same game several
    /// times under letters or regions that mean nothing to a cashier.
    public static Optional<Distinction> distinction(String game) {
        String normalized = CatalogSearch.normalize(game == null ? "" : game);
        if (normalized.contains("global") || normalized.contains("malaysia") || normalized.contains("philippines")
                || normalized.contains("singapore") || normalized.contains("russia") || normalized.contains("brazil")) {
            return Optional.of(new Distinction(Distinction.Kind.FOREIGN_REGION, ""));
        }
        if (normalized.endsWith(" gift")) {
            return Optional.of(new Distinction(Distinction.Kind.GIFT, ""));
        }
        List<String> words = words(game);
        if (words.size() >= 2 && words.getLast().length() == 1 && Character.isLetter(words.getLast().charAt(0))) {
            return Optional.of(new Distinction(Distinction.Kind.SUPPLIER_ROUTE, words.getLast().toUpperCase(java.util.Locale.ROOT)));
        }
        return Optional.empty();
    }
}
