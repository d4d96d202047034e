package com.wmxtopup.counter.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// What cashiers type, and the game it must find — and must not.
class GameSearchTest {

    private static final List<String> GAMES = List.of("Call of Duty Mobile", "Free Fire", "Free Fire MAX", "Genshin Impact",
            "Honkai Star Rail", "Honor of Kings", "Mobile Legends (Global)", "Mobile Legends A", "Mobile Legends B", "PUBG Mobile",
            "Point Blank", "Valorant", "Pokémon UNITE", "Arena of Valor");

    private static List<String> found(String query) {
        return GAMES.stream().filter(game -> GameSearch.matches(game, query)).toList();
    }

    @ParameterizedTest(name = "''{0}'' finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ml b         | Mobile Legends B
            mlb          | Mobile Legends B
            mobile leg b | Mobile Legends B
            hok          | Honor of Kings
            hsr          | Honkai Star Rail
            codm         | Call of Duty Mobile
            cod          | Call of Duty Mobile
            pb           | Point Blank
            gi           | Genshin Impact
            aov          | Arena of Valor
            ffm          | Free Fire MAX
            pokemon      | Pokémon UNITE
            VALO         | Valorant
            epep         | Free Fire
            """)
    void findsTheGameFromWhatCashiersType(String query, String game) {
        assertThat(found(query)).contains(game);
    }

    @Test
    void initialsFindEveryLookAlikeAndNothingElse() {
        assertThat(found("ml")).containsExactly("Mobile Legends (Global)", "Mobile Legends A", "Mobile Legends B");
        assertThat(found("ff")).containsExactly("Free Fire", "Free Fire MAX");
        assertThat(found("pubg")).containsExactly("PUBG Mobile");
        assertThat(found("mlbb")).containsExactly("Mobile Legends (Global)", "Mobile Legends A", "Mobile Legends B");
        assertThat(found("ml b")).containsExactly("Mobile Legends B");
        assertThat(found("zzz")).isEmpty();
        assertThat(found("")).hasSize(GAMES.size());
    }

    @Test
    void lookAlikesSayWhatSetsThemApart() {
        assertThat(GameSearch.distinction("Mobile Legends (Global)"))
                .contains(new GameSearch.Distinction(GameSearch.Distinction.Kind.FOREIGN_REGION, ""));
        assertThat(GameSearch.distinction("Mobile Legends B"))
                .contains(new GameSearch.Distinction(GameSearch.Distinction.Kind.SUPPLIER_ROUTE, "B"));
        assertThat(GameSearch.distinction("Free Fire")).isEmpty();
    }
}
