package com.wmxtopup.counter.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/// What a view model said is kept as a phrase: said again in the language chosen later, with its
/// severity, its translated arguments translated too.
class NoticeLineTest {

    private final I18n i18n = new I18n(I18n.INDONESIAN);

    @Test
    void aNoticeIsSaidAgainInTheLanguageChosenAfterIt() {
        var line = new NoticeLine(i18n);
        line.show(Notice.danger("sale.cash.tooLittle", "Rp 15.300"));
        assertThat(line.textProperty().get()).isEqualTo("Uang kurang — harganya Rp 15.300.");
        assertThat(line.severityProperty().get()).isEqualTo(Severity.DANGER);

        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(line.textProperty().get()).isEqualTo("Not enough — the price is Rp 15.300.");
        assertThat(line.severityProperty().get()).isEqualTo(Severity.DANGER);

        line.clear();
        assertThat(line.textProperty().get()).isEmpty();
        assertThat(line.isEmpty()).isTrue();
    }

    @Test
    void phraseArgumentsAreTranslatedToo() {
        var unavailable = Phrase.of("sale.itemUnavailable", "86 Diamonds", Phrase.of("catalog.status.unavailable"));
        String indonesian = i18n.text(unavailable);
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(i18n.text(unavailable)).startsWith("Item 86 Diamonds cannot be sold: ").isNotEqualTo(indonesian);
        assertThat(i18n.text(Phrase.NONE)).isEmpty();
    }

    @Test
    void whoeverHearsOfTheNewLanguageFirstAlreadySpeaksIt() {
        var heard = new ArrayList<String>();
        // Invalidation listeners and bindings are told before change listeners, the bundle's own included.
        i18n.localeProperty().addListener(obs -> heard.add(i18n.text("sale.status.success")));
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(heard).containsExactly("Top-up successful");
    }
}
